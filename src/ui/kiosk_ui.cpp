// Kiosk mode (docs/design.md §3): touch first. Two big sliders, the scenario buttons and "start tour",
// all at least 48 px tall and in the lower half of the screen; no text entry, no links, no
// settings. Over it, the idle countdown with "keep exploring", or the attract loop's "touch to
// explore" prompt.
#include "content/i18n.h"
#include "io/scenario.h"
#include "model/param_registry.h"
#include "session/challenge.h"
#include "ui_root.h"
#include "ui_style.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ng {

static const float kMinTouchPixels = kKioskRow; // above the 48 px minimum, with room to spare

bool BeginKioskBox(UiContext& ui, const char* name) {
    const Box& box = ui.Layout.Kiosk;
    if (box.Empty()) return false;
    ImGui::PushStyleVar(
        ImGuiStyleVar_FramePadding,
        ImVec2(ImGui::GetFontSize() * 0.6f, std::max(6.0f, (kMinTouchPixels - ImGui::GetFontSize()) * 0.5f)));
    ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, kMinTouchPixels);
    ImGui::SetNextWindowPos(ImVec2(box.X, box.Y));
    ImGui::SetNextWindowSize(ImVec2(box.W, box.H));
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoScrollWithMouse);
    DragToScroll(); // a small screen may not hold every button
    return true;
}

void EndKioskBox() {
    ImGui::End();
    ImGui::PopStyleVar(2);
}

void KioskSlider(UiContext& ui, const char* name, const char* unit) {
    const ParamInfo* p = FindParam(name);
    char key[64], id[64], widget[64];
    std::snprintf(key, sizeof(key), "param.%s", name);
    std::snprintf(id, sizeof(id), "##kiosk_%s", name);
    std::snprintf(widget, sizeof(widget), "kiosk.%s", name);
    ImGui::TextUnformatted(TrOr(key, p->Label));
    float v = (float)GetParam(*ui.Plan, *p);
    ImGui::SetNextItemWidth(-1.0f);
    if (NumberSlider(id, &v, (float)p->Min, (float)p->Max, 0, unit))
        ui.Commands->Push(CommandType::SetParam, name, std::round(v));
    NoteWidget(ui, widget);
}

static void CountdownOverlay(UiContext& ui) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.3f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::Begin("##countdown", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoDecoration |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
    ImGui::PushFont(ui.Fonts->Large);
    ImGui::TextUnformatted(Tr("kiosk.still_there"));
    ImGui::PopFont();
    ImGui::Text("%s",
                TrFormat("kiosk.resetting_in", {std::to_string((int)std::ceil(ui.KioskCountdown))}).c_str());
    if (TargetButton(Tr("kiosk.keep_exploring"), ImVec2(-1.0f, 0.0f))) {
    } // any touch resumes (the app sees it)
    NoteWidget(ui, "kiosk.keep_exploring");
    ImGui::End();
}

static void AttractPrompt(UiContext& ui) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // Gentle pulse so the prompt draws the eye without flashing.
    float pulse = 0.75f + 0.25f * std::sin((float)ImGui::GetTime() * 2.5f);
    // At the top: the tour's caption bar holds the bottom of the screen.
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.04f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowBgAlpha(0.85f * pulse);
    ImGui::Begin("##attract", nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoDecoration |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs);
    ImGui::PushFont(ui.Fonts->Large);
    ImGui::TextUnformatted(Tr("kiosk.touch_to_explore"));
    ImGui::PopFont();
    ImGui::End();
}

// The scenarios two to a row, "start the tour", then the challenge across the row.
static void ScenarioButtons(UiContext& ui) {
    float width = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    for (int i = 0; i < ScenarioCount(); i++) {
        const char* id = ScenarioIdAt(i);
        char key[64], widget[64];
        std::snprintf(key, sizeof(key), "scenario.%s", id);
        std::snprintf(widget, sizeof(widget), "kiosk.scenario.%s", id);
        bool current = std::string(ui.ScenarioId) == id;
        ImGui::PushID(id);
        if (ChoiceButton(Tr(key), current, ImVec2(width, 0.0f)))
            ui.Commands->Push(CommandType::LoadScenario, id);
        ImGui::PopID();
        NoteWidget(ui, widget);
        if (i % 2 == 0) ImGui::SameLine();
    }
    if (TargetButton(Tr("kiosk.start_tour"), ImVec2(width, 0.0f))) ui.Commands->Push(CommandType::TourStart);
    NoteWidget(ui, "kiosk.start_tour");
    if (TargetButton(Tr("kiosk.challenge"), ImVec2(-1.0f, 0.0f)))
        ui.Commands->Push(CommandType::Challenge, "open");
    NoteWidget(ui, "kiosk.challenge");
}

void DrawKioskUi(UiContext& ui) {
    if (ui.KioskPhase == 2) {
        AttractPrompt(ui);
        return;
    }
    if (ui.TourActive) { // the visitor's tour: its caption bar and buttons take the lower half
        if (ui.KioskPhase == 1) CountdownOverlay(ui);
        return;
    }
    if (ui.KioskChallenge && ui.KioskChallenge->IsOpen) { // the challenge takes the controls' place
        DrawKioskChallenge(ui, *ui.KioskChallenge);
        if (ui.KioskPhase == 1) CountdownOverlay(ui);
        return;
    }
    if (!BeginKioskBox(ui, "##kiosk")) return;
    // Side by side where two columns of buttons stay readable, else the sliders above the buttons
    // (the layout gave the box the height for either).
    bool wide = ui.Layout.KioskColumns;
    if (wide && ImGui::BeginTable("kiosk", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("controls", ImGuiTableColumnFlags_WidthStretch, 0.5f);
        ImGui::TableSetupColumn("scenarios", ImGuiTableColumnFlags_WidthStretch, 0.5f);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        KioskSlider(ui, "intensity", " % 1RM");
        KioskSlider(ui, "recovery", " h");
        ImGui::TableSetColumnIndex(1);
        ScenarioButtons(ui);
        ImGui::EndTable();
    } else if (!wide) {
        KioskSlider(ui, "intensity", " % 1RM");
        KioskSlider(ui, "recovery", " h");
        ScenarioButtons(ui);
    }
    EndKioskBox();
    if (ui.KioskPhase == 1) CountdownOverlay(ui);
}

} // namespace ng
