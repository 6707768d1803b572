// The keyboard shortcut sheet (key ?), docs/design.md §3.
#include "content/i18n.h"
#include "ui_root.h"

namespace ng {

void DrawShortcutSheet(UiContext& ui) {
    static const char* kRows[][2] = {
        {"Space", "keys.pause"},
        {".", "keys.step"},
        {"\xE2\x86\x90 / \xE2\x86\x92", "keys.tour"},
        {"1 \xE2\x80\x93 7", "keys.scenarios"},
        {"+ / \xE2\x88\x92", "keys.speed"},
        {"F", "keys.fullscreen"},
        {"Alt+R", "keys.reset"},
        {"H", "keys.hide"},
        {"P", "keys.presenter"},
        {"L", "keys.lab"},
        {"[ / ], Shift+\xE2\x86\x90 / \xE2\x86\x92", "keys.week"},
        {"?", "keys.sheet"},
        {"\xE2\x86\x91 / \xE2\x86\x93, Space", "keys.navigate"},
    };
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f),
                                        ImVec2(viewport->WorkSize.x - 16.0f, viewport->WorkSize.y - 16.0f));
    ImGui::Begin(Tr("keys.title"), &ui.Prefs->ShowShortcuts,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
        for (const auto& row : kRows) {
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(row[0]);
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(Tr(row[1]));
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

} // namespace ng
