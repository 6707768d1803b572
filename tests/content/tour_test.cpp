// The guided tour: 8-12 steps, complete in every language, every action valid, clear messages
// for invalid actions.
#include "content/tour.h"
#include "embedded_files.h"
#include "model/param_registry.h"
#include "model/stations.h"
#include "session/sim_clock.h"
#include <doctest/doctest.h>
#include <string>

using namespace ng;

static std::string Joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
}

static bool Contains(const std::vector<std::string>& problems, const std::string& text) {
    for (const std::string& p : problems)
        if (p.find(text) != std::string::npos) return true;
    return false;
}

// Sentences end with ". ", "? ", "! " or the end of the text ("9:00." and "1.5" are not ends).
static int SentenceCount(const std::string& text) {
    int count = 0;
    for (size_t i = 0; i < text.size(); i++) {
        char c = text[i];
        if ((c == '.' || c == '?' || c == '!') && (i + 1 == text.size() || text[i + 1] == ' ')) count++;
    }
    return count;
}

TEST_CASE("the tour loads in English and Spanish without problems, with 8 to 12 steps") {
    for (const char* lang : {"en", "es"}) {
        CAPTURE(lang);
        Tour tour = LoadTour(lang);
        INFO(Joined(tour.Problems));
        CHECK(tour.Problems.empty());
        CHECK(tour.Lang == lang);
        CHECK((int)tour.Steps.size() >= kTourMinSteps);
        CHECK((int)tour.Steps.size() <= kTourMaxSteps);
        for (const TourStep& step : tour.Steps) {
            CAPTURE(step.Id);
            CHECK(!step.Title.empty());
            CHECK(SentenceCount(step.Caption) >= 1);
            CHECK(SentenceCount(step.Caption) <= 3);
            CHECK(step.Seconds >= 5.0);
        }
    }
}

TEST_CASE("English and Spanish tours have the same steps and actions, and different words") {
    Tour en = LoadTour("en"), es = LoadTour("es");
    REQUIRE(en.Steps.size() == es.Steps.size());
    for (size_t i = 0; i < en.Steps.size(); i++) {
        CAPTURE(en.Steps[i].Id);
        CHECK(en.Steps[i].Id == es.Steps[i].Id);
        CHECK(en.Steps[i].Actions.size() == es.Steps[i].Actions.size());
        CHECK(en.Steps[i].Title != es.Steps[i].Title);
        CHECK(en.Steps[i].Caption != es.Steps[i].Caption);
    }
    CHECK(LoadTour("fr").Lang == "en");
    CHECK(LoadTour("fr").Steps.size() == en.Steps.size());
}

TEST_CASE("every tour action is a valid command") {
    const Tour& tour = GetTour("en");
    REQUIRE(!tour.Steps.empty());
    for (const TourStep& step : tour.Steps) {
        CAPTURE(step.Id);
        for (const std::string& id : step.Sources) CHECK(GetSources().Find(id));
        for (const Command& c : step.Actions) {
            CAPTURE(c.Name);
            switch (c.Type) {
            case CommandType::SetParam: {
                const ParamInfo* param = FindParam(c.Name);
                REQUIRE(param);
                CHECK(c.Value >= param->Min);
                CHECK(c.Value <= param->Max);
                break;
            }
            case CommandType::LoadScenario:
                CHECK(FindEmbeddedFile(("assets/scenarios/" + c.Name + ".json").c_str()));
                break;
            case CommandType::SetSpeed:
                CHECK(c.Value >= 0.0);
                CHECK(c.Value < SpeedStopCount());
                break;
            case CommandType::FocusView:
                CHECK(FindView(c.Name) != kUnknownView);
                break;
            case CommandType::AdvanceDays:
                CHECK(c.Value > 0.0);
                break;
            case CommandType::SetPaused:
            case CommandType::ShowLab:
                CHECK((c.Value == 0.0 || c.Value == 1.0));
                break;
            case CommandType::ShowExplain:
                CHECK((c.Name.empty() || FindCard(c.Name) >= 0));
                break;
            default:
                FAIL("a tour step may not issue command type ", (int)c.Type);
            }
        }
    }
}

