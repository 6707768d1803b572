#include "questions_panel.h"
#include "content/i18n.h"
#include "content/sources.h"
#include "lab_readouts.h"
#include "model/readouts.h"
#include "plot_format.h"
#include "ui_root.h"
#include "ui_style.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <string>

namespace ng {

// A full-width button whose label wraps (choices are sentences): a plain button sized to the
// wrapped text, so ImGui's keyboard navigation and touch sizes apply (ui_theme.h).
static bool WrappedButton(const char* id, const std::string& text, bool marked) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = ImGui::GetContentRegionAvail().x;
    float wrap = width - 2.0f * style.FramePadding.x;
    ImVec2 text_size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    ImVec2 size(width, std::max(text_size.y + 2.0f * style.FramePadding.y, TargetSize("M").y));
    if (marked) ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_ButtonActive]);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::Button(id, size);
    if (marked) ImGui::PopStyleColor();
    ImVec2 text_pos(pos.x + style.FramePadding.x, pos.y + (size.y - text_size.y) * 0.5f);
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), text_pos,
                                        ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, wrap);
    return pressed;
}

static std::string SourcesLine(const Question& q) {
    std::string names;
    for (const std::string& id : q.Sources)
        if (const Source* source = GetSources().Find(id))
            names += (names.empty() ? "" : " \xC2\xB7 ") + source->Short;
    return std::string(Tr("tour.sources")) + " " + names;
}

// "Highest value during the session: 1.29 ×" with the readout's unit, as the lab prints it.
static std::string ValueLine(const std::string& label, const ReadoutInfo& info, double value) {
    char number[48], unit_key[64];
    FormatNumber(value, -1, false, number, sizeof(number));
    UnitKey(info.Unit, unit_key, sizeof(unit_key));
    std::string unit = *info.Unit ? std::string(" ") + Tr(unit_key) : std::string();
    return label + ": " + number + unit;
}

static void DrawOutcome(const Question& q, const QuestionAnswer& answer) {
    const QuestionOutcome& o = answer.Outcome;
    const ReadoutInfo& info = ReadoutAt(q.Readout);
    ImGui::Separator();
    ImGui::TextUnformatted(Tr("questions.observed"));
    std::string name = Tr((std::string("lab.r.") + info.Name).c_str());
    char change[48];
    FormatNumber(o.ChangePct, 0, true, change, sizeof(change));
    ImGui::TextWrapped("%s", name.c_str());
    ImGui::BulletText("%s", ValueLine(q.BeforeLabel, info, o.Before).c_str());
    ImGui::BulletText("%s", ValueLine(q.AfterLabel, info, o.After).c_str());
    ImGui::BulletText("%s %%", change);
    if (o.Observed < 0) {
        ImGui::TextWrapped("%s", Tr("questions.none"));
    } else {
        ImGui::TextWrapped("%s", TrFormat("questions.model_choice", {q.Choices[o.Observed].Text}).c_str());
        if (answer.Chosen == o.Observed) {
            ImGui::TextWrapped("\xE2\x9C\x93 %s", Tr("questions.right"));
        } else {
            const QuestionChoice& chosen = q.Choices[answer.Chosen];
            ImGui::TextWrapped("\xE2\x9C\x97 %s", TrFormat("questions.wrong", {chosen.Text}).c_str());
            if (!chosen.Misconception.empty())
                ImGui::TextWrapped("%s", TrFormat("questions.reveals", {chosen.Misconception}).c_str());
        }
    }
    ImGui::Separator();
    ImGui::TextUnformatted(Tr("questions.why"));
    ImGui::TextWrapped("%s", q.Explanation.c_str());
    ImGui::TextDisabled("%s", SourcesLine(q).c_str());
}

void DrawQuestionsPanel(UiContext& ui, const QuestionQuiz& quiz, const QuestionSet& set) {
    const QuestionAnswer* answer = quiz.Current();
    if (!quiz.IsOpen || !answer || quiz.Index >= (int)set.Questions.size() || ui.Layout.Tour.Empty()) return;
    const Question& q = set.Questions[quiz.Index];
    const Box& box = ui.Layout.Tour;
    ImGui::SetNextWindowPos(ImVec2(box.X, box.Y));
    ImGui::SetNextWindowSize(ImVec2(box.W, box.H));
    ImGui::SetNextWindowBgAlpha(1.0f);
    ImGui::Begin("###questions", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    DragToScroll();
    // Header: where we are and the score, then close.
    std::string title =
        TrFormat("questions.title", {std::to_string(quiz.Index + 1), std::to_string(quiz.Count())});
    std::string score =
        TrFormat("questions.score", {std::to_string(quiz.Answered()), std::to_string(quiz.Count()),
                                     std::to_string(quiz.Correct())});
    const char* close = "\xC3\x97"; // ×
    float close_w = TargetSize(close).x;
    ImGui::PushFont(ui.Fonts->Large);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - close_w);
    if (TargetButton(close)) ui.Commands->Push(CommandType::Question, "close");
    NoteWidget(ui, "questions.close");
    if (!ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("questions.close"));
    ImGui::TextDisabled("%s", score.c_str());
    ImGui::Spacing();
    ImGui::TextWrapped("%s", q.Text.c_str());
    if (!answer->Outcome.Ran) ImGui::TextDisabled("%s", Tr("questions.predict"));
    ImGui::Spacing();

    // The choices: a prediction can change until the question has run.
    for (size_t i = 0; i < q.Choices.size(); i++) {
        bool chosen = answer->Chosen == (int)i;
        bool observed = answer->Outcome.Ran && answer->Outcome.Observed == (int)i;
        std::string text = (observed                        ? "\xE2\x9C\x93 "
                            : chosen && answer->Outcome.Ran ? "\xE2\x9C\x97 "
                                                            : "") +
                           q.Choices[i].Text;
        std::string id = "##choice" + std::to_string(i);
        if (WrappedButton(id.c_str(), text, chosen) && !answer->Outcome.Ran)
            ui.Commands->Push(CommandType::Question, "choose", (double)i);
        if (i == 0)
            ImGui::SetItemDefaultFocus(); // the arrow keys start here (the window takes focus when it opens)
        NoteWidget(ui, ("questions.choice" + std::to_string(i)).c_str());
    }
    ImGui::Spacing();
    ImGui::BeginDisabled(answer->Chosen < 0);
    if (TargetButton(Tr(answer->Outcome.Ran ? "questions.run_again" : "questions.run"),
                     ImVec2(ImGui::GetContentRegionAvail().x, 0.0f)))
        ui.Commands->Push(CommandType::Question, "run");
    ImGui::EndDisabled();
    NoteWidget(ui, "questions.run");
    if (answer->Outcome.Ran && answer->Chosen >= 0) DrawOutcome(q, *answer);

    ImGui::Spacing();
    float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    ImGui::BeginDisabled(quiz.Index == 0);
    if (TargetButton(Tr("questions.previous"), ImVec2(half, 0.0f)))
        ui.Commands->Push(CommandType::Question, "previous");
    ImGui::EndDisabled();
    NoteWidget(ui, "questions.previous");
    ImGui::SameLine();
    ImGui::BeginDisabled(quiz.Index + 1 >= quiz.Count());
    if (TargetButton(Tr("questions.next"), ImVec2(half, 0.0f)))
        ui.Commands->Push(CommandType::Question, "next");
    ImGui::EndDisabled();
    NoteWidget(ui, "questions.next");
    ImGui::End();
}

} // namespace ng
