// Programme B in the panels (issue 14, "Compare"): the lab's Compare control, B's series and
// readouts beside A's, and the training panel's A / B switch. compare_ui.cpp.
#pragma once
#include "ui_context.h"
#include <string>

namespace ng {

struct CompareRun;

// A scenario's translated title ("scenario.<id>"), or the id where no title exists.
std::string ScenarioName(const std::string& id);
// Programme B, or null when not comparing.
const CompareRun* CompareOf(const UiContext& ui);
// B's source in words: a scenario's title, "A copy of A" or, for "", "Nothing (A alone)".
std::string CompareSourceName(const std::string& source);
// "Compare with: [off | copy of A | scenario]" (widget "lab.compare"): pushes SetCompare. The
// combo leaves `reserve` of the row's width free (for a button beside it).
void DrawCompareControl(UiContext& ui, float reserve = 0.0f);
// "A 32.8 · B 28.1 · B − A −4.7 ng/mL" for readout i; "" when not comparing.
std::string CompareReadoutLine(const UiContext& ui, int readout);
// The training panel's "Edit A | Edit B" switch (when comparing): returns the context the
// panel's controls use (B's plan and model while B is edited).
UiContext TrainingTarget(UiContext& ui);
// Whether the training controls edit programme B.
bool EditingB(const UiContext& ui);

} // namespace ng
