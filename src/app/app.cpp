#include "app.h"
#include "content/i18n.h"
#include "content/questions.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"
#include "platform.h"
#include "render/gl.h"
#include "ui/explain_panel.h"
#include "ui/questions_panel.h"
#include "ui/scene_overlay.h"
#include "ui/tour_panel.h"
#include "ui/ui_root.h"
#include "ui/ui_theme.h"
#include "ui/widget_map.h"
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

namespace ng {

static const double kFixedFrameSeconds = 1.0 / 60.0; // --frames / --screenshot runs

bool App::Init(const AppOptions& options, std::vector<OptionNotice> notices) {
    Options = options;
    Notices = std::move(notices);
    Mode = Options.Mode;
    Prefs.UiTheme =
        Options.ThemeSet ? Options.UiTheme : (Mode == AppMode::Presenter ? Theme::Projector : Theme::Dark);
    Prefs.UiScale = Options.UiScale > 0.0f ? Options.UiScale : 1.0f;
    Prefs.ScaleChosen = Options.UiScale > 0.0f;
    Prefs.ShowUi = Options.ShowUi;
    Kiosk.IdleSeconds = Options.IdleSeconds;
    Prefs.ReducedMotion = PlatformPrefersReducedMotion();
    if (Options.Fuzz) Fuzz = std::make_unique<FuzzInput>(Options.Seed);
    ChooseLanguage(Options.Lang);

#ifdef __EMSCRIPTEN__
    SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT,
                "#canvas"); // keys stay with the app, not the whole page
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
    Prefs.ShowLab = Mode == AppMode::Student && LabFits();
    SDL_GL_SetSwapInterval(Options.Frames > 0 ? 0 : 1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout is fixed by the app; nothing to save
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplSDL2_InitForOpenGL(Window, GlContext);
    ImGui_ImplOpenGL3_Init(glsl_version);
    // The scene's shaders first: the browser compiles them while the font atlas is baked.
    if (!Scene.Init()) AddNotice(true, "The scene could not be drawn: " + Scene.Error());
    UpdateStyle();

    SessionStart start;
    start.Scenario = Options.Scenario;
    start.ProtocolOverrides = Options.ProtocolOverrides;
    start.Speed = Options.Speed;
    start.Seed = Options.Seed;
    start.Compare = Options.Compare;
    start.CompareOverrides = Options.CompareOverrides;
    Run.Begin(start); // defaults, then the scenario and single parameters from the options
    TakeSessionEvents();
    if (!Options.View.empty()) Execute({CommandType::FocusView, Options.View});
    if (Options.AdvanceDays > 0.0) Run.AdvanceDays(Options.AdvanceDays);
    if (Options.StartTour) Execute({CommandType::TourStart, ""});
    if (Options.Activity == "questions") Execute({CommandType::Question, "open"});
    KioskChallenge.PlaySeconds = ChallengePlaySeconds(Options.IdleSeconds);
    if (Options.Activity == "challenge") {
        if (Mode == AppMode::Kiosk)
            Execute({CommandType::Challenge, "open"});
        else
            AddNotice(true, "activity=challenge: the challenge is for mode=kiosk");
    }
#ifndef __EMSCRIPTEN__ // the page shows them; stderr would be a console error there
    for (const OptionNotice& n : Notices) std::fprintf(stderr, "NeuroGains: %s\n", n.Text.c_str());
#endif
    LastCounter = SDL_GetPerformanceCounter();
    return true;
}

void App::AddNotice(bool rejected, const std::string& text) {
    for (const OptionNotice& n : Notices)
        if (n.Text == text) return;
    if (Notices.size() >= 8) Notices.erase(Notices.begin());
    Notices.push_back({rejected, text});
}

void App::ChooseLanguage(const std::string& code) {
    PendingLanguage.clear();
    if (LanguageListed(code) && !LanguageLoaded(code) && PlatformFetchLanguage(code)) {
        PendingLanguage = code; // English until the texts arrive
        return;
    }
    bool loaded = SetLanguage(code);
    Prefs.Lang = CurrentLanguage();
    if (!loaded) AddNotice(true, "lang: no translation for \"" + code + "\"; using English");
}

void App::LanguageArrived(const std::string& code, bool loaded) {
    if (code != PendingLanguage) return; // the person chose another one meanwhile
    PendingLanguage.clear();
    if (loaded) {
        SetLanguage(code);
        Prefs.Lang = code;
    } else {
        AddNotice(true, "lang: the texts for \"" + code + "\" could not be loaded (offline?); using English");
    }
}

// Presenter and kiosk modes without an explicit scale: text grows with the window's shorter
// side, so a 1080p projector (or a 1080x1920 kiosk) gets about 1.9x and a 720p one 1.25x (the
// panels must still leave room for the scene).
static float PresenterScale(int window_width, int window_height) {
    return std::clamp(std::min(window_width, window_height) / 720.0f * 1.25f, 1.25f, 2.5f);
}

void App::UpdateStyle() {
    int window_w = 0, window_h = 0;
    SDL_GetWindowSize(Window, &window_w, &window_h);
    float pixel_ratio = PixelRatio();
    if (Mode != AppMode::Student && !Prefs.ScaleChosen) Prefs.UiScale = PresenterScale(window_w, window_h);
    float scale = std::clamp(Prefs.UiScale, 1.0f, 3.0f);
    Touch = Options.Touch >= 0 ? Options.Touch == 1 : PlatformCoarsePointer();
    if (scale == StyleScale && pixel_ratio == StylePixelRatio && Prefs.UiTheme == StyleTheme &&
        Touch == StyleTouch)
        return;
    Fonts = ApplyUiStyle(Prefs.UiTheme, scale, pixel_ratio, Touch);
    StyleTheme = Prefs.UiTheme;
    StyleScale = scale;
    StylePixelRatio = pixel_ratio;
    StyleTouch = Touch;
}

void App::RebuildGlObjects() {
    Scene.Shutdown();
    ImGui_ImplOpenGL3_DestroyDeviceObjects();
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    if (!Scene.Init()) AddNotice(true, "The scene could not be drawn: " + Scene.Error());
}

float App::PixelRatio() const {
    int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
    SDL_GetWindowSize(Window, &window_w, &window_h);
    SDL_GL_GetDrawableSize(Window, &drawable_w, &drawable_h);
    return window_w > 0 ? (float)drawable_w / (float)window_w : 1.0f;
}

// The lab opens by itself only where it leaves the scene enough room (the Lab button toggles it).
bool App::LabFits() const {
    int window_w = 0, window_h = 0;
    SDL_GetWindowSize(Window, &window_w, &window_h);
    return window_w >= 1600 && window_w >= window_h;
}

UiLayout App::ComputeLayout(const UiContext& ui) const {
    LayoutInput in;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    in.Width = viewport->WorkSize.x, in.Height = viewport->WorkSize.y;
    in.Font = ImGui::GetFontSize();
    in.Row = TargetSize("M").y;
    in.Spacing = ImGui::GetStyle().ItemSpacing.y;
    in.TopBarWidth = CompactTopBarWidth(ui);
    in.Mode = Mode;
    in.ShowUi = Prefs.ShowUi;
    in.TourActive = Tour.IsActive() || Quiz.IsOpen; // the questions take the tour's region
    in.Questions = Quiz.IsOpen;
    in.LabOpen = Prefs.ShowLab;
    in.MapSheet = Ui.Explore.LandscapeOpen;
    // Compact layouts show one panel: the card, else the lab, else training if chosen or if
    // the screen has room for it beside the scene.
    if (Prefs.ShowExplain && Mode != AppMode::Kiosk)
        in.Sheet = SheetPanel::Explain;
    else if (Prefs.ShowLab)
        in.Sheet = SheetPanel::Lab;
    else if (Prefs.TrainingSheet == 1 ||
             (Prefs.TrainingSheet < 0 && DefaultSheet(in) == SheetPanel::Training))
        in.Sheet = SheetPanel::Training;
    return ComputeScreenLayout(in);
}

void App::DrawUi() {
    Ui.Widgets.clear();
    if (CaptureUiText) CaptureTexts(&UiTexts);
    UiContext ui;
    ui.Sim = Run.Sim.get();
    ui.Plan = &Run.Plan;
    ui.Clock = &Run.Clock;
    ui.History = &Run.History;
    ui.Run = &Run;
    ui.Fonts = &Fonts;
    ui.Options = &Options;
    ui.Mode = Mode;
    ui.Prefs = &Prefs;
    ui.Commands = &Commands;
    ui.State = &Ui;
    ui.ScenarioId = Run.ScenarioId.c_str();
    ui.KioskPhase = (int)Kiosk.Phase;
    ui.TourActive = Tour.IsActive() || Quiz.IsOpen;
    ui.KioskCountdown = Kiosk.CountdownLeft;
    ui.KioskChallenge = &KioskChallenge;
    ui.Touch = Touch;
    ui.Layout = ComputeLayout(ui);
    Layout = ui.Layout;
    DrawUiRoot(ui, &Notices);
    if (Prefs.ShowUi || Mode == AppMode::Kiosk) {
        DrawTourPanel(ui, Tour);
        if (Mode != AppMode::Kiosk) // the questions are read when the sheet first opens
            DrawQuestionsPanel(ui, Quiz, Quiz.IsOpen ? &GetQuestions(CurrentLanguage()) : nullptr);
        if (Prefs.ShowExplain && Mode != AppMode::Kiosk) DrawExplainPanel(ui, Prefs.ExplainStation);
    }
    // Last: the titles over the scene keep clear of every control drawn before them.
    if (Options.DrawScene) DrawSceneOverlay(ui, Scene, &Overlay);
    if (CaptureUiText) {
        CaptureTexts(nullptr);
        CaptureUiText = false;
    }
}

void App::Frame() {
    uint64_t now = SDL_GetPerformanceCounter();
    double real_dt = (double)(now - LastCounter) / (double)SDL_GetPerformanceFrequency();
    LastCounter = now;
    if (Options.Frames > 0) real_dt = kFixedFrameSeconds; // deterministic screenshots
    WallSeconds += real_dt;

    if (Fuzz) {
        int window_w = 0, window_h = 0;
        SDL_GetWindowSize(Window, &window_w, &window_h);
        Fuzz->PushEvents(window_w, window_h, SDL_GetWindowID(Window));
    }
    SDL_Event event;
    InputThisFrame = false;
    while (SDL_PollEvent(&event)) HandleEvent(event);
    if (Mode == AppMode::Kiosk) UpdateKiosk(real_dt);

    for (const Command& a : Tour.Update(real_dt)) Execute(a); // autoplay (kiosk attract loop)
    UpdateChallengeRun(real_dt);
    Run.Update(real_dt);
    NarrateModelEvents();

    if (GlContextLost) return; // nothing can be drawn until the browser restores the context
    UpdateStyle();

    int drawable_w = 0, drawable_h = 0;
    SDL_GL_GetDrawableSize(Window, &drawable_w, &drawable_h);
    SceneFrame scene;
    scene.Sim = Run.Sim.get();
    scene.SimB = Run.Compare ? Run.Compare->Sim.get() : nullptr;
    scene.RenderTimeHours = Run.Sim->TimeHours() + Run.Clock.Alpha() * kStepMinutes / 60.0;
    scene.WallSeconds = WallSeconds;
    scene.RealDeltaSeconds = real_dt;
    scene.Paused = Run.Clock.Paused;
    scene.SimSecondsPerRealSecond =
        Run.Clock.Paused ? 0.0 : SpeedStopAt(Run.Clock.Speed).SimSecondsPerRealSecond;
    scene.ViewportWidth = drawable_w;
    scene.ViewportHeight = drawable_h;
    scene.PixelRatio = StylePixelRatio;
    scene.Seed = Options.Seed;
    // Screenshots look the same on every machine: a fixed level at full resolution, unless asked.
    scene.QualityLevel = Options.Quality >= 0 ? Options.Quality : (Options.Frames > 0 ? 4 : -1);
    scene.RenderScale = Options.RenderScale > 0.0f ? Options.RenderScale : (Options.Frames > 0 ? 1.0f : 0.0f);
    scene.ReducedMotion = Prefs.ReducedMotion;
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
    // A finger tap can arrive whole in one frame: ImGui sees the press now and the release next
    // frame (still over the button, so the click counts); only then is the hover dropped.
    if (TouchLifted && FrameCount > LiftFrame + 1) io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui::NewFrame();
    DrawUi();
    ImGui::Render();
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    FrameCount++;
    if (Options.Frames > 0 && FrameCount >= Options.Frames) {
        if (!Options.ScreenshotPath.empty() &&
            !PlatformSaveScreenshot(Options.ScreenshotPath.c_str(), drawable_w, drawable_h))
            ExitCode = 1;
        Quit = true;
    }
    SDL_GL_SwapWindow(Window);
    PlatformFrameDone(FrameCount);

    // Commands from this frame's UI, carried out after it was drawn.
    std::vector<Command> pending;
    pending.swap(Commands.Pending);
    for (const Command& c : pending) Execute(c);
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
