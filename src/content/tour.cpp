#include "tour.h"
#include "cards.h"
#include "content_actions.h"
#include "content_json.h"
#include "embedded_files.h"
#include "model/param_registry.h"
#include "session/sim_clock.h"

namespace ng {

using nlohmann::json;

static const char* const kActionKeys = "scenario, set, advance_days, view, speed, paused, lab or explain";

static std::string SpeedIds() {
    std::string ids;
    for (int i = 0; i < SpeedStopCount(); i++) ids += (i ? ", " : "") + std::string(SpeedStopAt(i).Id);
    return ids;
}

static std::string Quoted(const json& value) {
    std::string text = value.dump();
    return text.size() > 60 ? text.substr(0, 57) + "..." : text;
}

// "set": { name: value, ... } -> SetParam commands (in name order: parameters are independent).
static void ReadSetAction(const ContentReader& reader, const json& values, const std::string& field,
                          std::vector<Command>* out) {
    if (!values.is_object() || values.empty()) {
        reader.Problem(field, "expected an object of parameter names and values, got " + Quoted(values));
        return;
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        std::string path = FieldPath(field, it.key());
        const ParamInfo* param = FindParam(it.key());
        if (!param) {
            std::string names;
            for (int i = 0; i < ParamCount(); i++) names += (i ? ", " : "") + std::string(ParamAt(i).Name);
            reader.Problem(path, "unknown parameter; expected one of " + names);
            continue;
        }
        const json& raw = it.value();
        std::string text = raw.is_string()    ? raw.get<std::string>()
                           : raw.is_boolean() ? (raw.get<bool>() ? "true" : "false")
                           : raw.is_number()  ? raw.dump()
                                              : std::string();
        double value = 0.0;
        std::string error;
        if (text.empty() && !raw.is_string()) {
            reader.Problem(path, std::string("expected a number or a name, got ") + raw.type_name());
        } else if (!ParseParamValue(*param, text, &value, &error)) {
            reader.Problem(path, error);
        } else if (value < param->Min || value > param->Max) {
            reader.Problem(path, "expected " + FormatParamValue(*param, param->Min) + " to " +
                                     FormatParamValue(*param, param->Max) + ", got " + text);
        } else {
            out->push_back({CommandType::SetParam, param->Name, value});
        }
    }
}

void ReadContentAction(const ContentReader& reader, const json& action, const std::string& field,
                       std::vector<Command>* out) {
    if (!action.is_object() || action.size() != 1) {
        reader.Problem(field, std::string("expected an object with one key (") + kActionKeys + "), got " +
                                  Quoted(action));
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
                           "unknown scenario " + Quoted(value) + "; expected an id of assets/scenarios");
        else
            out->push_back({CommandType::LoadScenario, name, 0.0});
    } else if (key == "set") {
        ReadSetAction(reader, value, path, out);
    } else if (key == "advance_days") {
        if (!value.is_number() || !(value.get<double>() > 0.0) || value.get<double>() > kMaxAdvanceDays)
            reader.Problem(path, "expected a number of days above 0 and at most " +
                                     std::to_string((int)kMaxAdvanceDays) + ", got " + Quoted(value));
        else
            out->push_back({CommandType::AdvanceDays, std::string(), value.get<double>()});
    } else if (key == "view") {
        if (!IsViewName(name))
            reader.Problem(path, "unknown view " + Quoted(value) +
                                     "; expected overview, muscle, blood, barrier or hippocampus");
        else
            out->push_back({CommandType::FocusView, name, 0.0});
    } else if (key == "speed") {
        int stop = name.empty() ? -1 : FindSpeedStop(name.c_str());
        if (stop < 0)
            reader.Problem(path, "unknown speed " + Quoted(value) + "; expected one of " + SpeedIds());
        else
            out->push_back({CommandType::SetSpeed, std::string(), (double)stop});
    } else if (key == "paused" || key == "lab") {
        if (!value.is_boolean())
            reader.Problem(path, "expected true or false, got " + Quoted(value));
        else
            out->push_back({key == "paused" ? CommandType::SetPaused : CommandType::ShowLab, std::string(),
                            value.get<bool>() ? 1.0 : 0.0});
    } else if (key == "explain") {
        if (value.is_boolean() && !value.get<bool>())
            out->push_back({CommandType::ShowExplain, std::string(), 0.0});
        else if (FindStationName(name) < 0)
            reader.Problem(path, "expected a station (muscle, blood, barrier, hippocampus) or false, got " +
                                     Quoted(value));
        else
            out->push_back({CommandType::ShowExplain, name, 1.0});
    } else {
        reader.Problem(path, std::string("unknown action; expected ") + kActionKeys);
    }
}

static void ReadStepSettings(const ContentReader& reader, const json& entry, const std::string& field,
                             TourStep* step) {
    if (auto it = entry.find("seconds"); it != entry.end()) {
        if (!it->is_number() || !(it->get<double>() >= 2.0) || it->get<double>() > 120.0)
            reader.Problem(field + ".seconds",
                           "expected a number of seconds from 2 to 120, got " + Quoted(*it));
        else
            step->Seconds = it->get<double>();
    }
    if (auto it = entry.find("debated"); it != entry.end()) {
        if (!it->is_boolean())
            reader.Problem(field + ".debated", "expected true or false, got " + Quoted(*it));
        else
            step->Debated = it->get<bool>();
    }
}

Tour ParseTour(const ContentFile& structure, const ContentFile& texts_file, const ContentFile& english,
               const SourceList& sources) {
    Tour tour;
    ContentReader reader{structure.Name, &tour.Problems};
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
