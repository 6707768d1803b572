// The landscape grid (src/io/landscape.h): every cell is a fresh run of its protocol, the grid is
// deterministic, follows the model where the model is monotonic, fills in slices, is cached per
// setting, and refuses bad requests with a message that says what is allowed.
#include "test_support.h"

#include "io/landscape.h"
#include "model/readouts.h"

#include <cmath>
#include <string>

using namespace ng;
using namespace ng_test;

TEST_SUITE("landscape") {

    static LandscapeSpec SmallSpec() {
        LandscapeSpec spec;
        spec.N = 4;
        spec.Weeks = 3.0;
        spec.Metric = "strain";
        return spec;
    }

    static LandscapeGrid Compute(const LandscapeSpec& spec) {
        LandscapeGrid grid;
        std::string error;
        REQUIRE(ComputeLandscape(spec, &grid, &error));
        REQUIRE(grid.Done());
        return grid;
    }

    TEST_CASE("each cell is a fresh run of the base protocol with the cell's two values") {
        LandscapeSpec spec = SmallSpec();
        spec.Base = ScenarioProtocol("beginner");
        spec.Seed = 5;
        LandscapeGrid grid = Compute(spec);
        REQUIRE(grid.Columns() == 4);
        REQUIRE(grid.Rows() == 4);
        CHECK(grid.XValues.front() == 40.0);
        CHECK(grid.XValues.back() == 95.0);
        CHECK(grid.YValues.front() == 12.0);
        CHECK(grid.YValues.back() == 168.0);
        int readout = FindReadout("new_neurons_total");
        for (int row : {0, 2}) {
            for (int column : {1, 3}) {
                Protocol p = WithParam(WithParam(spec.Base, "intensity", grid.XValues[column]), "recovery",
                                       grid.YValues[row]);
                Simulation sim(p, 5);
                sim.Advance(3.0 * 168.0);
                CHECK(grid.Value(row, column, readout) == ReadoutValue(sim, readout));
                CHECK(GetParam(grid.CellProtocol(row, column), *FindParam("sets")) == spec.Base.Sets);
            }
        }
        CHECK(std::isnan(grid.Value(4, 0, readout)));
    }

    TEST_CASE("the same setting gives the same grid") {
        LandscapeGrid a = Compute(SmallSpec()), b = Compute(SmallSpec());
        CHECK(a.Cells == b.Cells);
    }

    TEST_CASE("strain falls as recovery grows and, with little recovery, rises with intensity") {
        LandscapeSpec spec = SmallSpec();
        spec.N = 6;
        LandscapeGrid grid = Compute(spec);
        int strain = FindReadout("strain");
        for (int column = 0; column < grid.Columns(); column++)
            for (int row = 1; row < grid.Rows(); row++) {
                INFO("intensity ", grid.XValues[column], ", recovery ", grid.YValues[row]);
                CHECK(grid.Value(row, column, strain) <= grid.Value(row - 1, column, strain));
            }
        for (int column = 1; column < grid.Columns(); column++)
            CHECK(grid.Value(0, column, strain) > grid.Value(0, column - 1, strain));
    }

    TEST_CASE("an integer parameter gets whole numbers, at most one column per value") {
        LandscapeSpec spec = SmallSpec();
        spec.X = "sessions";
        spec.Y = "sets";
        spec.N = 12;
        spec.Weeks = 1.0;
        spec.Metric = "sessions_done";
        spec.Base.RecoveryHours = 24.0; // seven sessions fit in a week
        LandscapeGrid grid = Compute(spec);
        REQUIRE(grid.Columns() == 8); // 0..7 sessions a week
        REQUIRE(grid.Rows() == 10);   // 1..10 sets
        for (int i = 0; i < grid.Columns(); i++) CHECK(grid.XValues[i] == i);
        int done = FindReadout("sessions_done");
        for (int column = 1; column < grid.Columns(); column++)
            CHECK(grid.Value(5, column, done) > grid.Value(5, column - 1, done));
    }

    TEST_CASE("slices: a grid fills in over many small steps and ends as computed at once") {
        LandscapeCache cache;
        std::string error;
        const LandscapeGrid* grid = cache.Request(SmallSpec(), &error);
        REQUIRE(grid);
        CHECK(grid->CellsDone == 0);
        int calls = 0;
        while (cache.Step(grid->StepsPerCell() / 3)) calls++;
        CHECK(calls >= 3 * grid->CellCount() - 1);
        CHECK(grid->Done());
        CHECK(grid->Cells == Compute(SmallSpec()).Cells);
        CHECK_FALSE(cache.Step(1000));
    }

    TEST_CASE("cache: another metric or the axes' own values reuse the runs, other settings do not") {
        LandscapeCache cache;
        std::string error;
        LandscapeSpec spec = SmallSpec();
        const LandscapeGrid* first = cache.Request(spec, &error);
        cache.Step(first->StepsPerCell() * 5); // part of the grid
        int done = first->CellsDone;
        CHECK(done == 5);

        spec.Metric = "muscle_size_rel";
        spec.Base.IntensityPct = 90.0; // an axis: the grid sets it per cell
        const LandscapeGrid* same = cache.Request(spec, &error);
        CHECK(same == first);
        CHECK(same->CellsDone == done);
        CHECK(same->Spec.Metric == "muscle_size_rel");

        spec.Base.Sets = 5;
        const LandscapeGrid* other = cache.Request(spec, &error);
        CHECK(other != first);
        CHECK(other->CellsDone == 0);
        CHECK(cache.Current() == other);
        for (int i = 0; i < LandscapeCache::kMaxGrids + 1; i++) {
            spec.Base.Reps = 5 + i;
            cache.Request(spec, &error);
        }
        spec.Base.Sets = 3;
        spec.Base.Reps = 10;
        CHECK(cache.Request(spec, &error)->CellsDone == 0); // dropped: only the last few are kept
    }

    TEST_CASE("bad requests are refused with a message saying what is allowed") {
        struct Case {
            const char *X, *Y, *Metric;
            double Weeks;
            int N;
            const char* Message;
        };
        const Case cases[] = {
            {"intensty", "recovery", "strain", 12, 10,
             "unknown parameter \"intensty\" for x (numeric parameters: intensity, recovery, sessions, sets"},
            {"intensity", "", "strain", 12, 10, "unknown parameter \"\" for y"},
            {"block_igf1", "recovery", "strain", 12, 10, "x: \"block_igf1\" is not numeric (on/off)"},
            {"intensity", "species", "strain", 12, 10, "y: \"species\" is not numeric (a choice)"},
            {"recovery", "recovery", "strain", 12, 10, "x and y are both \"recovery\""},
            {"intensity", "recovery", "neurons", 12, 10, "unknown metric \"neurons\" (a readout name, e.g."},
            {"intensity", "recovery", "strain", 12, 1, "n must be a whole number 2-40, got 1"},
            {"intensity", "recovery", "strain", 12, 41, "n must be a whole number 2-40, got 41"},
            {"intensity", "recovery", "strain", 0.5, 10, "weeks must be 1-52, got 0.5"},
            {"intensity", "recovery", "strain", 53, 10, "weeks must be 1-52, got 53"},
            {"intensity", "recovery", "strain", NAN, 10, "weeks must be 1-52, got nan"},
        };
        LandscapeCache cache;
        for (const Case& c : cases) {
            LandscapeSpec spec;
            spec.X = c.X;
            spec.Y = c.Y;
            spec.Metric = c.Metric;
            spec.Weeks = c.Weeks;
            spec.N = c.N;
            std::string error;
            INFO(c.Message);
            CHECK_FALSE(CheckLandscape(spec, &error));
            CHECK(error.find(c.Message) == 0);
            CHECK(cache.Request(spec, &error) == nullptr);
            LandscapeGrid grid;
            CHECK_FALSE(ComputeLandscape(spec, &grid, &error));
        }
        CHECK(cache.Current() == nullptr);
        CHECK_FALSE(cache.Step(1000));
    }

} // TEST_SUITE
