// The landscape panel: see landscape_panel.h.
#include "landscape_panel.h"
#include "compare_ui.h"
#include "content/i18n.h"
#include "lab_widgets.h"
#include "landscape_lines.h"
#include "model/param_registry.h"
#include "model/readouts.h"
#include "plot_format.h"
#include "session/session.h"
#include "ui_state.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace ng {

void Viridis(float t, float rgb[3]) {
    static const float kStops[9][3] = {
        {0.267f, 0.005f, 0.329f}, {0.282f, 0.157f, 0.471f}, {0.243f, 0.286f, 0.537f},
        {0.192f, 0.408f, 0.557f}, {0.149f, 0.510f, 0.557f}, {0.122f, 0.620f, 0.537f},
        {0.208f, 0.718f, 0.475f}, {0.427f, 0.804f, 0.349f}, {0.992f, 0.906f, 0.145f}};
    if (!(t >= 0.0f)) t = 0.0f;
    if (t > 1.0f) t = 1.0f;
    float x = t * 8.0f;
    int i = std::min(7, (int)x);
    float f = x - (float)i;
    for (int c = 0; c < 3; c++) rgb[c] = kStops[i][c] + (kStops[i + 1][c] - kStops[i][c]) * f;
}

std::vector<CellEdge> RegionOutline(const std::vector<bool>& inside, int rows, int columns) {
    std::vector<CellEdge> edges;
    if ((int)inside.size() < rows * columns) return edges;
    auto in = [&](int r, int c) {
        return r >= 0 && r < rows && c >= 0 && c < columns && inside[r * columns + c];
    };
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < columns; c++) {
            if (!in(r, c)) continue;
            if (!in(r, c - 1)) edges.push_back({r, c, 0});
            if (!in(r, c + 1)) edges.push_back({r, c, 1});
            if (!in(r - 1, c)) edges.push_back({r, c, 2});
            if (!in(r + 1, c)) edges.push_back({r, c, 3});
        }
    return edges;
}

static const char* ParamName(const ParamInfo& p) {
    char key[96];
    std::snprintf(key, sizeof(key), "param.%s", p.Name);
    return TrOr(key, p.Label);
}

static bool Numeric(const ParamInfo& p) {
    return p.Kind == ParamKind::Number || p.Kind == ParamKind::Integer;
}

static void ParamPicker(UiContext& ui, const char* id, const char* widget, int* index, int other) {
    if (ImGui::BeginCombo(id, ParamName(ParamAt(*index)))) {
        for (int i = 0; i < ParamCount(); i++) {
            if (!Numeric(ParamAt(i)) || i == other) continue;
            if (ImGui::Selectable(ParamName(ParamAt(i)), i == *index, 0, ImVec2(0.0f, MinTarget())))
                *index = i;
        }
        ImGui::EndCombo();
    }
    NoteWidget(ui, widget);
}

static int ParamIndex(const char* name) {
    const ParamInfo* p = FindParam(name);
    return p ? (int)(p - &ParamAt(0)) : 0;
}

// A value with the decimals its size calls for, less the trailing zeros ("12", "65.7", "0.25").
static void FormatValue(double v, char* out, int size) {
    int decimals = std::fabs(v) >= 100.0 ? 0 : (std::fabs(v) >= 10.0 ? 1 : 2);
    while (decimals > 0) {
        double scaled = v * std::pow(10.0, decimals - 1);
        if (std::fabs(scaled - std::round(scaled)) > 1e-6) break;
        decimals--;
    }
    FormatNumber(v, decimals, false, out, size);
}

// The fewest decimals (up to 3) that write every level exactly.
static int LevelDecimals(const std::vector<double>& levels) {
    for (int d = 0; d < 3; d++) {
        bool exact = true;
        for (double v : levels) {
            double scaled = v * std::pow(10.0, d);
            exact = exact && std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::fabs(scaled));
        }
        if (exact) return d;
    }
    return 3;
}

