#include "tour.h"
#include "content_actions.h"
#include "content_json.h"
#include "embedded_files.h"
#include "io/param_value.h"
#include "model/param_registry.h"
#include "model/stations.h"
#include "session/sim_clock.h"

namespace ng {

using nlohmann::json;

static const char* const kActionKeys = "scenario, set, advance_days, view, speed, paused, lab or explain";

static std::string SpeedIds() {
    std::string ids;
    for (int i = 0; i < SpeedStopCount(); i++) ids += (i ? ", " : "") + std::string(SpeedStopAt(i).Id);
    return ids;
}

// "set": { name: value, ... } -> SetParam commands (in name order: parameters are independent).
// Values are read and clamped as in scenario files and URLs, with the same words (param_value.h).
static void ReadSetAction(const ProblemReporter& reader, const json& values, const std::string& field,
                          std::vector<Command>* out) {
    if (!values.is_object() || values.empty()) {
        reader.Problem(field, "expected an object of parameter names and values, got " + ShownJson(values));
        return;
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        std::string path = FieldPath(field, it.key());
        const ParamInfo* param = FindParam(it.key());
        double value = 0.0;
        std::string error;
        if (!param) {
            reader.Problem(path, UnknownParamMessage());
        } else if (!ParamValueFromJson(*param, it.value(), &value, &error)) {
            reader.Problem(path, error);
        } else {
            Protocol probe;
            SetParamResult result = SetParam(&probe, *param, value);
            if (result.Clamped) reader.Problem(path, ParamClampedMessage(*param, value, result.Value));
            out->push_back({CommandType::SetParam, param->Name, result.Value});
        }
    }
}

void ReadContentAction(const ProblemReporter& reader, const json& action, const std::string& field,
                       std::vector<Command>* out) {
    if (!action.is_object() || action.size() != 1) {
        reader.Problem(field, std::string("expected an object with one key (") + kActionKeys + "), got " +
                                  ShownJson(action));
        return;
    }
    const std::string& key = action.begin().key();
    const json& value = action.begin().value();
    std::string path = FieldPath(field, key);
    std::string name = value.is_string() ? value.get<std::string>() : std::string();
    if (key == "scenario") {
        if (name.empty() || !IsContentId(name) ||
            !FindEmbeddedFile(("assets/scenarios/" + name + ".json").c_str()))
            reader.Problem(path,
                           "unknown scenario " + ShownJson(value) + "; expected an id of assets/scenarios");
        else
            out->push_back({CommandType::LoadScenario, name, 0.0});
    } else if (key == "set") {
        ReadSetAction(reader, value, path, out);
    } else if (key == "advance_days") {
        if (!value.is_number() || !(value.get<double>() > 0.0) || value.get<double>() > kMaxAdvanceDays)
            reader.Problem(path, "expected a number of days above 0 and at most " +
                                     std::to_string((int)kMaxAdvanceDays) + ", got " + ShownJson(value));
        else
            out->push_back({CommandType::AdvanceDays, std::string(), value.get<double>()});
    } else if (key == "view") {
        if (FindView(name) == kUnknownView)
            reader.Problem(path, "unknown view " + ShownJson(value) + "; expected " + ViewNames());
        else
            out->push_back({CommandType::FocusView, name, 0.0});
    } else if (key == "speed") {
        int stop = name.empty() ? -1 : FindSpeedStop(name.c_str());
        if (stop < 0)
            reader.Problem(path, "unknown speed " + ShownJson(value) + "; expected one of " + SpeedIds());
        else
            out->push_back({CommandType::SetSpeed, std::string(), (double)stop});
    } else if (key == "paused" || key == "lab") {
        if (!value.is_boolean())
            reader.Problem(path, "expected true or false, got " + ShownJson(value));
        else
            out->push_back({key == "paused" ? CommandType::SetPaused : CommandType::ShowLab, std::string(),
                            value.get<bool>() ? 1.0 : 0.0});
    } else if (key == "explain") {
        if (value.is_boolean() && !value.get<bool>())
            out->push_back({CommandType::ShowExplain, std::string(), 0.0});
        else if (FindCard(name) < 0)
            reader.Problem(path,
                           "expected a station (" + CardNames() + ") or false, got " + ShownJson(value));
        else
            out->push_back({CommandType::ShowExplain, name, 1.0});
    } else {
        reader.Problem(path, std::string("unknown action; expected ") + kActionKeys);
    }
}

static void ReadStepSettings(const ProblemReporter& reader, const json& entry, const std::string& field,
                             TourStep* step) {
    if (auto it = entry.find("seconds"); it != entry.end()) {
        if (!it->is_number() || !(it->get<double>() >= 2.0) || it->get<double>() > 120.0)
            reader.Problem(field + ".seconds",
                           "expected a number of seconds from 2 to 120, got " + ShownJson(*it));
        else
            step->Seconds = it->get<double>();
    }
    if (auto it = entry.find("debated"); it != entry.end()) {
        if (!it->is_boolean())
            reader.Problem(field + ".debated", "expected true or false, got " + ShownJson(*it));
        else
            step->Debated = it->get<bool>();
    }
}

Tour ParseTour(const ContentFile& structure, const ContentFile& texts_file, const ContentFile& english,
               const SourceList& sources) {
    Tour tour;
    ProblemReporter reader{structure.Name, &tour.Problems};
    ContentTexts texts;
    ReadContentTexts(texts_file, english, &tour.Problems, &texts);
    json root;
    if (!reader.ParseObject(structure.Text, &root)) return tour;
    reader.OnlyKeys(root, "", {"about", "steps"});
    const json* steps = reader.Array(root, "", "steps");
    if (!steps) return tour;

    std::vector<std::string> ids;
    for (size_t i = 0; i < steps->size(); i++) {
        const json& entry = (*steps)[i];
        std::string field = "steps[" + std::to_string(i) + "]";
        if (!entry.is_object()) {
            reader.Problem(field, std::string("expected an object { ... }, got ") + entry.type_name());
            continue;
        }
        reader.OnlyKeys(entry, field, {"id", "seconds", "debated", "sources", "actions"});
        TourStep step;
        step.Id = reader.String(entry, field, "id");
        if (step.Id.empty()) continue;
        if (!IsContentId(step.Id)) {
            reader.Problem(field + ".id", "\"" + step.Id + "\": expected lower-case letters, digits and '-'");
            continue;
        }
        bool duplicate = false;
        for (const std::string& id : ids) duplicate |= id == step.Id;
        if (duplicate) {
            reader.Problem(field + ".id", "\"" + step.Id + "\" is used twice");
            continue;
        }
        ReadStepSettings(reader, entry, field, &step);
        if (entry.contains("sources")) step.Sources = ReadSourceIds(reader, entry, field, sources);
        if (const json* actions = reader.Array(entry, field, "actions")) {
            if (actions->empty()) reader.Problem(field + ".actions", "expected at least one action");
            for (size_t a = 0; a < actions->size(); a++)
                ReadContentAction(reader, (*actions)[a], field + ".actions[" + std::to_string(a) + "]",
                                  &step.Actions);
        }
        for (const Command& action : step.Actions)
            if (action.Type == CommandType::FocusView) step.View = action.Name;
        step.Title = texts.Get("/steps/" + step.Id + "/title");
        step.Caption = texts.Get("/steps/" + step.Id + "/caption");
        if (const json* step_texts = FindField(texts.Texts, "/steps/" + step.Id))
            texts.Reader.OnlyKeys(*step_texts, "steps." + step.Id, {"title", "caption"});
        ids.push_back(step.Id);
        tour.Steps.push_back(std::move(step));
    }
    if ((int)tour.Steps.size() < kTourMinSteps || (int)tour.Steps.size() > kTourMaxSteps)
        reader.Problem("steps", "expected " + std::to_string(kTourMinSteps) + " to " +
                                    std::to_string(kTourMaxSteps) + " steps, got " +
                                    std::to_string(tour.Steps.size()));
    texts.Reader.OnlyKeys(texts.Texts, "", {"about", "steps"});
    if (const json* step_texts = FindField(texts.Texts, "/steps"))
        ReportUnknownKeys(texts.Reader, *step_texts, "steps", ids, "step");
    return tour;
}

Tour LoadTour(const std::string& lang) {
    return LoadInLanguage<Tour>("tour.json", lang, ParseTour);
}

const Tour& GetTour(const std::string& lang) {
    return LoadOncePerLanguage(lang, LoadTour);
}

} // namespace ng
