// User-visible strings by key, from translation tables in assets/i18n/<lang>/*.json. A key missing
// in the chosen language falls back to English, then to the key itself (so a gap is visible
// rather than blank). Tr() returns a pointer that stays valid until the language changes.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ng {

struct Language {
    const char* Code;   // "en"
    const char* Native; // "English", "Español"
};
int LanguageCount();
const Language& LanguageAt(int index);

// True for a code of the list above.
bool LanguageListed(const std::string& code);
// Switches the language; false (and English) if there is no table for it, or its texts are not
// here yet (the web fetches them when chosen: see AddLanguagePack).
bool SetLanguage(const std::string& code);
// True for a language of the list (LanguageAt) whose texts are here: compiled in (English always,
// every language natively) or added by AddLanguagePack.
bool LanguageLoaded(const std::string& code);
// A language's texts fetched by the web page (site file lang-<code>.json, made by
// scripts/language-pack.mjs; docs/content-format.md): a JSON object of file name -> file text,
// every name under assets/i18n/<code>/ or assets/content/<code>/. Adds those files; other names,
// texts that are not strings and files already there are refused with a problem each; a pack for a
// language already loaded is checked but adds nothing. True when the language is loaded afterwards.
bool AddLanguagePack(const std::string& code, std::string_view pack, std::vector<std::string>* problems);
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
