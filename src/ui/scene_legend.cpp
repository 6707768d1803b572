// The particle legend over the scene (what one particle of each species stands for) and the
// "Key" button it collapses to on small screens and during the tour (docs/layout.md).
#include "content/i18n.h"
#include "model/species.h"
#include "plot_format.h"
#include "render/scene_renderer.h"
#include "scene_overlay.h"
#include "ui_context.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <cmath>
#include <cstdio>
#include <cstring>

namespace ng {

// "1 particle = ..." texts: the amount in the species' unit, and a duration. Numbers as the lab
// prints them (plot_format.h: "0,5" in Spanish).
static void FormatParticleAmount(double amount, const char* unit, char* out, int out_size) {
    char number[48];
    if (!(amount > 0.0)) {
        std::snprintf(out, out_size, "-");
    } else if (unit && std::strcmp(unit, "x rest") == 0) {
        FormatSignificant(amount * 100.0, 3, number, sizeof(number));
        std::snprintf(out, out_size, "%s %% %s", number, TrOr("scene.legend.of_rest", "of rest"));
    } else {
        bool free_igf1 = unit && std::strcmp(unit, "ng/L free") == 0; // free (unbound) IGF-1
        FormatSignificant(amount, 3, number, sizeof(number));
        std::snprintf(out, out_size, "%s %s", number,
                      free_igf1 ? TrOr("scene.legend.ng_l_free", "ng/L free") : (unit ? unit : ""));
    }
}

static void FormatDuration(double minutes, char* out, int out_size) {
    char number[48];
    const char* unit = "min";
    double amount = minutes;
    if (minutes < 1.0)
        amount = minutes * 60.0, unit = "s";
    else if (minutes >= 48.0 * 60.0)
        amount = minutes / 1440.0, unit = TrOr("scene.legend.days", "days");
    else if (minutes >= 60.0)
        amount = minutes / 60.0, unit = "h";
    FormatSignificant(amount, 2, number, sizeof(number));
    std::snprintf(out, out_size, "%s %s", number, unit);
}

// A species' outline as the particle shader draws it (model/species.h), with a dark rim. r: the
// icon's size in points (the radius of a circle of radius 0.8 particle units).
static void DrawSpeciesIcon(ImDrawList* draw, ImVec2 c, float r, Species species) {
    ParticleLook look = GetSpeciesInfo(species).Look;
    ImU32 color = ImGui::GetColorU32(ImVec4(look.Color[0], look.Color[1], look.Color[2], 1.0f));
    ImU32 dark = IM_COL32(10, 10, 16, 220);
    float unit = r / 0.8f;               // points per particle unit
    float turn = look.Turn * 0.0174533f; // radians, clockwise from straight up
    for (int pass = 0; pass < 2; pass++) {
        float grow = pass == 0 ? 1.5f : 0.0f;
        float radius = look.Radius * unit + grow;
        ImU32 col = pass == 0 ? dark : color;
        switch (look.Outline) {
        case ParticleOutline::Circle:
            draw->AddCircleFilled(c, radius, col, 20);
            break;
        case ParticleOutline::Polygon: {
            ImVec2 corners[12];
            int n = look.Corners < 12 ? look.Corners : 12;
            for (int k = 0; k < n; k++) {
                float a = turn + 6.2831853f * k / n;
                corners[k] = ImVec2(c.x + std::sin(a) * radius, c.y - std::cos(a) * radius);
            }
            draw->AddConvexPolyFilled(corners, n, col);
            break;
        }
        case ParticleOutline::Cross: {
            float w = look.Radius * kCrossWidth * unit + grow;
            draw->AddRectFilled(ImVec2(c.x - radius, c.y - w), ImVec2(c.x + radius, c.y + w), col);
            draw->AddRectFilled(ImVec2(c.x - w, c.y - radius), ImVec2(c.x + w, c.y + radius), col);
            break;
        }
        case ParticleOutline::Star: {
            // Each point as a fan from the centre; the disc between the points hides their seams.
            float slice = 6.2831853f / look.Corners;
            for (int k = 0; k < look.Corners; k++) {
                ImVec2 fan[10];
                fan[0] = c;
                for (int j = 1; j < 10; j++) {
                    float a = (j - 5) * slice / 8.0f; // from the point
                    float rr =
                        look.Radius * unit * (1.0f - kStarDepth + kStarDepth * std::cos(look.Corners * a)) +
                        grow;
                    float at = turn + slice * k + a;
                    fan[j] = ImVec2(c.x + std::sin(at) * rr, c.y - std::cos(at) * rr);
                }
                draw->AddConvexPolyFilled(fan, 10, col);
            }
            draw->AddCircleFilled(c, look.Radius * unit * (1.0f - 2.0f * kStarDepth) + grow, col, 12);
            break;
        }
        case ParticleOutline::Count:
            break;
        }
    }
}

// The open legend, anchored at `corner` (its bottom-right); a ✕ collapses it to its key.
static Box DrawOpenLegend(UiContext& ui, const SceneRenderer& scene, const Box& free, ImVec2 corner) {
    const ParticleQuanta& q = scene.Particles().Quanta();
    const SceneInputs& in = scene.Inputs();
    float font = ImGui::GetFontSize();
    bool narrow = free.W < font * 30.0f; // one species a row
    ImGui::SetNextWindowPos(corner, ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), ImVec2(free.W - font, free.H * 0.6f));
    ImGui::SetNextWindowBgAlpha(0.7f);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                             ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                             ImGuiWindowFlags_NoSavedSettings;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(font * 0.5f, font * 0.15f));
    ImGui::Begin("##scene_legend", nullptr, flags);
    const char* close = "\xE2\x9C\x95###legend.close"; // ✕
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + font * 18.0f);
    ImGui::TextUnformatted(
        TrOr("scene.legend.title", "1 particle \xE2\x89\x88 this much entering the blood:"));
    ImGui::PopTextWrapPos();
    ImGui::SameLine();
    if (TargetButton(close)) ui.Prefs->Legend = 0;
    NoteWidget(ui, "scene.legend.close");
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float icon = font * 0.4f;
    int per_row = narrow ? 1 : 2;
    if (ImGui::BeginTable("##species", 2 * per_row)) {
        for (int s = 0; s < kSpeciesCount; s++) {
            char amount[96];
            FormatParticleAmount(q.Valid ? q.Plasma[s] : 0.0, in.Unit[s], amount, sizeof(amount));
            if (s % per_row == 0) ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImVec2 p = ImGui::GetCursorScreenPos();
            DrawSpeciesIcon(draw, ImVec2(p.x + icon + 2.0f, p.y + font * 0.55f), icon, (Species)s);
            ImGui::Dummy(ImVec2(icon * 2.0f + 4.0f, font));
            ImGui::SameLine();
            char key[48];
            std::snprintf(key, sizeof(key), "scene.species.%s", GetSpeciesInfo(s).Name);
            ImGui::TextUnformatted(Tr(key));
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", amount);
        }
        ImGui::EndTable();
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + font * (narrow ? 16.0f : 26.0f));
    if (q.Valid) {
        char crossing[64];
        FormatDuration(q.Crossing, crossing, sizeof(crossing));
        ImGui::TextDisabled("%s %s %s", TrOr("scene.legend.crossing", "Into the brain: 1 per"), crossing,
                            TrOr("scene.legend.crossing2", "of IGF-1's resting transport"));
    }
    char cells[48];
    FormatNumber(scene.Neurons().CellsPerDrawnCell(), 0, false, cells, sizeof(cells));
    ImGui::TextDisabled("%s %s %s  \xC2\xB7  %s", TrOr("scene.legend.cells", "1 drawn new cell ="), cells,
                        TrOr("scene.legend.cells2", "cells"),
                        TrOr("scene.legend.speed", "faster time: more per particle"));
    ImGui::PopTextWrapPos();
    Box box = CurrentWindowBox();
    ImGui::End();
    ImGui::PopStyleVar();
    return box;
}

