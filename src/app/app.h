// The application: one SDL window with an OpenGL context, the model on a fixed time step, the
// scene and the ImGui panels. The same Frame() runs natively in a loop and on the web from
// requestAnimationFrame (docs/design.md §4: input -> commands -> model.Step() -> render + UI).
#pragma once
#include "content/i18n.h"
#include "content/question_quiz.h"
#include "content/tour_player.h"
#include "fuzz_input.h"
#include "render/scene_renderer.h"
#include "scene_gestures.h"
#include "session/challenge.h"
#include "session/commands.h"
#include "session/kiosk.h"
#include "session/options.h"
#include "session/session.h"
#include "ui/scene_overlay.h"
#include "ui/ui_context.h"
#include "ui/ui_state.h"
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

    AppMode Mode = AppMode::Student;
    Session Run; // the protocol, the model, its clock and history
    CommandQueue Commands;
    Preferences Prefs;
    KioskController Kiosk;
    TourPlayer Tour;
    QuestionQuiz Quiz;                 // the predict-observe-explain questions (shown in the tour's place)
    Challenge KioskChallenge;          // the kiosk challenge (kiosk mode only)
    std::unique_ptr<FuzzInput> Fuzz;   // ?fuzz=1: random input every frame
    bool InputThisFrame = false;       // a touch, click, key or wheel (kiosk idle timer)
    bool CaptureUiText = false;        // tests: record the texts the next frame's panels look up
    std::vector<CapturedText> UiTexts; // ... here
    bool TouchLifted = false;          // after a finger lifts, ImGui must not keep hovering where it was
    long long LiftFrame = 0;

    SceneRenderer Scene;
    SceneGestures Gestures; // pointer input on the free scene, turned into view commands
    SceneOverlay Overlay;   // what was drawn over the scene last frame (titles, legend)
    UiLayout Layout;        // where the panels went last frame
    UiState Ui;             // what the panels remember between frames (their choices, the widget map)
    UiFonts Fonts;
    Theme StyleTheme = Theme::Dark;
    float StyleScale = 0.0f, StylePixelRatio = 0.0f; // what the fonts were built for
    bool Touch = false, StyleTouch = false;          // coarse pointer now / when the style was built

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

    // Actions, shared by the UI (through commands), the keyboard and the JavaScript API.
    void Execute(const Command& command);
    void ResetAll();
    // Shows the session's notices and narrates its events (after every command it carried out).
    void TakeSessionEvents();
    void SetMode(AppMode mode);
    void AddNotice(bool rejected, const std::string& text);
    // Switches to a language at once when its texts are here; on the web, one that is not yet
    // here is fetched first (PlatformFetchLanguage) and switched to in LanguageArrived.
    void ChooseLanguage(const std::string& code);
    void LanguageArrived(const std::string& code, bool loaded);
    std::string PendingLanguage; // asked for, its texts on their way

    // Screen-reader narration of what happens (sessions, warnings, scenario changes).
    void Narrate(const std::string& text, bool from_user);
    void NarrateModelEvents();
    // Seeking ("Week 4, day 2": at most every kSeekSeconds while the timeline is dragged, the
    // last day always) and compare on / off, after the session carried out the command.
    void NarrateExplore(const Command& command);
    std::string PendingSeek; // the day last sought, not spoken yet
    double LastSeekNarration = -1e9;
    void UpdateKiosk(double real_seconds);
    void UpdateChallengeRun(double real_seconds); // plays the challenge; records its score on the board
    bool WasInSession = false;
    int LastStatus = 0;
    double LastNarrationSeconds = -1e9;

private:
    void HandleEvent(const SDL_Event& event);
    bool HandleShortcut(const SDL_Event& event); // true if the key was an app shortcut
    void HandleTourSwipe(const SDL_Event& event);
    bool OverScene(float x, float y) const;
    float PixelRatio()
        const; // drawable pixels per window point // window points: on the free scene, clear of controls
    struct Swipe {
        float X = 0.0f, Y = 0.0f; // where the finger went down (0..1 of the window)
        Uint32 Time = 0;
        SDL_FingerID Finger = 0;
        bool Active = false;
    } SwipeStart;
    void UpdateStyle();
    UiLayout ComputeLayout(const UiContext& ui) const;
    bool LabFits() const;
    void DrawUi();
};

} // namespace ng
