// The landscape panel's pure parts (src/ui/landscape_panel.h, landscape_lines.h): the colour
// scale, the outline of the overtraining region and the iso-lines.
#include "ui/landscape_lines.h"
#include "ui/landscape_panel.h"
#include <cmath>
#include <doctest/doctest.h>

using namespace ng;

TEST_SUITE("ui") {

    TEST_CASE("landscape: viridis runs from dark purple to yellow, lighter all the way") {
        float lo[3], hi[3];
        Viridis(0.0f, lo);
        Viridis(1.0f, hi);
        CHECK(lo[2] > lo[1]); // purple
        CHECK(hi[0] > 0.9f);  // yellow
        CHECK(hi[1] > 0.85f);
        float previous = -1.0f;
        for (int i = 0; i <= 50; i++) {
            float rgb[3];
            Viridis(i / 50.0f, rgb);
            float luma = 0.2126f * rgb[0] + 0.7152f * rgb[1] + 0.0722f * rgb[2];
            CHECK(luma > previous);
            previous = luma;
        }
        float out[3];
        Viridis(-3.0f, out);
        CHECK(out[0] == doctest::Approx(lo[0]));
        Viridis(7.0f, out);
        CHECK(out[1] == doctest::Approx(hi[1]));
    }

    TEST_CASE("landscape: a region's outline is the sides of its cells that face outside") {
        // 3 x 3, the lower-right 2 x 2 block inside: 8 sides face outside.
        std::vector<bool> inside = {false, true,  true, //
                                    false, true,  true, //
                                    false, false, false};
        std::vector<CellEdge> edges = RegionOutline(inside, 3, 3);
        CHECK(edges.size() == 8);
        CHECK(RegionOutline(std::vector<bool>(9, false), 3, 3).empty());
        CHECK(RegionOutline(std::vector<bool>(9, true), 3, 3).size() == 12); // the grid's edge
        CHECK(RegionOutline(std::vector<bool>(2, true), 3, 3).empty());      // too few cells: nothing
    }

    TEST_CASE("landscape: 4 to 6 round iso-line levels strictly inside the range") {
        struct Range {
            double Lo, Hi;
        };
        for (Range r : {Range{0.0, 1.0}, Range{12.0, 2480.0}, Range{-3.2, 1.7}, Range{0.013, 0.0171},
                        Range{950.0, 1000.0}, Range{1.0, 1.5}}) {
            CAPTURE(r.Lo);
            CAPTURE(r.Hi);
            std::vector<double> levels = IsoLevels(r.Lo, r.Hi);
            CHECK(levels.size() >= 4);
            CHECK(levels.size() <= 6);
            for (size_t i = 0; i < levels.size(); i++) {
                CHECK(levels[i] > r.Lo);
                CHECK(levels[i] < r.Hi);
                if (i > 0) CHECK(levels[i] > levels[i - 1]);
            }
            double step = levels[1] - levels[0]; // 1, 2, 2.5 or 5 times a power of ten
            double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
            bool round = false;
            for (double m : {1.0, 2.0, 2.5, 5.0}) round = round || std::fabs(mantissa - m) < 1e-6;
            CHECK(round);
        }
        CHECK(IsoLevels(5.0, 5.0).empty());
        CHECK(IsoLevels(NAN, 1.0).empty());
        CHECK(IsoLevels(0.0, INFINITY).empty());
    }

    TEST_CASE("landscape: an iso-line crosses where the value passes its level, NaN squares skipped") {
        // A ramp along the columns (0, 1, 2): the level 1.5 runs straight up between columns 1 and 2.
        std::vector<double> ramp = {0, 1, 2, //
                                    0, 1, 2, //
                                    0, 1, 2};
        std::vector<IsoSegment> lines = IsoLines(ramp, 3, 3, 1.5);
        REQUIRE(lines.size() == 2); // one per row of squares
        for (const IsoSegment& g : lines) {
            CHECK(g.X0 == doctest::Approx(1.5));
            CHECK(g.X1 == doctest::Approx(1.5));
            CHECK(std::fabs(g.Y1 - g.Y0) == doctest::Approx(1.0));
        }
        CHECK(IsoLines(ramp, 3, 3, 5.0).empty()); // nothing reaches it
        ramp[5] = NAN;                            // the right column's middle: both squares beside it go
        CHECK(IsoLines(ramp, 3, 3, 1.5).empty());
        CHECK(IsoLines(ramp, 3, 3, 0.5).size() == 2);
        CHECK(IsoLines(std::vector<double>(3, 1.0), 3, 3, 0.5).empty()); // too few values: nothing
        // A saddle: two segments, none crossing the middle.
        std::vector<IsoSegment> saddle = IsoLines({1, 0, 0, 1}, 2, 2, 0.5);
        CHECK(saddle.size() == 2);
    }
}
