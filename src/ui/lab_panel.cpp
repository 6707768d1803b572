#include "lab_panel.h"
#include "compare_ui.h"
#include "content/i18n.h"
#include "lab_widgets.h"
#include "landscape_panel.h"
#include "model/readouts.h"
#include "model/simulation.h"
#include "plot.h"
#include "plot_format.h"
#include "session/lab_history.h"
#include "session/session.h"
#include "ui_context.h"
#include "ui_root.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace ng {

namespace {

const char* const kTabKeys[] = {"lab.tab.blood", "lab.tab.brain", "lab.tab.body", "lab.tab.mind"};
const char* const kWindowKeys[] = {"lab.window.days", "lab.window.weeks", "lab.window.all"};
const double kWindowHours[] = {48.0, 14.0 * 24.0, 0.0};  // the whole run starts at 0 whatever its length
const float kMinPlotLines = 6.0f, kMaxPlotLines = 16.0f; // plot height limits, in font sizes

} // namespace

static int FirstReadoutOf(LabGroup group) {
    for (int i = 0; i < ReadoutCount(); i++)
        if (LabStyleFor(ReadoutAt(i).Name).Group == group) return i;
    return 0;
}

static void RightAligned(const char* text) {
    float room = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(text).x;
    if (room > 0.0f) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room);
    ImGui::TextUnformatted(text);
}

static void ReadoutRow(const UiContext& ui, int i, const LabColors& colors, bool compact) {
    const ReadoutInfo& info = ReadoutAt(i);
    double value = ReadoutValue(*ui.Sim, i);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    char id[160];
    std::snprintf(id, sizeof(id), "%s##%s", ReadoutLabel(info), info.Name);
    if (ImGui::Selectable(id, ui.State->Lab.Selected == i, ImGuiSelectableFlags_SpanAllColumns,
                          ImVec2(0.0f, MinTarget())))
        ui.State->Lab.Selected = i;
    NoteWidget(ui, (std::string("lab.row.") + info.Name).c_str());
    if (ImGui::IsItemHovered()) ReadoutTooltip(info, value);
    ImGui::TableSetColumnIndex(1);
    char text[96];
    FormatReadout(info, value, text, sizeof(text));
    RightAligned(text);
    int column = 2;
    if (const CompareRun* b = CompareOf(ui)) { // B's value beside A's, in B's colour (A's unit)
        ImGui::TableSetColumnIndex(column++);
        const LabRowStyle& style = LabStyleFor(info.Name);
        FormatNumber(ReadoutValue(*b->Sim, i), style.Decimals, style.ShowSign, text, sizeof(text));
        ImGui::PushStyleColor(ImGuiCol_Text, colors.B);
        RightAligned(text);
        ImGui::PopStyleColor();
    }
    ImGui::TableSetColumnIndex(column);
    StatusBadge(ClassifyValue(info, value), colors, !compact);
}

