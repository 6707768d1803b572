#include "model/param_registry.h"
#include "session/session.h"
#include <cmath>
#include <doctest/doctest.h>

using namespace ng;

static int CountEvents(const std::vector<SessionEvent>& events, SessionEventType type) {
    int n = 0;
    for (const SessionEvent& e : events) n += e.Type == type;
    return n;
}

TEST_CASE("session: starts from the defaults, running at the default speed") {
    Session s;
    s.Begin(SessionStart());
    REQUIRE(s.Sim);
    CHECK(s.Sim->TimeHours() == 0.0);
    CHECK(s.ScenarioId.empty());
    CHECK(s.Clock.Speed == kDefaultSpeedStop);
    CHECK_FALSE(s.Clock.Paused);
    CHECK(s.TakeEvents().empty());
}

TEST_CASE("session: a parameter out of range is clamped, with a notice, a bad one changes nothing") {
    Session s;
    s.Begin(SessionStart());
    CHECK(s.Execute({CommandType::SetParam, "intensity", 200.0}));
    CHECK(GetParam(s.Plan, *FindParam("intensity")) == 95.0);
    CHECK(GetParam(s.Sim->GetProtocol(), *FindParam("intensity")) == 95.0);
    std::vector<SessionEvent> events = s.TakeEvents();
    REQUIRE(events.size() == 1);
    CHECK(events[0].Type == SessionEventType::Notice);
    CHECK(events[0].Text.find("intensity") != std::string::npos);

    Protocol before = s.Plan;
    ParamChange unknown = s.SetParamByName("no_such_thing", 1.0);
    CHECK_FALSE(unknown.Ok);
    CHECK(unknown.Message.find("unknown parameter") != std::string::npos);
    ParamChange nan = s.SetParamByName("recovery", std::nan(""));
    CHECK_FALSE(nan.Ok);
    CHECK(GetParam(s.Plan, *FindParam("recovery")) == GetParam(before, *FindParam("recovery")));
}

TEST_CASE("session: loading a scenario starts a fresh run, an unknown one is refused") {
    Session s;
    s.Begin(SessionStart());
    s.AdvanceDays(2.0);
    CHECK(s.Execute({CommandType::LoadScenario, "overtraining"}));
    CHECK(s.ScenarioId == "overtraining");
    CHECK(s.Sim->TimeHours() == 0.0);
    CHECK(CountEvents(s.TakeEvents(), SessionEventType::ScenarioLoaded) == 1);

    CHECK(s.Execute({CommandType::LoadScenario, "nope"}));
    CHECK(s.ScenarioId == "overtraining");
    std::vector<SessionEvent> events = s.TakeEvents();
    REQUIRE(events.size() == 1);
    CHECK(events[0].Type == SessionEventType::Rejected);
}

TEST_CASE("session: pause, step and speed drive the clock, paused frames run no steps") {
    Session s;
    s.Begin(SessionStart());
    s.Execute({CommandType::SetPaused, "", 1.0});
    CHECK(s.Clock.Paused);
    CHECK(s.Update(0.1) == 0);
    s.Execute({CommandType::Step, ""});
    CHECK(s.Sim->TimeHours() == doctest::Approx(kStepMinutes / 60.0));
    s.Execute({CommandType::TogglePause, ""});
    CHECK_FALSE(s.Clock.Paused);
    std::vector<SessionEvent> events = s.TakeEvents();
    CHECK(CountEvents(events, SessionEventType::Paused) == 1);
    CHECK(CountEvents(events, SessionEventType::Playing) == 1);
    s.Execute({CommandType::SetSpeed, "", (double)kDefaultSpeedStop + 1});
    CHECK(s.Clock.Speed == kDefaultSpeedStop + 1);
    CHECK(s.Update(0.1) > 0);
}

