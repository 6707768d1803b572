// Notices about bad input (clamped or rejected options, scenario file problems), shown at the
// top centre until dismissed. Colour is never the only code: each has a symbol and a word.
#include "content/i18n.h"
#include "ui_root.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <algorithm>

namespace ng {

void DrawNotices(UiContext& ui, std::vector<OptionNotice>* notices) {
    if (notices->empty()) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(
        ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, ui.Layout.TopBar.Bottom() + 8.0f),
        ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(0.0f, 0.0f),
        ImVec2(std::max(viewport->WorkSize.x * 0.6f, std::min(viewport->WorkSize.x - 16.0f, 420.0f)),
               viewport->WorkSize.y * 0.5f));
    ImGui::Begin("##notices", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoDecoration |
                     ImGuiWindowFlags_NoSavedSettings);
    ImGui::PushTextWrapPos(
        std::max(viewport->WorkSize.x * 0.58f, std::min(viewport->WorkSize.x - 32.0f, 400.0f)));
    for (const OptionNotice& n : *notices)
        ImGui::TextColored(n.Rejected ? ImVec4(0.84f, 0.37f, 0.0f, 1.0f) : ImVec4(0.80f, 0.55f, 0.0f, 1.0f),
                           "%s %s %s", n.Rejected ? "\xE2\x9C\x97" : "!",
                           n.Rejected ? Tr("notice.rejected") : Tr("notice.clamped"), n.Text.c_str());
    ImGui::PopTextWrapPos();
    if (TargetButton(Tr("notice.ok"))) notices->clear();
    NoteWidget(ui, "notice.ok");
    ImGui::End();
}

} // namespace ng
