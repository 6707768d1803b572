#include "param_registry.h"

#include <cmath>
#include <cstdio>

namespace ng {

namespace {

enum ParamId {
    Param_Intensity,
    Param_Recovery,
    Param_Sessions,
    Param_Sets,
    Param_Reps,
    Param_Rest,
    Param_Form,
    Param_Age,
    Param_BdnfTransport,
    Param_Neurogenesis,
    Param_Irisin,
    Param_CathepsinB,
    Param_BlockIgf1,
    Param_BlockVegf,
    Param_Exercise,
    Param_Species,
    Param_BdnfHalfLife,
    Param_COUNT
};

const char* const kTransportChoices[] = {"off", "weak", "strong"};
const char* const kNeurogenesisChoices[] = {"spalding", "sorrells"};
const char* const kExerciseChoices[] = {"resistance", "aerobic"};
const char* const kSpeciesChoices[] = {"human", "rat", "mouse"};

// Strings stay ASCII: the UI font may have no other glyphs.
const ParamInfo kParams[Param_COUNT] = {
    {"intensity", "% 1RM", "Intensity", 40, 95, 70, ParamKind::Number, nullptr, 0,
     "Load as a percentage of the one-repetition maximum. About 10 reps per set match 70 %, 5 match 85 %.",
     "G1, G5"},
    {"recovery", "h", "Recovery between sessions", 12, 168, 48, ParamKind::Number, nullptr, 0,
     "Hours from one session to the next for the same muscles. 48-72 h lets fatigue clear.", "G4, S9"},
    {"sessions", "per week", "Sessions per week", 0, 7, 3, ParamKind::Integer, nullptr, 0,
     "0 = sedentary. Sessions start 'recovery' hours apart at the start of each week; if they need more "
     "than 168 h the week stretches.",
     "G1"},
    {"sets", "", "Sets per exercise", 1, 10, 3, ParamKind::Integer, nullptr, 0,
     "Sets of each of the session's 6 exercises. More sets: more stimulus, more stress.", "S2, section 3.2"},
    {"reps", "", "Reps per set", 1, 30, 10, ParamKind::Integer, nullptr, 0,
     "Repetitions per set. Load L = (intensity / 70 %) x (sets x reps / 30).", "G5, section 3.2"},
    {"rest", "min", "Rest between sets", 0.5, 5, 2, ParamKind::Number, nullptr, 0,
     "Short rests (1 min or less) raise cortisol and lactate about 1.5x.", "S1, M8"},
    {"form", "", "Form quality", 0, 1, 0.9, ParamKind::Number, nullptr, 0,
     "Biomechanics, 1 = perfect. Poor form wastes stimulus and adds stress, damage and inflammation "
     "(a modelling choice: there are no direct data).",
     "section 2.6 (modelling choice)"},
    {"age", "years", "Age", 18, 90, 30, ParamKind::Number, nullptr, 0,
     "Age lowers IGF-1 and slows recovery; older adults gain more IGF-1 and BDNF from strength training.",
     "I1, I2, I7, B14, N1"},
    {"bdnf_transport", "", "Muscle BDNF reaches the brain", 0, 2, 1, ParamKind::Choice, kTransportChoices, 3,
     "Contested: a saturable transporter in mice (strong) vs negligible transport in rats (off). Most blood "
     "BDNF comes from the brain itself.",
     "B11, B17, B18"},
    {"neurogenesis", "", "Adult human neurogenesis", 0, 1, 0, ParamKind::Choice, kNeurogenesisChoices, 2,
     "Contested: ~700 new neurons a day (Spalding) vs none detectable in adults (Sorrells). Cognition "
     "improves either way.",
     "N1-N5"},
    {"irisin", "", "Irisin pathway", 0, 1, 1, ParamKind::Bool, nullptr, 0,
     "Irisin (FNDC5) raises hippocampal BDNF in mice; its measurement in humans is disputed.", "M1-M3"},
    {"cathepsin_b", "", "Cathepsin B pathway", 0, 1, 1, ParamKind::Bool, nullptr, 0,
     "Muscle cathepsin B is needed for running-induced neurogenesis in mice; human data are mixed.",
     "M4, M5"},
    {"block_igf1", "", "Block circulating IGF-1", 0, 1, 0, ParamKind::Bool, nullptr, 0,
     "An antiserum against blood IGF-1 removed the exercise-induced rise in new neurons in rats.",
     "I14 Trejo 2001"},
    {"block_vegf", "", "Block peripheral VEGF", 0, 1, 0, ParamKind::Bool, nullptr, 0,
     "Trapping VEGF outside the brain abolished running-induced neurogenesis but left baseline intact.",
     "V7 Fabel 2003, V8 Rich 2017"},
    {"exercise", "", "Exercise type", 0, 1, 0, ParamKind::Choice, kExerciseChoices, 2,
     "Aerobic reference: 45 min of moderate running or cycling per session (intensity, sets, reps and rest "
     "do not apply). Its evidence for neurogenesis is stronger.",
     "N6, N14, B13"},
    {"species", "", "Species", 0, 2, 0, ParamKind::Choice, kSpeciesChoices, 3,
     "Survival and maturation of new neurons: rat neurons survive about twice as often as mouse neurons. "
     "Cell numbers stay human-scaled; compare ratios.",
     "N8, N10"},
    {"bdnf_half_life", "min", "Plasma BDNF half-life", 5, 40, 15, ParamKind::Number, nullptr, 0,
     "Uncertain: back to baseline within 10-60 min, but one resistance study saw it still up at 60 min.",
     "B6, B8"},
};

std::string FormatNumber(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof(buffer), "%.10g", value);
    return buffer;
}

} // namespace

