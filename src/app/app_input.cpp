// Input: events go to ImGui first; keys that ImGui does not need become the app's shortcuts
// (docs/design.md §3), and pointer input the UI did not take moves the camera.
#include "app.h"
#include "imgui.h"
#include "imgui_impl_sdl.h"
#include "io/scenario.h"
#include "ui/shortcuts.h"
#include "ui/timeline_bar.h"
#include "ui/widget_map.h"
#include <cmath>

namespace ng {

static bool IsPointerEvent(Uint32 type) {
    return type == SDL_MOUSEMOTION || type == SDL_MOUSEBUTTONDOWN || type == SDL_MOUSEBUTTONUP ||
           type == SDL_MOUSEWHEEL || type == SDL_FINGERDOWN || type == SDL_FINGERUP ||
           type == SDL_FINGERMOTION || type == SDL_MULTIGESTURE;
}

// ImGui 1.86 presses the focused control with Space only; Enter, which keyboard users expect to
// work too, is also handed to it as Space unless a text field takes it (released in any case).
static void PressWithEnter(const SDL_Event& event) {
    bool enter = (event.type == SDL_KEYDOWN || event.type == SDL_KEYUP) &&
                 (event.key.keysym.sym == SDLK_RETURN || event.key.keysym.sym == SDLK_KP_ENTER);
    if (!enter || (event.type == SDL_KEYDOWN && ImGui::GetIO().WantTextInput)) return;
    SDL_Event space = event;
    space.key.keysym.scancode = SDL_SCANCODE_SPACE;
    space.key.keysym.sym = SDLK_SPACE;
    ImGui_ImplSDL2_ProcessEvent(&space);
}

void App::HandleEvent(const SDL_Event& event) {
    if (event.type == SDL_QUIT) Quit = true;
    bool press = event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_FINGERDOWN ||
                 event.type == SDL_MOUSEWHEEL || event.type == SDL_KEYDOWN;
    if (press) InputThisFrame = true;
    // The touch that ends the kiosk's attract loop only wakes it; it must not also press what is under it.
    if (Mode == AppMode::Kiosk && Kiosk.Phase == KioskPhase::Attract &&
        (IsPointerEvent(event.type) || event.type == SDL_KEYDOWN))
        return;
    if (event.type == SDL_MOUSEBUTTONUP && event.button.which == SDL_TOUCH_MOUSEID) {
        TouchLifted = true;
        LiftFrame = FrameCount;
    } else if (event.type == SDL_MOUSEBUTTONDOWN ||
               (event.type == SDL_MOUSEMOTION && event.motion.which != SDL_TOUCH_MOUSEID)) {
        TouchLifted = false;
    } else if (event.type == SDL_FINGERDOWN) {
        TouchLifted = false;
    }
    if (event.type == SDL_FINGERDOWN || event.type == SDL_FINGERUP) HandleTourSwipe(event);
    if (event.type == SDL_KEYDOWN && HandleShortcut(event)) return; // not also an ImGui key
    ImGui_ImplSDL2_ProcessEvent(&event);
    PressWithEnter(event);
    int window_w = 0, window_h = 0;
    SDL_GetWindowSize(Window, &window_w, &window_h);
    // A finger belongs to the scene when it lands on the scene's free part, clear of every
    // control (ImGui learns of the touch only on its next frame, too late to ask it); the scene
    // follows the fingers it has until they lift. The mouse goes where ImGui does not want it.
    bool finger =
        event.type == SDL_FINGERDOWN || event.type == SDL_FINGERMOTION || event.type == SDL_FINGERUP;
    if (finger ? event.type != SDL_FINGERDOWN ||
                     OverScene(event.tfinger.x * window_w, event.tfinger.y * window_h)
               : IsPointerEvent(event.type) && !ImGui::GetIO().WantCaptureMouse)
        Gestures.Handle(event, window_w, window_h, PixelRatio(), Scene, &Commands);
}

bool App::OverScene(float x, float y) const {
    if (!Layout.Scene.Contains(x, y) || Overlay.Legend.Contains(x, y)) return false;
    for (const WidgetRect& w : Ui.Widgets)
        if (x >= w.X && x < w.X + w.Width && y >= w.Y && y < w.Y + w.Height) return false;
    return true;
}

// During the tour a quick horizontal swipe across the lower part of the screen (where its caption
// bar is) goes to the next or previous step, like the arrow keys.
void App::HandleTourSwipe(const SDL_Event& event) {
    if (event.type == SDL_FINGERDOWN) {
        SwipeStart = {event.tfinger.x, event.tfinger.y, event.tfinger.timestamp, event.tfinger.fingerId,
                      true};
        return;
    }
    bool same_finger = SwipeStart.Active && SwipeStart.Finger == event.tfinger.fingerId;
    SwipeStart.Active = false;
    if (!same_finger || !Tour.IsActive() || SwipeStart.Y < 0.55f) return;
    float dx = event.tfinger.x - SwipeStart.X, dy = event.tfinger.y - SwipeStart.Y;
    bool quick = event.tfinger.timestamp - SwipeStart.Time < 1000; // a slower stroke is a drag
    if (quick && std::fabs(dx) > 0.15f && std::fabs(dy) < 0.5f * std::fabs(dx))
        Commands.Push(dx < 0.0f ? CommandType::TourNext : CommandType::TourPrevious);
}

// The SDL keys of the shortcut keys (ui/shortcuts.h); "=" is + without Shift.
struct SdlShortcutKey {
    SDL_Keycode Sdl;
    ShortcutKey Key;
};
static const SdlShortcutKey kSdlShortcutKeys[] = {
    {SDLK_SPACE, ShortcutKey::Space},
    {SDLK_PERIOD, ShortcutKey::Period},
    {SDLK_LEFT, ShortcutKey::Left},
    {SDLK_RIGHT, ShortcutKey::Right},
    {SDLK_PLUS, ShortcutKey::Plus},
    {SDLK_KP_PLUS, ShortcutKey::Plus},
    {SDLK_EQUALS, ShortcutKey::Plus},
    {SDLK_MINUS, ShortcutKey::Minus},
    {SDLK_KP_MINUS, ShortcutKey::Minus},
    {SDLK_f, ShortcutKey::F},
    {SDLK_r, ShortcutKey::R},
    {SDLK_h, ShortcutKey::H},
    {SDLK_p, ShortcutKey::P},
    {SDLK_l, ShortcutKey::L},
    {SDLK_LEFTBRACKET, ShortcutKey::LeftBracket},
    {SDLK_RIGHTBRACKET, ShortcutKey::RightBracket},
    {SDLK_QUESTION, ShortcutKey::Question},
    {SDLK_ESCAPE, ShortcutKey::Escape},
};

// The shortcut key an SDL key stands for, and for a digit its index from 0; false for any other key.
static bool ToShortcutKey(SDL_Keycode key, Uint16 mods, ShortcutKey* out, int* digit) {
    if (key >= SDLK_1 && key <= SDLK_9) {
        *out = ShortcutKey::Digit;
        *digit = key - SDLK_1;
        return true;
    }
    if (key == SDLK_SLASH && (mods & KMOD_SHIFT)) { // ? on keyboards that report the unshifted key
        *out = ShortcutKey::Question;
        return true;
    }
    if ((key == SDLK_LEFT || key == SDLK_RIGHT) && (mods & KMOD_SHIFT)) { // Shift+arrows: [ and ]
        *out = key == SDLK_LEFT ? ShortcutKey::LeftBracket : ShortcutKey::RightBracket;
        return true;
    }
    for (const SdlShortcutKey& k : kSdlShortcutKeys) {
        if (k.Sdl != key) continue;
        *out = k.Key;
        return true;
    }
    return false;
}

// Keys belong to ImGui while it edits something, and arrows/space/enter while the person moves
// through the controls with the keyboard (the focus highlight is visible). Otherwise they are
// shortcuts. The kiosk has none: it has no keyboard, and keys must not open a way out.
bool App::HandleShortcut(const SDL_Event& event) {
    const ImGuiIO& io = ImGui::GetIO();
    if (Mode == AppMode::Kiosk || io.WantTextInput || ImGui::IsAnyItemActive()) return false;
    SDL_Keycode key = event.key.keysym.sym;
    Uint16 mods = event.key.keysym.mod;
    bool navigating = io.NavVisible && io.NavActive;
    if (navigating && (key == SDLK_SPACE || key == SDLK_RETURN || key == SDLK_LEFT || key == SDLK_RIGHT ||
                       key == SDLK_UP || key == SDLK_DOWN || key == SDLK_ESCAPE))
        return false;
    if (mods & (KMOD_CTRL | KMOD_GUI)) return false; // browser and system shortcuts stay theirs

    ShortcutKey shortcut_key;
    int digit = 0;
    if (!ToShortcutKey(key, mods, &shortcut_key, &digit)) return false;
    const Shortcut* shortcut = FindShortcut(shortcut_key, (mods & KMOD_ALT) != 0);
    if (!shortcut) return false;
    switch (shortcut->Action) {
    case ShortcutAction::TogglePause:
        Commands.Push(CommandType::TogglePause);
        break;
    case ShortcutAction::Step:
        Commands.Push(CommandType::Step);
        break;
    case ShortcutAction::TourPrevious:
        Commands.Push(CommandType::TourPrevious);
        break;
    case ShortcutAction::TourNext:
        Commands.Push(CommandType::TourNext);
        break;
    case ShortcutAction::WeekBack: // the timeline
        PushWeekStep(Run, &Commands, -1);
        break;
    case ShortcutAction::WeekForward:
        PushWeekStep(Run, &Commands, +1);
        break;
    case ShortcutAction::Faster:
        Commands.Push(CommandType::SetSpeed, "", Run.Clock.Speed + 1);
        break;
    case ShortcutAction::Slower:
        Commands.Push(CommandType::SetSpeed, "", Run.Clock.Speed - 1);
        break;
    case ShortcutAction::LoadScenario:
        if (digit >= ScenarioKeyCount()) return false;
        Commands.Push(CommandType::LoadScenario, ScenarioIdAt(digit));
        break;
    case ShortcutAction::ToggleFullscreen:
        Commands.Push(CommandType::ToggleFullscreen);
        break;
    case ShortcutAction::ResetAll:
        Commands.Push(CommandType::ResetAll);
        break;
    case ShortcutAction::ToggleUi:
        Commands.Push(CommandType::ToggleUi);
        break;
    case ShortcutAction::TogglePresenter:
        Commands.Push(CommandType::TogglePresenter);
        break;
    case ShortcutAction::ToggleLab:
        Prefs.ShowLab = !Prefs.ShowLab;
        break;
    case ShortcutAction::ToggleSheet:
        Prefs.ShowShortcuts = !Prefs.ShowShortcuts;
        break;
    case ShortcutAction::CloseSheet:
        if (!Prefs.ShowShortcuts) return false;
        Prefs.ShowShortcuts = false;
        break;
    }
    return true;
}

} // namespace ng
