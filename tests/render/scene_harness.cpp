#include "scene_harness.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"
#include "io/scenario.h"
#include "model/simulation.h"
#include "render/gl.h"
#include "session/sim_clock.h"
#include "ui/scene_overlay.h"
#include "ui/ui_context.h"
#include "ui/ui_state.h"
#include "ui/ui_style.h"
#include <SDL.h>
#include <chrono>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO_OVERRIDE
#include <stb/stb_image_write.h>

namespace ng {

bool SceneHarness::Start(int width, int height, std::string* error) {
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        *error = std::string("SDL: ") + SDL_GetError();
        return false;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    Window = SDL_CreateWindow("scene", 0, 0, width, height, SDL_WINDOW_OPENGL | SDL_WINDOW_HIDDEN);
    if (Window) Context = SDL_GL_CreateContext(Window);
    if (!Context) {
        *error = std::string("no OpenGL 3.3 context: ") + SDL_GetError();
        return false;
    }
    SDL_GL_MakeCurrent(Window, (SDL_GLContext)Context);
    SDL_GL_SetSwapInterval(0);
    SceneReady = Renderer.Init();
    if (!SceneReady) {
        *error = "scene: " + Renderer.Error();
        return false;
    }
    return true;
}

void SceneHarness::Stop() {
    if (ImGuiReady) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext();
        ImGuiReady = false;
    }
    if (SceneReady) Renderer.Shutdown();
    SceneReady = false;
    if (Context) SDL_GL_DeleteContext((SDL_GLContext)Context);
    if (Window) SDL_DestroyWindow(Window);
    Context = nullptr, Window = nullptr;
    SDL_Quit();
}

// The overlay over the scene, as the app draws it (no panels): ImGui on the same window.
void SceneHarness::DrawOverlay(const SceneFrame& frame, float ui_scale) {
    if (!ImGuiReady) {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;
        ImGui_ImplSDL2_InitForOpenGL(Window, Context);
        ImGui_ImplOpenGL3_Init("#version 330 core");
        ImGuiReady = true;
    }
    static UiFonts fonts;
    if (FontScale != ui_scale) {
        fonts = ApplyUiStyle(Theme::Dark, ui_scale, 1.0f, false);
        FontScale = ui_scale;
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2((float)frame.ViewportWidth, (float)frame.ViewportHeight);
    io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    // The overlay alone: no panels, so the scene has the whole window (presenter's 'H').
    static Preferences prefs;
    static SceneOverlay overlay;
    static UiState state;
    prefs.ShowUi = false;
    CommandQueue commands;
    UiContext ui;
    ui.Fonts = &fonts;
    ui.Prefs = &prefs;
    ui.Commands = &commands;
    ui.State = &state;
    LayoutInput layout;
    layout.Width = io.DisplaySize.x, layout.Height = io.DisplaySize.y, layout.ShowUi = false;
    ui.Layout = ComputeScreenLayout(layout);
    DrawSceneOverlay(ui, Renderer, &overlay);
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

static double Seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool SceneHarness::Render(const ShotOptions& options, ShotResult* result, std::string* error) {
    Scenario scenario;
    std::vector<std::string> messages;
    if (!LoadScenario(options.Scenario, &scenario, &messages)) {
        *error = messages.empty() ? "unknown scenario" : messages[0];
        return false;
    }
    int speed = FindSpeedStop(options.Speed.c_str());
    if (speed < 0) {
        *error = "unknown speed " + options.Speed;
        return false;
    }
    if (FindView(options.View) == kUnknownView) {
        *error = "unknown view " + options.View;
        return false;
    }
    Simulation sim(scenario.Settings, options.Seed);
    sim.Advance(options.AdvanceDays * 24.0);
    SimClock clock;
    clock.StepSeconds = kStepMinutes * 60.0;
    clock.SetSpeed(speed);

    SceneRenderer& scene = Renderer;
    scene.ShowView(options.View.c_str(), false);
    scene.SetParticleDensity(options.ParticleDensity);
    ShotTimings sum;
    int tissue_draws = 0;
    SceneFrame frame;
    frame.Sim = &sim;
    frame.ViewportWidth = options.Width, frame.ViewportHeight = options.Height;
    frame.Seed = options.Seed;
    frame.QualityLevel = options.Quality;
    frame.RenderScale = options.RenderScale;
    frame.SimSecondsPerRealSecond = SpeedStopAt(speed).SimSecondsPerRealSecond;
    const double dt = 1.0 / 60.0;
    for (int f = 0; f < options.Frames; f++) {
        double t0 = Seconds();
        int steps = clock.Advance(dt);
        for (int i = 0; i < steps; i++) sim.Step();
        sum.ModelMs += (Seconds() - t0) * 1000.0;
        frame.RenderTimeHours = sim.TimeHours() + clock.Alpha() * kStepMinutes / 60.0;
        frame.WallSeconds = (f + 1) * dt;
        frame.RealDeltaSeconds = dt;
        scene.Draw(frame);
        const SceneTimings& t = scene.Timings();
        sum.InputMs += t.InputSeconds * 1000.0, sum.UpdateMs += t.UpdateSeconds * 1000.0;
        sum.SubmitMs += t.SubmitSeconds * 1000.0;
        tissue_draws += t.TissueDraws;
        if (options.Overlay) DrawOverlay(frame, options.UiScale);
        if (options.FinishFrames) {
            double t1 = Seconds();
            glFinish();
            sum.GpuMs += (Seconds() - t1) * 1000.0;
        }
    }
    double n = options.Frames > 0 ? (double)options.Frames : 1.0;
    result->Timings = {sum.ModelMs / n, sum.InputMs / n, sum.UpdateMs / n, sum.SubmitMs / n, sum.GpuMs / n};
    result->TissueDraws = tissue_draws;
    result->Width = options.Width, result->Height = options.Height;
    result->Rgba.assign((size_t)options.Width * options.Height * 4, 0);
    std::vector<unsigned char> rows(result->Rgba.size());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, options.Width, options.Height, GL_RGBA, GL_UNSIGNED_BYTE, rows.data());
    size_t stride = (size_t)options.Width * 4;
    for (int y = 0; y < options.Height; y++) // GL rows start at the bottom
        std::copy(rows.begin() + (options.Height - 1 - y) * stride,
                  rows.begin() + (options.Height - y) * stride, result->Rgba.begin() + y * stride);
    for (size_t i = 3; i < result->Rgba.size(); i += 4) result->Rgba[i] = 255;
    result->Inputs = scene.Inputs();
    result->View = scene.GetCamera();
    result->Particles = scene.Particles().Count();
    SDL_GL_SwapWindow(Window);
    return true;
}

bool WritePng(const char* path, const ShotResult& shot) {
    return stbi_write_png(path, shot.Width, shot.Height, 4, shot.Rgba.data(), shot.Width * 4) != 0;
}

} // namespace ng