// The readouts' table: measure, value (A, then B when comparing), status. The secondary rows go
// in a second instance with the same id (Dear ImGui keeps their columns in step), under a "More
// signals" node that spans the panel, so no column cuts it however many there are.
static bool BeginReadouts(bool ab, bool compact, bool headers) {
    ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable(ab ? "readouts_ab" : "readouts", ab ? 4 : 3, flags)) return false;
    ImGui::TableSetupColumn(Tr("lab.col.measure"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(ab ? "A" : Tr("lab.col.now"));
    if (ab) ImGui::TableSetupColumn("B");
    ImGui::TableSetupColumn(compact ? "" : Tr("lab.col.status"));
    if (headers) ImGui::TableHeadersRow();
    return true;
}

static void ReadoutTable(const UiContext& ui, LabGroup group, const LabColors& colors) {
    // Narrow panels (large UI scale on a small screen) and B's column: status symbols only,
    // explained below, so the measures' names keep their room.
    bool ab = CompareOf(ui) != nullptr; // comparing: A's value, then B's
    bool compact = ab || ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 19.0f;
    bool has_more = false;
    if (BeginReadouts(ab, compact, true)) {
        for (int i = 0; i < ReadoutCount(); i++) {
            const LabRowStyle& style = LabStyleFor(ReadoutAt(i).Name);
            if (style.Group != group) continue;
            if (style.Secondary)
                has_more = true;
            else
                ReadoutRow(ui, i, colors, compact);
        }
        ImGui::EndTable();
    }
    if (has_more) {
        bool open = ImGui::TreeNodeEx(Tr("lab.more"),
                                      ImGuiTreeNodeFlags_SpanFullWidth | ImGuiTreeNodeFlags_NoTreePushOnOpen);
        NoteWidget(ui, "lab.more");
        if (open && BeginReadouts(ab, compact, false)) {
            for (int i = 0; i < ReadoutCount(); i++) {
                const LabRowStyle& style = LabStyleFor(ReadoutAt(i).Name);
                if (style.Group == group && style.Secondary) ReadoutRow(ui, i, colors, compact);
            }
            ImGui::EndTable();
        }
    }
    if (compact) StatusLegend(colors);
}

static void ReportButton(const UiContext& ui) {
    int count = (int)ui.History->BloodTests.size();
    if (count == 0) return;
    std::string label = TrFormat("lab.report.show", {std::to_string(count)}) + "###report_show";
    if (TargetButton(label.c_str())) ui.State->Lab.ShowReport = true;
    NoteWidget(ui, "lab.report.show");
}

// A row of buttons choosing the group (tab) of readouts; they wrap rather than shrink, so their
// names stay whole at any UI scale and language.
static void GroupButtons(const UiContext& ui) {
    for (int g = 0; g < (int)LabGroup::Count; g++) {
        const char* name = Tr(kTabKeys[g]);
        if (g > 0) {
            ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
            if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(name).x + ImGui::GetFrameHeight())
                ImGui::NewLine();
        }
        bool on = (int)ui.State->Lab.Tab == g;
        char label[96];
        std::snprintf(label, sizeof(label), "%s###%s", name, kTabKeys[g]);
        if (ChoiceButton(label, on) && !on) { // another group: its first readout goes on the plot
            ui.State->Lab.Tab = (LabGroup)g;
            ui.State->Lab.Selected = FirstReadoutOf(ui.State->Lab.Tab);
            ui.State->Lab.ShowReport = false;
        }
        NoteWidget(ui, kTabKeys[g]);
    }
}

// The chosen group's table (or the blood-test report), scrolling on its own when the panel is
// too short for it and a readable plot. A compact layout's sheet is too short for both: there
// the table keeps its whole height and the sheet scrolls, so no row is half hidden in a box.
static void GroupBody(const UiContext& ui, const LabColors& colors) {
    float font = ImGui::GetFontSize();
    float rest = ui.State->Lab.HeaderHeight + font * kMinPlotLines + ui.State->Lab.BelowPlotHeight;
    float room = std::max(ImGui::GetContentRegionAvail().y - rest, font * 5.0f);
    if (ui.Layout.Compact && ui.State->Lab.BodyHeight > 0.0f) room = ui.State->Lab.BodyHeight;
    ImGui::BeginChild(
        "group_body",
        ImVec2(0.0f, ui.State->Lab.BodyHeight > 0.0f ? std::min(ui.State->Lab.BodyHeight, room) : room));
    DragToScroll();
    if (ui.State->Lab.Tab == LabGroup::Blood && ui.State->Lab.ShowReport) {
        DrawBloodTestReport(ui, colors, &ui.State->Lab.Selected, &ui.State->Lab.ShowReport);
    } else {
        ReadoutTable(ui, ui.State->Lab.Tab, colors);
        if (ui.State->Lab.Tab == LabGroup::Blood) ReportButton(ui);
    }
    if (ui.State->Lab.Tab == LabGroup::Mind) ImGui::TextWrapped("%s", Tr("lab.mind_note"));
    ui.State->Lab.BodyHeight = ImGui::GetCursorPosY();
    ImGui::EndChild();
}

