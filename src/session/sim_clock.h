// The fixed-timestep clock between wall time and the model ("fix your timestep"): wall time
// times the chosen speed fills an accumulator, which is drained in whole model steps; the rest
// is the interpolation fraction for rendering. Pure C++, no SDL: tested in tests/session.
#pragma once

namespace ng {

struct SpeedStop {
    const char* Id;                 // for ?speed= and --speed
    const char* Label;              // shown in the UI
    double SimSecondsPerRealSecond; // 1 = real time
};

int SpeedStopCount();
const SpeedStop& SpeedStopAt(int index);
int FindSpeedStop(const char* id); // -1 if unknown
constexpr int kDefaultSpeedStop = 4;
// The longest jump ahead one request may ask for (--advance, advance(), a tour step): ten years.
constexpr double kMaxAdvanceDays = 3650.0;

struct SimClock {
    double StepSeconds = 60.0; // the model's fixed step, in simulated seconds
    int Speed = kDefaultSpeedStop;
    bool Paused = false;
    double Accumulator = 0.0; // simulated seconds not yet stepped

    // Wall time is clamped (a tab that comes back after minutes must not stall the page to
    // catch up) and a frame never runs more than kMaxStepsPerFrame steps.
    static constexpr double kMaxFrameSeconds = 0.25;
    static constexpr int kMaxStepsPerFrame = 4000;

    // Returns how many model steps to run for a frame that took real_seconds of wall time.
    int Advance(double real_seconds);
    // Fraction of the next step already elapsed (0..1), for interpolating between states.
    double Alpha() const { return Accumulator / StepSeconds; }
    void SetSpeed(int stop);
};

} // namespace ng
