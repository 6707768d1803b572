// Plays a tour: which step is showing, and the commands that set the scene when a step is
// entered. Pure state, no UI: the app carries the commands out with its command executor.
//
//   std::vector<Command> enter = player.Start(GetTour(lang));     // execute these
//   ...  enter = player.Next();  enter = player.Update(frame_seconds);  // autoplay
//
// An explain card that a step opened is closed again when the tour leaves that step (unless the
// next step opens one too) or stops, so Previous and Next always show the same picture.
#pragma once
#include "session/commands.h"
#include "tour.h"
#include <vector>

namespace ng {

struct TourPlayOptions {
    bool Autoplay = false;    // move on by itself after each step's Seconds
    bool Loop = false;        // after the last step start again (otherwise the tour ends there)
    double StepSeconds = 0.0; // autoplay: > 0 replaces every step's own duration
    bool OpenPanels = true;   // false drops the steps' lab / explain actions (kiosk: no panels)
};

// The kiosk attract loop: the tour on autoplay, looping, without panels.
TourPlayOptions AttractLoopOptions();

class TourPlayer {
public:
    // Starts at the first step. An empty tour does not start. The tour must outlive the playing
    // (GetTour() references live as long as the program).
    std::vector<Command> Start(const Tour& tour, const TourPlayOptions& options = TourPlayOptions());
    std::vector<Command> Next();     // after the last step: back to the first (Loop) or Stop()
    std::vector<Command> Previous(); // nothing at the first step
    std::vector<Command> GoTo(int step);
    std::vector<Command> Stop();
    // Advances the autoplay clock by real (wall) seconds; moves on when the step's time is up.
    std::vector<Command> Update(double real_seconds);

    bool IsActive() const { return Active; }
    int CurrentStep() const { return Active ? Current : -1; }
    int StepCount() const { return Steps ? (int)Steps->Steps.size() : 0; }
    bool IsLastStep() const { return Active && Current == StepCount() - 1; }
    const TourStep* Step() const { return Active ? &Steps->Steps[Current] : nullptr; }
    const TourPlayOptions& Options() const { return Settings; }
    double StepSeconds() const;  // how long the current step shows during autoplay
    double StepProgress() const; // 0..1 of the current step's autoplay time

private:
    std::vector<Command> Enter(int step);

    const Tour* Steps = nullptr;
    TourPlayOptions Settings;
    int Current = 0;
    double Elapsed = 0.0;
    bool Active = false;
    bool ExplainOpen = false; // the current step opened an explain card
};

// Carries out the tour commands on the player: TourStart (Name "autoplay" starts the attract
// loop, anything else the tour by hand), TourStop, TourNext, TourPrevious. Returns false for any
// other command; *actions receives the commands of the step entered (or of leaving it).
bool HandleTourCommand(TourPlayer* player, const Tour& tour, const Command& command,
                       std::vector<Command>* actions);

} // namespace ng
