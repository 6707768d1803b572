// Time plots drawn with ImGui draw lists (ImPlot is not available): axes with ticks, labels and
// units, several series with their min-max envelope, measured points, dashed reference lines,
// the normal range as a band, a legend (marker shape + colour + name: colour is never the only
// code) and the values under the pointer. Tick arithmetic and labels live in plot_format.h.
#pragma once
#include "imgui.h"
#include "session/time_series.h"

namespace ng {

enum class PlotMarker { Circle, Square, Diamond };

// A recorded series: a line through the last value of each bucket, a faint envelope from the
// minimum to the maximum, and its marker at the newest point.
struct PlotSeries {
    const TimeSeries* Series = nullptr;
    const char* Label = "";
    const char* Unit = ""; // in the tooltip
    ImU32 Color = 0;
    PlotMarker Marker = PlotMarker::Circle;
    bool Dashed = false; // programme B when comparing
};

struct PlotPoint {
    double TimeHours;
    float Value;
};

// Single measurements (blood tests), drawn as markers.
struct PlotPoints {
    const PlotPoint* Points = nullptr;
    int Count = 0;
    const char* Label = "";
    ImU32 Color = 0;
    PlotMarker Marker = PlotMarker::Diamond;
};

// A dashed horizontal line (e.g. the sedentary baseline).
struct PlotReference {
    float Value = 0.0f;
    const char* Label = "";
    ImU32 Color = 0;
};

struct PlotDesc {
    const char* Unit = "";       // value axis unit, written at the top of the axis; also the points'
    const char* Caption = "";    // right-aligned on the unit's line (e.g. the change since the start)
    int Decimals = -1;           // of the values in the tooltip; -1: about three significant digits
    double TimeStartHours = 0.0; // the visible time window
    double TimeEndHours = 24.0;
    float NormalLow = 0.0f, NormalHigh = 0.0f; // equal: no band
    const char* NormalLabel = "";
    ImU32 NormalColor = 0;
    const PlotSeries* Series = nullptr;
    int SeriesCount = 0; // at most 8
    const PlotPoints* Points = nullptr;
    int PointsCount = 0;
    const PlotReference* References = nullptr;
    int ReferenceCount = 0;
    float Height = 0.0f; // of the axes with their tick labels, legend not included; 0: 8 lines
};

// Draws into the current window at the cursor, full width, then the legend below it.
void PlotTimeSeries(const char* id, const PlotDesc& desc);

} // namespace ng
