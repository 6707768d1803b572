#include "session.h"
#include "io/param_value.h"
#include "io/scenario.h"
#include "model/param_registry.h"
#include <chrono>
#include <cmath>

namespace ng {

void Session::Begin(const SessionStart& start) {
    m_Start = start;
    Clock.StepSeconds = kStepMinutes * 60.0;
    Reset();
}

// A fresh run's start: the model at step 0, the history's first row, a new timeline.
static void StartRun(const Protocol& plan, uint64_t seed, std::unique_ptr<Simulation>* sim,
                     LabHistory* history, Timeline* line) {
    *sim = std::make_unique<Simulation>(plan, seed);
    history->Clear();
    history->Record(**sim);
    line->Begin(**sim, plan);
}

void Session::Restart() {
    StartRun(Plan, m_Start.Seed, &Sim, &History, &Line);
    if (Compare) {
        std::string error, source = Compare->Source;
        if (!SetCompare(source, &error)) Events.push_back({SessionEventType::Rejected, "compare: " + error});
    }
}

void Session::Reset() {
    Plan = Protocol();
    ScenarioId.clear();
    Compare.reset();
    if (!m_Start.Scenario.empty()) {
        std::string error;
        if (!LoadScenarioById(m_Start.Scenario, &error))
            Events.push_back({SessionEventType::Rejected, "scenario: " + error});
    }
    for (const auto& [param, value] : m_Start.ProtocolOverrides) SetParam(&Plan, *param, value);
    Restart();
    std::string error;
    if (!m_Start.Compare.empty() && !SetCompare(m_Start.Compare, &error))
        Events.push_back({SessionEventType::Rejected, "compare: " + error});
    if (Compare)
        for (const auto& [param, value] : m_Start.CompareOverrides) SetParamB(param->Name, value);
    Clock.Paused = false;
    Clock.Accumulator = 0.0;
    Clock.SetSpeed(m_Start.Speed >= 0 ? m_Start.Speed : kDefaultSpeedStop);
}

ParamChange Session::ChangeParam(Protocol* plan, Simulation* sim, Timeline* line, const std::string& name,
                                 double value) {
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
    Protocol changed = *plan;
    SetParamResult result = SetParam(&changed, *param, value);
    if (result.Invalid) {
        change.Message = name + ": value not usable";
        return change;
    }
    DiscardFuture();
    *plan = changed;
    sim->SetProtocol(*plan);
    line->NoteParam(*sim, *plan, (int)(param - &ParamAt(0)), result.Value);
    change.Ok = true;
    change.Clamped = result.Clamped;
    change.Value = result.Value;
    if (result.Clamped) {
        change.Message = name + ": " + ParamClampedMessage(*param, value, result.Value);
        Events.push_back({SessionEventType::Notice, change.Message});
    }
    return change;
}

ParamChange Session::SetParamByName(const std::string& name, double value) {
    return ChangeParam(&Plan, Sim.get(), &Line, name, value);
}

ParamChange Session::SetParamB(const std::string& name, double value) {
    if (!Compare) {
        ParamChange change;
        change.Message = "no programme B: start a comparison first";
        return change;
    }
    return ChangeParam(&Compare->Plan, Compare->Sim.get(), &Compare->Line, name, value);
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
    Line.Advance(steps, Sim.get(), &History, &Plan);
    if (Compare) Compare->Line.Advance(steps, Compare->Sim.get(), &Compare->History, &Compare->Plan);
}

void Session::AdvanceDays(double days) {
    if (!(days > 0.0)) return;
    if (days > kMaxAdvanceDays) days = kMaxAdvanceDays; // callers check and explain; this bounds the work
    StepModel((int)std::lround(days * 24.0 * 60.0 / kStepMinutes));
}

int Session::Update(double real_seconds) {
    int steps = Clock.Advance(real_seconds);
    StepModel(steps);
    // The landscape's runs take a share of the frame whatever the device's speed; the grid does
    // not depend on how it was sliced.
    const auto start = std::chrono::steady_clock::now();
    while (Landscapes.Step(kLandscapeSliceSteps)) {
        std::chrono::duration<double, std::milli> spent = std::chrono::steady_clock::now() - start;
        if (spent.count() >= kLandscapeMillisPerFrame) break;
    }
    return steps;
}

void Session::DrawBloodTest() {
    DiscardFuture();
    History.AddBloodTest(TakeBloodTest(Sim.get()));
    Line.NoteBloodTest(*Sim, Plan);
}

static double StepToDay(int64_t step) {
    return step * kStepMinutes / (24.0 * 60.0);
}

double Session::FurthestDay() const {
    return StepToDay(Line.FurthestStep());
}

double Session::FirstDay() const {
    return StepToDay(Line.EarliestStep());
}

bool Session::HasFuture() const {
    return Line.FurthestStep() > Sim->State().StepCount;
}

void Session::DiscardFuture() {
    Line.DiscardFuture(*Sim);
    if (Compare) Compare->Line.DiscardFuture(*Compare->Sim);
}

bool Session::Seek(double days, std::string* error) {
    double steps = days * 24.0 * 60.0 / kStepMinutes; // NaN fails both tests
    if (!(steps >= Line.EarliestStep() - 0.5 && steps <= Line.FurthestStep() + 0.5)) {
        char text[160];
        std::snprintf(text, sizeof(text), "days must be %g-%g (the furthest simulated day)", FirstDay(),
                      FurthestDay());
        *error = text;
        return false;
    }
    int64_t step = (int64_t)std::llround(steps);
    Line.Seek(step, Sim.get(), &History, &Plan);
    if (Compare) Compare->Line.Seek(step, Compare->Sim.get(), &Compare->History, &Compare->Plan);
    Clock.Accumulator = 0.0;
    return true;
}

bool Session::SetCompare(const std::string& source, std::string* error) {
    if (source.empty()) {
        Compare.reset();
        return true;
    }
    auto b = std::make_unique<CompareRun>();
    b->Source = source;
    if (source == "copy") {
        b->Plan = Plan;
        b->Sim = std::make_unique<Simulation>(*Sim);
        b->History = History;
        b->Line = Line;
    } else {
        Scenario scenario;
        std::vector<std::string> messages;
        if (!LoadScenario(source, &scenario, &messages)) {
            *error = messages.empty() ? "unknown scenario \"" + source.substr(0, 40) + "\"" : messages[0];
            return false;
        }
        for (const std::string& m : messages) Events.push_back({SessionEventType::Notice, m});
        b->Source = scenario.Id;
        b->Plan = scenario.Settings;
        StartRun(b->Plan, m_Start.Seed, &b->Sim, &b->History, &b->Line);
        b->Line.Advance(Sim->State().StepCount, b->Sim.get(), &b->History, &b->Plan); // to A's day
    }
    Compare = std::move(b);
    return true;
}

const LandscapeGrid* Session::RequestLandscape(LandscapeSpec spec, std::string* error) {
    spec.Base = Plan;
    spec.Seed = m_Start.Seed;
    return Landscapes.Request(spec, error);
}

std::string Session::DailyCsv() const {
    return History.DailyCsv(Compare ? &Compare->History : nullptr);
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
    case CommandType::Seek:
        if (!Seek(c.Value, &error)) Events.push_back({SessionEventType::Rejected, "seek: " + error});
        return true;
    case CommandType::SetCompare:
        if (!SetCompare(c.Name, &error)) Events.push_back({SessionEventType::Rejected, "compare: " + error});
        return true;
    case CommandType::SetParamB: {
        ParamChange change = SetParamB(c.Name, c.Value);
        if (!change.Ok) Events.push_back({SessionEventType::Rejected, change.Message});
        return true;
    }
    case CommandType::FocusView:
    case CommandType::PanView:
    case CommandType::ZoomView:
    case CommandType::ExportCsv:
    case CommandType::ToggleFullscreen:
    case CommandType::TogglePresenter:
    case CommandType::ToggleUi:
    case CommandType::SetLanguage:
    case CommandType::ShareSetup:
    case CommandType::OpenGuide:
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
