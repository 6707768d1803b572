// Preferences: theme (incl. projector), UI scale, reduced motion, language, presenter mode,
// fullscreen and "share this setup".
#include "content/i18n.h"
#include "ui_root.h"
#include "ui_theme.h"
#include "widget_map.h"

namespace ng {

void DrawPreferencesWindow(UiContext& ui) {
    Preferences& p = *ui.Prefs;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    float top = ui.Layout.TopBar.Bottom() + 8.0f;
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, top), ImGuiCond_Always,
                            ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(0.0f, 0.0f), ImVec2(viewport->WorkSize.x - 16.0f, viewport->WorkSize.y - top - 8.0f));
    ImGui::Begin(Tr("prefs.title"), &p.ShowPreferences,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    ImGui::TextUnformatted(Tr("prefs.theme"));
    int theme = (int)p.UiTheme;
    const char* themes[] = {Tr("prefs.theme.dark"), Tr("prefs.theme.light"), Tr("prefs.theme.projector")};
    for (int i = 0; i < 3; i++) {
        if (i > 0) ImGui::SameLine();
        if (ImGui::RadioButton(themes[i], theme == i)) p.UiTheme = (Theme)i;
    }
    NoteWidget(ui, "prefs.theme");
    ImGui::TextUnformatted(Tr("prefs.scale"));
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    // The scale applies when the slider is let go (rebuilding fonts mid-drag would jump).
    float& pending = ui.State->PendingScale;
    if (pending == 0.0f || !ImGui::IsItemActive()) pending = p.UiScale;
    NumberSlider("##scale", &pending, 1.0f, 3.0f, 2, "\xC3\x97"); // "1,25×" in Spanish
    if (ImGui::IsItemDeactivatedAfterEdit()) p.UiScale = pending, p.ScaleChosen = true;
    NoteWidget(ui, "prefs.scale");
    ImGui::Checkbox(Tr("prefs.reduced_motion"), &p.ReducedMotion);
    NoteWidget(ui, "prefs.reduced_motion");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("prefs.reduced_motion_tip"));
    ImGui::TextUnformatted(Tr("prefs.language"));
    for (int i = 0; i < LanguageCount(); i++) {
        if (i > 0) ImGui::SameLine();
        if (ImGui::RadioButton(LanguageAt(i).Native, p.Lang == LanguageAt(i).Code))
            ui.Commands->Push(CommandType::SetLanguage, LanguageAt(i).Code);
        NoteWidget(ui, (std::string("prefs.lang.") + LanguageAt(i).Code).c_str());
    }
    ImGui::Separator();
    bool presenter = ui.Mode == AppMode::Presenter;
    if (ImGui::Checkbox(Tr("prefs.presenter"), &presenter)) ui.Commands->Push(CommandType::TogglePresenter);
    NoteWidget(ui, "prefs.presenter");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("prefs.presenter_tip"));
    if (TargetButton(Tr("prefs.fullscreen"))) ui.Commands->Push(CommandType::ToggleFullscreen);
    NoteWidget(ui, "prefs.fullscreen");
    ImGui::SameLine();
    if (TargetButton(Tr("prefs.share"))) ui.Commands->Push(CommandType::ShareSetup, ShareQuery(ui));
    NoteWidget(ui, "prefs.share");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("prefs.share_tip"));
    ImGui::End();
}

} // namespace ng
