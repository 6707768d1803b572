#include "rng.h"

#include "det_math.h"

#include <cmath>

namespace ng {

static uint64_t SplitMix64(uint64_t* x) {
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void Rng::Seed(uint64_t seed) {
    uint64_t mix = seed;
    State = 0;
    Increment = (SplitMix64(&mix) << 1) | 1u;
    NextU32();
    State += SplitMix64(&mix);
    NextU32();
}

uint32_t Rng::NextU32() {
    uint64_t old = State;
    State = old * 6364136223846793005ull + Increment;
    uint32_t xorshifted = (uint32_t)(((old >> 18) ^ old) >> 27);
    uint32_t rot = (uint32_t)(old >> 59);
    return (xorshifted >> rot) | (xorshifted << ((32 - rot) & 31));
}

double Rng::NextUniform() {
    uint64_t hi = NextU32() >> 5; // 27 bits
    uint64_t lo = NextU32() >> 6; // 26 bits
    return (double)((hi << 26) | lo) * (1.0 / 9007199254740992.0);
}

double Rng::NextNormal() {
    for (;;) {
        double u = 2.0 * NextUniform() - 1.0;
        double v = 2.0 * NextUniform() - 1.0;
        double s = u * u + v * v;
        if (s > 0.0 && s < 1.0) return u * std::sqrt(-2.0 * DetLog(s) / s);
    }
}

} // namespace ng
