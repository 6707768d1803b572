// One run of the simulation as a person drives it: the protocol the controls edit, the model,
// the clock between wall time and model time, the recorded history and the scenario last
// loaded. Every change arrives as a Command (docs/architecture.md §2); what the person should
// hear about it (a clamped value, a loaded scenario, pause) comes back as SessionEvents for the
// app to show and narrate. No SDL, GL or ImGui: tested in tests/session.
//
// Exploring (issue 14, docs/architecture.md §3): the run keeps a timeline, so Seek() shows any day
// up to the furthest simulated one exactly as a fresh run reaches it; a second programme B can run
// in lockstep with A (same clock, same seed, seeking together); landscapes over two parameters
// are computed a slice per frame in Update().
#pragma once
#include "commands.h"
#include "io/landscape.h"
#include "lab_history.h"
#include "model/protocol.h"
#include "model/simulation.h"
#include "sim_clock.h"
#include "timeline.h"
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
    std::string Compare; // programme B: a scenario id, "copy" or "" (none)
    // Programme B's parameters (b_NAME=value), applied over its source in this order.
    std::vector<std::pair<const ParamInfo*, double>> CompareOverrides;
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

// Programme B of a comparison: its own protocol, model, history and timeline, stepped and
// sought with A's. It starts as a copy of A or as a fresh run of a scenario from day 0 (run at
// once to A's day); it restarts from that source when A restarts (scenario, reset).
struct CompareRun {
    std::string Source; // the scenario id, or "copy"
    Protocol Plan;      // what SetParamB edits
    std::unique_ptr<Simulation> Sim;
    LabHistory History;
    Timeline Line;
};

class Session {
public:
    // Wall time each Update() (a frame) may give the landscape's runs, in slices of model steps
    // (a step costs about 15 ns in WebAssembly: 20 x 20 cells of 12 weeks take about 3 s at 60 Hz).
    static constexpr double kLandscapeMillisPerFrame = 4.0;
    static constexpr int64_t kLandscapeSliceSteps = 20000;

    Protocol Plan;          // the protocol the controls edit
    std::string ScenarioId; // the scenario last loaded ("" = none)
    std::unique_ptr<Simulation> Sim;
    SimClock Clock;
    LabHistory History;
    Timeline Line;                       // A's journal and copies: Seek()
    std::unique_ptr<CompareRun> Compare; // programme B, or null
    LandscapeCache Landscapes;           // filled a slice per Update()
    std::vector<SessionEvent> Events;    // since the last TakeEvents()

    // Sets the start and resets to it (clock running at the start speed).
    void Begin(const SessionStart& start);
    // Back to the start: protocol, scenario, time, history, speed.
    void Reset();
    // Carries out the commands that belong to the session (parameters, scenarios, time, blood
    // tests); returns false, doing nothing, for those that belong to the view or the UI.
    bool Execute(const Command& command);
    // Runs the model (A and B) for a frame that took real_seconds of wall time, and a slice of
    // the landscape asked for last; returns the model steps run.
    int Update(double real_seconds);

    // Changes A's protocol now; after Seek() back this discards the future (HasFuture()).
    ParamChange SetParamByName(const std::string& name, double value);
    bool LoadScenarioById(const std::string& id, std::string* error);
    void StepModel(int steps);
    void AdvanceDays(double days); // at most kMaxAdvanceDays
    void DrawBloodTest();          // discards the future too: it draws from the model's random stream

    // Time: days from FirstDay() (0 unless a very long journal started again) to FurthestDay().
    // False with *error outside that range; A and B move together.
    bool Seek(double days, std::string* error);
    double FurthestDay() const;
    double FirstDay() const;
    bool HasFuture() const; // the model is behind the furthest day: a change would discard the rest
    void DiscardFuture();

    // Programme B: a scenario id, "copy" (A as it is, with its past) or "" to stop comparing.
    bool SetCompare(const std::string& source, std::string* error);
    ParamChange SetParamB(const std::string& name, double value);

    // The landscape around A's protocol (spec.Base and spec.Seed are filled in); nullptr with
    // *error if the spec is bad. Update() fills it in; asking again each frame costs nothing.
    const LandscapeGrid* RequestLandscape(LandscapeSpec spec, std::string* error);

    // The lab's daily CSV: A's readouts, then B's as b_ columns when comparing.
    std::string DailyCsv() const;

    std::vector<SessionEvent> TakeEvents();
    const SessionStart& Start() const { return m_Start; }

private:
    void Restart(); // a fresh model from Plan, history and timeline from now; B restarts too
    ParamChange ChangeParam(Protocol* plan, Simulation* sim, Timeline* line, const std::string& name,
                            double value);
    SessionStart m_Start;
};

} // namespace ng
