#include "ui/plot_format.h"
#include <cmath>
#include <doctest/doctest.h>
#include <string>

using namespace ng;

static std::string Number(double value, int decimals, bool sign = false) {
    char out[64];
    FormatNumber(value, decimals, sign, out, sizeof(out));
    return out;
}

static std::string Tick(double value, double step) {
    char out[64];
    FormatTickValue(value, step, out, sizeof(out));
    return out;
}

static std::string AxisTime(double hours, double step) {
    char out[64];
    FormatAxisTime(hours, step, "day", out, sizeof(out));
    return out;
}

static const std::string kDash = "\xE2\x80\x93";

TEST_CASE("plot: nice tick steps are 1, 2 or 5 times a power of ten") {
    CHECK(NiceTickStep(10.0, 5) == doctest::Approx(2.0));
    CHECK(NiceTickStep(100.0, 4) == doctest::Approx(20.0));
    CHECK(NiceTickStep(1.0, 4) == doctest::Approx(0.2));
    CHECK(NiceTickStep(7000.0, 4) == doctest::Approx(2000.0));
    CHECK(NiceTickStep(0.0, 4) == 1.0);
    CHECK(NiceTickStep(NAN, 4) == 1.0);
    CHECK(NiceTickStep(5.0, 0) == 1.0);
    CHECK(NiceStepAtLeast(0.3) == doctest::Approx(0.5));
    CHECK(NiceStepAtLeast(1.0) == doctest::Approx(1.0));
    CHECK(NiceStepAtLeast(1.01) == doctest::Approx(2.0));
    CHECK(NiceStepAtLeast(7.0) == doctest::Approx(10.0));
    CHECK(NiceStepAtLeast(-1.0) == 1.0);
}

TEST_CASE("plot: time ticks are hours for short windows, then days, weeks and round numbers of days") {
    CHECK(TimeTickStep(48.0, 8) == 6.0);
    CHECK(TimeTickStep(48.0, 16) == 3.0);
    CHECK(TimeTickStep(24.0, 30) == 1.0);
    CHECK(TimeTickStep(72.0, 2) == 48.0); // 12-hour ticks would be too many
    CHECK(TimeTickStep(14 * 24.0, 7) == 48.0);
    CHECK(TimeTickStep(14 * 24.0, 4) == 7 * 24.0);
    CHECK(TimeTickStep(84 * 24.0, 4) == 28 * 24.0);
    CHECK(TimeTickStep(365 * 24.0, 6) == 100 * 24.0);
    CHECK(TimeTickStep(0.0, 6) == 24.0);
    CHECK(TimeTickStep(INFINITY, 6) == 24.0);
    for (double span : {1.0, 30.0, 100.0, 1000.0, 87660.0})
        for (int ticks : {2, 5, 9}) CHECK(span / TimeTickStep(span, ticks) <= ticks + 1e-9);
}

TEST_CASE("plot: time labels count days from the start, with clock times inside a day") {
    CHECK(AxisTime(30.0, 6.0) == "06:00");
    CHECK(AxisTime(48.0, 6.0) == "day 2");
    CHECK(AxisTime(0.0, 3.0) == "day 0");
    CHECK(AxisTime(48.0, 24.0) == "2");
    CHECK(AxisTime(24.0 * 3650, 2400.0) == "3650");
    CHECK(AxisTime(-6.0, 6.0) == "18:00");
    CHECK(AxisTime(NAN, 6.0) == kDash);
}

TEST_CASE("plot: value tick labels use the decimals of the step") {
    CHECK(Tick(0.05, 0.05) == "0.05");
    CHECK(Tick(0.2, 0.2) == "0.2");
    CHECK(Tick(100.0, 50.0) == "100");
    CHECK(Tick(-1e-9, 0.1) == "0.0");
    CHECK(Tick(25000.0, 5000.0) == "25k");
    CHECK(Tick(2500000.0, 500000.0) == "2.5M");
    CHECK(Tick(8000.0, 2000.0) == "8k");
    CHECK(Tick(18000.0, 2000.0) == "18k");
    CHECK(Tick(2500.0, 500.0) == "2500");
    CHECK(Tick(NAN, 1.0) == kDash);
}

