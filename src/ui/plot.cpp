#include "plot.h"
#include "content/i18n.h"
#include "plot_format.h"
#include "ui_root.h"
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace ng {

namespace {

// The plotting area in screen coordinates and the data window it shows.
struct PlotFrame {
    ImVec2 P0, P1;
    double T0, T1, V0, V1;
    float X(double t) const { return (float)(P0.x + (t - T0) / (T1 - T0) * (P1.x - P0.x)); }
    float Y(double v) const { return (float)(P1.y - (v - V0) / (V1 - V0) * (P1.y - P0.y)); }
};

enum class LegendSwatch { Marker, Dashed, Band, DashedMarker };

} // namespace

static const int kMaxTicks = 60; // loop guard
static const int kMaxSeries = 8; // series drawn per plot

static void DrawPlotMarker(ImDrawList* draw, ImVec2 c, float r, PlotMarker marker, ImU32 color) {
    // A thin outline in the window colour keeps overlapping markers apart.
    ImU32 outline = ImGui::GetColorU32(ImGuiCol_WindowBg);
    for (int pass = 0; pass < 2; pass++) {
        float s = pass == 0 ? r + 1.5f : r;
        ImU32 col = pass == 0 ? outline : color;
        switch (marker) {
        case PlotMarker::Circle:
            draw->AddCircleFilled(c, s, col, 16);
            break;
        case PlotMarker::Square:
            draw->AddRectFilled(ImVec2(c.x - s * 0.85f, c.y - s * 0.85f),
                                ImVec2(c.x + s * 0.85f, c.y + s * 0.85f), col);
            break;
        case PlotMarker::Diamond:
            s *= 1.2f;
            draw->AddQuadFilled(ImVec2(c.x, c.y - s), ImVec2(c.x + s, c.y), ImVec2(c.x, c.y + s),
                                ImVec2(c.x - s, c.y), col);
            break;
        }
    }
}

static void DrawDashedLine(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 color, float thickness, float dash) {
    float length = std::hypot(b.x - a.x, b.y - a.y);
    if (!(length > 0.0f) || !(dash > 0.0f)) return;
    ImVec2 dir((b.x - a.x) / length, (b.y - a.y) / length);
    for (float s = 0.0f; s < length; s += 2.0f * dash) {
        float e = std::min(s + dash, length);
        draw->AddLine(ImVec2(a.x + dir.x * s, a.y + dir.y * s), ImVec2(a.x + dir.x * e, a.y + dir.y * e),
                      color, thickness);
    }
}

// A dashed line through points, the dashes running on across the points (programme B).
static void DrawDashedPolyline(ImDrawList* draw, const std::vector<ImVec2>& points, ImU32 color,
                               float thickness, float dash) {
    float period = 2.0f * dash, travelled = 0.0f; // along the line so far
    for (size_t i = 1; i < points.size(); i++) {
        ImVec2 a = points[i - 1], b = points[i];
        float length = std::hypot(b.x - a.x, b.y - a.y);
        if (!(length > 0.0f) || !(period > 0.0f)) continue;
        ImVec2 dir((b.x - a.x) / length, (b.y - a.y) / length);
        for (float d0 = std::floor(travelled / period) * period; d0 < travelled + length; d0 += period) {
            float s = std::max(d0, travelled) - travelled,
                  e = std::min(d0 + dash, travelled + length) - travelled;
            if (e > s)
                draw->AddLine(ImVec2(a.x + dir.x * s, a.y + dir.y * s),
                              ImVec2(a.x + dir.x * e, a.y + dir.y * e), color, thickness);
        }
        travelled += length;
    }
}

// The value range of everything visible in the time window, padded.
static void FitValues(const PlotDesc& d, double t0, double t1, double* v0, double* v1) {
    double low = INFINITY, high = -INFINITY;
    auto take = [&](double v) {
        if (!std::isfinite(v)) return;
        low = std::min(low, v);
        high = std::max(high, v);
    };
    for (int s = 0; s < d.SeriesCount; s++) {
        const TimeSeries& ts = *d.Series[s].Series;
        for (int i = ts.FirstEndingAfter(t0); i < (int)ts.Buckets.size() && ts.Buckets[i].StartHours <= t1;
             i++) {
            take(ts.Buckets[i].Min);
            take(ts.Buckets[i].Max);
        }
    }
    for (int p = 0; p < d.PointsCount; p++)
        for (int i = 0; i < d.Points[p].Count; i++)
            if (d.Points[p].Points[i].TimeHours >= t0 && d.Points[p].Points[i].TimeHours <= t1)
                take(d.Points[p].Points[i].Value);
    for (int r = 0; r < d.ReferenceCount; r++) take(d.References[r].Value);
    if (d.NormalHigh > d.NormalLow) {
        take(d.NormalLow);
        take(d.NormalHigh);
    }
    if (!(low <= high)) low = 0.0, high = 1.0;
    PadValueRange(low, high, v0, v1);
}

static void DrawValueAxis(ImDrawList* draw, const PlotFrame& f, double step, ImU32 grid, ImU32 text) {
    char label[48];
    double first = std::ceil(f.V0 / step - 1e-9);
    for (int k = 0; k < kMaxTicks && (first + k) * step <= f.V1 + step * 1e-6; k++) {
        double v = (first + k) * step;
        float y = f.Y(v);
        draw->AddLine(ImVec2(f.P0.x, y), ImVec2(f.P1.x, y), grid);
        FormatTickValue(v, step, label, sizeof(label));
        ImVec2 size = ImGui::CalcTextSize(label);
        draw->AddText(ImVec2(f.P0.x - size.x - ImGui::GetFontSize() * 0.25f, y - size.y * 0.5f), text, label);
    }
}

static void DrawTimeAxis(ImDrawList* draw, const PlotFrame& f, double step, float left, float right,
                         ImU32 grid, ImU32 text) {
    char label[48];
    const char* day_word = Tr("lab.plot.day");
    double first = std::ceil(f.T0 / step - 1e-9);
    float y = f.P1.y + ImGui::GetStyle().ItemInnerSpacing.y * 0.5f;
    for (int k = 0; k < kMaxTicks && (first + k) * step <= f.T1 + step * 1e-6; k++) {
        double t = (first + k) * step;
        float x = f.X(t);
        draw->AddLine(ImVec2(x, f.P0.y), ImVec2(x, f.P1.y), grid);
        FormatAxisTime(t, step, day_word, label, sizeof(label));
        ImVec2 size = ImGui::CalcTextSize(label);
        draw->AddText(ImVec2(std::clamp(x - size.x * 0.5f, left, right - size.x), y), text, label);
    }
    if (step >= 24.0)
        draw->AddText(ImVec2(left, y), text, day_word); // the axis's unit, under the value labels
}

// Draws the envelope and the line; returns the newest point when it is inside the window.
static bool DrawSeries(ImDrawList* draw, const PlotFrame& f, const PlotSeries& s, float thickness,
                       ImVec2* newest) {
    const TimeSeries& ts = *s.Series;
    int first =
        std::max(0, ts.FirstEndingAfter(f.T0) - 1); // one bucket before: the line enters from the edge
    std::vector<ImVec2> line;
    ImU32 envelope = (s.Color & ~IM_COL32_A_MASK) | ((ImU32)70 << IM_COL32_A_SHIFT);
    for (int i = first; i < (int)ts.Buckets.size(); i++) {
        const TimeSeries::Bucket& b = ts.Buckets[i];
        float x = f.X(b.StartHours + ts.BucketHours * 0.5);
        if (i > first) {
            const TimeSeries::Bucket& a = ts.Buckets[i - 1];
            if (!s.Dashed && (a.Max > a.Min || b.Max > b.Min)) {
                float xa = line.back().x;
                draw->AddQuadFilled(ImVec2(xa, f.Y(a.Max)), ImVec2(x, f.Y(b.Max)), ImVec2(x, f.Y(b.Min)),
                                    ImVec2(xa, f.Y(a.Min)), envelope);
            }
        }
        line.push_back(ImVec2(x, f.Y(b.Last)));
        if (b.StartHours > f.T1) break; // one bucket after: the line leaves through the edge
    }
    if (line.size() >= 2 && s.Dashed)
        DrawDashedPolyline(draw, line, s.Color, thickness, ImGui::GetFontSize() * 0.4f);
    else if (line.size() >= 2)
        draw->AddPolyline(line.data(), (int)line.size(), s.Color, ImDrawFlags_None, thickness);
    if (line.empty() || line.back().x > f.P1.x + 0.5f) return false;
    *newest = line.back();
    return true;
}

static void DrawTooltip(const PlotDesc& d, const PlotFrame& f, float mouse_x, float marker_r) {
    double t = f.T0 + (mouse_x - f.P0.x) / (f.P1.x - f.P0.x) * (f.T1 - f.T0);
    char when[96], value[48], day[48];
    FormatSimTime(t, when, sizeof(when));
    FormatNumber(t / 24.0, 1, false, day, sizeof(day));
    float font = ImGui::GetFontSize();
    ImGui::BeginTooltip();
    ImGui::Text("%s %s \xC2\xB7 %s", Tr("lab.plot.day"), day, when);
    auto row = [&](PlotMarker marker, ImU32 color, const char* label, double v, const char* unit) {
        ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(font, font));
        DrawPlotMarker(ImGui::GetWindowDrawList(), ImVec2(at.x + font * 0.5f, at.y + font * 0.5f),
                       font * 0.3f, marker, color);
        ImGui::SameLine();
        FormatNumber(v, d.Decimals, false, value, sizeof(value));
        ImGui::Text("%s: %s %s", label, value, unit);
    };
    for (int s = 0; s < d.SeriesCount; s++)
        if (const TimeSeries::Bucket* b = d.Series[s].Series->Find(t))
            row(d.Series[s].Marker, d.Series[s].Color, d.Series[s].Label, b->Last, d.Series[s].Unit);
    for (int p = 0; p < d.PointsCount; p++)
        for (int i = 0; i < d.Points[p].Count; i++) {
            const PlotPoint& point = d.Points[p].Points[i];
            if (std::fabs(f.X(point.TimeHours) - mouse_x) <= marker_r * 2.0f)
                row(d.Points[p].Marker, d.Points[p].Color, d.Points[p].Label, point.Value, d.Unit);
        }
    ImGui::EndTooltip();
}

