// Compare mode over the scene (issue 14): A and B each in its own pane with a badge naming the
// programme, or, where two scenes would be too small to read, one scene with an A | B switch and
// the hidden programme's new-neuron counter (docs/layout.md, "Compare").
#include "compare_ui.h"
#include "content/i18n.h"
#include "imgui.h"
#include "scene_overlay.h"
#include "session/session.h"
#include "ui_context.h"
#include "ui_state.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <cstdio>

namespace ng {

// A legible scene needs about 20 lines of text across and 16 down (the four titles with their
// status lines, the vessel between them).
static const float kPaneMinWidthLines = 20.0f, kPaneMinHeightLines = 16.0f;

SceneSplit ChooseSceneSplit(const UiContext& ui, const Box& free) {
    if (!CompareOf(ui)) return SceneSplit::None;
    float font = ImGui::GetFontSize();
    float min_w = kPaneMinWidthLines * font, min_h = kPaneMinHeightLines * font;
    if (free.W >= free.H && free.W * 0.5f >= min_w && free.H >= min_h) return SceneSplit::SideBySide;
    if (free.H > free.W && free.H * 0.5f >= min_h && free.W >= min_w) return SceneSplit::Stacked;
    return SceneSplit::None;
}

float SceneTopRoom(SceneSplit split) {
    float font = ImGui::GetFontSize();
    if (split != SceneSplit::None) return font * 1.9f; // a badge
    const ImGuiStyle& style = ImGui::GetStyle();       // the switch: its buttons and a line
    return TargetSize("A").y + style.ItemSpacing.y + font + 2.0f * style.WindowPadding.y + font * 0.4f;
}

static std::string ProgrammeName(const UiContext& ui, bool b) {
    std::string source = b ? CompareOf(ui)->Source : ui.ScenarioId;
    if (source == "copy") return Tr("scene.pane.copy");
    if (source.empty()) return Tr("scene.pane.custom");
    return ScenarioName(source);
}

// "B · Balanced programme" at the top-left of a pane, in the programme's colour (B as dashed in
// the lab: the lab's second series colour).
static Box DrawBadge(const UiContext& ui, const ScenePane& pane, float ratio) {
    char text[160];
    std::snprintf(text, sizeof(text), "%s \xC2\xB7 %s", Tr(pane.IsB ? "scene.pane.b" : "scene.pane.a"),
                  ProgrammeName(ui, pane.IsB).c_str());
    float size = ImGui::GetFontSize();
    ImVec2 pad(size * 0.4f, size * 0.2f);
    ImVec2 pos(pane.X / ratio + size * 0.5f, pane.Y / ratio + size * 0.4f);
    ImVec2 text_size = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0.0f, text);
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    ImVec2 max(pos.x + text_size.x + 2.0f * pad.x, pos.y + text_size.y + 2.0f * pad.y);
    draw->AddRectFilled(pos, max, pane.IsB ? IM_COL32(40, 70, 110, 225) : IM_COL32(90, 60, 40, 225),
                        size * 0.3f);
    draw->AddText(ImGui::GetFont(), size, ImVec2(pos.x + pad.x, pos.y + pad.y), IM_COL32(250, 246, 255, 255),
                  text);
    Box box;
    box.X = pos.x, box.Y = pos.y, box.W = max.x - pos.x, box.H = max.y - pos.y;
    return box;
}

// One scene: [A] [B] buttons at the top-left, then the hidden programme's counter.
static Box DrawSwitch(UiContext& ui, const SceneRenderer& scene) {
    float size = ImGui::GetFontSize();
    bool showing_b = scene.Pane(0).IsB;
    ImGui::SetNextWindowPos(ImVec2(ui.Layout.Scene.X + size * 0.4f, ui.Layout.Scene.Y + size * 0.4f));
    ImGui::SetNextWindowBgAlpha(0.8f);
    ImGui::Begin("##scene_switch", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing);
    for (int i = 0; i < 2; i++) {
        bool b = i == 1;
        if (b) ImGui::SameLine();
        char label[160];
        std::snprintf(label, sizeof(label), "%s \xC2\xB7 %s###scene.show_%s",
                      Tr(b ? "scene.pane.b" : "scene.pane.a"), ProgrammeName(ui, b).c_str(), b ? "b" : "a");
        if (ChoiceButton(label, showing_b == b)) ui.State->Explore.SceneShowsB = b;
        NoteWidget(ui, b ? "scene.show_b" : "scene.show_a");
    }
    // The other programme's counter stays in view: "B: 1,234 cells born · 56 matured".
    const SceneContent& other = showing_b ? scene.Content(false) : scene.Content(true);
    char status[128];
    StationStatus(other, Station::Hippocampus, status, sizeof(status));
    if (status[0]) ImGui::Text("%s: %s", Tr(showing_b ? "scene.pane.a" : "scene.pane.b"), status);
    Box box = CurrentWindowBox();
    ImGui::End();
    return box;
}

std::vector<Box> DrawPaneBadges(UiContext& ui, const SceneRenderer& scene) {
    std::vector<Box> boxes;
    if (!CompareOf(ui)) return boxes;
    if (scene.PaneCount() == 1) {
        boxes.push_back(DrawSwitch(ui, scene));
        return boxes;
    }
    for (int i = 0; i < scene.PaneCount(); i++)
        boxes.push_back(DrawBadge(ui, scene.Pane(i), scene.PixelRatio()));
    return boxes;
}

} // namespace ng
