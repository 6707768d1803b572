// The predict-observe-explain questions (issue 16): the shipped files read without problems in
// English and Spanish with the same ids, every question has 3-4 choices, two set-ups, a readout
// and existing sources, and when run on a fresh session the model's change lands in exactly one
// choice; every other choice names the misconception it reveals. Then the quiz's own logic.
#include "content/question_quiz.h"
#include "content/questions.h"
#include "model/readouts.h"
#include "session/session.h"
#include <doctest/doctest.h>

using namespace ng;

TEST_CASE("questions: the shipped files read without problems, at least 8 questions") {
    for (const char* lang : {"en", "es"}) {
        QuestionSet set = LoadQuestions(lang);
        CAPTURE(lang);
        for (const std::string& p : set.Problems) CAPTURE(p);
        CHECK(set.Problems.empty());
        CHECK(set.Lang == lang);
        CHECK(set.Questions.size() >= 8);
    }
}

TEST_CASE("questions: English and Spanish have the same questions and choices") {
    QuestionSet en = LoadQuestions("en"), es = LoadQuestions("es");
    REQUIRE(en.Questions.size() == es.Questions.size());
    for (size_t i = 0; i < en.Questions.size(); i++) {
        const Question &a = en.Questions[i], &b = es.Questions[i];
        CHECK(a.Id == b.Id);
        REQUIRE(a.Choices.size() == b.Choices.size());
        CHECK(a.Text != b.Text);
        for (size_t c = 0; c < a.Choices.size(); c++) {
            CHECK(a.Choices[c].Id == b.Choices[c].Id);
            CHECK(a.Choices[c].Misconception.empty() == b.Choices[c].Misconception.empty());
        }
    }
}

TEST_CASE("questions: each run lands in one choice, the others name a misconception") {
    const QuestionSet& set = GetQuestions("en");
    for (const Question& q : set.Questions) {
        CAPTURE(q.Id);
        CHECK(q.Choices.size() >= kQuestionMinChoices);
        CHECK(q.Choices.size() <= kQuestionMaxChoices);
        CHECK(!q.Sources.empty());
        for (const std::string& id : q.Sources) CHECK(GetSources().Find(id) != nullptr);
        REQUIRE(q.Readout >= 0);
        CHECK(!q.Before.empty());
        CHECK(!q.After.empty());
        CHECK(!q.Explanation.empty());
        Session session;
        session.Begin(SessionStart());
        std::vector<Command> view;
        QuestionOutcome o = RunQuestion(&session, q, &view);
        CAPTURE(o.Before);
        CAPTURE(o.After);
        CAPTURE(o.ChangePct);
        CHECK(o.Ran);
        REQUIRE(o.Observed >= 0);
        int holding = 0;
        for (const QuestionChoice& c : q.Choices) holding += o.ChangePct >= c.Min && o.ChangePct < c.Max;
        CHECK(holding == 1);
        for (size_t c = 0; c < q.Choices.size(); c++) {
            CAPTURE(q.Choices[c].Id);
            CHECK(!q.Choices[c].Text.empty());
            if ((int)c != o.Observed) CHECK(!q.Choices[c].Misconception.empty());
        }
        // The view commands the session leaves to the app (FocusView, ShowLab, ...).
        for (const Command& c : view) CHECK(!session.Execute(c));
    }
}

TEST_CASE("questions: a bad structure is reported, not fatal") {
    ContentFile structure{"q.json", R"({"questions": [{"id": "x", "sources": ["nope"], "readout": "what",
        "measure": "top", "before": [{"scenario": "nowhere"}], "after": [], "choices": [{"id": "a"}]}]})"};
    ContentFile texts{"en/q.json", R"({"questions": {"x": {"question": "Q?"}, "y": {}}})"};
    QuestionSet set = ParseQuestions(structure, texts, texts, GetSources());
    std::string all;
    for (const std::string& p : set.Problems) all += p + "\n";
    CHECK(all.find("nope") != std::string::npos);
    CHECK(all.find("unknown readout") != std::string::npos);
    CHECK(all.find("expected end or peak") != std::string::npos);
    CHECK(all.find("unknown scenario") != std::string::npos);
    CHECK(all.find("expected min, max or both") != std::string::npos);
    CHECK(all.find("choices") != std::string::npos);
    CHECK(all.find("questions.y: no such question") != std::string::npos);
}

TEST_CASE("question quiz: predict, run, score, the prediction is fixed once run") {
    const QuestionSet& set = GetQuestions("en");
    QuestionQuiz quiz;
    Session session;
    session.Begin(SessionStart());
    std::vector<Command> view;
    auto run = [&](const char* name, double value = 0.0) {
        CHECK(HandleQuestionCommand(&quiz, set, &session, {CommandType::Question, name, value}, &view));
    };
    run("open");
    CHECK(quiz.IsOpen);
    CHECK(quiz.Count() == (int)set.Questions.size());
    CHECK(quiz.Answered() == 0);
    run("run"); // no prediction yet: nothing runs
    CHECK(!quiz.Answers[0].Outcome.Ran);
    run("choose", 99); // no such choice
    CHECK(quiz.Answers[0].Chosen == -1);
    run("choose", 1);
    run("run");
    const QuestionOutcome& o = quiz.Answers[0].Outcome;
    REQUIRE(o.Ran);
    CHECK(quiz.Answered() == 1);
    CHECK(quiz.Correct() == (o.Observed == 1 ? 1 : 0));
    run("choose", o.Observed == 0 ? 2 : 0); // too late to change the prediction
    CHECK(quiz.Answers[0].Chosen == 1);
    // The run left the After set-up on screen: its scenario and time.
    CHECK(session.Sim->TimeDays() > 0.0);

    run("previous");
    CHECK(quiz.Index == 0);
    run("next");
    CHECK(quiz.Index == 1);
    run("choose", 0);
    run("goto", 1000);
    CHECK(quiz.Index == 1);
    run("close");
    CHECK(!quiz.IsOpen);
    run("open"); // progress is kept while the program runs
    CHECK(quiz.Index == 1);
    CHECK(quiz.Answered() == 1);
    CHECK(quiz.Answers[1].Chosen == 0);
    CHECK(!HandleQuestionCommand(&quiz, set, &session, {CommandType::TourNext, ""}, &view));
}

TEST_CASE("question quiz: change in per cent and the choice that holds it") {
    CHECK(ChangePercent(200.0, 250.0) == doctest::Approx(25.0));
    CHECK(ChangePercent(-2.0, -1.0) == doctest::Approx(50.0));
    CHECK(ChangePercent(0.0, 0.0) == 0.0);
    CHECK(ChangePercent(0.0, 3.0) > 1000.0);
    Question q;
    q.Choices = {{"up", "", "", 5.0, 1e300}, {"same", "", "", -5.0, 5.0}, {"down", "", "", -1e300, -5.0}};
    CHECK(ChoiceForChange(q, 5.0) == 0);
    CHECK(ChoiceForChange(q, 4.99) == 1);
    CHECK(ChoiceForChange(q, -5.0) == 1);
    CHECK(ChoiceForChange(q, -5.01) == 2);
}
