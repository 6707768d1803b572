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

std::string FieldPath(const std::string& parent, const std::string& child) {
    return parent.empty() ? child : parent + "." + child;
}

void ContentReader::Problem(const std::string& field, const std::string& message) const {
    Problems->push_back(File + ": " + (field.empty() ? "" : field + ": ") + message);
}

// The parser without exceptions (they are off in the web build) says only "discarded"; this SAX
// pass over the same text recovers nlohmann's message with line and column.
namespace {
struct SyntaxErrorFinder : nlohmann::json_sax<json> {
    std::string Message;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) override {
        Message = error.what();
        size_t bracket = Message.find("] "); // drop "[json.exception.parse_error.101] "
        if (Message.rfind("[json.exception", 0) == 0 && bracket != std::string::npos)
            Message.erase(0, bracket + 2);
        return false;
    }
};
} // namespace

bool ContentReader::ParseObject(std::string_view text, json* out) const {
    *out = json::parse(text, nullptr, false);
    if (out->is_discarded()) {
        SyntaxErrorFinder finder;
        json::sax_parse(text, &finder, json::input_format_t::json, false);
        Problem("", "not valid JSON (" +
                        (finder.Message.empty() ? std::string("syntax error") : finder.Message) + ")");
        return false;
    }
    if (!out->is_object()) {
        Problem("", std::string("expected a JSON object { ... }, got ") + out->type_name());
        return false;
    }
    return true;
}

std::string ContentReader::String(const json& object, const std::string& field, const char* key) const {
    std::string path = FieldPath(field, key);
    auto it = object.find(key);
    if (it == object.end()) {
        Problem(path, "missing; expected a non-empty string");
        return std::string();
    }
    if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
        Problem(path, std::string("expected a non-empty string, got ") +
                          (it->is_string() ? "an empty one" : it->type_name()));
        return std::string();
    }
    return it->get<std::string>();
}

const json* ContentReader::Array(const json& object, const std::string& field, const char* key) const {
    std::string path = FieldPath(field, key);
    auto it = object.find(key);
    if (it == object.end()) {
        Problem(path, "missing; expected an array [ ... ]");
        return nullptr;
    }
    if (!it->is_array()) {
        Problem(path, std::string("expected an array [ ... ], got ") + it->type_name());
        return nullptr;
    }
    return &*it;
}

void ContentReader::OnlyKeys(const json& object, const std::string& field,
                             std::initializer_list<const char*> allowed) const {
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char* key : allowed) known |= it.key() == key;
        if (known) continue;
        std::string list;
        for (const char* key : allowed) list += (list.empty() ? "" : ", ") + std::string(key);
        Problem(FieldPath(field, it.key()), "unknown field; expected one of " + list);
    }
}

void ReadContentTexts(const ContentFile& texts, const ContentFile& english,
                      std::vector<std::string>* problems, ContentTexts* out) {
    out->Reader = ContentReader{texts.Name, problems};
    out->EnglishReader = ContentReader{english.Name, problems};
    out->IsEnglish = texts.Name == english.Name;
    if (!out->Reader.ParseObject(texts.Text, &out->Texts)) out->Texts = json::object();
    if (out->IsEnglish)
        out->English = out->Texts;
    else if (!out->EnglishReader.ParseObject(english.Text, &out->English))
        out->English = json::object();
}

void ReportUnknownKeys(const ContentReader& reader, const json& object, const std::string& field,
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
