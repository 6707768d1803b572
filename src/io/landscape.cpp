#include "landscape.h"

#include "model/readouts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ng {

namespace {

bool IsNumeric(const ParamInfo& p) {
    return p.Kind == ParamKind::Number || p.Kind == ParamKind::Integer;
}

std::string NumericNames() {
    std::string names;
    for (int i = 0; i < ParamCount(); i++)
        if (IsNumeric(ParamAt(i))) names += std::string(names.empty() ? "" : ", ") + ParamAt(i).Name;
    return names;
}

std::string Shown(const std::string& text) {
    return "\"" + text.substr(0, 40) + (text.size() > 40 ? "...\"" : "\"");
}

bool CheckAxis(const char* axis, const std::string& name, std::string* error) {
    const ParamInfo* p = FindParam(name);
    if (!p) {
        *error = std::string("unknown parameter ") + Shown(name) + " for " + axis +
                 " (numeric parameters: " + NumericNames() + ")";
        return false;
    }
    if (!IsNumeric(*p)) {
        *error = std::string(axis) + ": " + Shown(name) + " is not numeric (" +
                 (p->Kind == ParamKind::Bool ? "on/off" : "a choice") +
                 "); numeric parameters: " + NumericNames();
        return false;
    }
    return true;
}

// N values from Min to Max; an integer parameter gets whole numbers, at most one per value.
std::vector<double> AxisValues(const ParamInfo& p, int n) {
    int count = n;
    if (p.Kind == ParamKind::Integer) count = std::min(n, (int)(p.Max - p.Min) + 1);
    std::vector<double> values(count);
    for (int i = 0; i < count; i++) {
        double v = p.Min + (p.Max - p.Min) * i / (count - 1);
        values[i] = p.Kind == ParamKind::Integer ? std::round(v) : v;
    }
    return values;
}

void InitGrid(const LandscapeSpec& spec, LandscapeGrid* grid) {
    grid->Spec = spec;
    grid->XParam = FindParam(spec.X);
    grid->YParam = FindParam(spec.Y);
    grid->XValues = AxisValues(*grid->XParam, spec.N);
    grid->YValues = AxisValues(*grid->YParam, spec.N);
    grid->Cells.assign((size_t)grid->CellCount() * ReadoutCount(), NAN);
    grid->CellsDone = 0;
    grid->StepsDone = 0;
}

// Runs at most max_steps model steps; returns true while cells are left.
bool StepGrid(LandscapeGrid* grid, int64_t max_steps) {
    const int64_t per_cell = grid->StepsPerCell();
    int64_t budget = std::max<int64_t>(max_steps, 1);
    while (budget > 0 && !grid->Done()) {
        int row = grid->CellsDone / grid->Columns(), column = grid->CellsDone % grid->Columns();
        if (grid->StepsDone == 0)
            grid->Running = Simulation(grid->CellProtocol(row, column), grid->Spec.Seed);
        int64_t steps = std::min(budget, per_cell - grid->StepsDone);
        for (int64_t i = 0; i < steps; i++) grid->Running.Step();
        grid->StepsDone += steps;
        budget -= steps;
        if (grid->StepsDone < per_cell) break;
        double* cell = &grid->Cells[(size_t)grid->CellsDone * ReadoutCount()];
        for (int r = 0; r < ReadoutCount(); r++) cell[r] = ReadoutValue(grid->Running, r);
        grid->CellsDone++;
        grid->StepsDone = 0;
    }
    return !grid->Done();
}

// The same runs: everything but the metric, and the base protocol apart from the two axes.
bool SameRuns(const LandscapeGrid& grid, const LandscapeSpec& spec) {
    const LandscapeSpec& a = grid.Spec;
    if (a.X != spec.X || a.Y != spec.Y || a.Weeks != spec.Weeks || a.N != spec.N || a.Seed != spec.Seed)
        return false;
    for (int i = 0; i < ParamCount(); i++) {
        const ParamInfo& p = ParamAt(i);
        if (&p != grid.XParam && &p != grid.YParam && GetParam(a.Base, p) != GetParam(spec.Base, p))
            return false;
    }
    return true;
}

} // namespace

bool CheckLandscape(const LandscapeSpec& spec, std::string* error) {
    if (!CheckAxis("x", spec.X, error) || !CheckAxis("y", spec.Y, error)) return false;
    if (spec.X == spec.Y) {
        *error = "x and y are both " + Shown(spec.X) + "; choose two different parameters";
        return false;
    }
    if (FindReadout(spec.Metric.c_str()) < 0) {
        *error = "unknown metric " + Shown(spec.Metric) +
                 " (a readout name, e.g. new_neurons_total, cells_born_total, cognitive_index_z, "
                 "overtraining_stage, muscle_size_rel)";
        return false;
    }
    char text[120];
    if (spec.N < kLandscapeMinCells || spec.N > kLandscapeMaxCells) {
        std::snprintf(text, sizeof(text), "n must be a whole number %d-%d, got %d", kLandscapeMinCells,
                      kLandscapeMaxCells, spec.N);
        *error = text;
        return false;
    }
    if (!(spec.Weeks >= kLandscapeMinWeeks && spec.Weeks <= kLandscapeMaxWeeks)) {
        std::snprintf(text, sizeof(text), "weeks must be %g-%g, got %g", kLandscapeMinWeeks,
                      kLandscapeMaxWeeks, spec.Weeks);
        *error = text;
        return false;
    }
    return true;
}

double LandscapeGrid::Value(int row, int column, int readout) const {
    if (row < 0 || row >= Rows() || column < 0 || column >= Columns() || readout < 0 ||
        readout >= ReadoutCount())
        return NAN;
    return Cells[((size_t)row * Columns() + column) * ReadoutCount() + readout];
}

Protocol LandscapeGrid::CellProtocol(int row, int column) const {
    Protocol p = Spec.Base;
    SetParam(&p, *XParam, XValues[column]);
    SetParam(&p, *YParam, YValues[row]);
    return p;
}

int64_t LandscapeGrid::StepsPerCell() const {
    return (int64_t)(Spec.Weeks * 168.0 * 60.0 / kStepMinutes + 0.5); // as Simulation::Advance(hours)
}

const LandscapeGrid* LandscapeCache::Request(const LandscapeSpec& spec, std::string* error) {
    if (!CheckLandscape(spec, error)) return nullptr;
    auto same = std::find_if(m_Grids.begin(), m_Grids.end(),
                             [&](const std::unique_ptr<LandscapeGrid>& g) { return SameRuns(*g, spec); });
    std::unique_ptr<LandscapeGrid> grid;
    if (same != m_Grids.end()) {
        grid = std::move(*same);
        m_Grids.erase(same);
        grid->Spec.Metric = spec.Metric;
    } else {
        grid = std::make_unique<LandscapeGrid>();
        InitGrid(spec, grid.get());
        if ((int)m_Grids.size() >= kMaxGrids) m_Grids.pop_back();
    }
    m_Grids.insert(m_Grids.begin(), std::move(grid));
    return m_Grids.front().get();
}

bool LandscapeCache::Step(int64_t max_steps) {
    return !m_Grids.empty() && StepGrid(m_Grids.front().get(), max_steps);
}

bool ComputeLandscape(const LandscapeSpec& spec, LandscapeGrid* grid, std::string* error) {
    if (!CheckLandscape(spec, error)) return false;
    InitGrid(spec, grid);
    StepGrid(grid, grid->StepsPerCell() * grid->CellCount());
    return true;
}

} // namespace ng
