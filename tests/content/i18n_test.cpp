// The UI strings of the explain and tour panels (assets/i18n/<lang>/content_ui.json).
#include "content/i18n.h"
#include "embedded_files.h"
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace ng;

static std::vector<std::string> ContentUiKeys(const char* lang) {
    std::vector<std::string> keys;
    const EmbeddedFile* file =
        FindEmbeddedFile((std::string("assets/i18n/") + lang + "/content_ui.json").c_str());
    if (!file) return keys;
    nlohmann::json json = nlohmann::json::parse(file->Text(), nullptr, false);
    if (!json.is_object()) return keys;
    for (auto it = json.begin(); it != json.end(); ++it) keys.push_back(it.key());
    return keys;
}

TEST_CASE("the explain and tour UI strings are complete in Spanish") {
    std::vector<std::string> keys = ContentUiKeys("en");
    REQUIRE(keys.size() >= 15);
    std::vector<std::string> missing = MissingKeys("es");
    for (const std::string& key : keys) {
        bool is_missing = false;
        for (const std::string& m : missing) is_missing |= m == key;
        CHECK_MESSAGE(!is_missing, "missing in es: ", key);
    }
    CHECK(ContentUiKeys("es").size() == keys.size()); // and nothing only in Spanish
    for (const char* lang : {"en", "es"})
        for (const std::string& problem : TableProblems(lang))
            CHECK_MESSAGE(problem.find("content_ui.json") == std::string::npos, problem);
}

TEST_CASE("the panel strings translate and format") {
    REQUIRE(SetLanguage("es"));
    CHECK(std::string(Tr("tour.next")) == "Siguiente");
    CHECK(TrFormat("tour.step", {"3", "12"}) == "Paso 3 de 12");
    REQUIRE(SetLanguage("en"));
    CHECK(TrFormat("tour.step", {"3", "12"}) == "Step 3 of 12");
    CHECK(std::string(Tr("explain.debate")) == "What scientists still debate");
}

TEST_CASE("a file added while running is found like a compiled-in one, and never replaces one") {
    int before = EmbeddedFileCount();
    REQUIRE(AddEmbeddedFile("tests/added/note.txt", "hello"));
    const EmbeddedFile* added = FindEmbeddedFile("tests/added/note.txt");
    REQUIRE(added != nullptr);
    CHECK(added->Text() == "hello");
    CHECK(added->Data[added->Size] == 0); // readable as a C string, like the compiled-in files
    CHECK(EmbeddedFileCount() == before + 1);
    CHECK(&EmbeddedFileAt(before) == added);
    CHECK_FALSE(AddEmbeddedFile("tests/added/note.txt", "again"));
    CHECK_FALSE(AddEmbeddedFile("assets/scenarios/balanced.json", "{}"));
    CHECK(FindEmbeddedFile("tests/added/note.txt")->Text() == "hello");
    CHECK(FindEmbeddedFile("assets/scenarios/balanced.json")->Text() != "{}");
}

TEST_CASE("a language pack adds only its own language's files and says what it refused") {
    std::vector<std::string> problems;
    CHECK_FALSE(AddLanguagePack("fr", "{}", &problems)); // not one of the program's languages
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "lang-fr.json: \"fr\" is not one of the program's languages");
    CHECK_FALSE(LanguageLoaded("fr"));

    // Spanish is compiled in natively: a pack for it is checked, and adds nothing.
    REQUIRE(LanguageLoaded("es"));
    problems.clear();
    std::string pack = R"({"assets/scenarios/balanced.json": "{}", "assets/i18n/es/../../x.json": "{}",
                           "assets/i18n/es/extra.json": 3, "assets/content/es/new.json": "{}"})";
    CHECK(AddLanguagePack("es", pack, &problems));
    CHECK(problems.size() == 3);
    for (const char* expected : {"assets/scenarios/balanced.json: not a file of this language",
                                 "assets/i18n/es/../../x.json: not a file of this language",
                                 "assets/i18n/es/extra.json: expected the file's text, got number"}) {
        bool found = false;
        for (const std::string& p : problems) found |= p.find(expected) != std::string::npos;
        CHECK_MESSAGE(found, expected);
    }
    CHECK(FindEmbeddedFile("assets/content/es/new.json") == nullptr);
    CHECK(FindEmbeddedFile("assets/scenarios/balanced.json")->Text() != "{}");

    problems.clear();
    CHECK(AddLanguagePack("es", "[1, 2", &problems)); // broken JSON: reported, Spanish stays
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].find("lang-es.json: line 1") == 0);
    CHECK(SetLanguage("es"));
    CHECK(std::string(Tr("tour.next")) == "Siguiente");
    SetLanguage("en");
}
