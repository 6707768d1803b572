#include "scenario.h"

#include "embedded_files.h"
#include "model/param_registry.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace ng {

namespace {

using Json = nlohmann::json;

const char* const kScenarioIds[] = {"sedentary", "beginner",    "balanced",         "overtraining",
                                    "poor-form", "older-adult", "aerobic-reference"};
const int kScenarioIdCount = (int)(sizeof(kScenarioIds) / sizeof(kScenarioIds[0]));
const size_t kMaxFileBytes = 1 << 20;

// Records the first syntax error; everything else is accepted (the DOM parse already failed).
struct SyntaxErrorSax {
    std::string Message;
    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(Json::number_integer_t) { return true; }
    bool number_unsigned(Json::number_unsigned_t) { return true; }
    bool number_float(Json::number_float_t, const std::string&) { return true; }
    bool string(std::string&) { return true; }
    bool binary(Json::binary_t&) { return true; }
    bool start_object(std::size_t) { return true; }
    bool key(std::string&) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) {
        Message = error.what();
        return false;
    }
};

std::string Shown(const Json& value) {
    std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    return text;
}

std::string FormatNumber(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof(buffer), "%.10g", value);
    return buffer;
}

struct Reporter {
    std::string File;
    std::vector<std::string>* Messages;
    void Say(const std::string& text) const {
        if (Messages) Messages->push_back(File + ": " + text);
    }
    void Field(const std::string& field, const std::string& text) const {
        Say("field '" + field + "': " + text);
    }
};

std::string Expected(const ParamInfo& param) {
    std::string range = FormatNumber(param.Min) + " and " + FormatNumber(param.Max);
    switch (param.Kind) {
    case ParamKind::Number:
        return "a number between " + range;
    case ParamKind::Integer:
        return "a whole number between " + range;
    case ParamKind::Bool:
        return "true or false";
    case ParamKind::Choice:
        break;
    }
    std::string names;
    for (int i = 0; i < param.ChoiceCount; i++)
        names += std::string(i == 0                       ? ""
                             : i + 1 == param.ChoiceCount ? " or "
                                                          : ", ") +
                 "\"" + param.Choices[i] + "\"";
    return "one of " + names;
}

void ReadProtocolField(const Reporter& report, const std::string& key, const Json& value,
                       Protocol* protocol) {
    const std::string field = "protocol." + key;
    const ParamInfo* param = FindParam(key);
    if (!param) {
        report.Field(field, "unknown field (ignored)");
        return;
    }
    double number = 0.0;
    bool ok = false;
    switch (param->Kind) {
    case ParamKind::Number:
    case ParamKind::Integer:
        if (value.is_number()) {
            number = value.get<double>();
            ok = std::isfinite(number) && (param->Kind == ParamKind::Number || number == std::floor(number));
        }
        break;
    case ParamKind::Bool:
        if (value.is_boolean()) {
            number = value.get<bool>() ? 1.0 : 0.0;
            ok = true;
        }
        break;
    case ParamKind::Choice:
        if (value.is_string()) ok = ParseParamValue(*param, value.get<std::string>(), &number, nullptr);
        break;
    }
    if (!ok) {
        report.Field(field, "expected " + Expected(*param) + ", got " + Shown(value) + " (using " +
                                FormatParamValue(*param, GetParam(*protocol, *param)) + ")");
        return;
    }
    SetParamResult result = SetParam(protocol, *param, number);
    if (result.Clamped)
        report.Field(field, "expected " + Expected(*param) + ", got " + Shown(value) + " (using " +
                                FormatParamValue(*param, result.Value) + ")");
}

} // namespace

int ScenarioCount() {
    return kScenarioIdCount;
}

const char* ScenarioIdAt(int index) {
    return kScenarioIds[index < 0 || index >= kScenarioIdCount ? 0 : index];
}

std::vector<std::string> ScenarioIds() {
    return std::vector<std::string>(kScenarioIds, kScenarioIds + kScenarioIdCount);
}

