#include "landscape_lines.h"
#include <cmath>

namespace ng {

std::vector<double> IsoLevels(double lo, double hi) {
    std::vector<double> best;
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(hi > lo)) return best;
    static const double kMantissas[] = {1.0, 2.0, 2.5, 5.0};
    int top = (int)std::floor(std::log10(hi - lo));
    // The round step whose level count is nearest 5 (the largest step on a tie: fewer lines).
    for (int e = top + 1; e >= top - 2; e--)
        for (int m = 3; m >= 0; m--) {
            double step = kMantissas[m] * std::pow(10.0, e);
            std::vector<double> levels;
            for (double v = std::floor(lo / step + 1.0) * step; v < hi && levels.size() < 8; v += step)
                if (v > lo) levels.push_back(std::fabs(v) < step * 1e-9 ? 0.0 : v);
            if (levels.size() >= 4 && levels.size() <= 6 &&
                (best.empty() || std::abs((int)levels.size() - 5) < std::abs((int)best.size() - 5)))
                best = levels;
        }
    return best;
}

std::vector<IsoSegment> IsoLines(const std::vector<double>& values, int rows, int columns, double level) {
    std::vector<IsoSegment> out;
    if (rows < 2 || columns < 2 || (int)values.size() < rows * columns || !std::isfinite(level)) return out;
    for (int r = 0; r + 1 < rows; r++)
        for (int c = 0; c + 1 < columns; c++) {
            // Corners counter-clockwise from the lower left: (c, r), (c+1, r), (c+1, r+1), (c, r+1).
            const float cx[4] = {(float)c, (float)c + 1, (float)c + 1, (float)c};
            const float cy[4] = {(float)r, (float)r, (float)r + 1, (float)r + 1};
            double v[4] = {values[r * columns + c], values[r * columns + c + 1],
                           values[(r + 1) * columns + c + 1], values[(r + 1) * columns + c]};
            if (!std::isfinite(v[0]) || !std::isfinite(v[1]) || !std::isfinite(v[2]) || !std::isfinite(v[3]))
                continue;
            // The crossing on each side i (corner i to i+1), if its ends are on either side of level.
            float px[4], py[4];
            bool cross[4];
            for (int i = 0; i < 4; i++) {
                int j = (i + 1) % 4;
                cross[i] = (v[i] >= level) != (v[j] >= level);
                if (!cross[i]) continue;
                float t = (float)((level - v[i]) / (v[j] - v[i]));
                px[i] = cx[i] + (cx[j] - cx[i]) * t;
                py[i] = cy[i] + (cy[j] - cy[i]) * t;
            }
            int sides[4], n = 0;
            for (int i = 0; i < 4; i++)
                if (cross[i]) sides[n++] = i;
            if (n == 2) {
                out.push_back({px[sides[0]], py[sides[0]], px[sides[1]], py[sides[1]]});
            } else if (n == 4) { // a saddle: the centre's value decides which corners join
                bool centre_high = (v[0] + v[1] + v[2] + v[3]) * 0.25 >= level;
                bool first_high = v[0] >= level;
                // Corners 0 and 2 joined through the centre: cut off corners 1 and 3, else 2 and 0.
                int a = centre_high == first_high ? 0 : 1; // pair sides (a, a+1) and (a+2, a+3)
                out.push_back({px[a], py[a], px[(a + 1) % 4], py[(a + 1) % 4]});
                out.push_back({px[(a + 2) % 4], py[(a + 2) % 4], px[(a + 3) % 4], py[(a + 3) % 4]});
            }
        }
    return out;
}

} // namespace ng
