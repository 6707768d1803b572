// "Share this setup" reproduces A and B (issue 14): the query from a session, read back as URL
// options, starts a session with the same protocols and B's source; bad b_ values are refused
// with the notices A's parameters get.
#include "model/param_registry.h"
#include "session/options.h"
#include "session/session.h"
#include "session/share_link.h"
#include <doctest/doctest.h>
#include <string>

using namespace ng;

static bool SamePlan(const Protocol& a, const Protocol& b) {
    for (int i = 0; i < ParamCount(); i++)
        if (GetParam(a, ParamAt(i)) != GetParam(b, ParamAt(i))) return false;
    return true;
}

// A session begun from the query as a page URL would give it.
static void Load(const std::string& query, Session* s, std::vector<OptionNotice>* notices) {
    AppOptions o = ParseOptions(SplitQueryString(query), notices, OptionSource::Url);
    SessionStart start;
    start.Scenario = o.Scenario;
    start.ProtocolOverrides = o.ProtocolOverrides;
    start.Compare = o.Compare;
    start.CompareOverrides = o.CompareOverrides;
    s->Begin(start);
}

static void CheckRoundTrip(const Session& s) {
    std::string query = ShareProtocolQuery(s);
    CAPTURE(query);
    Session loaded;
    std::vector<OptionNotice> notices;
    Load(query, &loaded, &notices);
    CHECK(notices.empty());
    CHECK(loaded.ScenarioId == s.ScenarioId);
    CHECK(SamePlan(loaded.Plan, s.Plan));
    REQUIRE((loaded.Compare != nullptr) == (s.Compare != nullptr));
    if (!s.Compare) return;
    CHECK(loaded.Compare->Source == s.Compare->Source);
    CHECK(SamePlan(loaded.Compare->Plan, s.Compare->Plan));
}

TEST_CASE("share link: a scenario B with changed parameters comes back the same") {
    Session s;
    s.Begin(SessionStart{});
    std::string error;
    REQUIRE(s.LoadScenarioById("balanced", &error));
    s.SetParamByName("intensity", 72.34567891234);
    REQUIRE(s.SetCompare("overtraining", &error));
    s.SetParamB("recovery", 30.0);
    s.SetParamB("intensity", 61.0);
    std::string query = ShareProtocolQuery(s);
    CHECK(query.find("scenario=balanced") != std::string::npos);
    CHECK(query.find("compare=overtraining") != std::string::npos);
    CHECK(query.find("b_recovery=30") != std::string::npos);
    CheckRoundTrip(s);
}

TEST_CASE("share link: a copy of A with one change, and no B at all") {
    Session s;
    s.Begin(SessionStart{});
    std::string error;
    s.SetParamByName("sessions", 4.0);
    REQUIRE(s.SetCompare("copy", &error));
    s.SetParamB("recovery", 24.0);
    std::string query = ShareProtocolQuery(s);
    CHECK(query.find("compare=copy") != std::string::npos);
    CHECK(query.find("b_recovery=24") != std::string::npos);
    CHECK(query.find("b_sessions") == std::string::npos); // B keeps A's value: not repeated
    CheckRoundTrip(s);
    // A changed after the copy: B's differences are against A as the link sets it.
    s.SetParamByName("sessions", 5.0);
    CheckRoundTrip(s);
    REQUIRE(s.SetCompare("", &error));
    CHECK(ShareProtocolQuery(s).find("compare") == std::string::npos);
    CheckRoundTrip(s);
}

TEST_CASE("share link: bad b_ values keep B's value with the notice A's parameters get") {
    std::vector<OptionNotice> notices;
    AppOptions o = ParseOptions(SplitQueryString("compare=copy&b_intensity=heavy&b_recovery=999&b_nothing=1"),
                                &notices, OptionSource::Url);
    REQUIRE(notices.size() == 3);
    CHECK(notices[0].Rejected);
    CHECK(notices[0].Text.find("b_intensity: expected a number") == 0);
    CHECK_FALSE(notices[1].Rejected); // clamped
    CHECK(notices[1].Text.find("b_recovery: 999 is outside") == 0);
    CHECK(notices[2].Text.find("unknown option \"b_nothing\"") == 0);
    REQUIRE(o.CompareOverrides.size() == 1);
    CHECK(o.ProtocolOverrides.empty());
    // The same mistakes for A read the same, without the prefix.
    std::vector<OptionNotice> a_notices;
    ParseOptions(SplitQueryString("intensity=heavy"), &a_notices, OptionSource::Url);
    REQUIRE(a_notices.size() == 1);
    CHECK(notices[0].Text.substr(2) == a_notices[0].Text);

    Session s;
    std::vector<OptionNotice> load_notices;
    Load("compare=copy&b_intensity=heavy&b_recovery=999", &s, &load_notices);
    REQUIRE(s.Compare);
    CHECK(GetParam(s.Compare->Plan, *FindParam("intensity")) == GetParam(s.Plan, *FindParam("intensity")));
    CHECK(GetParam(s.Compare->Plan, *FindParam("recovery")) == FindParam("recovery")->Max);
}

TEST_CASE("share link: b_ parameters without compare are refused, and the command line knows them") {
    std::vector<OptionNotice> notices;
    AppOptions o = ParseOptions(SplitQueryString("b_recovery=24"), &notices, OptionSource::Url);
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].Rejected);
    CHECK(notices[0].Text.find("need compare=") != std::string::npos);
    CHECK(o.CompareOverrides.empty());
    char arg0[] = "neurogains", arg1[] = "--compare", arg2[] = "copy", arg3[] = "--b_recovery=24";
    char* argv[] = {arg0, arg1, arg2, arg3};
    notices.clear();
    o = ParseOptions(SplitCommandLine(4, argv), &notices, OptionSource::CommandLine);
    CHECK(notices.empty());
    CHECK(o.CompareOverrides.size() == 1);
    CHECK(OptionsHelpText().find("--b_PARAMETER") != std::string::npos);
}
