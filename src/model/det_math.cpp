#include "det_math.h"

#include <cmath>
#include <limits>

namespace ng {

// ln2 split in a high part with trailing zero bits (k * kLn2Hi is exact) and the remainder.
static const double kLn2Hi = 6.93147180369123816490e-01;
static const double kLn2Lo = 1.90821492927058770002e-10;
static const double kInvLn2 = 1.44269504088896338700e+00;

double DetExp(double x) {
    if (x != x) return x;
    if (x > 709.0) return std::numeric_limits<double>::infinity();
    if (x < -745.0) return 0.0;
    // x = k ln2 + r with |r| <= ln2 / 2, then e^r by its Taylor series (error < 1e-17).
    double k = std::floor(x * kInvLn2 + 0.5);
    double r = (x - k * kLn2Hi) - k * kLn2Lo;
    double p = 1.0 / 6227020800.0; // 1/13!
    static const double kInvFactorial[13] = {1.0 / 479001600.0,
                                             1.0 / 39916800.0,
                                             1.0 / 3628800.0,
                                             1.0 / 362880.0,
                                             1.0 / 40320.0,
                                             1.0 / 5040.0,
                                             1.0 / 720.0,
                                             1.0 / 120.0,
                                             1.0 / 24.0,
                                             1.0 / 6.0,
                                             0.5,
                                             1.0,
                                             1.0};
    for (double c : kInvFactorial) p = p * r + c;
    return std::ldexp(p, (int)k); // exact scaling by 2^k
}

double DetLog(double x) {
    if (x != x || x < 0.0) return std::numeric_limits<double>::quiet_NaN();
    if (x == 0.0) return -std::numeric_limits<double>::infinity();
    if (x == std::numeric_limits<double>::infinity()) return x;
    // x = m 2^e with m in [sqrt(1/2), sqrt(2)); log m = 2 atanh(s), s = (m - 1) / (m + 1), |s| < 0.172.
    int e = 0;
    double m = std::frexp(x, &e); // exact
    if (m < 0.70710678118654752440) {
        m *= 2.0;
        e -= 1;
    }
    double s = (m - 1.0) / (m + 1.0);
    double s2 = s * s;
    double series = 1.0 / 25.0;
    for (int n = 23; n >= 1; n -= 2) series = series * s2 + 1.0 / n;
    return (double)e * kLn2Hi + ((double)e * kLn2Lo + 2.0 * s * series);
}

} // namespace ng