// A new blood test (from the button, the tour or the JavaScript API) opens its report, with a
// readout on the plot that shows the measurements.
static void FollowBloodTests(const UiContext& ui, const LabHistory& history) {
    if (history.BloodTestsTaken > ui.State->Lab.TestsSeen) {
        ui.State->Lab.ShowReport = true;
        ui.State->Lab.Tab = LabGroup::Blood;
        int bdnf = FindReadout("serum_bdnf_ng_ml");
        if (LabTestFieldFor(ReadoutAt(ui.State->Lab.Selected).Name) == LabTestField::None && bdnf >= 0)
            ui.State->Lab.Selected = bdnf;
    } else if (history.BloodTestsTaken < ui.State->Lab.TestsSeen) { // a new run
        ui.State->Lab.ShowReport = false;
    }
    ui.State->Lab.TestsSeen = history.BloodTestsTaken;
}

// "↑ 12 % since the start" ("" when there is nothing sensible to compare with).
static std::string ChangeText(const UiContext& ui, int i, double value) {
    const ReadoutInfo& info = ReadoutAt(i);
    const std::vector<float>& start = ui.History->Baseline;
    ChangeKind kind;
    double change;
    if (i >= (int)start.size() || !ChangeFromStart(info, value, start[i], &kind, &change)) return "";
    char number[48];
    if (kind == ChangeKind::Difference) {
        FormatNumber(change, 2, true, number, sizeof(number));
        return TrFormat("lab.change.diff", {number});
    }
    if (std::fabs(change) < 0.5) return Tr("lab.change.same");
    FormatNumber(std::fabs(change), std::fabs(change) < 10.0 ? 1 : 0, false, number, sizeof(number));
    return TrFormat(change > 0.0 ? "lab.change.up" : "lab.change.down", {number});
}

static void WindowButtons(const UiContext& ui) {
    for (int w = 0; w < (int)TimeWindow::Count; w++) {
        if (w > 0) ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
        bool on = (int)ui.State->Lab.Window == w;
        char label[96];
        std::snprintf(label, sizeof(label), "%s###%s", Tr(kWindowKeys[w]), kWindowKeys[w]);
        if (ChoiceButton(label, on)) ui.State->Lab.Window = (TimeWindow)w;
        NoteWidget(ui, kWindowKeys[w]);
    }
}

static float WindowButtonsWidth() {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = 0.0f;
    for (const char* key : kWindowKeys)
        width += ImGui::CalcTextSize(Tr(key)).x + style.FramePadding.x * 2.0f + style.ItemInnerSpacing.x;
    return width;
}

// The selected readout's name and the time-window buttons (on the same line when they fit); for
// the overtraining stage, what the stage means.
static void SelectedHeader(const UiContext& ui) {
    const ReadoutInfo& info = ReadoutAt(ui.State->Lab.Selected);
    double value = ReadoutValue(*ui.Sim, ui.State->Lab.Selected);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ReadoutLabel(info));
    if (ImGui::IsItemHovered()) ReadoutTooltip(info, value);
    float buttons = WindowButtonsWidth();
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x >= buttons) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - buttons);
    } else {
        ImGui::NewLine();
    }
    WindowButtons(ui);
    std::string compare = CompareReadoutLine(ui, ui.State->Lab.Selected);
    if (!compare.empty()) ImGui::TextWrapped("%s", compare.c_str());
    if (std::string(info.Name) == "overtraining_stage" && std::isfinite(value)) {
        char key[32];
        std::snprintf(key, sizeof(key), "lab.stage.%d", std::clamp((int)std::lround(value), 0, 3));
        ImGui::TextWrapped("%s", Tr(key));
    }
}

