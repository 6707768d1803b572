// The physiology simulation: training -> muscle -> plasma -> blood-brain barrier -> trophic state
// -> progenitor pools -> readouts (docs/model.md; its modelling choices: docs/science-background.md
// §3). Fixed steps of one simulated minute (fast module) with the slow module every hour;
// deterministic for a seed and bit-identical on every platform (det_math.h).
//
//   Simulation sim(protocol, seed);
//   sim.Advance(24.0 * 7);              // one week
//   double bdnf = sim.SerumBdnf();     // or ReadoutValue(sim, i), readouts.h
#pragma once
#include "model_parameters.h"
#include "protocol.h"
#include "rng.h"
#include "species.h"

#include <cstdint>

namespace ng {

constexpr double kNoSession = 1e30; // time (minutes) of a session that is not scheduled

// Every state variable. All members are 8 bytes wide (no padding), so StateHash() hashes bytes.
// Times are minutes since the start; pools are as named in docs/model.md.
struct ModelState {
    int64_t StepCount; // minutes simulated
    // Schedule: `SessionsPerWeek` sessions `RecoveryHours` apart from each week's start.
    double WeekStart;
    double NextSessionStart; // kNoSession when sedentary
    double SessionStart;     // the last session that began (kNoSession before the first)
    double SessionEnd;
    int64_t SessionsThisWeek;
    int64_t SessionsDone;
    // The last session, frozen when it began (slider moves apply from the next session).
    int64_t SessionAerobic;
    int64_t SessionSets; // per exercise
    int64_t SessionReps;
    int64_t SessionTotalSets;
    double SessionIntensity; // fraction of 1RM
    double SessionRestMinutes;
    double SessionRepSeconds;
    double SessionLoad;     // L
    double SessionStimulus; // E
    double SessionStress;   // S
    // Rise of each plasma target while the session runs (so each peaks at its §3.3 value).
    double DriveBdnf;
    double DriveLactate;
    double DriveCortisol;
    double DriveIl6;
    double DriveVegf;
    double DriveCentral; // raw central trophic input while the session runs
    // Fast plasma pools.
    double PlasmaBdnf;     // free, x rest
    double Lactate;        // mmol/L
    double Cortisol;       // nmol/L
    double Il6;            // pg/mL
    double Vegf;           // pg/mL
    double FreeIgf1;       // ng/L
    double Fatigue;        // F, session-stress units
    double AcuteCognition; // z, fades within hours (C6)
    // Resting levels that training and strain move (updated hourly).
    double CortisolRest;
    double VegfRest;
    // Slow pools.
    double TotalIgf1;           // ng/mL
    double TrainingLoad;        // W: sessions (x E / E_ref) with a 28-day memory
    double Strain;              // Z
    double Damage;              // muscle micro-damage, session-load units
    double HighStrainDays;      // days in a row with Z above kStrainHigh
    double Irisin;              // ng/mL
    double CathepsinB;          // x rest
    double Trophic;             // T
    double Cortisol24h;         // 24-h mean cortisol
    double Vegf4wk;             // 4-week mean plasma VEGF
    double Progenitors;         // P
    double ImmatureEarly;       // N, first half (neuroblasts)
    double ImmatureLate;        // N, second half (growing dendrites)
    double MatureNew;           // M: adult-born neurons matured since the start, alive
    double NewNeuronsTotal;     // all that matured since the start
    double CellsBornTotal;      // all new young neurons (P -> N) since the start
    double ProgenitorsLow;      // P with the low and high proliferation gain (uncertainty band)
    double ProgenitorsHigh;     // (docs/model.md, "Uncertainty band")
    double LabelledProgenitors; // a BrdU-labelled cohort (InjectBrdU)
    double LabelledImmatureEarly;
    double LabelledImmatureLate;
    double LabelledMature;
    double MuscleSize;          // x start
    double Strength;            // x start
    double CognitionNeurogenic; // 60-day mean of N / N_baseline - 1
    double CognitionPlasticity; // 60-day mean of T - 1 - inflammation
    // Raw trophic inputs, mean over the last hour (§3.4).
    double InputCentral;
    double InputIgf1;
    double InputLactate;
    double InputBdnf;
    // Sums over the current hour.
    double SumCentral;
    double SumIgf1;
    double SumLactate;
    double SumBdnf;
    double SumCortisol;
    double SumVegf;
    int64_t SubStep;
    Rng Random; // lab draws only; the dynamics themselves are deterministic
};

// Rates and levels for the particle picture at one moment.
struct Fluxes {
    double Release[kSpeciesCount];     // appearance in plasma, SpeciesInfo::Unit per minute
    double ReleaseRest[kSpeciesCount]; // the same for a sedentary person at rest
    double Crossing[kSpeciesCount];    // into the brain, x resting rate with default settings
    double PlasmaLevel[kSpeciesCount]; // x rest: the plasma level / its resting level
    double BarrierLeak;                // inflammation loosening tight junctions (0 = intact)
    double VegfAtNiche;                // plasma VEGF acting on the endothelium, x rest (0 if blocked)
    double Angiogenesis;               // 0..1, sustained VEGF effect (capillary sprouting)
    double Divisions;                  // cells/day entering the progenitor pool
    double Differentiations;           // progenitor -> immature neuron, cells/day
    double Migrations;                 // early -> late immature neuron, cells/day
    double Maturations;                // immature -> mature new neuron, cells/day
    double ProgenitorDeaths;           // cells/day
    double ImmatureDeaths;             // cells/day
    double MatureDeaths;               // cells/day
};

enum class SessionPart { None, WarmUp, Lifting, Resting, Aerobic };

// What the muscle is doing at one instant (for the animation).
struct SessionPhase {
    SessionPart Part;
    bool InSession;
    int Exercise;       // 0 .. kExercisesPerSession - 1
    int Set;            // within the exercise
    int Rep;            // within the set
    double Contraction; // 0 relaxed .. 1 fully shortened
    double Force;       // 0..1, follows intensity
    double Progress;    // 0..1 through the session
};

// One blood test / cognitive test with measurement noise (§0.7, §3.7).
struct LabTest {
    double SerumBdnf;       // ng/mL, another person: the spread between people (Naegelin 2018)
    double SerumBdnfRetest; // ng/mL, you tested again: assay variation only (Polacchini 2015)
    double TotalIgf1;       // ng/mL
    double CognitiveZ;
};

enum class TrainingStatus { Fresh, FunctionalOverreaching, NonFunctionalOverreaching, OvertrainingSyndrome };

class Simulation {
public:
    explicit Simulation(const Protocol& protocol = Protocol(), uint64_t seed = 1);

