// PCG32 (O'Neill 2014) with a seed mixed by splitmix64, and normal draws by Marsaglia's polar
// method on DetLog: the same numbers on every platform (std::normal_distribution differs
// between libstdc++ and Emscripten's libc++).
#pragma once
#include <cstdint>

namespace ng {

struct Rng {
    uint64_t State = 0;
    uint64_t Increment = 1;

    void Seed(uint64_t seed);
    uint32_t NextU32();
    double NextUniform(); // [0, 1), 53 random bits
    double NextNormal();  // mean 0, standard deviation 1
};

} // namespace ng
