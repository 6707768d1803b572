// What every panel reads, and the one way panels act: the command queue. Panels draw from the
// model's state and the recorded history; they never change the model directly.
#pragma once
#include "imgui.h"
#include "screen_layout.h"
#include "session/commands.h"
#include "session/options.h"
#include "session/preferences.h"
#include <string>

namespace ng {

class Simulation;
struct Protocol;
struct SimClock;
struct LabHistory;
struct UiFonts;
struct UiState;
struct Challenge;
class Session;

struct UiContext {
    const Simulation* Sim = nullptr;
    const Protocol* Plan = nullptr; // what the controls show
    const SimClock* Clock = nullptr;
    const LabHistory* History = nullptr;
    // The timeline, programme B and the landscape (issue 14). Panels only read it, except the
    // landscape panel asking for its grid (RequestLandscape: a cache the session fills per frame).
    Session* Run = nullptr;
    const UiFonts* Fonts = nullptr;
    const AppOptions* Options = nullptr;
    AppMode Mode = AppMode::Student;
    Preferences* Prefs = nullptr;
    const char* ScenarioId = ""; // the scenario last loaded, "" if none
    int KioskPhase = 0;          // kiosk.h KioskPhase: 0 active, 1 countdown, 2 attract
    bool TourActive = false;     // the tour's caption bar takes the bottom of the screen
    double KioskCountdown = 0.0; // seconds left in the countdown
    const Challenge* KioskChallenge =
        nullptr; // kiosk: the challenge, drawn in place of the controls when open
    UiLayout Layout;
    bool Touch = false; // coarse pointer: controls at least kTouchTarget points
    CommandQueue* Commands = nullptr;
    UiState* State = nullptr; // what the panels remember between frames (ui_state.h)
};

} // namespace ng
