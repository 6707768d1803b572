#include "session/kiosk.h"
#include <doctest/doctest.h>
#include <string>

using namespace ng;

static KioskEvent Run(KioskController* k, double seconds, bool input = false) {
    KioskEvent last = KioskEvent::None;
    for (double t = 0.0; t < seconds - 1e-9; t += 0.1) {
        KioskEvent e = k->Update(0.1, input);
        if (e != KioskEvent::None) last = e;
    }
    return last;
}

TEST_CASE("kiosk: idle -> countdown -> attract -> touch") {
    KioskController k;
    k.IdleSeconds = 30.0;
    k.CountdownSeconds = 10.0;
    CHECK(Run(&k, 29.0) == KioskEvent::None);
    CHECK(k.Phase == KioskPhase::Active);
    CHECK(Run(&k, 1.5) == KioskEvent::CountdownStarted);
    CHECK(k.Phase == KioskPhase::Countdown);
    CHECK(k.CountdownLeft > 8.0);
    CHECK(Run(&k, 10.0) == KioskEvent::AttractStarted);
    CHECK(k.Phase == KioskPhase::Attract);
    CHECK(Run(&k, 600.0) == KioskEvent::None); // the attract loop runs until touched
    CHECK(k.Phase == KioskPhase::Attract);
    CHECK(k.Update(0.1, true) == KioskEvent::AttractEnded);
    CHECK(k.Phase == KioskPhase::Active);
    CHECK(k.IdleTime == 0.0);
}

TEST_CASE("kiosk: a touch during the countdown keeps exploring") {
    KioskController k;
    k.IdleSeconds = 5.0;
    Run(&k, 6.0);
    REQUIRE(k.Phase == KioskPhase::Countdown);
    CHECK(k.Update(0.1, true) == KioskEvent::Resumed);
    CHECK(k.Phase == KioskPhase::Active);
    CHECK(Run(&k, 4.0) == KioskEvent::None);
}

TEST_CASE("kiosk: input keeps it active, bad frame times are bounded") {
    KioskController k;
    k.IdleSeconds = 5.0;
    for (int i = 0; i < 1000; i++) CHECK(k.Update(0.1, i % 20 == 0) == KioskEvent::None);
    CHECK(k.Phase == KioskPhase::Active);
    KioskController stalled;
    stalled.IdleSeconds = 5.0;
    CHECK(stalled.Update(1e9, false) == KioskEvent::None); // one stall counts as one second
    CHECK(stalled.Update(-3.0, false) == KioskEvent::None);
    CHECK(stalled.IdleTime <= 2.0);
    CHECK(KioskPhaseName(KioskPhase::Attract) == std::string("attract"));
}
