// One run of the simulation as a person drives it: the protocol the controls edit, the model,
// the clock between wall time and model time, the recorded history and the scenario last
// loaded. Every change arrives as a Command (docs/architecture.md §2); what the person should
// hear about it (a clamped value, a loaded scenario, pause) comes back as SessionEvents for the
// app to show and narrate. No SDL, GL or ImGui: tested in tests/session.
#pragma once
#include "commands.h"
#include "lab_history.h"
#include "model/protocol.h"
#include "model/simulation.h"
#include "sim_clock.h"
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace ng {

struct ParamInfo;

// What a session starts from, and returns to on reset (zero values mean the defaults).
struct SessionStart {
    std::string Scenario; // scenario id; "" = the default protocol
    // Protocol parameters (validated and clamped), applied over the scenario in this order.
    std::vector<std::pair<const ParamInfo*, double>> ProtocolOverrides;
    int Speed = -1; // index of a speed stop; -1 = kDefaultSpeedStop
    uint64_t Seed = 1;
};

// The result of setting a parameter by name (JS API, URL, commands).
struct ParamChange {
    bool Ok = false; // false: unknown name or unusable value; Message says why
    bool Clamped = false;
    double Value = 0.0; // what was stored
    std::string Message;
};

enum class SessionEventType {
    Notice,         // Text: a value was clamped or a field defaulted; the session went on
    Rejected,       // Text: a request was refused (unknown scenario, ...); nothing changed
    ScenarioLoaded, // Text = scenario id
    Reset,          // a ResetAll command (not the kiosk's silent resets)
    Paused,
    Playing,
};

struct SessionEvent {
    SessionEventType Type;
    std::string Text;
};

class Session {
public:
    Protocol Plan;          // the protocol the controls edit
    std::string ScenarioId; // the scenario last loaded ("" = none)
    std::unique_ptr<Simulation> Sim;
    SimClock Clock;
    LabHistory History;
    std::vector<SessionEvent> Events; // since the last TakeEvents()

    // Sets the start and resets to it (clock running at the start speed).
    void Begin(const SessionStart& start);
    // Back to the start: protocol, scenario, time, history, speed.
    void Reset();
    // Carries out the commands that belong to the session (parameters, scenarios, time, blood
    // tests); returns false, doing nothing, for those that belong to the view or the UI.
    bool Execute(const Command& command);
    // Runs the model for a frame that took real_seconds of wall time; returns the steps run.
    int Update(double real_seconds);

    ParamChange SetParamByName(const std::string& name, double value);
    bool LoadScenarioById(const std::string& id, std::string* error);
    void StepModel(int steps);
    void AdvanceDays(double days); // at most kMaxAdvanceDays
    void DrawBloodTest();

    std::vector<SessionEvent> TakeEvents();
    const SessionStart& Start() const { return m_Start; }

private:
    void Restart(); // a fresh model from Plan, history from now
    SessionStart m_Start;
};

} // namespace ng
