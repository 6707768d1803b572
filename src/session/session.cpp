#include "session.h"
#include "io/scenario.h"
#include "model/param_registry.h"
#include <cmath>
#include <cstdio>

namespace ng {

void Session::Begin(const SessionStart& start) {
    m_Start = start;
    Clock.StepSeconds = kStepMinutes * 60.0;
    Reset();
}

void Session::Restart() {
    Sim = std::make_unique<Simulation>(Plan, m_Start.Seed);
    History.Clear();
    History.Record(*Sim);
}

void Session::Reset() {
    Plan = Protocol();
    ScenarioId.clear();
    if (!m_Start.Scenario.empty()) {
        std::string error;
        if (!LoadScenarioById(m_Start.Scenario, &error))
            Events.push_back({SessionEventType::Rejected, "scenario: " + error});
    }
    for (const auto& [param, value] : m_Start.ProtocolOverrides) SetParam(&Plan, *param, value);
    Restart();
    Clock.Paused = false;
    Clock.Accumulator = 0.0;
    Clock.SetSpeed(m_Start.Speed >= 0 ? m_Start.Speed : kDefaultSpeedStop);
}

ParamChange Session::SetParamByName(const std::string& name, double value) {
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
        Events.push_back({SessionEventType::Notice, text});
    }
    return change;
}

bool Session::LoadScenarioById(const std::string& id, std::string* error) {
    Scenario scenario;
    std::vector<std::string> messages;
    if (!LoadScenario(id, &scenario, &messages)) {
        *error = messages.empty() ? "unknown scenario \"" + id.substr(0, 40) + "\"" : messages[0];
        return false;
    }
    for (const std::string& m : messages) Events.push_back({SessionEventType::Notice, m}); // defaults used
    Plan = scenario.Settings;
    ScenarioId = scenario.Id;
    // A scenario is a fresh start: the programme begins now, from a rested, untrained body.
    Restart();
    Events.push_back({SessionEventType::ScenarioLoaded, ScenarioId});
    return true;
}

void Session::StepModel(int steps) {
    for (int i = 0; i < steps; i++) {
        Sim->Step();
        History.Record(*Sim);
    }
}

void Session::AdvanceDays(double days) {
    if (!(days > 0.0)) return;
    if (days > kMaxAdvanceDays) days = kMaxAdvanceDays; // callers check and explain; this bounds the work
    StepModel((int)std::lround(days * 24.0 * 60.0 / kStepMinutes));
}

int Session::Update(double real_seconds) {
    int steps = Clock.Advance(real_seconds);
    StepModel(steps);
    return steps;
}

void Session::DrawBloodTest() {
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
}

bool Session::Execute(const Command& c) {
    std::string error;
    switch (c.Type) {
    case CommandType::SetParam:
        SetParamByName(c.Name, c.Value);
        return true;
    case CommandType::LoadScenario:
        if (!LoadScenarioById(c.Name, &error)) Events.push_back({SessionEventType::Rejected, error});
        return true;
    case CommandType::ResetAll:
        Reset();
        Events.push_back({SessionEventType::Reset, ""});
        return true;
    case CommandType::Step:
        StepModel(1);
        return true;
    case CommandType::TogglePause:
    case CommandType::SetPaused:
        Clock.Paused = c.Type == CommandType::TogglePause ? !Clock.Paused : c.Value != 0.0;
        Events.push_back({Clock.Paused ? SessionEventType::Paused : SessionEventType::Playing, ""});
        return true;
    case CommandType::SetSpeed:
        Clock.SetSpeed((int)c.Value);
        return true;
    case CommandType::AdvanceDays:
        AdvanceDays(c.Value);
        return true;
    case CommandType::BloodTest:
        DrawBloodTest();
        return true;
    case CommandType::FocusView:
    case CommandType::PanView:
    case CommandType::ZoomView:
    case CommandType::ExportCsv:
    case CommandType::ToggleFullscreen:
    case CommandType::TogglePresenter:
    case CommandType::ToggleUi:
    case CommandType::ShareSetup:
    case CommandType::TourStart:
    case CommandType::TourStop:
    case CommandType::TourNext:
    case CommandType::TourPrevious:
    case CommandType::ShowLab:
    case CommandType::ShowExplain:
    case CommandType::Question:
    case CommandType::Challenge:
        return false; // the view's and the UI's: the app carries them out
    }
    return false;
}

std::vector<SessionEvent> Session::TakeEvents() {
    std::vector<SessionEvent> events;
    events.swap(Events);
    return events;
}

} // namespace ng