TEST_CASE("every step sets up its own scene, so Previous shows what Next showed") {
    for (const TourStep& step : GetTour("en").Steps) {
        CAPTURE(step.Id);
        REQUIRE(!step.Actions.empty());
        CHECK(step.Actions.front().Type == CommandType::LoadScenario); // a fresh start at time 0
        bool speed = false, paused = false;
        for (const Command& c : step.Actions) {
            speed |= c.Type == CommandType::SetSpeed;
            paused |= c.Type == CommandType::SetPaused;
        }
        CHECK(!step.View.empty());
        CHECK(speed);
        CHECK(paused);
    }
}

TEST_CASE("the tour runs from the first repetition to new neurons to the overtraining warning") {
    const Tour& tour = GetTour("en");
    auto index = [&](const char* id) {
        for (size_t i = 0; i < tour.Steps.size(); i++)
            if (tour.Steps[i].Id == id) return (int)i;
        return -1;
    };
    REQUIRE(index("first-rep") >= 0);
    CHECK(index("first-rep") < index("weeks"));
    CHECK(index("weeks") < index("warning"));
    CHECK(tour.Steps[index("first-rep")].View == "muscle");
    CHECK(tour.Steps[index("warning")].View == "hippocampus");
    bool overtraining = false;
    for (const Command& c : tour.Steps[index("warning")].Actions)
        overtraining |= c.Type == CommandType::LoadScenario && c.Name == "overtraining";
    CHECK(overtraining);
}

// Invalid content, fed through ParseTour.
static const SourceList& NoSources() {
    static SourceList none = ParseSources({"test/sources.json", R"({"sources": []})"});
    return none;
}

static Tour ParseSteps(const std::string& steps_json, const std::string& texts_json) {
    static std::string structure, texts; // ContentFile holds views
    structure = steps_json;
    texts = texts_json;
    return ParseTour({"test/tour.json", structure}, {"test/en/tour.json", texts},
                     {"test/en/tour.json", texts}, NoSources());
}

TEST_CASE("values by registry name parse: choices, booleans and numbers") {
    Tour tour = ParseSteps(R"({"steps": [{"id": "a", "actions": [
        {"set": {"neurogenesis": "sorrells", "irisin": false, "intensity": 82.5, "bdnf_transport": "strong"}},
        {"speed": "week"}, {"explain": "barrier"}, {"explain": false}, {"lab": true}]}]})",
                           R"({"steps": {"a": {"title": "T", "caption": "C."}}})");
    REQUIRE(tour.Steps.size() == 1);
    const std::vector<Command>& a = tour.Steps[0].Actions;
    REQUIRE(a.size() == 8);
    // "set" entries come in name order.
    CHECK((a[0].Type == CommandType::SetParam && a[0].Name == "bdnf_transport" && a[0].Value == 2.0));
    CHECK((a[1].Name == "intensity" && a[1].Value == 82.5));
    CHECK((a[2].Name == "irisin" && a[2].Value == 0.0));
    CHECK((a[3].Name == "neurogenesis" && a[3].Value == 1.0));
    CHECK((a[4].Type == CommandType::SetSpeed && a[4].Value == FindSpeedStop("week")));
    CHECK((a[5].Type == CommandType::ShowExplain && a[5].Name == "barrier"));
    CHECK((a[6].Type == CommandType::ShowExplain && a[6].Name.empty()));
    CHECK((a[7].Type == CommandType::ShowLab && a[7].Value == 1.0));
    CHECK(Contains(tour.Problems, "test/tour.json: steps: expected 8 to 12 steps, got 1"));
    CHECK(tour.Problems.size() == 1);
}

