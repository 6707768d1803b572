#include "app.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"
#include "io/scenario.h"
#include "platform.h"
#include "render/gl.h"
#include "ui/scene_overlay.h"
#include "ui/training_panel.h"
#include <cstdio>

namespace ng {

static const double kFixedFrameSeconds = 1.0 / 60.0; // --frames / --screenshot runs

bool App::Init(const AppOptions& options, std::vector<OptionNotice> notices) {
    Options = options;
    Notices = std::move(notices);

#ifdef __EMSCRIPTEN__
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas"); // keys stay with the app, not the whole page
#endif
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        PlatformFatal((std::string("SDL could not start: ") + SDL_GetError()).c_str());
        return false;
    }
#ifdef __EMSCRIPTEN__
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES); // WebGL2 = ES 3.0
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    const char* glsl_version = "#version 300 es";
#else
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    const char* glsl_version = "#version 330 core";
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    Window = SDL_CreateWindow("NeuroGains", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, Options.Width,
                              Options.Height, flags);
    if (Window) GlContext = SDL_GL_CreateContext(Window);
    if (!GlContext) {
        PlatformFatal((std::string("No OpenGL 3.3 / WebGL2 context: ") + SDL_GetError()).c_str());
        return false;
    }
    SDL_GL_MakeCurrent(Window, GlContext);
    SDL_GL_SetSwapInterval(Options.Frames > 0 ? 0 : 1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout is fixed by the app; nothing to save
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplSDL2_InitForOpenGL(Window, GlContext);
    ImGui_ImplOpenGL3_Init(glsl_version);
    UpdateStyle();

    if (!Scene.Init()) Notices.push_back({true, "The scene could not be drawn: " + Scene.Error()});

    // The protocol: defaults, then the scenario, then single parameters.
    if (!Options.Scenario.empty()) {
        Scenario scenario;
        std::vector<std::string> messages;
        if (!LoadScenario(Options.Scenario, &scenario, &messages))
            Notices.push_back({true, "scenario: " + (messages.empty() ? std::string("not found") : messages[0])});
        else
            Plan = scenario.Plan;
        for (size_t i = 1; i < messages.size(); i++) Notices.push_back({false, "scenario: " + messages[i]});
    }
    for (const auto& [param, value] : Options.ProtocolOverrides) SetParam(&Plan, *param, value);
    Sim = std::make_unique<Simulation>(Plan, Options.Seed);
    Clock.StepSeconds = Simulation::kStepMinutes * 60.0;
    if (Options.Speed >= 0) Clock.SetSpeed(Options.Speed);

#ifndef __EMSCRIPTEN__ // the page shows them; stderr would be a console error there
    for (const OptionNotice& n : Notices) std::fprintf(stderr, "NeuroGains: %s\n", n.Text.c_str());
#endif
    LastCounter = SDL_GetPerformanceCounter();
    return true;
}

float App::TargetUiScale() const {
    if (Options.UiScale > 0.0f) return Options.UiScale;
    return Options.Mode == AppMode::Presenter ? 1.75f : 1.0f;
}

void App::UpdateStyle() {
    int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
    SDL_GetWindowSize(Window, &window_w, &window_h);
    SDL_GL_GetDrawableSize(Window, &drawable_w, &drawable_h);
    float pixel_ratio = window_w > 0 ? (float)drawable_w / (float)window_w : 1.0f;
    float scale = TargetUiScale();
    if (scale == StyleScale && pixel_ratio == StylePixelRatio) return;
    Theme theme = Options.ThemeSet ? Options.UiTheme : (Options.Mode == AppMode::Presenter ? Theme::Projector : Theme::Dark);
    Fonts = ApplyUiStyle(theme, scale, pixel_ratio);
    StyleScale = scale;
    StylePixelRatio = pixel_ratio;
}

void App::RebuildGlObjects() {
    Scene.Shutdown();
    ImGui_ImplOpenGL3_DestroyDeviceObjects();
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    if (!Scene.Init()) Notices.push_back({true, "The scene could not be drawn: " + Scene.Error()});
}

