// Programme B in the panels: see compare_ui.h.
#include "compare_ui.h"
#include "content/i18n.h"
#include "io/scenario.h"
#include "lab_readouts.h"
#include "lab_widgets.h"
#include "model/readouts.h"
#include "session/session.h"
#include "ui_state.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <cmath>
#include <cstdio>

namespace ng {

const CompareRun* CompareOf(const UiContext& ui) {
    return ui.Run && ui.Run->Compare && ui.Run->Compare->Sim ? ui.Run->Compare.get() : nullptr;
}

std::string ScenarioName(const std::string& id) {
    std::string key = "scenario." + id;
    return TrOr(key.c_str(), id.c_str());
}

std::string CompareSourceName(const std::string& source) {
    if (source.empty()) return Tr("compare.off");
    if (source == "copy") return Tr("compare.copy");
    return ScenarioName(source);
}

void DrawCompareControl(UiContext& ui, float reserve) {
    const CompareRun* b = CompareOf(ui);
    std::string current = CompareSourceName(b ? b->Source : "");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(Tr("compare.label"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::fmax(ImGui::GetContentRegionAvail().x - reserve, MinTarget()));
    if (ImGui::BeginCombo("##compare", current.c_str())) {
        auto item = [&](const std::string& source) {
            bool selected = b ? b->Source == source : source.empty();
            if (ImGui::Selectable((CompareSourceName(source) + "##" + source).c_str(), selected, 0,
                                  ImVec2(0.0f, MinTarget())) &&
                !selected)
                ui.Commands->Push(CommandType::SetCompare, source);
            NoteWidget(ui, ("compare." + (source.empty() ? std::string("off") : source)).c_str());
        };
        item("");
        item("copy");
        for (int i = 0; i < ScenarioCount(); i++) item(ScenarioIdAt(i));
        ImGui::EndCombo();
    }
    NoteWidget(ui, "lab.compare");
    if (!ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("compare.tip"));
}

std::string CompareReadoutLine(const UiContext& ui, int readout) {
    const CompareRun* b = CompareOf(ui);
    if (!b || readout < 0 || readout >= ReadoutCount()) return "";
    const ReadoutInfo& info = ReadoutAt(readout);
    double va = ReadoutValue(*ui.Sim, readout), vb = ReadoutValue(*b->Sim, readout);
    char a_text[64], b_text[64], d_text[64];
    FormatReadout(info, va, a_text, sizeof(a_text));
    FormatReadout(info, vb, b_text, sizeof(b_text));
    double d = vb - va;
    bool signs = LabStyleFor(info.Name).ShowSign; // "+0.08 z": the readout writes its own sign
    FormatReadout(info, signs ? d : std::fabs(d), d_text, sizeof(d_text));
    const char* sign = signs || !std::isfinite(d) || d == 0.0 ? "" : (d > 0.0 ? "+" : "\xE2\x88\x92");
    return std::string("A ") + a_text + "  \xC2\xB7  B " + b_text + "  \xC2\xB7  " +
           Tr("compare.difference") + " " + sign + d_text;
}

bool EditingB(const UiContext& ui) {
    return CompareOf(ui) && ui.State->Explore.EditB;
}

UiContext TrainingTarget(UiContext& ui) {
    const CompareRun* b = CompareOf(ui);
    if (!b) {
        ui.State->Explore.EditB = false;
        return ui;
    }
    float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (ChoiceButton(Tr("compare.edit_a"), !ui.State->Explore.EditB, ImVec2(half, 0.0f)))
        ui.State->Explore.EditB = false;
    NoteWidget(ui, "training.edit_a");
    ImGui::SameLine();
    if (ChoiceButton(Tr("compare.edit_b"), ui.State->Explore.EditB, ImVec2(half, 0.0f)))
        ui.State->Explore.EditB = true;
    NoteWidget(ui, "training.edit_b");
    UiContext target = ui;
    if (ui.State->Explore.EditB) {
        target.Plan = &b->Plan;
        target.Sim = b->Sim.get();
        ImVec4 color = ImGui::ColorConvertU32ToFloat4(CurrentLabColors().B);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(color, "%s", Tr("compare.editing_b"));
        ImGui::PopTextWrapPos();
    }
    return target;
}

} // namespace ng