int ParamCount() {
    return Param_COUNT;
}

const ParamInfo& ParamAt(int index) {
    return kParams[index < 0 || index >= Param_COUNT ? 0 : index];
}

const ParamInfo* FindParam(std::string_view name) {
    for (const ParamInfo& param : kParams)
        if (name == param.Name) return &param;
    return nullptr;
}

double GetParam(const Protocol& p, const ParamInfo& param) {
    switch ((ParamId)(&param - kParams)) {
    case Param_Intensity:
        return p.IntensityPct;
    case Param_Recovery:
        return p.RecoveryHours;
    case Param_Sessions:
        return p.SessionsPerWeek;
    case Param_Sets:
        return p.Sets;
    case Param_Reps:
        return p.Reps;
    case Param_Rest:
        return p.RestMinutes;
    case Param_Form:
        return p.FormQuality;
    case Param_Age:
        return p.AgeYears;
    case Param_BdnfTransport:
        return (double)p.Transport;
    case Param_Neurogenesis:
        return (double)p.Neurogenesis;
    case Param_Irisin:
        return p.Irisin ? 1.0 : 0.0;
    case Param_CathepsinB:
        return p.CathepsinB ? 1.0 : 0.0;
    case Param_BlockIgf1:
        return p.BlockIgf1 ? 1.0 : 0.0;
    case Param_BlockVegf:
        return p.BlockVegf ? 1.0 : 0.0;
    case Param_Exercise:
        return (double)p.Exercise;
    case Param_Species:
        return (double)p.Subject;
    case Param_BdnfHalfLife:
        return p.BdnfHalfLifeMinutes;
    case Param_COUNT:
        break;
    }
    return param.Default;
}

SetParamResult SetParam(Protocol* p, const ParamInfo& param, double value) {
    SetParamResult result = {GetParam(*p, param), false, false};
    if (value != value) {
        result.Invalid = true;
        return result;
    }
    double v = value < param.Min ? param.Min : value > param.Max ? param.Max : value;
    if (param.Kind != ParamKind::Number) v = std::floor(v + 0.5);
    result.Clamped = v != value;
    result.Value = v;
    int whole = (int)v;
    switch ((ParamId)(&param - kParams)) {
    case Param_Intensity:
        p->IntensityPct = v;
        break;
    case Param_Recovery:
        p->RecoveryHours = v;
        break;
    case Param_Sessions:
        p->SessionsPerWeek = whole;
        break;
    case Param_Sets:
        p->Sets = whole;
        break;
    case Param_Reps:
        p->Reps = whole;
        break;
    case Param_Rest:
        p->RestMinutes = v;
        break;
    case Param_Form:
        p->FormQuality = v;
        break;
    case Param_Age:
        p->AgeYears = v;
        break;
    case Param_BdnfTransport:
        p->Transport = (BdnfTransport)whole;
        break;
    case Param_Neurogenesis:
        p->Neurogenesis = (HumanNeurogenesis)whole;
        break;
    case Param_Irisin:
        p->Irisin = whole != 0;
        break;
    case Param_CathepsinB:
        p->CathepsinB = whole != 0;
        break;
    case Param_BlockIgf1:
        p->BlockIgf1 = whole != 0;
        break;
    case Param_BlockVegf:
        p->BlockVegf = whole != 0;
        break;
    case Param_Exercise:
        p->Exercise = (ExerciseType)whole;
        break;
    case Param_Species:
        p->Subject = (Organism)whole;
        break;
    case Param_BdnfHalfLife:
        p->BdnfHalfLifeMinutes = v;
        break;
    case Param_COUNT:
        break;
    }
    return result;
}

std::string FormatParamValue(const ParamInfo& param, double value) {
    int index = (int)std::floor(value + 0.5);
    if (param.Kind == ParamKind::Choice && index >= 0 && index < param.ChoiceCount)
        return param.Choices[index];
    if (param.Kind == ParamKind::Bool) return value != 0.0 ? "on" : "off";
    return FormatNumber(value);
}

Protocol SanitizeProtocol(const Protocol& protocol) {
    Protocol out = protocol;
    for (const ParamInfo& param : kParams) {
        double value = GetParam(protocol, param);
        SetParam(&out, param, value == value ? value : param.Default);
    }
    return out;
}

} // namespace ng