// The legend collapsed to one button; pressing it opens the legend.
static Box DrawLegendKey(UiContext& ui, ImVec2 corner) {
    ImGui::SetNextWindowPos(corner, ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.0f);
    // A little padding: ImGui clips a window's contents half its padding (at least its border) in.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4.0f, 4.0f));
    ImGui::Begin("##scene_key", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground);
    char label[96];
    std::snprintf(label, sizeof(label), "\xE2\x97\x86 %s###scene.key", Tr("scene.key")); // ◆
    if (TargetButton(label)) ui.Prefs->Legend = 1;
    NoteWidget(ui, "scene.key");
    if (!ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr("scene.key_tip"));
    Box box = CurrentWindowBox();
    ImGui::End();
    ImGui::PopStyleVar();
    return box;
}

bool LegendOpen(const UiContext& ui, float free_height) {
    if (ui.Prefs->Legend >= 0) return ui.Prefs->Legend == 1;
    // By itself: where it leaves the stations room, and never during the tour (it would cover
    // the station a step explains).
    // Kiosk visitors open it with its key: open, it would hide the scene on most kiosk screens.
    if (ui.Layout.Compact || ui.TourActive || ui.Mode == AppMode::Kiosk) return false;
    float font = ImGui::GetFontSize();
    return ui.Layout.Scene.W >= font * 40.0f && free_height >= font * 20.0f;
}

Box DrawSceneLegend(UiContext& ui, const SceneRenderer& scene, const Box& free, bool open) {
    if (!scene.Inputs().Valid) return Box();
    float margin = ImGui::GetFontSize() * 0.5f;
    ImVec2 corner(free.Right() - margin, free.Bottom() - margin * 0.8f);
    return open ? DrawOpenLegend(ui, scene, free, corner) : DrawLegendKey(ui, corner);
}

} // namespace ng
