#include "share_link.h"
#include "io/scenario.h"
#include "model/param_registry.h"
#include "session.h"
#include <cstdio>
#include <cstdlib>

namespace ng {

// What a fresh load of the scenario starts from (the defaults if it is "" or unknown).
static Protocol ScenarioPlan(const std::string& scenario_id) {
    Scenario scenario;
    std::vector<std::string> messages;
    if (!scenario_id.empty() && LoadScenario(scenario_id, &scenario, &messages)) return scenario.Settings;
    return Protocol();
}

static ParamValues Differences(const Protocol& plan, const Protocol& base) {
    ParamValues changes;
    for (int i = 0; i < ParamCount(); i++) {
        const ParamInfo& p = ParamAt(i);
        double value = GetParam(plan, p);
        if (value != GetParam(base, p)) changes.push_back({&p, value});
    }
    return changes;
}

ParamValues ProtocolChanges(const Protocol& plan, const std::string& scenario_id) {
    return Differences(plan, ScenarioPlan(scenario_id));
}

// The shortest text that reads back as the same double (a slider leaves values like 72.3456...).
static std::string ValueText(const ParamInfo& param, double value) {
    if (param.Kind != ParamKind::Number) return FormatParamValue(param, value);
    char text[40];
    for (int digits = 10; digits <= 17; digits++) {
        std::snprintf(text, sizeof(text), "%.*g", digits, value);
        if (std::strtod(text, nullptr) == value) break;
    }
    return text;
}

std::string ShareProtocolQuery(const Session& run) {
    std::string query;
    auto add = [&](const std::string& name, const std::string& value) {
        query += (query.empty() ? "" : "&") + name + "=" + value;
    };
    if (!run.ScenarioId.empty()) add("scenario", run.ScenarioId);
    for (const auto& [param, value] : ProtocolChanges(run.Plan, run.ScenarioId))
        add(param->Name, ValueText(*param, value));
    if (!run.Compare) return query;
    add("compare", run.Compare->Source);
    // B's changes: against A's protocol for a copy (a load copies A as the link sets it), else
    // against B's scenario.
    const CompareRun& b = *run.Compare;
    ParamValues changes =
        b.Source == "copy" ? Differences(b.Plan, run.Plan) : ProtocolChanges(b.Plan, b.Source);
    for (const auto& [param, value] : changes) add(std::string("b_") + param->Name, ValueText(*param, value));
    return query;
}

} // namespace ng
