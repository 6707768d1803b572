#include "scene_overlay.h"
#include "content/i18n.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "model/species.h"
#include "plot_format.h"
#include "render/scene_renderer.h"
#include "ui_style.h"
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace ng {

static const char* kOverlayPrefix = "##scene";

// "1 particle = ..." texts: the amount in the species' unit, and a duration.
static void FormatParticleAmount(double amount, const char* unit, char* out, int out_size) {
    if (!(amount > 0.0)) {
        std::snprintf(out, out_size, "-");
    } else if (unit && std::strcmp(unit, "x rest") == 0) {
        std::snprintf(out, out_size, "%g %% %s", amount * 100.0, TrOr("scene.legend.of_rest", "of rest"));
    } else {
        bool free_igf1 = unit && std::strcmp(unit, "ng/L free") == 0; // free (unbound) IGF-1
        std::snprintf(out, out_size, "%g %s", amount,
                      free_igf1 ? TrOr("scene.legend.ng_l_free", "ng/L free") : (unit ? unit : ""));
    }
}

static void FormatDuration(double minutes, char* out, int out_size) {
    if (minutes < 1.0)
        std::snprintf(out, out_size, "%.2g s", minutes * 60.0);
    else if (minutes < 60.0)
        std::snprintf(out, out_size, "%.2g min", minutes);
    else if (minutes < 48.0 * 60.0)
        std::snprintf(out, out_size, "%.2g h", minutes / 60.0);
    else
        std::snprintf(out, out_size, "%.2g %s", minutes / 1440.0, TrOr("scene.legend.days", "days"));
}

// The margins the app's panels cover (last frame's windows): left and right panels, top bar,
// bottom strip. Windows of this overlay do not count.
static ScreenInsets MeasureUiInsets() {
    ImGuiContext& g = *GImGui;
    ImVec2 display = ImGui::GetIO().DisplaySize;
    ScreenInsets insets;
    for (ImGuiWindow* w : g.Windows) {
        if (!w->WasActive || w->Hidden ||
            (w->Flags & (ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_Popup)))
            continue;
        if (std::strncmp(w->Name, kOverlayPrefix, std::strlen(kOverlayPrefix)) == 0) continue;
        ImVec2 a = w->Pos, b = ImVec2(w->Pos.x + w->Size.x, w->Pos.y + w->Size.y);
        bool narrow = w->Size.x<display.x * 0.45f, tall = w->Size.y> display.y * 0.3f;
        if (a.x < display.x * 0.05f && narrow && tall)
            insets.Left = ImMax(insets.Left, b.x);
        else if (b.x > display.x * 0.95f && narrow && tall)
            insets.Right = ImMax(insets.Right, display.x - a.x);
        else if (a.y < display.y * 0.06f && !tall)
            insets.Top = ImMax(insets.Top, b.y);
        else if (b.y > display.y * 0.9f && (!tall || !narrow)) // bottom strips: tour bar, kiosk controls
            insets.Bottom = ImMax(insets.Bottom, ImMin(display.y - a.y, display.y * 0.6f));
    }
    return insets;
}

// A species' shape as in the particle shader, with a dark outline.
static void DrawSpeciesIcon(ImDrawList* draw, ImVec2 c, float r, int species) {
    const SpeciesLook& look = GetSpeciesLook(species);
    ImU32 color = ImGui::GetColorU32(ImVec4(look.Color[0], look.Color[1], look.Color[2], 1.0f));
    ImU32 dark = IM_COL32(10, 10, 16, 220);
    for (int pass = 0; pass < 2; pass++) {
        float rr = pass == 0 ? r + 1.5f : r;
        ImU32 col = pass == 0 ? dark : color;
        switch (look.Shape) {
        case SpeciesShape::Circle:
            draw->AddCircleFilled(c, rr, col, 20);
            break;
        case SpeciesShape::Triangle:
            draw->AddTriangleFilled(ImVec2(c.x, c.y - rr * 1.1f), ImVec2(c.x + rr, c.y + rr * 0.75f),
                                    ImVec2(c.x - rr, c.y + rr * 0.75f), col);
            break;
        case SpeciesShape::Diamond:
            draw->AddQuadFilled(ImVec2(c.x, c.y - rr * 1.15f), ImVec2(c.x + rr * 1.15f, c.y),
                                ImVec2(c.x, c.y + rr * 1.15f), ImVec2(c.x - rr * 1.15f, c.y), col);
            break;
        case SpeciesShape::Square:
            draw->AddRectFilled(ImVec2(c.x - rr * 0.8f, c.y - rr * 0.8f),
                                ImVec2(c.x + rr * 0.8f, c.y + rr * 0.8f), col);
            break;
        case SpeciesShape::Hexagon:
            draw->AddNgonFilled(c, rr, col, 6);
            break;
        case SpeciesShape::Cross:
            draw->AddRectFilled(ImVec2(c.x - rr, c.y - rr * 0.35f), ImVec2(c.x + rr, c.y + rr * 0.35f), col);
            draw->AddRectFilled(ImVec2(c.x - rr * 0.35f, c.y - rr), ImVec2(c.x + rr * 0.35f, c.y + rr), col);
            break;
        case SpeciesShape::Star:
            for (int k = 0; k < 5; k++) {
                float a = -1.5708f + 1.2566f * k;
                ImVec2 tip(c.x + std::cos(a) * rr * 1.1f, c.y + std::sin(a) * rr * 1.1f);
                ImVec2 l(c.x + std::cos(a - 0.5f) * rr * 0.4f, c.y + std::sin(a - 0.5f) * rr * 0.4f);
                ImVec2 rt(c.x + std::cos(a + 0.5f) * rr * 0.4f, c.y + std::sin(a + 0.5f) * rr * 0.4f);
                draw->AddTriangleFilled(tip, rt, l, col);
            }
            draw->AddCircleFilled(c, rr * 0.45f, col, 12);
            break;
        }
    }
}

// Text with a dark rounded backing, readable on any part of the scene.
static ImRect DrawTag(ImDrawList* draw, ImFont* font, float size, ImVec2 pos, const char* text, ImU32 color,
                      float backing_alpha) {
    ImVec2 text_size = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text);
    float pad = size * 0.3f;
    ImRect r(pos, ImVec2(pos.x + text_size.x + 2 * pad, pos.y + text_size.y + pad));
    draw->AddRectFilled(r.Min, r.Max, IM_COL32(8, 8, 14, (int)(255 * backing_alpha)), size * 0.35f);
    draw->AddText(font, size, ImVec2(pos.x + pad, pos.y + pad * 0.5f), color, text);
    return r;
}

