// The app's modes and the choices that belong to the person at the screen, not to the
// simulation: theme, text size, language, which panels are open. Set by the start-up options,
// the preferences window and the panels; read by the layout and every panel.
#pragma once
#include "model/stations.h"
#include <string>

namespace ng {

enum class AppMode { Student, Presenter, Kiosk };
enum class Theme { Dark, Light, Projector };

const char* AppModeName(AppMode mode); // "student", "presenter", "kiosk"
const char* ThemeName(Theme theme);    // "dark", "light", "projector"

// Choices that belong to the person at the screen, not to the simulation.
struct Preferences {
    Theme UiTheme = Theme::Dark;
    float UiScale = 1.0f;       // 1..3
    bool ScaleChosen = false;   // set by ?scale= or the preferences; else presenter mode picks one
    bool ReducedMotion = false; // fewer moving particles and no camera glides
    std::string Lang = "en";
    bool ShowLab = true;
    bool ShowExplain = false;
    std::string ExplainStation = GetStation(Station::Muscle).CardId; // the card shown (model/stations.h)
    bool ShowPreferences = false;
    bool ShowShortcuts = false;
    bool ShowUi = true; // H hides every panel (presenter)
    // Compact layouts: the training sheet the person chose (-1: the screen decides, 0 closed,
    // 1 open); the lab and the explain card open over it while they are open.
    int TrainingSheet = -1;
    int Legend = -1; // the particle legend: -1 the screen decides, 0 collapsed to its key, 1 open
};

} // namespace ng
