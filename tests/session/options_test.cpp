#include "session/options.h"
#include "session/sim_clock.h"
#include <doctest/doctest.h>

using namespace ng;

static AppOptions Parse(const std::string& query, std::vector<OptionNotice>* notices) {
    return ParseOptions(SplitQueryString(query), notices, OptionSource::Url);
}

TEST_CASE("options: URL query is split and percent-decoded") {
    OptionList list = SplitQueryString("?mode=kiosk&lang=es&x=a%20b+c&flag&=&");
    REQUIRE(list.size() == 5);
    CHECK(list[0] == std::make_pair(std::string("mode"), std::string("kiosk")));
    CHECK(list[2].second == "a b c");
    CHECK(list[3] == std::make_pair(std::string("flag"), std::string("1")));
    CHECK(list[4].first.empty());
    CHECK(SplitQueryString("").empty());
    CHECK(SplitQueryString("?bad=%zz%4").at(0).second == "%zz%4");
}

TEST_CASE("options: command line accepts --name value, --name=value and bare flags") {
    const char* argv[] = {"neurogains", "--mode",  "presenter", "--seed=7",
                          "--fuzz",     "--speed", "day",       "stray"};
    OptionList list = SplitCommandLine(8, (char**)argv);
    REQUIRE(list.size() == 5);
    CHECK(list[1] == std::make_pair(std::string("seed"), std::string("7")));
    CHECK(list[2] == std::make_pair(std::string("fuzz"), std::string("1")));
    std::vector<OptionNotice> notices;
    AppOptions o = ParseOptions(list, &notices, OptionSource::CommandLine);
    CHECK(o.Mode == AppMode::Presenter);
    CHECK(o.Seed == 7);
    CHECK(o.Fuzz);
    CHECK(o.Speed == FindSpeedStop("day"));
    REQUIRE(notices.size() == 1); // "stray"
    CHECK(notices[0].Rejected);
}

TEST_CASE("options: every documented option takes effect") {
    std::vector<OptionNotice> notices;
    AppOptions o =
        Parse("mode=kiosk&scenario=balanced&speed=week&seed=42&lang=es&ui=0&theme=projector&scale=2.5"
              "&idle=30&scene=0&fuzz=1&intensity=80&recovery=72&compare=overtraining",
              &notices);
    CHECK(notices.empty());
    CHECK(o.Mode == AppMode::Kiosk);
    CHECK(o.Scenario == "balanced");
    CHECK(o.Compare == "overtraining");
    CHECK(o.Speed == FindSpeedStop("week"));
    CHECK(o.Seed == 42);
    CHECK(o.Lang == "es");
    CHECK_FALSE(o.ShowUi);
    CHECK(o.UiTheme == Theme::Projector);
    CHECK(o.UiScale == doctest::Approx(2.5));
    CHECK(o.IdleSeconds == 30);
    CHECK_FALSE(o.DrawScene);
    CHECK(o.Fuzz);
    REQUIRE(o.ProtocolOverrides.size() == 2);
    CHECK(std::string(o.ProtocolOverrides[0].first->Name) == "intensity");
    CHECK(o.ProtocolOverrides[0].second == 80.0);
}

TEST_CASE("options: out-of-range values are clamped with a notice") {
    std::vector<OptionNotice> notices;
    AppOptions o = Parse("scale=9&idle=1&intensity=200", &notices);
    CHECK(o.UiScale == doctest::Approx(3.0));
    CHECK(o.IdleSeconds == 5);
    REQUIRE(o.ProtocolOverrides.size() == 1);
    CHECK(o.ProtocolOverrides[0].second == FindParam("intensity")->Max);
    REQUIRE(notices.size() == 3);
    for (const OptionNotice& n : notices) CHECK_FALSE(n.Rejected);
}

