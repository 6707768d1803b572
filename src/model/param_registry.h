// The training inputs and switches by name, shared by the CLI (--set), URL parameters, the
// JavaScript API and scenario files.
#pragma once
#include "protocol.h"

#include <string>
#include <string_view>

namespace ng {

enum class ParamKind { Number, Integer, Bool, Choice };

struct ParamInfo {
    const char* Name;  // snake_case, e.g. "intensity"
    const char* Unit;  // "" when dimensionless
    const char* Label; // for the UI
    double Min, Max, Default;
    ParamKind Kind;
    const char* const* Choices; // Choice only: value i is Choices[i]
    int ChoiceCount;
    const char* Help;
    const char* Source; // tags of docs/science-background.md §1
};

struct SetParamResult {
    double Value; // what was stored
    bool Clamped; // the value was outside [Min, Max] (or not whole for Integer/Bool/Choice)
    bool Invalid; // NaN: nothing stored
};

int ParamCount();
const ParamInfo& ParamAt(int index);
const ParamInfo* FindParam(std::string_view name); // nullptr if unknown

double GetParam(const Protocol& protocol, const ParamInfo& param);
SetParamResult SetParam(Protocol* protocol, const ParamInfo& param, double value);

// Numbers (no NaN/Inf, nothing trailing), choice names or indices, true/false/on/off/yes/no/1/0.
// Does not clamp: out-of-range numbers parse and SetParam clamps them. On failure, *error says
// what was expected.
bool ParseParamValue(const ParamInfo& param, std::string_view text, double* value, std::string* error);
// The value as text: choice name, "on"/"off", or a number.
std::string FormatParamValue(const ParamInfo& param, double value);

// Every field inside its range; NaN becomes the default.
Protocol SanitizeProtocol(const Protocol& protocol);

} // namespace ng
