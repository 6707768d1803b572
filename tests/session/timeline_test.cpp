// Moving through time: a seek must give exactly what a fresh run reaches at that day with the same
// seed and the same changes at the same steps (issue 14), and the lab history must follow.
#include "io/scenario.h"
#include "model/param_registry.h"
#include "model/readouts.h"
#include "session/session.h"
#include <cmath>
#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace ng;

namespace {

const int64_t kDay = (int64_t)(24 * 60 / kStepMinutes);

// A change of the journal, replayed by hand: a parameter (Name) or a blood test (Name empty).
struct Change {
    int64_t Step;
    std::string Name;
    double Value;
};

// A fresh run to step, recorded as the session records (after each step, before that step's
// changes), with the changes made at their steps.
struct FreshRun {
    Protocol Plan;
    Simulation Sim;
    LabHistory History;

    FreshRun(const Protocol& start, const std::vector<Change>& changes, int64_t step, uint64_t seed = 1)
        : Plan(start), Sim(start, seed) {
        History.Clear();
        for (;;) {
            History.Record(Sim);
            for (const Change& c : changes) {
                if (c.Step != Sim.State().StepCount) continue;
                if (c.Name.empty()) {
                    History.AddBloodTest(TakeBloodTest(&Sim));
                } else {
                    SetParam(&Plan, *FindParam(c.Name), c.Value);
                    Sim.SetProtocol(Plan);
                }
            }
            if (Sim.State().StepCount >= step) break;
            Sim.Step();
        }
    }
};

// The journal after a change at step: what came before it, then the change.
std::vector<Change> ChangedAt(const std::vector<Change>& changes, const Change& change) {
    std::vector<Change> kept;
    for (const Change& c : changes)
        if (c.Step <= change.Step) kept.push_back(c);
    kept.push_back(change);
    return kept;
}

void CheckSameProtocol(const Protocol& a, const Protocol& b) {
    for (int i = 0; i < ParamCount(); i++) {
        INFO(ParamAt(i).Name);
        CHECK(GetParam(a, ParamAt(i)) == GetParam(b, ParamAt(i)));
    }
}

// Two series agree over the times both hold (a seek may keep the recent ones from further back).
void CheckSameBuckets(const TimeSeries& a, const TimeSeries& b) {
    REQUIRE(a.BucketHours == doctest::Approx(b.BucketHours));
    REQUIRE(!a.Buckets.empty());
    REQUIRE(!b.Buckets.empty());
    CHECK(a.Buckets.back().StartHours == doctest::Approx(b.Buckets.back().StartHours));
    double from = std::max(a.StartHours(), b.StartHours());
    int ia = a.FirstEndingAfter(from), ib = b.FirstEndingAfter(from);
    CHECK(a.Buckets.size() - ia == b.Buckets.size() - ib);
    for (; ia < (int)a.Buckets.size() && ib < (int)b.Buckets.size(); ia++, ib++) {
        CHECK(a.Buckets[ia].Min == b.Buckets[ib].Min);
        CHECK(a.Buckets[ia].Max == b.Buckets[ib].Max);
        CHECK(a.Buckets[ia].Last == b.Buckets[ib].Last);
    }
}

// What the lab shows after a seek is what it shows after a fresh run to that day: the daily rows
// and blood tests exactly, the recent series over their span, and the whole run up to that day.
void CheckSameHistory(const LabHistory& seeked, const LabHistory& fresh) {
    CHECK(seeked.DailyTimes == fresh.DailyTimes);
    CHECK(seeked.DailyRows == fresh.DailyRows);
    REQUIRE(seeked.BloodTests.size() == fresh.BloodTests.size());
    for (size_t i = 0; i < fresh.BloodTests.size(); i++) {
        CHECK(seeked.BloodTests[i].TimeHours == fresh.BloodTests[i].TimeHours);
        CHECK(seeked.BloodTests[i].SerumBdnf == fresh.BloodTests[i].SerumBdnf);
    }
    for (int i = 0; i < ReadoutCount(); i++) {
        INFO(ReadoutAt(i).Name);
        const ReadoutRecord& s = seeked.Readouts[i];
        const ReadoutRecord& f = fresh.Readouts[i];
        CheckSameBuckets(s.Recent, f.Recent);
        CheckSameBuckets(s.Weeks, f.Weeks);
        double now = f.Recent.Buckets.back().StartHours;
        CHECK(s.Recent.Covers(now - 72.0)); // the spans the panel relies on
        CHECK(s.Weeks.Covers(now - 16 * 24.0));
        // The whole run, at the width the seek kept (it may be coarser than a fresh run's).
        REQUIRE(s.Whole.BucketHours >= f.Whole.BucketHours);
        TimeSeries merged;
        merged.Clear(s.Whole.BucketHours, 1 << 20, TimeSeries::Mode::Merge);
        for (const TimeSeries::Bucket& b : f.Whole.Buckets)
            for (float v : {b.Min, b.Max, b.Last}) merged.Add(b.StartHours, v);
        CheckSameBuckets(s.Whole, merged);
        CHECK(s.Whole.StartHours() == 0.0);
    }
}

// 17 days with parameter changes and blood tests on the way: the journal the tests replay.
std::vector<Change> DriveSession(Session* s) {
    std::vector<Change> changes;
    auto step = [&]() { return s->Sim->State().StepCount; };
    s->AdvanceDays(3.0);
    s->Execute({CommandType::SetParam, "recovery", 24.0});
    changes.push_back({step(), "recovery", 24.0});
    s->Execute({CommandType::SetParam, "sessions", 5.0}); // two changes at one step
    changes.push_back({step(), "sessions", 5.0});
    s->AdvanceDays(4.25);
    s->Execute({CommandType::BloodTest, ""});
    changes.push_back({step(), "", 0.0});
    s->StepModel(7);
    s->Execute({CommandType::SetParam, "intensity", 85.0});
    changes.push_back({step(), "intensity", 85.0});
    s->AdvanceDays(9.75);
    s->Execute({CommandType::BloodTest, ""});
    changes.push_back({step(), "", 0.0});
    return changes;
}

} // namespace

