// Reading a JSON file field by field and reporting what is wrong with it, one line per problem:
// "file: where: what was expected" (docs/content-format.md), e.g.
//   "assets/content/es/tour.json: steps.weeks.caption: expected a non-empty string"
//   "my.json: line 3, column 5: not valid JSON (syntax error while parsing object ...)".
// Scenario files (scenario.cpp), the content files and the tour (src/content) all report this way;
// readers report and go on with what is valid.
#pragma once
#include <nlohmann/json_fwd.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace ng {

struct ProblemReporter {
    std::string File;                             // starts every line
    std::vector<std::string>* Problems = nullptr; // where the lines go; nullptr drops them

    // "file: where: what", or "file: what" when where is "".
    void Problem(const std::string& where, const std::string& what) const;
    // The text as a JSON object; false (reported, with line and column of a syntax error) if it
    // is not one. Works without exceptions, which are off in the web build.
    bool ParseObject(std::string_view text, nlohmann::json* out) const;
    // object[key] as a non-empty string; reports and returns "" if it is missing or not one.
    std::string String(const nlohmann::json& object, const std::string& field, const char* key) const;
    // object[key] as an array; nullptr (reported) if missing or of another type.
    const nlohmann::json* Array(const nlohmann::json& object, const std::string& field,
                                const char* key) const;
    // Reports every key of object that is not one of allowed (catches misspelt fields).
    void OnlyKeys(const nlohmann::json& object, const std::string& field,
                  std::initializer_list<const char*> allowed) const;
};

// "a.b" for nested field names ("" + "b" = "b").
std::string FieldPath(const std::string& parent, const std::string& child);

// A JSON value as problems quote it: compact JSON, cut after 60 characters.
std::string ShownJson(const nlohmann::json& value);

} // namespace ng
