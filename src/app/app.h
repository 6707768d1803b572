// The application: one SDL window with an OpenGL context, the model on a fixed time step, the
// scene and the ImGui panels. The same Frame() runs natively in a loop and on the web from
// requestAnimationFrame (design.md §4: input -> commands -> model.Step() -> render + UI).
#pragma once
#include "model/simulation.h"
#include "options.h"
#include "render/scene_renderer.h"
#include "sim_clock.h"
#include "ui/ui_style.h"
#include <SDL.h>
#include <memory>
#include <string>
#include <vector>

namespace ng {

struct App {
    AppOptions Options;
    std::vector<OptionNotice> Notices; // shown on screen until dismissed

    SDL_Window* Window = nullptr;
    SDL_GLContext GlContext = nullptr;
    bool GlContextLost = false; // WebGL: between "context lost" and "restored" nothing is drawn

    Protocol Plan; // the protocol the controls edit
    std::unique_ptr<Simulation> Sim;
    SimClock Clock;

    SceneRenderer Scene;
    UiFonts Fonts;
    float StyleScale = 0.0f, StylePixelRatio = 0.0f; // what the fonts were built for

    uint64_t LastCounter = 0;
    double WallSeconds = 0.0;
    long long FrameCount = 0;
    bool Quit = false;
    int ExitCode = 0;

    bool Init(const AppOptions& options, std::vector<OptionNotice> notices);
    void Frame();
    void Shutdown();

    // GL objects are gone after a WebGL context loss: rebuild them all (scene and ImGui).
    void RebuildGlObjects();

private:
    void HandleEvent(const SDL_Event& event);
    void UpdateStyle();
    void DrawUi();
    float TargetUiScale() const;
};

} // namespace ng
