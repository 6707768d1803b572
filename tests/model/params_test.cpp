// The parameter registry: names, clamping and formatting (reading values: tests/io).
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

    TEST_CASE("FormatParamValue writes choice names, on/off and numbers") {
        CHECK(FormatParamValue(*FindParam("bdnf_transport"), 2) == "strong");
        CHECK(FormatParamValue(*FindParam("irisin"), 1) == "on");
        CHECK(FormatParamValue(*FindParam("intensity"), 72.25) == "72.25");
    }

} // TEST_SUITE
