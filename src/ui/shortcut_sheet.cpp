// The keyboard shortcut sheet (key ?), docs/design.md §3: the rows of shortcuts.h, then the way
// to the teacher's guide.
#include "content/i18n.h"
#include "shortcuts.h"
#include "ui_root.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <cstdio>

namespace ng {

static void SheetRow(const char* keys, const char* text) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted(keys);
    ImGui::TableSetColumnIndex(1);
    ImGui::TextUnformatted(text);
}

void DrawShortcutSheet(UiContext& ui) {
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
        for (int i = 0; i < ShortcutCount(); i++) {
            const Shortcut& shortcut = ShortcutAt(i);
            if (!shortcut.Keys) continue;
            char keys[32];
            if (shortcut.Key == ShortcutKey::Digit) // "1 – 7": as many digits as scenarios have keys
                std::snprintf(keys, sizeof(keys), "%s%d", shortcut.Keys, ScenarioKeyCount());
            else
                std::snprintf(keys, sizeof(keys), "%s", shortcut.Keys);
            SheetRow(keys, Tr(shortcut.TextKey));
        }
        // Not a shortcut: ImGui's keyboard navigation, which app_input.cpp leaves these keys to.
        SheetRow("\xE2\x86\x91 / \xE2\x86\x93, Space", Tr("keys.navigate")); // ↑ / ↓
        ImGui::EndTable();
    }
    ImGui::Spacing();
    if (TargetButton(Tr("keys.guide"))) ui.Commands->Push(CommandType::OpenGuide);
    NoteWidget(ui, "keys.guide");
    ImGui::End();
}

} // namespace ng