struct Placement {
    std::vector<ImRect> Taken;
    bool Free(const ImRect& r) const {
        for (const ImRect& t : Taken)
            if (t.Overlaps(r)) return false;
        return true;
    }
};

// A line under a station's title: the set and rep at live speeds; the new-neuron counter.
static void StationStatus(const SceneRenderer& scene, int station, char* out, int out_size) {
    const SceneInputs& in = scene.Inputs();
    out[0] = 0;
    if (!in.Valid) return;
    if (station == 0 && in.InSession) {
        bool live = scene.SpeedShown() <= 60.0; // a rep (2-3 s) is still seen at 1 min per second
        if (in.Lifting && live)
            std::snprintf(out, out_size, "%s %d \xC2\xB7 %s %d", TrOr("scene.status.set", "set"), in.Set + 1,
                          TrOr("scene.status.rep", "rep"), in.Rep + 1);
        else
            std::snprintf(out, out_size, "%s", TrOr("scene.status.training", "training session"));
    } else if (station == 0 && in.MuscleSize > 1.005f) {
        std::snprintf(out, out_size, "%s +%.1f %% %s", TrOr("scene.status.fibres", "fibres"),
                      (in.MuscleSize - 1.0f) * 100.0f, TrOr("scene.status.drawn_x3", "(growth drawn x3)"));
    } else if (station == 3) {
        char total[48];
        FormatNumber(std::fmax(in.NewNeuronsTotal, 0.0), 0, false, total,
                     sizeof(total)); // as the lab shows it
        std::snprintf(out, out_size, "%s %s \xC2\xB7 +%.0f %s", total,
                      TrOr("scene.counter.new", "new neurons"), in.NewNeuronsPerDay,
                      TrOr("scene.counter.per_day", "per day"));
    }
}

