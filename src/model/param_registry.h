// The training inputs and switches by name, shared by the CLI (--set), URL parameters, the
// JavaScript API and scenario files. Reading a value from text or JSON is io/param_value.h.
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

// The value as text: choice name, "on"/"off", or a number.
std::string FormatParamValue(const ParamInfo& param, double value);

// Every field inside its range; NaN becomes the default.
Protocol SanitizeProtocol(const Protocol& protocol);

} // namespace ng
