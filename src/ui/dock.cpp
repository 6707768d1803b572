// Compact layouts: the row of panel buttons along the bottom edge. Each opens its panel in the
// sheet above, closing the others (one at a time), or closes it when it is the one open
// (docs/layout.md).
#include "content/i18n.h"
#include "ui_root.h"
#include "ui_theme.h"
#include "widget_map.h"

namespace ng {

void DrawDock(UiContext& ui) {
    const UiLayout& l = ui.Layout;
    if (l.Dock.Empty()) return;
    BeginEdgeBar("##dock", l.Dock);
    bool training = !l.Training.Empty(), lab = !l.Lab.Empty(), explain = !l.Explain.Empty();
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    float width = (ImGui::GetContentRegionAvail().x - 2.0f * spacing) / 3.0f;
    Preferences& prefs = *ui.Prefs;
    if (ChoiceButton(Tr("dock.training"), training, ImVec2(width, 0.0f))) {
        prefs.TrainingSheet = training ? 0 : 1;
        prefs.ShowLab = false;
        if (explain) ui.Commands->Push(CommandType::ShowExplain);
    }
    NoteWidget(ui, "dock.training");
    ImGui::SameLine();
    if (ChoiceButton(Tr("dock.lab"), lab, ImVec2(width, 0.0f))) {
        prefs.ShowLab = !lab;
        prefs.TrainingSheet = 0;
        if (explain) ui.Commands->Push(CommandType::ShowExplain);
    }
    NoteWidget(ui, "dock.lab");
    ImGui::SameLine();
    if (ChoiceButton(Tr("dock.explain"), explain, ImVec2(width, 0.0f))) {
        if (explain) {
            ui.Commands->Push(CommandType::ShowExplain);
        } else {
            prefs.ShowLab = false;
            prefs.TrainingSheet = 0;
            ui.Commands->Push(CommandType::ShowExplain, prefs.ExplainStation, 1.0);
        }
    }
    NoteWidget(ui, "dock.explain");
    ImGui::End();
}

} // namespace ng