bool ParseScenario(std::string_view json_text, std::string_view file_name, Scenario* out,
                   std::vector<std::string>* messages) {
    const Reporter report = {std::string(file_name), messages};
    std::string id = out->Id;
    *out = Scenario();
    out->Id = id;
    out->Title = id.empty() ? "Custom scenario" : id;

    Json root = Json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (root.is_discarded()) {
        SyntaxErrorSax sax;
        Json::sax_parse(json_text.begin(), json_text.end(), &sax);
        report.Say("not valid JSON: " + sax.Message + " (using the default protocol)");
        return false;
    }
    if (!root.is_object()) {
        report.Say("expected a JSON object { ... }, got " + Shown(root) + " (using the default protocol)");
        return false;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        const std::string& key = it.key();
        const Json& value = it.value();
        if (key == "title") {
            if (value.is_string() && !value.get<std::string>().empty()) {
                out->Title = value.get<std::string>();
            } else {
                report.Field(key, "expected a non-empty text, got " + Shown(value));
            }
        } else if (key == "description") {
            if (value.is_string())
                out->Description = value.get<std::string>();
            else
                report.Field(key, "expected a text, got " + Shown(value));
        } else if (key == "weeks") {
            double weeks = value.is_number() ? value.get<double>() : -1.0;
            if (!value.is_number() || !std::isfinite(weeks)) {
                report.Field(key, "expected a number between 0 and " + FormatNumber(kScenarioMaxWeeks) +
                                      ", got " + Shown(value) + " (using 12)");
            } else if (weeks < 0.0 || weeks > kScenarioMaxWeeks) {
                out->Weeks = weeks < 0.0 ? 0.0 : kScenarioMaxWeeks;
                report.Field(key, "expected a number between 0 and " + FormatNumber(kScenarioMaxWeeks) +
                                      ", got " + Shown(value) + " (using " + FormatNumber(out->Weeks) + ")");
            } else {
                out->Weeks = weeks;
            }
        } else if (key == "protocol") {
            if (!value.is_object()) {
                report.Field(key, "expected an object of parameter values, got " + Shown(value) +
                                      " (using the default protocol)");
                continue;
            }
            for (auto p = value.begin(); p != value.end(); ++p)
                ReadProtocolField(report, p.key(), p.value(), &out->Settings);
        } else {
            report.Field(key, "unknown field (ignored)");
        }
    }
    if (root.find("title") == root.end()) report.Field("title", "missing");
    return true;
}

bool LoadScenario(std::string_view id, Scenario* out, std::vector<std::string>* messages) {
    for (const char* known : kScenarioIds) {
        if (id != known) continue;
        std::string path = std::string("assets/scenarios/") + known + ".json";
        out->Id = known;
        const EmbeddedFile* file = FindEmbeddedFile(path.c_str());
        if (!file) {
            if (messages)
                messages->push_back(path + ": not embedded in this build (using the default protocol)");
            *out = Scenario();
            out->Id = known;
            out->Title = known;
            return false;
        }
        return ParseScenario(file->Text(), std::string(known) + ".json", out, messages);
    }
    if (messages) {
        std::string list;
        for (const char* known : kScenarioIds) list += std::string(list.empty() ? "" : ", ") + known;
        std::string shown(id.substr(0, 40));
        messages->push_back("unknown scenario '" + shown + "' (known: " + list + ")");
    }
    return false;
}

bool LoadScenarioFile(const std::string& path, Scenario* out, std::vector<std::string>* messages) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) {
        if (messages) messages->push_back(path + ": cannot be read");
        return false;
    }
    std::string text;
    char buffer[4096];
    size_t count = 0;
    while ((count = std::fread(buffer, 1, sizeof(buffer), file)) > 0 && text.size() <= kMaxFileBytes)
        text.append(buffer, count);
    std::fclose(file);
    if (text.size() > kMaxFileBytes) {
        if (messages) messages->push_back(path + ": larger than 1 MB, not a scenario");
        return false;
    }
    size_t slash = path.find_last_of("/\\");
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    out->Id = name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0
                  ? name.substr(0, name.size() - 5)
                  : name;
    return ParseScenario(text, path, out, messages);
}

} // namespace ng