TEST_CASE("session: reset returns to the start (scenario, overrides, speed), not to the defaults") {
    SessionStart start;
    start.Scenario = "beginner";
    start.ProtocolOverrides.push_back({FindParam("recovery"), 72.0});
    start.Speed = 2;
    Session s;
    s.Begin(start);
    CHECK(s.ScenarioId == "beginner");
    CHECK(GetParam(s.Plan, *FindParam("recovery")) == 72.0);
    s.Execute({CommandType::LoadScenario, "overtraining"});
    s.Execute({CommandType::SetSpeed, "", 6.0});
    s.AdvanceDays(3.0);
    s.Execute({CommandType::ResetAll, ""});
    CHECK(s.ScenarioId == "beginner");
    CHECK(GetParam(s.Plan, *FindParam("recovery")) == 72.0);
    CHECK(s.Clock.Speed == 2);
    CHECK(s.Sim->TimeHours() == 0.0);
    REQUIRE(s.History.DailyTimes.size() == 1); // day 0 only
    CHECK(s.History.DailyTimes[0] == 0.0);
    CHECK(CountEvents(s.TakeEvents(), SessionEventType::Reset) == 1);
}

TEST_CASE("session: the same commands give the same state (the model is deterministic per seed)") {
    auto run = [](uint64_t seed) {
        SessionStart start;
        start.Seed = seed;
        Session s;
        s.Begin(start);
        s.Execute({CommandType::AdvanceDays, "", 3.0});
        s.Execute({CommandType::SetParam, "recovery", 24.0});
        s.Execute({CommandType::AdvanceDays, "", 4.0});
        s.Execute({CommandType::BloodTest, ""});
        return s.Sim->StateHash();
    };
    CHECK(run(1) == run(1));
    CHECK(run(1) != run(2));
}

TEST_CASE("session: blood tests and days are recorded, advance is bounded") {
    Session s;
    s.Begin(SessionStart());
    s.Execute({CommandType::AdvanceDays, "", 2.0});
    CHECK(s.Sim->TimeDays() == doctest::Approx(2.0));
    CHECK(s.History.DailyRows.size() >= 2);
    s.Execute({CommandType::BloodTest, ""});
    REQUIRE(s.History.BloodTests.size() == 1);
    CHECK(s.History.BloodTests[0].TimeHours == doctest::Approx(48.0));
    s.AdvanceDays(-1.0);
    s.AdvanceDays(std::nan(""));
    CHECK(s.Sim->TimeDays() == doctest::Approx(2.0));
}

TEST_CASE("session: the view's and the UI's commands are left to the app") {
    Session s;
    s.Begin(SessionStart());
    uint64_t hash = s.Sim->StateHash();
    CHECK_FALSE(s.Execute({CommandType::FocusView, "muscle"}));
    CHECK_FALSE(s.Execute({CommandType::TourStart, ""}));
    CHECK_FALSE(s.Execute({CommandType::ShowLab, "", 1.0}));
    CHECK_FALSE(s.Execute({CommandType::ShareSetup, "?seed=1"}));
    CHECK(s.Sim->StateHash() == hash);
    CHECK(s.TakeEvents().empty());
}

TEST_CASE("session: a landscape around the current protocol fills in over frames") {
    SessionStart start;
    start.Seed = 4;
    Session s;
    s.Begin(start);
    s.Execute({CommandType::SetParam, "sets", 5.0});
    s.Execute({CommandType::SetPaused, "", 1.0});
    LandscapeSpec spec;
    spec.N = 3;
    spec.Weeks = 2.0;
    std::string error;
    const LandscapeGrid* grid = s.RequestLandscape(spec, &error);
    REQUIRE(grid);
    CHECK(grid->Spec.Base.Sets == 5);
    CHECK(grid->Spec.Seed == 4);
    int frames = 0;
    while (!grid->Done() && frames < 1000) {
        s.Update(1.0 / 60.0); // paused: the model stays, the landscape goes on
        frames++;
    }
    CHECK(grid->Done());
    CHECK(frames >= 1);
    CHECK(s.Sim->TimeHours() == 0.0);
    CHECK(s.RequestLandscape(spec, &error) == grid); // cached
    spec.X = "form";
    spec.Y = "form";
    CHECK(s.RequestLandscape(spec, &error) == nullptr);
    CHECK(error == "x and y are both \"form\"; choose two different parameters");
}
