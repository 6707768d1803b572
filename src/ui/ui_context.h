// What every panel reads, and the one way panels act: the command queue. Panels draw from the
// model's state and the recorded history; they never change the model directly.
#pragma once
#include "app/commands.h"
#include "app/options.h"
#include "imgui.h"
#include "screen_layout.h"
#include <string>

namespace ng {

class Simulation;
struct Protocol;
struct SimClock;
struct LabHistory;
struct UiFonts;

// Choices that belong to the person at the screen, not to the simulation.
struct Preferences {
    Theme UiTheme = Theme::Dark;
    float UiScale = 1.0f;       // 1..3
    bool ScaleChosen = false;   // set by ?scale= or the preferences; else presenter mode picks one
    bool ReducedMotion = false; // fewer moving particles and no camera glides
    std::string Lang = "en";
    bool ShowLab = true;
    bool ShowExplain = false;
    std::string ExplainStation = "muscle"; // the card shown: muscle, blood, barrier, hippocampus
    bool ShowPreferences = false;
    bool ShowShortcuts = false;
    bool ShowUi = true; // H hides every panel (presenter)
    // Compact layouts: the training sheet the person chose (-1: the screen decides, 0 closed,
    // 1 open); the lab and the explain card open over it while they are open.
    int TrainingSheet = -1;
    int Legend = -1; // the particle legend: -1 the screen decides, 0 collapsed to its key, 1 open
};

struct UiContext {
    const Simulation* Sim = nullptr;
    const Protocol* Plan = nullptr; // what the controls show
    const SimClock* Clock = nullptr;
    const LabHistory* History = nullptr;
    const UiFonts* Fonts = nullptr;
    const AppOptions* Options = nullptr;
    AppMode Mode = AppMode::Student;
    Preferences* Prefs = nullptr;
    const char* ScenarioId = ""; // the scenario last loaded, "" if none
    int KioskPhase = 0;          // kiosk.h KioskPhase: 0 active, 1 countdown, 2 attract
    bool TourActive = false;     // the tour's caption bar takes the bottom of the screen
    double KioskCountdown = 0.0; // seconds left in the countdown
    UiLayout Layout;
    bool Touch = false; // coarse pointer: controls at least kTouchTarget points
    CommandQueue* Commands = nullptr;
};

} // namespace ng
