// Reading the content files field by field (used by sources.cpp, cards.cpp and tour.cpp only),
// with io's ProblemReporter: every problem reads "file: field: what was expected", e.g.
// "assets/content/es/tour.json: steps.weeks.caption: expected a non-empty string".
#pragma once
#include "content_file.h"
#include "io/problem_reporter.h"
#include "sources.h"
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ng {

// The texts of one language with English behind them: a text missing from the language's file is
// taken from English and reported as a missing translation.
struct ContentTexts {
    ProblemReporter Reader;        // the language's file
    ProblemReporter EnglishReader; // the English file (the same file for English)
    nlohmann::json Texts, English;
    bool IsEnglish = false;
    // The text at a JSON pointer such as "/cards/muscle/why" (reported as "cards.muscle.why");
    // "" (reported) if neither file has it.
    std::string Get(const std::string& pointer) const;
};

// Reports every key of object (if it is one) that is not in known: a text for a card, note or step
// that the structure file does not have is a typo or a leftover ("no such <what> in the structure file").
void ReportUnknownKeys(const ProblemReporter& reader, const nlohmann::json& object, const std::string& field,
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
std::vector<std::string> ReadSourceIds(const ProblemReporter& reader, const nlohmann::json& object,
                                       const std::string& field, const SourceList& sources);

} // namespace ng
