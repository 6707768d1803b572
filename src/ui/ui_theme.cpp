#include "ui_theme.h"
#include "plot_format.h"
#include <cmath>
#include <cstdio>

namespace ng {

void ApplyThemeColors(ImGuiStyle* style_out, Theme theme) {
    ImGuiStyle& style = *style_out;
    if (theme == Theme::Dark) {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.08f, 0.09f, 0.12f, 0.92f);
        style.Colors[ImGuiCol_SliderGrab] = ImVec4(0.90f, 0.62f, 0.00f, 1.00f); // Okabe-Ito orange
        style.Colors[ImGuiCol_SliderGrabActive] = ImVec4(1.00f, 0.75f, 0.20f, 1.00f);
        return;
    }
    ImGui::StyleColorsLight(&style);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 0.95f);
    style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.33f, 0.33f, 0.36f, 1.0f); // >= 7:1 on the window
    style.Colors[ImGuiCol_ButtonActive] = ImVec4(0.94f, 0.89f, 0.26f, 1.0f); // Okabe-Ito yellow, black text
    if (theme == Theme::Projector) {
        // High contrast for lit rooms: black text on white, strong borders, saturated accents.
        style.Colors[ImGuiCol_Text] = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
        style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.22f, 0.22f, 0.25f, 1.0f);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        style.Colors[ImGuiCol_Border] = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
        style.Colors[ImGuiCol_FrameBg] = ImVec4(0.86f, 0.88f, 0.92f, 1.0f);
        style.Colors[ImGuiCol_SliderGrab] = ImVec4(0.0f, 0.45f, 0.70f, 1.0f); // Okabe-Ito blue
        style.Colors[ImGuiCol_Button] = ImVec4(0.80f, 0.86f, 0.95f, 1.0f);
        style.WindowBorderSize = 2.0f;
        style.FrameBorderSize = 1.0f;
    }
}

bool IsLightBackground() {
    ImVec4 bg = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    return 0.2126f * bg.x + 0.7152f * bg.y + 0.0722f * bg.z > 0.5f; // relative luminance
}

static float g_MinTarget = 0.0f; // part of the style, like ImGui's own

void SetMinTarget(float points) {
    g_MinTarget = points > 0.0f ? points : 0.0f;
}

float MinTarget() {
    return g_MinTarget;
}

ImVec2 TargetSize(const char* label, ImVec2 size) {
    const ImGuiStyle& style = ImGui::GetStyle();
    // 0 fits the label; negative sizes (fill the region) stay as they are.
    if (size.x == 0.0f) size.x = ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2.0f;
    if (size.y == 0.0f) size.y = ImGui::GetFrameHeight();
    if (size.x > 0.0f && size.x < g_MinTarget) size.x = g_MinTarget;
    if (size.y > 0.0f && size.y < g_MinTarget) size.y = g_MinTarget;
    return size;
}

bool TargetButton(const char* label, ImVec2 size) {
    return ImGui::Button(label, TargetSize(label, size));
}

bool ChoiceButton(const char* label, bool current, ImVec2 size) {
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    bool pressed = TargetButton(label, size);
    if (current) ImGui::PopStyleColor();
    return pressed;
}

bool NumberSlider(const char* id, float* value, float min, float max, int decimals, const char* unit) {
    ImGuiSliderFlags flags = ImGuiSliderFlags_AlwaysClamp;
    char text[96];
    if (decimals <= 0) { // whole numbers read alike in every language: ImGui's own text
        int n = std::snprintf(text, sizeof(text), "%%.0f");
        for (const char* c = unit; *c && n < (int)sizeof(text) - 3; c++) {
            if (*c == '%') text[n++] = '%'; // a literal '%' in a printf format
            text[n++] = *c;
        }
        text[n] = 0;
        return ImGui::SliderFloat(id, value, min, max, text, flags);
    }
    char format[16];
    std::snprintf(format, sizeof(format), "%%.%df", decimals); // ImGui rounds and steps to it
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.0f, 0.0f, 0.0f, 0.0f));
    bool changed = ImGui::SliderFloat(id, value, min, max, format, flags | ImGuiSliderFlags_NoInput);
    ImGui::PopStyleColor();
    char number[48];
    FormatNumber(*value, decimals, false, number, sizeof(number));
    std::snprintf(text, sizeof(text), "%s%s", number, unit);
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImVec2 size = ImGui::CalcTextSize(text);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(a, b, true);
    draw->AddText(ImVec2(std::floor((a.x + b.x - size.x) * 0.5f), std::floor((a.y + b.y - size.y) * 0.5f)),
                  ImGui::GetColorU32(ImGuiCol_Text), text);
    draw->PopClipRect();
    return changed;
}

} // namespace ng