static void HaloLine(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 under, ImU32 over, float thick) {
    draw->AddLine(a, b, under, thick * 2.2f);
    draw->AddLine(a, b, over, thick);
}

// The pickers: outcome (on the row the lab's way back starts), then the two parameters.
static void Pickers(UiContext& ui, ExploreState& st) {
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##metric", ReadoutLabel(ReadoutAt(st.Metric)))) {
        for (int i = 0; i < ReadoutCount(); i++)
            if (ImGui::Selectable(ReadoutLabel(ReadoutAt(i)), i == st.Metric, 0, ImVec2(0.0f, MinTarget())))
                st.Metric = i;
        ImGui::EndCombo();
    }
    NoteWidget(ui, "landscape.metric");
    if (!ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("landscape.metric"));
    float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    ImGui::SetNextItemWidth(half);
    ParamPicker(ui, "##x", "landscape.x", &st.XParam, st.YParam);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(half);
    ParamPicker(ui, "##y", "landscape.y", &st.YParam, st.XParam);
}

static std::string WithUnit(const char* name, const char* unit) {
    return std::string(name) + (*unit ? std::string(" (") + unit + ")" : "");
}

std::string LandscapeAxisName(const ParamInfo& param) {
    return WithUnit(ParamName(param), param.Unit);
}

std::string LandscapeNumber(double value) {
    char text[48] = "\xE2\x80\x93"; // not computed yet
    if (std::isfinite(value)) FormatValue(value, text, sizeof(text));
    return text;
}

bool LandscapeShown(const UiContext& ui) {
    return ui.State->Explore.LandscapeOpen && !ui.Layout.Lab.Empty();
}

void ToggleLandscape(UiContext& ui) {
    ExploreState& st = ui.State->Explore;
    if (LandscapeShown(ui)) {
        st.LandscapeOpen = false;
        return;
    }
    st.LandscapeOpen = true;
    ui.Prefs->ShowLab = true;
    if (!ui.Layout.Compact) return;
    ui.Prefs->TrainingSheet = 0; // one sheet at a time
    if (!ui.Layout.Explain.Empty()) ui.Commands->Push(CommandType::ShowExplain);
}

// "Intensity 70 % 1RM, Recovery 48 h: 1 234 cells": a cell's two values and its outcome.
static std::string CellText(const LandscapeGrid& grid, int metric, int row, int column) {
    char v_text[64], x_text[48], y_text[48];
    FormatReadout(ReadoutAt(metric), grid.Value(row, column, metric), v_text, sizeof(v_text));
    FormatValue(grid.XValues[column], x_text, sizeof(x_text));
    FormatValue(grid.YValues[row], y_text, sizeof(y_text));
    const ParamInfo& xp = *grid.XParam;
    const ParamInfo& yp = *grid.YParam;
    return std::string(ParamName(xp)) + " " + x_text + " " + xp.Unit + ", " + ParamName(yp) + " " + y_text +
           " " + yp.Unit + ": " + v_text;
}

