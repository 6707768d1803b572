// Where the scene is drawn in compare mode (issue 14): one pane, or A and B side by side or
// stacked in the area the panels leave free, each pane framed by the same camera so the two
// programmes are seen the same way. Pure C++ (tested in tests/render).
#pragma once
#include "camera.h"

namespace ng {

class SceneContent;

// How programme B shares the screen (the overlay picks it from the layout, ui/scene_split.cpp).
enum class SceneSplit {
    None,       // one scene: A, or B while "show B" is chosen
    SideBySide, // A left, B right
    Stacked,    // A above, B below
};

// One scene on the screen, in drawable pixels (y down).
struct ScenePane {
    float X = 0.0f, Y = 0.0f, W = 0.0f, H = 0.0f;
    bool IsB = false;
    const SceneContent* Content = nullptr; // set by the renderer
};

struct ScenePaneRequest {
    SceneSplit Split = SceneSplit::None;
    float Width = 0.0f, Height = 0.0f; // the drawable size
    ScreenInsets Insets;               // covered by panels (one scene's camera avoids them)
    float Below = 0.0f;                // of the bottom inset, what only the bottom row covers
    float Top = 0.0f; // kept clear at the top: each pane's badge, or one scene's A | B switch
    float Gap = 2.0f; // the divider between A and B
};

struct ScenePaneLayout {
    int Count = 1;
    ScenePane Panes[2];
    ScreenInsets CameraInsets; // inside a pane
    float CameraWidth = 0.0f, CameraHeight = 0.0f;
};

// One pane is the whole screen with the panels as insets; two share the free area. Side by side
// they reach under the bottom row (their camera keeps above it); stacked, B ends above it.
ScenePaneLayout LayoutScenePanes(const ScenePaneRequest& request);

} // namespace ng