static void SelectedPlot(const UiContext& ui, const LabColors& colors, float height) {
    int i = ui.State->Lab.Selected;
    const ReadoutInfo& info = ReadoutAt(i);
    const LabRowStyle& style = LabStyleFor(info.Name);
    const LabHistory& history = *ui.History;
    int recorded = (int)history.Readouts.size();
    double now = ui.Sim->TimeHours();
    double t0 = 0.0, t1 = std::max(now, 24.0);
    if (ui.State->Lab.Window != TimeWindow::Whole) {
        double span = kWindowHours[(int)ui.State->Lab.Window];
        t1 = std::max(now, span);
        t0 = t1 - span;
    }

    PlotSeries series[5];
    int series_count = 0;
    // Comparing: A's line and B's (dashed, its own colour) first, named A and B in the legend.
    const CompareRun* b = CompareOf(ui);
    std::string a_label = std::string("A: ") + ReadoutLabel(info),
                b_label = std::string("B: ") + ReadoutLabel(info);
    if (i < recorded)
        series[series_count++] = {&history.Readouts[i].Finest(t0), b ? a_label.c_str() : ReadoutLabel(info),
                                  ReadoutUnit(info), colors.Main, PlotMarker::Circle};
    if (b && i < (int)b->History.Readouts.size())
        series[series_count++] = {&b->History.Readouts[i].Finest(t0),
                                  b_label.c_str(),
                                  ReadoutUnit(info),
                                  colors.B,
                                  PlotMarker::Diamond,
                                  true};
    int companion = style.Companion ? FindReadout(style.Companion) : -1;
    if (companion >= 0 && companion < recorded) {
        const ReadoutInfo& other = ReadoutAt(companion);
        series[series_count++] = {&history.Readouts[companion].Finest(t0), ReadoutLabel(other),
                                  ReadoutUnit(other), colors.Companion, PlotMarker::Square};
    }

    // The band of a modelling choice (docs/model.md, "Uncertainty band"): its low and high runs.
    int band[2] = {style.BandLow ? FindReadout(style.BandLow) : -1,
                   style.BandHigh ? FindReadout(style.BandHigh) : -1};
    const char* band_labels[2] = {"lab.plot.model_low", "lab.plot.model_high"};
    for (int e = 0; e < 2; e++)
        if (band[e] >= 0 && band[e] < recorded)
            series[series_count++] = {&history.Readouts[band[e]].Finest(t0), Tr(band_labels[e]),
                                      ReadoutUnit(ReadoutAt(band[e])), colors.Reference,
                                      e == 0 ? PlotMarker::Diamond : PlotMarker::Square};

    LabTestField field = LabTestFieldFor(info.Name);
    std::vector<PlotPoint> measured;
    if (field != LabTestField::None)
        for (const BloodTestResult& t : history.BloodTests) {
            double v = field == LabTestField::SerumBdnf   ? t.SerumBdnf
                       : field == LabTestField::TotalIgf1 ? t.TotalIgf1
                                                          : t.CognitiveZ;
            measured.push_back({t.TimeHours, (float)v});
        }
    PlotPoints tests;
    tests.Points = measured.data();
    tests.Count = (int)measured.size();
    tests.Label = Tr(field == LabTestField::CognitiveZ ? "lab.plot.tests_cognitive" : "lab.plot.tests");
    tests.Color = colors.Tests;

    PlotReference reference;
    reference.Color = colors.Reference;
    if (style.Reference == LabReference::SedentaryNeurons) {
        reference.Value = (float)ui.Sim->BaselineNewNeuronsPerDay();
        reference.Label = Tr("lab.plot.sedentary");
    } else if (style.Reference == LabReference::One) {
        reference.Value = 1.0f;
        reference.Label = Tr("lab.plot.start");
    }

    std::string change = ChangeText(ui, i, ReadoutValue(*ui.Sim, i));
    PlotDesc d;
    d.Unit = ReadoutUnit(info);
    d.Caption = change.c_str();
    d.Decimals = style.Decimals;
    d.TimeStartHours = t0;
    d.TimeEndHours = t1;
    if (info.HasNormalRange()) {
        d.NormalLow = (float)info.NormalLow;
        d.NormalHigh = (float)info.NormalHigh;
        d.NormalLabel = Tr("lab.plot.normal");
        d.NormalColor = colors.Band;
    }
    d.Series = series;
    d.SeriesCount = series_count;
    d.Points = &tests;
    d.PointsCount = field != LabTestField::None ? 1 : 0;
    d.References = &reference;
    d.ReferenceCount = style.Reference != LabReference::None ? 1 : 0;
    d.Height = height;
    PlotTimeSeries(info.Name, d);
}

