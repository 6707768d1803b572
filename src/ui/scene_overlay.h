// What is written and pressed over the scene: station titles (tap to focus), detail labels next
// to what they name when zoomed in, the row of camera views, the species legend (colour + shape
// + name, "1 particle = ...") or its "Key" button, the counter of new neurons and a discreet
// note when the detail is reduced. Drawn with ImGui so text stays crisp at every UI scale. It
// tells the scene which part of the screen is free (the layout's scene box, less the bottom
// row), so the camera frames the stations there. Call it after the panels: titles keep clear of
// every control drawn before them (docs/layout.md).
#pragma once
#include "model/stations.h"
#include "render/scene_renderer.h"
#include "screen_layout.h"
#include <vector>

namespace ng {

struct UiContext;

// What the overlay drew (window points), for state().layout and the next frame.
struct SceneOverlay {
    std::vector<Box> Labels;     // station titles with their status lines, as drawn
    Box Legend;                  // the open legend; empty when it is collapsed to its key
    Box BottomRow;               // the view strip and the legend or key: the camera keeps above it
    Box Stations[kStationCount]; // each station's area on screen
};

void DrawSceneOverlay(UiContext& ui, SceneRenderer& scene, SceneOverlay* overlay);

// Parts of the overlay (each in its own file).
// The box of the ImGui window being drawn (call before End).
Box CurrentWindowBox();
// The legend: open by the person's choice, or by itself where it leaves the stations room.
bool LegendOpen(const UiContext& ui, float free_height);
// The open legend or its "Key" button at the bottom-right of the free area; returns its box.
Box DrawSceneLegend(UiContext& ui, const SceneRenderer& scene, const Box& free, bool open);
// The camera views along the bottom of the free area, clear of `avoid`; returns its box.
Box DrawViewStrip(UiContext& ui, const Box& free, const Box& avoid);
// A station's status line (the set and rep, fibre growth, the new-neuron counter), or "".
void StationStatus(const SceneContent& scene, Station station, char* out, int out_size);
// Compare mode (scene_split.cpp): A and B side by side or stacked where the free area holds two
// legible scenes, else one scene with an A | B switch; None when not comparing.
SceneSplit ChooseSceneSplit(const UiContext& ui, const Box& free);
float SceneTopRoom(SceneSplit split); // what the badges or the A | B switch take at the top
// Each pane's "A · name" / "B · name" badge, or the A | B switch with the hidden programme's
// counter; returns the boxes drawn (labels keep clear of them).
std::vector<Box> DrawPaneBadges(UiContext& ui, const SceneRenderer& scene);

} // namespace ng
