#include "scene_gestures.h"
#include "render/scene_renderer.h"
#include <cmath>

namespace ng {

static void PushPan(CommandQueue* commands, float dx, float dy) {
    Command c{CommandType::PanView, ""};
    c.X = dx, c.Y = dy;
    commands->Pending.push_back(c);
}

static void PushZoom(CommandQueue* commands, float factor, float x, float y) {
    Command c{CommandType::ZoomView, "", factor};
    c.X = x, c.Y = y;
    commands->Pending.push_back(c);
}

bool SceneGestures::Handle(const SDL_Event& event, int window_width, int window_height, float pixel_ratio,
                           const SceneRenderer& scene, CommandQueue* commands) {
    switch (event.type) {
    case SDL_MOUSEBUTTONDOWN: {
        if (event.button.which == SDL_TOUCH_MOUSEID || event.button.button != SDL_BUTTON_LEFT) return false;
        if (event.button.clicks < 2) {
            Dragging = true;
            return true;
        }
        // A double click focuses the station under the pointer, or backs out of the one shown.
        int station = scene.StationAt(event.button.x * pixel_ratio, event.button.y * pixel_ratio);
        bool back_out = scene.ViewFitted() && scene.CurrentView() == station;
        commands->Push(CommandType::FocusView, ViewId(back_out ? kOverviewView : station));
        return true;
    }
    case SDL_MOUSEBUTTONUP:
        if (event.button.which == SDL_TOUCH_MOUSEID) return false;
        Dragging = false;
        return true;
    case SDL_MOUSEMOTION:
        if (event.motion.which == SDL_TOUCH_MOUSEID || !Dragging) return false;
        if (!(event.motion.state & SDL_BUTTON_LMASK)) {
            Dragging = false;
            return false;
        }
        PushPan(commands, (float)event.motion.xrel, (float)event.motion.yrel);
        return true;
    case SDL_MOUSEWHEEL: {
        if (event.wheel.which == SDL_TOUCH_MOUSEID || event.wheel.y == 0) return false;
        int mx = 0, my = 0;
        SDL_GetMouseState(&mx, &my);
        PushZoom(commands, std::pow(1.15f, event.wheel.y > 0 ? 1.0f : -1.0f), (float)mx, (float)my);
        return true;
    }
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP: {
        // Finger positions arrive normalised to the window (0..1).
        float x = event.tfinger.x * window_width, y = event.tfinger.y * window_height;
        int slot = -1;
        for (int i = 0; i < FingerCount; i++)
            if (FingerIds[i] == event.tfinger.fingerId) slot = i;
        if (event.type == SDL_FINGERDOWN) {
            if (slot < 0 && FingerCount < 2) slot = FingerCount++;
            if (slot < 0) return true;
            FingerIds[slot] = event.tfinger.fingerId, FingerX[slot] = x, FingerY[slot] = y;
            return true;
        }
        if (slot < 0) return false;
        if (event.type == SDL_FINGERUP) {
            if (slot == 0 && FingerCount == 2)
                FingerIds[0] = FingerIds[1], FingerX[0] = FingerX[1], FingerY[0] = FingerY[1];
            FingerCount--;
            return true;
        }
        if (FingerCount == 1) {
            PushPan(commands, x - FingerX[0], y - FingerY[0]);
        } else {
            // Two fingers: pan with their midpoint, zoom with their distance.
            int other = 1 - slot;
            float old_mx = (FingerX[0] + FingerX[1]) * 0.5f, old_my = (FingerY[0] + FingerY[1]) * 0.5f;
            float old_d = std::hypot(FingerX[slot] - FingerX[other], FingerY[slot] - FingerY[other]);
            float new_d = std::hypot(x - FingerX[other], y - FingerY[other]);
            float new_mx = (x + FingerX[other]) * 0.5f, new_my = (y + FingerY[other]) * 0.5f;
            PushPan(commands, new_mx - old_mx, new_my - old_my);
            if (old_d > 2.0f && new_d > 2.0f) PushZoom(commands, new_d / old_d, new_mx, new_my);
        }
        FingerX[slot] = x, FingerY[slot] = y;
        return true;
    }
    case SDL_MULTIGESTURE:
        return true; // handled through the finger events
    default:
        return false;
    }
}

} // namespace ng
