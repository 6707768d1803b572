// The colour themes: dark (default), light, and projector (high contrast for lit rooms: text
// contrast at least 7:1 on every surface it is drawn on, checked by tests/ui).
#pragma once
#include "app/options.h"
#include "imgui.h"

namespace ng {

void ApplyThemeColors(ImGuiStyle* style, Theme theme);
// True when the current window background is light (light and projector themes): accents then
// take their darker variants.
bool IsLightBackground();
// A button drawn pressed while its choice is the current one (a scenario, a tab, a time window).
bool ChoiceButton(const char* label, bool current, ImVec2 size = ImVec2(0.0f, 0.0f));

} // namespace ng
