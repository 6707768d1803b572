#include "ui_style.h"
#include "embedded_files.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "ui_theme.h"
#include <algorithm>
#include <cmath>

namespace ng {

static const float kBodyFontPixels = 17.0f;
static const float kLargeFontPixels = 30.0f;

static ImFont* AddFont(float pixels, float pixel_ratio) {
    ImGuiIO& io = ImGui::GetIO();
    const EmbeddedFile* text = FindEmbeddedFile("assets/fonts/ui-text.ttf");
    const EmbeddedFile* symbols = FindEmbeddedFile("assets/fonts/ui-symbols.ttf");
    if (!text || !symbols) { // a broken build: readable default font rather than no text
        ImFontConfig fallback;
        fallback.SizePixels = 13.0f * pixel_ratio;
        return io.Fonts->AddFontDefault(&fallback);
    }
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // embedded data lives for the whole program
    // Sub-pixel positions matter for small text only; a large font baked once is half the work
    // (the atlas is built before the first frame: docs/benchmarks.md, first frame).
    config.OversampleH = pixels * pixel_ratio >= 24.0f ? 1 : 2;
    // The characters cmake/Fonts.cmake keeps: Latin-1, Greek letters (IL-1β, TNF-α), punctuation,
    // sub/superscripts.
    static const ImWchar text_ranges[] = {0x0020, 0x00FF, 0x0391, 0x03C9, 0x2010, 0x205E,
                                          0x2070, 0x209F, 0x2122, 0x2122, 0};
    static const ImWchar symbol_ranges[] = {0x2190, 0x2193, 0x21BA, 0x21BA, 0x2212, 0x2212, 0x2248, 0x2248,
                                            0x2260, 0x2265, 0x25A0, 0x25D0, 0x2713, 0x2717, 0};
    ImFont* font = io.Fonts->AddFontFromMemoryTTF((void*)text->Data, (int)text->Size, pixels * pixel_ratio,
                                                  &config, text_ranges);
    config.MergeMode = true;
    io.Fonts->AddFontFromMemoryTTF((void*)symbols->Data, (int)symbols->Size, pixels * pixel_ratio, &config,
                                   symbol_ranges);
    return font;
}

UiFonts ApplyUiStyle(Theme theme, float ui_scale, float pixel_ratio, bool touch) {
    if (ui_scale < 1.0f) ui_scale = 1.0f;
    if (pixel_ratio < 1.0f) pixel_ratio = 1.0f;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    UiFonts fonts;
    fonts.Body = AddFont(kBodyFontPixels * ui_scale, pixel_ratio);
    fonts.Large = AddFont(kLargeFontPixels * ui_scale, pixel_ratio);
    io.FontGlobalScale = 1.0f / pixel_ratio;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();

    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    style.WindowRounding = 8.0f;
    style.FrameRounding = 5.0f;
    style.GrabRounding = 5.0f;
    style.GrabMinSize = 14.0f;
    style.WindowPadding = ImVec2(12.0f, 10.0f);
    style.FramePadding = ImVec2(8.0f, 5.0f);
    style.ItemSpacing = ImVec2(9.0f, 7.0f);
    ApplyThemeColors(&style, theme);
    style.ScaleAllSizes(ui_scale);
    if (touch) { // frames as tall as a fingertip; grabs and scrollbars wide enough to hold
        float font = kBodyFontPixels * ui_scale;
        style.FramePadding.y = std::max(style.FramePadding.y, std::ceil((kTouchTarget - font) * 0.5f));
        style.GrabMinSize = std::max(style.GrabMinSize, kTouchTarget * 0.6f);
        style.ScrollbarSize = std::max(style.ScrollbarSize, 20.0f);
        style.ItemSpacing.y = std::max(style.ItemSpacing.y, 8.0f);
    }
    SetMinTarget(touch ? kTouchTarget : 0.0f);
    return fonts;
}

} // namespace ng
