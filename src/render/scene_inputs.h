// Everything the scene reads from the model, behind one small adapter: the rest of the
// renderer sees only SceneInputs, so it can be driven by synthetic inputs in tests and only
// scene_inputs.cpp changes when the model's API does.
#pragma once
#include "model/species.h"

namespace ng {

class Simulation;

struct SceneInputs {
    bool Valid = false;           // false: no model; the stations are drawn at rest
    double TimeHours = 0.0;       // simulated time drawn
    double IntervalMinutes = 0.0; // simulated minutes since the previous frame (0 while paused)

    // Muscle.
    bool InSession = false;
    bool Lifting = false;         // a set is under way (not warm-up, rest between sets or aerobic)
    float Contraction = 0.0f;     // 0 relaxed .. 1 shortened; averaged when reps outpace frames
    float Force = 0.0f;           // 0..1, follows intensity
    float SessionActivity = 0.0f; // share of the interval spent in a session
    int Exercise = 0, Set = 0, Rep = 0;
    float MuscleSize = 1.0f;   // x start (hypertrophy)
    float Damage = 0.0f;       // micro-damage, session-load units (poor form, overload)
    float Inflammation = 0.0f; // inflammatory index (0 healthy, ~1 overtrained)

    // Plasma, per species (model/species.h order).
    float PlasmaRelative[kSpeciesCount] = {}; // level / resting level
    float ReleaseRest[kSpeciesCount] = {};    // resting appearance, species unit per minute
    const char* Unit[kSpeciesCount] = {};     // the model's plasma unit ("mmol/L", "x rest")

    // Barrier.
    float BarrierLeak = 0.0f;  // 0 intact .. 1 loose tight junctions
    float VegfAtNiche = 1.0f;  // plasma VEGF acting on the endothelium, x rest (0 if blocked)
    float Angiogenesis = 0.0f; // 0..1 sustained VEGF effect (sprout length)

    // Hippocampus, cells per hippocampus.
    double Progenitors = 0.0, ImmatureEarly = 0.0, ImmatureLate = 0.0, MatureNew = 0.0;
    double CellsBornTotal = 0.0;  // new young neurons born since the start (weeks ahead of maturing)
    double NewNeuronsTotal = 0.0; // matured since the start
    double NewNeuronsPerDay = 0.0;
    double BaselineNewNeuronsPerDay = 0.0;
    double BaselineCellPool = 0.0; // progenitors + young neurons of a sedentary person (drawing scale)
    double MaturationDays = 28.0;  // the model's maturation delay: weeks in rodents, months in humans

    // Amounts over the interval: exact integrals of the model's rates, step by step.
    double ReleasedMuscle[kSpeciesCount] = {};    // leaving the working muscle, species unit
    double ReleasedElsewhere[kSpeciesCount] = {}; // entering plasma elsewhere in the body
    double Crossed[kSpeciesCount] = {};           // into the brain, "IGF-1 resting minutes"
    double Divisions = 0.0, Differentiations = 0.0, Migrations = 0.0, Maturations = 0.0;
    double ProgenitorDeaths = 0.0, ImmatureDeaths = 0.0;
};

// The model at one moment (no amounts: IntervalMinutes is 0).
SceneInputs ReadSceneInputs(const Simulation& sim, double render_time_hours);

// Reads the model once per frame and integrates the rates over the simulated interval since the
// previous frame. At fast speeds a frame spans many model steps (a whole session may fall between
// two frames), so it replays a copy of the model from the previous frame's state, step by step.
class SceneInputReader {
public:
    SceneInputReader();
    ~SceneInputReader();
    SceneInputReader(const SceneInputReader&) = delete;
    SceneInputReader& operator=(const SceneInputReader&) = delete;

    const SceneInputs& Read(const Simulation& sim, double render_time_hours);
    void Forget(); // the next Read() starts afresh (no amounts)

    // Longer jumps (e.g. "advance 30 days") are not replayed: the picture resynchronises.
    static constexpr int kMaxReplaySteps = 6000;

private:
    Simulation* Replay = nullptr; // the model as it was at the previous frame
    double LastMinute = 0.0;      // render time of the previous frame, minutes
    SceneInputs Inputs;
};

} // namespace ng
