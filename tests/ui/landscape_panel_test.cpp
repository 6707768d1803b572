// The landscape panel's pure parts (src/ui/landscape_panel.h): the colour scale and the outline of
// the overtraining region.
#include "ui/landscape_panel.h"
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
}