TEST_CASE("plot: measured values have sensible precision and never show NaN") {
    CHECK(Number(32.78, 1) == "32.8");
    CHECK(Number(18172.9, 0) == "18 173");
    CHECK(Number(1234567.0, 0) == "1 234 567");
    CHECK(Number(9999.0, 0) == "9999");
    CHECK(Number(-12345.6, 1) == "-12 345.6");
    CHECK(Number(0.2335, 2, true) == "+0.23");
    CHECK(Number(-0.001, 2, true) == "0.00");
    CHECK(Number(-0.0, 1) == "0.0");
    CHECK(Number(913.4, -1) == "913");
    CHECK(Number(3.6, -1) == "3.60");
    CHECK(Number(0.008, -1) == "0.008");
    CHECK(Number(NAN, 1) == kDash);
    CHECK(Number(INFINITY, -1) == kDash);
    CHECK(Number(1e300, 0) == kDash);
}

TEST_CASE("plot: exact decimals of range bounds") {
    CHECK(ExactDecimals(16.1, 3) == 1);
    CHECK(ExactDecimals(49.3, 3) == 1);
    CHECK(ExactDecimals(2500.0, 3) == 0);
    CHECK(ExactDecimals(0.25, 3) == 2);
    CHECK(ExactDecimals(0.95, 3) == 2);
    CHECK(ExactDecimals(1.0 / 3.0, 3) == 3);
    CHECK(ExactDecimals(NAN, 3) == 0);
}

TEST_CASE("plot: the value range is padded, finite and not pushed below zero") {
    double low, high;
    PadValueRange(0.0, 10.0, &low, &high);
    CHECK(low == 0.0);
    CHECK(high > 10.0);
    PadValueRange(5.0, 5.0, &low, &high);
    CHECK(low < 5.0);
    CHECK(high > 5.0);
    PadValueRange(0.0, 0.0, &low, &high);
    CHECK(high > low);
    PadValueRange(-1.0, 1.0, &low, &high);
    CHECK(low < -1.0);
    PadValueRange(NAN, 3.0, &low, &high);
    CHECK(std::isfinite(low));
    CHECK(std::isfinite(high));
    CHECK(high > low);
    PadValueRange(4.0, 2.0, &low, &high);
    CHECK(high > low);
}

TEST_CASE("plot: Spanish numbers use a decimal comma (issue 13)") {
    char text[48];
    SetDecimalComma(true);
    FormatNumber(32.7, 1, false, text, sizeof(text));
    CHECK(std::string(text) == "32,7");
    FormatNumber(18172.875, 1, false, text, sizeof(text));
    CHECK(std::string(text) == "18 172,9");
    FormatTickValue(0.25, 0.05, text, sizeof(text));
    CHECK(std::string(text) == "0,25");
    FormatNumber(1.0 / 0.0, 1, false, text, sizeof(text));
    CHECK(std::string(text).find(',') == std::string::npos);
    FormatSignificant(1.5, 2, text, sizeof(text));
    CHECK(std::string(text) == "1,5");
    SetDecimalComma(false);
    FormatNumber(32.7, 1, false, text, sizeof(text));
    CHECK(std::string(text) == "32.7");
}

static std::string Significant(double value, int digits) {
    char out[64];
    FormatSignificant(value, digits, out, sizeof(out));
    return out;
}

TEST_CASE("plot: significant digits without trailing zeros or exponents") {
    CHECK(Significant(1.5, 2) == "1.5");
    CHECK(Significant(2.0, 2) == "2");
    CHECK(Significant(0.05, 3) == "0.05");
    CHECK(Significant(120.0, 2) == "120"); // "%.2g" printed 1.2e+02
    CHECK(Significant(9.96, 2) == "10");   // rounding carries into the next digit
    CHECK(Significant(0.1234, 2) == "0.12");
    CHECK(Significant(25000.0, 3) == "25 000");
    CHECK(Significant(-0.5, 2) == "-0.5");
    CHECK(Significant(0.0, 2) == "0");
    CHECK(Significant(NAN, 2) == kDash);
}
