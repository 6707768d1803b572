// Working through the questions (questions.h): which one is showing, the prediction chosen, the
// run and its outcome, the score. Pure state plus the runner; the app owns one QuestionQuiz and
// the panel (src/ui/questions_panel.cpp) only pushes Question commands. Progress lasts while the
// program runs: no account, nothing stored.
//
//   quiz.Open(set.Questions.size());
//   HandleQuestionCommand(&quiz, set, &session, {CommandType::Question, "choose", 2}, &view);
//   HandleQuestionCommand(&quiz, set, &session, {CommandType::Question, "run"}, &view);
//   // quiz.Answers[quiz.Index].Outcome.Observed: the choice the model showed
#pragma once
#include "questions.h"
#include "session/commands.h"
#include <vector>

namespace ng {

class Session;

struct QuestionOutcome {
    bool Ran = false;
    double Before = 0.0, After = 0.0; // the readout measured after each set-up
    double ChangePct = 0.0;           // from Before to After
    int Observed = -1;                // the choice whose range holds ChangePct (-1: none)
};

struct QuestionAnswer {
    int Chosen = -1; // the prediction; fixed once the question has run
    QuestionOutcome Outcome;
};

struct QuestionQuiz {
    bool IsOpen = false;
    int Index = 0;
    std::vector<QuestionAnswer> Answers; // one per question

    // Shows the questions (keeping earlier answers when the count is the same).
    void Open(int count);
    void Close() { IsOpen = false; }
    int Count() const { return (int)Answers.size(); }
    int Answered() const; // questions run after a prediction
    int Correct() const;  // ... whose prediction is the observed choice
    const QuestionAnswer* Current() const;
    bool Choose(int choice, int choice_count); // false once the question has run
    bool GoTo(int index);
};

// (after - before) / |before| in per cent; +-1e6 when before is 0 and after is not.
double ChangePercent(double before, double after);

// Runs the question's two set-ups on the session with ordinary commands and measures the readout
// after each. The After set-up's commands for the view and panels (FocusView, ShowLab, ...), which
// the session does not carry out, go to *app_commands.
QuestionOutcome RunQuestion(Session* session, const Question& question, std::vector<Command>* app_commands);

// The Question command (commands.h): Name open, close, choose (Value = choice), run, next,
// previous or goto (Value = index). Returns false for any other command.
bool HandleQuestionCommand(QuestionQuiz* quiz, const QuestionSet& set, Session* session,
                           const Command& command, std::vector<Command>* app_commands);

} // namespace ng
