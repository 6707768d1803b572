// The timeline under the scene (issue 14): day 0 to the furthest simulated day, a scrubber that
// seeks, a week back / forward (buttons and the [ ] keys), and the question a change asks after
// moving back ("continue from here? the later weeks will be recomputed").
#pragma once
#include "ui_context.h"

namespace ng {

class Session;

// Where a week back (direction < 0) or forward (> 0) goes from day: a seek within the simulated
// run, clamped to [first, furthest]; forward from the furthest day runs the model a week ahead.
struct WeekStep {
    bool Seek = false;    // seek to Day
    double Day = 0.0;     // the target day (Seek)
    double Advance = 0.0; // > 0: run the model this many days ahead (already at the furthest day)
};
WeekStep ComputeWeekStep(double day, double first, double furthest, int direction);
// Pushes the commands of a week step for the session as it is (buttons and keys).
void PushWeekStep(const Session& run, CommandQueue* commands, int direction);

// The timeline row (ui.Layout.Timeline) and the confirm dialog for a pending change.
void DrawTimelineBar(UiContext& ui);
// A training control changed a parameter: at once, or after the person confirms when the run has
// a future (after seeking back) that the change would discard. b: programme B's parameter.
void PushParamChange(UiContext& ui, const char* name, double value, bool b = false);

} // namespace ng
