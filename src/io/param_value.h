// A parameter's value (param_registry.h) read from what a person wrote: text from a URL, the
// command line or --set, or a JSON value in a scenario file, a tour step or a neurogains.set()
// call. One reader, so one mistake reads the same wherever it was made (docs/content-format.md):
//   "expected a number between 40 and 95, got 'heavy'"    (the caller says where)
//   "120 is outside 40-95; using 95"                       (SetParam clamped it)
#pragma once
#include "model/param_registry.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>

namespace ng {

// Numbers (no NaN/Inf, nothing trailing; whole for Integer), true/false/on/off/yes/no/1/0 for
// switches, choice names (any case) or indices for choices. Does not clamp: out-of-range numbers
// are read and SetParam clamps them. On failure, *error says what was expected and what was got.
bool ParamValueFromText(const ParamInfo& param, std::string_view text, double* value, std::string* error);
// A JSON string is read as the same text would be; a number or true/false as its JSON spelling
// (70, 2.5, true); anything else (null, arrays, objects) is refused.
bool ParamValueFromJson(const ParamInfo& param, const nlohmann::json& json, double* value,
                        std::string* error);

// "120 is outside 40-95; using 95": what every reader says when SetParam clamped given to used.
std::string ParamClampedMessage(const ParamInfo& param, double given, double used);
// "unknown parameter; expected one of intensity, recovery, ...": a name FindParam does not know.
std::string UnknownParamMessage();

} // namespace ng
