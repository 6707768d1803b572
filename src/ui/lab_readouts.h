// How the lab panel groups and shows each readout of the model's registry (model/readouts.h):
// its tab, its precision, what is drawn with it on the same plot, and whether a value lies in
// the normal range. Pure C++ (no ImGui), tested in tests/ui.
#pragma once

namespace ng {

struct ReadoutInfo;

enum class LabGroup { Blood, Brain, Body, Mind, Count };

// A line drawn across the plot for comparison.
enum class LabReference {
    None,
    SedentaryNeurons, // Simulation::BaselineNewNeuronsPerDay()
    One,              // 1.0 = the value at the start
};

struct LabRowStyle {
    const char* Name; // readout name
    LabGroup Group;
    bool Secondary;        // listed under "more" in its tab (free forms and candidate signals)
    int Decimals;          // -1: about three significant digits
    bool ShowSign;         // z scores
    const char* Companion; // another readout drawn on the same plot (same kind of unit), or nullptr
    LabReference Reference;
    // Readouts drawn as the low and high edge of a modelling-choice band (docs/model.md), or nullptr.
    const char* BandLow = nullptr;
    const char* BandHigh = nullptr;
};

// The style of a readout. Readouts the table does not list get a generic style (Body tab, under
// "more", Name "") so a readout added to the model still shows up.
const LabRowStyle& LabStyleFor(const char* readout_name);
// Which result of a blood test belongs on this readout's plot (as measured points), if any.
enum class LabTestField { None, SerumBdnf, TotalIgf1, CognitiveZ };
LabTestField LabTestFieldFor(const char* readout_name);

enum class RangeStatus { NoRange, Low, Normal, High };
RangeStatus ClassifyValue(const ReadoutInfo& info, double value);
RangeStatus ClassifyRange(double low, double high, double value);

// Change from the value at the start of the run. Percent when the start value is clearly
// non-zero; for z scores (unit "z") the difference. False when neither makes sense.
enum class ChangeKind { Percent, Difference };
bool ChangeFromStart(const ReadoutInfo& info, double value, double start, ChangeKind* kind, double* change);

// "x rest" -> "lab.unit.x_rest": the i18n key of a unit (letters and digits kept, the rest '_').
void UnitKey(const char* unit, char* out, int out_size);

} // namespace ng
