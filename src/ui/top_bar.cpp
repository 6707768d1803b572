// The bar across the top: title, the clock of simulated time, time controls (PhET style: play /
// pause, step, speed, reset all) and the buttons that open the other panels.
#include "app/sim_clock.h"
#include "content/i18n.h"
#include "model/simulation.h"
#include "ui_root.h"
#include "ui_style.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <cstdio>

namespace ng {

static bool ToggleButton(const char* label, bool on, const char* widget) {
    bool pressed = ChoiceButton(label, on);
    NoteWidget(widget);
    return pressed;
}

void DrawTopBar(UiContext& ui) {
    const UiLayout& l = ui.Layout;
    ImGui::SetNextWindowPos(l.TopBarMin);
    ImGui::SetNextWindowSize(ImVec2(l.TopBarMax.x - l.TopBarMin.x, l.TopBarMax.y - l.TopBarMin.y));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                        ImVec2(ImGui::GetFontSize() * 0.5f, ImGui::GetFontSize() * 0.3f));
    ImGui::Begin("##topbar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar(2);
    float row_h = ImGui::GetContentRegionAvail().y;
    float button_y = (row_h - ImGui::GetFrameHeight()) * 0.5f + ImGui::GetCursorPosY();

    // What fits: on narrow windows or at large UI scales the title goes first, then the speed
    // combo narrows and Reset all keeps only its symbol.
    const ImGuiStyle& style = ImGui::GetStyle();
    auto button_w = [&](const char* text) {
        return ImGui::CalcTextSize(text).x + style.FramePadding.x * 2.0f + style.ItemSpacing.x;
    };
    const char* panel_buttons[] = {Tr("bar.lab"), Tr("bar.tour"), Tr("bar.preferences"), "?"};
    float panels_w = 0.0f;
    for (const char* b : panel_buttons) panels_w += button_w(b);
    char clock[96];
    FormatSimTime(ui.Sim->TimeHours(), clock, sizeof(clock));
    ImGui::PushFont(ui.Fonts->Large);
    float title_w = ImGui::CalcTextSize("NeuroGains").x + ImGui::GetFontSize() * 0.8f;
    float clock_w = ImGui::CalcTextSize(clock).x + ImGui::GetFontSize() * 1.2f;
    ImGui::PopFont();
    float font = ImGui::GetFontSize();
    float time_w = button_w(Tr("time.pause")) + button_w(Tr("time.step")) + font * 10.0f +
                   style.ItemSpacing.x + button_w(Tr("time.reset_all"));
    float available = ImGui::GetContentRegionAvail().x;
    bool show_title = title_w + clock_w + time_w + panels_w <= available;
    bool compact = clock_w + time_w + panels_w > available;
    float speed_w = compact ? font * 6.5f : font * 10.0f;
    if (compact) time_w -= font * 3.5f + button_w(Tr("time.reset_all")) - button_w("\xE2\x86\xBA");
    bool large_clock = !compact || clock_w + time_w + panels_w <= available;

    // Title and clock (large: it is read from the back of the room).
    ImGui::PushFont(large_clock ? ui.Fonts->Large : ImGui::GetFont());
    float large_y = (row_h - ImGui::GetTextLineHeight()) * 0.5f + ImGui::GetCursorPosY();
    if (show_title) {
        ImGui::SetCursorPosY(large_y);
        ImGui::TextColored(ImVec4(0.90f, 0.62f, 0.0f, 1.0f), "NeuroGains");
        ImGui::SameLine(0.0f, ImGui::GetFontSize() * 0.8f);
    }
    ImGui::SetCursorPosY(large_y);
    ImGui::TextUnformatted(clock);
    ImGui::PopFont();

    // Time controls.
    ImGui::SameLine(0.0f, font * 1.2f);
    ImGui::SetCursorPosY(button_y);
    char label[96];
    std::snprintf(label, sizeof(label), "%s###playpause",
                  ui.Clock->Paused ? Tr("time.play") : Tr("time.pause"));
    if (ImGui::Button(label)) ui.Commands->Push(CommandType::TogglePause);
    NoteWidget("time.playpause");
    ImGui::SameLine();
    ImGui::BeginDisabled(!ui.Clock->Paused);
    if (ImGui::Button(Tr("time.step"))) ui.Commands->Push(CommandType::Step);
    NoteWidget("time.step");
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", Tr("time.step_tip"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(speed_w);
    char speed_key[48];
    std::snprintf(speed_key, sizeof(speed_key), "speed.%s", SpeedStopAt(ui.Clock->Speed).Id);
    if (ImGui::BeginCombo("##speed", TrOr(speed_key, SpeedStopAt(ui.Clock->Speed).Label))) {
        for (int i = 0; i < SpeedStopCount(); i++) {
            std::snprintf(speed_key, sizeof(speed_key), "speed.%s", SpeedStopAt(i).Id);
            if (ImGui::Selectable(TrOr(speed_key, SpeedStopAt(i).Label), i == ui.Clock->Speed))
                ui.Commands->Push(CommandType::SetSpeed, "", i);
        }
        ImGui::EndCombo();
    }
    NoteWidget("time.speed");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("time.speed_tip"));
    ImGui::SameLine();
    std::snprintf(label, sizeof(label), "%s###reset", compact ? "\xE2\x86\xBA" : Tr("time.reset_all"));
    if (ImGui::Button(label)) ui.Commands->Push(CommandType::ResetAll);
    NoteWidget("time.reset_all");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("time.reset_all_tip"));

    // Panels, right-aligned.
    const char* const* buttons = panel_buttons;
    float right = ImGui::GetWindowContentRegionMax().x - (panels_w - style.ItemSpacing.x);
    ImGui::SameLine(right > ImGui::GetCursorPosX() ? right : 0.0f);
    ImGui::SetCursorPosY(button_y);
    if (ToggleButton(buttons[0], ui.Prefs->ShowLab, "bar.lab")) ui.Prefs->ShowLab = !ui.Prefs->ShowLab;
    ImGui::SameLine();
    if (ToggleButton(buttons[1], false, "bar.tour")) ui.Commands->Push(CommandType::TourStart);
    ImGui::SameLine();
    if (ToggleButton(buttons[2], ui.Prefs->ShowPreferences, "bar.preferences"))
        ui.Prefs->ShowPreferences = !ui.Prefs->ShowPreferences;
    ImGui::SameLine();
    if (ToggleButton(buttons[3], ui.Prefs->ShowShortcuts, "bar.shortcuts"))
        ui.Prefs->ShowShortcuts = !ui.Prefs->ShowShortcuts;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("bar.shortcuts_tip"));
    ImGui::End();
}

} // namespace ng
