#include "session/sim_clock.h"
#include <doctest/doctest.h>

using namespace ng;

TEST_CASE("clock: real time runs one 1-minute step per 60 s of wall time") {
    SimClock clock;
    clock.SetSpeed(FindSpeedStop("realtime"));
    int steps = 0;
    for (int frame = 0; frame < 60 * 60 * 60; frame++) steps += clock.Advance(1.0 / 60.0);
    CHECK(steps >= 59); // an hour of 60 Hz frames (rounding may leave the last step pending)
    CHECK(steps <= 60);
    CHECK(clock.Alpha() >= 0.0);
    CHECK(clock.Alpha() < 1.0);
}

TEST_CASE("clock: the week stop plays a simulated week in about 10 s") {
    SimClock clock;
    clock.SetSpeed(FindSpeedStop("week"));
    int steps = 0;
    for (int frame = 0; frame < 600; frame++) steps += clock.Advance(1.0 / 60.0);
    CHECK(steps == doctest::Approx(7 * 24 * 60).epsilon(0.01));
}

TEST_CASE("clock: pause stops time, and a long stall does not make the page catch up") {
    SimClock clock;
    clock.SetSpeed(FindSpeedStop("day"));
    clock.Paused = true;
    CHECK(clock.Advance(1.0) == 0);
    clock.Paused = false;
    int steps = clock.Advance(3600.0); // the tab was hidden for an hour
    CHECK(steps <= SimClock::kMaxStepsPerFrame);
    CHECK(steps == (int)(SimClock::kMaxFrameSeconds * 86400.0 / 60.0));
    CHECK(clock.Advance(-1.0) == 0);
    CHECK(clock.Advance(0.0) == 0);
}

TEST_CASE("clock: speed stops are ordered and clamped") {
    for (int i = 1; i < SpeedStopCount(); i++)
        CHECK(SpeedStopAt(i).SimSecondsPerRealSecond > SpeedStopAt(i - 1).SimSecondsPerRealSecond);
    SimClock clock;
    clock.SetSpeed(-5);
    CHECK(clock.Speed == 0);
    clock.SetSpeed(99);
    CHECK(clock.Speed == SpeedStopCount() - 1);
    CHECK(FindSpeedStop("nonsense") == -1);
}
