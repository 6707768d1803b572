// The actions that set the app up, shared by tour steps and questions (docs/content-format.md §5):
// scenario, set, advance_days, view, speed, paused, lab and explain, one key per action object.
#pragma once
#include "content_json.h"
#include "session/commands.h"
#include <string>
#include <vector>

namespace ng {

// One action object -> zero or more commands (several for "set"); problems reported, an invalid
// action dropped.
void ReadContentAction(const ProblemReporter& reader, const nlohmann::json& action, const std::string& field,
                       std::vector<Command>* out);

} // namespace ng