TEST_CASE("options: garbage, unknown names and wrong types are rejected and defaults kept") {
    const char* bad[] = {"mode=admin",       "speed=warp",      "seed=-1x",       "lang=<script>", "ui=maybe",
                         "theme=neon",       "scale=NaN",       "scale=Infinity", "idle=",         "scene=2",
                         "intensity=abc",    "intensity=1e999", "recovery=%00",   "nonsense=1",    "=3",
                         "intensity=70;drop"};
    for (const char* query : bad) {
        CAPTURE(query);
        std::vector<OptionNotice> notices;
        AppOptions o = Parse(query, &notices);
        REQUIRE(notices.size() == 1);
        CHECK(notices[0].Rejected);
        CHECK(notices[0].Text.size() < 200); // quoted input is shortened
        CHECK(o.Mode == AppMode::Student);
        CHECK(o.ProtocolOverrides.empty());
        CHECK(o.ShowUi);
        CHECK(o.DrawScene);
    }
}

TEST_CASE("options: an overlong value is quoted back shortened") {
    std::vector<OptionNotice> notices;
    Parse("mode=" + std::string(10000, 'x'), &notices);
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].Text.size() < 160);
}

static AppOptions ParseArgs(std::vector<std::string> words, std::vector<OptionNotice>* notices) {
    words.insert(words.begin(), "neurogains");
    std::vector<char*> argv;
    for (std::string& w : words) argv.push_back(&w[0]);
    return ParseOptions(SplitCommandLine((int)argv.size(), argv.data()), notices, OptionSource::CommandLine);
}

TEST_CASE("options: an unknown flag on the command line is refused with its name") {
    std::vector<OptionNotice> notices;
    ParseArgs({"--mode", "kiosk", "--bogus-flag", "3"}, &notices);
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].Fatal);
    CHECK(notices[0].Rejected);
    CHECK(notices[0].Text.find("--bogus-flag") != std::string::npos);

    notices.clear();
    ParseArgs({"stray"}, &notices); // a word that is not an option
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].Fatal);
    CHECK(notices[0].Text.find("stray") != std::string::npos);

    notices.clear();
    ParseArgs({"--mode", "admin", "--intensity", "500"}, &notices); // bad values only warn
    REQUIRE(notices.size() == 2);
    for (const OptionNotice& n : notices) CHECK_FALSE(n.Fatal);
}

TEST_CASE("options: an unknown URL parameter is only warned about") {
    std::vector<OptionNotice> notices;
    AppOptions o = Parse("bogus-flag=3&mode=kiosk&help=1", &notices);
    CHECK(o.Mode == AppMode::Kiosk);
    REQUIRE(notices.size() == 2);
    for (const OptionNotice& n : notices) {
        CHECK_FALSE(n.Fatal);
        CHECK(n.Rejected);
        CHECK(n.Text.find("ignored") != std::string::npos);
    }
    CHECK(notices[0].Text.find("bogus-flag") != std::string::npos);
}

TEST_CASE("options: --help and -h are recognised, the help text documents every option") {
    const char* help[] = {"neurogains", "--mode", "kiosk", "--help"};
    CHECK(WantsHelp(SplitCommandLine(4, (char**)help)));
    const char* h[] = {"neurogains", "-h"};
    CHECK(WantsHelp(SplitCommandLine(2, (char**)h)));
    const char* none[] = {"neurogains", "--mode", "kiosk"};
    CHECK_FALSE(WantsHelp(SplitCommandLine(3, (char**)none)));

    std::string text = OptionsHelpText();
    REQUIRE(!text.empty());
    CHECK(text.back() == '\n');
    CHECK(text.find("--headless") != std::string::npos);
    CHECK(text.find("SDL_VIDEODRIVER=offscreen") != std::string::npos);
    REQUIRE(DocumentedOptionCount() > 10);
    for (int i = 0; i < DocumentedOptionCount(); i++) {
        std::string name = DocumentedOptionName(i);
        CAPTURE(name);
        CHECK(text.find("--" + name + " ") != std::string::npos);
        // Documented means handled: at worst the value "1" is refused, never the name.
        std::vector<OptionNotice> notices;
        ParseOptions({{name, "1"}}, &notices, OptionSource::CommandLine);
        for (const OptionNotice& n : notices) {
            CHECK_FALSE(n.Fatal);
            CHECK(n.Text.find("not handled") == std::string::npos);
        }
    }
}
