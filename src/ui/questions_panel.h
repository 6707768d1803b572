// The predict-observe-explain questions (issue 16): the question, its choices, "Run it", then what
// the model showed, whether the prediction matched, the misconception a wrong one reveals and the
// explanation with its sources. Drawn in the tour's region (the two are never open together):
// the left column in the side layout, the sheet on compact screens (docs/layout.md).
#pragma once
#include "content/question_quiz.h"
#include "ui_context.h"

namespace ng {

// Draws nothing while the questions are closed (set may then be null: it is read on first use).
void DrawQuestionsPanel(UiContext& ui, const QuestionQuiz& quiz, const QuestionSet* set);

} // namespace ng
