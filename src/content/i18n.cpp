#include "i18n.h"
#include "embedded_files.h"
#include "io/problem_reporter.h"
#include <map>
#include <nlohmann/json.hpp>

namespace ng {

static const Language kLanguages[] = {{"en", "English"}, {"es", "Espa\xC3\xB1ol"}};

int LanguageCount() {
    return (int)(sizeof(kLanguages) / sizeof(kLanguages[0]));
}
const Language& LanguageAt(int index) {
    return kLanguages[index];
}

using Table = std::map<std::string, std::string>;

// A language's table is every assets/i18n/<lang>/*.json (one file per part of the app), each a
// JSON object of key -> text. Keys must be unique across the files.
static Table ReadTable(const std::string& code, std::vector<std::string>* problems) {
    Table table;
    std::string prefix = "assets/i18n/" + code + "/";
    int files = 0;
    for (int i = 0; i < EmbeddedFileCount(); i++) {
        const EmbeddedFile& file = EmbeddedFileAt(i);
        if (std::string_view(file.Name).substr(0, prefix.size()) != prefix) continue;
        files++;
        ProblemReporter report{file.Name, problems};
        nlohmann::json json;
        if (!report.ParseObject(file.Text(), &json)) continue;
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (!it.value().is_string())
                report.Problem(it.key(), std::string("expected a string, got ") + it.value().type_name());
            else if (!table.emplace(it.key(), it.value().get<std::string>()).second)
                report.Problem(it.key(), "defined twice");
        }
    }
    if (files == 0) problems->push_back(prefix + "*.json: no such table");
    return table;
}

struct StringState {
    Table English, Current;
    std::string Code = "en";
    bool Loaded = false;
};

static StringState& State() {
    static StringState state;
    if (!state.Loaded) {
        std::vector<std::string> ignored;
        state.English = ReadTable("en", &ignored);
        state.Loaded = true;
    }
    return state;
}

bool LanguageListed(const std::string& code) {
    for (const Language& l : kLanguages)
        if (code == l.Code) return true;
    return false;
}

bool LanguageLoaded(const std::string& code) {
    if (!LanguageListed(code)) return false;
    std::string prefix = "assets/i18n/" + code + "/";
    for (int i = 0; i < EmbeddedFileCount(); i++)
        if (std::string_view(EmbeddedFileAt(i).Name).substr(0, prefix.size()) == prefix) return true;
    return false;
}

bool AddLanguagePack(const std::string& code, std::string_view pack, std::vector<std::string>* problems) {
    ProblemReporter report{"lang-" + code + ".json", problems};
    nlohmann::json files;
    if (!LanguageListed(code)) {
        report.Problem("", "\"" + code + "\" is not one of the program's languages");
        return false;
    }
    bool loaded = LanguageLoaded(code); // then a second copy (two requests crossed): checked, not added
    if (!report.ParseObject(pack, &files)) return loaded;
    std::string texts = "assets/i18n/" + code + "/", content = "assets/content/" + code + "/";
    for (auto it = files.begin(); it != files.end(); ++it) {
        const std::string& name = it.key();
        bool in_language = (name.rfind(texts, 0) == 0 || name.rfind(content, 0) == 0) &&
                           name.find("..") == std::string::npos;
        if (!in_language)
            report.Problem(name, "not a file of this language (" + texts + "* or " + content + "*)");
        else if (!it.value().is_string())
            report.Problem(name, std::string("expected the file's text, got ") + it.value().type_name());
        else if (!loaded && !AddEmbeddedFile(name, it.value().get<std::string>()))
            report.Problem(name, "already here; kept the first");
    }
    return LanguageLoaded(code);
}

bool SetLanguage(const std::string& code) {
    StringState& s = State();
    bool known = LanguageLoaded(code);
    s.Code = known ? code : "en";
    std::vector<std::string> ignored;
    s.Current = s.Code == "en" ? Table() : ReadTable(s.Code, &ignored);
    return known;
}

const std::string& CurrentLanguage() {
    return State().Code;
}

static std::vector<CapturedText>* g_CaptureInto = nullptr;

void CaptureTexts(std::vector<CapturedText>* into) {
    if (into) into->clear();
    g_CaptureInto = into;
}

static const char* Lookup(const char* key, const char* fallback) {
    StringState& s = State();
    const char* text = fallback;
    bool translated = false;
    auto it = s.Current.find(key);
    if (it != s.Current.end() && !it->second.empty()) {
        text = it->second.c_str();
        translated = true;
    } else if ((it = s.English.find(key)) != s.English.end()) {
        text = it->second.c_str();
    }
    if (g_CaptureInto && g_CaptureInto->size() < 5000)
        g_CaptureInto->push_back({key, text, s.Code != "en" && !translated});
    return text;
}

const char* Tr(const char* key) {
    return Lookup(key, key);
}

const char* TrOr(const char* key, const char* fallback) {
    return Lookup(key, fallback);
}

std::string TrFormat(const char* key, const std::vector<std::string>& args) {
    std::string text = Tr(key);
    for (size_t i = 0; i < args.size(); i++) {
        std::string marker = "{" + std::to_string(i) + "}";
        for (size_t at = text.find(marker); at != std::string::npos;
             at = text.find(marker, at + args[i].size()))
            text.replace(at, marker.size(), args[i]);
    }
    return text;
}

std::vector<std::string> MissingKeys(const std::string& code) {
    std::vector<std::string> ignored, missing;
    Table table = ReadTable(code, &ignored);
    for (const auto& [key, text] : State().English) {
        auto it = table.find(key);
        if (it == table.end() || it->second.empty()) missing.push_back(key);
    }
    return missing;
}

std::vector<std::string> TableProblems(const std::string& code) {
    std::vector<std::string> problems;
    ReadTable(code, &problems);
    return problems;
}

} // namespace ng
