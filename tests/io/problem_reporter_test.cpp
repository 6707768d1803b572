// The problem reporter: "file: where: what" lines, JSON syntax errors with line and column, and the
// field checks shared by scenario and content files.
#include "io/problem_reporter.h"
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace ng;
using nlohmann::json;

// The one problem reported for text, or "" if it parsed into an object.
static std::string ParseProblem(const std::string& text) {
    std::vector<std::string> problems;
    ProblemReporter report{"f.json", &problems};
    json root;
    bool ok = report.ParseObject(text, &root);
    CHECK(ok == problems.empty());
    if (ok) CHECK(root.is_object());
    REQUIRE(problems.size() <= 1);
    return problems.empty() ? std::string() : problems[0];
}

TEST_CASE("problems read file: where: what, and nowhere to put them is allowed") {
    std::vector<std::string> problems;
    ProblemReporter report{"a/b.json", &problems};
    report.Problem("steps[2].id", "\"x\" is used twice");
    report.Problem("", "expected a JSON object { ... }, got array");
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "a/b.json: steps[2].id: \"x\" is used twice");
    CHECK(problems[1] == "a/b.json: expected a JSON object { ... }, got array");
    ProblemReporter silent{"c.json"};
    silent.Problem("x", "dropped"); // Problems is nullptr
    CHECK(FieldPath("", "b") == "b");
    CHECK(FieldPath("a", "b") == "a.b");
}

TEST_CASE("a syntax error is reported with its line and column") {
    CHECK(ParseProblem("{\"a\": 1}").empty());
    CHECK(ParseProblem("{\"a\" 1}") == "f.json: line 1, column 6: not valid JSON (syntax error while parsing "
                                       "object separator - unexpected number literal; expected ':')");
    CHECK(
        ParseProblem("{\n  \"a\": 1,\n  \"b\" 2\n}") ==
        "f.json: line 3, column 7: not valid JSON (syntax error while parsing object separator - unexpected "
        "number literal; expected ':')");
    CHECK(ParseProblem("") == "f.json: line 1, column 1: not valid JSON (syntax error while parsing value - "
                              "unexpected end of input; expected '[', '{', or a literal)");
    CHECK(
        ParseProblem("{\"a\": 1}\n\nx").rfind("f.json: line 3, column 1: not valid JSON (syntax error", 0) ==
        0); // trailing text
    CHECK(ParseProblem("{\"a\": [1e999]}") ==
          "f.json: line 1, column 12: not valid JSON (number overflow parsing '1e999')");
    for (const char* text :
         {"{", "{\"title\": }", "{\"title\": \"x\",}", "nul", "\xff\xfe", "{\"a\": \"\xff\"}"}) {
        CAPTURE(text);
        CHECK(ParseProblem(text).rfind("f.json: line 1, column ", 0) == 0);
        CHECK(ParseProblem(text).find("not valid JSON (") != std::string::npos);
    }
}

TEST_CASE("valid JSON that is not an object is reported by its type") {
    CHECK(ParseProblem("[1, 2]") == "f.json: expected a JSON object { ... }, got array");
    CHECK(ParseProblem("7") == "f.json: expected a JSON object { ... }, got number");
    CHECK(ParseProblem("null") == "f.json: expected a JSON object { ... }, got null");
}

TEST_CASE("field checks: non-empty strings, arrays and only the allowed keys") {
    std::vector<std::string> problems;
    ProblemReporter report{"f.json", &problems};
    json object = json::parse(R"({"id": "a", "empty": "", "n": 3, "list": [1], "colour": "red"})");
    CHECK(report.String(object, "x", "id") == "a");
    CHECK(report.String(object, "x", "empty").empty());
    CHECK(report.String(object, "x", "n").empty());
    CHECK(report.String(object, "", "missing").empty());
    CHECK(report.Array(object, "x", "list") != nullptr);
    CHECK(report.Array(object, "x", "n") == nullptr);
    CHECK(report.Array(object, "x", "none") == nullptr);
    report.OnlyKeys(object, "x", {"id", "empty", "n", "list"});
    const std::vector<std::string> expected = {
        "f.json: x.empty: expected a non-empty string, got an empty one",
        "f.json: x.n: expected a non-empty string, got number",
        "f.json: missing: missing; expected a non-empty string",
        "f.json: x.n: expected an array [ ... ], got number",
        "f.json: x.none: missing; expected an array [ ... ]",
        "f.json: x.colour: unknown field; expected one of id, empty, n, list",
    };
    CHECK(problems == expected);
}

TEST_CASE("JSON values are quoted compact and short") {
    CHECK(ShownJson(json("yes")) == "\"yes\"");
    CHECK(ShownJson(json::parse("[1, 2]")) == "[1,2]");
    std::string shown = ShownJson(json(std::string(200, 'x')));
    CHECK(shown.size() == 60);
    CHECK(shown.substr(57) == "...");
}
