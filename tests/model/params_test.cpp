// The parameter registry: names, parsing, clamping and rejections.
#include "test_support.h"

#include "model/readouts.h"

#include <cmath>
#include <limits>
#include <set>
#include <string>

using namespace ng;
using namespace ng_test;

TEST_SUITE("params") {

    TEST_CASE("names are unique snake_case and defaults match Protocol{} and lie in range") {
        std::set<std::string> names;
        Protocol defaults;
        for (int i = 0; i < ParamCount(); i++) {
            const ParamInfo& p = ParamAt(i);
            INFO(p.Name);
            CHECK(names.insert(p.Name).second);
            for (const char* c = p.Name; *c; c++)
                CHECK(((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_'));
            CHECK(p.Min <= p.Default);
            CHECK(p.Default <= p.Max);
            CHECK(GetParam(defaults, p) == p.Default);
            CHECK(FindParam(p.Name) == &p);
            CHECK(std::string(p.Label).size() > 0);
            CHECK(std::string(p.Help).size() > 0);
            if (p.Kind == ParamKind::Choice) CHECK(p.ChoiceCount == (int)p.Max + 1);
        }
        for (const char* required :
             {"intensity", "recovery", "sessions", "sets", "reps", "rest", "form", "age", "bdnf_transport",
              "neurogenesis", "irisin", "cathepsin_b", "block_igf1", "block_vegf", "exercise"})
            CHECK_MESSAGE(FindParam(required) != nullptr, required);
        CHECK(FindParam("Intensity") == nullptr);
        CHECK(FindParam("") == nullptr);
    }

    TEST_CASE("readout names are unique snake_case with their normal ranges") {
        std::set<std::string> names;
        for (int i = 0; i < ReadoutCount(); i++) {
            const ReadoutInfo& r = ReadoutAt(i);
            CHECK(names.insert(r.Name).second);
            CHECK(FindReadout(r.Name) == i);
            CHECK(r.NormalLow <= r.NormalHigh);
        }
        CHECK(FindReadout("nope") == -1);
        CHECK(names.count("serum_bdnf_ng_ml") == 1);
        CHECK(names.count("new_neurons_per_day") == 1);
    }

    static bool Parses(const char* name, const char* text, double* value = nullptr) {
        double parsed = -12345.0;
        std::string error;
        bool ok = ParseParamValue(*FindParam(name), text, &parsed, &error);
        if (value) *value = parsed;
        if (!ok) CHECK_MESSAGE(!error.empty(), "no message for ", text);
        return ok;
    }

    TEST_CASE("ParseParamValue accepts numbers and choice names and booleans") {
        double v = 0.0;
        CHECK(Parses("intensity", "80", &v));
        CHECK(v == 80.0);
        CHECK(Parses("intensity", " 72.5 ", &v));
        CHECK(v == 72.5);
        CHECK(Parses("intensity", "1e2", &v)); // out of range parses; SetParam clamps
        CHECK(v == 100.0);
        CHECK(Parses("form", ".5", &v));
        CHECK(v == 0.5);
        CHECK(Parses("intensity", "-3", &v));
        CHECK(Parses("sessions", "4", &v));
        CHECK(v == 4.0);
        CHECK(Parses("sessions", "4.0", &v));
        CHECK(Parses("bdnf_transport", "strong", &v));
        CHECK(v == 2.0);
        CHECK(Parses("bdnf_transport", "OFF", &v));
        CHECK(v == 0.0);
        CHECK(Parses("bdnf_transport", "1", &v));
        CHECK(v == 1.0);
        CHECK(Parses("neurogenesis", "sorrells", &v));
        CHECK(v == 1.0);
        CHECK(Parses("exercise", "aerobic", &v));
        CHECK(Parses("species", "mouse", &v));
        CHECK(v == 2.0);
        for (const char* yes : {"true", "on", "yes", "1", "TRUE", "On"}) {
            CHECK(Parses("irisin", yes, &v));
            CHECK(v == 1.0);
        }
        for (const char* no : {"false", "off", "no", "0"}) {
            CHECK(Parses("block_igf1", no, &v));
            CHECK(v == 0.0);
        }
    }

    TEST_CASE("ParseParamValue rejects NaN Inf garbage empty text trailing junk and non-integers") {
        for (const char* bad : {"", " ", "nan", "NaN", "inf", "-inf", "infinity", "1e999", "abc", "70abc",
                                "70 %", "7 0", "0x10", "1e", "--1", "+", ".", "1.2.3", "70,5"}) {
            INFO("'", bad, "'");
            CHECK_FALSE(Parses("intensity", bad));
        }
        CHECK_FALSE(Parses("sessions", "2.5"));
        CHECK_FALSE(Parses("sets", "three"));
        CHECK_FALSE(Parses("bdnf_transport", "medium"));
        CHECK_FALSE(Parses("bdnf_transport", "3"));
        CHECK_FALSE(Parses("irisin", "maybe"));
        CHECK_FALSE(Parses("irisin", "2"));
        std::string error;
        double v = 0.0;
        CHECK_FALSE(ParseParamValue(*FindParam("intensity"), "fast", &v, &error));
        CHECK(error == "expected a number between 40 and 95, got 'fast'");
        CHECK_FALSE(ParseParamValue(*FindParam("bdnf_transport"), "", &v, &error));
        CHECK(error == "expected one of off, weak or strong, got nothing");
    }

    TEST_CASE("SetParam clamps and reports it while NaN is invalid and changes nothing") {
        Protocol p;
        SetParamResult r = SetParam(&p, *FindParam("intensity"), 120.0);
        CHECK(r.Clamped);
        CHECK(r.Value == 95.0);
        CHECK(p.IntensityPct == 95.0);
        r = SetParam(&p, *FindParam("recovery"), 5.0);
        CHECK(r.Clamped);
        CHECK(p.RecoveryHours == 12.0);
        r = SetParam(&p, *FindParam("sessions"), 9.0);
        CHECK(p.SessionsPerWeek == 7);
        r = SetParam(&p, *FindParam("sessions"), 0.0);
        CHECK_FALSE(r.Clamped);
        CHECK(p.SessionsPerWeek == 0);
        r = SetParam(&p, *FindParam("sets"), 2.6);
        CHECK(r.Clamped); // not whole
        CHECK(p.Sets == 3);
        r = SetParam(&p, *FindParam("form"), std::numeric_limits<double>::quiet_NaN());
        CHECK(r.Invalid);
        CHECK(p.FormQuality == 0.9);
        r = SetParam(&p, *FindParam("age"), -std::numeric_limits<double>::infinity());
        CHECK(r.Clamped);
        CHECK(p.AgeYears == 18.0);
        r = SetParam(&p, *FindParam("bdnf_transport"), 7.0);
        CHECK(r.Clamped);
        CHECK(p.Transport == BdnfTransport::Strong);
        r = SetParam(&p, *FindParam("irisin"), 0.0);
        CHECK_FALSE(p.Irisin);
    }

    TEST_CASE("SanitizeProtocol repairs NaN and out-of-range fields") {
        Protocol p;
        p.IntensityPct = std::numeric_limits<double>::quiet_NaN();
        p.RecoveryHours = 1e9;
        p.Sets = -4;
        p.Transport = (BdnfTransport)9;
        p.BdnfHalfLifeMinutes = 0.0;
        Protocol fixed = SanitizeProtocol(p);
        CHECK(fixed.IntensityPct == 70.0);
        CHECK(fixed.RecoveryHours == 168.0);
        CHECK(fixed.Sets == 1);
        CHECK(fixed.Transport == BdnfTransport::Strong);
        CHECK(fixed.BdnfHalfLifeMinutes == 5.0);
        Simulation sim(p, 1); // the simulation sanitizes too
        sim.Advance(48.0);
        CHECK(std::isfinite(sim.SerumBdnf()));
    }

    TEST_CASE("RepsForIntensity follows the %1RM-reps continuum (G5)") {
        CHECK(RepsForIntensity(70) == 10);
        CHECK(RepetitionMaximum(70) == doctest::Approx(12.5));
        CHECK(RepetitionMaximum(85) == doctest::Approx(6.5));
        CHECK(RepsForIntensity(95) == 1);
        CHECK(RepsForIntensity(40) == 30);
        for (double pct = 40; pct < 95; pct += 0.5)
            CHECK(RepsForIntensity(pct) >= RepsForIntensity(pct + 0.5));
    }

    TEST_CASE("FormatParamValue round-trips through ParseParamValue") {
        Protocol p = WithParam(WithParam(Protocol(), "bdnf_transport", 2), "intensity", 72.25);
        for (int i = 0; i < ParamCount(); i++) {
            const ParamInfo& param = ParamAt(i);
            double value = GetParam(p, param), parsed = -1.0;
            std::string text = FormatParamValue(param, value);
            INFO(param.Name, " = ", text);
            CHECK(ParseParamValue(param, text, &parsed, nullptr));
            CHECK(parsed == value);
        }
        CHECK(FormatParamValue(*FindParam("bdnf_transport"), 2) == "strong");
        CHECK(FormatParamValue(*FindParam("irisin"), 1) == "on");
    }

} // TEST_SUITE
