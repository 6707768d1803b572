#include "plot_format.h"
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace ng {

static const char* kNoValue = "\xE2\x80\x93"; // en dash

static void WriteNoValue(char* out, int out_size) {
    std::snprintf(out, out_size, "%s", kNoValue);
}

double NiceTickStep(double span, int target_count) {
    if (!(span > 0.0) || !std::isfinite(span) || target_count < 1) return 1.0;
    double raw = span / target_count;
    double power = std::pow(10.0, std::floor(std::log10(raw)));
    double mantissa = raw / power;
    double step = mantissa < 1.5 ? 1.0 : mantissa < 3.5 ? 2.0 : mantissa < 7.5 ? 5.0 : 10.0;
    return step * power;
}

double NiceStepAtLeast(double raw) {
    if (!(raw > 0.0) || !std::isfinite(raw)) return 1.0;
    double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw * (1.0 - 1e-9)) return m * power;
    return 10.0 * power;
}

double TimeTickStep(double span_hours, int max_ticks) {
    if (!(span_hours > 0.0) || !std::isfinite(span_hours)) return 24.0;
    max_ticks = std::max(max_ticks, 1);
    if (span_hours <= 72.0)
        for (double step : {1.0, 2.0, 3.0, 6.0, 12.0})
            if (span_hours / step <= max_ticks) return step;
    double days = span_hours / 24.0 / max_ticks;
    for (double step : {1.0, 2.0, 7.0, 14.0, 28.0}) // whole weeks once days get crowded
        if (days <= step) return 24.0 * step;
    return 24.0 * NiceStepAtLeast(days);
}

void FormatAxisTime(double hours, double step_hours, const char* day_word, char* out, int out_size) {
    if (!std::isfinite(hours) || !std::isfinite(step_hours)) return WriteNoValue(out, out_size);
    long long minutes = std::llround(hours * 60.0);
    long long day = minutes / (24 * 60);
    long long minute_of_day = minutes % (24 * 60);
    if (minutes < 0) { // before the start (only in an empty window): count back from day 0
        day = -((-minutes + 24 * 60 - 1) / (24 * 60));
        minute_of_day = minutes - day * 24 * 60;
    }
    if (step_hours < 24.0 && minute_of_day != 0)
        std::snprintf(out, out_size, "%02d:%02d", (int)(minute_of_day / 60), (int)(minute_of_day % 60));
    else if (step_hours < 24.0)
        std::snprintf(out, out_size, "%s %lld", day_word, day);
    else
        std::snprintf(out, out_size, "%lld", day);
}

static bool g_DecimalComma = false;

void SetDecimalComma(bool comma) {
    g_DecimalComma = comma;
}

bool DecimalComma() {
    return g_DecimalComma;
}

static void ApplyDecimalSeparator(char* text) {
    if (!g_DecimalComma) return;
    for (char* c = text; *c; c++)
        if (*c == '.') *c = ',';
}

static int DecimalsForStep(double step) {
    if (!(step > 0.0)) return 0;
    return std::clamp((int)-std::floor(std::log10(step) + 1e-9), 0, 4);
}

void FormatTickValue(double value, double step, char* out, int out_size) {
    if (!std::isfinite(value) || !std::isfinite(step)) return WriteNoValue(out, out_size);
    step = std::fabs(step);
    if (std::fabs(value) < step * 1e-6) value = 0.0; // no "-0.00"
    // The step decides the style, so every label of an axis reads alike.
    if (step >= 1e5)
        std::snprintf(out, out_size, "%.*fM", DecimalsForStep(step / 1e6), value / 1e6);
    else if (step >= 1e3)
        std::snprintf(out, out_size, "%.*fk", DecimalsForStep(step / 1e3), value / 1e3);
    else
        std::snprintf(out, out_size, "%.*f", DecimalsForStep(step), value);
    ApplyDecimalSeparator(out);
}

int AutoDecimals(double value) {
    double a = std::fabs(value);
    if (!(a < 1e300)) return 0;
    if (a >= 100.0) return 0;
    if (a >= 10.0) return 1;
    if (a >= 0.1 || a == 0.0) return 2;
    return 3;
}

int ExactDecimals(double value, int max_decimals) {
    if (!std::isfinite(value)) return 0;
    for (int d = 0; d < max_decimals; d++) {
        double scaled = value * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::fabs(scaled))) return d;
    }
    return std::max(max_decimals, 0);
}

void FormatNumber(double value, int decimals, bool show_sign, char* out, int out_size) {
    if (!std::isfinite(value) || std::fabs(value) > 1e15) return WriteNoValue(out, out_size);
    if (decimals < 0) decimals = AutoDecimals(value);
    if (std::fabs(value) < 0.5 * std::pow(10.0, -decimals)) value = 0.0, show_sign = false; // no "-0.00"
    char digits[48];
    std::snprintf(digits, sizeof(digits), show_sign ? "%+.*f" : "%.*f", decimals, value);
    // Group the integer part in threes from 10 000 on.
    const char* begin = digits + ((digits[0] == '-' || digits[0] == '+') ? 1 : 0);
    const char* dot = std::strchr(begin, '.');
    int integer_digits = (int)(dot ? dot - begin : (long)std::strlen(begin));
    if (integer_digits <= 4) {
        std::snprintf(out, out_size, "%s", digits);
        ApplyDecimalSeparator(out);
        return;
    }
    char grouped[64];
    int n = 0;
    for (const char* c = digits; c < begin; c++) grouped[n++] = *c;
    for (int i = 0; i < integer_digits; i++) {
        if (i > 0 && (integer_digits - i) % 3 == 0) grouped[n++] = ' ';
        grouped[n++] = begin[i];
    }
    std::snprintf(grouped + n, sizeof(grouped) - n, "%s", begin + integer_digits);
    std::snprintf(out, out_size, "%s", grouped);
    ApplyDecimalSeparator(out);
}

void FormatSignificant(double value, int digits, char* out, int out_size) {
    if (!std::isfinite(value)) return WriteNoValue(out, out_size);
    int decimals = 0;
    if (value != 0.0) {
        int exponent = (int)std::floor(std::log10(std::fabs(value)));
        decimals = std::clamp(digits - 1 - exponent, 0, 6);
        double scale = std::pow(10.0, decimals);
        value = std::round(value * scale) / scale;
    }
    FormatNumber(value, ExactDecimals(value, decimals), false, out, out_size);
}

void PadValueRange(double low, double high, double* out_low, double* out_high) {
    if (!std::isfinite(low) || !std::isfinite(high) || low > high) low = 0.0, high = 1.0;
    double span = high - low;
    double pad = std::max(span * 0.08, std::max(std::fabs(high), std::fabs(low)) * 0.02);
    if (!(pad > 0.0)) pad = 1.0; // all zero
    double padded_low = low - pad;
    *out_low = low >= 0.0 && padded_low < 0.0 ? 0.0 : padded_low;
    *out_high = high + pad;
}

} // namespace ng