static void DrawLabels(SceneRenderer& scene, const UiFonts& fonts, const ImRect& free_area,
                       Placement* placed) {
    const Camera& camera = scene.GetCamera();
    float ratio = scene.PixelRatio();
    float ox, oy, overview_scale;
    camera.FitView(kOverviewView, &ox, &oy, &overview_scale);
    float zoom = camera.Scale() / overview_scale;
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    ImGuiIO& io = ImGui::GetIO();
    ImFont* body = fonts.Body ? fonts.Body : ImGui::GetFont();
    ImFont* large = fonts.Large ? fonts.Large : body;
    float body_size = ImGui::GetFontSize();
    float title_size = body_size * 1.35f;

    for (const SceneLabel& label : scene.Labels()) {
        if (!label.Title && zoom < label.MinZoom) continue;
        float sx, sy;
        camera.WorldToScreen(label.X, label.Y, &sx, &sy);
        ImVec2 anchor(sx / ratio, sy / ratio);
        const char* text = TrOr(label.Key, label.Text);
        char title[160];
        if (label.Title) {
            if (anchor.x < free_area.Min.x - 40.0f || anchor.x > free_area.Max.x + 40.0f) continue;
            std::snprintf(title, sizeof(title), "%d  %s", label.Station + 1, text);
            char status[128];
            StationStatus(scene, label.Station, status, sizeof(status));
            ImVec2 size = large->CalcTextSizeA(title_size, FLT_MAX, 0.0f, title);
            float line2 = status[0] ? body_size * 1.3f : 0.0f;
            ImVec2 pos(anchor.x - size.x * 0.5f, anchor.y - size.y - line2);
            // The block: the title's tag and, centred under it, the status line, which may be wider
            // and then sticks out on both sides by `spill`.
            float title_w = size.x + title_size * 0.6f;
            float status_w =
                status[0] ? body->CalcTextSizeA(body_size, FLT_MAX, 0.0f, status).x + body_size : 0.0f;
            float block_w = ImMax(title_w, status_w);
            float spill = (block_w - title_w) * 0.5f;
            // Keep the block inside the free area (a title under a panel helps no one).
            pos.x = ImClamp(pos.x, free_area.Min.x + 4.0f + spill, free_area.Max.x - 4.0f - block_w + spill);
            pos.y = ImClamp(pos.y, free_area.Min.y + 4.0f, free_area.Max.y - size.y - line2 - 12.0f);
            // Blocks never cover each other: slide right of an earlier one, or below it.
            for (const ImRect& prev : placed->Taken) {
                ImRect mine(ImVec2(pos.x - spill, pos.y),
                            ImVec2(pos.x - spill + block_w, pos.y + size.y + line2 + 4.0f));
                if (!mine.Overlaps(prev)) continue;
                if (prev.Max.x + 6.0f + block_w <= free_area.Max.x - 4.0f)
                    pos.x = prev.Max.x + 6.0f + spill;
                else
                    pos.y = prev.Max.y + 4.0f;
            }
            bool focused = camera.IsFitted() && camera.View() == label.Station;
            ImRect r = DrawTag(draw, large, title_size, pos, title,
                               focused ? IM_COL32(255, 214, 120, 255) : IM_COL32(245, 240, 250, 255), 0.6f);
            if (status[0]) {
                ImVec2 status_size = body->CalcTextSizeA(body_size, FLT_MAX, 0.0f, status);
                ImVec2 p2(r.GetCenter().x - status_size.x * 0.5f - body_size * 0.3f, r.Max.y + 2.0f);
                r.Add(DrawTag(
                    draw, body, body_size, p2, status,
                    label.Station == 3 ? IM_COL32(255, 224, 150, 255) : IM_COL32(225, 220, 235, 255), 0.6f));
            }
            placed->Taken.push_back(r);
            if (!io.WantCaptureMouse && r.Contains(io.MousePos)) {
                ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::GetMouseDragDelta(0).x == 0.0f &&
                    ImGui::GetMouseDragDelta(0).y == 0.0f)
                    scene.FocusStation(label.Station);
            }
            continue;
        }
        if (!free_area.Contains(anchor)) continue;
        // Beside what it names: try above-right, above-left, below-right, below-left.
        ImVec2 size = body->CalcTextSizeA(body_size, FLT_MAX, 0.0f, text);
        size.x += body_size * 0.6f, size.y += body_size * 0.3f;
        float off = body_size * 1.4f;
        const ImVec2 tries[6] = {
            {off, -off - size.y}, {-off - size.x, -off - size.y}, {off, off},
            {-off - size.x, off}, {off, -off * 2.6f - size.y},    {-off - size.x, off * 2.2f}};
        for (const ImVec2& t : tries) {
            ImRect r(ImVec2(anchor.x + t.x, anchor.y + t.y),
                     ImVec2(anchor.x + t.x + size.x, anchor.y + t.y + size.y));
            if (!free_area.Contains(r) || !placed->Free(r)) continue;
            ImVec2 end(ImClamp(anchor.x, r.Min.x, r.Max.x), ImClamp(anchor.y, r.Min.y, r.Max.y));
            draw->AddLine(anchor, end, IM_COL32(240, 236, 250, 200), 1.5f);
            draw->AddCircleFilled(anchor, 3.0f, IM_COL32(240, 236, 250, 230));
            DrawTag(draw, body, body_size, r.Min, text, IM_COL32(240, 236, 250, 255), 0.62f);
            placed->Taken.push_back(r);
            break;
        }
    }
}

