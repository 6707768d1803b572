// Scenarios: a title, a plain-words description, the suggested length and protocol values by
// their registry names (param_registry.h), as JSON in assets/scenarios/<id>.json:
//
//   { "title": "Balanced programme", "description": "...", "weeks": 12,
//     "protocol": { "intensity": 70, "recovery": 48, "sessions": 3, "bdnf_transport": "weak" } }
//
// Loading never fails hard: every bad field is reported ("file: protocol.intensity: expected ...,
// got ...; using 70", problem_reporter.h) and falls back to its default; unknown fields are
// reported and ignored.
#pragma once
#include "model/protocol.h"

#include <string>
#include <string_view>
#include <vector>

namespace ng {

struct Scenario {
    std::string Id;
    std::string Title;
    std::string Description;
    double Weeks = 12.0;
    Protocol Settings;
};

constexpr double kScenarioMaxWeeks = 520.0;

int ScenarioCount();
const char* ScenarioIdAt(int index); // sedentary, beginner, balanced, overtraining, poor-form, ...
std::vector<std::string> ScenarioIds();

// The embedded assets/scenarios/<id>.json. False (with a message listing the ids) if unknown.
bool LoadScenario(std::string_view id, Scenario* out, std::vector<std::string>* messages);
// A scenario file on disk (native CLI). False if it cannot be read or is not a JSON object.
bool LoadScenarioFile(const std::string& path, Scenario* out, std::vector<std::string>* messages);
// From JSON text; file_name prefixes the messages. False only if the text is not a JSON object,
// in which case *out holds the defaults. Field problems give messages and defaults but true.
bool ParseScenario(std::string_view json_text, std::string_view file_name, Scenario* out,
                   std::vector<std::string>* messages);

} // namespace ng
