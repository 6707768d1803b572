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

bool SetLanguage(const std::string& code) {
    StringState& s = State();
    bool known = false;
    for (const Language& l : kLanguages) known |= code == l.Code;
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
