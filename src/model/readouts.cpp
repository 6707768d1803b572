#include "readouts.h"

#include "simulation.h"

#include <cstring>

namespace ng {

namespace {

enum ReadoutId {
    Readout_SerumBdnf,
    Readout_PlasmaBdnf,
    Readout_TotalIgf1,
    Readout_FreeIgf1,
    Readout_Vegf,
    Readout_Lactate,
    Readout_Cortisol,
    Readout_Il6,
    Readout_Inflammation,
    Readout_Irisin,
    Readout_CathepsinB,
    Readout_Trophic,
    Readout_Proliferation,
    Readout_Progenitors,
    Readout_Immature,
    Readout_BornPerDay,
    Readout_BornTotal,
    Readout_BornVsSedentary,
    Readout_BornVsSedentaryLow,
    Readout_BornVsSedentaryHigh,
    Readout_NewPerDay,
    Readout_NewTotal,
    Readout_Fatigue,
    Readout_Strain,
    Readout_Stage,
    Readout_TrainingIndex,
    Readout_MuscleSize,
    Readout_Strength,
    Readout_Cognition,
    Readout_Sessions,
    Readout_COUNT
};

// Normal ranges: a lab's reference interval where one exists; otherwise the band around the
// model's baseline that counts as ordinary (modelling choice).
const ReadoutInfo kReadouts[Readout_COUNT] = {
    {"serum_bdnf_ng_ml", "ng/mL", "Serum BDNF", 16.1, 49.3, "B1 Naegelin 2018: 32.7 +/- 2 SD (8.3)"},
    {"plasma_bdnf_rel", "x rest", "Plasma free BDNF", 0.8, 1.2, "B2-B10; range modelling choice"},
    {"total_igf1_ng_ml", "ng/mL", "Total IGF-1", 100, 300,
     "I1 (adult reference ~100-300 ng/mL, not re-read)"},
    {"free_igf1_ng_l", "ng/L", "Free IGF-1", 340, 1250,
     "I2: 950 +/- 150 (20-30 y) to 410 +/- 70 ng/L (> 60 y)"},
    {"plasma_vegf_pg_ml", "pg/mL", "Plasma VEGF", 9, 90, "V1, V2 (citrated plasma)"},
    {"lactate_mmol_l", "mmol/L", "Blood lactate", 0.5, 2.2, "resting clinical range (not re-read); M8"},
    {"cortisol_nmol_l", "nmol/L", "Cortisol", 140, 690, "morning clinical range (not re-read); S1-S4"},
    {"il6_pg_ml", "pg/mL", "IL-6", 0, 7, "clinical range (not re-read); M9-M11"},
    {"inflammation_index", "", "Inflammation (IL-1beta/TNF-alpha proxy)", 0, 0.25,
     "S7, S8; modelling choice"},
    {"irisin_ng_ml", "ng/mL", "Irisin (mass spectrometry)", 3.0, 4.5, "M1 Jedrychowski 2015; contested (M2)"},
    {"cathepsin_b_rel", "x rest", "Cathepsin B", 0.8, 1.3, "M4, M5; range modelling choice"},
    {"trophic_state", "x rest", "Hippocampal trophic state T", 0.95, 1.5, "section 3.4; modelling choice"},
    {"proliferation_rel", "x baseline", "Progenitor proliferation", 0.8, 1.6, "N6, N14, section 3.5"},
    // No normal range for progenitors, young or new neurons: there is none for humans (issue 13,
    // docs/model.md); adults' proliferating progenitors vary widely between people (Dumitru 2025).
    {"progenitors", "cells", "Amplifying progenitors", 0, 0,
     "section 3.5; baseline from N1; no human normal range (N1-N5, Dumitru 2025)"},
    {"immature_neurons", "cells", "Immature neurons (DCX+)", 0, 0,
     "N4; contested (N2-N5), no human normal range; pool size follows the maturation time"},
    {"cells_born_per_day", "cells/day", "Cells born per day (new young neurons)", 0, 0,
     "section 3.5 (P -> N); responds within weeks"},
    {"cells_born_total", "cells", "Cells born since start", 0, 0, "section 3.5 (P -> N)"},
    // The headline effect with its band (docs/model.md, "Uncertainty band"): modelling choices.
    {"cells_born_vs_sedentary_pct", "% vs sedentary", "Cells born vs sedentary (central)", 0, 0,
     "section 3.5; 1.3x RT (range 1.0-1.6), 2x aerobic (1.5-2.5); modelling choice"},
    {"cells_born_vs_sedentary_low_pct", "% vs sedentary", "Cells born vs sedentary (low)", 0, 0,
     "N14 Nokia 2016 (no effect of RT); aerobic 1.5x; modelling choice"},
    {"cells_born_vs_sedentary_high_pct", "% vs sedentary", "Cells born vs sedentary (high)", 0, 0,
     "section 3.5 RT 1.6x; N7 aerobic 2.5x; modelling choice"},
    {"new_neurons_per_day", "cells/day", "New neurons matured per day", 0, 0,
     "N1 Spalding 2013 (~700/day at baseline); contested, no human normal range"},
    {"new_neurons_total", "cells", "New neurons matured since start", 0, 0, "N1, N8"},
    {"fatigue", "", "Acute fatigue F", 0, 0.25, "section 3.6: above 0.25 a session adds strain (G4)"},
    {"strain", "", "Overreaching strain Z", 0, 0.15, "S9; modelling choice"},
    {"overtraining_stage", "", "Overtraining stage (0 fresh .. 3 syndrome)", 0, 0.5, "S9 Meeusen 2013"},
    {"training_index", "", "Training index (4 weeks)", 0, 0, "section 3.3"},
    {"muscle_size_rel", "x start", "Muscle cross-section", 0, 0, "modelling choice"},
    {"strength_rel", "x start", "Strength (1RM)", 0, 0, "modelling choice"},
    {"cognitive_index_z", "z", "Cognitive index", -1, 1, "C1-C6; not attributable to neurogenesis alone"},
    {"sessions_done", "", "Sessions done", 0, 0, ""},
};

} // namespace

int ReadoutCount() {
    return Readout_COUNT;
}

const ReadoutInfo& ReadoutAt(int index) {
    return kReadouts[index < 0 || index >= Readout_COUNT ? 0 : index];
}

int FindReadout(const char* name) {
    for (int i = 0; i < Readout_COUNT; i++)
        if (std::strcmp(kReadouts[i].Name, name) == 0) return i;
    return -1;
}

double ReadoutValue(const Simulation& sim, int index) {
    const ModelState& s = sim.State();
    switch ((ReadoutId)index) {
    case Readout_SerumBdnf:
        return sim.SerumBdnf();
    case Readout_PlasmaBdnf:
        return s.PlasmaBdnf;
    case Readout_TotalIgf1:
        return s.TotalIgf1;
    case Readout_FreeIgf1:
        return s.FreeIgf1;
    case Readout_Vegf:
        return s.Vegf;
    case Readout_Lactate:
        return s.Lactate;
    case Readout_Cortisol:
        return s.Cortisol;
    case Readout_Il6:
        return s.Il6;
    case Readout_Inflammation:
        return sim.InflammationIndex();
    case Readout_Irisin:
        return s.Irisin;
    case Readout_CathepsinB:
        return s.CathepsinB;
    case Readout_Trophic:
        return s.Trophic;
    case Readout_Proliferation:
        return sim.ProliferationMultiplier();
    case Readout_Progenitors:
        return s.Progenitors;
    case Readout_Immature:
        return sim.ImmatureNeurons();
    case Readout_BornPerDay:
        return sim.CellsBornPerDay();
    case Readout_BornTotal:
        return s.CellsBornTotal;
    case Readout_BornVsSedentary:
        return sim.CellsBornVsSedentaryPct(0);
    case Readout_BornVsSedentaryLow:
        return sim.CellsBornVsSedentaryPct(-1);
    case Readout_BornVsSedentaryHigh:
        return sim.CellsBornVsSedentaryPct(1);
    case Readout_NewPerDay:
        return sim.NewNeuronsPerDay();
    case Readout_NewTotal:
        return s.NewNeuronsTotal;
    case Readout_Fatigue:
        return s.Fatigue;
    case Readout_Strain:
        return s.Strain;
    case Readout_Stage:
        return (double)sim.Status();
    case Readout_TrainingIndex:
        return sim.TrainingIndex();
    case Readout_MuscleSize:
        return s.MuscleSize;
    case Readout_Strength:
        return s.Strength;
    case Readout_Cognition:
        return sim.CognitiveIndex();
    case Readout_Sessions:
        return (double)s.SessionsDone;
    case Readout_COUNT:
        break;
    }
    return 0.0;
}

} // namespace ng
