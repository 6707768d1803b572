// Text and tick arithmetic for the plots and the lab panel. Pure C++ (no ImGui), so tests/ui
// compiles it directly. Every formatter prints "–" for NaN or infinity: no NaN reaches the screen.
#pragma once

namespace ng {

// Tick spacing with 1-2-5 steps so about `target_count` ticks fit in `span`.
double NiceTickStep(double span, int target_count);
// The smallest 1-2-5 step (…, 0.5, 1, 2, 5, 10, …) that is at least `raw`.
double NiceStepAtLeast(double raw);

// Time tick step in hours so that at most `max_ticks` ticks fit in the span: 1, 2, 3, 6 or 12
// hours for spans up to three days, otherwise 1 or 2 days, 1, 2 or 4 weeks, then 50, 100, 200,
// 500… days.
double TimeTickStep(double span_hours, int max_ticks);

// A time tick label. Hour steps: "06:00" and, at midnight, "<day_word> 12"; day steps: "12".
// Days are counted from the start of the run (day 0), as in the CSV's `day` column.
void FormatAxisTime(double hours, double step_hours, const char* day_word, char* out, int out_size);

// A value tick label with the decimals the step needs; "25k" and "2.5M" when the step is 1000
// or more (the step, not the value, picks the style, so all labels of an axis read alike).
void FormatTickValue(double value, double step, char* out, int out_size);

// A measured value: `decimals` < 0 picks about three significant digits. Thousands are grouped
// with a space from 10 000 on ("18 173", SI style, the same in every language). `show_sign`
// prints "+" for positive values (z scores, changes).
void FormatNumber(double value, int decimals, bool show_sign, char* out, int out_size);
int AutoDecimals(double value);
// `value` to `digits` significant digits, without trailing zeros or an exponent, as FormatNumber
// prints it: 0.05, 1.5, 120 ("1,5" in Spanish). For amounts and durations that are round by
// construction (the scene legend); "%g" would print "1.2e+02".
void FormatSignificant(double value, int digits, char* out, int out_size);
// The fewest decimals (up to max_decimals) that print the value exactly: 16.1 -> 1, 2500 -> 0.
int ExactDecimals(double value, int max_decimals);

// Decimal separator of FormatNumber and FormatTickValue: a comma in Spanish ("32,7"), a point
// otherwise. The UI sets it from the current language every frame (ui_root.cpp).
void SetDecimalComma(bool comma);
bool DecimalComma();

// The value axis range for data in [low, high] (and a normal band, already merged in by the
// caller): padded, never inverted or empty, and not pushed below zero when the data are not.
void PadValueRange(double low, double high, double* out_low, double* out_high);

} // namespace ng
