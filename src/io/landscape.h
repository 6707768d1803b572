// The landscape (issue 14, "The landscape"; docs/design.md §5): one outcome over two numeric
// protocol parameters. Each cell is a fresh run of the base protocol with that cell's two values,
// for the same weeks and seed; it keeps every readout (readouts.h) at the end, so switching the
// outcome needs no new runs. Grids are computed in slices (LandscapeCache::Step) so the app can
// spread the work over frames, and the last few are cached. The CLI's --landscape and the
// JavaScript neurogains.landscape() use the same code.
//
//   LandscapeSpec spec;                      // intensity x recovery, new neurons, 12 weeks, 20 x 20
//   LandscapeGrid grid;
//   if (ComputeLandscape(spec, &grid, &error)) value = grid.Value(row, column, FindReadout("strain"));
#pragma once
#include "model/param_registry.h"
#include "model/protocol.h"
#include "model/simulation.h"
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ng {

constexpr int kLandscapeMinCells = 2; // per side
constexpr int kLandscapeMaxCells = 40;
constexpr double kLandscapeMinWeeks = 1.0;
constexpr double kLandscapeMaxWeeks = 52.0;

struct LandscapeSpec {
    std::string X = "intensity"; // numeric parameters (Number or Integer kind)
    std::string Y = "recovery";
    std::string Metric = "new_neurons_total"; // a readout name
    double Weeks = 12.0;
    int N = 20;    // values per axis; an integer parameter gets at most one per whole value
    Protocol Base; // every other parameter
    uint64_t Seed = 1;
};

// False, with *error saying what is wrong and what is allowed, for unknown or non-numeric
// parameters, the same parameter twice, an unknown metric, N or Weeks out of range.
bool CheckLandscape(const LandscapeSpec& spec, std::string* error);

struct LandscapeGrid {
    LandscapeSpec Spec; // Metric: the last one asked for
    const ParamInfo* XParam = nullptr;
    const ParamInfo* YParam = nullptr;
    std::vector<double> XValues; // columns, increasing from the parameter's Min to its Max
    std::vector<double> YValues; // rows
    std::vector<double> Cells;   // [(row * columns + column) * ReadoutCount() + readout]; NaN until run
    int CellsDone = 0;           // cells run so far, row by row
    Simulation Running;          // the next cell, StepsDone steps into its run
    int64_t StepsDone = 0;

    int Columns() const { return (int)XValues.size(); }
    int Rows() const { return (int)YValues.size(); }
    int CellCount() const { return Columns() * Rows(); }
    bool Done() const { return CellsDone >= CellCount(); }
    double Progress() const { return CellCount() > 0 ? (double)CellsDone / CellCount() : 1.0; }
    double Value(int row, int column, int readout) const;
    // The protocol a cell runs: the base with the cell's two values.
    Protocol CellProtocol(int row, int column) const;
    int64_t StepsPerCell() const;
};

// The grids asked for recently, most recent first; Step() works on that one. Asking again for one
// that is cached, even unfinished, keeps what it has.
class LandscapeCache {
public:
    static constexpr int kMaxGrids = 4;

    // The grid for spec (cached, or new and empty), or nullptr with *error if the spec is bad.
    // The pointer stays valid until kMaxGrids other settings have been asked for.
    const LandscapeGrid* Request(const LandscapeSpec& spec, std::string* error);
    // Runs at most max_steps model steps (at least one) of the grid asked for last; a cell may
    // take several calls. Returns true while work is left.
    bool Step(int64_t max_steps);
    const LandscapeGrid* Current() const { return m_Grids.empty() ? nullptr : m_Grids.front().get(); }

private:
    std::vector<std::unique_ptr<LandscapeGrid>> m_Grids;
};

// The whole grid at once (the headless CLI).
bool ComputeLandscape(const LandscapeSpec& spec, LandscapeGrid* grid, std::string* error);

} // namespace ng
