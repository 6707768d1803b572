// The Training panel: the two headline sliders (Intensity, Recovery) and sessions per week,
// further protocol inputs, the contested-science switches and the scenario presets.
#include "compare_ui.h"
#include "content/i18n.h"
#include "io/scenario.h"
#include "model/param_registry.h"
#include "model/simulation.h"
#include "plot_format.h"
#include "timeline_bar.h"
#include "ui_root.h"
#include "ui_style.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <cmath>
#include <cstdio>

namespace ng {

// "param.<name>" and "param.<name>.help" translate the registry's English label and help.
static const char* ParamLabel(const ParamInfo& p) {
    char key[64];
    std::snprintf(key, sizeof(key), "param.%s", p.Name);
    return TrOr(key, p.Label);
}

static const char* ParamHelp(const ParamInfo& p) {
    char key[64];
    std::snprintf(key, sizeof(key), "param.%s.help", p.Name);
    return TrOr(key, p.Help);
}

// Shown while the pointer rests on the control, and on touch screens (no hover) while a finger
// moves it.
static void HelpTooltip(const ParamInfo& p) {
    if (!ImGui::IsItemHovered() && !ImGui::IsItemActive()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::TextUnformatted(ParamHelp(p));
    ImGui::TextDisabled("%s %s", Tr("training.source"), p.Source);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// One control for a registry parameter: slider, checkbox or choice. Changes become commands.
// Sliders show `decimals` decimals (NumberSlider) and `unit` as given (" h", " % 1RM").
static void ParamControl(UiContext& ui, const char* name, int decimals, const char* unit) {
    const ParamInfo* p = FindParam(name);
    double value = GetParam(*ui.Plan, *p);
    char id[64];
    std::snprintf(id, sizeof(id), "##%s", name);
    char widget[64];
    std::snprintf(widget, sizeof(widget), "training.%s", name);
    bool changed = false;
    if (p->Kind == ParamKind::Bool) {
        bool on = value != 0.0;
        char label[160];
        std::snprintf(label, sizeof(label), "%s%s", ParamLabel(*p), id);
        changed = ImGui::Checkbox(label, &on);
        value = on ? 1.0 : 0.0;
    } else {
        ImGui::TextUnformatted(ParamLabel(*p));
        ImGui::SetNextItemWidth(-1.0f);
        if (p->Kind == ParamKind::Choice) {
            int choice = (int)value;
            char key[96];
            std::snprintf(key, sizeof(key), "param.%s.%s", p->Name, p->Choices[choice]);
            if (ImGui::BeginCombo(id, TrOr(key, p->Choices[choice]))) {
                for (int i = 0; i < p->ChoiceCount; i++) {
                    std::snprintf(key, sizeof(key), "param.%s.%s", p->Name, p->Choices[i]);
                    if (ImGui::Selectable(TrOr(key, p->Choices[i]), i == choice, 0,
                                          ImVec2(0.0f, MinTarget())))
                        value = i, changed = true;
                }
                ImGui::EndCombo();
            }
        } else if (p->Kind == ParamKind::Integer) {
            int v = (int)value;
            changed = ImGui::SliderInt(id, &v, (int)p->Min, (int)p->Max, "%d", ImGuiSliderFlags_AlwaysClamp);
            value = v;
        } else {
            float v = (float)value;
            changed = NumberSlider(id, &v, (float)p->Min, (float)p->Max, decimals, unit);
            value = v;
        }
    }
    NoteWidget(ui, widget);
    HelpTooltip(*p);
    if (changed) PushParamChange(ui, name, value, EditingB(ui));
}

// "<what> 700 / day (+12 %)"; the change is left out when it is not a number. Numbers as the lab
// prints them (FormatNumber: "1 520", "0,5" in Spanish).
static void RateLine(const char* key, double per_day, double change_pct) {
    if (!std::isfinite(per_day)) return;
    char number[48];
    if (std::isfinite(change_pct)) {
        char change[48];
        FormatNumber(per_day, 0, false, number, sizeof(number));
        FormatNumber(std::fabs(change_pct), 0, false, change, sizeof(change));
        ImGui::Text("%s %s / %s (%s%s %%)", Tr(key), number, Tr("training.per_day"),
                    change_pct >= 0.0 ? "+" : "\xE2\x88\x92", change);
    } else {
        FormatNumber(per_day, 1, false, number, sizeof(number));
        ImGui::Text("%s %s / %s", Tr(key), number, Tr("training.per_day"));
    }
}

static void StatusLine(const UiContext& ui) {
    ImGui::PushTextWrapPos(0.0f);
    static const char* kStatusKeys[] = {"status.fresh", "status.functional", "status.nonfunctional",
                                        "status.syndrome"};
    static const ImVec4 kStatusColors[] = {ImVec4(0.0f, 0.62f, 0.45f, 1.0f), ImVec4(0.90f, 0.62f, 0.0f, 1.0f),
                                           ImVec4(0.84f, 0.37f, 0.0f, 1.0f),
                                           ImVec4(0.84f, 0.20f, 0.10f, 1.0f)};
    static const char* kStatusIcons[] = {"\xE2\x9C\x93", "!", "!!", "\xE2\x9C\x97"};
    int status = (int)ui.Sim->Status();
    ImGui::TextColored(kStatusColors[status], "%s %s", kStatusIcons[status], Tr(kStatusKeys[status]));
    // Cells born answer within weeks; in people they mature months later (docs/model.md).
    RateLine("training.cells_born", ui.Sim->CellsBornPerDay(), ui.Sim->CellsBornVsSedentaryPct());
    double per_day = ui.Sim->NewNeuronsPerDay(), baseline = ui.Sim->BaselineNewNeuronsPerDay();
    RateLine("training.new_neurons", per_day, baseline > 1.0 ? (per_day / baseline - 1.0) * 100.0 : NAN);
    ImGui::PopTextWrapPos();
}

static void ScenarioButtons(UiContext& ui) {
    float width = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    for (int i = 0; i < ScenarioCount(); i++) {
        const char* id = ScenarioIdAt(i);
        char key[64], label[128], widget[64];
        std::snprintf(key, sizeof(key), "scenario.%s", id);
        std::snprintf(label, sizeof(label), "%d  %s##%s", i + 1, Tr(key), id);
        std::snprintf(widget, sizeof(widget), "scenario.%s", id);
        bool current = std::string(ui.ScenarioId) == id;
        if (ChoiceButton(label, current, ImVec2(width, 0.0f)))
            ui.Commands->Push(CommandType::LoadScenario, id);
        NoteWidget(ui, widget);
        if (!ui.Touch && ImGui::IsItemHovered()) {
            std::snprintf(key, sizeof(key), "scenario.%s.tip", id);
            ImGui::SetTooltip("%s", Tr(key));
        }
        if (i % 2 == 0 && i + 1 < ScenarioCount()) ImGui::SameLine();
    }
}

void DrawTrainingPanel(UiContext& ui) {
    const Box& box = ui.Layout.Training;
    if (box.Empty()) return;
    // A side column: fixed width, the height follows the content (measured last frame) up to the
    // column's, and only then scrolls. A compact sheet keeps its whole box.
    float& content_height = ui.State->TrainingContentHeight;
    float max_height = box.H;
    float height =
        content_height > 0.0f && !ui.Layout.Compact ? std::fmin(content_height, max_height) : max_height;
    ImGui::SetNextWindowPos(ImVec2(box.X, box.Y));
    ImGui::SetNextWindowSize(ImVec2(box.W, height));
    char title[96];
    std::snprintf(title, sizeof(title), "%s###training", Tr("training.title"));
    ImGui::Begin(title, nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings |
                     (content_height <= max_height ? ImGuiWindowFlags_NoScrollbar : 0));
    DragToScroll();
    UiContext target = TrainingTarget(ui); // A, or B while comparing and B is chosen

    ParamControl(target, "intensity", 0, " % 1RM");
    double intensity = GetParam(*target.Plan, *FindParam("intensity"));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled(
        "%s", TrFormat("training.reps_hint", {std::to_string(RepsForIntensity(intensity))}).c_str());
    ImGui::PopTextWrapPos();
    ParamControl(target, "recovery", 0, " h");
    ParamControl(target, "sessions", 0, "");
    StatusLine(target);

    if (ImGui::CollapsingHeader(Tr("training.more"))) {
        ParamControl(target, "sets", 0, "");
        ParamControl(target, "reps", 0, "");
        ParamControl(target, "rest", 1, " min");
        ParamControl(target, "form", 2, "");
        ParamControl(target, "age", 0, "");
        ParamControl(target, "exercise", 0, "");
    }
    NoteWidget(ui, "training.more");
    if (ImGui::CollapsingHeader(Tr("training.science"))) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", Tr("training.science_intro"));
        ImGui::PopTextWrapPos();
        static const char* kSwitches[] = {"bdnf_transport", "neurogenesis", "irisin",
                                          "cathepsin_b",    "block_igf1",   "block_vegf"};
        for (const char* name : kSwitches) {
            ParamControl(target, name, 0, "");
            const ParamInfo* p = FindParam(name);
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextDisabled("%s [%s]", ParamHelp(*p), p->Source);
            ImGui::PopTextWrapPos();
        }
    }
    NoteWidget(ui, "training.science");
    ImGui::Separator();
    ImGui::TextUnformatted(Tr("training.scenarios"));
    ScenarioButtons(ui);
    content_height =
        ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y - ImGui::GetStyle().ItemSpacing.y;
    ImGui::End();
}

} // namespace ng
