// User-visible strings by key, from translation tables in assets/i18n/<lang>/*.json. A key missing
// in the chosen language falls back to English, then to the key itself (so a gap is visible
// rather than blank). Tr() returns a pointer that stays valid until the language changes.
#pragma once
#include <string>
#include <vector>

namespace ng {

struct Language {
    const char* Code;   // "en"
    const char* Native; // "English", "Español"
};
int LanguageCount();
const Language& LanguageAt(int index);

// Switches the language; false (and English) if there is no table for it.
bool SetLanguage(const std::string& code);
const std::string& CurrentLanguage();

const char* Tr(const char* key);
// Tr() for texts that have a built-in English version (e.g. the model registry's labels): the
// table's text if the current language or English has the key, else `fallback`.
const char* TrOr(const char* key, const char* fallback);
// Tr() with "{0}", "{1}" replaced by the arguments.
std::string TrFormat(const char* key, const std::vector<std::string>& args);

// Tests: records every text looked up (what the panels showed), and whether it fell back to
// English because the current language lacks the key, into *into (cleared first) until
// CaptureTexts(nullptr). The caller owns the list.
struct CapturedText {
    std::string Key, Text;
    bool FellBack;
};
void CaptureTexts(std::vector<CapturedText>* into);

// Keys present in English but missing (or empty) in a language: the translation test lists them.
std::vector<std::string> MissingKeys(const std::string& code);
// Problems found while reading a table (malformed JSON, non-string values).
std::vector<std::string> TableProblems(const std::string& code);

} // namespace ng
