// Parameter values from text (URL, command line) and JSON (scenario files, tour, JavaScript API):
// every kind, refusals with what was expected and what was got, and clamping left to SetParam.
#include "io/param_value.h"
#include <cstdio>
#include <doctest/doctest.h>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

using namespace ng;
using nlohmann::json;

static const ParamInfo& Param(const char* name) {
    const ParamInfo* param = FindParam(name);
    REQUIRE(param != nullptr);
    return *param;
}

// What a reader gave: the value read ("%.17g"), or "error: " and the message if it refused.
static std::string Outcome(bool ok, double value, const std::string& error) {
    if (!ok) return "error: " + error;
    char buffer[64];
    std::snprintf(buffer, sizeof(buffer), "%.17g", value);
    return buffer;
}

static std::string FromText(const char* name, const char* text) {
    double value = 0.0;
    std::string error;
    bool ok = ParamValueFromText(Param(name), text, &value, &error);
    return Outcome(ok, value, error);
}

static std::string FromJson(const char* name, const json& json_value) {
    double value = 0.0;
    std::string error;
    bool ok = ParamValueFromJson(Param(name), json_value, &value, &error);
    return Outcome(ok, value, error);
}

TEST_CASE("text: numbers, whole numbers, switches and choice names or indices") {
    CHECK(FromText("intensity", "80") == "80");
    CHECK(FromText("intensity", " 72.5 ") == "72.5");
    CHECK(FromText("form", ".5") == "0.5");
    CHECK(FromText("form", "+5e-1") == "0.5");
    CHECK(FromText("sessions", "4") == "4");
    CHECK(FromText("sessions", "4.0") == "4");
    for (const char* on : {"true", "on", "yes", "1", "TRUE", "On"}) CHECK(FromText("irisin", on) == "1");
    for (const char* off : {"false", "off", "no", "0"}) CHECK(FromText("block_igf1", off) == "0");
    CHECK(FromText("bdnf_transport", "strong") == "2");
    CHECK(FromText("bdnf_transport", "OFF") == "0");
    CHECK(FromText("bdnf_transport", "1") == "1");
    CHECK(FromText("neurogenesis", "sorrells") == "1");
    CHECK(FromText("species", "mouse") == "2");
}

TEST_CASE("text: out-of-range numbers are read as given, SetParam clamps them with one message") {
    CHECK(FromText("intensity", "1e2") == "100");
    CHECK(FromText("intensity", "-3") == "-3");
    CHECK(FromText("sessions", "9") == "9");
    Protocol protocol;
    SetParamResult result = SetParam(&protocol, Param("intensity"), 120.0);
    CHECK(ParamClampedMessage(Param("intensity"), 120.0, result.Value) == "120 is outside 40-95; using 95");
    result = SetParam(&protocol, Param("sessions"), 9.0);
    CHECK(ParamClampedMessage(Param("sessions"), 9.0, result.Value) == "9 is outside 0-7; using 7");
    CHECK(ParamClampedMessage(Param("form"), -0.25, 0.0) == "-0.25 is outside 0-1; using 0");
}

TEST_CASE("text: NaN, infinity, garbage, trailing junk and empty text are refused with what was expected") {
    for (const char* bad : {" ", "nan", "NaN", "inf", "-inf", "infinity", "1e999", "-1e999", "abc", "70abc",
                            "70 %", "7 0", "0x10", "1e", "--1", "+", ".", "1.2.3", "70,5"}) {
        CAPTURE(bad);
        CHECK(FromText("intensity", bad) ==
              "error: expected a number between 40 and 95, got '" + std::string(bad) + "'");
    }
    CHECK(FromText("intensity", "") == "error: expected a number between 40 and 95, got nothing");
    CHECK(FromText("sessions", "2.5") == "error: expected a whole number between 0 and 7, got '2.5'");
    CHECK(FromText("sets", "three") == "error: expected a whole number between 1 and 10, got 'three'");
    CHECK(FromText("irisin", "maybe") == "error: expected true/false, on/off, yes/no or 1/0, got 'maybe'");
    CHECK(FromText("irisin", "2") == "error: expected true/false, on/off, yes/no or 1/0, got '2'");
    CHECK(FromText("bdnf_transport", "medium") == "error: expected one of off, weak or strong, got 'medium'");
    CHECK(FromText("bdnf_transport", "3") == "error: expected one of off, weak or strong, got '3'");
    CHECK(FromText("neurogenesis", "maybe") == "error: expected one of spalding or sorrells, got 'maybe'");
    // What a person typed is quoted back printable and short.
    CHECK(FromText("intensity", "a\tb") == "error: expected a number between 40 and 95, got 'a?b'");
    std::string long_error = FromText("intensity", std::string(500, 'x').c_str());
    CHECK(long_error.size() < 120);
    CHECK(long_error.find("...'") != std::string::npos);
}

