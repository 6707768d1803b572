// Pieces the lab panel's files share: colours for the current theme, a readout's translated
// texts and formatted values, the range-status badge (symbol + word + colour) and the tooltip
// that explains a readout in plain words with its source.
#pragma once
#include "imgui.h"
#include "lab_readouts.h"

namespace ng {

struct ReadoutInfo;
struct UiContext;

// Okabe-Ito colours, lighter on dark themes and darker on light / projector themes.
struct LabColors {
    ImU32 Main, Companion, Tests, Reference, Band;
    ImU32 B;                  // programme B when comparing (dashed)
    ImVec4 Normal, High, Low; // status text
};
LabColors CurrentLabColors();

const char* ReadoutLabel(const ReadoutInfo& info);
const char* ReadoutUnit(const ReadoutInfo& info);
// "32.8 ng/mL": the readout's precision and translated unit; "–" for NaN.
void FormatReadout(const ReadoutInfo& info, double value, char* out, int out_size);
// "16.1–49.3" (only the decimals the bounds need); FormatRange adds the unit.
void FormatRangeNumbers(double low, double high, char* out, int out_size);
void FormatRange(const ReadoutInfo& info, double low, double high, char* out, int out_size);

// "✓ normal", "▲ high", "▼ low" or "–" (no range), in the status colour; the symbol alone when
// `with_word` is false (narrow panels show StatusLegend() instead).
void StatusBadge(RangeStatus status, const LabColors& colors, bool with_word);
void StatusLegend(const LabColors& colors);
// Plain-words meaning, the value now and its status in words, the normal range, the source and
// honesty notes (modelling choice, not re-read, contested), from the translation tables and the
// registry's Source field.
void ReadoutTooltip(const ReadoutInfo& info, double value);

// The last blood test as a lab report (lab_report.cpp), with a button that sets *open to false.
// Selecting a test's row puts its readout in *selected (the plot). Closes itself (*open = false)
// when there is no test.
void DrawBloodTestReport(const UiContext& ui, const LabColors& colors, int* selected, bool* open);

} // namespace ng
