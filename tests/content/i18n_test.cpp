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