// One legend entry, flowing to the next line when the row is full.
static void LegendItem(LegendSwatch swatch, PlotMarker marker, ImU32 color, const char* label, bool* first) {
    float font = ImGui::GetFontSize();
    float spacing = font * 0.9f;
    float width = font * 1.4f + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
    if (!*first) {
        ImGui::SameLine(0.0f, spacing);
        if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
    }
    *first = false;
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(font * 1.4f, ImGui::GetTextLineHeight()));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 c(at.x + font * 0.7f, at.y + ImGui::GetTextLineHeight() * 0.5f);
    float thickness = std::max(1.5f, font * 0.12f);
    switch (swatch) {
    case LegendSwatch::Marker:
        draw->AddLine(ImVec2(at.x, c.y), ImVec2(at.x + font * 1.4f, c.y), color, thickness);
        DrawPlotMarker(draw, c, font * 0.28f, marker, color);
        break;
    case LegendSwatch::Dashed:
        DrawDashedLine(draw, ImVec2(at.x, c.y), ImVec2(at.x + font * 1.4f, c.y), color, thickness,
                       font * 0.25f);
        break;
    case LegendSwatch::DashedMarker:
        DrawDashedLine(draw, ImVec2(at.x, c.y), ImVec2(at.x + font * 1.4f, c.y), color, thickness,
                       font * 0.25f);
        DrawPlotMarker(draw, c, font * 0.28f, marker, color);
        break;
    case LegendSwatch::Band:
        draw->AddRectFilled(ImVec2(at.x, c.y - font * 0.35f), ImVec2(at.x + font * 1.4f, c.y + font * 0.35f),
                            color);
        break;
    }
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::TextUnformatted(label);
}

