// Fonts, colour themes and UI scale. Text stays crisp on high-DPI screens: fonts are rasterised
// at (size × UI scale × device pixel ratio) and drawn at 1/dpr.
#pragma once
#include "session/options.h"

struct ImFont;

namespace ng {

struct UiFonts {
    ImFont* Body = nullptr;
    ImFont* Large = nullptr; // headings, the big clock
};

// (Re)builds the font atlas and the style for a UI scale (1..3) and device pixel ratio; on touch
// screens every control grows to at least kTouchTarget points (ui_theme.h). Call before the first
// frame and whenever one of them changes (never between NewFrame and Render).
UiFonts ApplyUiStyle(Theme theme, float ui_scale, float pixel_ratio, bool touch);

} // namespace ng