// The colour scale: a framed bar from the lowest to the highest value, a tick at each iso-line's
// level, the numbers under it (levels only where they do not crowd the ends or each other).
static void DrawScale(double lo, double hi, const std::vector<double>& levels, float left, float width,
                      float font, ImU32 text) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 s0 = ImGui::GetCursorScreenPos();
    s0.x += left;
    float sh = font * 0.8f;
    for (int i = 0; i < 32; i++) {
        float rgb[3];
        Viridis((i + 0.5f) / 32.0f, rgb);
        draw->AddRectFilled(ImVec2(s0.x + width * i / 32.0f, s0.y),
                            ImVec2(s0.x + width * (i + 1) / 32.0f + 0.5f, s0.y + sh),
                            ImGui::ColorConvertFloat4ToU32(ImVec4(rgb[0], rgb[1], rgb[2], 1.0f)));
    }
    draw->AddRect(ImVec2(s0.x - 1.0f, s0.y - 1.0f), ImVec2(s0.x + width + 1.0f, s0.y + sh + 1.0f), text);
    char lo_v[48] = "\xE2\x80\x93", hi_v[48] = "\xE2\x80\x93";
    if (std::isfinite(lo)) FormatValue(lo, lo_v, sizeof(lo_v));
    if (std::isfinite(hi)) FormatValue(hi, hi_v, sizeof(hi_v));
    float y = s0.y + sh + 2.0f, gap = font * 0.5f;
    float lo_right = s0.x + ImGui::CalcTextSize(lo_v).x + gap;
    float hi_left = s0.x + width - ImGui::CalcTextSize(hi_v).x - gap;
    draw->AddText(ImVec2(s0.x, y), text, lo_v);
    draw->AddText(ImVec2(hi_left + gap, y), text, hi_v);
    int decimals = LevelDecimals(levels);
    float last_right = lo_right;
    for (double level : levels) {
        float x = s0.x + (float)((level - lo) / (hi - lo)) * width;
        HaloLine(draw, ImVec2(x, s0.y), ImVec2(x, s0.y + sh), IM_COL32(255, 255, 255, 110),
                 IM_COL32(0, 0, 0, 220), std::max(1.0f, font * 0.08f));
        char v[48];
        FormatNumber(level, decimals, false, v, sizeof(v));
        float w = ImGui::CalcTextSize(v).x;
        if (x - w * 0.5f < last_right || x + w * 0.5f > hi_left) continue;
        draw->AddText(ImVec2(x - w * 0.5f, y), text, v);
        last_right = x + w * 0.5f + gap;
    }
    ImGui::Dummy(ImVec2(left + width, sh + font * 1.4f));
}

