// What the simulation shows: derived readouts, fluxes for the particles, the muscle's phase
// inside a session, lab draws with noise, and the state hash.
#include "simulation.h"

#include "det_math.h"

#include <cmath>
#include <cstring>
#include <type_traits>

namespace ng {

static_assert(std::is_trivially_copyable<ModelState>::value, "ModelState is hashed as bytes");
static_assert(sizeof(ModelState) % 8 == 0, "ModelState holds 8-byte members only");

static double Max0(double x) {
    return x > 0.0 ? x : 0.0;
}

double Simulation::InflammationIndex() const {
    return kStrainInflammation * m_State.Strain + kDamageInflammation * m_State.Damage;
}

double Simulation::TrainingIndex() const {
    double full = kTrainingFullSessionsPerWeek * kTrainingTauDays / 7.0;
    double index = m_State.TrainingLoad / full;
    return index < 1.0 ? index : 1.0;
}

double Simulation::NeurogenicTrophic() const {
    return 1.0 + Max0(m_State.Trophic - 1.0) * m_Coef.ExercisePermission;
}

// G_vasc (§3.5): Michaelis-Menten on the 4-week mean plasma VEGF above rest.
double Simulation::VascularFactor() const {
    double excess = Max0(m_State.Vegf4wk / kVegfRest - 1.0) * m_Coef.ExercisePermission;
    return 1.0 + kVascularGain * excess / (kVascularHalfRise + excess);
}

// Phi_stress (§3.5): sustained cortisol excess and inflammation suppress proliferation.
double Simulation::StressFactor() const {
    double excess = Max0(m_State.Cortisol24h - kCortisolRest) / kCortisolHalfSuppression;
    return 1.0 / (1.0 + excess * excess) / (1.0 + InflammationIndex());
}

// Psi (§3.5): multiplies the death rate of immature neurons.
double Simulation::SurvivalFactor() const {
    return (1.0 + InflammationIndex()) / (1.0 + kSurvivalTrophic * (NeurogenicTrophic() - 1.0));
}

double Simulation::ProliferationMultiplier() const {
    return ProliferationMultiplier(1.0);
}

// The same with the exercise-induced gain g scaled (the uncertainty band, docs/model.md).
double Simulation::ProliferationMultiplier(double gain_scale) const {
    double x = NeurogenicTrophic() - 1.0;
    double prolif = 1.0 + gain_scale * kProliferationGain * x / (kProliferationHalfRise + x);
    return prolif * VascularFactor() * StressFactor();
}

double Simulation::Divisions() const {
    return m_Coef.Proliferation0 * ProliferationMultiplier();
}

double Simulation::NewNeuronsPerDay() const {
    return m_Coef.StageRate * m_State.ImmatureLate;
}

double Simulation::CellsBornPerDay() const {
    return m_Coef.DifferentiationRate * m_State.Progenitors;
}

double Simulation::CellsBornVsSedentaryPct(int band) const {
    double baseline = m_Coef.ProgenitorsBaseline;
    if (!(baseline > 0.0)) return 0.0; // the Sorrells setting: no neurogenesis to compare
    double p = band < 0 ? m_State.ProgenitorsLow : band > 0 ? m_State.ProgenitorsHigh : m_State.Progenitors;
    return 100.0 * (p / baseline - 1.0);
}

double Simulation::ImmatureNeurons() const {
    return m_State.ImmatureEarly + m_State.ImmatureLate;
}

double Simulation::SerumBdnf() const {
    const ModelState& s = m_State;
    double chronic = 1.0 + m_Coef.SerumChronic * TrainingIndex();
    double dip = 1.0 - kSerumStrainDip * s.Strain / (1.0 + s.Strain);
    return kSerumBdnfRest * chronic * dip * (1.0 + kSerumToPlasmaRise * (s.PlasmaBdnf - 1.0));
}

// Slow part: x = 1 at the 6-month reference programme gives kCognitionEffect (C1); larger inputs
// saturate towards kCognitionCap (§3.7) instead of growing without bound.
double Simulation::CognitiveIndex() const {
    const ModelState& s = m_State;
    double share = m_Coef.NeurogenicShare;
    double x = share * s.CognitionNeurogenic / kCognitionRefNeurogenic +
               (1.0 - share) * s.CognitionPlasticity / kCognitionRefPlasticity;
    double half = kCognitionCap / kCognitionEffect - 1.0;
    double slow = kCognitionCap * x / ((x < 0.0 ? -x : x) + half);
    return slow + s.AcuteCognition;
}

TrainingStatus Simulation::Status() const {
    const ModelState& s = m_State;
    if (s.HighStrainDays >= kOvertrainingDays) return TrainingStatus::OvertrainingSyndrome;
    if (s.HighStrainDays >= kNonFunctionalDays) return TrainingStatus::NonFunctionalOverreaching;
    if (s.Strain >= kStrainFunctional) return TrainingStatus::FunctionalOverreaching;
    return TrainingStatus::Fresh;
}

bool Simulation::InSession() const {
    double t = m_State.StepCount * kStepMinutes;
    return t >= m_State.SessionStart && t < m_State.SessionEnd;
}

Fluxes Simulation::GetFluxes() const {
    const ModelState& s = m_State;
    const Coefficients& c = m_Coef;
    Fluxes f = {};
    const double in_session = InSession() ? 1.0 : 0.0;
    const double t = s.StepCount * kStepMinutes;
    const bool active = t >= s.SessionStart && t < s.SessionEnd + kActivityWindowHours * 60.0;
    const double activity = active ? 1.0 : kActivityRest;
    const double inflammation = InflammationIndex();

    // Per species: appearance in plasma = clearance rate x the level the pool is heading for (and
    // the same at rest); crossing into the brain, x the resting rate with default settings; the
    // plasma level relative to rest.
    auto rate = [](double half_life) { return kLn2 / half_life; };
    const double bdnf_weight = m_Protocol.Transport == BdnfTransport::Off ? 0.0
                               : m_Protocol.Transport == BdnfTransport::Weak
                                   ? 1.0
                                   : kWeightBdnfStrong / kWeightBdnfWeak;
    for (int i = 0; i < kSpeciesCount; i++) {
        switch ((Species)i) {
        case Species::Bdnf:
            f.Release[i] = rate(m_Protocol.BdnfHalfLifeMinutes) * (1.0 + s.DriveBdnf * in_session);
            f.ReleaseRest[i] = rate(m_Protocol.BdnfHalfLifeMinutes);
            f.Crossing[i] =
                bdnf_weight * (kBdnfTransportKm + 1.0) * s.PlasmaBdnf / (kBdnfTransportKm + s.PlasmaBdnf);
            f.PlasmaLevel[i] = s.PlasmaBdnf;
            break;
        case Species::Igf1:
            f.Release[i] = rate(kIgf1FreeHalfLife) * s.FreeIgf1;
            f.ReleaseRest[i] = rate(kIgf1FreeHalfLife) * c.FreeIgf1Baseline;
            f.Crossing[i] = activity * s.FreeIgf1 / (kActivityRest * c.FreeIgf1Baseline);
            f.PlasmaLevel[i] = c.FreeIgf1Baseline > 0.0 ? s.FreeIgf1 / c.FreeIgf1Baseline : 1.0;
            break;
        case Species::Vegf:
            f.Release[i] = rate(kVegfHalfLife) * (s.VegfRest + s.DriveVegf * in_session);
            f.ReleaseRest[i] = rate(kVegfHalfLife) * kVegfRest;
            f.Crossing[i] = 0.0; // acts at the vessel wall (V8)
            f.PlasmaLevel[i] = s.Vegf / kVegfRest;
            break;
        case Species::Lactate:
            f.Release[i] = rate(kLactateHalfLife) * (kLactateRest + s.DriveLactate * in_session);
            f.ReleaseRest[i] = rate(kLactateHalfLife) * kLactateRest;
            f.Crossing[i] =
                s.Lactate / (kLactateTransportKm + s.Lactate) * (kLactateTransportKm + kLactateRest);
            f.PlasmaLevel[i] = s.Lactate / kLactateRest;
            break;
        case Species::Cortisol:
            f.Release[i] = rate(kCortisolHalfLife) * (s.CortisolRest + s.DriveCortisol * in_session);
            f.ReleaseRest[i] = rate(kCortisolHalfLife) * kCortisolRest;
            f.Crossing[i] = s.Cortisol / kCortisolRest;
            f.PlasmaLevel[i] = s.Cortisol / kCortisolRest;
            break;
        case Species::Il6:
            f.Release[i] = rate(kIl6HalfLife) * (kIl6Rest + s.DriveIl6 * in_session);
            f.ReleaseRest[i] = rate(kIl6HalfLife) * kIl6Rest;
            f.Crossing[i] = 0.0;
            f.PlasmaLevel[i] = s.Il6 / kIl6Rest;
            break;
        case Species::Cytokines:
            f.Release[i] = rate(kCytokineHalfLife) * (1.0 + inflammation);
            f.ReleaseRest[i] = rate(kCytokineHalfLife);
            f.Crossing[i] = (1.0 + inflammation) * (1.0 + inflammation);
            f.PlasmaLevel[i] = 1.0 + inflammation;
            break;
        case Species::Count:
            break;
        }
    }
    f.BarrierLeak = inflammation;
    f.VegfAtNiche = m_Protocol.BlockVegf ? 0.0 : s.Vegf / kVegfRest;
    f.Angiogenesis = (VascularFactor() - 1.0) / kVascularGain;

    const double leave_n = c.ImmatureDeath * SurvivalFactor();
    f.Divisions = Divisions();
    f.Differentiations = c.DifferentiationRate * s.Progenitors;
    f.Migrations = c.StageRate * s.ImmatureEarly;
    f.Maturations = c.StageRate * s.ImmatureLate;
    f.ProgenitorDeaths = c.ProgenitorDeath * s.Progenitors;
    f.ImmatureDeaths = leave_n * (s.ImmatureEarly + s.ImmatureLate);
    f.MatureDeaths = c.MatureDeath * s.MatureNew;
    return f;
}

// 0 relaxed -> 1 shortened in the concentric 40 % of a repetition, back in the eccentric 60 %.
static double RepContraction(double phase) {
    auto smooth = [](double x) { return x * x * (3.0 - 2.0 * x); };
    return phase < 0.4 ? smooth(phase / 0.4) : 1.0 - smooth((phase - 0.4) / 0.6);
}

SessionPhase Simulation::PhaseAt(double time_hours) const {
    const ModelState& s = m_State;
    SessionPhase phase = {};
    double t = time_hours * 60.0;
    if (!(t >= s.SessionStart && t < s.SessionEnd)) return phase;
    phase.InSession = true;
    phase.Progress = (t - s.SessionStart) / (s.SessionEnd - s.SessionStart);
    double elapsed = t - s.SessionStart;
    double rep_minutes = s.SessionRepSeconds / 60.0;
    if (s.SessionAerobic) {
        double cycles = elapsed / rep_minutes;
        phase.Part = SessionPart::Aerobic;
        phase.Rep = (int)cycles;
        phase.Contraction = RepContraction(cycles - std::floor(cycles));
        phase.Force = kAerobicForce;
        return phase;
    }
    if (elapsed < kWarmupMinutes) {
        double cycles = elapsed / (1.5 * rep_minutes);
        phase.Part = SessionPart::WarmUp;
        phase.Rep = (int)cycles;
        phase.Contraction = RepContraction(cycles - std::floor(cycles));
        phase.Force = 0.3 * s.SessionIntensity;
        return phase;
    }
    elapsed -= kWarmupMinutes;
    double work = s.SessionReps * rep_minutes;
    double block = work + s.SessionRestMinutes;
    int64_t set = (int64_t)(elapsed / block);
    if (set >= s.SessionTotalSets) set = s.SessionTotalSets - 1;
    double in_set = elapsed - set * block;
    phase.Exercise = (int)(set / s.SessionSets);
    phase.Set = (int)(set % s.SessionSets);
    if (in_set < work) {
        double reps = in_set / rep_minutes;
        phase.Part = SessionPart::Lifting;
        phase.Rep = (int)reps;
        phase.Contraction = RepContraction(reps - std::floor(reps));
        phase.Force = s.SessionIntensity;
    } else {
        phase.Part = SessionPart::Resting;
        phase.Rep = (int)s.SessionReps - 1;
    }
    return phase;
}

LabTest Simulation::DrawLabTest() {
    Rng& rng = m_State.Random;
    LabTest test;
    test.SerumBdnf = Max0(SerumBdnf() + kSerumBdnfSd * rng.NextNormal());
    test.TotalIgf1 = Max0(m_State.TotalIgf1 * (1.0 + kIgf1MeasurementCv * rng.NextNormal()));
    test.CognitiveZ = CognitiveIndex() + kCognitionTestSd * rng.NextNormal();
    test.SerumBdnfRetest = Max0(SerumBdnf() * (1.0 + kSerumBdnfRetestCv * rng.NextNormal()));
    return test;
}

// FNV-1a over the state's bytes (Box2D-style determinism check).
uint64_t Simulation::StateHash() const {
    unsigned char bytes[sizeof(ModelState)];
    std::memcpy(bytes, &m_State, sizeof(ModelState));
    uint64_t hash = 14695981039346656037ull;
    for (unsigned char b : bytes) {
        hash ^= b;
        hash *= 1099511628211ull;
    }
    return hash;
}

} // namespace ng
