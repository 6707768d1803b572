// Comparing two programmes (issue 14, "Compare"): B runs in lockstep with A on the same clock and
// seed, seeks with A, and is exactly what a single run of B's programme gives.
#include "io/scenario.h"
#include "model/param_registry.h"
#include "model/readouts.h"
#include "session/session.h"
#include <doctest/doctest.h>
#include <string>

using namespace ng;

static const int64_t kDay = (int64_t)(24 * 60 / kStepMinutes);

static Protocol ScenarioProtocol(const char* id) {
    Scenario scenario;
    REQUIRE(LoadScenario(id, &scenario, nullptr));
    return scenario.Settings;
}

static uint64_t FreshHash(const Protocol& plan, int64_t steps, uint64_t seed = 1) {
    Simulation sim(plan, seed);
    for (int64_t i = 0; i < steps; i++) sim.Step();
    return sim.StateHash();
}

static size_t CountLines(const std::string& text) {
    size_t n = 0;
    for (char c : text) n += c == '\n';
    return n;
}

TEST_CASE("compare: B runs in lockstep with A and equals a single run of its scenario") {
    SessionStart start;
    start.Seed = 3;
    Session s;
    s.Begin(start);
    s.AdvanceDays(3.0);
    std::string error;
    REQUIRE(s.SetCompare("overtraining", &error));
    REQUIRE(s.Compare);
    CHECK(s.Compare->Source == "overtraining");
    CHECK(s.Compare->Sim->State().StepCount == s.Sim->State().StepCount); // caught up with A at once
    s.AdvanceDays(2.0);
    s.StepModel(17);
    s.Update(0.1); // the clock's steps go to both
    int64_t now = s.Sim->State().StepCount;
    CHECK(s.Compare->Sim->State().StepCount == now);
    CHECK(s.Compare->Sim->StateHash() == FreshHash(ScenarioProtocol("overtraining"), now, 3));
    CHECK(s.Sim->StateHash() == FreshHash(Protocol(), now, 3)); // A is untouched by B
    CHECK(s.Compare->History.DailyTimes == s.History.DailyTimes);
    CHECK(s.Compare->History.DailyRows != s.History.DailyRows);
}

TEST_CASE("compare: a copy of A changed in one thing, both seek together and stay exact") {
    Session s;
    s.Begin(SessionStart());
    s.AdvanceDays(2.0);
    std::string error;
    REQUIRE(s.SetCompare("copy", &error));
    CHECK(s.Compare->Sim->StateHash() == s.Sim->StateHash());
    ParamChange change = s.SetParamB("recovery", 24.0);
    CHECK(change.Ok);
    CHECK(GetParam(s.Compare->Plan, *FindParam("recovery")) == 24.0);
    CHECK(GetParam(s.Plan, *FindParam("recovery")) == 48.0);
    s.AdvanceDays(5.0);

    // B = the default protocol for two days, then 24 h of recovery.
    auto fresh_b = [](int64_t steps) {
        Protocol plan;
        Simulation sim(plan, 1);
        for (int64_t i = 0; i < steps; i++) {
            if (sim.State().StepCount == 2 * kDay) {
                SetParam(&plan, *FindParam("recovery"), 24.0);
                sim.SetProtocol(plan);
            }
            sim.Step();
        }
        return sim.StateHash();
    };
    CHECK(s.Compare->Sim->StateHash() == fresh_b(7 * kDay));
    CHECK(s.Sim->StateHash() != s.Compare->Sim->StateHash());

    for (double day : {1.0, 4.5, 7.0, 3.0}) {
        INFO("day ", day);
        REQUIRE(s.Seek(day, &error));
        int64_t step = (int64_t)(day * kDay);
        CHECK(s.Compare->Sim->State().StepCount == step);
        CHECK(s.Compare->Sim->StateHash() == fresh_b(step));
        CHECK(s.Sim->StateHash() == FreshHash(Protocol(), step));
        CHECK(GetParam(s.Compare->Plan, *FindParam("recovery")) == (day >= 2.0 ? 24.0 : 48.0));
    }
}

TEST_CASE("compare: a change to either programme after seeking back discards both futures") {
    Session s;
    s.Begin(SessionStart());
    std::string error;
    REQUIRE(s.SetCompare("beginner", &error));
    s.AdvanceDays(6.0);
    REQUIRE(s.Seek(2.0, &error));
    REQUIRE(s.HasFuture());
    s.Execute({CommandType::SetParamB, "sets", 4.0});
    CHECK_FALSE(s.HasFuture());
    CHECK(s.Compare->Line.FurthestStep() == 2 * kDay);
    CHECK_FALSE(s.Seek(3.0, &error));
    s.AdvanceDays(1.0);
    REQUIRE(s.Seek(2.5, &error));
    CHECK(s.Sim->StateHash() == FreshHash(Protocol(), 2 * kDay + kDay / 2));
}

TEST_CASE("compare: B restarts from its source when A restarts, reset clears it") {
    Session s;
    s.Begin(SessionStart());
    std::string error;
    REQUIRE(s.SetCompare("sedentary", &error));
    s.AdvanceDays(2.0);
    s.Execute({CommandType::LoadScenario, "balanced"});
    REQUIRE(s.Compare);
    CHECK(s.Compare->Sim->State().StepCount == 0);
    CHECK(GetParam(s.Compare->Plan, *FindParam("sessions")) == 0.0);
    s.Execute({CommandType::ResetAll, ""});
    CHECK_FALSE(s.Compare);

    SessionStart start;
    start.Compare = "copy";
    Session c;
    c.Begin(start);
    REQUIRE(c.Compare);
    c.Execute({CommandType::SetCompare, ""});
    CHECK_FALSE(c.Compare);
    c.Execute({CommandType::ResetAll, ""});
    CHECK(c.Compare); // the start asked for it
}

TEST_CASE("compare: bad requests are refused with a message") {
    Session s;
    s.Begin(SessionStart());
    ParamChange change = s.SetParamB("intensity", 80.0);
    CHECK_FALSE(change.Ok);
    CHECK(change.Message.find("no programme B") != std::string::npos);
    s.TakeEvents();
    CHECK(s.Execute({CommandType::SetCompare, "no-such-scenario"}));
    CHECK(s.Execute({CommandType::SetParamB, "intensity", 80.0}));
    std::vector<SessionEvent> events = s.TakeEvents();
    REQUIRE(events.size() == 2);
    CHECK(events[0].Type == SessionEventType::Rejected);
    CHECK(events[0].Text.find("compare: unknown scenario") == 0);
    CHECK(events[1].Type == SessionEventType::Rejected);
    CHECK_FALSE(s.Compare);
}

TEST_CASE("compare: the lab's CSV gains B's readouts as b_ columns") {
    Session s;
    s.Begin(SessionStart());
    std::string error;
    s.AdvanceDays(3.0);
    std::string alone = s.DailyCsv();
    REQUIRE(s.SetCompare("overtraining", &error));
    std::string both = s.DailyCsv();
    CHECK(CountLines(both) == CountLines(alone));
    std::string header = both.substr(0, both.find('\n'));
    CHECK(header.rfind(alone.substr(0, alone.find('\n')) + ",b_serum_bdnf_ng_ml,", 0) == 0);
    CHECK(header.find(",b_sessions_done") != std::string::npos);
    std::string last = both.substr(both.rfind('\n', both.size() - 2) + 1);
    size_t fields = 1;
    for (char c : last) fields += c == ',';
    CHECK(fields == 1 + 2 * (size_t)ReadoutCount());
}
