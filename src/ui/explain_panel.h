// The explain card of a station (texts in assets/content, content/cards.h): what happens, why it
// matters, how it is measured, the risk, the simulation's modelling choices, the notes on what
// scientists still debate (a framed box with an icon and a label, never colour alone) and the
// sources with their confidence. Tabs switch between the four stations; picking one sets
// Prefs->ExplainStation. The card fills the middle column between the side panels, from under the
// top bar to the bottom, over the tour's caption bar while it is open (the bar comes back when
// the card closes). "Close" pushes ShowExplain with no station.
#pragma once
#include "ui_context.h"
#include <string>

namespace ng {

// station: muscle, blood, barrier or hippocampus (anything else shows the first card).
void DrawExplainPanel(UiContext& ui, const std::string& station);
// A station's card in the current language as plain text (the page's screen-reader layer):
// its title, and what happens and why it matters. False for an unknown station.
bool ExplainCardText(const std::string& station, std::string* title, std::string* text);

} // namespace ng
