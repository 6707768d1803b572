#include "questions.h"
#include "content_actions.h"
#include "content_json.h"
#include "model/readouts.h"

namespace ng {

using nlohmann::json;

int ChoiceForChange(const Question& question, double change_pct) {
    for (size_t i = 0; i < question.Choices.size(); i++) {
        const QuestionChoice& c = question.Choices[i];
        if (change_pct >= c.Min && change_pct < c.Max) return (int)i;
    }
    return -1;
}

static void ReadActions(const ProblemReporter& reader, const json& entry, const std::string& field,
                        const char* key, std::vector<Command>* out) {
    const json* actions = reader.Array(entry, field, key);
    if (!actions) return;
    if (actions->empty()) reader.Problem(FieldPath(field, key), "expected at least one action");
    for (size_t a = 0; a < actions->size(); a++)
        ReadContentAction(reader, (*actions)[a], FieldPath(field, key) + "[" + std::to_string(a) + "]", out);
}

static void ReadChoices(const ProblemReporter& reader, const json& entry, const std::string& field,
                        Question* question) {
    const json* choices = reader.Array(entry, field, "choices");
    if (!choices) return;
    for (size_t i = 0; i < choices->size(); i++) {
        const json& c = (*choices)[i];
        std::string path = field + ".choices[" + std::to_string(i) + "]";
        if (!c.is_object()) {
            reader.Problem(path, std::string("expected an object { ... }, got ") + c.type_name());
            continue;
        }
        reader.OnlyKeys(c, path, {"id", "min", "max"});
        QuestionChoice choice;
        choice.Id = reader.String(c, path, "id");
        if (!IsContentId(choice.Id)) continue;
        for (const char* bound : {"min", "max"}) {
            auto it = c.find(bound);
            if (it == c.end()) continue;
            if (!it->is_number())
                reader.Problem(FieldPath(path, bound), "expected a number (per cent)");
            else
                (bound[1] == 'i' ? choice.Min : choice.Max) = it->get<double>();
        }
        if (!c.contains("min") && !c.contains("max")) reader.Problem(path, "expected min, max or both");
        if (!(choice.Min < choice.Max)) reader.Problem(path, "expected min below max");
        question->Choices.push_back(std::move(choice));
    }
    int count = (int)question->Choices.size();
    if (count < kQuestionMinChoices || count > kQuestionMaxChoices)
        reader.Problem(field + ".choices", "expected " + std::to_string(kQuestionMinChoices) + " to " +
                                               std::to_string(kQuestionMaxChoices) + " choices, got " +
                                               std::to_string(count));
}

QuestionSet ParseQuestions(const ContentFile& structure, const ContentFile& texts_file,
                           const ContentFile& english, const SourceList& sources) {
    QuestionSet set;
    ProblemReporter reader{structure.Name, &set.Problems};
    ContentTexts texts;
    ReadContentTexts(texts_file, english, &set.Problems, &texts);
    json root;
    if (!reader.ParseObject(structure.Text, &root)) return set;
    reader.OnlyKeys(root, "", {"about", "questions"});
    const json* questions = reader.Array(root, "", "questions");
    if (!questions) return set;
    std::vector<std::string> ids;
    for (size_t i = 0; i < questions->size(); i++) {
        const json& entry = (*questions)[i];
        std::string field = "questions[" + std::to_string(i) + "]";
        if (!entry.is_object()) {
            reader.Problem(field, std::string("expected an object { ... }, got ") + entry.type_name());
            continue;
        }
        reader.OnlyKeys(entry, field, {"id", "sources", "readout", "measure", "before", "after", "choices"});
        Question q;
        q.Id = reader.String(entry, field, "id");
        if (!IsContentId(q.Id)) {
            reader.Problem(field + ".id", "\"" + q.Id + "\": expected lower-case letters, digits and '-'");
            continue;
        }
        q.Sources = ReadSourceIds(reader, entry, field, sources);
        if (q.Sources.empty()) reader.Problem(field + ".sources", "expected at least one source");
        std::string readout = reader.String(entry, field, "readout");
        q.Readout = FindReadout(readout.c_str());
        if (!readout.empty() && q.Readout < 0)
            reader.Problem(field + ".readout",
                           "unknown readout \"" + readout + "\" (src/model/readouts.cpp)");
        std::string measure = reader.String(entry, field, "measure");
        if (measure == "peak")
            q.Measure = QuestionMeasure::Peak;
        else if (measure != "end")
            reader.Problem(field + ".measure", "expected end or peak, got \"" + measure + "\"");
        ReadActions(reader, entry, field, "before", &q.Before);
        ReadActions(reader, entry, field, "after", &q.After);
        ReadChoices(reader, entry, field, &q);

        std::string base = "/questions/" + q.Id;
        q.Text = texts.Get(base + "/question");
        q.BeforeLabel = texts.Get(base + "/before");
        q.AfterLabel = texts.Get(base + "/after");
        q.Explanation = texts.Get(base + "/explanation");
        std::vector<std::string> choice_ids;
        for (QuestionChoice& c : q.Choices) {
            c.Text = texts.Get(base + "/choices/" + c.Id + "/text");
            if (const json* m = FindField(texts.Texts, base + "/choices/" + c.Id + "/misconception"))
                c.Misconception = m->is_string() ? m->get<std::string>() : std::string();
            choice_ids.push_back(c.Id);
        }
        if (const json* q_texts = FindField(texts.Texts, base)) {
            texts.Reader.OnlyKeys(*q_texts, "questions." + q.Id,
                                  {"question", "before", "after", "choices", "explanation"});
            if (const json* c_texts = FindField(*q_texts, "/choices"))
                ReportUnknownKeys(texts.Reader, *c_texts, "questions." + q.Id + ".choices", choice_ids,
                                  "choice");
        }
        ids.push_back(q.Id);
        set.Questions.push_back(std::move(q));
    }
    texts.Reader.OnlyKeys(texts.Texts, "", {"about", "questions"});
    if (const json* q_texts = FindField(texts.Texts, "/questions"))
        ReportUnknownKeys(texts.Reader, *q_texts, "questions", ids, "question");
    return set;
}

QuestionSet LoadQuestions(const std::string& lang) {
    return LoadInLanguage<QuestionSet>("questions.json", lang, ParseQuestions);
}

const QuestionSet& GetQuestions(const std::string& lang) {
    return LoadOncePerLanguage(lang, LoadQuestions);
}

} // namespace ng
