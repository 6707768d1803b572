#include "scene_overlay.h"
#include "render/scene_renderer.h"

namespace ng {

void DrawSceneOverlay(const SceneRenderer&, const SceneFrame&, const UiFonts&) {}

} // namespace ng