void DrawLandscapeBody(UiContext& ui) {
    ExploreState& st = ui.State->Explore;
    if (st.Metric < 0 || st.Metric >= ReadoutCount())
        st.Metric = std::max(0, FindReadout("new_neurons_total"));
    if (st.XParam < 0) st.XParam = ParamIndex("intensity");
    if (st.YParam < 0 || st.YParam == st.XParam) st.YParam = ParamIndex("recovery");
    float font = ImGui::GetFontSize();
    Pickers(ui, st);

    LandscapeSpec spec;
    spec.X = ParamAt(st.XParam).Name;
    spec.Y = ParamAt(st.YParam).Name;
    spec.Metric = ReadoutAt(st.Metric).Name;
    spec.N = 16;
    std::string error;
    const LandscapeGrid* grid = ui.Run->RequestLandscape(spec, &error);
    if (!grid) {
        ImGui::TextWrapped("%s", error.c_str());
        return;
    }
    st.Shown = true; // the page's table reads this grid (web/a11y.js)
    const char* unit = ReadoutUnit(ReadoutAt(st.Metric));
    char number[48];
    FormatNumber(spec.Weeks, 0, false, number, sizeof(number));
    std::string caption =
        WithUnit(ReadoutLabel(ReadoutAt(st.Metric)), unit) + ", " + TrFormat("landscape.after", {number});
    if (!grid->Done()) {
        caption +=
            "  \xC2\xB7  " + TrFormat("landscape.filling", {std::to_string((int)(grid->Progress() * 100.0))});
    }
    ImGui::TextWrapped("%s", caption.c_str());

    // The map: square cells where the panel allows, an axis margin on the left and below, and
    // room under it for the colour scale, the chosen cell and the legend.
    int rows = grid->Rows(), columns = grid->Columns();
    const ParamInfo& xp = ParamAt(st.XParam);
    const ParamInfo& yp = ParamAt(st.YParam);
    std::string yname = std::string("\xE2\x86\x91 ") + LandscapeAxisName(yp);
    ImGui::TextUnformatted(yname.c_str());
    char lo_text[48], hi_text[48];
    FormatValue(yp.Min, lo_text, sizeof(lo_text));
    FormatValue(yp.Max, hi_text, sizeof(hi_text));
    float left = std::max(ImGui::CalcTextSize(lo_text).x, ImGui::CalcTextSize(hi_text).x) + font * 0.4f;
    float below = font * 2.4f, scale_h = font * 2.2f, text_below = font * 4.5f;
    float width = std::max(ImGui::GetContentRegionAvail().x - left, font * 6.0f);
    float height =
        std::clamp(ImGui::GetContentRegionAvail().y - below - scale_h - text_below, font * 7.0f, width);
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImVec2 p0(origin.x + left, origin.y), p1(p0.x + width, p0.y + height);
    bool tapped = ImGui::InvisibleButton("##map", ImVec2(left + width, height + below));
    NoteWidget(ui, "landscape.map");
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    std::vector<double> values((size_t)rows * columns);
    double lo = INFINITY, hi = -INFINITY;
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < columns; c++) {
            double v = grid->Value(r, c, st.Metric);
            values[(size_t)r * columns + c] = v;
            if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
        }
    float cw = width / std::max(1, columns), ch = height / std::max(1, rows);
    auto cell_min = [&](int r, int c) { return ImVec2(p0.x + c * cw, p1.y - (r + 1) * ch); };
    int stage = FindReadout("overtraining_stage");
    std::vector<bool> over((size_t)rows * columns, false);
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < columns; c++) {
            double v = values[(size_t)r * columns + c];
            ImVec2 a = cell_min(r, c), b(a.x + cw, a.y + ch);
            ImU32 color = IM_COL32(90, 90, 90, 120); // not computed yet
            if (std::isfinite(v)) {
                float rgb[3];
                Viridis(hi > lo ? (float)((v - lo) / (hi - lo)) : 0.5f, rgb);
                color = ImGui::ColorConvertFloat4ToU32(ImVec4(rgb[0], rgb[1], rgb[2], 1.0f));
            }
            draw->AddRectFilled(a, b, color);
            double s = grid->Value(r, c, stage);
            over[(size_t)r * columns + c] = std::isfinite(s) && s >= 1.5; // non-functional or worse
        }
    // Iso-lines: thin and dark over a faint light halo, through the cell centres.
    float thick = std::max(2.0f, font * 0.15f), thin = std::max(1.0f, font * 0.07f);
    std::vector<double> levels = grid->Done() ? IsoLevels(lo, hi) : std::vector<double>();
    for (double level : levels)
        for (const IsoSegment& g : IsoLines(values, rows, columns, level)) {
            ImVec2 a(p0.x + (g.X0 + 0.5f) * cw, p1.y - (g.Y0 + 0.5f) * ch);
            ImVec2 b(p0.x + (g.X1 + 0.5f) * cw, p1.y - (g.Y1 + 0.5f) * ch);
            HaloLine(draw, a, b, IM_COL32(255, 255, 255, 110), IM_COL32(0, 0, 0, 200), thin);
        }
    // The overtraining region: a thick outline, dark under light (readable on every colour).
    for (const CellEdge& e : RegionOutline(over, rows, columns)) {
        ImVec2 a = cell_min(e.Row, e.Column), b(a.x + cw, a.y + ch);
        ImVec2 u = e.Side == 1 ? ImVec2(b.x, a.y) : (e.Side == 3 ? a : (e.Side == 2 ? ImVec2(a.x, b.y) : a));
        ImVec2 v = e.Side == 0 ? ImVec2(a.x, b.y) : (e.Side == 1 ? b : (e.Side == 2 ? b : ImVec2(b.x, a.y)));
        HaloLine(draw, u, v, IM_COL32(0, 0, 0, 255), IM_COL32(255, 255, 255, 255), thick);
    }
    // The cell tapped (or clicked): a frame, and its value under the map.
    if (tapped) {
        ImVec2 m = ImGui::GetIO().MousePos;
        int c = (int)std::floor((m.x - p0.x) / cw), r = (int)std::floor((p1.y - m.y) / ch);
        if (c >= 0 && c < columns && r >= 0 && r < rows) st.CellRow = r, st.CellColumn = c;
    }
    bool chosen = st.CellRow >= 0 && st.CellRow < rows && st.CellColumn >= 0 && st.CellColumn < columns;
    if (chosen) {
        ImVec2 a = cell_min(st.CellRow, st.CellColumn);
        draw->AddRect(a, ImVec2(a.x + cw, a.y + ch), IM_COL32(0, 0, 0, 255), 0.0f, 0, thick * 1.6f);
        draw->AddRect(a, ImVec2(a.x + cw, a.y + ch), IM_COL32(255, 170, 0, 255), 0.0f, 0, thick * 0.7f);
    }
    // A's and B's protocols: a ring and a square at their two values.
    auto at = [&](const Protocol& plan) {
        double x = (GetParam(plan, xp) - xp.Min) / (xp.Max - xp.Min),
               y = (GetParam(plan, yp) - yp.Min) / (yp.Max - yp.Min);
        return ImVec2(p0.x + (float)std::clamp(x, 0.0, 1.0) * width,
                      p1.y - (float)std::clamp(y, 0.0, 1.0) * height);
    };
    ImVec2 ma = at(*ui.Plan);
    draw->AddCircle(ma, font * 0.5f, IM_COL32(0, 0, 0, 255), 0, thick * 2.2f);
    draw->AddCircle(ma, font * 0.5f, IM_COL32(255, 255, 255, 255), 0, thick);
    if (const CompareRun* b = CompareOf(ui)) {
        ImVec2 mb = at(b->Plan);
        float s = font * 0.45f;
        draw->AddRect(ImVec2(mb.x - s, mb.y - s), ImVec2(mb.x + s, mb.y + s), IM_COL32(0, 0, 0, 255), 0.0f, 0,
                      thick * 2.2f);
        draw->AddRect(ImVec2(mb.x - s, mb.y - s), ImVec2(mb.x + s, mb.y + s), CurrentLabColors().B, 0.0f, 0,
                      thick);
    }
    // Axes: the parameters' ranges and names.
    ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    draw->AddText(ImVec2(origin.x, p1.y - font), text, lo_text); // the y range (formatted above)
    draw->AddText(ImVec2(origin.x, p0.y), text, hi_text);
    FormatValue(xp.Min, lo_text, sizeof(lo_text));
    FormatValue(xp.Max, hi_text, sizeof(hi_text));
    draw->AddText(ImVec2(p0.x, p1.y + 2.0f), text, lo_text);
    draw->AddText(ImVec2(p1.x - ImGui::CalcTextSize(hi_text).x, p1.y + 2.0f), text, hi_text);
    std::string xname = LandscapeAxisName(xp) + " \xE2\x86\x92";
    draw->AddText(ImVec2(p0.x + std::max(0.0f, (width - ImGui::CalcTextSize(xname.c_str()).x) * 0.5f),
                         p1.y + font * 1.1f),
                  text, xname.c_str());
    // The value under the pointer (a mouse; fingers tap).
    if (hovered && !ui.Touch) {
        ImVec2 m = ImGui::GetIO().MousePos;
        int c = (int)std::floor((m.x - p0.x) / cw), r = (int)std::floor((p1.y - m.y) / ch);
        if (c >= 0 && c < columns && r >= 0 && r < rows)
            ImGui::SetTooltip("%s", CellText(*grid, st.Metric, r, c).c_str());
    }
    DrawScale(lo, hi, levels, left, width, font, text);
    ImGui::PushTextWrapPos(0.0f);
    if (chosen) {
        ImGui::TextUnformatted(CellText(*grid, st.Metric, st.CellRow, st.CellColumn).c_str());
        NoteWidget(ui, "landscape.cell");
    } else {
        ImGui::TextDisabled("%s", Tr("landscape.tap"));
    }
    ImGui::TextDisabled("%s. %s %s", Tr("landscape.overtraining"), Tr("landscape.lines"),
                        Tr("landscape.tip"));
    ImGui::PopTextWrapPos();
}

} // namespace ng
