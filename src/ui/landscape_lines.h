// The landscape's iso-lines (contours): a few round levels across the map's range and, for each,
// the segments where the value crosses it (marching squares over the cell centres). Pure
// geometry, tested in tests/ui/landscape_panel_test.cpp.
#pragma once
#include <vector>

namespace ng {

// 4-6 round levels (steps of 1, 2, 2.5 or 5 times a power of ten) strictly between lo and hi;
// none if the range is empty or not finite.
std::vector<double> IsoLevels(double lo, double hi);

// One piece of an iso-line, in cell-centre units: x = column, y = row (0 at the first centre).
struct IsoSegment {
    float X0, Y0, X1, Y1;
};
// Where values (row by row, rows x columns) cross level; squares with a NaN corner are skipped.
std::vector<IsoSegment> IsoLines(const std::vector<double>& values, int rows, int columns, double level);

} // namespace ng
