// Exp and Log built from + - * / and exact operations only, so glibc, Emscripten's musl and
// any compiler give the same bits: native and WebAssembly trajectories must match exactly.
#pragma once

namespace ng {

constexpr double kLn2 = 0.69314718055994530942;

double DetExp(double x);
double DetLog(double x); // x > 0; returns -inf for 0 and NaN for negative input

// Factor by which a first-order pool decays over dt: exp(-dt / tau).
inline double DecayFactor(double dt, double tau) {
    return DetExp(-dt / tau);
}
// Same with a half-life: exp(-ln2 * dt / half_life).
inline double HalfLifeFactor(double dt, double half_life) {
    return DetExp(-kLn2 * dt / half_life);
}

} // namespace ng
