// The landscape (issue 14): a heat map of one outcome over two protocol parameters, each cell a
// fresh run of A's programme with those two values (io/landscape.h), filled a slice per frame by
// the session. Drawn in the lab's box (side column or sheet) in place of the readouts while open.
#pragma once
#include "ui_context.h"
#include <string>
#include <vector>

namespace ng {

struct LandscapeGrid;
struct ParamInfo;

// Viridis (colour-blind safe, monotonic in lightness) at t in [0, 1]: rgb in [0, 1].
void Viridis(float t, float rgb[3]);
// A cell border between an inside and an outside cell (or the grid's edge): the outline of a
// region. Cells are (row, column); an edge runs along one side of a cell.
struct CellEdge {
    int Row, Column;
    int Side; // 0 left, 1 right, 2 bottom (row - 1), 3 top (row + 1)
};
std::vector<CellEdge> RegionOutline(const std::vector<bool>& inside, int rows, int columns);

// The panel's body, inside the lab's window.
void DrawLandscapeBody(UiContext& ui);
// Whether the map is on screen; the top bar's "Map" button and menu entry: open the lab with the
// map (alone in a compact layout's sheet), or back to the readouts when it shows.
bool LandscapeShown(const UiContext& ui);
void ToggleLandscape(UiContext& ui);
// For the page's table (web_describe.cpp): "Recovery (h)", and a value as the map writes it.
std::string LandscapeAxisName(const ParamInfo& param);
std::string LandscapeNumber(double value);

} // namespace ng
