#include "sim_clock.h"
#include <cstring>

namespace ng {

// From live (a repetition takes about 2 s, a session plays in real time) to fast (a week in
// about 10 s, so new neurons accumulate visibly). docs/design.md §1 "Time scales".
static const SpeedStop kSpeedStops[] = {
    {"realtime", "Real time", 1.0},
    {"x10", "10× (a session in 5 min)", 10.0},
    {"minute", "1 min per second", 60.0},
    {"10min", "10 min per second", 600.0},
    {"hour", "1 hour per second", 3600.0},
    {"6hours", "6 hours per second", 6.0 * 3600.0},
    {"week", "1 week per 10 s", 7.0 * 86400.0 / 10.0},
    {"day", "1 day per second", 86400.0},
};

int SpeedStopCount() {
    return (int)(sizeof(kSpeedStops) / sizeof(kSpeedStops[0]));
}
const SpeedStop& SpeedStopAt(int index) {
    return kSpeedStops[index];
}

int FindSpeedStop(const char* id) {
    for (int i = 0; i < SpeedStopCount(); i++)
        if (std::strcmp(kSpeedStops[i].Id, id) == 0) return i;
    return -1;
}

void SimClock::SetSpeed(int stop) {
    if (stop < 0) stop = 0;
    if (stop >= SpeedStopCount()) stop = SpeedStopCount() - 1;
    Speed = stop;
}

int SimClock::Advance(double real_seconds) {
    if (Paused || !(real_seconds > 0.0)) return 0;
    if (real_seconds > kMaxFrameSeconds) real_seconds = kMaxFrameSeconds;
    Accumulator += real_seconds * kSpeedStops[Speed].SimSecondsPerRealSecond;
    int steps = (int)(Accumulator / StepSeconds);
    if (steps > kMaxStepsPerFrame) {
        steps = kMaxStepsPerFrame;
        Accumulator = 0.0; // drop what cannot be caught up rather than fall further behind
    } else {
        Accumulator -= steps * StepSeconds;
    }
    return steps;
}

} // namespace ng
