#include "content_json.h"
#include "embedded_files.h"
#include <algorithm>

namespace ng {

using nlohmann::json;

bool FindContentFile(const std::string& name, ContentFile* out) {
    const EmbeddedFile* file = FindEmbeddedFile(name.c_str());
    if (!file) return false;
    out->Name = name;
    out->Text = file->Text();
    return true;
}

bool IsContentId(std::string_view id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

void ReadContentTexts(const ContentFile& texts, const ContentFile& english,
                      std::vector<std::string>* problems, ContentTexts* out) {
    out->Reader = ProblemReporter{texts.Name, problems};
    out->EnglishReader = ProblemReporter{english.Name, problems};
    out->IsEnglish = texts.Name == english.Name;
    if (!out->Reader.ParseObject(texts.Text, &out->Texts)) out->Texts = json::object();
    if (out->IsEnglish)
        out->English = out->Texts;
    else if (!out->EnglishReader.ParseObject(english.Text, &out->English))
        out->English = json::object();
}

void ReportUnknownKeys(const ProblemReporter& reader, const json& object, const std::string& field,
                       const std::vector<std::string>& known, const char* what) {
    if (!object.is_object()) return;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            reader.Problem(FieldPath(field, it.key()),
                           std::string("no such ") + what + " in the structure file");
}

const json* FindField(const json& root, const std::string& pointer) {
    const json* at = &root;
    size_t start = 1;
    while (start <= pointer.size()) {
        size_t end = pointer.find('/', start);
        if (end == std::string::npos) end = pointer.size();
        if (!at->is_object()) return nullptr;
        auto it = at->find(pointer.substr(start, end - start));
        if (it == at->end()) return nullptr;
        at = &*it;
        start = end + 1;
    }
    return at;
}

bool FindStructureAndEnglish(const char* name, ContentFile* structure, ContentFile* english,
                             std::vector<std::string>* problems) {
    bool found = true;
    for (ContentFile* file : {structure, english}) {
        std::string path = std::string("assets/content/") + (file == english ? "en/" : "") + name;
        if (FindContentFile(path, file)) continue;
        problems->push_back(path + ": not found among the embedded files");
        found = false;
    }
    return found;
}

bool FindLanguageFile(const std::string& lang, const char* name, ContentFile* out) {
    if (lang == "en" || lang.size() > 16 || !IsContentId(lang)) return false;
    return FindContentFile("assets/content/" + lang + "/" + name, out);
}

static const json* FindText(const json& root, const std::string& pointer) {
    const json* text = FindField(root, pointer);
    return text && text->is_string() && !text->get_ref<const std::string&>().empty() ? text : nullptr;
}

std::string ContentTexts::Get(const std::string& pointer) const {
    std::string field = pointer.substr(1);
    for (char& c : field)
        if (c == '/') c = '.';
    if (const json* text = FindText(Texts, pointer)) return text->get<std::string>();
    const json* found = FindField(Texts, pointer);
    std::string problem = !found ? std::string("missing")
                          : found->is_string()
                              ? std::string("expected a non-empty string, got an empty one")
                              : std::string("expected a non-empty string, got ") + found->type_name();
    const json* english = IsEnglish ? nullptr : FindText(English, pointer);
    if (!english) {
        Reader.Problem(field, problem == "missing" ? "missing; expected a non-empty string" : problem);
        if (!IsEnglish) EnglishReader.Problem(field, "missing; expected a non-empty string");
        return std::string();
    }
    Reader.Problem(field,
                   (problem == "missing" ? "translation missing" : problem) + "; showing the English text");
    return english->get<std::string>();
}

} // namespace ng
