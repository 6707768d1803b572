#include "param_value.h"

#include "problem_reporter.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>

namespace ng {

namespace {

bool EqualsNoCase(std::string_view a, const char* b) {
    size_t i = 0;
    for (; i < a.size() && b[i] != 0; i++) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = (char)(x - 'A' + 'a');
        if (x != y) return false;
    }
    return i == a.size() && b[i] == 0;
}

bool IsDigit(char c) {
    return c >= '0' && c <= '9';
}

// [+-] digits [. digits] [e [+-] digits], or [+-] . digits [...]: what strtod accepts minus
// hex, inf, nan and locale surprises.
bool IsPlainNumber(std::string_view text) {
    size_t i = 0, n = text.size();
    if (i < n && (text[i] == '+' || text[i] == '-')) i++;
    size_t digits = 0;
    while (i < n && IsDigit(text[i])) i++, digits++;
    if (i < n && text[i] == '.') {
        i++;
        while (i < n && IsDigit(text[i])) i++, digits++;
    }
    if (digits == 0) return false;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        i++;
        if (i < n && (text[i] == '+' || text[i] == '-')) i++;
        size_t exp_digits = 0;
        while (i < n && IsDigit(text[i])) i++, exp_digits++;
        if (exp_digits == 0) return false;
    }
    return i == n;
}

std::string_view Trim(std::string_view text) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    return text;
}

// What a person typed, quoted back: printable ASCII only, cut after 40 characters.
std::string Quoted(std::string_view text) {
    if (text.empty()) return "nothing";
    std::string out = "'";
    for (char c : text.substr(0, 40)) out += (c >= 32 && c < 127) ? c : '?';
    if (text.size() > 40) out += "...";
    return out + "'";
}

// "a number between 40 and 95", "a whole number between 0 and 7", "true/false, on/off, yes/no or
// 1/0", "one of off, weak or strong".
std::string Expected(const ParamInfo& param) {
    std::string range = FormatParamValue(param, param.Min) + " and " + FormatParamValue(param, param.Max);
    std::string names;
    switch (param.Kind) {
    case ParamKind::Number:
        return "a number between " + range;
    case ParamKind::Integer:
        return "a whole number between " + range;
    case ParamKind::Bool:
        return "true/false, on/off, yes/no or 1/0";
    case ParamKind::Choice:
        for (int i = 0; i < param.ChoiceCount; i++)
            names +=
                (i > 0 ? (i + 1 == param.ChoiceCount ? " or " : ", ") : "") + std::string(param.Choices[i]);
        return "one of " + names;
    }
    return std::string();
}

bool ReadNumber(std::string_view text, bool whole, double* value) {
    if (!IsPlainNumber(text)) return false;
    std::string copy(text);
    double parsed = std::strtod(copy.c_str(), nullptr);
    if (!std::isfinite(parsed) || (whole && parsed != std::floor(parsed))) return false;
    *value = parsed;
    return true;
}

bool ReadSwitch(std::string_view text, double* value) {
    static const char* const kOn[] = {"true", "on", "yes", "1"};
    static const char* const kOff[] = {"false", "off", "no", "0"};
    for (int i = 0; i < 4; i++) {
        if (!EqualsNoCase(text, kOn[i]) && !EqualsNoCase(text, kOff[i])) continue;
        *value = EqualsNoCase(text, kOn[i]) ? 1.0 : 0.0;
        return true;
    }
    return false;
}

bool ReadChoice(const ParamInfo& param, std::string_view text, double* value) {
    for (int i = 0; i < param.ChoiceCount; i++) {
        if (EqualsNoCase(text, param.Choices[i]) || (text.size() == 1 && text[0] == (char)('0' + i))) {
            *value = i;
            return true;
        }
    }
    return false;
}

} // namespace

bool ParamValueFromText(const ParamInfo& param, std::string_view raw, double* value, std::string* error) {
    std::string_view text = Trim(raw);
    bool ok = false;
    switch (param.Kind) {
    case ParamKind::Number:
    case ParamKind::Integer:
        ok = ReadNumber(text, param.Kind == ParamKind::Integer, value);
        break;
    case ParamKind::Bool:
        ok = ReadSwitch(text, value);
        break;
    case ParamKind::Choice:
        ok = ReadChoice(param, text, value);
        break;
    }
    if (!ok && error) *error = "expected " + Expected(param) + ", got " + Quoted(raw);
    return ok;
}

bool ParamValueFromJson(const ParamInfo& param, const nlohmann::json& json, double* value,
                        std::string* error) {
    if (json.is_string()) return ParamValueFromText(param, json.get_ref<const std::string&>(), value, error);
    if (json.is_number() || json.is_boolean()) return ParamValueFromText(param, json.dump(), value, error);
    if (error) *error = "expected " + Expected(param) + ", got " + ShownJson(json);
    return false;
}

std::string ParamClampedMessage(const ParamInfo& param, double given, double used) {
    return FormatParamValue(param, given) + " is outside " + FormatParamValue(param, param.Min) + "-" +
           FormatParamValue(param, param.Max) + "; using " + FormatParamValue(param, used);
}

std::string UnknownParamMessage() {
    std::string names;
    for (int i = 0; i < ParamCount(); i++) names += (i ? ", " : "") + std::string(ParamAt(i).Name);
    return "unknown parameter; expected one of " + names;
}

} // namespace ng
