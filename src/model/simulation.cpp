// The model's dynamics: schedule, fast plasma module (every minute) and slow module (every hour).
#include "simulation.h"

#include "det_math.h"
#include "param_registry.h"

namespace ng {

static double Clamp01(double x) {
    return x < 0.0 ? 0.0 : x > 1.0 ? 1.0 : x;
}
static double Max0(double x) {
    return x > 0.0 ? x : 0.0;
}

Simulation::Simulation(const Protocol& protocol, uint64_t seed) : m_Protocol(SanitizeProtocol(protocol)) {
    Reset(seed);
}

void Simulation::Reset() {
    Reset(m_Seed);
}

void Simulation::Reset(uint64_t seed) {
    m_Seed = seed;
    m_State = ModelState();
    m_State.Random.Seed(seed);
    m_State.SessionStart = kNoSession;
    m_State.SessionEnd = kNoSession;
    UpdateCoefficients();
    SetSteadyState();
    ScheduleNextSession();
}

void Simulation::SetProtocol(const Protocol& protocol) {
    m_Protocol = SanitizeProtocol(protocol);
    UpdateCoefficients();
    ScheduleNextSession();
}

void Simulation::UpdateCoefficients() {
    const Protocol& p = m_Protocol;
    Coefficients& c = m_Coef;
    const double hour = kSlowStepEvery * kStepMinutes / 60.0;
    const bool aerobic = p.Exercise == ExerciseType::Aerobic;
    double age_factor = Clamp01((p.AgeYears - 30.0) / 40.0); // 0 at <= 30 y, 1 at >= 70 y

    c.BdnfDecay = HalfLifeFactor(kStepMinutes, p.BdnfHalfLifeMinutes);
    c.LactateDecay = HalfLifeFactor(kStepMinutes, kLactateHalfLife);
    c.CortisolDecay = HalfLifeFactor(kStepMinutes, kCortisolHalfLife);
    c.Il6Decay = HalfLifeFactor(kStepMinutes, kIl6HalfLife);
    c.VegfDecay = HalfLifeFactor(kStepMinutes, kVegfHalfLife);
    c.FreeIgf1Decay = HalfLifeFactor(kStepMinutes, kIgf1FreeHalfLife);
    double fatigue_tau = kFatigueTauHours * (1.0 + kFatigueTauAgeGain * age_factor +
                                             kFatigueTauFormGain * (1.0 - p.FormQuality));
    c.FatigueDecay = DecayFactor(kStepMinutes, fatigue_tau * 60.0);
    c.AcuteCognitionDecay = DecayFactor(kStepMinutes, kCognitionAcuteTauHours * 60.0);

    c.TrophicDecay = DecayFactor(hour, kTrophicTauHours);
    c.CortisolWindowDecay = DecayFactor(hour, kCortisolWindowHours);
    c.VegfWindowDecay = DecayFactor(hour, kVegfWindowDays * 24.0);
    c.Igf1PoolDecay = DecayFactor(hour, kIgf1PoolTau * 24.0);
    c.TrainingDecay = DecayFactor(hour, kTrainingTauDays * 24.0);
    c.StrainDecay = DecayFactor(hour, kStrainTauDays * 24.0);
    c.DamageDecay = DecayFactor(hour, kDamageTauHours);
    c.MyokineDecay = DecayFactor(hour, kMyokineTau * 24.0);
    c.HypertrophyDecay = DecayFactor(hour, kHypertrophyTauDays * 24.0);
    c.StrengthDecay = DecayFactor(hour, kStrengthTauDays * 24.0);
    c.CognitionDecay = DecayFactor(hour, kCognitionTauDays * 24.0);

    // Cell pools: P -> two immature stages -> M; the baseline fixes p0 (N1).
    double maturation_days = kMaturationDaysHuman;
    c.ProgenitorDeath = kProgenitorDeathHuman;
    c.ImmatureDeath = kImmatureDeathHuman;
    if (p.Subject == Organism::Rat) {
        maturation_days = kMaturationDaysRat;
        c.ProgenitorDeath = kProgenitorDeathRat;
        c.ImmatureDeath = kImmatureDeathRat;
    } else if (p.Subject == Organism::Mouse) {
        maturation_days = kMaturationDaysMouse;
        c.ProgenitorDeath = kProgenitorDeathMouse;
        c.ImmatureDeath = kImmatureDeathMouse;
    }
    c.DifferentiationRate = kDifferentiationRate;
    c.StageRate = 2.0 / maturation_days;
    c.MatureDeath = kMatureDeath;
    double s = c.StageRate, kd = c.ImmatureDeath;
    double inflow = BaselineNewNeuronsPerDay();
    c.Proliferation0 = inflow * (s + kd) * (s + kd) * (c.DifferentiationRate + c.ProgenitorDeath) /
                       (s * s * c.DifferentiationRate);
    c.ProgenitorsBaseline = c.Proliferation0 / (c.DifferentiationRate + c.ProgenitorDeath);
    double early = c.DifferentiationRate * c.ProgenitorsBaseline / (s + kd);
    c.ImmatureBaseline = early + s * early / (s + kd);

    // IGF-1 by age (I1, I2, §3.3) and its chronic training gain (I6, I7, I9).
    if (p.AgeYears <= kIgf1DeclineStartAge)
        c.Igf1Baseline = kIgf1Young;
    else if (p.AgeYears <= kIgf1OldAge)
        c.Igf1Baseline = kIgf1Young + (kIgf1Old - kIgf1Young) * (p.AgeYears - kIgf1DeclineStartAge) /
                                          (kIgf1OldAge - kIgf1DeclineStartAge);
    else
        c.Igf1Baseline =
            kIgf1Old + (kIgf1Age90 - kIgf1Old) * (p.AgeYears - kIgf1OldAge) / (90.0 - kIgf1OldAge);
    double free_t = Clamp01((p.AgeYears - 25.0) / 35.0);
    c.FreeFraction = kIgf1FreeFractionYoung + (kIgf1FreeFractionOld - kIgf1FreeFractionYoung) * free_t;
    c.FreeIgf1Baseline = c.Igf1Baseline * c.FreeFraction * 1000.0; // ng/mL -> ng/L
    double igf_age =
        Clamp01((p.AgeYears - kIgf1ChronicStartAge) / (kIgf1ChronicFullAge - kIgf1ChronicStartAge));
    c.Igf1ChronicGain = aerobic ? 0.0 : kIgf1ChronicGainOld * igf_age;

    // Trophic inputs: weight / reference mean, scaled so the reference programme raises T by
    // kTrophicRiseRef on average (§3.4).
    double bdnf_weight = p.Transport == BdnfTransport::Off    ? 0.0
                         : p.Transport == BdnfTransport::Weak ? kWeightBdnfWeak
                                                              : kWeightBdnfStrong;
    c.CoefCentral = kTrophicRiseRef * kWeightCentral / kRefInputCentral;
    c.CoefIgf1 = p.BlockIgf1 ? 0.0 : kTrophicRiseRef * kWeightIgf1 / kRefInputIgf1;
    c.CoefLactate = kTrophicRiseRef * kWeightLactate / kRefInputLactate;
    c.CoefBdnf = kTrophicRiseRef * bdnf_weight / kRefInputBdnf;
    c.CoefIrisin = p.Irisin ? kTrophicRiseRef * kWeightIrisin / kRefInputIrisin : 0.0;
    c.CoefCathepsinB = p.CathepsinB ? kTrophicRiseRef * kWeightCathepsinB / kRefInputCathepsinB : 0.0;
    c.MyokineFactor = aerobic ? 1.0 : kMyokineResistanceFactor;
    c.CentralFactor = aerobic ? kCentralDriveAerobic : 1.0;
    c.MuscleFactor = (aerobic ? kMuscleAerobicFactor : 1.0) * (1.0 - (1.0 - kMuscleOldFactor) * age_factor);
    double serum_age = Clamp01((p.AgeYears - 30.0) / 30.0);
    c.SerumChronic = kSerumChronicYoung + (kSerumChronicOld - kSerumChronicYoung) * serum_age;
    bool no_neurogenesis = p.Subject == Organism::Human && p.Neurogenesis == HumanNeurogenesis::Sorrells;
    c.NeurogenicShare = no_neurogenesis ? 0.0 : kCognitionNeurogenicShare;
    c.ExercisePermission = (p.BlockIgf1 || p.BlockVegf) ? 0.0 : 1.0;
    c.GainScaleLow = aerobic ? kGainScaleLowAerobic : kGainScaleLowResistance;
    c.GainScaleHigh = aerobic ? kGainScaleHighAerobic : kGainScaleHighResistance;
}

double Simulation::BaselineNewNeuronsPerDay() const {
    const Protocol& p = m_Protocol;
    if (p.Subject == Organism::Human && p.Neurogenesis == HumanNeurogenesis::Sorrells)
        return kBaselineNewNeuronsPerDay * kSorrellsFactor;
    double age_factor = 1.0 - kNeurogenesisAgeDecline * Max0(p.AgeYears - 30.0);
    return kBaselineNewNeuronsPerDay *
           (age_factor > kNeurogenesisAgeFloor ? age_factor : kNeurogenesisAgeFloor);
}

// A sedentary person at rest, for the current protocol's age, organism and settings.
void Simulation::SetSteadyState() {
    ModelState& s = m_State;
    const Coefficients& c = m_Coef;
    s.PlasmaBdnf = 1.0;
    s.Lactate = kLactateRest;
    s.Cortisol = s.CortisolRest = s.Cortisol24h = kCortisolRest;
    s.Il6 = kIl6Rest;
    s.Vegf = s.VegfRest = s.Vegf4wk = kVegfRest;
    s.TotalIgf1 = c.Igf1Baseline;
    s.FreeIgf1 = m_Protocol.BlockIgf1 ? 0.0 : c.FreeIgf1Baseline;
    s.Irisin = kIrisinRest;
    s.CathepsinB = 1.0;
    s.Trophic = 1.0;
    s.Progenitors = c.ProgenitorsBaseline;
    s.ProgenitorsLow = c.ProgenitorsBaseline;
    s.ProgenitorsHigh = c.ProgenitorsBaseline;
    s.ImmatureEarly = c.DifferentiationRate * c.ProgenitorsBaseline / (c.StageRate + c.ImmatureDeath);
    s.ImmatureLate = c.StageRate * s.ImmatureEarly / (c.StageRate + c.ImmatureDeath);
    s.MuscleSize = 1.0;
    s.Strength = 1.0;
}

// Each week: SessionsPerWeek sessions RecoveryHours apart from the week's start (09:00 on its
// first day); when they need more than 168 h the week stretches. Idempotent.
void Simulation::ScheduleNextSession() {
    ModelState& s = m_State;
    const int sessions = m_Protocol.SessionsPerWeek;
    if (sessions <= 0) {
        s.NextSessionStart = kNoSession;
        return;
    }
    const double now = s.StepCount * kStepMinutes;
    const double recovery = m_Protocol.RecoveryHours * 60.0;
    const double first = kFirstSessionHour * 60.0;
    const bool any = s.SessionStart != kNoSession;
    if (s.SessionsThisWeek >= sessions) {
        double week_start = s.WeekStart + kMinutesPerWeek;
        if (any && s.SessionStart + recovery - first > week_start)
            week_start = s.SessionStart + recovery - first;
        s.WeekStart = week_start;
        s.SessionsThisWeek = 0;
    }
    double next;
    if (s.SessionsThisWeek == 0) {
        next = s.WeekStart + first;
        if (any && s.SessionStart + recovery > next) next = s.SessionStart + recovery;
    } else {
        next = s.SessionStart + recovery;
    }
    s.NextSessionStart = next > now ? next : now;
}

void Simulation::BeginSession(double start) {
    ModelState& s = m_State;
    const Protocol& p = m_Protocol;
    const Coefficients& c = m_Coef;
    const SessionDose dose = ComputeSessionDose(p);
    const bool aerobic = p.Exercise == ExerciseType::Aerobic;
    const double duration = dose.DurationMinutes;

    s.SessionStart = start;
    s.SessionEnd = start + duration;
    s.SessionAerobic = aerobic ? 1 : 0;
    s.SessionSets = p.Sets;
    s.SessionReps = p.Reps;
    s.SessionTotalSets = dose.TotalSets;
    s.SessionIntensity = p.IntensityPct / 100.0;
    s.SessionRestMinutes = p.RestMinutes;
    s.SessionRepSeconds = dose.RepSeconds;
    s.SessionLoad = dose.Load;
    s.SessionStimulus = dose.Stimulus;
    s.SessionStress = dose.Stress;

    // Each plasma target rises by `drive` during the session so the pool peaks at its §3.3
    // value at the session's end: drive = rise / (1 - exp(-k D)).
    const double strain_factor = 1.0 / (1.0 + s.Strain);
    const double training = TrainingIndex();
    auto drive = [duration](double rise, double half_life) {
        return rise / (1.0 - DetExp(-kLn2 * duration / half_life));
    };
    double response = StimulusResponse(dose.Stimulus);
    s.DriveBdnf = drive(kBdnfPeakRise * response * strain_factor, p.BdnfHalfLifeMinutes);
    double lactate_peak = kLactateRest + kLactateGain * dose.Stimulus * dose.RestMultiplier;
    if (aerobic) lactate_peak = kLactateAerobicPeak;
    if (lactate_peak > kLactateCap) lactate_peak = kLactateCap;
    s.DriveLactate = drive(lactate_peak - kLactateRest, kLactateHalfLife);
    // Short rests raise cortisol 1.5x in week 1; the excess fades as training habituates (S1).
    double rest_multiplier = 1.0 + (dose.RestMultiplier - 1.0) * (1.0 - kCortisolHabituation * training);
    double cortisol_stress = dose.Stress / dose.RestMultiplier * rest_multiplier;
    double cortisol_rise = kCortisolPeakGain * cortisol_stress * cortisol_stress;
    if (cortisol_rise > kCortisolPeakCap) cortisol_rise = kCortisolPeakCap;
    s.DriveCortisol = drive(cortisol_rise, kCortisolHalfLife);
    s.DriveIl6 = drive(kIl6Rest * kIl6Gain * dose.Stress, kIl6HalfLife);
    double vegf_stimulus = dose.Stimulus < kVegfStimulusCap ? dose.Stimulus : kVegfStimulusCap;
    double vegf_gain = aerobic ? kVegfAcuteGainAerobic : kVegfAcuteGain;
    s.DriveVegf = drive(s.VegfRest * vegf_gain * vegf_stimulus, kVegfHalfLife);
    const double reference_stimulus = kFormStimulusBase + kFormStimulusSlope * kReferenceForm;
    s.DriveCentral = response / StimulusResponse(reference_stimulus) * c.CentralFactor;

    // Starting while still fatigued turns the excess into slow strain (§3.6), saturating at kStrainMax.
    double excess = Max0(s.Fatigue - kFatigueThreshold);
    double strain_in = kStrainGain * excess * dose.Stress;
    s.Strain += (kStrainMax - s.Strain) * strain_in / (strain_in + kStrainMax);
    s.Fatigue += dose.Stress;
    s.Damage += dose.Load * (kDamageBase + (1.0 - p.FormQuality));
    s.TrainingLoad += dose.Stimulus / reference_stimulus;
    s.SessionsThisWeek++;
    s.SessionsDone++;
    ScheduleNextSession();
}

void Simulation::Step() {
    ModelState& s = m_State;
    const Coefficients& c = m_Coef;
    const double t0 = s.StepCount * kStepMinutes;
    const double t1 = t0 + kStepMinutes;
    if (s.NextSessionStart < t1) BeginSession(s.NextSessionStart);

    // Share of this step inside the session, and inside the activity window (session + 2 h).
    double lo = s.SessionStart > t0 ? s.SessionStart : t0;
    double hi = s.SessionEnd < t1 ? s.SessionEnd : t1;
    double in_session = Max0(hi - lo) / kStepMinutes;
    double activity_end = s.SessionEnd + kActivityWindowHours * 60.0;
    double hi_activity = activity_end < t1 ? activity_end : t1;
    double active = Max0(hi_activity - lo) / kStepMinutes;
    double activity = kActivityRest + (1.0 - kActivityRest) * active;

    // Fast pools relax exactly towards a target held over the step: x = u + (x - u) d.
    double target = 1.0 + s.DriveBdnf * in_session;
    s.PlasmaBdnf = target + (s.PlasmaBdnf - target) * c.BdnfDecay;
    target = kLactateRest + s.DriveLactate * in_session;
    s.Lactate = target + (s.Lactate - target) * c.LactateDecay;
    target = s.CortisolRest + s.DriveCortisol * in_session;
    s.Cortisol = target + (s.Cortisol - target) * c.CortisolDecay;
    target = kIl6Rest + s.DriveIl6 * in_session;
    s.Il6 = target + (s.Il6 - target) * c.Il6Decay;
    target = s.VegfRest + s.DriveVegf * in_session;
    s.Vegf = target + (s.Vegf - target) * c.VegfDecay;
    target = m_Protocol.BlockIgf1 ? 0.0 : s.TotalIgf1 * c.FreeFraction * 1000.0;
    s.FreeIgf1 = target + (s.FreeIgf1 - target) * c.FreeIgf1Decay;
    s.Fatigue *= c.FatigueDecay;
    s.AcuteCognition *= c.AcuteCognitionDecay;
    if (s.SessionEnd >= t0 && s.SessionEnd < t1) {
        double bump = StimulusResponse(s.SessionStimulus);
        s.AcuteCognition += kCognitionAcuteBump * (bump < 1.0 ? bump : 1.0);
    }

    // Raw trophic inputs (§3.4), summed over the hour.
    s.SumCentral += s.DriveCentral * in_session;
    s.SumIgf1 += Max0(activity * s.FreeIgf1 / c.FreeIgf1Baseline - kActivityRest);
    s.SumLactate += (s.Lactate - kLactateRest) / kLactateGain;
    s.SumBdnf += (kBdnfTransportKm + 1.0) * s.PlasmaBdnf / (kBdnfTransportKm + s.PlasmaBdnf) - 1.0;
    s.SumCortisol += s.Cortisol;
    s.SumVegf += s.Vegf;

    s.StepCount++;
    if (++s.SubStep == kSlowStepEvery) {
        s.SubStep = 0;
        SlowStep();
    }
}

void Simulation::SlowStep() {
    ModelState& s = m_State;
    const Coefficients& c = m_Coef;
    const double n = kSlowStepEvery;
    const double h = kSlowStepEvery * kStepMinutes / kMinutesPerDay; // days
    s.InputCentral = s.SumCentral / n;
    s.InputIgf1 = s.SumIgf1 / n;
    s.InputLactate = s.SumLactate / n;
    s.InputBdnf = s.SumBdnf / n;
    double cortisol_mean = s.SumCortisol / n;
    double vegf_mean = s.SumVegf / n;
    s.SumCentral = s.SumIgf1 = s.SumLactate = s.SumBdnf = s.SumCortisol = s.SumVegf = 0.0;

    s.Strain *= c.StrainDecay;
    s.Damage *= c.DamageDecay;
    s.TrainingLoad *= c.TrainingDecay;
    s.HighStrainDays = s.Strain > kStrainHigh ? s.HighStrainDays + h : 0.0;
    const double training = TrainingIndex();
    const double inflammation = InflammationIndex();
    const double strain_factor = 1.0 / (1.0 + s.Strain);

    // Brain trophic state T (§3.4): 24-h low-pass of the weighted inputs, damped by strain.
    double myokines = c.CoefIrisin * (s.Irisin / kIrisinRest - 1.0) + c.CoefCathepsinB * (s.CathepsinB - 1.0);
    double drive = c.CoefCentral * s.InputCentral + c.CoefIgf1 * s.InputIgf1 +
                   c.CoefLactate * s.InputLactate + c.CoefBdnf * s.InputBdnf + myokines;
    double target = 1.0 + drive * strain_factor;
    s.Trophic = target + (s.Trophic - target) * c.TrophicDecay;
    s.Cortisol24h = cortisol_mean + (s.Cortisol24h - cortisol_mean) * c.CortisolWindowDecay;
    s.Vegf4wk = vegf_mean + (s.Vegf4wk - vegf_mean) * c.VegfWindowDecay;

    // Resting levels and slow adaptations.
    double cortisol_strain = 1.0 + kCortisolStrainGain * s.Strain;
    if (cortisol_strain > kStrainCortisolCap) cortisol_strain = kStrainCortisolCap;
    s.CortisolRest = kCortisolRest * (1.0 - kCortisolTrainedDrop * training) * cortisol_strain;
    s.VegfRest = kVegfRest * (1.0 + kVegfChronicGain * training);
    target = c.Igf1Baseline + c.Igf1ChronicGain * training * strain_factor;
    s.TotalIgf1 = target + (s.TotalIgf1 - target) * c.Igf1PoolDecay;
    target = kIrisinRest * (1.0 + kIrisinGain * c.MyokineFactor * training);
    s.Irisin = target + (s.Irisin - target) * c.MyokineDecay;
    target = 1.0 + kCathepsinBGain * c.MyokineFactor * training;
    s.CathepsinB = target + (s.CathepsinB - target) * c.MyokineDecay;
    target = 1.0 + kHypertrophyMax * c.MuscleFactor * training * strain_factor;
    s.MuscleSize = target + (s.MuscleSize - target) * c.HypertrophyDecay;
    double heaviness = m_Protocol.Exercise == ExerciseType::Aerobic
                           ? 1.0
                           : m_Protocol.IntensityPct / 100.0 / kReferenceIntensity;
    if (heaviness > 1.3) heaviness = 1.3;
    target = 1.0 + kStrengthMax * c.MuscleFactor * training * heaviness * strain_factor;
    s.Strength = target + (s.Strength - target) * c.StrengthDecay;

    // Progenitor pipeline (§3.5), implicit Euler: unconditionally stable and exact at steady state.
    const double divisions = Divisions();
    const double leave_p = c.DifferentiationRate + c.ProgenitorDeath;
    const double leave_n = c.StageRate + c.ImmatureDeath * SurvivalFactor();
    s.Progenitors = (s.Progenitors + h * divisions) / (1.0 + h * leave_p);
    s.CellsBornTotal += h * c.DifferentiationRate * s.Progenitors;
    s.ProgenitorsLow = (s.ProgenitorsLow + h * c.Proliferation0 * ProliferationMultiplier(c.GainScaleLow)) /
                       (1.0 + h * leave_p);
    s.ProgenitorsHigh =
        (s.ProgenitorsHigh + h * c.Proliferation0 * ProliferationMultiplier(c.GainScaleHigh)) /
        (1.0 + h * leave_p);
    s.ImmatureEarly = (s.ImmatureEarly + h * c.DifferentiationRate * s.Progenitors) / (1.0 + h * leave_n);
    s.ImmatureLate = (s.ImmatureLate + h * c.StageRate * s.ImmatureEarly) / (1.0 + h * leave_n);
    double matured = h * c.StageRate * s.ImmatureLate;
    s.MatureNew = (s.MatureNew + matured) / (1.0 + h * c.MatureDeath);
    s.NewNeuronsTotal += matured;
    s.LabelledProgenitors = s.LabelledProgenitors / (1.0 + h * leave_p);
    s.LabelledImmatureEarly =
        (s.LabelledImmatureEarly + h * c.DifferentiationRate * s.LabelledProgenitors) / (1.0 + h * leave_n);
    s.LabelledImmatureLate =
        (s.LabelledImmatureLate + h * c.StageRate * s.LabelledImmatureEarly) / (1.0 + h * leave_n);
    s.LabelledMature =
        (s.LabelledMature + h * c.StageRate * s.LabelledImmatureLate) / (1.0 + h * c.MatureDeath);

    // Slow cognitive inputs (§3.7): relative immature-neuron gain, and trophic/synaptic plasticity.
    double neurogenic = c.ImmatureBaseline > 0.0 ? ImmatureNeurons() / c.ImmatureBaseline - 1.0 : 0.0;
    s.CognitionNeurogenic = neurogenic + (s.CognitionNeurogenic - neurogenic) * c.CognitionDecay;
    double plasticity = (s.Trophic - 1.0) - kCognitionInflammation * inflammation;
    s.CognitionPlasticity = plasticity + (s.CognitionPlasticity - plasticity) * c.CognitionDecay;
}

void Simulation::Advance(double hours) {
    double steps = hours * 60.0 / kStepMinutes;
    if (!(steps >= 0.5)) return;
    if (steps > 1e9) steps = 1e9;
    for (int64_t i = 0, n = (int64_t)(steps + 0.5); i < n; i++) Step();
}

void Simulation::InjectBrdU() {
    m_State.LabelledProgenitors += Divisions() * (2.0 / 24.0);
}

} // namespace ng
