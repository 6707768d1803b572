// Draws every panel for the current mode and frame: top bar, training, lab, explain card, tour,
// preferences, shortcut sheet and notices.
#pragma once
#include "session/options.h"
#include "ui_context.h"
#include <vector>

namespace ng {

void DrawUiRoot(UiContext& ui, std::vector<OptionNotice>* notices);

// Panels of the shell (each in its own file).
void DrawTopBar(UiContext& ui);
void DrawTrainingPanel(UiContext& ui);
// A bar along an edge of the screen (top bar, dock): square corners, a fixed box. Call End after.
void BeginEdgeBar(const char* name, const Box& box);
// Compact layouts: the panel buttons along the bottom edge.
void DrawDock(UiContext& ui);
// The width a one-row compact top bar needs (wider than the window: the time controls take a
// second row).
float CompactTopBarWidth(const UiContext& ui);
void DrawPreferencesWindow(UiContext& ui);
void DrawShortcutSheet(UiContext& ui);
void DrawNotices(UiContext& ui, std::vector<OptionNotice>* notices);
// Kiosk mode: big touch controls in the lower half, the countdown and the attract prompt.
void DrawKioskUi(UiContext& ui);
// The kiosk's control box (the layout's Kiosk box) as a window with touch-sized controls; false
// (nothing to end) when the layout gave it no room. EndKioskBox() after.
bool BeginKioskBox(UiContext& ui, const char* name);
void EndKioskBox();
// A kiosk's big slider for a model parameter (at least kKioskRow tall), its label above.
void KioskSlider(UiContext& ui, const char* name, const char* unit);
// Kiosk: the challenge's controls, run and score with the day's board (kiosk_challenge.cpp).
void DrawKioskChallenge(UiContext& ui, const Challenge& challenge);

// Touch screens have no scroll wheel, and ImGui 1.86 no drag-to-scroll: a drag that starts on
// the current window's empty space scrolls it (never while a control is held). Call after Begin.
void DragToScroll();

// "Week 2 · Tue · 14:05" for a simulated time in hours since the start of the programme.
void FormatSimTime(double hours, char* out, int out_size);
// The URL query (web) or command-line flags (native) that reproduce the current setup.
std::string ShareQuery(const UiContext& ui);

} // namespace ng
