// Mouse and touch gestures on the free part of the scene, turned into commands like every other
// control: drag or one finger pans (PanView), the wheel or two fingers zoom (ZoomView), a double
// click focuses the station under the pointer or backs out to the overview (FocusView).
// Positions are window points; the app converts them to the renderer's drawable pixels.
#pragma once
#include "session/commands.h"
#include <SDL.h>

namespace ng {

class SceneRenderer;

struct SceneGestures {
    bool Dragging = false; // the left mouse button went down on the scene
    int FingerCount = 0;   // fingers that landed on the scene (at most two are followed)
    SDL_FingerID FingerIds[2] = {0, 0};
    float FingerX[2] = {0, 0}, FingerY[2] = {0, 0}; // window points

    // Turns one event the UI did not take into commands. The scene is only read (which station
    // is under a double click). True if the event was a scene gesture.
    bool Handle(const SDL_Event& event, int window_width, int window_height, float pixel_ratio,
                const SceneRenderer& scene, CommandQueue* commands);
};

} // namespace ng
