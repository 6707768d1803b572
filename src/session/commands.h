// What the UI, the tour, the keyboard and the JavaScript API ask of the app. Panels never change
// the model themselves: they push commands, and the app carries them out after the UI is drawn
// (docs/design.md §4: input -> commands -> model).
#pragma once
#include <string>
#include <vector>

namespace ng {

enum class CommandType {
    SetParam,     // Name = registry name, Value
    LoadScenario, // Name = scenario id
    ResetAll,     // protocol, scenario, time, view and speed back to the start
    Step,         // one model step (while paused)
    TogglePause,
    SetPaused,   // Value 0/1
    SetSpeed,    // Value = speed stop index
    FocusView,   // Name = a view: overview or a station's Id (model/stations.h)
    PanView,     // X, Y = how far the pointer moved, window points
    ZoomView,    // Value = factor (> 1 closer), X, Y = the point that stays put, window points
    AdvanceDays, // Value = days, run the model ahead at once
    Seek,        // Value = days, 0 .. the furthest simulated day: show the run as it was then
    SetCompare,  // Name = scenario id, "copy" (of A as it is) or "" (no programme B)
    SetParamB,   // Name = registry name, Value: programme B's parameter
    BloodTest,   // draw a noisy lab measurement now
    ExportCsv,   // the recorded daily readouts as a CSV download / file
    ToggleFullscreen,
    TogglePresenter,
    ToggleUi,    // hide / show every panel
    SetLanguage, // Name = a language code (content/i18n.h); the web may fetch its texts first
    ShareSetup,  // Name = the setup as a URL query: the web copies the link, natively flags are printed
    OpenGuide,   // the teacher's guide, docs/teaching.md: the site's teaching.html in a new tab on the web
    TourStart,
    TourStop,
    TourNext,
    TourPrevious,
    // Panels a tour step opens (assets/content/tour.json "lab" and "explain" actions):
    ShowLab,     // Value 1 opens the lab panel, 0 closes it
    ShowExplain, // Name = a station's CardId (model/stations.h) opens its explain card; "" closes it
    // The predict-observe-explain questions (src/content/question_quiz.h): Name = open, close,
    // choose (Value = choice), run, next, previous, goto (Value = index).
    Question,
    // The kiosk challenge (src/session/challenge.h): Name = open, close, start (Value = badge), again.
    Challenge,
};

struct Command {
    CommandType Type;
    std::string Name;
    double Value = 0.0;
    float X = 0.0f, Y = 0.0f; // a position or a movement on the screen (PanView, ZoomView)
};

struct CommandQueue {
    std::vector<Command> Pending;
    void Push(CommandType type, std::string name = std::string(), double value = 0.0) {
        Pending.push_back({type, std::move(name), value});
    }
};

} // namespace ng
