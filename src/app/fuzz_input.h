// Fuzz mode (?fuzz=1, --fuzz): random pointer, touch, wheel and key events at a high rate over
// the whole window, seeded so a failing run can be repeated (the PhET practice of running every
// simulation under random input with assertions on).
#pragma once
#include "model/rng.h"

namespace ng {

struct FuzzInput {
    Rng Random;
    bool FingerDown[2] = {false, false};
    bool ButtonDown = false;

    explicit FuzzInput(uint64_t seed) { Random.Seed(seed); }
    // Pushes a burst of random SDL events for one frame into SDL's queue.
    void PushEvents(int window_width, int window_height, unsigned window_id);
};

} // namespace ng
