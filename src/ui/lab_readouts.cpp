#include "lab_readouts.h"
#include "model/readouts.h"
#include <cctype>
#include <cmath>
#include <cstring>

namespace ng {

// Order within a group is the order of the table. Companions share a unit kind, and pairs teach
// something together: growth signal -> divisions, cells born vs new neurons matured (months apart
// in the human preset, docs/model.md), fatigue -> strain, size vs strength (strength rises
// first). Progenitors and young neurons are different cells on different scales (the human pool
// of young neurons is ~12x the 21-day one): each has its own plot.
static const LabRowStyle kRows[] = {
    {"serum_bdnf_ng_ml", LabGroup::Blood, false, 1, false, nullptr, LabReference::None},
    {"total_igf1_ng_ml", LabGroup::Blood, false, 0, false, nullptr, LabReference::None},
    {"plasma_vegf_pg_ml", LabGroup::Blood, false, 1, false, nullptr, LabReference::None},
    {"cortisol_nmol_l", LabGroup::Blood, false, 0, false, nullptr, LabReference::None},
    {"lactate_mmol_l", LabGroup::Blood, false, 1, false, nullptr, LabReference::None},
    {"il6_pg_ml", LabGroup::Blood, false, 1, false, nullptr, LabReference::None},
    {"inflammation_index", LabGroup::Blood, false, 2, false, nullptr, LabReference::None},
    {"plasma_bdnf_rel", LabGroup::Blood, true, 2, false, nullptr, LabReference::None},
    {"free_igf1_ng_l", LabGroup::Blood, true, 0, false, nullptr, LabReference::None},
    {"irisin_ng_ml", LabGroup::Blood, true, 2, false, nullptr, LabReference::None},
    {"cathepsin_b_rel", LabGroup::Blood, true, 2, false, nullptr, LabReference::None},
    {"trophic_state", LabGroup::Brain, false, 2, false, "proliferation_rel", LabReference::None},
    {"proliferation_rel", LabGroup::Brain, false, 2, false, "trophic_state", LabReference::None},
    {"progenitors", LabGroup::Brain, false, 0, false, nullptr, LabReference::None},
    {"immature_neurons", LabGroup::Brain, false, 0, false, nullptr, LabReference::None},
    {"cells_born_vs_sedentary_pct", LabGroup::Brain, false, 0, false, nullptr, LabReference::None,
     "cells_born_vs_sedentary_low_pct", "cells_born_vs_sedentary_high_pct"},
    {"cells_born_per_day", LabGroup::Brain, false, 0, false, "new_neurons_per_day", LabReference::None},
    {"new_neurons_per_day", LabGroup::Brain, false, 0, false, "cells_born_per_day",
     LabReference::SedentaryNeurons},
    {"cells_born_total", LabGroup::Brain, true, 0, false, "new_neurons_total", LabReference::None},
    {"new_neurons_total", LabGroup::Brain, false, 0, false, "cells_born_total", LabReference::None},
    {"cells_born_vs_sedentary_low_pct", LabGroup::Brain, true, 0, false, nullptr, LabReference::None},
    {"cells_born_vs_sedentary_high_pct", LabGroup::Brain, true, 0, false, nullptr, LabReference::None},
    {"muscle_size_rel", LabGroup::Body, false, 2, false, "strength_rel", LabReference::One},
    {"strength_rel", LabGroup::Body, false, 2, false, "muscle_size_rel", LabReference::One},
    {"fatigue", LabGroup::Body, false, 2, false, "strain", LabReference::None},
    {"strain", LabGroup::Body, false, 2, false, "fatigue", LabReference::None},
    {"overtraining_stage", LabGroup::Body, false, 0, false, nullptr, LabReference::None},
    {"training_index", LabGroup::Body, false, 2, false, nullptr, LabReference::None},
    {"sessions_done", LabGroup::Body, false, 0, false, nullptr, LabReference::None},
    {"cognitive_index_z", LabGroup::Mind, false, 2, true, nullptr, LabReference::None},
};
static const LabRowStyle kUnlisted = {"", LabGroup::Body, true, -1, false, nullptr, LabReference::None};

const LabRowStyle& LabStyleFor(const char* readout_name) {
    for (const LabRowStyle& row : kRows)
        if (std::strcmp(row.Name, readout_name) == 0) return row;
    return kUnlisted;
}

LabTestField LabTestFieldFor(const char* readout_name) {
    if (std::strcmp(readout_name, "serum_bdnf_ng_ml") == 0) return LabTestField::SerumBdnf;
    if (std::strcmp(readout_name, "total_igf1_ng_ml") == 0) return LabTestField::TotalIgf1;
    if (std::strcmp(readout_name, "cognitive_index_z") == 0) return LabTestField::CognitiveZ;
    return LabTestField::None;
}

RangeStatus ClassifyRange(double low, double high, double value) {
    if (!(high > low) || !std::isfinite(value)) return RangeStatus::NoRange;
    if (value < low) return RangeStatus::Low;
    if (value > high) return RangeStatus::High;
    return RangeStatus::Normal;
}

RangeStatus ClassifyValue(const ReadoutInfo& info, double value) {
    return info.HasNormalRange() ? ClassifyRange(info.NormalLow, info.NormalHigh, value)
                                 : RangeStatus::NoRange;
}

bool ChangeFromStart(const ReadoutInfo& info, double value, double start, ChangeKind* kind, double* change) {
    if (!std::isfinite(value) || !std::isfinite(start)) return false;
    if (std::strcmp(info.Unit, "z") == 0) {
        *kind = ChangeKind::Difference;
        *change = value - start;
        return true;
    }
    if (!(start > 1e-6)) return false; // counts from zero (sessions, totals, fatigue): no percent
    *kind = ChangeKind::Percent;
    *change = (value - start) / start * 100.0;
    return true;
}

void UnitKey(const char* unit, char* out, int out_size) {
    static const char kPrefix[] = "lab.unit.";
    int n = 0;
    for (const char* c = kPrefix; *c && n < out_size - 1; c++) out[n++] = *c;
    for (const char* c = unit; *c && n < out_size - 1; c++)
        out[n++] = std::isalnum((unsigned char)*c) ? *c : '_';
    if (out_size > 0) out[n] = '\0';
}

} // namespace ng
