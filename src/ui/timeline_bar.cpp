// The timeline under the scene: see timeline_bar.h.
#include "timeline_bar.h"
#include "content/i18n.h"
#include "session/session.h"
#include "ui_root.h"
#include "ui_state.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace ng {

static const char* kConfirmPopup = "###timeline_confirm";

WeekStep ComputeWeekStep(double day, double first, double furthest, int direction) {
    WeekStep step;
    if (direction == 0 || !std::isfinite(day)) return step;
    if (direction > 0 && day >= furthest - 1e-6) {
        step.Advance = 7.0;
        return step;
    }
    step.Seek = true;
    step.Day = std::clamp(day + (direction > 0 ? 7.0 : -7.0), first, furthest);
    return step;
}

static double CurrentDay(const Session& run) {
    return run.Sim->TimeHours() / 24.0;
}

void PushWeekStep(const Session& run, CommandQueue* commands, int direction) {
    WeekStep step = ComputeWeekStep(CurrentDay(run), run.FirstDay(), run.FurthestDay(), direction);
    if (step.Seek) commands->Push(CommandType::Seek, "", step.Day);
    if (step.Advance > 0.0) commands->Push(CommandType::AdvanceDays, "", step.Advance);
}

void PushParamChange(UiContext& ui, const char* name, double value, bool b) {
    CommandType type = b ? CommandType::SetParamB : CommandType::SetParam;
    if (!ui.Run || !ui.Run->HasFuture()) {
        ui.Commands->Push(type, name, value);
        return;
    }
    PendingChange& p = ui.State->Pending; // asked in DrawTimelineBar, next frame
    p.Active = true, p.B = b, p.Name = name, p.Value = value;
}

// "continue from here?": yes applies the change (the session discards the later weeks), no drops it.
static void DrawConfirm(UiContext& ui) {
    PendingChange& p = ui.State->Pending;
    if (p.Active && !ui.Run->HasFuture()) p = PendingChange{}; // the future went meanwhile (a reset)
    if (p.Active && !ImGui::IsPopupOpen(kConfirmPopup)) ImGui::OpenPopup(kConfirmPopup);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.5f),
                            ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(
        ImVec2(0.0f, 0.0f), ImVec2(std::min(viewport->WorkSize.x - 16.0f, ImGui::GetFontSize() * 26.0f),
                                   viewport->WorkSize.y - 16.0f));
    std::string title = std::string(Tr("timeline.confirm_title")) + kConfirmPopup;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr,
                                ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                    ImGuiWindowFlags_NoMove))
        return;
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::TextUnformatted(Tr("timeline.confirm_text"));
    ImGui::PopTextWrapPos();
    bool yes = TargetButton(Tr("timeline.confirm_yes"));
    NoteWidget(ui, "timeline.confirm_yes");
    ImGui::SameLine();
    bool no = TargetButton(Tr("timeline.confirm_no"));
    NoteWidget(ui, "timeline.confirm_no");
    if (!p.Active) no = true; // dropped meanwhile (a reset)
    if (yes) ui.Commands->Push(p.B ? CommandType::SetParamB : CommandType::SetParam, p.Name, p.Value);
    if (yes || no) {
        p = PendingChange{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void DrawTimelineBar(UiContext& ui) {
    if (!ui.Run) return;
    DrawConfirm(ui);
    const Box& box = ui.Layout.Timeline;
    if (box.Empty()) return;
    const Session& run = *ui.Run;
    BeginEdgeBar("##timeline", box);
    ImGui::AlignTextToFramePadding();
    if (TargetButton(Tr("timeline.week_back"))) PushWeekStep(run, ui.Commands, -1);
    NoteWidget(ui, "timeline.week_back");
    if (!ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("timeline.week_back_tip"));
    ImGui::SameLine();
    float forward_w = TargetSize(Tr("timeline.week_forward")).x;
    double first = run.FirstDay(), furthest = run.FurthestDay(), day = CurrentDay(run);
    // The scrubber: the label inside it is the day shown and the furthest simulated day.
    char label[128];
    std::snprintf(label, sizeof(label), "%s",
                  TrFormat("timeline.day",
                           {std::to_string((int)std::floor(day)), std::to_string((int)std::floor(furthest))})
                      .c_str());
    std::string format;
    for (const char* c = label; *c; c++) format += *c == '%' ? std::string("%%") : std::string(1, *c);
    ImGui::SetNextItemWidth(std::max(
        ImGui::GetContentRegionAvail().x - forward_w - ImGui::GetStyle().ItemSpacing.x, MinTarget()));
    float value = (float)day;
    bool span = furthest > first + 1e-6;
    ImGui::BeginDisabled(!span);
    bool changed =
        ImGui::SliderFloat("##timeline_day", &value, (float)first, (float)std::max(furthest, first + 1e-3),
                           format.c_str(), ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoInput);
    ImGui::EndDisabled();
    NoteWidget(ui, "timeline.slider");
    // Scrubbing pauses the clock (like a video): the day stays where the person left it.
    if (ImGui::IsItemActivated() && !ui.Clock->Paused) ui.Commands->Push(CommandType::SetPaused, "", 1.0);
    if (changed && span) ui.Commands->Push(CommandType::Seek, "", std::clamp((double)value, first, furthest));
    if (!ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("timeline.slider_tip"));
    ImGui::SameLine();
    if (TargetButton(Tr("timeline.week_forward"))) PushWeekStep(run, ui.Commands, +1);
    NoteWidget(ui, "timeline.week_forward");
    if (!ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("timeline.week_forward_tip"));
    ImGui::End();
}

} // namespace ng
