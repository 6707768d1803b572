// Training inputs and the contested-science switches (docs/science-background.md §3.2, §3.9),
// and the dose of one session derived from them.
#pragma once

namespace ng {

enum class BdnfTransport { Off, Weak, Strong };      // B17 (saturable transport) vs B18 (none)
enum class HumanNeurogenesis { Spalding, Sorrells }; // N1, N3, N4 vs N2
enum class ExerciseType { Resistance, Aerobic };     // aerobic: the reference of N6, B13
enum class Organism { Human, Rat, Mouse };           // survival parameters of N8, N10

struct Protocol {
    double IntensityPct = 70.0;  // % of one-repetition maximum, 40-95
    double RecoveryHours = 48.0; // between sessions, 12-168
    int SessionsPerWeek = 3;     // 0 (sedentary) - 7
    int Sets = 3;                // per exercise, 1-10
    int Reps = 10;               // per set, 1-30
    double RestMinutes = 2.0;    // between sets, 0.5-5
    double FormQuality = 0.9;    // 0-1
    double AgeYears = 30.0;      // 18-90
    BdnfTransport Transport = BdnfTransport::Weak;
    HumanNeurogenesis Neurogenesis = HumanNeurogenesis::Spalding;
    bool Irisin = true;
    bool CathepsinB = true;
    bool BlockIgf1 = false;
    bool BlockVegf = false;
    ExerciseType Exercise = ExerciseType::Resistance;
    Organism Subject = Organism::Human;
    double BdnfHalfLifeMinutes = 15.0; // B6, B8: 5-40 min
};

// G5: repetitions to failure at a load (e.g. 12.5 at 70 % 1RM), interpolated.
double RepetitionMaximum(double intensity_pct);
// Reps per set that match a load, leaving ~2 in reserve (10 at 70 %), 1-30.
int RepsForIntensity(double intensity_pct);

// One session, derived from a protocol (§3.2).
struct SessionDose {
    double Load;            // L = (I / 0.70) (sets reps / 30)
    double Stimulus;        // E = L (0.6 + 0.4 q)
    double Stress;          // S = L (1 + (1 - q)) m_rest
    double RestMultiplier;  // m_rest: 1.5 at <= 1 min rests, 1 at >= 2.5 min
    double DurationMinutes; // warm-up + sets + rests (resistance) or 45 min (aerobic)
    double RepSeconds;      // duration of one repetition
    int TotalSets;          // sets x exercises
};
SessionDose ComputeSessionDose(const Protocol& protocol);

// Threshold-like, saturating response to the stimulus: h(E) = 1.25 E^2 / (E^2 + 0.25), h(1) = 1.
double StimulusResponse(double stimulus);

// The closed-form teaching curve of docs/science-background.md §3.6: proliferation (x baseline)
// against weekly load relative to the ACSM-typical dose. Peaks at 1.29 for L = 1; 0.93 at 1.5; 0.17 at 3.
double InvertedUDrive(double weekly_load);

} // namespace ng
