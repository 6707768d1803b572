// Predict-observe-explain questions (issue 16): the person predicts, the app runs the experiment
// with ordinary commands, and the model's own readout decides which choice was right.
//
// assets/content/questions.json holds what every language shares:
//
//   { "questions": [ { "id": "overtraining", "sources": ["tanapat2001"],
//                      "readout": "cells_born_per_day", "measure": "end",
//                      "before": [ {"scenario": "sedentary"}, {"advance_days": 28} ],
//                      "after":  [ {"scenario": "overtraining"}, {"advance_days": 28}, {"view":
//                      "hippocampus"} ], "choices": [ {"id": "more", "min": 5}, {"id": "same", "min": -5,
//                      "max": 5},
//                                   {"id": "fewer", "max": -5} ] } ] }
//
// "before" and "after" are lists of tour actions (content_actions.h); the readout (readouts.h) is
// measured after each, at the end ("end") or as its highest value along the way ("peak"). The
// change from before to after, in per cent, falls in one choice's range (min inclusive, max
// exclusive): that choice is what the model shows. assets/content/<lang>/questions.json holds the
// texts: { "questions": { "<id>": { "question", "before", "after", "explanation",
// "choices": { "<choice id>": { "text", "misconception" } } } } }; a choice the model does not
// show needs its misconception (checked by tests/content/questions_test.cpp).
#pragma once
#include "content_file.h"
#include "session/commands.h"
#include "sources.h"
#include <string>
#include <vector>

namespace ng {

constexpr int kQuestionMinChoices = 3;
constexpr int kQuestionMaxChoices = 4;

enum class QuestionMeasure { End, Peak };

struct QuestionChoice {
    std::string Id;
    std::string Text, Misconception;  // Misconception: "" for a choice that needs none
    double Min = -1e300, Max = 1e300; // the change from before to after, per cent: [Min, Max)
};

struct Question {
    std::string Id;
    std::string Text, BeforeLabel, AfterLabel, Explanation;
    std::vector<std::string> Sources; // ids in sources.json
    int Readout = -1;                 // index in readouts.h
    QuestionMeasure Measure = QuestionMeasure::End;
    std::vector<Command> Before, After; // the two set-ups; After stays on screen
    std::vector<QuestionChoice> Choices;
};

struct QuestionSet {
    std::string Lang;
    std::vector<Question> Questions;
    std::vector<std::string> Problems;
};

// The choice whose range holds change_pct; -1 if none does.
int ChoiceForChange(const Question& question, double change_pct);

QuestionSet ParseQuestions(const ContentFile& structure, const ContentFile& texts, const ContentFile& english,
                           const SourceList& sources);
QuestionSet LoadQuestions(const std::string& lang);
// LoadQuestions(), read once per language; the reference stays valid.
const QuestionSet& GetQuestions(const std::string& lang);

} // namespace ng
