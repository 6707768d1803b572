// The blood-test report: what a real lab would print (measured value, reference range, H/L
// flag) next to what only the simulation knows (the true value), the running average of the
// tests so far, and why one measurement is not enough (docs/science-background.md §0.7).
#include "content/i18n.h"
#include "lab_widgets.h"
#include "model/readouts.h"
#include "plot_format.h"
#include "session/lab_history.h"
#include "ui_context.h"
#include "ui_root.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <cstdio>
#include <string>

namespace ng {

static void FlagText(RangeStatus status, const LabColors& colors) {
    switch (status) {
    case RangeStatus::High:
        ImGui::TextColored(colors.High, "%s\xE2\x96\xB2", Tr("lab.report.flag_high"));
        break;
    case RangeStatus::Low:
        ImGui::TextColored(colors.Low, "%s\xE2\x96\xBC", Tr("lab.report.flag_low"));
        break;
    case RangeStatus::Normal:
        ImGui::TextColored(colors.Normal, "\xE2\x9C\x93");
        break;
    case RangeStatus::NoRange:
        break;
    }
}

// One test: its name and unit (selecting it plots that readout), the measured value with its
// flag, the reference range and the model's true value.
static void ReportRow(const UiContext& ui, const char* readout, const char* label_key, const char* tip_key,
                      double measured, double truth, const LabColors& colors, int* selected,
                      const char* id = nullptr) {
    int index = FindReadout(readout);
    if (index < 0) return;
    const ReadoutInfo& info = ReadoutAt(index);
    const LabRowStyle& style = LabStyleFor(readout);
    char text[128];
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    const char* unit = ReadoutUnit(info);
    if (*unit)
        std::snprintf(text, sizeof(text), "%s, %s##%s", Tr(label_key), unit, id ? id : readout);
    else
        std::snprintf(text, sizeof(text), "%s##%s", Tr(label_key), id ? id : readout);
    if (ImGui::Selectable(text, *selected == index, ImGuiSelectableFlags_SpanAllColumns,
                          ImVec2(0.0f, MinTarget())))
        *selected = index;
    NoteWidget(ui, (std::string("lab.report.") + (id ? id : readout)).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr(tip_key));

    ImGui::TableSetColumnIndex(1);
    FormatNumber(measured, style.Decimals, style.ShowSign, text, sizeof(text));
    ImGui::TextUnformatted(text);
    ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
    FlagText(ClassifyValue(info, measured), colors);
    ImGui::TableSetColumnIndex(2);
    if (info.HasNormalRange()) {
        FormatRangeNumbers(info.NormalLow, info.NormalHigh, text, sizeof(text));
        ImGui::TextUnformatted(text);
    }
    ImGui::TableSetColumnIndex(3);
    FormatNumber(truth, style.Decimals, style.ShowSign, text, sizeof(text));
    ImGui::TextUnformatted(text);
}

// Many tests average out the noise: the mean of the BDNF results approaches the true mean.
static void AverageRow(const std::vector<BloodTestResult>& tests) {
    double measured = 0.0, truth = 0.0;
    for (const BloodTestResult& t : tests) {
        measured += t.SerumBdnf;
        truth += t.TrueSerumBdnf;
    }
    char text[48];
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::Indent();
    ImGui::TextUnformatted(TrFormat("lab.report.average", {std::to_string(tests.size())}).c_str());
    ImGui::Unindent();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("lab.report.average_tip"));
    ImGui::TableSetColumnIndex(1);
    FormatNumber(measured / tests.size(), 1, false, text, sizeof(text));
    ImGui::TextUnformatted(text);
    ImGui::TableSetColumnIndex(3);
    FormatNumber(truth / tests.size(), 1, false, text, sizeof(text));
    ImGui::TextUnformatted(text);
}

void DrawBloodTestReport(const UiContext& ui, const LabColors& colors, int* selected, bool* open) {
    const std::vector<BloodTestResult>& tests = ui.History->BloodTests;
    if (tests.empty()) {
        *open = false;
        return;
    }
    const BloodTestResult& last = tests.back();
    char when[96], label[128];
    FormatSimTime(last.TimeHours, when, sizeof(when));
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%s \xC2\xB7 %s", Tr("lab.report.title"), when);
    std::snprintf(label, sizeof(label), "%s###report_back", Tr("lab.report.back"));
    float button = ImGui::CalcTextSize(Tr("lab.report.back")).x + ImGui::GetStyle().FramePadding.x * 2.0f;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x >= button)
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - button);
    else
        ImGui::NewLine();
    if (TargetButton(label)) *open = false;
    NoteWidget(ui, "lab.report.back");

    ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("report", 4, flags)) {
        static const char* kHeaderKeys[] = {"lab.report.test", "lab.report.result", "lab.report.range",
                                            "lab.report.true"};
        for (int c = 0; c < 4; c++)
            ImGui::TableSetupColumn(Tr(kHeaderKeys[c]), c == 0 ? ImGuiTableColumnFlags_WidthStretch : 0);
        ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
        for (int c = 0; c < 4; c++) {
            ImGui::TableSetColumnIndex(c);
            ImGui::TableHeader(Tr(kHeaderKeys[c]));
            if (c == 3 && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("lab.report.true_tip"));
        }
        ReportRow(ui, "serum_bdnf_ng_ml", "lab.report.bdnf", "lab.report.bdnf_tip", last.SerumBdnf,
                  last.TrueSerumBdnf, colors, selected);
        if (tests.size() >= 2) AverageRow(tests);
        // The same person tested again: assay noise only (issue 13).
        ReportRow(ui, "serum_bdnf_ng_ml", "lab.report.bdnf_retest", "lab.report.bdnf_retest_tip",
                  last.SerumBdnfRetest, last.TrueSerumBdnf, colors, selected, "serum_bdnf_retest");
        ReportRow(ui, "total_igf1_ng_ml", "lab.report.igf1", "lab.report.igf1_tip", last.TotalIgf1,
                  last.TrueTotalIgf1, colors, selected);
        ReportRow(ui, "cognitive_index_z", "lab.report.cognitive", "lab.report.cognitive_tip",
                  last.CognitiveZ, last.TrueCognitiveZ, colors, selected);
        ImGui::EndTable();
    }
    ImGui::TextWrapped("%s", Tr("lab.report.why"));
}

} // namespace ng
