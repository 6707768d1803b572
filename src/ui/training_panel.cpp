#include "training_panel.h"
#include "app/sim_clock.h"
#include "model/simulation.h"
#include "ui_style.h"
#include "imgui.h"
#include <cmath>
#include <cstdio>

namespace ng {

void FormatSimTime(double hours, char* out, int out_size) {
    static const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    if (!(hours >= 0.0)) hours = 0.0;
    long long minutes = (long long)std::floor(hours * 60.0);
    long long days = minutes / (24 * 60);
    int hh = (int)(minutes / 60 % 24), mm = (int)(minutes % 60);
    std::snprintf(out, out_size, "Week %lld \xC2\xB7 %s \xC2\xB7 %02d:%02d", days / 7 + 1, kDays[days % 7], hh, mm);
}

// A slider bound to a protocol parameter of the registry; returns true when it changed.
static bool ParamSlider(Protocol* plan, const char* name, const char* format) {
    const ParamInfo* param = FindParam(name);
    float value = (float)GetParam(*plan, *param);
    ImGui::TextUnformatted(param->Label);
    ImGui::SetNextItemWidth(-1.0f);
    char id[64];
    std::snprintf(id, sizeof(id), "##%s", name);
    if (!ImGui::SliderFloat(id, &value, (float)param->Min, (float)param->Max, format, ImGuiSliderFlags_AlwaysClamp))
        return false;
    SetParam(plan, *param, value);
    return true;
}

void DrawTrainingPanel(TrainingPanelState* s) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    float margin = ImGui::GetFontSize() * 0.8f;
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + margin, viewport->WorkPos.y + margin), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 19.0f, 0.0f), ImGuiCond_Always);
    ImGui::Begin("Training", nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);

    bool changed = ParamSlider(s->Plan, "intensity", "%.0f %% of 1RM");
    ImGui::TextDisabled("about %d reps per set at this load", RepsForIntensity(GetParam(*s->Plan, *FindParam("intensity"))));
    changed |= ParamSlider(s->Plan, "recovery", "%.0f h between sessions");
    if (changed) s->Sim->SetProtocol(*s->Plan);

    ImGui::Separator();
    char clock[64];
    FormatSimTime(s->Sim->TimeHours(), clock, sizeof(clock));
    ImGui::PushFont(s->Fonts->Large);
    ImGui::TextUnformatted(clock);
    ImGui::PopFont();
    if (ImGui::Button(s->Clock->Paused ? "\xE2\x96\xB6 Play" : "\xE2\x80\x96 Pause")) s->Clock->Paused = !s->Clock->Paused;
    ImGui::SameLine();
    ImGui::BeginDisabled(!s->Clock->Paused);
    if (ImGui::Button("Step")) s->StepRequested = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##speed", SpeedStopAt(s->Clock->Speed).Label)) {
        for (int i = 0; i < SpeedStopCount(); i++)
            if (ImGui::Selectable(SpeedStopAt(i).Label, i == s->Clock->Speed)) s->Clock->SetSpeed(i);
        ImGui::EndCombo();
    }
    ImGui::End();
}

} // namespace ng
