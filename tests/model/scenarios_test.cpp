// Scenario loading: the seven embedded scenarios, and clear messages with field-by-field
// defaults for broken files.
#include "test_support.h"

#include <string>
#include <vector>

using namespace ng;
using namespace ng_test;

TEST_SUITE("scenarios") {

    static bool Contains(const std::vector<std::string>& messages, const std::string& text) {
        for (const std::string& m : messages)
            if (m.find(text) != std::string::npos) return true;
        return false;
    }

    TEST_CASE("the seven scenarios load from the embedded files without messages") {
        REQUIRE(ScenarioCount() == 7);
        const char* ids[] = {"sedentary", "beginner",    "balanced",         "overtraining",
                             "poor-form", "older-adult", "aerobic-reference"};
        for (const char* id : ids) {
            INFO(id);
            Scenario s;
            std::vector<std::string> messages;
            CHECK(LoadScenario(id, &s, &messages));
            CHECK(messages.empty());
            CHECK(s.Id == id);
            CHECK(s.Title.size() > 3);
            CHECK(s.Description.size() > 100);
            CHECK(s.Weeks >= 12.0);
        }
        CHECK(ScenarioIds().size() == 7);
        Scenario balanced;
        LoadScenario("balanced", &balanced, nullptr);
        CHECK(balanced.Settings.SessionsPerWeek == 3);
        CHECK(balanced.Settings.IntensityPct == 70.0);
        Scenario sedentary;
        LoadScenario("sedentary", &sedentary, nullptr);
        CHECK(sedentary.Settings.SessionsPerWeek == 0);
        Scenario aerobic;
        LoadScenario("aerobic-reference", &aerobic, nullptr);
        CHECK(aerobic.Settings.Exercise == ExerciseType::Aerobic);
    }

    TEST_CASE("an unknown scenario id lists the known ones") {
        Scenario s;
        std::vector<std::string> messages;
        CHECK_FALSE(LoadScenario("balance", &s, &messages));
        REQUIRE(messages.size() == 1);
        CHECK(messages[0] ==
              "unknown scenario 'balance' (known: sedentary, beginner, balanced, overtraining, "
              "poor-form, older-adult, aerobic-reference)");
    }

    TEST_CASE("malformed JSON gives a clear message and the defaults") {
        for (const char* text :
             {"", "{", "{\"title\": }", "{\"title\": \"x\",}", "nul", "{\"a\" 1}", "\xff\xfe"}) {
            INFO("'", text, "'");
            Scenario s;
            std::vector<std::string> messages;
            CHECK_FALSE(ParseScenario(text, "bad.json", &s, &messages));
            REQUIRE(messages.size() == 1);
            CHECK(messages[0].rfind("bad.json: line 1, column ", 0) == 0);
            CHECK(messages[0].find(": not valid JSON (") != std::string::npos);
            CHECK(s.Settings.IntensityPct == 70.0);
            CHECK(s.Weeks == 12.0);
        }
        Scenario s;
        std::vector<std::string> messages;
        CHECK_FALSE(ParseScenario("[1, 2]", "list.json", &s, &messages));
        CHECK(messages[0] == "list.json: expected a JSON object { ... }, got array");
    }

    TEST_CASE("wrong types fall back field by field") {
        const char* text = R"({
        "title": 7, "description": ["no"], "weeks": "twelve",
        "protocol": { "intensity": "heavy", "recovery": 36, "sessions": 2.5, "irisin": "yes",
                      "bdnf_transport": true, "neurogenesis": "sorrells", "form": null, "age": "45" }
    })";
        Scenario s;
        std::vector<std::string> messages;
        CHECK(ParseScenario(text, "typed.json", &s, &messages));
        CHECK(messages.size() == 7);
        CHECK(Contains(messages, "typed.json: title: expected a non-empty string, got number"));
        CHECK(Contains(messages, "typed.json: description: expected a string, got array"));
        CHECK(Contains(messages,
                       "typed.json: weeks: expected a number between 0 and 520, got 'twelve'; using 12"));
        CHECK(Contains(messages, "typed.json: protocol.intensity: expected a number between 40 and 95, got "
                                 "'heavy'; using 70"));
        CHECK(Contains(
            messages,
            "typed.json: protocol.sessions: expected a whole number between 0 and 7, got '2.5'; using 3"));
        CHECK(Contains(messages,
                       "typed.json: protocol.bdnf_transport: expected one of off, weak or strong, got "
                       "'true'; using weak"));
        CHECK(Contains(messages,
                       "typed.json: protocol.form: expected a number between 0 and 1, got null; using 0.9"));
        CHECK(s.Settings.IntensityPct == 70.0);
        CHECK(s.Settings.RecoveryHours == 36.0); // good fields still apply
        CHECK(s.Settings.Neurogenesis == HumanNeurogenesis::Sorrells);
        CHECK(s.Settings.Irisin);           // texts are read as in a URL: "yes" is on,
        CHECK(s.Settings.AgeYears == 45.0); // and "45" is 45
        CHECK(s.Weeks == 12.0);
    }

    TEST_CASE("out-of-range values are clamped with a message") {
        Scenario s;
        std::vector<std::string> messages;
        CHECK(ParseScenario(
            R"({"title": "t", "weeks": 9999, "protocol": {"intensity": 120, "age": 5, "sets": 0}})",
            "range.json", &s, &messages));
        CHECK(Contains(messages, "range.json: protocol.intensity: 120 is outside 40-95; using 95"));
        CHECK(Contains(messages, "range.json: protocol.age: 5 is outside 18-90; using 18"));
        CHECK(Contains(messages, "range.json: weeks: 9999 is outside 0-520; using 520"));
        CHECK(s.Settings.IntensityPct == 95.0);
        CHECK(s.Settings.AgeYears == 18.0);
        CHECK(s.Settings.Sets == 1);
        CHECK(s.Weeks == 520.0);
    }

    TEST_CASE("unknown fields are reported and ignored and a missing title is reported") {
        Scenario s;
        std::vector<std::string> messages;
        CHECK(ParseScenario(R"({"weeks": 4, "colour": "red", "protocol": {"intensty": 80, "sets": 4}})",
                            "extra.json", &s, &messages));
        CHECK(messages.size() == 3);
        CHECK(Contains(
            messages,
            "extra.json: colour: unknown field; expected one of title, description, weeks, protocol"));
        CHECK(Contains(messages,
                       "extra.json: protocol.intensty: unknown parameter; expected one of intensity, "));
        CHECK(Contains(messages, "extra.json: title: missing; expected a non-empty string"));
        CHECK(s.Settings.Sets == 4);
        CHECK(s.Weeks == 4.0);
    }

    TEST_CASE("odd but valid JSON never crashes") {
        std::string deep(2000, '[');
        deep += std::string(2000, ']');
        const std::string texts[] = {
            deep,
            R"({"protocol": "fast"})",
            R"({"protocol": {"intensity": 1e308, "recovery": -1e308, "sessions": 18446744073709551615}})",
            R"({"title": "\u00e9\u0000x", "weeks": -3})",
            R"({"title": "a", "title": "b"})",
        };
        for (const std::string& text : texts) {
            Scenario s;
            std::vector<std::string> messages;
            ParseScenario(text, "odd.json", &s, &messages);
            CHECK(s.Weeks >= 0.0);
            CHECK(s.Settings.IntensityPct >= 40.0);
            CHECK(s.Settings.RecoveryHours >= 12.0);
            CHECK(s.Settings.SessionsPerWeek <= 7);
        }
    }

    TEST_CASE("a scenario file from disk") {
        Scenario s;
        std::vector<std::string> messages;
        CHECK(LoadScenarioFile(SourcePath("assets/scenarios/older-adult.json"), &s, &messages));
        CHECK(messages.empty());
        CHECK(s.Id == "older-adult");
        CHECK(s.Settings.AgeYears == 70.0);
        CHECK_FALSE(LoadScenarioFile(SourcePath("assets/scenarios/missing.json"), &s, &messages));
        CHECK(Contains(messages, "missing.json: cannot be read"));
    }

} // TEST_SUITE
