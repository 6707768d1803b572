#include "lab_widgets.h"
#include "content/i18n.h"
#include "model/readouts.h"
#include "plot_format.h"
#include "ui_theme.h"
#include <algorithm>
#include <cstdio>
#include <cstring>

namespace ng {

LabColors CurrentLabColors() {
    LabColors c;
    if (IsLightBackground()) {
        c.Main = IM_COL32(0, 114, 178, 255);     // blue
        c.Companion = IM_COL32(213, 94, 0, 255); // vermillion
        c.Tests = IM_COL32(150, 50, 120, 255);   // dark reddish purple
        c.Reference = IM_COL32(80, 80, 80, 255);
        c.Band = IM_COL32(0, 158, 115, 60); // bluish green
        c.B = IM_COL32(0, 120, 85, 255);    // dark bluish green
        c.Normal = ImVec4(0.0f, 0.45f, 0.30f, 1.0f);
        c.High = ImVec4(0.75f, 0.25f, 0.0f, 1.0f);
        c.Low = ImVec4(0.0f, 0.35f, 0.63f, 1.0f);
    } else {
        c.Main = IM_COL32(86, 180, 233, 255);       // sky blue
        c.Companion = IM_COL32(230, 159, 0, 255);   // orange
        c.Tests = IM_COL32(240, 228, 66, 255);      // yellow
        c.Reference = IM_COL32(204, 121, 167, 255); // reddish purple
        c.Band = IM_COL32(0, 158, 115, 70);
        c.B = IM_COL32(0, 200, 150, 255); // bluish green
        c.Normal = ImVec4(0.35f, 0.80f, 0.60f, 1.0f);
        c.High = ImVec4(0.95f, 0.55f, 0.25f, 1.0f);
        c.Low = ImVec4(0.40f, 0.72f, 0.93f, 1.0f);
    }
    return c;
}

// Tr("<prefix><readout name>") or the fallback.
static const char* ReadoutText(const char* prefix, const ReadoutInfo& info, const char* fallback) {
    char key[128];
    std::snprintf(key, sizeof(key), "%s%s", prefix, info.Name);
    return TrOr(key, fallback);
}

const char* ReadoutLabel(const ReadoutInfo& info) {
    return ReadoutText("lab.r.", info, info.Label);
}

const char* ReadoutUnit(const ReadoutInfo& info) {
    if (!*info.Unit) return "";
    char key[96];
    UnitKey(info.Unit, key, sizeof(key));
    return TrOr(key, info.Unit);
}

static void JoinUnit(const char* number, const char* unit, char* out, int out_size) {
    std::snprintf(out, out_size, *unit ? "%s %s" : "%s", number, unit);
}

void FormatReadout(const ReadoutInfo& info, double value, char* out, int out_size) {
    const LabRowStyle& style = LabStyleFor(info.Name);
    char number[48];
    FormatNumber(value, style.Decimals, style.ShowSign, number, sizeof(number));
    JoinUnit(number, ReadoutUnit(info), out, out_size);
}

void FormatRangeNumbers(double low, double high, char* out, int out_size) {
    int decimals = std::max(ExactDecimals(low, 3), ExactDecimals(high, 3));
    char a[48], b[48];
    FormatNumber(low, decimals, false, a, sizeof(a));
    FormatNumber(high, decimals, false, b, sizeof(b));
    if (low < 0.0) // "-1 to 1": a dash after a minus sign reads badly
        std::snprintf(out, out_size, "%s", TrFormat("lab.range_to", {a, b}).c_str());
    else
        std::snprintf(out, out_size, "%s\xE2\x80\x93%s", a, b); // en dash
}

void FormatRange(const ReadoutInfo& info, double low, double high, char* out, int out_size) {
    char numbers[100];
    FormatRangeNumbers(low, high, numbers, sizeof(numbers));
    JoinUnit(numbers, ReadoutUnit(info), out, out_size);
}

void StatusBadge(RangeStatus status, const LabColors& colors, bool with_word) {
    const char* word = "";
    switch (status) {
    case RangeStatus::Normal:
        word = Tr("lab.status.normal");
        break;
    case RangeStatus::High:
        word = Tr("lab.status.high");
        break;
    case RangeStatus::Low:
        word = Tr("lab.status.low");
        break;
    case RangeStatus::NoRange:
        ImGui::TextDisabled("\xE2\x80\x93");
        return;
    }
    static const char* kSymbols[] = {"", "\xE2\x96\xBC", "\xE2\x9C\x93", "\xE2\x96\xB2"}; // by RangeStatus
    const ImVec4& color = status == RangeStatus::Normal ? colors.Normal
                          : status == RangeStatus::High ? colors.High
                                                        : colors.Low;
    if (with_word)
        ImGui::TextColored(color, "%s %s", kSymbols[(int)status], word);
    else
        ImGui::TextColored(color, "%s", kSymbols[(int)status]);
}

void StatusLegend(const LabColors& colors) {
    float gap = ImGui::GetFontSize() * 0.8f;
    StatusBadge(RangeStatus::Normal, colors, true);
    ImGui::SameLine(0.0f, gap);
    StatusBadge(RangeStatus::High, colors, true);
    ImGui::SameLine(0.0f, gap);
    StatusBadge(RangeStatus::Low, colors, true);
}

void ReadoutTooltip(const ReadoutInfo& info, double value) {
    float font = ImGui::GetFontSize();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(font * 24.0f);
    ImGui::TextUnformatted(ReadoutLabel(info));
    ImGui::Separator();
    const char* tip = ReadoutText("lab.tip.", info, "");
    if (*tip) ImGui::TextUnformatted(tip);
    static const char* kStatusKeys[] = {"", "lab.status.tip_low", "lab.status.tip_normal",
                                        "lab.status.tip_high"};
    char now[96];
    FormatReadout(info, value, now, sizeof(now));
    RangeStatus status = ClassifyValue(info, value);
    if (status == RangeStatus::NoRange)
        ImGui::TextUnformatted(TrFormat("lab.now_plain", {now}).c_str());
    else
        ImGui::TextUnformatted(TrFormat("lab.now", {now, Tr(kStatusKeys[(int)status])}).c_str());
    if (info.HasNormalRange()) {
        char range[128];
        FormatRange(info, info.NormalLow, info.NormalHigh, range, sizeof(range));
        ImGui::TextUnformatted(TrFormat("lab.range", {range}).c_str());
    } else {
        ImGui::TextUnformatted(Tr("lab.range_none"));
    }
    if (*info.Source) ImGui::TextUnformatted(TrFormat("lab.source", {info.Source}).c_str());
    // Honesty notes, read from the registry's Source field so they follow the model.
    if (std::strstr(info.Source, "modelling choice")) ImGui::TextUnformatted(Tr("lab.note.modelling_choice"));
    if (std::strstr(info.Source, "not re-read")) ImGui::TextUnformatted(Tr("lab.note.not_reread"));
    if (std::strstr(info.Source, "contested")) ImGui::TextUnformatted(Tr("lab.note.contested"));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace ng
