// The molecules as particles: simulated on the CPU (deterministic for a seed), stored as
// structure-of-arrays, emitted only from the model's amounts (SceneInputs), never as decoration.
//
// What one particle stands for (ParticleQuanta) is chosen per species from the resting release
// rate, the time speed and the particle budget, so that a resting body shows about the same
// number of particles at every speed and budget; it is rounded to 1-2-5 steps and shown in the
// legend, and every emission divides the model's amount by exactly that value.
// Paths: muscle fibres -> interstitial gaps -> vessel (release from the working muscle); vessel
// inlet (appearance elsewhere in the body); vessel -> barrier -> brain -> subgranular zone
// (crossing, as SpeciesInfo::Crossing says); a species that binds the wall fades there; everything
// else leaves at the vessel's far end.
#pragma once
#include "scene_inputs.h"
#include "scene_math.h"
#include <cstdint>
#include <vector>

namespace ng {

enum class ParticlePhase : uint8_t {
    Seeping,  // from a muscle fibre towards the vessel
    Lumen,    // riding the blood flow
    Docking,  // moving to the barrier wall to cross
    Crossing, // through the endothelium (in a vesicle for SpeciesCrossing::Vesicle)
    Brain,    // drifting towards the subgranular zone
    Binding,  // arrived: binds and fades
    WallBound // bound to the endothelium (SpeciesCrossing::Wall): fades
};

struct ParticleQuanta {
    bool Valid = false;
    double Plasma[kSpeciesCount] = {}; // species unit per particle (released or carried)
    double Crossing = 0.0;             // minutes of IGF-1's resting transport per particle
};

// A factor that reached the progenitors this frame (the hippocampus lights the nearest one).
struct ParticleArrival {
    int Species;
    float X, Y;
};

class ParticleSystem {
public:
    void Reset(uint64_t seed);
    // Live particles at most. Changing it rescales the quanta (and thins or fills the blood).
    void SetBudget(int budget);
    int Budget() const { return MaxParticles; }

    // One frame: rescale quanta for the speed, emit the interval's amounts, move everything by the
    // wall-clock dt (pass 0 while paused: nothing moves).
    void Update(const SceneInputs& in, double sim_seconds_per_real_second, double real_dt);

    int Count() const { return (int)X.size(); }
    const ParticleQuanta& Quanta() const { return Quanta_; }
    const std::vector<ParticleArrival>& Arrivals() const { return ArrivalList; }
    // Emitted this frame, per species (tests): from the muscle, the inlet, crossings.
    int EmittedMuscle(int species) const { return FrameMuscle[species]; }
    int EmittedInlet(int species) const { return FrameInlet[species]; }
    int EmittedCrossing(int species) const { return FrameCrossing[species]; }
    int Dropped() const { return DroppedTotal; } // not emitted because the budget was full

    // Per-instance data for the GPU: x, y, radius, code (species + kVesicleCode in a vesicle, alpha
    // in the fraction).
    void FillInstances(std::vector<float>* out) const;
    static constexpr int kVesicleCode = 64; // shaders/particle.frag reads it from the prelude
    static_assert(kSpeciesCount < kVesicleCode, "the particle code holds the species below kVesicleCode");

    // Flow and geometry of the picture (the flow's speed: world_layout.h).
    static constexpr float kTransitSeconds = 26.0f;    // vessel inlet to outlet at kFlowSpeed
    static constexpr float kCrossingsPerSecond = 0.7f; // IGF-1 at rest, at every speed
    // A resting body shows SpeciesInfo::RestCount particles of each species at kFullBudget; budgets
    // below it scale them down; SetDensity() scales them for benchmarks.
    static constexpr int kFullBudget = 3000;
    static constexpr float kRadius = 0.62f; // world units (a red cell is 2.7)
    void SetDensity(float density) { Density = density > 0.0f ? density : 1.0f; }

    // Quanta for a speed and budget (exposed for tests).
    static ParticleQuanta ComputeQuanta(const SceneInputs& in, double sim_seconds_per_real_second, int budget,
                                        float density = 1.0f);
    static double RoundToSteps(double value); // 1-2-5 steps: 0.013 -> 0.01, 0.034 -> 0.05

    // Structure of arrays.
    std::vector<float> X, Y, Aux, Age, Vx, Vy, TargetX, TargetY;
    std::vector<uint8_t> Species, Phase;

private:
    int Spawn(int species, ParticlePhase phase, float x, float y);
    void Remove(int index);
    void EmitMuscle(int species, int count, const SceneInputs& in);
    void EmitInlet(int species, int count, bool spread);
    void StartCrossing(int species);
    void Rescale(const ParticleQuanta& old_quanta);
    void Prefill(const SceneInputs& in, double sim_minutes_per_second);
    void Move(float dt, const SceneInputs& in);

    SceneRandom Rng;
    int MaxParticles = 3000;
    float Density = 1.0f;
    ParticleQuanta Quanta_;
    double Carry[3][kSpeciesCount] = {}; // fractional particles not yet emitted
    int FrameMuscle[kSpeciesCount] = {}, FrameInlet[kSpeciesCount] = {}, FrameCrossing[kSpeciesCount] = {};
    int DroppedTotal = 0;
    bool Filled = false;
    std::vector<ParticleArrival> ArrivalList;
};

} // namespace ng
