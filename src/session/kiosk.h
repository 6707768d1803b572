// The museum kiosk's idle cycle (docs/design.md §3): after IdleSeconds without a touch a countdown
// with "keep exploring" appears; when it runs out the app resets to defaults and plays the
// attract loop (the tour on autoplay with "touch to explore") until someone touches the screen.
// Pure logic, driven by the app each frame: tested in tests/session.
#pragma once

namespace ng {

enum class KioskPhase { Active, Countdown, Attract };

enum class KioskEvent {
    None,
    CountdownStarted,
    AttractStarted, // the app resets to defaults and starts the tour on autoplay
    AttractEnded,   // someone touched the screen: reset to defaults, hand over
    Resumed,        // "keep exploring" (or any touch) during the countdown
};

struct KioskController {
    double IdleSeconds = 90.0;
    double CountdownSeconds = 10.0; // at most half the idle time (short idle times in tests)
    KioskPhase Phase = KioskPhase::Active;
    double IdleTime = 0.0;      // seconds since the last input
    double CountdownLeft = 0.0; // during Countdown

    // had_input: any touch, click, key or wheel this frame.
    KioskEvent Update(double real_seconds, bool had_input);
};

const char* KioskPhaseName(KioskPhase phase); // "active", "countdown", "attract"

} // namespace ng