TEST_CASE("JSON: numbers, true/false and texts read as the same text would be") {
    CHECK(FromJson("intensity", 80) == "80");
    CHECK(FromJson("intensity", 72.5) == "72.5");
    CHECK(FromJson("intensity", "72.5") == "72.5");
    CHECK(FromJson("intensity", 1e308) == "1e+308"); // read; SetParam clamps
    CHECK(FromJson("recovery", -1e308) == "-1e+308");
    CHECK(FromJson("sessions", 3.0) == "3");
    CHECK(FromJson("sessions", json::parse("18446744073709551615")) == "1.8446744073709552e+19");
    CHECK(FromJson("irisin", true) == "1");
    CHECK(FromJson("irisin", false) == "0");
    CHECK(FromJson("irisin", "off") == "0");
    CHECK(FromJson("irisin", 1) == "1");
    CHECK(FromJson("neurogenesis", "sorrells") == "1");
    CHECK(FromJson("bdnf_transport", "Weak") == "1");
    CHECK(FromJson("bdnf_transport", 2) == "2");
}

TEST_CASE("JSON: a wrong type or an unknown choice says what was expected and what was got") {
    CHECK(FromJson("intensity", true) == "error: expected a number between 40 and 95, got 'true'");
    CHECK(FromJson("intensity", "heavy") == "error: expected a number between 40 and 95, got 'heavy'");
    CHECK(FromJson("intensity", nullptr) == "error: expected a number between 40 and 95, got null");
    CHECK(FromJson("form", json::array({1})) == "error: expected a number between 0 and 1, got [1]");
    CHECK(FromJson("form", json::object()) == "error: expected a number between 0 and 1, got {}");
    CHECK(FromJson("sessions", 2.5) == "error: expected a whole number between 0 and 7, got '2.5'");
    CHECK(FromJson("irisin", "maybe") == "error: expected true/false, on/off, yes/no or 1/0, got 'maybe'");
    CHECK(FromJson("bdnf_transport", true) == "error: expected one of off, weak or strong, got 'true'");
    CHECK(FromJson("bdnf_transport", "medium") == "error: expected one of off, weak or strong, got 'medium'");
    CHECK(FromJson("neurogenesis", 5) == "error: expected one of spalding or sorrells, got '5'");
    // NaN and infinity cannot come from JSON text, but a value built in code is refused too.
    CHECK(FromJson("intensity", std::numeric_limits<double>::quiet_NaN()).rfind("error: ", 0) == 0);
    CHECK(FromJson("intensity", std::numeric_limits<double>::infinity()).rfind("error: ", 0) == 0);
    std::string long_array = FromJson("form", json(std::vector<int>(100, 1)));
    CHECK(long_array.size() < 120);
}

TEST_CASE("JSON and text give the same message for the same mistake") {
    for (const char* name : {"intensity", "sessions", "irisin", "bdnf_transport"}) {
        for (const char* text : {"heavy", "2.5", "1e999", "nan", "maybe", ""}) {
            CAPTURE(name);
            CAPTURE(text);
            CHECK(FromJson(name, text) == FromText(name, text));
        }
    }
}

TEST_CASE("the value of every parameter as FormatParamValue writes it reads back") {
    Protocol protocol;
    SetParam(&protocol, Param("bdnf_transport"), 2.0);
    SetParam(&protocol, Param("intensity"), 72.25);
    for (int i = 0; i < ParamCount(); i++) {
        const ParamInfo& param = ParamAt(i);
        double value = GetParam(protocol, param), read = -1.0;
        std::string text = FormatParamValue(param, value);
        CAPTURE(param.Name);
        CAPTURE(text);
        CHECK(ParamValueFromText(param, text, &read, nullptr));
        CHECK(read == value);
        read = -1.0;
        CHECK(ParamValueFromJson(param, json(text), &read, nullptr));
        CHECK(read == value);
    }
}

TEST_CASE("an unknown parameter name lists the known ones") {
    std::string message = UnknownParamMessage();
    CHECK(message.rfind("unknown parameter; expected one of intensity, recovery, ", 0) == 0);
    for (int i = 0; i < ParamCount(); i++) CHECK(message.find(ParamAt(i).Name) != std::string::npos);
}
