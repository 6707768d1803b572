// Time for animation: wall and animation clocks stay in double on the CPU; what reaches a shader
// or a float is a phase wrapped in double precision first, so precision never decays over
// months of kiosk uptime.
#pragma once
#include <cmath>

namespace ng {

// t modulo period, in [0, period), computed in double.
inline double WrapTime(double t, double period) {
    double r = std::fmod(t, period);
    return r < 0.0 ? r + period : r;
}

} // namespace ng
