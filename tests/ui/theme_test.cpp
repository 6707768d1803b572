#include "ui/ui_theme.h"
#include <cmath>
#include <doctest/doctest.h>

using namespace ng;

// WCAG 2 relative luminance and contrast ratio.
static double Channel(double c) {
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
static double Luminance(const ImVec4& c) {
    return 0.2126 * Channel(c.x) + 0.7152 * Channel(c.y) + 0.0722 * Channel(c.z);
}
static double Contrast(const ImVec4& a, const ImVec4& b) {
    double la = Luminance(a), lb = Luminance(b);
    return (std::fmax(la, lb) + 0.05) / (std::fmin(la, lb) + 0.05);
}
// A translucent colour as it looks over an opaque one.
static ImVec4 Over(const ImVec4& top, const ImVec4& under) {
    float a = top.w;
    return ImVec4(top.x * a + under.x * (1 - a), top.y * a + under.y * (1 - a), top.z * a + under.z * (1 - a),
                  1.0f);
}

TEST_CASE("projector theme: text contrast at least 7:1 on every surface text is drawn on") {
    ImGui::CreateContext();
    ImGuiStyle style;
    ApplyThemeColors(&style, Theme::Projector);
    const ImVec4* c = style.Colors;
    ImVec4 window = Over(c[ImGuiCol_WindowBg], ImVec4(1, 1, 1, 1));
    const ImGuiCol surfaces[] = {ImGuiCol_WindowBg,      ImGuiCol_ChildBg,        ImGuiCol_PopupBg,
                                 ImGuiCol_FrameBg,       ImGuiCol_FrameBgHovered, ImGuiCol_Button,
                                 ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive,   ImGuiCol_Header,
                                 ImGuiCol_HeaderHovered, ImGuiCol_TitleBg,        ImGuiCol_TitleBgActive,
                                 ImGuiCol_TableRowBgAlt};
    for (ImGuiCol s : surfaces) {
        CAPTURE(ImGui::GetStyleColorName(s));
        ImVec4 surface = Over(c[s], window);
        CHECK(Contrast(c[ImGuiCol_Text], surface) >= 7.0);
    }
    CHECK(Contrast(c[ImGuiCol_TextDisabled], window) >= 7.0);
    CHECK(Contrast(c[ImGuiCol_TextDisabled], Over(c[ImGuiCol_FrameBg], window)) >= 4.5);
    ImGui::DestroyContext();
}

TEST_CASE("dark and light themes keep body text readable (at least 4.5:1)") {
    ImGui::CreateContext();
    for (Theme theme : {Theme::Dark, Theme::Light}) {
        ImGuiStyle style;
        ApplyThemeColors(&style, theme);
        const ImVec4* c = style.Colors;
        ImVec4 backdrop = theme == Theme::Dark ? ImVec4(0.05f, 0.06f, 0.09f, 1) : ImVec4(1, 1, 1, 1);
        ImVec4 window = Over(c[ImGuiCol_WindowBg], backdrop);
        CHECK(Contrast(c[ImGuiCol_Text], window) >= 4.5);
        CHECK(Contrast(c[ImGuiCol_Text], Over(c[ImGuiCol_Button], window)) >= 4.5);
    }
    ImGui::DestroyContext();
}
