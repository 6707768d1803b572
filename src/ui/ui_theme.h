// The colour themes: dark (default), light, and projector (high contrast for lit rooms: text
// contrast at least 7:1 on every surface it is drawn on, checked by tests/ui).
#pragma once
#include "app/options.h"
#include "imgui.h"

namespace ng {

void ApplyThemeColors(ImGuiStyle* style, Theme theme);

} // namespace ng
