// The Lab panel (docs/design.md §2): every readout of the model with its unit, current value and normal
// range, grouped in tabs (blood, brain, body, mind); a live plot of the selected readout over
// simulated time with its normal band and companions; a "blood test" that measures with real
// noise and prints a lab report; and the CSV export of the daily values.
#pragma once

namespace ng {

struct UiContext;

// Draws the panel in ui.Layout's right-hand region (nothing when the region is empty or the lab
// is hidden). Acts only through ui.Commands (BloodTest, ExportCsv).
void DrawLabPanel(UiContext& ui);

} // namespace ng
