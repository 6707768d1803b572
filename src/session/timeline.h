// Moving through a programme's time (issue 14, "Move through time"; docs/architecture.md §3): the
// journal of what changed the model and at which step, copies of the model along the way, and the
// lab history as it was at the furthest step reached.
//
// Restoring a step = the latest copy at or before it, then the same steps with the same changes
// again. The model is deterministic (docs/model.md, "Time base and determinism"), so its state is
// bit-identical to a fresh run with the same seed and the same changes at the same steps. The lab
// history is cut from the furthest one (LabHistory::Rewind) and refilled by a short replay.
// Memory stays bounded however long the run: at most kMaxCheckpoints copies (their spacing doubles
// as the run grows) and kMaxEntries changes (beyond that the timeline starts again from now).
#pragma once
#include "lab_history.h"
#include "model/protocol.h"
#include "model/simulation.h"
#include <cstdint>
#include <vector>

namespace ng {

constexpr int kBloodTestEntry = -1;

// One change, made when the model's step count was Step (after that step was recorded).
struct TimelineEntry {
    int64_t Step;
    int Param;    // index in the parameter registry (param_registry.h), or kBloodTestEntry
    double Value; // as SetParam stored it
};

// The model as it arrived at a step, before that step's changes, and the protocol then.
struct TimelineCheckpoint {
    Simulation Model;
    Protocol Plan;
};

// One per programme (the session's A and its compare run B). The model, history and protocol it
// drives are the session's; every call that moves time gets them.
class Timeline {
public:
    static constexpr int kMaxCheckpoints = 256;
    static constexpr int kMaxEntries = 1 << 17;

    // A new timeline from the model as it is now (a fresh run, a loaded scenario, a reset).
    void Begin(const Simulation& sim, const Protocol& plan);
    // Journals a change the session has just made at the model's current step (plan and sim are
    // already changed). Call DiscardFuture() before making it.
    void NoteParam(const Simulation& sim, const Protocol& plan, int param, double value);
    void NoteBloodTest(const Simulation& sim, const Protocol& plan);
    // Forgets the journal, copies and furthest history beyond the model's current step.
    void DiscardFuture(const Simulation& sim);

    // Steps the model forward, replaying the journal's changes it passes (after moving back),
    // recording the history after every step and keeping copies.
    void Advance(int64_t steps, Simulation* sim, LabHistory* history, Protocol* plan);
    // Brings the programme to step (at least EarliestStep()): back or forward within the run, or
    // on beyond the furthest step by running the model.
    void Seek(int64_t step, Simulation* sim, LabHistory* history, Protocol* plan);

    int64_t EarliestStep() const;
    int64_t FurthestStep() const { return m_Furthest; }
    int EntryCount() const { return (int)m_Entries.size(); }
    int CheckpointCount() const { return (int)m_Checkpoints.size(); }

private:
    void AddCheckpoint(const Simulation& sim, const Protocol& plan);
    // The changes journalled at the model's current step; blood tests reach the history if asked.
    void ApplyEntries(Simulation* sim, LabHistory* history, Protocol* plan, bool add_blood_tests);
    // Back (or far forward) within the run: the furthest history cut at step, a replay from a copy.
    void Rebuild(int64_t step, Simulation* sim, LabHistory* history, Protocol* plan);
    void DropFurthestHistory();

    std::vector<TimelineEntry> m_Entries; // in step order
    size_t m_Next = 0;                    // the first entry not applied to the model yet
    std::vector<TimelineCheckpoint> m_Checkpoints;
    int64_t m_Spacing = 0; // steps between copies (a day, doubling)
    int64_t m_Furthest = 0;
    // The history at m_Furthest, kept while the model is behind it.
    LabHistory m_FurthestHistory;
    bool m_HasFurthestHistory = false;
};

} // namespace ng
