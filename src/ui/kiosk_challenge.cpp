// The kiosk challenge (src/session/challenge.h) in the kiosk's control box: the visitor's three
// big sliders and Start; while the 12 weeks play, the week and the cells born so far; at the end
// the score, the overtraining penalty and why, and the day's top 10 by colour/animal badge.
#include "content/i18n.h"
#include "model/simulation.h"
#include "plot_format.h"
#include "session/challenge.h"
#include "ui_root.h"
#include "ui_style.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <algorithm>
#include <cmath>
#include <string>

namespace ng {

static std::string BadgeName(int badge) {
    std::string colour = "challenge.colour." + std::to_string(badge / kBadgeAnimals);
    std::string animal = "challenge.animal." + std::to_string(badge % kBadgeAnimals);
    return TrFormat("challenge.badge", {Tr(colour.c_str()), Tr(animal.c_str())});
}

static std::string Count(double value) {
    char text[48];
    FormatNumber(std::round(value), 0, false, text, sizeof(text));
    return text;
}

static void Setup(UiContext& ui, float width) {
    KioskSlider(ui, "intensity", " % 1RM");
    KioskSlider(ui, "recovery", " h");
    KioskSlider(ui, "sessions", "");
    // A badge for the board: the frame count picks it, so visitors in a row get different ones.
    if (TargetButton(Tr("challenge.start"), ImVec2(width, 0.0f)))
        ui.Commands->Push(CommandType::Challenge, "start",
                          (double)(ImGui::GetFrameCount() % (kBadgeColours * kBadgeAnimals)));
    NoteWidget(ui, "challenge.start");
    if (TargetButton(Tr("challenge.back"), ImVec2(width, 0.0f)))
        ui.Commands->Push(CommandType::Challenge, "close");
    NoteWidget(ui, "challenge.back");
}

static void Running(UiContext& ui, const Challenge& c) {
    int week = std::min(12, (int)(ui.Sim->TimeDays() / 7.0) + 1);
    ImGui::PushFont(ui.Fonts->Large);
    ImGui::TextUnformatted(TrFormat("challenge.week", {std::to_string(week)}).c_str());
    ImGui::PopFont();
    ImGui::ProgressBar((float)std::min(1.0, ui.Sim->TimeDays() / kChallengeDays), ImVec2(-1.0f, 0.0f), "");
    ImGui::TextUnformatted(TrFormat("challenge.born", {Count(c.CellsBorn)}).c_str());
    if (ui.Sim->Status() >= TrainingStatus::NonFunctionalOverreaching)
        ImGui::TextWrapped("%s", Tr("challenge.overtrained_now"));
}

static void Result(UiContext& ui, const Challenge& c, float width) {
    ImGui::PushFont(ui.Fonts->Large);
    ImGui::TextUnformatted(TrFormat("challenge.score", {Count(c.Score)}).c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", TrFormat("challenge.born", {Count(c.CellsBorn)}).c_str());
    if (c.OvertrainedDays > 0.0) {
        int days = (int)std::ceil(c.OvertrainedDays);
        int percent = (int)std::lround(std::min(100.0, c.OvertrainedDays * kChallengePenaltyPerDay * 100.0));
        ImGui::TextWrapped(
            "%s", TrFormat("challenge.penalty", {std::to_string(days), std::to_string(percent)}).c_str());
        ImGui::TextWrapped("%s", Tr("challenge.penalty_why"));
    } else {
        ImGui::TextWrapped("%s", Tr("challenge.no_penalty"));
    }
    ImGui::TextWrapped("%s", TrFormat("challenge.your_badge", {BadgeName(c.Badge)}).c_str());
    if (c.Rank >= 0)
        ImGui::TextWrapped("%s", TrFormat("challenge.rank", {std::to_string(c.Rank + 1)}).c_str());
    if (TargetButton(Tr("challenge.again"), ImVec2(width, 0.0f)))
        ui.Commands->Push(CommandType::Challenge, "again");
    NoteWidget(ui, "challenge.again");
}

static void Board(const Challenge& c) {
    ImGui::TextUnformatted(Tr("challenge.board"));
    if (!ImGui::BeginTable("board", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    for (size_t i = 0; i < c.Board.size(); i++) {
        ImGui::TableNextRow();
        bool mine = c.Phase == ChallengePhase::Done && (int)i == c.Rank;
        ImGui::TableSetColumnIndex(0);
        ImGui::Text("%s%d", mine ? "\xE2\x96\xB6 " : "", (int)i + 1);
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(BadgeName(c.Board[i].Badge).c_str());
        ImGui::TableSetColumnIndex(2);
        ImGui::TextUnformatted(Count(c.Board[i].Score).c_str());
    }
    ImGui::EndTable();
}

void DrawKioskChallenge(UiContext& ui, const Challenge& c) {
    if (!BeginKioskBox(ui, "##challenge")) return;
    ImGui::TextWrapped("%s", Tr("challenge.title"));
    // Two columns where the kiosk has them (the play or the result beside the board), else one.
    bool wide = ui.Layout.KioskColumns;
    if (wide) {
        ImGui::BeginTable("challenge", 2, ImGuiTableFlags_SizingStretchProp);
        ImGui::TableSetupColumn("play", ImGuiTableColumnFlags_WidthStretch, 0.5f);
        ImGui::TableSetupColumn("board", ImGuiTableColumnFlags_WidthStretch, 0.5f);
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
    }
    float width = ImGui::GetContentRegionAvail().x;
    if (c.Phase == ChallengePhase::Setup)
        Setup(ui, width);
    else if (c.Phase == ChallengePhase::Running)
        Running(ui, c);
    else
        Result(ui, c, width);
    if (wide) ImGui::TableSetColumnIndex(1);
    Board(c);
    if (wide) ImGui::EndTable();
    EndKioskBox();
}

} // namespace ng
