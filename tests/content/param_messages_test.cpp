// One mistake, one message: a bad parameter value reads the same in a scenario file (io), a tour
// step (content) and a URL or command line (session), because all three read it with
// io/param_value.h. Only the place in front differs.
#include "content/sources.h"
#include "content/tour.h"
#include "io/scenario.h"
#include "session/options.h"
#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace ng;

// Every problem of a scenario file, a tour step and a URL that set name to value (JSON text).
struct Messages {
    std::vector<std::string> Scenario, Tour, Url;
};

static Messages ReadEverywhere(const std::string& name, const std::string& json_value,
                               const std::string& url_value) {
    Messages m;
    Scenario scenario;
    ParseScenario("{\"title\": \"t\", \"protocol\": {\"" + name + "\": " + json_value + "}}", "s.json",
                  &scenario, &m.Scenario);

    static std::string structure, texts; // ContentFile holds views
    structure =
        "{\"steps\": [{\"id\": \"a\", \"actions\": [{\"set\": {\"" + name + "\": " + json_value + "}}]}]}";
    texts = R"({"steps": {"a": {"title": "T", "caption": "C."}}})";
    SourceList no_sources;
    Tour tour = ParseTour({"t.json", structure}, {"en/t.json", texts}, {"en/t.json", texts}, no_sources);
    for (const std::string& problem : tour.Problems)
        if (problem.find("expected 8 to 12 steps") == std::string::npos) m.Tour.push_back(problem);

    std::vector<OptionNotice> notices;
    ParseOptions({{name, url_value}}, &notices, OptionSource::Url);
    for (const OptionNotice& notice : notices) m.Url.push_back(notice.Text);
    return m;
}

TEST_CASE("a bad parameter value gets the same message in a scenario file, the tour and a URL") {
    struct Case {
        const char *Name, *Json, *Url, *Message;
    };
    const Case cases[] = {
        {"intensity", "\"heavy\"", "heavy", "expected a number between 40 and 95, got 'heavy'"},
        {"intensity", "\"nan\"", "nan", "expected a number between 40 and 95, got 'nan'"},
        {"age", "\"1e999\"", "1e999", "expected a number between 18 and 90, got '1e999'"},
        {"sessions", "2.5", "2.5", "expected a whole number between 0 and 7, got '2.5'"},
        {"irisin", "\"maybe\"", "maybe", "expected true/false, on/off, yes/no or 1/0, got 'maybe'"},
        {"neurogenesis", "\"maybe\"", "maybe", "expected one of spalding or sorrells, got 'maybe'"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.Name);
        CAPTURE(c.Json);
        Messages m = ReadEverywhere(c.Name, c.Json, c.Url);
        const std::string what = c.Message;
        REQUIRE(m.Scenario.size() == 1);
        REQUIRE(m.Tour.size() == 1);
        REQUIRE(m.Url.size() == 1);
        CHECK(m.Scenario[0].rfind("s.json: protocol." + std::string(c.Name) + ": " + what + "; using ", 0) ==
              0);
        CHECK(m.Tour[0] == "t.json: steps[0].actions[0].set." + std::string(c.Name) + ": " + what);
        CHECK(m.Url[0] == std::string(c.Name) + ": " + what + "; kept the default");
    }
}

TEST_CASE("an out-of-range value is clamped with the same message in a scenario file, the tour and a URL") {
    Messages m = ReadEverywhere("intensity", "120", "120");
    const std::string what = "120 is outside 40-95; using 95";
    CHECK(m.Scenario == std::vector<std::string>{"s.json: protocol.intensity: " + what});
    CHECK(m.Tour == std::vector<std::string>{"t.json: steps[0].actions[0].set.intensity: " + what});
    CHECK(m.Url == std::vector<std::string>{"intensity: " + what});
}