void App::HandleEvent(const SDL_Event& event) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT) Quit = true;
    bool pointer = event.type == SDL_MOUSEMOTION || event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP ||
                   event.type == SDL_MOUSEWHEEL || event.type == SDL_FINGERDOWN || event.type == SDL_FINGERUP ||
                   event.type == SDL_FINGERMOTION || event.type == SDL_MULTIGESTURE;
    if (pointer && !ImGui::GetIO().WantCaptureMouse) {
        int window_w = 0, window_h = 0;
        SDL_GetWindowSize(Window, &window_w, &window_h);
        Scene.HandleEvent(event, window_w, window_h);
    }
    if (event.type != SDL_KEYDOWN || ImGui::GetIO().WantTextInput) return;
    switch (event.key.keysym.sym) {
    case SDLK_SPACE: Clock.Paused = !Clock.Paused; break;
    case SDLK_PERIOD:
        if (Clock.Paused) Sim->Step();
        break;
    case SDLK_PLUS:
    case SDLK_EQUALS:
    case SDLK_KP_PLUS: Clock.Faster(); break;
    case SDLK_MINUS:
    case SDLK_KP_MINUS: Clock.Slower(); break;
    default: break;
    }
}

void App::DrawUi() {
    if (!Options.ShowUi) return;
    TrainingPanelState training;
    training.Sim = Sim.get();
    training.Plan = &Plan;
    training.Clock = &Clock;
    training.Fonts = &Fonts;
    DrawTrainingPanel(&training);
    if (training.StepRequested) Sim->Step();

    // Notices about the options and files given (clamped or rejected values).
    if (!Notices.empty()) {
        const ImGuiViewport* viewport = ImGui::GetMainViewport();
        ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + 10.0f),
                                ImGuiCond_Always, ImVec2(0.5f, 0.0f));
        ImGui::Begin("##notices", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoDecoration);
        for (const OptionNotice& n : Notices)
            ImGui::TextColored(n.Rejected ? ImVec4(0.84f, 0.37f, 0.0f, 1.0f) : ImVec4(0.90f, 0.62f, 0.0f, 1.0f), "%s %s",
                               n.Rejected ? "\xE2\x9C\x97" : "!", n.Text.c_str());
        if (ImGui::Button("OK")) Notices.clear();
        ImGui::End();
    }
}

void App::Frame() {
    uint64_t now = SDL_GetPerformanceCounter();
    double real_dt = (double)(now - LastCounter) / (double)SDL_GetPerformanceFrequency();
    LastCounter = now;
    if (Options.Frames > 0) real_dt = kFixedFrameSeconds; // deterministic screenshots
    WallSeconds += real_dt;

    SDL_Event event;
    while (SDL_PollEvent(&event)) HandleEvent(event);

    int steps = Clock.Advance(real_dt);
    for (int i = 0; i < steps; i++) Sim->Step();

    if (GlContextLost) return; // nothing can be drawn until the browser restores the context
    UpdateStyle();

    int drawable_w = 0, drawable_h = 0;
    SDL_GL_GetDrawableSize(Window, &drawable_w, &drawable_h);
    SceneFrame scene;
    scene.Sim = Sim.get();
    scene.RenderTimeHours = Sim->TimeHours() + Clock.Alpha() * Simulation::kStepMinutes / 60.0;
    scene.WallSeconds = WallSeconds;
    scene.RealDeltaSeconds = real_dt;
    scene.Paused = Clock.Paused;
    scene.SimSecondsPerRealSecond = Clock.Paused ? 0.0 : SpeedStopAt(Clock.Speed).SimSecondsPerRealSecond;
    scene.ViewportWidth = drawable_w;
    scene.ViewportHeight = drawable_h;
    scene.PixelRatio = StylePixelRatio;
    if (Options.DrawScene) {
        Scene.Draw(scene);
    } else {
        glViewport(0, 0, drawable_w, drawable_h);
        glClearColor(0.05f, 0.06f, 0.09f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1e-3f; // ImGui 1.86 aborts on zero; browser timers can give it
    ImGui::NewFrame();
    if (Options.DrawScene) DrawSceneOverlay(Scene, scene, Fonts);
    DrawUi();
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    FrameCount++;
    if (Options.Frames > 0 && FrameCount >= Options.Frames) {
        if (!Options.ScreenshotPath.empty() && !PlatformSaveScreenshot(Options.ScreenshotPath.c_str(), drawable_w, drawable_h))
            ExitCode = 1;
        Quit = true;
    }
    SDL_GL_SwapWindow(Window);
    PlatformFrameDone(FrameCount);
}

void App::Shutdown() {
    Scene.Shutdown();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    if (GlContext) SDL_GL_DeleteContext(GlContext);
    if (Window) SDL_DestroyWindow(Window);
    SDL_Quit();
}

} // namespace ng
