// The row of camera views above the bottom of the scene: the overview and one per station.
#include "content/i18n.h"
#include "ui_root.h"
#include "widget_map.h"
#include <cstdio>

namespace ng {

static const char* kViews[] = {"overview", "muscle", "blood", "barrier", "hippocampus"};

void DrawViewStrip(UiContext& ui) {
    const UiLayout& l = ui.Layout;
    char key[48];
    float center = (l.BottomMin.x + l.BottomMax.x) * 0.5f;
    ImGui::SetNextWindowPos(ImVec2(center, l.BottomMax.y), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.75f);
    ImGui::Begin("##views", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    for (int i = 0; i < (int)(sizeof(kViews) / sizeof(kViews[0])); i++) {
        if (i > 0) ImGui::SameLine();
        std::snprintf(key, sizeof(key), "view.%s", kViews[i]);
        if (ImGui::Button(Tr(key))) ui.Commands->Push(CommandType::FocusView, kViews[i]);
        NoteWidget(key);
    }
    ImGui::End();
}

} // namespace ng
