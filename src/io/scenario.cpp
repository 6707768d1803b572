#include "scenario.h"

#include "embedded_files.h"
#include "param_value.h"
#include "problem_reporter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

namespace ng {

namespace {

using Json = nlohmann::json;

const char* const kScenarioIds[] = {"sedentary", "beginner",    "balanced",         "overtraining",
                                    "poor-form", "older-adult", "aerobic-reference"};
const int kScenarioIdCount = (int)(sizeof(kScenarioIds) / sizeof(kScenarioIds[0]));
const size_t kMaxFileBytes = 1 << 20;

// The suggested length is not part of the protocol, but it is read and clamped like a parameter.
const ParamInfo kWeeks = {"weeks", "weeks", "Weeks", 0.0, kScenarioMaxWeeks, 12.0, ParamKind::Number,
                          nullptr, 0,       "",      ""};

// "protocol": { name: value, ... }: unreadable values keep the default, out-of-range ones are
// clamped, each with a problem worded as everywhere else (param_value.h).
void ReadProtocolField(const ProblemReporter& report, const std::string& key, const Json& value,
                       Protocol* protocol) {
    const std::string field = "protocol." + key;
    const ParamInfo* param = FindParam(key);
    if (!param) {
        report.Problem(field, UnknownParamMessage());
        return;
    }
    double number = 0.0;
    std::string error;
    if (!ParamValueFromJson(*param, value, &number, &error)) {
        report.Problem(field, error + "; using " + FormatParamValue(*param, GetParam(*protocol, *param)));
        return;
    }
    SetParamResult result = SetParam(protocol, *param, number);
    if (result.Clamped) report.Problem(field, ParamClampedMessage(*param, number, result.Value));
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
    const ProblemReporter report = {std::string(file_name), messages};
    std::string id = out->Id;
    *out = Scenario();
    out->Id = id;
    out->Title = id.empty() ? "Custom scenario" : id;

    Json root;
    if (!report.ParseObject(json_text, &root)) return false;
    report.OnlyKeys(root, "", {"title", "description", "weeks", "protocol"});
    std::string title = report.String(root, "", "title");
    if (!title.empty()) out->Title = title;
    if (auto it = root.find("description"); it != root.end()) {
        if (it->is_string())
            out->Description = it->get<std::string>();
        else
            report.Problem("description", std::string("expected a string, got ") + it->type_name());
    }
    if (auto it = root.find("weeks"); it != root.end()) {
        double weeks = 0.0;
        std::string error;
        if (!ParamValueFromJson(kWeeks, *it, &weeks, &error)) {
            report.Problem("weeks", error + "; using " + FormatParamValue(kWeeks, out->Weeks));
        } else {
            out->Weeks = std::min(std::max(weeks, kWeeks.Min), kWeeks.Max);
            if (out->Weeks != weeks) report.Problem("weeks", ParamClampedMessage(kWeeks, weeks, out->Weeks));
        }
    }
    if (auto it = root.find("protocol"); it != root.end()) {
        if (!it->is_object())
            report.Problem("protocol", "expected an object of parameter names and values, got " +
                                           ShownJson(*it) + "; using the default protocol");
        else
            for (auto p = it->begin(); p != it->end(); ++p)
                ReadProtocolField(report, p.key(), p.value(), &out->Settings);
    }
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