TEST_CASE("timeline: seeking to any day gives the state of a fresh run with the same changes") {
    Session s;
    s.Begin(SessionStart());
    std::vector<Change> changes = DriveSession(&s);
    const int64_t furthest = s.Sim->State().StepCount;
    CHECK(s.FurthestDay() == doctest::Approx(17.0).epsilon(0.01));
    CHECK_FALSE(s.HasFuture());

    // Back, forward a little, far forward, to a change's own step, the start and the end.
    const double days[] = {5.0, 5.5, 16.0, 2.0, 7.25, 3.0, 0.0, 12.0, 12.0, 17.0 + 7.0 / 1440.0, 0.25};
    for (double day : days) {
        INFO("day ", day);
        std::string error;
        REQUIRE(s.Seek(day, &error));
        int64_t step = (int64_t)std::llround(day * kDay);
        FreshRun fresh(Protocol(), changes, step);
        CHECK(s.Sim->State().StepCount == step);
        CHECK(s.Sim->StateHash() == fresh.Sim.StateHash());
        CheckSameProtocol(s.Plan, fresh.Plan);
        CheckSameHistory(s.History, fresh.History);
        CHECK(s.HasFuture() == (step < furthest));
        CHECK(s.Line.FurthestStep() == furthest);
    }
}

TEST_CASE("timeline: playing on after a seek back replays the same future") {
    Session s;
    s.Begin(SessionStart());
    DriveSession(&s);
    uint64_t end_hash = s.Sim->StateHash();
    int64_t furthest = s.Sim->State().StepCount;
    std::string error;
    REQUIRE(s.Seek(2.0, &error));
    s.StepModel((int)(furthest - s.Sim->State().StepCount));
    CHECK(s.Sim->StateHash() == end_hash);
    CHECK_FALSE(s.HasFuture());
    CHECK(GetParam(s.Plan, *FindParam("intensity")) == 85.0);
    CHECK(s.History.BloodTests.size() == 2);
}

TEST_CASE("timeline: a change after seeking back discards the future") {
    Session s;
    s.Begin(SessionStart());
    std::vector<Change> changes = DriveSession(&s);
    std::string error;
    REQUIRE(s.Seek(5.0, &error));
    REQUIRE(s.HasFuture());
    s.Execute({CommandType::SetParam, "reps", 12.0});
    CHECK_FALSE(s.HasFuture());
    CHECK(s.FurthestDay() == doctest::Approx(5.0));
    s.AdvanceDays(3.0);
    REQUIRE(s.Seek(6.0, &error));
    FreshRun fresh(Protocol(), ChangedAt(changes, {5 * kDay, "reps", 12.0}), 6 * kDay);
    CHECK(s.Sim->StateHash() == fresh.Sim.StateHash());
    CHECK_FALSE(s.Seek(8.5, &error)); // beyond the new furthest day
    CHECK(error.find("0-8") != std::string::npos);
}

