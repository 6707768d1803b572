#include "question_quiz.h"
#include "model/readouts.h"
#include "session/session.h"
#include <algorithm>
#include <cmath>

namespace ng {

void QuestionQuiz::Open(int count) {
    if (count != Count()) {
        Answers.assign(count, QuestionAnswer());
        Index = 0;
    }
    IsOpen = count > 0;
}

int QuestionQuiz::Answered() const {
    int n = 0;
    for (const QuestionAnswer& a : Answers) n += a.Outcome.Ran && a.Chosen >= 0;
    return n;
}

int QuestionQuiz::Correct() const {
    int n = 0;
    for (const QuestionAnswer& a : Answers)
        n += a.Outcome.Ran && a.Chosen >= 0 && a.Chosen == a.Outcome.Observed;
    return n;
}

const QuestionAnswer* QuestionQuiz::Current() const {
    return Index >= 0 && Index < Count() ? &Answers[Index] : nullptr;
}

bool QuestionQuiz::Choose(int choice, int choice_count) {
    if (Index < 0 || Index >= Count() || choice < 0 || choice >= choice_count) return false;
    QuestionAnswer& a = Answers[Index];
    if (a.Outcome.Ran) return false;
    a.Chosen = choice;
    return true;
}

bool QuestionQuiz::GoTo(int index) {
    if (index < 0 || index >= Count()) return false;
    Index = index;
    return true;
}

double ChangePercent(double before, double after) {
    if (before == 0.0) return after == 0.0 ? 0.0 : (after > 0.0 ? 1e6 : -1e6);
    return (after - before) / std::fabs(before) * 100.0;
}

// Carries out one set-up and measures the readout: at the end, or its highest value after every
// command and every model step of advancing (Step commands, one simulated minute each).
static double RunSetUp(Session* session, const std::vector<Command>& commands, const Question& question,
                       std::vector<Command>* app_commands) {
    bool peak = question.Measure == QuestionMeasure::Peak;
    double best = -1e300;
    for (const Command& c : commands) {
        if (c.Type == CommandType::AdvanceDays && peak) {
            int steps = (int)std::lround(std::min(c.Value, kMaxAdvanceDays) * 24.0 * 60.0 / kStepMinutes);
            for (int i = 0; i < steps; i++) {
                session->Execute({CommandType::Step, std::string()});
                best = std::max(best, ReadoutValue(*session->Sim, question.Readout));
            }
        } else if (!session->Execute(c) && app_commands) {
            app_commands->push_back(c);
        }
        best = std::max(best, ReadoutValue(*session->Sim, question.Readout));
    }
    return peak ? best : ReadoutValue(*session->Sim, question.Readout);
}

QuestionOutcome RunQuestion(Session* session, const Question& question, std::vector<Command>* app_commands) {
    QuestionOutcome outcome;
    if (question.Readout < 0) return outcome;
    outcome.Before = RunSetUp(session, question.Before, question, nullptr);
    outcome.After = RunSetUp(session, question.After, question, app_commands);
    outcome.ChangePct = ChangePercent(outcome.Before, outcome.After);
    outcome.Observed = ChoiceForChange(question, outcome.ChangePct);
    outcome.Ran = true;
    return outcome;
}

bool HandleQuestionCommand(QuestionQuiz* quiz, const QuestionSet& set, Session* session,
                           const Command& command, std::vector<Command>* app_commands) {
    if (command.Type != CommandType::Question) return false;
    const std::string& name = command.Name;
    if (name == "open") {
        quiz->Open((int)set.Questions.size());
    } else if (name == "close") {
        quiz->Close();
    } else if (name == "next" || name == "previous" || name == "goto") {
        int index = name == "goto" ? (int)command.Value : quiz->Index + (name == "next" ? 1 : -1);
        quiz->GoTo(index);
    } else if (name == "choose") {
        if (quiz->Index < (int)set.Questions.size())
            quiz->Choose((int)command.Value, (int)set.Questions[quiz->Index].Choices.size());
    } else if (name == "run") {
        // Predict first: the run shows the answer, so it waits for a choice.
        const QuestionAnswer* current = quiz->Current();
        if (current && current->Chosen >= 0 && quiz->Index < (int)set.Questions.size())
            quiz->Answers[quiz->Index].Outcome =
                RunQuestion(session, set.Questions[quiz->Index], app_commands);
    }
    return true;
}

} // namespace ng
