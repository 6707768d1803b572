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
    AdvanceDays, // Value = days, run the model ahead at once
    BloodTest,   // draw a noisy lab measurement now
    ExportCsv,   // the recorded daily readouts as a CSV download / file
    ToggleFullscreen,
    TogglePresenter,
    ToggleUi,   // hide / show every panel
    ShareSetup, // Name = the setup as a URL query: the web copies the link, natively flags are printed
    TourStart,
    TourStop,
    TourNext,
    TourPrevious,
    // Panels a tour step opens (assets/content/tour.json "lab" and "explain" actions):
    ShowLab,     // Value 1 opens the lab panel, 0 closes it
    ShowExplain, // Name = a station's CardId (model/stations.h) opens its explain card; "" closes it
};

struct Command {
    CommandType Type;
    std::string Name;
    double Value = 0.0;
};

struct CommandQueue {
    std::vector<Command> Pending;
    void Push(CommandType type, std::string name = std::string(), double value = 0.0) {
        Pending.push_back({type, std::move(name), value});
    }
};

} // namespace ng