    void Step(); // one kStepMinutes step
    void Advance(double hours);
    void SetProtocol(const Protocol& protocol); // mid-run; the running session keeps its plan
    void Reset();                               // time 0, sedentary steady state, same seed
    void Reset(uint64_t seed);
    void InjectBrdU(); // labels the cells dividing in the next ~2 h (pulse-chase experiments)

    const Protocol& GetProtocol() const { return m_Protocol; }
    uint64_t Seed() const { return m_Seed; }
    const ModelState& State() const { return m_State; }
    double TimeHours() const { return m_State.StepCount * kStepMinutes / 60.0; }
    double TimeDays() const { return m_State.StepCount * kStepMinutes / 1440.0; }
    uint64_t StateHash() const;

    Fluxes GetFluxes() const;
    SessionPhase PhaseAt(double time_hours) const;
    bool InSession() const;
    LabTest DrawLabTest(); // advances the seeded RNG

    // Derived readouts (all are in readouts.h by name).
    double SerumBdnf() const;
    double InflammationIndex() const;
    double TrainingIndex() const;
    double ProliferationMultiplier() const; // progenitor divisions, x sedentary baseline
    double Divisions() const;               // cells/day
    double NewNeuronsPerDay() const;        // new neurons matured (N -> M), cells/day
    double CellsBornPerDay() const;         // new young neurons born (P -> N), cells/day
    // Cells born vs a sedentary person, % (the headline effect), and its band from the documented
    // range of the proliferation gain (docs/model.md): band < 0 low, 0 central, > 0 high.
    double CellsBornVsSedentaryPct(int band = 0) const;
    double ImmatureNeurons() const;
    double CognitiveIndex() const;
    TrainingStatus Status() const;
    double BaselineNewNeuronsPerDay() const; // for this age, organism and neurogenesis setting
    double BaselineCellPool() const { return m_Coef.ProgenitorsBaseline + m_Coef.ImmatureBaseline; } // P + N
    // Delay of the two immature stages without deaths, 2 / (2 k_mat), in days: 265 in the human
    // preset, 21 rat, 28 mouse (kMaturationDays*, docs/model.md "Human maturation").
    double MaturationDays() const { return 2.0 / m_Coef.StageRate; }

private:
    struct Coefficients {
        double BdnfDecay, LactateDecay, CortisolDecay, Il6Decay, VegfDecay, FreeIgf1Decay;
        double FatigueDecay, AcuteCognitionDecay;
        double TrophicDecay, CortisolWindowDecay, VegfWindowDecay, Igf1PoolDecay, TrainingDecay;
        double StrainDecay, DamageDecay, MyokineDecay, HypertrophyDecay, StrengthDecay, CognitionDecay;
        double Proliferation0, DifferentiationRate, ProgenitorDeath, StageRate, ImmatureDeath, MatureDeath;
        double ProgenitorsBaseline, ImmatureBaseline;
        double Igf1Baseline, FreeFraction, FreeIgf1Baseline, Igf1ChronicGain;
        double CoefCentral, CoefIgf1, CoefLactate, CoefBdnf, CoefIrisin, CoefCathepsinB;
        double MyokineFactor, CentralFactor, MuscleFactor, SerumChronic, NeurogenicShare;
        double ExercisePermission; // 0 when circulating IGF-1 or peripheral VEGF is blocked
        double GainScaleLow, GainScaleHigh;
    };

    void UpdateCoefficients();
    void SetSteadyState();
    void ScheduleNextSession();
    void BeginSession(double start);
    void SlowStep();
    double NeurogenicTrophic() const; // T as the progenitor niche sees it (gated by I14, V7)
    double VascularFactor() const;
    double StressFactor() const;
    double ProliferationMultiplier(double gain_scale) const;
    double SurvivalFactor() const;

    Protocol m_Protocol;
    uint64_t m_Seed;
    ModelState m_State;
    Coefficients m_Coef;
};

} // namespace ng