static void Actions(UiContext& ui) {
    char label[128];
    std::snprintf(label, sizeof(label), "%s###blood_test", Tr("lab.blood_test"));
    if (TargetButton(label)) ui.Commands->Push(CommandType::BloodTest);
    NoteWidget(ui, "lab.blood_test");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("lab.blood_test_tip"));
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(Tr("lab.export")).x + ImGui::GetFrameHeight())
        ImGui::NewLine(); // no room beside the first button
    std::snprintf(label, sizeof(label), "%s###export", Tr("lab.export"));
    if (TargetButton(label)) ui.Commands->Push(CommandType::ExportCsv);
    NoteWidget(ui, "lab.export");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("lab.export_tip"));

    const LabHistory& history = *ui.History;
    if (history.ExportCount == 0) return;
    std::string days = std::to_string(history.ExportedDays);
#ifdef __EMSCRIPTEN__
    const char* done_key = "lab.export.downloaded";
#else
    const char* done_key = "lab.export.saved";
#endif
    std::string message = history.ExportedTo.empty() ? std::string(Tr("lab.export.failed"))
                                                     : TrFormat(done_key, {history.ExportedTo, days});
    ImGui::TextWrapped("%s", message.c_str());
}

void DrawLabPanel(UiContext& ui) {
    const Box& box = ui.Layout.Lab;
    ImVec2 size(box.W, box.H);
    if (!ui.Sim || !ui.History || !ui.Commands || ReadoutCount() == 0) return;
    if (!(size.x >= 1.0f) || !(size.y >= 1.0f)) return;
    if (ui.State->Lab.Selected < 0 || ui.State->Lab.Selected >= ReadoutCount())
        ui.State->Lab.Selected = std::max(0, FindReadout("serum_bdnf_ng_ml"));

    ImGui::SetNextWindowPos(ImVec2(box.X, box.Y));
    ImGui::SetNextWindowSize(size);
    char title[96];
    std::snprintf(title, sizeof(title), "%s###lab", Tr("lab.title"));
    ImGui::Begin(title, nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings);
    DragToScroll();
    LabColors colors = CurrentLabColors();
    FollowBloodTests(ui, *ui.History);
    // The landscape map takes the lab's box while open (a sheet in compact layouts), the way back
    // first; the Compare control waits with the readouts, so the map keeps the room.
    // The way in shares the Compare control's row, so the readouts keep their room.
    bool& landscape = ui.State->Explore.LandscapeOpen;
    const char* map_label = Tr(landscape ? "landscape.back" : "bar.landscape");
    if (!landscape) {
        DrawCompareControl(ui, TargetSize(map_label).x + ImGui::GetStyle().ItemSpacing.x);
        ImGui::SameLine();
    }
    if (TargetButton(map_label)) landscape = !landscape;
    NoteWidget(ui, "lab.landscape");
    if (!landscape && !ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("landscape.open"));
    if (landscape) { // the outcome's picker beside the way back
        ImGui::SameLine();
        DrawLandscapeBody(ui);
        ImGui::End();
        return;
    }
    GroupButtons(ui);
    GroupBody(ui, colors);
    float header_top = ImGui::GetCursorPosY();
    ImGui::Separator();
    SelectedHeader(ui);

    // The plot takes the room the rest leaves, within readable limits.
    float font = ImGui::GetFontSize();
    float plot_height = std::clamp(ImGui::GetContentRegionAvail().y - ui.State->Lab.BelowPlotHeight,
                                   font * kMinPlotLines, font * kMaxPlotLines);
    float plot_top = ImGui::GetCursorPosY();
    ui.State->Lab.HeaderHeight = plot_top - header_top;
    SelectedPlot(ui, colors, plot_height);
    Actions(ui);
    ui.State->Lab.BelowPlotHeight = ImGui::GetCursorPosY() - plot_top - plot_height;
    ImGui::End();
}

} // namespace ng
