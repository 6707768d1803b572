// Renders the scene alone (no panels) into an offscreen SDL/OpenGL window with the real model:
// a scenario, optionally run ahead, then N frames of 1/60 s at a time speed, from a chosen view.
// Shared by scene_shot (screenshots for the docs), the render test and the render benchmark.
#pragma once
#include "render/scene_renderer.h"
#include <cstdint>
#include <string>
#include <vector>

struct SDL_Window;

namespace ng {

struct ShotOptions {
    std::string Scenario = "balanced";
    double AdvanceDays = 0.0; // run the model ahead before the first frame
    std::string View = "overview";
    std::string Speed = "hour";
    int Frames = 120; // at 1/60 s each
    uint64_t Seed = 1;
    int Width = 1280, Height = 720;
    int Quality = 4;              // fixed quality level (deterministic); -1: the governor
    float RenderScale = 1.0f;     // the scene's resolution, of the window's
    float ParticleDensity = 1.0f; // benchmarks: more particles for the same flux
    bool FinishFrames = false;    // wait for the GPU each frame (benchmarks time it)
    bool Overlay = false;         // also draw the overlay (labels, legend) as the app does
    float UiScale = 1.0f;
};

// Mean milliseconds per frame of each part (benchmarks).
struct ShotTimings {
    double ModelMs = 0.0, InputMs = 0.0, UpdateMs = 0.0, SubmitMs = 0.0, GpuMs = 0.0;
};

struct ShotResult {
    std::vector<unsigned char> Rgba; // Width x Height x 4, top row first
    int Width = 0, Height = 0;
    SceneInputs Inputs; // what the scene read in the last frame
    Camera View;        // the camera of the last frame (maps world to pixels)
    int Particles = 0;
    int TissueDraws = 0; // tissue passes drawn over all frames (the rest were copied from the cache)
    ShotTimings Timings;
};

class SceneHarness {
public:
    bool Start(int width, int height, std::string* error); // offscreen GL 3.3 core window
    void Stop();
    // Renders one shot. False with *error if the scenario or view is unknown or GL failed.
    bool Render(const ShotOptions& options, ShotResult* result, std::string* error);
    SceneRenderer& Scene() { return Renderer; }

private:
    void DrawOverlay(const SceneFrame& frame, float ui_scale);

    SDL_Window* Window = nullptr;
    bool ImGuiReady = false;
    float FontScale = 0.0f;
    void* Context = nullptr;
    SceneRenderer Renderer;
    bool SceneReady = false;
};

bool WritePng(const char* path, const ShotResult& shot);

} // namespace ng
