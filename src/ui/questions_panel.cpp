#include "questions_panel.h"
#include "content/i18n.h"
#include "content/sources.h"
#include "imgui_internal.h" // SetFocusID
#include "lab_readouts.h"
#include "model/readouts.h"
#include "plot_format.h"
#include "ui_root.h"
#include "ui_state.h"
#include "ui_style.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <algorithm>
#include <cstdio>
#include <string>

namespace ng {

// A full-width button whose label wraps (choices are sentences): a plain button sized to the
// wrapped text, so ImGui's keyboard navigation and touch sizes apply (ui_theme.h). Two lines get
// less padding than one, so a phone's sheet holds every choice.
static bool WrappedButton(const char* id, const std::string& text, bool marked) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = ImGui::GetContentRegionAvail().x;
    float wrap = width - 2.0f * style.FramePadding.x;
    ImVec2 text_size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    float pad = std::min(style.FramePadding.y, ImGui::GetFontSize() * 0.3f);
    ImVec2 size(width, std::max(text_size.y + 2.0f * pad, TargetSize("M").y));
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
    for (const std::string& line : {ValueLine(q.BeforeLabel, info, o.Before),
                                    ValueLine(q.AfterLabel, info, o.After), std::string(change) + " %"}) {
        ImGui::Bullet(); // BulletText does not wrap
        ImGui::TextWrapped("%s", line.c_str());
    }
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
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", SourcesLine(q).c_str());
    ImGui::PopStyleColor();
}

static void CloseButton(UiContext& ui) {
    if (TargetButton("\xC3\x97")) ui.Commands->Push(CommandType::Question, "close"); // ×
    NoteWidget(ui, "questions.close");
    if (!ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("questions.close"));
}

