// What is written over the scene: station labels, the species legend with "1 particle ≈ …",
// and the counter of new neurons. Drawn with ImGui so text stays crisp at every UI scale.
#pragma once

namespace ng {

class SceneRenderer;
struct SceneFrame;
struct UiFonts;

void DrawSceneOverlay(const SceneRenderer& scene, const SceneFrame& frame, const UiFonts& fonts);

} // namespace ng
