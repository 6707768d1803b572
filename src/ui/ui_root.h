// Draws every panel for the current mode and frame: top bar, training, lab, explain card, tour,
// preferences, shortcut sheet and notices.
#pragma once
#include "app/options.h"
#include "ui_context.h"
#include <vector>

namespace ng {

void DrawUiRoot(UiContext& ui, std::vector<OptionNotice>* notices);

// Panels of the shell (each in its own file).
void DrawTopBar(UiContext& ui);
void DrawTrainingPanel(UiContext& ui);
void DrawViewStrip(UiContext& ui);
void DrawPreferencesWindow(UiContext& ui);
void DrawShortcutSheet(UiContext& ui);
void DrawNotices(UiContext& ui, std::vector<OptionNotice>* notices);
// Kiosk mode: big touch controls in the lower half, the countdown and the attract prompt.
void DrawKioskUi(UiContext& ui);

// "Week 2 · Tue · 14:05" for a simulated time in hours since the start of the programme.
void FormatSimTime(double hours, char* out, int out_size);
// The URL query (web) or command-line flags (native) that reproduce the current setup.
std::string ShareQuery(const UiContext& ui);

} // namespace ng
