// The colour themes: dark (default), light, and projector (high contrast for lit rooms: text
// contrast at least 7:1 on every surface it is drawn on, checked by tests/ui).
#pragma once
#include "imgui.h"
#include "session/options.h"

namespace ng {

void ApplyThemeColors(ImGuiStyle* style, Theme theme);
// True when the current window background is light (light and projector themes): accents then
// take their darker variants.
bool IsLightBackground();
// Touch screens: every control at least this tall and wide (WCAG 2.5.5, Apple HIG; docs/layout.md).
constexpr float kTouchTarget = 44.0f;
// The smallest control side for the current style: kTouchTarget on touch screens, else 0 (set
// with the style, ui_style.h).
void SetMinTarget(float points);
float MinTarget();
// A button's size grown to the minimum target (0 in size means "fit the label", as ImGui::Button).
ImVec2 TargetSize(const char* label, ImVec2 size = ImVec2(0.0f, 0.0f));
// ImGui::Button at TargetSize.
bool TargetButton(const char* label, ImVec2 size = ImVec2(0.0f, 0.0f));
// A button drawn pressed while its choice is the current one (a scenario, a tab, a time window).
bool ChoiceButton(const char* label, bool current, ImVec2 size = ImVec2(0.0f, 0.0f));
// ImGui::SliderFloat (always clamped) showing its value as FormatNumber prints it, with
// `decimals` decimals and `unit` appended as given (" min", "×"): a decimal comma in Spanish.
// ImGui prints its own text with a point, so with decimals it draws that text invisibly and
// this text goes on top; ImGui still rounds and steps the value, but typing one (Ctrl+click) is
// off, as its text field would show the point.
bool NumberSlider(const char* id, float* value, float min, float max, int decimals, const char* unit);

} // namespace ng
