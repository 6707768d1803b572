// The bar across the top: title, the clock of simulated time, time controls (PhET style: play /
// pause, step, speed, reset all) and the buttons that open the other panels. Where they do not
// all fit, the rarely used ones move into a menu (☰); on a phone the time controls take a second
// row, so they stay in reach (docs/layout.md).
#include "content/i18n.h"
#include "landscape_panel.h"
#include "model/simulation.h"
#include "session/sim_clock.h"
#include "ui_root.h"
#include "ui_style.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <algorithm>
#include <cstdio>

namespace ng {

static const char* kMenuIcon = "\xE2\x89\xA1";  // ≡ (in the UI font's symbol ranges)
static const char* kResetIcon = "\xE2\x86\xBA"; // ↺

static float ButtonWidth(const char* text) {
    return TargetSize(text).x + ImGui::GetStyle().ItemSpacing.x;
}

// The speed box shows the short name of the speed ("1 day/s"); its list, the full names.
static const char* ShortSpeedName(int stop) {
    char key[48];
    std::snprintf(key, sizeof(key), "speed.%s.short", SpeedStopAt(stop).Id);
    return TrOr(key, SpeedStopAt(stop).Label);
}

static float SpeedWidth() {
    float widest = 0.0f;
    for (int i = 0; i < SpeedStopCount(); i++)
        widest = std::max(widest, ImGui::CalcTextSize(ShortSpeedName(i)).x);
    return std::max(widest + ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2.0f, MinTarget());
}

static void PlayPauseLabel(const UiContext& ui, char* out, int out_size) {
    std::snprintf(out, out_size, "%s###playpause", ui.Clock->Paused ? Tr("time.play") : Tr("time.pause"));
}

static void PlayPauseButton(UiContext& ui) {
    char label[96];
    PlayPauseLabel(ui, label, sizeof(label));
    if (TargetButton(label)) ui.Commands->Push(CommandType::TogglePause);
    NoteWidget(ui, "time.playpause");
}

// Play/pause, step and speed (and Reset all where asked): the controls a class needs at hand.
static void TimeControls(UiContext& ui, float speed_w, const char* reset_label) {
    speed_w = std::max(speed_w, SpeedWidth());
    char label[96];
    PlayPauseButton(ui);
    ImGui::SameLine();
    ImGui::BeginDisabled(!ui.Clock->Paused);
    if (TargetButton(Tr("time.step"))) ui.Commands->Push(CommandType::Step);
    NoteWidget(ui, "time.step");
    ImGui::EndDisabled();
    if (!ui.Touch && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", Tr("time.step_tip"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(speed_w);
    char speed_key[48];
    if (ImGui::BeginCombo("##speed", ShortSpeedName(ui.Clock->Speed))) {
        for (int i = 0; i < SpeedStopCount(); i++) {
            std::snprintf(speed_key, sizeof(speed_key), "speed.%s", SpeedStopAt(i).Id);
            if (ImGui::Selectable(TrOr(speed_key, SpeedStopAt(i).Label), i == ui.Clock->Speed, 0,
                                  ImVec2(0.0f, MinTarget())))
                ui.Commands->Push(CommandType::SetSpeed, "", i);
        }
        ImGui::EndCombo();
    }
    NoteWidget(ui, "time.speed");
    if (!ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("time.speed_tip"));
    if (!reset_label) return;
    ImGui::SameLine();
    std::snprintf(label, sizeof(label), "%s###reset", reset_label);
    if (TargetButton(label)) ui.Commands->Push(CommandType::ResetAll);
    NoteWidget(ui, "time.reset_all");
    if (!ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("time.reset_all_tip"));
}

// The ☰ button and its menu: each entry a full-width button (touch-sized on touch screens).
static void MenuButton(UiContext& ui, bool with_reset) {
    if (TargetButton(kMenuIcon)) ImGui::OpenPopup("##menu");
    NoteWidget(ui, "bar.menu");
    ImVec2 below(ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y + 4.0f);
    ImGui::SetNextWindowPos(below, ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    if (!ImGui::BeginPopup("##menu")) return;
    float width = ImGui::GetFontSize() * 12.0f;
    auto entry = [&](const char* label, const char* widget) {
        bool pressed = TargetButton(label, ImVec2(width, 0.0f));
        NoteWidget(ui, widget);
        if (pressed) ImGui::CloseCurrentPopup();
        return pressed;
    };
    if (with_reset && entry(Tr("time.reset_all"), "menu.reset_all")) ui.Commands->Push(CommandType::ResetAll);
    if (entry(Tr("bar.tour"), "menu.tour")) ui.Commands->Push(CommandType::TourStart);
    if (entry(Tr("menu.landscape"), "menu.landscape")) ToggleLandscape(ui);
    if (entry(Tr("bar.questions"), "menu.questions")) ui.Commands->Push(CommandType::Question, "open");
    if (ui.Mode != AppMode::Kiosk && entry(Tr("bar.guide"), "menu.guide"))
        ui.Commands->Push(CommandType::OpenGuide);
    if (entry(Tr("bar.preferences"), "menu.preferences"))
        ui.Prefs->ShowPreferences = !ui.Prefs->ShowPreferences;
    if (!ui.Touch && entry(Tr("bar.shortcuts_tip"), "menu.shortcuts"))
        ui.Prefs->ShowShortcuts = !ui.Prefs->ShowShortcuts;
    ImGui::EndPopup();
}

void BeginEdgeBar(const char* name, const Box& box) {
    ImGui::SetNextWindowPos(ImVec2(box.X, box.Y));
    ImGui::SetNextWindowSize(ImVec2(box.W, box.H));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding,
                        ImVec2(ImGui::GetFontSize() * 0.5f, ImGui::GetFontSize() * 0.3f));
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar(2);
}

float CompactTopBarWidth(const UiContext& ui) {
    char clock[96], label[96];
    FormatSimTime(ui.Sim->TimeHours(), clock, sizeof(clock));
    PlayPauseLabel(ui, label, sizeof(label));
    const ImGuiStyle& style = ImGui::GetStyle();
    return ImGui::CalcTextSize(clock).x + ImGui::GetFontSize() * 0.8f + ButtonWidth(label) +
           ButtonWidth(Tr("time.step")) + SpeedWidth() + style.ItemSpacing.x + ButtonWidth(kMenuIcon) +
           ImGui::GetFontSize();
}

// Phones and portrait screens: the clock and the menu; the time controls beside them or, when
// that does not fit, on a second row (during the tour only play/pause, beside the clock).
static void DrawCompactTopBar(UiContext& ui) {
    BeginEdgeBar("##topbar", ui.Layout.TopBar);
    const ImGuiStyle& style = ImGui::GetStyle();
    float row_h = ImGui::GetFrameHeight();
    char clock[96];
    FormatSimTime(ui.Sim->TimeHours(), clock, sizeof(clock));
    float top = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(top + (std::max(row_h, MinTarget()) - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::TextUnformatted(clock);
    float right = ImGui::GetWindowContentRegionMax().x - TargetSize(kMenuIcon).x;
    if (ui.Layout.TopBarRows == 1) {
        ImGui::SameLine(0.0f, ImGui::GetFontSize() * 0.8f);
        ImGui::SetCursorPosY(top);
        if (ui.Layout.TopBarFull) {
            TimeControls(ui, SpeedWidth(), nullptr);
        } else { // the tour: it sets the speed; pausing stays at hand
            PlayPauseButton(ui);
        }
    }
    ImGui::SameLine(right);
    ImGui::SetCursorPosY(top);
    MenuButton(ui, true);
    if (ui.Layout.TopBarRows == 2) {
        ImGui::SetCursorPosY(top + std::max(row_h, MinTarget()) + style.ItemSpacing.y);
        char label[96];
        PlayPauseLabel(ui, label, sizeof(label));
        float speed_w = ImGui::GetContentRegionAvail().x - ButtonWidth(label) - ButtonWidth(Tr("time.step"));
        TimeControls(ui, std::max(speed_w, SpeedWidth()), nullptr);
    }
    ImGui::End();
}

static void DrawWideTopBar(UiContext& ui) {
    BeginEdgeBar("##topbar", ui.Layout.TopBar);
    float row_h = ImGui::GetContentRegionAvail().y;
    float button_y = (row_h - TargetSize("M").y) * 0.5f + ImGui::GetCursorPosY();

    // What fits: the title goes first, then Reset all keeps only its symbol, then Tour,
    // Preferences and the shortcut sheet move into the menu.
    char clock[96], label[96];
    FormatSimTime(ui.Sim->TimeHours(), clock, sizeof(clock));
    PlayPauseLabel(ui, label, sizeof(label));
    ImGui::PushFont(ui.Fonts->Large);
    float title_w = ImGui::CalcTextSize("NeuroGains").x + ImGui::GetFontSize() * 0.8f;
    float clock_w = ImGui::CalcTextSize(clock).x + ImGui::GetFontSize() * 1.2f;
    ImGui::PopFont();
    float font = ImGui::GetFontSize();
    float full_panels_w = ButtonWidth(Tr("bar.lab")) + ButtonWidth(Tr("bar.landscape")) +
                          ButtonWidth(Tr("bar.tour")) + ButtonWidth(Tr("bar.questions")) +
                          ButtonWidth(Tr("bar.preferences")) + ButtonWidth("?");
    float menu_panels_w = ButtonWidth(Tr("bar.lab")) + ButtonWidth(kMenuIcon);
    float time_w = ButtonWidth(label) + ButtonWidth(Tr("time.step")) + SpeedWidth() +
                   ImGui::GetStyle().ItemSpacing.x + ButtonWidth(Tr("time.reset_all"));
    float narrow_time_w = time_w - ButtonWidth(Tr("time.reset_all")) + ButtonWidth(kResetIcon);
    float available = ImGui::GetContentRegionAvail().x;
    bool show_title = title_w + clock_w + time_w + full_panels_w <= available;
    bool narrow = clock_w + time_w + full_panels_w > available;
    if (narrow) time_w = narrow_time_w;
    bool menu = clock_w + time_w + full_panels_w > available;
    float panels_w = menu ? menu_panels_w : full_panels_w;
    bool large_clock = clock_w + time_w + panels_w <= available;

    // Title and clock (large: it is read from the back of the room).
    ImGui::PushFont(large_clock ? ui.Fonts->Large : ImGui::GetFont());
    float text_y = (row_h - ImGui::GetTextLineHeight()) * 0.5f + ImGui::GetCursorPosY();
    if (show_title) {
        ImGui::SetCursorPosY(text_y);
        ImGui::TextColored(ImVec4(0.90f, 0.62f, 0.0f, 1.0f), "NeuroGains");
        ImGui::SameLine(0.0f, ImGui::GetFontSize() * 0.8f);
    }
    ImGui::SetCursorPosY(text_y);
    ImGui::TextUnformatted(clock);
    ImGui::PopFont();

    ImGui::SameLine(0.0f, font * 1.2f);
    ImGui::SetCursorPosY(button_y);
    TimeControls(ui, SpeedWidth(), narrow ? kResetIcon : Tr("time.reset_all"));

    // Panels, right-aligned.
    float right = ImGui::GetWindowContentRegionMax().x - (panels_w - ImGui::GetStyle().ItemSpacing.x);
    ImGui::SameLine(right > ImGui::GetCursorPosX() ? right : 0.0f);
    ImGui::SetCursorPosY(button_y);
    if (ChoiceButton(Tr("bar.lab"), ui.Prefs->ShowLab)) ui.Prefs->ShowLab = !ui.Prefs->ShowLab;
    NoteWidget(ui, "bar.lab");
    ImGui::SameLine();
    if (menu) {
        MenuButton(ui, false);
        ImGui::End();
        return;
    }
    if (ChoiceButton(Tr("bar.landscape"), LandscapeShown(ui))) ToggleLandscape(ui);
    NoteWidget(ui, "bar.landscape");
    ImGui::SameLine();
    if (TargetButton(Tr("bar.tour"))) ui.Commands->Push(CommandType::TourStart);
    NoteWidget(ui, "bar.tour");
    ImGui::SameLine();
    if (TargetButton(Tr("bar.questions"))) ui.Commands->Push(CommandType::Question, "open");
    NoteWidget(ui, "bar.questions");
    ImGui::SameLine();
    if (ChoiceButton(Tr("bar.preferences"), ui.Prefs->ShowPreferences))
        ui.Prefs->ShowPreferences = !ui.Prefs->ShowPreferences;
    NoteWidget(ui, "bar.preferences");
    ImGui::SameLine();
    if (ChoiceButton("?", ui.Prefs->ShowShortcuts)) ui.Prefs->ShowShortcuts = !ui.Prefs->ShowShortcuts;
    NoteWidget(ui, "bar.shortcuts");
    if (!ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("bar.shortcuts_tip"));
    ImGui::End();
}

void DrawTopBar(UiContext& ui) {
    if (ui.Layout.TopBar.Empty()) return;
    if (ui.Layout.Compact)
        DrawCompactTopBar(ui);
    else
        DrawWideTopBar(ui);
}

} // namespace ng
