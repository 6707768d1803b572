#include "problem_reporter.h"

#include <nlohmann/json.hpp>

namespace ng {

using nlohmann::json;

namespace {

// The parser without exceptions says only "discarded"; this SAX pass over the same text keeps
// nlohmann's reason and the byte where it stopped.
struct SyntaxErrorFinder : nlohmann::json_sax<json> {
    std::string Reason;
    size_t Byte = 0; // 1-based position of the last character read
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t byte, const std::string&,
                     const nlohmann::detail::exception& error) override {
        // "[json.exception.parse_error.101] parse error at line 1, column 6: syntax error ..." ->
        // "syntax error ..."; the place is worked out from the byte (number overflows carry none).
        Reason = error.what();
        size_t bracket = Reason.find("] ");
        if (Reason.rfind("[json.exception", 0) == 0 && bracket != std::string::npos)
            Reason.erase(0, bracket + 2);
        size_t colon = Reason.find(": ");
        if (Reason.rfind("parse error", 0) == 0 && colon != std::string::npos) Reason.erase(0, colon + 2);
        Byte = byte;
        return false;
    }
};

// "line 3, column 5" for the 1-based byte position of a syntax error.
std::string TextPlace(std::string_view text, size_t byte) {
    size_t at = byte == 0 ? 0 : byte - 1;
    if (at > text.size()) at = text.size();
    size_t line = 1, line_start = 0;
    for (size_t i = 0; i < at; i++) {
        if (text[i] != '\n') continue;
        line++;
        line_start = i + 1;
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(at - line_start + 1);
}

} // namespace

void ProblemReporter::Problem(const std::string& where, const std::string& what) const {
    if (Problems) Problems->push_back(File + ": " + (where.empty() ? "" : where + ": ") + what);
}

bool ProblemReporter::ParseObject(std::string_view text, json* out) const {
    *out = json::parse(text, nullptr, false);
    if (out->is_discarded()) {
        SyntaxErrorFinder finder;
        json::sax_parse(text, &finder);
        Problem(TextPlace(text, finder.Byte),
                "not valid JSON (" + (finder.Reason.empty() ? std::string("syntax error") : finder.Reason) +
                    ")");
        return false;
    }
    if (!out->is_object()) {
        Problem("", std::string("expected a JSON object { ... }, got ") + out->type_name());
        return false;
    }
    return true;
}

std::string ProblemReporter::String(const json& object, const std::string& field, const char* key) const {
    std::string path = FieldPath(field, key);
    auto it = object.find(key);
    if (it == object.end()) {
        Problem(path, "missing; expected a non-empty string");
        return std::string();
    }
    if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
        Problem(path, std::string("expected a non-empty string, got ") +
                          (it->is_string() ? "an empty one" : it->type_name()));
        return std::string();
    }
    return it->get<std::string>();
}

const json* ProblemReporter::Array(const json& object, const std::string& field, const char* key) const {
    std::string path = FieldPath(field, key);
    auto it = object.find(key);
    if (it == object.end()) {
        Problem(path, "missing; expected an array [ ... ]");
        return nullptr;
    }
    if (!it->is_array()) {
        Problem(path, std::string("expected an array [ ... ], got ") + it->type_name());
        return nullptr;
    }
    return &*it;
}

void ProblemReporter::OnlyKeys(const json& object, const std::string& field,
                               std::initializer_list<const char*> allowed) const {
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char* key : allowed) known |= it.key() == key;
        if (known) continue;
        std::string list;
        for (const char* key : allowed) list += (list.empty() ? "" : ", ") + std::string(key);
        Problem(FieldPath(field, it.key()), "unknown field; expected one of " + list);
    }
}

std::string FieldPath(const std::string& parent, const std::string& child) {
    return parent.empty() ? child : parent + "." + child;
}

std::string ShownJson(const json& value) {
    std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
    return text.size() > 60 ? text.substr(0, 57) + "..." : text;
}

} // namespace ng