// The legend, bottom right of the free area; returns its height (the camera keeps clear of it).
static float DrawLegend(const SceneRenderer& scene, const ImRect& free_area) {
    const ParticleQuanta& q = scene.Particles().Quanta();
    const SceneInputs& in = scene.Inputs();
    if (!in.Valid) return 0.0f;
    float font = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(free_area.Max.x - font * 0.5f, free_area.Max.y - font * 0.4f),
                            ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.7f);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                             ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoFocusOnAppearing |
                             ImGuiWindowFlags_NoNav;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(font * 0.5f, font * 0.15f));
    ImGui::Begin("##scene_legend", nullptr, flags);
    ImGui::TextUnformatted(
        TrOr("scene.legend.title", "1 particle \xE2\x89\x88 this much entering the blood:"));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float icon = font * 0.4f;
    if (ImGui::BeginTable("##species", 4)) {
        for (int s = 0; s < kSceneSpeciesCount; s++) {
            char amount[96];
            FormatParticleAmount(q.Valid ? q.Plasma[s] : 0.0, in.Unit[s], amount, sizeof(amount));
            if (s % 2 == 0) ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImVec2 p = ImGui::GetCursorScreenPos();
            DrawSpeciesIcon(draw, ImVec2(p.x + icon + 2.0f, p.y + font * 0.55f), icon, s);
            ImGui::Dummy(ImVec2(icon * 2.0f + 4.0f, font));
            ImGui::SameLine();
            char key[48];
            std::snprintf(key, sizeof(key), "scene.species.%s", GetSpeciesInfo(s).Name);
            ImGui::TextUnformatted(TrOr(key, GetSpeciesLook(s).Name));
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%s", amount);
        }
        ImGui::EndTable();
    }
    if (q.Valid) {
        char crossing[64];
        FormatDuration(q.Crossing, crossing, sizeof(crossing));
        ImGui::TextDisabled("%s %s %s", TrOr("scene.legend.crossing", "Into the brain: 1 per"), crossing,
                            TrOr("scene.legend.crossing2", "of IGF-1's resting transport"));
    }
    ImGui::TextDisabled("%s %.0f %s  \xC2\xB7  %s", TrOr("scene.legend.cells", "1 drawn new cell ="),
                        scene.Neurons().CellsPerDrawnCell(), TrOr("scene.legend.cells2", "cells"),
                        TrOr("scene.legend.speed", "faster time: more per particle"));
    float height = ImGui::GetWindowSize().y;
    ImGui::End();
    ImGui::PopStyleVar();
    return height + font * 0.4f;
}

static void DrawQualityNote(const SceneRenderer& scene, const ImRect& free_area) {
    const QualityGovernor& quality = scene.Quality();
    if (quality.Level() >= QualityGovernor::kHardwareStartLevel) return;
    const char* text = quality.SoftwareRenderer()
                           ? TrOr("scene.quality.software", "software rendering: reduced detail")
                           : TrOr("scene.quality.reduced", "reduced detail to stay smooth");
    float size = ImGui::GetFontSize() * 0.85f;
    ImGui::GetBackgroundDrawList()->AddText(
        ImGui::GetFont(), size, ImVec2(free_area.Min.x + size * 0.6f, free_area.Max.y - size * 1.6f),
        IM_COL32(200, 196, 210, 150), text);
}

void DrawSceneOverlay(SceneRenderer& scene, const SceneFrame& frame, const UiFonts& fonts) {
    static float legend_height = 0.0f; // last frame's: the camera frames the stations above it
    ScreenInsets panels = MeasureUiInsets();
    scene.SetUiInsets(panels.Left, panels.Top, panels.Right, panels.Bottom + legend_height);
    if (!scene.Ready()) return;
    ImVec2 display = ImGui::GetIO().DisplaySize;
    ImRect free_area(ImVec2(panels.Left, panels.Top),
                     ImVec2(display.x - panels.Right, display.y - panels.Bottom));
    if (free_area.GetWidth() < display.x * 0.3f) free_area.Min.x = 0.0f, free_area.Max.x = display.x;
    if (free_area.GetHeight() < display.y * 0.3f) free_area.Min.y = 0.0f, free_area.Max.y = display.y;
    Placement placed;
    DrawLabels(scene, fonts, free_area, &placed);
    legend_height = frame.ShowLegend ? DrawLegend(scene, free_area) : 0.0f;
    DrawQualityNote(scene, free_area);
}

} // namespace ng
