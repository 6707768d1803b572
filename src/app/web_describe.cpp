// What the page's screen-reader layer reads (web/a11y.js, issue 16): the screen summary (the four
// stations), the "now" details, every lab value, the explain card, the tour caption and the
// activity under way, as texts in the current language. The numbers are the model's, formatted
// as the lab panel prints them.
#include "web_describe.h"
#include "content/i18n.h"
#include "content/questions.h"
#include "model/readouts.h"
#include "ui/explain_panel.h"
#include "ui/lab_readouts.h"
#include "ui/lab_widgets.h"
#include "ui/landscape_panel.h"
#include "ui/plot_format.h"
#include "ui/ui_root.h"
#include <cmath>
#include <string>

namespace ng {

using nlohmann::json;

static const char* const kStations[] = {"muscle", "blood", "barrier", "hippocampus"};
// The "now" details: the headline readouts, in the order the chain runs.
static const char* const kHeadline[] = {"serum_bdnf_ng_ml", "lactate_mmol_l",     "cortisol_nmol_l",
                                        "total_igf1_ng_ml", "cells_born_per_day", "new_neurons_total"};

static json ReadoutJson(const Simulation& sim, int index) {
    const ReadoutInfo& info = ReadoutAt(index);
    double value = ReadoutValue(sim, index);
    char number[48], unit_key[64];
    FormatNumber(value, -1, false, number, sizeof(number));
    UnitKey(info.Unit, unit_key, sizeof(unit_key));
    return {{"id", info.Name},
            {"name", Tr((std::string("lab.r.") + info.Name).c_str())},
            {"value", std::string(number)},
            {"unit", *info.Unit ? Tr(unit_key) : ""},
            {"raw", std::isfinite(value) ? json(value) : json(nullptr)}};
}

static json QuestionsJson(const App& app) {
    const QuestionSet& set = GetQuestions(CurrentLanguage());
    const QuestionAnswer* answer = app.Quiz.Current();
    if (!app.Quiz.IsOpen || !answer || app.Quiz.Index >= (int)set.Questions.size()) return nullptr;
    const Question& q = set.Questions[app.Quiz.Index];
    json choices = json::array();
    for (size_t i = 0; i < q.Choices.size(); i++)
        choices.push_back({{"text", q.Choices[i].Text},
                           {"chosen", answer->Chosen == (int)i},
                           {"observed", answer->Outcome.Ran && answer->Outcome.Observed == (int)i}});
    json result = nullptr;
    if (answer->Outcome.Ran && answer->Chosen >= 0) {
        const QuestionOutcome& o = answer->Outcome;
        const ReadoutInfo& info = ReadoutAt(q.Readout);
        char before[48], after[48], change[48], unit_key[64];
        FormatNumber(o.Before, -1, false, before, sizeof(before));
        FormatNumber(o.After, -1, false, after, sizeof(after));
        FormatNumber(o.ChangePct, 0, true, change, sizeof(change));
        UnitKey(info.Unit, unit_key, sizeof(unit_key));
        std::string unit = *info.Unit ? std::string(" ") + Tr(unit_key) : std::string();
        std::string text = Tr((std::string("lab.r.") + info.Name).c_str()) + std::string(": ") +
                           q.BeforeLabel + " " + before + unit + ", " + q.AfterLabel + " " + after + unit +
                           " (" + change + " %). ";
        if (o.Observed >= 0) {
            text += TrFormat("questions.model_choice", {q.Choices[o.Observed].Text}) + " ";
            if (answer->Chosen == o.Observed)
                text += Tr("questions.right");
            else
                text += TrFormat("questions.reveals", {q.Choices[answer->Chosen].Misconception});
        }
        result = {{"text", text}, {"explanation", q.Explanation}};
    }
    return {{"title", TrFormat("questions.title",
                               {std::to_string(app.Quiz.Index + 1), std::to_string(app.Quiz.Count())})},
            {"question", q.Text},
            {"choices", choices},
            {"run", Tr(answer->Outcome.Ran ? "questions.run_again" : "questions.run")},
            {"can_run", answer->Chosen >= 0},
            {"previous", Tr("questions.previous")},
            {"next", Tr("questions.next")},
            {"result", result}};
}

static json ChallengeJson(const App& app) {
    const Challenge& c = app.KioskChallenge;
    if (!c.IsOpen) return nullptr;
    std::string text = Tr("challenge.title");
    if (c.Phase == ChallengePhase::Running)
        text = TrFormat("challenge.week",
                        {std::to_string(std::min(12, (int)(app.Run.Sim->TimeDays() / 7.0) + 1))});
    if (c.Phase == ChallengePhase::Done) {
        text = TrFormat("challenge.score", {std::to_string((long long)c.Score)}) + ". ";
        text += c.OvertrainedDays > 0.0 ? Tr("challenge.penalty_why") : Tr("challenge.no_penalty");
    }
    return {{"phase", ChallengePhaseName(c.Phase)},
            {"text", text},
            {"start", Tr("challenge.start")},
            {"again", Tr("challenge.again")}};
}

// The landscape on screen as a table (the grid the panel drew this frame), or null: rows for the
// second parameter, columns for the first, as neurogains.landscape() gives values[row][column].
static json LandscapeJson(const App& app) {
    const LandscapeGrid* grid = app.Run.Landscapes.Current();
    int metric = grid ? FindReadout(grid->Spec.Metric.c_str()) : -1;
    if (!app.Ui.Explore.Shown || !grid || metric < 0 || !grid->XParam || !grid->YParam) return nullptr;
    const ReadoutInfo& info = ReadoutAt(metric);
    std::string metric_name = ReadoutLabel(info);
    if (*ReadoutUnit(info)) metric_name += std::string(" (") + ReadoutUnit(info) + ")";
    std::string x_name = LandscapeAxisName(*grid->XParam), y_name = LandscapeAxisName(*grid->YParam);
    json x = json::array(), y = json::array(), values = json::array();
    for (double v : grid->XValues) x.push_back(LandscapeNumber(v));
    for (int r = 0; r < grid->Rows(); r++) {
        y.push_back(LandscapeNumber(grid->YValues[r]));
        json row = json::array();
        for (int c = 0; c < grid->Columns(); c++) row.push_back(LandscapeNumber(grid->Value(r, c, metric)));
        values.push_back(row);
    }
    char weeks[32];
    FormatNumber(grid->Spec.Weeks, 0, false, weeks, sizeof(weeks));
    return {{"title", Tr("landscape.title")},
            {"caption", TrFormat("landscape.table", {metric_name, weeks, y_name, x_name})},
            {"metric", info.Name},
            {"metric_name", metric_name},
            {"weeks", grid->Spec.Weeks},
            {"progress", grid->Progress()},
            {"x", {{"name", x_name}, {"values", x}}},
            {"y", {{"name", y_name}, {"values", y}}},
            {"values", values}};
}

json DescribeJson(const App& app) {
    const Simulation& sim = *app.Run.Sim;
    json stations = json::array();
    std::string title, text;
    for (const char* id : kStations) {
        if (!ExplainCardText(id, &title, &text)) title.clear();
        stations.push_back({{"name", Tr((std::string("scene.station.") + id).c_str())}, {"text", title}});
    }
    char clock[96];
    FormatSimTime(sim.TimeHours(), clock, sizeof(clock));
    json headline = json::array(), lab = json::array();
    for (const char* name : kHeadline) headline.push_back(ReadoutJson(sim, FindReadout(name)));
    for (int i = 0; i < ReadoutCount(); i++) lab.push_back(ReadoutJson(sim, i));
    json explain = nullptr, tour = nullptr;
    if (app.Prefs.ShowExplain && ExplainCardText(app.Prefs.ExplainStation, &title, &text))
        explain = {{"title", title}, {"text", text}};
    if (const TourStep* step = app.Tour.Step()) tour = {{"title", step->Title}, {"caption", step->Caption}};
    return {{"summary",
             {{"title", Tr("a11y.summary")}, {"text", Tr("a11y.summary_text")}, {"stations", stations}}},
            {"now",
             {{"clock", std::string(clock)},
              {"session", Tr(sim.InSession() ? "a11y.in_session" : "a11y.resting")},
              {"values", headline}}},
            {"lab", lab},
            {"explain", explain},
            {"tour", tour},
            {"questions", QuestionsJson(app)},
            {"challenge", ChallengeJson(app)},
            {"landscape", LandscapeJson(app)}};
}

} // namespace ng
