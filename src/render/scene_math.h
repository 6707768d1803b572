// Small numeric helpers for the scene's CPU code: random numbers for its looks (where a particle
// or a cell appears, how it wanders) and a float clamp. The model draws from ng::Rng; these
// streams only decide pictures, so speed comes first.
#pragma once
#include <cstdint>

namespace ng {

// xorshift64*: fast, and the same numbers on every platform. Each user mixes the scene seed
// with its own odd constants, so one seed gives every part of the scene its own stream.
struct SceneRandom {
    uint64_t State = 1;

    void Seed(uint64_t seed, uint64_t multiplier, uint64_t offset) {
        State = seed * multiplier + offset;
        if (State == 0) State = 1;
    }
    float Next() { // [0, 1), 24 random bits
        State ^= State >> 12;
        State ^= State << 25;
        State ^= State >> 27;
        return (float)((State * 0x2545F4914F6CDD1Dull) >> 40) * (1.0f / 16777216.0f);
    }
};

inline float Clampf(float v, float lo, float hi) {
    return v < lo ? lo : (v > hi ? hi : v);
}

} // namespace ng