// The row under the choices: (close on compact screens), Previous, Run it (Run it again once
// run), Next. Where the words do not fit, Previous and Next keep only their arrows.
static void ActionRow(UiContext& ui, const QuestionQuiz& quiz, const QuestionAnswer& answer,
                      bool with_close) {
    const ImGuiStyle& style = ImGui::GetStyle();
    if (with_close) {
        CloseButton(ui);
        ImGui::SameLine();
    }
    char previous[96], next[96], run[96];
    std::snprintf(previous, sizeof(previous), "\xE2\x86\x90 %s###questions.previous",
                  Tr("questions.previous"));
    std::snprintf(next, sizeof(next), "%s \xE2\x86\x92###questions.next", Tr("questions.next")); // ← →
    std::snprintf(run, sizeof(run), "%s###questions.run",
                  Tr(answer.Outcome.Ran ? "questions.run_again" : "questions.run"));
    float room = ImGui::GetContentRegionAvail().x, gaps = 2.0f * style.ItemSpacing.x;
    if (TargetSize(previous).x + TargetSize(run).x + TargetSize(next).x + gaps > room) {
        std::snprintf(previous, sizeof(previous), "\xE2\x86\x90###questions.previous");
        std::snprintf(next, sizeof(next), "\xE2\x86\x92###questions.next");
    }
    ImGui::BeginDisabled(quiz.Index == 0);
    if (TargetButton(previous)) ui.Commands->Push(CommandType::Question, "previous");
    ImGui::EndDisabled();
    NoteWidget(ui, "questions.previous");
    if (!ui.Touch && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", Tr("questions.previous"));
    ImGui::SameLine();
    // Highlighted while a prediction waits to be run.
    float run_w = room - TargetSize(previous).x - TargetSize(next).x - gaps;
    ImGui::BeginDisabled(answer.Chosen < 0);
    if (ChoiceButton(run, answer.Chosen >= 0 && !answer.Outcome.Ran, ImVec2(run_w, 0.0f)))
        ui.Commands->Push(CommandType::Question, "run");
    ImGui::EndDisabled();
    NoteWidget(ui, "questions.run");
    ImGui::SameLine();
    ImGui::BeginDisabled(quiz.Index + 1 >= quiz.Count());
    if (TargetButton(next)) ui.Commands->Push(CommandType::Question, "next");
    ImGui::EndDisabled();
    NoteWidget(ui, "questions.next");
    if (!ui.Touch && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", Tr("questions.next"));
}

void DrawQuestionsPanel(UiContext& ui, const QuestionQuiz& quiz, const QuestionSet* set) {
    const QuestionAnswer* answer = quiz.Current();
    if (!quiz.IsOpen || !answer || !set || quiz.Index >= (int)set->Questions.size() ||
        ui.Layout.Tour.Empty()) {
        ui.State->Questions.FocusedQuestion = -1;
        return;
    }
    const Question& q = set->Questions[quiz.Index];
    const Box& box = ui.Layout.Tour;
    const ImGuiStyle& style = ImGui::GetStyle();
    QuestionsPanelState& state = ui.State->Questions;
    // As tall as the panel needs (measured last frame), up to its region: a sheet keeps its
    // bottom edge, a column its top. The hint "Make your prediction, then run it" only where it
    // leaves the choices and buttons in view.
    float hint_h = answer->Outcome.Ran ? 0.0f : ImGui::GetTextLineHeightWithSpacing();
    bool hint = hint_h > 0.0f && state.ContentHeight + hint_h + style.WindowPadding.y <= box.H;
    float height = box.H;
    if (state.ContentHeight > 0.0f) // 0: not measured yet
        height = std::min(box.H, state.ContentHeight + (hint ? hint_h : 0.0f) + style.WindowPadding.y);
    ImGui::SetNextWindowPos(ImVec2(box.X, ui.Layout.TourColumn ? box.Y : box.Bottom() - height));
    ImGui::SetNextWindowSize(ImVec2(box.W, height));
    ImGui::SetNextWindowBgAlpha(1.0f);
    ImGui::Begin("###questions", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    // Header: where we are and the score. In a column, a large title and close; in a phone's
    // sheet or drawer one line of text, and close joins the action row.
    std::string title =
        TrFormat("questions.title", {std::to_string(quiz.Index + 1), std::to_string(quiz.Count())});
    std::string score =
        TrFormat("questions.score", {std::to_string(quiz.Answered()), std::to_string(quiz.Count()),
                                     std::to_string(quiz.Correct())});
    bool compact = ui.Layout.Compact;
    if (compact) {
        ImGui::TextUnformatted(title.c_str());
    } else {
        ImGui::PushFont(ui.Fonts->Large);
        ImGui::TextUnformatted(title.c_str());
        ImGui::PopFont();
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - TargetSize("\xC3\x97").x);
        CloseButton(ui);
    }
    float score_w = ImGui::CalcTextSize(score.c_str()).x + 2.0f * style.ItemSpacing.x;
    if (compact && ImGui::CalcTextSize(title.c_str()).x + score_w <= ImGui::GetContentRegionAvail().x)
        ImGui::SameLine(0.0f, 2.0f * style.ItemSpacing.x);
    ImGui::TextDisabled("%s", score.c_str());

    DragToScroll();
    ImGui::TextWrapped("%s", q.Text.c_str());
    if (hint) ImGui::TextDisabled("%s", Tr("questions.predict"));

    // The choices, closer together than other rows: a prediction can change until the question has run.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x, style.ItemSpacing.y * 0.5f));
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
        if (i == 0 && state.FocusedQuestion != quiz.Index) {
            // The keyboard starts here when a question shows (highlighted at the first key):
            // SetItemDefaultFocus() would need the window to be appearing and to have the focus.
            ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
            state.FocusedQuestion = quiz.Index;
        }
        NoteWidget(ui, ("questions.choice" + std::to_string(i)).c_str());
    }
    ImGui::PopStyleVar();
    // The buttons right under the choices, then what the run showed. Just run (or come back to):
    // the buttons go to the top, with the outcome under them.
    ImGui::Spacing();
    bool outcome = answer->Outcome.Ran && answer->Chosen >= 0;
    if (outcome && state.OutcomeShown != quiz.Index) {
        ImGui::SetScrollHereY(0.0f);
        state.OutcomeShown = quiz.Index;
    } else if (!outcome && state.OutcomeShown == quiz.Index) {
        state.OutcomeShown = -1;
    }
    ActionRow(ui, quiz, *answer, compact);
    if (outcome) DrawOutcome(q, *answer);
    state.ContentHeight = ImGui::GetCursorPosY() - (hint ? hint_h : 0.0f);
    ImGui::End();
}

} // namespace ng
