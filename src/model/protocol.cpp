#include "protocol.h"

#include "model_parameters.h"

#include <cmath>

namespace ng {

double RepetitionMaximum(double intensity_pct) {
    // G5 midpoints (60 % = 16-20RM ... 95 % = 2-3RM); below 60 % extrapolated (modelling choice).
    static const double kPct[] = {40.0, 50.0, 60.0, 65.0, 70.0, 75.0, 80.0, 85.0, 90.0, 95.0, 100.0};
    static const double kRm[] = {35.0, 25.0, 18.0, 14.5, 12.5, 10.5, 8.5, 6.5, 4.5, 2.5, 1.0};
    const int count = (int)(sizeof(kPct) / sizeof(kPct[0]));
    if (!(intensity_pct > kPct[0])) return kRm[0];
    if (intensity_pct >= kPct[count - 1]) return kRm[count - 1];
    int i = 1;
    while (intensity_pct > kPct[i]) i++;
    double t = (intensity_pct - kPct[i - 1]) / (kPct[i] - kPct[i - 1]);
    return kRm[i - 1] + t * (kRm[i] - kRm[i - 1]);
}

int RepsForIntensity(double intensity_pct) {
    int reps = (int)std::floor(RepetitionMaximum(intensity_pct) - 2.0);
    return reps < 1 ? 1 : reps > 30 ? 30 : reps;
}

double StimulusResponse(double stimulus) {
    double e2 = stimulus * stimulus;
    return kBdnfSaturation * e2 / (e2 + kBdnfHalfStimulus2);
}

SessionDose ComputeSessionDose(const Protocol& protocol) {
    SessionDose dose = {};
    double intensity = protocol.IntensityPct / 100.0;
    double form = protocol.FormQuality;
    if (protocol.Exercise == ExerciseType::Aerobic) {
        dose.Load = 1.0;
        dose.Stimulus = kAerobicStimulus;
        dose.Stress = kAerobicStress;
        dose.RestMultiplier = 1.0;
        dose.DurationMinutes = kAerobicSessionMinutes;
        dose.RepSeconds = 60.0 / kAerobicCadencePerMinute;
        dose.TotalSets = 0;
        return dose;
    }
    dose.Load = (intensity / kReferenceIntensity) * (protocol.Sets * protocol.Reps / kReferenceVolume);
    dose.Stimulus = dose.Load * (kFormStimulusBase + kFormStimulusSlope * form);
    double rest = protocol.RestMinutes;
    if (rest <= kShortRestMinutes)
        dose.RestMultiplier = kShortRestMultiplier;
    else if (rest >= kLongRestMinutes)
        dose.RestMultiplier = 1.0;
    else
        dose.RestMultiplier = kShortRestMultiplier - (kShortRestMultiplier - 1.0) *
                                                         (rest - kShortRestMinutes) /
                                                         (kLongRestMinutes - kShortRestMinutes);
    dose.Stress = dose.Load * (1.0 + kFormStressSlope * (1.0 - form)) * dose.RestMultiplier;
    double heaviness = (intensity - 0.40) / 0.55;
    heaviness = heaviness < 0.0 ? 0.0 : heaviness > 1.0 ? 1.0 : heaviness;
    dose.RepSeconds = kRepSecondsLight + (kRepSecondsHeavy - kRepSecondsLight) * heaviness;
    dose.TotalSets = protocol.Sets * kExercisesPerSession;
    dose.DurationMinutes = kWarmupMinutes + dose.TotalSets * protocol.Reps * dose.RepSeconds / 60.0 +
                           (dose.TotalSets - 1) * rest;
    return dose;
}

double InvertedUDrive(double weekly_load) {
    double l = weekly_load > 0.0 ? weekly_load : 0.0;
    double l2 = l * l;
    double excess = l > 1.0 ? (l - 1.0) / 0.75 : 0.0;
    return (1.0 + 0.4 * l2 / (l2 + 0.36)) / (1.0 + excess * excess);
}

} // namespace ng
