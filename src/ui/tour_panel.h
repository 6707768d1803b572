// The guided tour's caption in the layout's tour region (a column beside the scene, a drawer or
// a bottom strip): the title, "Still debated" on steps about contested science, the caption and
// its sources, and the buttons ← Previous, "Step k of n", Next → (Finish on the last step), Read
// more (the explain card of the step's station) and Close tour, on two rows where one is too
// narrow; a thin line along the top shows the step's time when the tour plays by itself. Text
// follows the UI scale, so it is big in presenter mode; buttons are touch-sized on touch screens
// and in kiosk mode. Buttons push TourPrevious / TourNext / TourStop / ShowExplain: the app moves
// the player (content/tour_player.h) and carries out the actions.
#pragma once
#include "content/tour_player.h"
#include "ui_context.h"

namespace ng {

// Draws nothing while the tour is not playing.
void DrawTourPanel(UiContext& ui, const TourPlayer& tour);

} // namespace ng