TEST_CASE("invalid tour actions are load errors naming the step, the action and what was expected") {
    Tour tour = ParseSteps(R"({"steps": [{"id": "a", "seconds": 0, "debated": "yes", "actions": [
        {"set": {"strength": 3, "intensity": 120, "neurogenesis": "maybe", "form": [1]}},
        {"scenario": "marathon"},
        {"view": "liver"},
        {"speed": "warp"},
        {"paused": "no"},
        {"advance_days": -2},
        {"explain": "kidney"},
        {"view": "muscle", "speed": "day"},
        {"jump": 1}]}]})",
                           R"({"steps": {"a": {"title": "T"}, "b": {"title": "T", "caption": "C."}}})");
    INFO(Joined(tour.Problems));
    const auto& p = tour.Problems;
    CHECK(Contains(p, "test/tour.json: steps[0].seconds: expected a number of seconds from 2 to 120, got 0"));
    CHECK(Contains(p, "test/tour.json: steps[0].debated: expected true or false, got \"yes\""));
    CHECK(Contains(p, "test/tour.json: steps[0].actions[0].set.strength: unknown parameter; expected one of "
                      "intensity, recovery"));
    CHECK(Contains(p, "test/tour.json: steps[0].actions[0].set.intensity: 120 is outside 40-95; using 95"));
    CHECK(Contains(p, "test/tour.json: steps[0].actions[0].set.neurogenesis: expected one of spalding or "
                      "sorrells, got 'maybe'"));
    CHECK(Contains(
        p, "test/tour.json: steps[0].actions[0].set.form: expected a number between 0 and 1, got [1]"));
    CHECK(Contains(p, "test/tour.json: steps[0].actions[1].scenario: unknown scenario \"marathon\""));
    CHECK(Contains(
        p, "test/tour.json: steps[0].actions[2].view: unknown view \"liver\"; expected overview, muscle"));
    CHECK(Contains(
        p,
        "test/tour.json: steps[0].actions[3].speed: unknown speed \"warp\"; expected one of realtime, x10"));
    CHECK(Contains(p, "test/tour.json: steps[0].actions[4].paused: expected true or false, got \"no\""));
    CHECK(Contains(p, "test/tour.json: steps[0].actions[5].advance_days: expected a number of days above 0"));
    CHECK(Contains(p, "test/tour.json: steps[0].actions[6].explain: expected a station"));
    CHECK(Contains(p, "test/tour.json: steps[0].actions[7]: expected an object with one key"));
    CHECK(Contains(p, "test/tour.json: steps[0].actions[8].jump: unknown action; expected scenario, set"));
    CHECK(Contains(p, "test/en/tour.json: steps.a.caption: missing; expected a non-empty string"));
    CHECK(Contains(p, "test/en/tour.json: steps.b: no such step in the structure file"));
    CHECK(Contains(p, "test/tour.json: steps: expected 8 to 12 steps, got 1"));
    CHECK(p.size() == 17);
    REQUIRE(tour.Steps.size() == 1);
    // Every invalid action is dropped; an out-of-range value is clamped, as everywhere else.
    REQUIRE(tour.Steps[0].Actions.size() == 1);
    CHECK(tour.Steps[0].Actions[0].Name == "intensity");
    CHECK(tour.Steps[0].Actions[0].Value == 95.0);
}

TEST_CASE("broken tour JSON and duplicate step ids are reported") {
    Tour broken = ParseSteps("{\"steps\": [\n{\"id\": \"a\" \"actions\": []}]}", "{}");
    REQUIRE(!broken.Problems.empty());
    CHECK(broken.Problems[0].rfind("test/tour.json: line 2, column 20: not valid JSON (", 0) == 0);
    CHECK(broken.Steps.empty());

    Tour twice =
        ParseSteps(R"({"steps": [{"id": "a", "actions": [{"paused": true}]}, {"id": "a", "actions": []},
                                          {"id": "B!", "actions": []}]})",
                   R"({"steps": {"a": {"title": "T", "caption": "C."}}})");
    INFO(Joined(twice.Problems));
    CHECK(Contains(twice.Problems, "test/tour.json: steps[1].id: \"a\" is used twice"));
    CHECK(Contains(twice.Problems,
                   "test/tour.json: steps[2].id: \"B!\": expected lower-case letters, digits and '-'"));
    CHECK(twice.Steps.size() == 1);
}