static void DrawLegend(const PlotDesc& d) {
    bool first = true;
    for (int s = 0; s < d.SeriesCount; s++)
        LegendItem(d.Series[s].Dashed ? LegendSwatch::DashedMarker : LegendSwatch::Marker, d.Series[s].Marker,
                   d.Series[s].Color, d.Series[s].Label, &first);
    for (int p = 0; p < d.PointsCount; p++)
        if (d.Points[p].Count > 0)
            LegendItem(LegendSwatch::Marker, d.Points[p].Marker, d.Points[p].Color, d.Points[p].Label,
                       &first);
    for (int r = 0; r < d.ReferenceCount; r++)
        LegendItem(LegendSwatch::Dashed, PlotMarker::Circle, d.References[r].Color, d.References[r].Label,
                   &first);
    if (d.NormalHigh > d.NormalLow)
        LegendItem(LegendSwatch::Band, PlotMarker::Circle, d.NormalColor, d.NormalLabel, &first);
}

void PlotTimeSeries(const char* id, const PlotDesc& d) {
    ImGui::PushID(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float font = ImGui::GetFontSize();
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float width = std::max(ImGui::GetContentRegionAvail().x, 1.0f);
    float height = d.Height > 0.0f ? d.Height : font * 8.0f;
    ImGui::InvisibleButton("plot", ImVec2(width, height));
    bool hovered = ImGui::IsItemHovered();

    PlotFrame f;
    f.T0 = std::isfinite(d.TimeStartHours) ? d.TimeStartHours : 0.0;
    f.T1 = std::isfinite(d.TimeEndHours) ? std::max(d.TimeEndHours, f.T0 + 1e-3) : f.T0 + 24.0;
    FitValues(d, f.T0, f.T1, &f.V0, &f.V1);
    float top = origin.y + ImGui::GetTextLineHeight() * 1.15f; // the unit sits above the axes
    float bottom = origin.y + height - ImGui::GetTextLineHeightWithSpacing();
    int value_ticks = std::max(2, (int)((bottom - top) / (font * 1.9f)));
    double value_step = NiceTickStep(f.V1 - f.V0, value_ticks);

    // Room on the left for the widest value label.
    char label[48];
    float label_width = ImGui::CalcTextSize(Tr("lab.plot.day")).x;
    for (int k = 0; k < kMaxTicks; k++) {
        double v = (std::ceil(f.V0 / value_step - 1e-9) + k) * value_step;
        if (v > f.V1 + value_step * 1e-6) break;
        FormatTickValue(v, value_step, label, sizeof(label));
        label_width = std::max(label_width, ImGui::CalcTextSize(label).x);
    }
    f.P0 = ImVec2(origin.x + label_width + font * 0.5f, top);
    f.P1 = ImVec2(origin.x + width - font * 0.6f, bottom);
    if (f.P1.x - f.P0.x > font * 2.0f && f.P1.y - f.P0.y > font * 2.0f) {
        ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
        ImU32 grid = ImGui::GetColorU32(ImGuiCol_Border, 0.45f);
        float thickness = std::max(1.5f, font * 0.12f);
        float marker_r = std::max(3.0f, font * 0.28f);
        draw->AddRectFilled(f.P0, f.P1, ImGui::GetColorU32(ImGuiCol_FrameBg));
        if (d.NormalHigh > d.NormalLow) {
            float a = std::clamp(f.Y(d.NormalHigh), f.P0.y, f.P1.y),
                  b = std::clamp(f.Y(d.NormalLow), f.P0.y, f.P1.y);
            draw->AddRectFilled(ImVec2(f.P0.x, a), ImVec2(f.P1.x, b), d.NormalColor);
        }
        DrawValueAxis(draw, f, value_step, grid, text);
        // Hour ticks read "06:00" or "day 12"; day ticks are plain numbers.
        float widest_time = ImGui::CalcTextSize("0000").x;
        if (f.T1 - f.T0 <= 72.0)
            widest_time = std::max(ImGui::CalcTextSize("00:00").x,
                                   ImGui::CalcTextSize((std::string(Tr("lab.plot.day")) + " 00").c_str()).x);
        int time_ticks = std::max(2, (int)((f.P1.x - f.P0.x) / (widest_time * 1.3f)));
        DrawTimeAxis(draw, f, TimeTickStep(f.T1 - f.T0, time_ticks), origin.x, origin.x + width, grid, text);
        draw->AddText(ImVec2(f.P0.x, origin.y), text, d.Unit);
        float caption_x = origin.x + width - ImGui::CalcTextSize(d.Caption).x;
        if (caption_x > f.P0.x + ImGui::CalcTextSize(d.Unit).x + font)
            draw->AddText(ImVec2(caption_x, origin.y), text, d.Caption);

        draw->PushClipRect(f.P0, f.P1, true);
        for (int r = 0; r < d.ReferenceCount; r++) {
            float y = f.Y(d.References[r].Value);
            DrawDashedLine(draw, ImVec2(f.P0.x, y), ImVec2(f.P1.x, y), d.References[r].Color, thickness,
                           font * 0.4f);
        }
        ImVec2 newest[kMaxSeries];
        bool has_newest[kMaxSeries] = {};
        for (int s = 0; s < d.SeriesCount && s < kMaxSeries; s++)
            has_newest[s] = DrawSeries(draw, f, d.Series[s], thickness, &newest[s]);
        draw->PopClipRect();
        draw->AddRect(f.P0, f.P1, grid);
        // Markers may overhang the frame (the newest value sits on its right edge).
        for (int s = 0; s < d.SeriesCount && s < kMaxSeries; s++)
            if (has_newest[s])
                DrawPlotMarker(draw, newest[s], marker_r, d.Series[s].Marker, d.Series[s].Color);
        for (int p = 0; p < d.PointsCount; p++)
            for (int i = 0; i < d.Points[p].Count; i++) {
                const PlotPoint& point = d.Points[p].Points[i];
                if (point.TimeHours < f.T0 || point.TimeHours > f.T1 || !std::isfinite(point.Value)) continue;
                DrawPlotMarker(draw, ImVec2(f.X(point.TimeHours), f.Y(point.Value)), marker_r * 1.1f,
                               d.Points[p].Marker, d.Points[p].Color);
            }

        float mouse_x = ImGui::GetIO().MousePos.x;
        if (hovered && mouse_x >= f.P0.x && mouse_x <= f.P1.x) {
            draw->AddLine(ImVec2(mouse_x, f.P0.y), ImVec2(mouse_x, f.P1.y), text);
            DrawTooltip(d, f, mouse_x, marker_r);
        }
    }
    DrawLegend(d);
    ImGui::PopID();
}

} // namespace ng