TEST_CASE("timeline: a blood test after seeking back discards the future too (it draws from the RNG)") {
    Session s;
    s.Begin(SessionStart());
    std::vector<Change> changes = DriveSession(&s);
    std::string error;
    REQUIRE(s.Seek(4.0, &error));
    s.DrawBloodTest();
    CHECK_FALSE(s.HasFuture());
    s.AdvanceDays(1.0);
    REQUIRE(s.Seek(4.5, &error));
    FreshRun fresh(Protocol(), ChangedAt(changes, {4 * kDay, "", 0.0}), 4 * kDay + kDay / 2);
    CHECK(s.Sim->StateHash() == fresh.Sim.StateHash());
    CHECK(s.History.BloodTests.size() == 1); // the one at day 4; the later ones were in the future
}

TEST_CASE("timeline: a scenario load starts a new journal, seeking stays within it") {
    Scenario overtraining;
    REQUIRE(LoadScenario("overtraining", &overtraining, nullptr));
    SessionStart start;
    start.Seed = 7;
    Session s;
    s.Begin(start);
    s.AdvanceDays(4.0);
    s.Execute({CommandType::LoadScenario, "overtraining"});
    CHECK(s.FurthestDay() == 0.0);
    s.AdvanceDays(1.5);
    s.Execute({CommandType::SetParam, "rest", 3.0});
    s.AdvanceDays(6.0);
    std::string error;
    CHECK_FALSE(s.Seek(9.0, &error)); // the days before the load are gone
    REQUIRE(s.Seek(5.0, &error));
    FreshRun fresh(overtraining.Settings, {{(int64_t)(1.5 * kDay), "rest", 3.0}}, 5 * kDay, 7);
    CHECK(s.Sim->StateHash() == fresh.Sim.StateHash());
    CheckSameHistory(s.History, fresh.History);
    CHECK(GetParam(s.Plan, *FindParam("rest")) == 3.0);
    REQUIRE(s.Seek(1.0, &error));
    CheckSameProtocol(s.Plan, overtraining.Settings);
}

TEST_CASE("timeline: seeks outside the run are refused with a message and change nothing") {
    Session s;
    s.Begin(SessionStart());
    s.AdvanceDays(2.0);
    uint64_t hash = s.Sim->StateHash();
    std::string error;
    CHECK_FALSE(s.Seek(-1.0, &error));
    CHECK(error == "days must be 0-2 (the furthest simulated day)");
    CHECK_FALSE(s.Seek(2.5, &error));
    CHECK_FALSE(s.Seek(std::nan(""), &error));
    CHECK_FALSE(s.Seek(1e300, &error));
    CHECK(s.Execute({CommandType::Seek, "", 9.0}));
    std::vector<SessionEvent> events = s.TakeEvents();
    REQUIRE(events.size() == 1);
    CHECK(events[0].Type == SessionEventType::Rejected);
    CHECK(events[0].Text == "seek: days must be 0-2 (the furthest simulated day)");
    CHECK(s.Sim->StateHash() == hash);
    CHECK(s.Execute({CommandType::Seek, "", 1.0}));
    CHECK(s.Sim->TimeDays() == doctest::Approx(1.0));
    CHECK(s.TakeEvents().empty());
}

TEST_CASE("timeline: copies stay bounded over a long run (their spacing doubles), and seeks stay exact") {
    Session s;
    s.Begin(SessionStart());
    s.AdvanceDays(200.0);
    s.Execute({CommandType::SetParam, "sessions", 6.0});
    s.AdvanceDays(200.0);
    CHECK(s.Line.CheckpointCount() <= Timeline::kMaxCheckpoints);
    CHECK(s.Line.CheckpointCount() > Timeline::kMaxCheckpoints / 4);
    std::string error;
    for (double day : {390.0, 201.5, 12.0}) {
        INFO("day ", day);
        REQUIRE(s.Seek(day, &error));
        FreshRun fresh(Protocol(), {{200 * kDay, "sessions", 6.0}}, (int64_t)(day * kDay));
        CHECK(s.Sim->StateHash() == fresh.Sim.StateHash());
        CheckSameHistory(s.History, fresh.History);
    }
}
