#include "kiosk.h"

namespace ng {

const char* KioskPhaseName(KioskPhase phase) {
    switch (phase) {
    case KioskPhase::Countdown:
        return "countdown";
    case KioskPhase::Attract:
        return "attract";
    default:
        return "active";
    }
}

KioskEvent KioskController::Update(double real_seconds, bool had_input) {
    if (!(real_seconds >= 0.0) || real_seconds > 1.0) real_seconds = 1.0; // a stalled tab is one second
    if (had_input) {
        IdleTime = 0.0;
        KioskPhase was = Phase;
        Phase = KioskPhase::Active;
        if (was == KioskPhase::Countdown) return KioskEvent::Resumed;
        if (was == KioskPhase::Attract) return KioskEvent::AttractEnded;
        return KioskEvent::None;
    }
    IdleTime += real_seconds;
    if (Phase == KioskPhase::Active && IdleTime >= IdleSeconds) {
        Phase = KioskPhase::Countdown;
        CountdownLeft = CountdownSeconds < IdleSeconds * 0.5 ? CountdownSeconds : IdleSeconds * 0.5;
        return KioskEvent::CountdownStarted;
    }
    if (Phase == KioskPhase::Countdown) {
        CountdownLeft -= real_seconds;
        if (CountdownLeft <= 0.0) {
            Phase = KioskPhase::Attract;
            return KioskEvent::AttractStarted;
        }
    }
    return KioskEvent::None;
}

} // namespace ng
