#include "timeline.h"
#include "model/param_registry.h"
#include <algorithm>
#include <cmath>

namespace ng {

static const int64_t kStepsPerDay = (int64_t)(24.0 * 60.0 / kStepMinutes);

static int64_t StepOf(const Simulation& sim) {
    return sim.State().StepCount;
}

void Timeline::Begin(const Simulation& sim, const Protocol& plan) {
    m_Entries.clear();
    m_Next = 0;
    m_Checkpoints.clear();
    m_Checkpoints.push_back({sim, plan});
    m_Spacing = kStepsPerDay;
    m_Furthest = StepOf(sim);
    DropFurthestHistory();
}

int64_t Timeline::EarliestStep() const {
    return m_Checkpoints.empty() ? 0 : StepOf(m_Checkpoints.front().Model);
}

void Timeline::DropFurthestHistory() {
    m_FurthestHistory = LabHistory();
    m_HasFurthestHistory = false;
}

void Timeline::AddCheckpoint(const Simulation& sim, const Protocol& plan) {
    m_Checkpoints.push_back({sim, plan});
    if ((int)m_Checkpoints.size() <= kMaxCheckpoints) return;
    // Full: keep every other copy (and the first, the start of the timeline), twice as far apart.
    m_Spacing *= 2;
    size_t out = 1;
    for (size_t i = 1; i < m_Checkpoints.size(); i++)
        if (StepOf(m_Checkpoints[i].Model) % m_Spacing == 0) m_Checkpoints[out++] = m_Checkpoints[i];
    m_Checkpoints.resize(out);
}

void Timeline::NoteParam(const Simulation& sim, const Protocol& plan, int param, double value) {
    if ((int)m_Entries.size() >= kMaxEntries) {
        Begin(sim, plan); // the change is part of the new start; earlier days can no longer be reached
        return;
    }
    m_Entries.push_back({StepOf(sim), param, value});
    m_Next = m_Entries.size();
}

void Timeline::NoteBloodTest(const Simulation& sim, const Protocol& plan) {
    NoteParam(sim, plan, kBloodTestEntry, 0.0);
}

void Timeline::DiscardFuture(const Simulation& sim) {
    int64_t now = StepOf(sim);
    m_Entries.resize(m_Next); // every entry up to now has been applied
    while (m_Checkpoints.size() > 1 && StepOf(m_Checkpoints.back().Model) > now) m_Checkpoints.pop_back();
    m_Furthest = now;
    DropFurthestHistory();
}

void Timeline::ApplyEntries(Simulation* sim, LabHistory* history, Protocol* plan, bool add_blood_tests) {
    int64_t now = StepOf(*sim);
    while (m_Next < m_Entries.size() && m_Entries[m_Next].Step == now) {
        const TimelineEntry& e = m_Entries[m_Next++];
        if (e.Param == kBloodTestEntry) {
            BloodTestResult result = TakeBloodTest(sim); // advances the model's random stream
            if (add_blood_tests) history->AddBloodTest(result);
        } else {
            SetParam(plan, ParamAt(e.Param), e.Value); // as Session::SetParamByName did
            sim->SetProtocol(*plan);
        }
    }
}

void Timeline::Advance(int64_t steps, Simulation* sim, LabHistory* history, Protocol* plan) {
    for (int64_t i = 0; i < steps; i++) {
        // The order of a step the first time: arrive, copy, record; changes come after.
        sim->Step();
        int64_t now = StepOf(*sim);
        if (now % m_Spacing == 0 && now > StepOf(m_Checkpoints.back().Model)) AddCheckpoint(*sim, *plan);
        history->Record(*sim);
        ApplyEntries(sim, history, plan, true);
        if (now >= m_Furthest) {
            m_Furthest = now;
            if (m_HasFurthestHistory) DropFurthestHistory(); // the history is the furthest one again
        }
    }
}

void Timeline::Rebuild(int64_t step, Simulation* sim, LabHistory* history, Protocol* plan) {
    if (!m_HasFurthestHistory) {
        m_FurthestHistory = *history; // at the furthest step now
        m_HasFurthestHistory = true;
    } else {
        // The export note is about the person's last export, not about the run's time.
        int export_count = history->ExportCount, exported_days = history->ExportedDays;
        std::string exported_to = history->ExportedTo;
        *history = m_FurthestHistory;
        history->ExportCount = export_count;
        history->ExportedDays = exported_days;
        history->ExportedTo = exported_to;
    }
    double replay_hours = history->Rewind(step * kStepMinutes / 60.0);
    int64_t replay_from = std::min(step, (int64_t)std::floor(replay_hours * 60.0 / kStepMinutes + 1e-6));

    // The latest copy at or before replay_from (the first one if the timeline starts later).
    size_t c = m_Checkpoints.size() - 1;
    while (c > 0 && StepOf(m_Checkpoints[c].Model) > replay_from) c--;
    *sim = m_Checkpoints[c].Model;
    *plan = m_Checkpoints[c].Plan;
    int64_t start = StepOf(*sim);
    m_Next = std::lower_bound(m_Entries.begin(), m_Entries.end(), start,
                              [](const TimelineEntry& e, int64_t s) { return e.Step < s; }) -
             m_Entries.begin();
    // The blood tests up to step are still in the history: the replay only redraws them.
    for (;;) {
        history->Record(*sim);
        ApplyEntries(sim, history, plan, false);
        if (StepOf(*sim) >= step) break;
        sim->Step();
    }
}

void Timeline::Seek(int64_t step, Simulation* sim, LabHistory* history, Protocol* plan) {
    step = std::max(step, EarliestStep());
    int64_t now = StepOf(*sim);
    if (step == now) return;
    // A short way forward, or beyond a run that has no future: run the model on.
    if (step > now && (step - now <= kStepsPerDay || !m_HasFurthestHistory)) {
        Advance(step - now, sim, history, plan);
        return;
    }
    int64_t target = std::min(step, m_Furthest);
    Rebuild(target, sim, history, plan);
    if (step > target) Advance(step - target, sim, history, plan);
}

} // namespace ng
