// Reading the content files field by field (used by sources.cpp, cards.cpp and tour.cpp only).
// Every problem reads "file: field: what was expected", e.g.
// "assets/content/es/tour.json: steps.weeks.caption: expected a non-empty string".
#pragma once
#include "content_file.h"
#include "sources.h"
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ng {

// Reports problems of one file into a shared list.
struct ContentReader {
    std::string File;
    std::vector<std::string>* Problems;

    void Problem(const std::string& field, const std::string& message) const;
    // The text as a JSON object; false (with line, column and reason) if it is not one.
    bool ParseObject(std::string_view text, nlohmann::json* out) const;
    // object[key] as a non-empty string; reports and returns "" if it is missing or not one.
    std::string String(const nlohmann::json& object, const std::string& field, const char* key) const;
    // object[key] as an array; nullptr (reported) if missing or of another type.
    const nlohmann::json* Array(const nlohmann::json& object, const std::string& field,
                                const char* key) const;
    // Reports every key of object that is not one of allowed (catches misspelt fields).
    void OnlyKeys(const nlohmann::json& object, const std::string& field,
                  std::initializer_list<const char*> allowed) const;
};

// "a.b" for nested field names ("" + "b" = "b").
std::string FieldPath(const std::string& parent, const std::string& child);

// The texts of one language with English behind them: a text missing from the language's file is
// taken from English and reported as a missing translation.
struct ContentTexts {
    ContentReader Reader;        // the language's file
    ContentReader EnglishReader; // the English file (the same file for English)
    nlohmann::json Texts, English;
    bool IsEnglish = false;
    // The text at a JSON pointer such as "/cards/muscle/why" (reported as "cards.muscle.why");
    // "" (reported) if neither file has it.
    std::string Get(const std::string& pointer) const;
};

// Reports every key of object (if it is one) that is not in known: a text for a card, note or step
// that the structure file does not have is a typo or a leftover ("no such <what> in the structure file").
void ReportUnknownKeys(const ContentReader& reader, const nlohmann::json& object, const std::string& field,
                       const std::vector<std::string>& known, const char* what);

// The value at a JSON pointer ("/cards/muscle"), or nullptr; never throws.
const nlohmann::json* FindField(const nlohmann::json& root, const std::string& pointer);

// assets/content/<name> (the language-neutral structure) and assets/content/en/<name>; false, with
// a problem for each one missing, if either is not embedded.
bool FindStructureAndEnglish(const char* name, ContentFile* structure, ContentFile* english,
                             std::vector<std::string>* problems);
// assets/content/<lang>/<name> for a language other than English; false if there is none.
bool FindLanguageFile(const std::string& lang, const char* name, ContentFile* out);

// One content file in a language (Content has Lang and Problems): parse(structure, texts, english,
// sources) with the language's texts, or with English's where the language has no such file.
template <typename Content, typename Parse>
Content LoadInLanguage(const char* name, const std::string& lang, Parse parse) {
    Content content;
    ContentFile structure, english, texts;
    if (!FindStructureAndEnglish(name, &structure, &english, &content.Problems)) {
        content.Lang = "en";
        return content;
    }
    bool has_language = FindLanguageFile(lang, name, &texts);
    content = parse(structure, has_language ? texts : english, english, GetSources());
    content.Lang = has_language ? lang : "en";
    return content;
}

// load(lang), once per language; the reference stays valid for the life of the program.
template <typename Content>
const Content& LoadOncePerLanguage(const std::string& lang, Content (*load)(const std::string&)) {
    static std::map<std::string, Content> loaded;
    auto it = loaded.find(lang);
    if (it == loaded.end()) it = loaded.emplace(lang, load(lang)).first;
    return it->second;
}

// Parses both files; problems go to *problems. Unparsable files count as empty.
void ReadContentTexts(const ContentFile& texts, const ContentFile& english,
                      std::vector<std::string>* problems, ContentTexts* out);

// object["sources"]: an array of ids, each of which must be in sources (else reported and dropped).
std::vector<std::string> ReadSourceIds(const ContentReader& reader, const nlohmann::json& object,
                                       const std::string& field, const SourceList& sources);

} // namespace ng
