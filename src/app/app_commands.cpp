// The app's actions: everything that changes the model, the view or the mode goes through here,
// whether it came from a panel (as a command), the keyboard or the JavaScript API.
#include "app.h"
#include "content/i18n.h"
#include "content/tour.h"
#include "io/scenario.h"
#include "model/param_registry.h"
#include "platform.h"
#include <cmath>
#include <cstdio>

namespace ng {

ParamChange App::SetParamByName(const std::string& name, double value) {
    ParamChange change;
    const ParamInfo* param = FindParam(name);
    if (!param) {
        change.Message = "unknown parameter \"" + name.substr(0, 40) + "\"";
        return change;
    }
    if (!std::isfinite(value)) {
        change.Message = name + ": expected a finite number";
        return change;
    }
    SetParamResult result = SetParam(&Plan, *param, value);
    if (result.Invalid) {
        change.Message = name + ": value not usable";
        return change;
    }
    Sim->SetProtocol(Plan);
    change.Ok = true;
    change.Clamped = result.Clamped;
    change.Value = result.Value;
    if (result.Clamped) {
        char text[200];
        std::snprintf(text, sizeof(text), "%s: %g is outside %g-%g; using %s", name.c_str(), value,
                      param->Min, param->Max, FormatParamValue(*param, result.Value).c_str());
        change.Message = text;
        AddNotice(false, text);
    }
    return change;
}

bool App::LoadScenarioById(const std::string& id, std::string* error) {
    Scenario scenario;
    std::vector<std::string> messages;
    if (!LoadScenario(id, &scenario, &messages)) {
        *error = messages.empty() ? "unknown scenario \"" + id.substr(0, 40) + "\"" : messages[0];
        return false;
    }
    for (const std::string& m : messages) AddNotice(false, m); // field problems, defaults used
    Plan = scenario.Settings;
    ScenarioId = scenario.Id;
    // A scenario is a fresh start: the programme begins now, from a rested, untrained body.
    Sim = std::make_unique<Simulation>(Plan, Options.Seed);
    History.Clear();
    History.Record(*Sim);
    Narrate(TrFormat("narrate.scenario", {Tr(("scenario." + ScenarioId).c_str())}), true);
    return true;
}

void App::StepModel(int steps) {
    for (int i = 0; i < steps; i++) {
        Sim->Step();
        History.Record(*Sim);
    }
}

void App::AdvanceDays(double days) {
    if (!(days > 0.0)) return;
    if (days > kMaxAdvanceDays) days = kMaxAdvanceDays; // callers check and explain; this bounds the work
    StepModel((int)std::lround(days * 24.0 * 60.0 / kStepMinutes));
}

void App::ResetAll() {
    Plan = Protocol();
    ScenarioId.clear();
    if (!Options.Scenario.empty()) {
        std::string error;
        if (!LoadScenarioById(Options.Scenario, &error)) AddNotice(true, "scenario: " + error);
    }
    for (const auto& [param, value] : Options.ProtocolOverrides) SetParam(&Plan, *param, value);
    Sim = std::make_unique<Simulation>(Plan, Options.Seed);
    History.Clear();
    History.Record(*Sim);
    Clock.Paused = false;
    Clock.Accumulator = 0.0;
    Clock.SetSpeed(Options.Speed >= 0 ? Options.Speed : kDefaultSpeedStop);
    Scene.Overview(false);
}

void App::SetMode(AppMode mode) {
    if (mode == Mode) return;
    Mode = mode;
    // Presenter: big text and the high-contrast light theme for projectors in lit rooms.
    bool presenter = mode == AppMode::Presenter;
    Prefs.UiTheme = presenter ? Theme::Projector : (Options.ThemeSet ? Options.UiTheme : Theme::Dark);
    if (!Prefs.ScaleChosen) Prefs.UiScale = 1.0f; // presenter: UpdateStyle() sizes it to the window
    Prefs.ShowLab = !presenter && LabFits();
}

void App::UpdateKiosk(double real_seconds) {
    switch (Kiosk.Update(real_seconds, InputThisFrame)) {
    case KioskEvent::AttractStarted: // fresh defaults, then the tour plays itself, looping
        ResetAll();
        Execute({CommandType::TourStart, "autoplay"});
        break;
    case KioskEvent::AttractEnded: // the next visitor starts from the defaults
        Execute({CommandType::TourStop, ""});
        ResetAll();
        break;
    default:
        break;
    }
}

void App::Execute(const Command& c) {
    std::string error;
    switch (c.Type) {
    case CommandType::SetParam:
        SetParamByName(c.Name, c.Value);
        break;
    case CommandType::LoadScenario:
        if (!LoadScenarioById(c.Name, &error)) AddNotice(true, error);
        break;
    case CommandType::ResetAll:
        ResetAll();
        Narrate(Tr("narrate.reset"), true);
        break;
    case CommandType::Step:
        StepModel(1);
        break;
    case CommandType::TogglePause:
    case CommandType::SetPaused:
        Clock.Paused = c.Type == CommandType::TogglePause ? !Clock.Paused : c.Value != 0.0;
        Narrate(Tr(Clock.Paused ? "narrate.paused" : "narrate.playing"), true);
        break;
    case CommandType::SetSpeed:
        Clock.SetSpeed((int)c.Value);
        break;
    case CommandType::FocusView:
        if (!Scene.ShowView(c.Name.c_str(), true))
            AddNotice(true, "view: unknown \"" + c.Name.substr(0, 40) + "\"");
        break;
    case CommandType::AdvanceDays:
        AdvanceDays(c.Value);
        break;
    case CommandType::BloodTest: {
        LabTest test = Sim->DrawLabTest();
        BloodTestResult result;
        result.TimeHours = Sim->TimeHours();
        result.SerumBdnf = test.SerumBdnf;
        result.SerumBdnfRetest = test.SerumBdnfRetest;
        result.TotalIgf1 = test.TotalIgf1;
        result.CognitiveZ = test.CognitiveZ;
        result.TrueSerumBdnf = Sim->SerumBdnf();
        result.TrueTotalIgf1 = Sim->State().TotalIgf1;
        result.TrueCognitiveZ = Sim->CognitiveIndex();
        History.AddBloodTest(result);
        break;
    }
    case CommandType::ExportCsv: {
        std::string saved = PlatformSaveText("neurogains-lab.csv", History.DailyCsv());
        History.NoteExport(saved);
        if (saved.empty()) AddNotice(true, "The CSV file could not be written");
        break;
    }
    case CommandType::ToggleFullscreen: {
        bool full = (SDL_GetWindowFlags(Window) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
        SDL_SetWindowFullscreen(Window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
        break;
    }
    case CommandType::TogglePresenter:
        SetMode(Mode == AppMode::Presenter ? AppMode::Student : AppMode::Presenter);
        break;
    case CommandType::ToggleUi:
        Prefs.ShowUi = !Prefs.ShowUi;
        break;
    case CommandType::ShowLab:
        Prefs.ShowLab = c.Value != 0.0;
        break;
    case CommandType::ShowExplain:
        Prefs.ShowExplain = !c.Name.empty();
        if (!c.Name.empty()) Prefs.ExplainStation = c.Name;
        break;
    case CommandType::TourStart:
    case CommandType::TourStop:
    case CommandType::TourNext:
    case CommandType::TourPrevious: {
        // The legend goes back to deciding by itself: collapsed while the tour explains a station.
        if (c.Type == CommandType::TourStart || c.Type == CommandType::TourStop) Prefs.Legend = -1;
        // The tour turns its steps into ordinary commands (scenario, parameters, speed, view...).
        std::vector<Command> actions;
        HandleTourCommand(&Tour, GetTour(CurrentLanguage()), c, &actions);
        for (const Command& a : actions) Execute(a);
        break;
    }
    }
}

} // namespace ng
