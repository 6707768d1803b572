// What is written over the scene: station titles (click to focus), detail labels next to what
// they name when zoomed in, the species legend (colour + shape + name, "1 particle = ..."), the
// counter of new neurons and a discreet note when the detail is reduced. Drawn with ImGui so
// text stays crisp at every UI scale. It also tells the scene which screen margins the panels
// cover, so the camera frames the stations in the free part.
#pragma once

namespace ng {

class SceneRenderer;
struct SceneFrame;
struct UiFonts;

void DrawSceneOverlay(SceneRenderer& scene, const SceneFrame& frame, const UiFonts& fonts);

} // namespace ng
