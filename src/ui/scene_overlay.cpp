#include "scene_overlay.h"
#include "content/i18n.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "plot_format.h"
#include "render/scene_renderer.h"
#include "ui_context.h"
#include "ui_style.h"
#include "widget_map.h"
#include <cmath>
#include <cstdio>

namespace ng {

static Box ToBox(const ImRect& r) {
    Box b;
    b.X = r.Min.x, b.Y = r.Min.y, b.W = r.GetWidth(), b.H = r.GetHeight();
    return b;
}

static ImRect ToRect(const Box& b) {
    return ImRect(b.X, b.Y, b.Right(), b.Bottom());
}

Box CurrentWindowBox() {
    ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    Box box;
    box.X = pos.x, box.Y = pos.y, box.W = size.x, box.H = size.y;
    return box;
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

// What is already on the screen: controls, the legend, earlier labels. Nothing is written over it.
struct Placement {
    std::vector<ImRect> Taken;
    bool Free(const ImRect& r) const {
        for (const ImRect& t : Taken)
            if (t.Overlaps(r)) return false;
        return true;
    }
};

// A line under a station's title: the set and rep at live speeds; the new-neuron counter.
void StationStatus(const SceneContent& scene, Station station, char* out, int out_size) {
    const SceneInputs& in = scene.Inputs();
    out[0] = 0;
    if (!in.Valid) return;
    if (station == Station::Muscle && in.InSession) {
        bool live = scene.SpeedShown() <= 60.0; // a rep (2-3 s) is still seen at 1 min per second
        if (in.Lifting && live)
            std::snprintf(out, out_size, "%s %d \xC2\xB7 %s %d", TrOr("scene.status.set", "set"), in.Set + 1,
                          TrOr("scene.status.rep", "rep"), in.Rep + 1);
        else
            std::snprintf(out, out_size, "%s", TrOr("scene.status.training", "training session"));
    } else if (station == Station::Muscle && in.MuscleSize > 1.005f) {
        char growth[48];
        FormatNumber((in.MuscleSize - 1.0f) * 100.0, 1, true, growth, sizeof(growth));
        std::snprintf(out, out_size, "%s %s %% %s", TrOr("scene.status.fibres", "fibres"), growth,
                      TrOr("scene.status.drawn_x3", "(growth drawn x3)"));
    } else if (station == Station::Hippocampus) { // born within weeks, matured months later
        char born[48], matured[48];
        FormatNumber(std::fmax(in.CellsBornTotal, 0.0), 0, false, born, sizeof(born)); // as the lab shows it
        FormatNumber(std::fmax(in.NewNeuronsTotal, 0.0), 0, false, matured, sizeof(matured));
        std::snprintf(out, out_size, "%s %s \xC2\xB7 %s %s", born, TrOr("scene.counter.born", "cells born"),
                      matured, TrOr("scene.counter.matured", "matured"));
    }
}

// Where a block of `size` naming `anchor` goes: centred above it if that is free, else the
// nearest free spot in growing steps around it, inside the free area. False if none is free.
static bool PlaceBlock(const ImRect& free, const Placement& placed, ImVec2 anchor, ImVec2 size, ImVec2* out) {
    static const float kSteps[][2] = {{0, 0},  {0, 1},   {1, 0},  {-1, 0}, {0, -1}, {1, 1},  {-1, 1},
                                      {1, -1}, {-1, -1}, {0, 2},  {2, 0},  {-2, 0}, {0, -2}, {0, 3},
                                      {2, 1},  {-2, 1},  {0, -3}, {2, -1}, {-2, -1}};
    float pad = 4.0f;
    if (size.x > free.GetWidth() - 2.0f * pad || size.y > free.GetHeight() - 2.0f * pad) return false;
    for (const auto& step : kSteps) {
        ImVec2 p(anchor.x - size.x * 0.5f + step[0] * size.x * 0.6f,
                 anchor.y - size.y + step[1] * (size.y + pad));
        p.x = ImClamp(p.x, free.Min.x + pad, free.Max.x - pad - size.x);
        p.y = ImClamp(p.y, free.Min.y + pad, free.Max.y - pad - size.y);
        ImRect r(ImVec2(p.x - 2.0f, p.y - 2.0f), ImVec2(p.x + size.x + 2.0f, p.y + size.y + 2.0f));
        if (!placed.Free(r)) continue;
        *out = p;
        return true;
    }
    return false;
}

// A station's title (tap or click to focus it) and, under it, its status line; the status line
// goes first, then the title, when there is no free spot for them.
static void DrawTitle(UiContext& ui, const SceneRenderer& scene, const SceneContent& content,
                      const SceneLabel& label, ImVec2 anchor, const ImRect& free, Placement* placed,
                      SceneOverlay* overlay) {
    ImFont* body = ui.Fonts->Body ? ui.Fonts->Body : ImGui::GetFont();
    ImFont* large = ui.Fonts->Large ? ui.Fonts->Large : body;
    float body_size = ImGui::GetFontSize();
    float title_size = body_size * (ui.Layout.Compact ? 1.15f : 1.35f);
    char title[160], status[128];
    std::snprintf(title, sizeof(title), "%d  %s", (int)label.Where + 1,
                  Tr(label.Key)); // numbered as the view strip
    StationStatus(content, label.Where, status, sizeof(status));
    ImVec2 title_size2 = large->CalcTextSizeA(title_size, FLT_MAX, 0.0f, title);
    float title_w = title_size2.x + title_size * 0.6f, title_h = title_size2.y + title_size * 0.3f;
    float status_w =
        status[0] ? body->CalcTextSizeA(body_size, FLT_MAX, 0.0f, status).x + body_size * 0.6f : 0.0f;
    float status_h = status[0] ? body_size * 1.3f + 2.0f : 0.0f;

    ImVec2 pos;
    bool with_status = status[0] != 0;
    ImVec2 block(ImMax(title_w, status_w), title_h + status_h);
    if (!PlaceBlock(free, *placed, anchor, block, &pos)) {
        with_status = false;
        block = ImVec2(title_w, title_h);
        if (!PlaceBlock(free, *placed, anchor, block, &pos)) return;
    }
    const Camera& camera = scene.GetCamera();
    bool focused = camera.IsFitted() && camera.View() == (int)label.Where;
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    ImVec2 title_pos(pos.x + (block.x - title_w) * 0.5f, pos.y);
    ImRect r = DrawTag(draw, large, title_size, title_pos, title,
                       focused ? IM_COL32(255, 214, 120, 255) : IM_COL32(245, 240, 250, 255), 0.6f);
    if (with_status) {
        ImVec2 p2(pos.x + (block.x - status_w) * 0.5f, r.Max.y + 2.0f);
        r.Add(DrawTag(draw, body, body_size, p2, status,
                      label.Where == Station::Hippocampus ? IM_COL32(255, 224, 150, 255)
                                                          : IM_COL32(225, 220, 235, 255),
                      0.6f));
    }
    placed->Taken.push_back(r);
    overlay->Labels.push_back(ToBox(r));
    ImGuiIO& io = ImGui::GetIO();
    if (!io.WantCaptureMouse && r.Contains(io.MousePos)) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::GetMouseDragDelta(0).x == 0.0f &&
            ImGui::GetMouseDragDelta(0).y == 0.0f)
            ui.Commands->Push(CommandType::FocusView, GetStation(label.Where).Id);
    }
}

// A detail label beside what it names: above-right, above-left, below-right or below-left.
static void DrawDetail(const UiFonts& fonts, const char* text, ImVec2 anchor, const ImRect& free,
                       Placement* placed) {
    ImFont* body = fonts.Body ? fonts.Body : ImGui::GetFont();
    float body_size = ImGui::GetFontSize();
    ImVec2 size = body->CalcTextSizeA(body_size, FLT_MAX, 0.0f, text);
    size.x += body_size * 0.6f, size.y += body_size * 0.3f;
    float off = body_size * 1.4f;
    const ImVec2 tries[6] = {
        {off, -off - size.y}, {-off - size.x, -off - size.y}, {off, off},
        {-off - size.x, off}, {off, -off * 2.6f - size.y},    {-off - size.x, off * 2.2f}};
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    for (const ImVec2& t : tries) {
        ImRect r(ImVec2(anchor.x + t.x, anchor.y + t.y),
                 ImVec2(anchor.x + t.x + size.x, anchor.y + t.y + size.y));
        if (!free.Contains(r) || !placed->Free(r)) continue;
        ImVec2 end(ImClamp(anchor.x, r.Min.x, r.Max.x), ImClamp(anchor.y, r.Min.y, r.Max.y));
        draw->AddLine(anchor, end, IM_COL32(240, 236, 250, 200), 1.5f);
        draw->AddCircleFilled(anchor, 3.0f, IM_COL32(240, 236, 250, 230));
        DrawTag(draw, body, body_size, r.Min, text, IM_COL32(240, 236, 250, 255), 0.62f);
        placed->Taken.push_back(r);
        return;
    }
}

// The titles and detail labels of one pane (the whole screen, or A's or B's half).
static void DrawLabels(UiContext& ui, const SceneRenderer& scene, const ScenePane& pane, const ImRect& free,
                       Placement* placed, SceneOverlay* overlay) {
    const Camera& camera = scene.GetCamera();
    float ratio = scene.PixelRatio();
    float ox, oy, overview_scale;
    camera.FitView(kOverviewView, &ox, &oy, &overview_scale);
    float zoom = camera.Scale() / overview_scale;
    for (const SceneLabel& label : pane.Content->Labels()) {
        if (!label.Title && zoom < label.MinZoom) continue;
        float sx, sy;
        camera.WorldToScreen(label.X, label.Y, &sx, &sy);
        ImVec2 anchor((pane.X + sx) / ratio, (pane.Y + sy) / ratio);
        if (label.Title) {
            ImRect near_free(free.Min.x - 40.0f, free.Min.y - 40.0f, free.Max.x + 40.0f, free.Max.y + 40.0f);
            if (near_free.Contains(anchor))
                DrawTitle(ui, scene, *pane.Content, label, anchor, free, placed, overlay);
        } else if (free.Contains(anchor)) {
            DrawDetail(*ui.Fonts, TrOr(label.Key, label.Text), anchor, free, placed);
        }
    }
}

// A discreet note when the detail is reduced: at the top-left of the free area, else the
// bottom-left, wherever the titles left room (it is the least important text here).
static void DrawQualityNote(const SceneRenderer& scene, const ImRect& free, const Placement& placed) {
    const QualityGovernor& quality = scene.Quality();
    if (quality.Level() >= QualityGovernor::kHardwareStartLevel) return;
    const char* text = quality.SoftwareRenderer()
                           ? TrOr("scene.quality.software", "software rendering: reduced detail")
                           : TrOr("scene.quality.reduced", "reduced detail to stay smooth");
    float size = ImGui::GetFontSize() * 0.85f;
    ImVec2 text_size = ImGui::GetFont()->CalcTextSizeA(size, FLT_MAX, 0.0f, text);
    const ImVec2 spots[] = {ImVec2(free.Min.x + size * 0.6f, free.Min.y + size * 0.4f),
                            ImVec2(free.Min.x + size * 0.6f, free.Max.y - size * 0.4f - text_size.y)};
    for (const ImVec2& pos : spots) {
        ImRect r(pos.x, pos.y, pos.x + text_size.x, pos.y + text_size.y);
        if (!free.Contains(r) || !placed.Free(r)) continue;
        ImGui::GetBackgroundDrawList()->AddText(ImGui::GetFont(), size, pos, IM_COL32(200, 196, 210, 150),
                                                text);
        return;
    }
}

// Each station's area on the screen, in window points.
static void MeasureStations(const SceneRenderer& scene, SceneOverlay* overlay) {
    const Camera& camera = scene.GetCamera();
    const ScenePane& pane = scene.Pane(0);
    float ratio = scene.PixelRatio();
    for (int s = 0; s < kStationCount; s++) {
        WorldRect a = GetStationPlace((Station)s).Area;
        float x0, y0, x1, y1;
        camera.WorldToScreen(a.MinX, a.MinY, &x0, &y0);
        camera.WorldToScreen(a.MaxX, a.MaxY, &x1, &y1);
        Box b;
        b.X = (pane.X + std::fmin(x0, x1)) / ratio, b.Y = (pane.Y + std::fmin(y0, y1)) / ratio;
        b.W = std::fabs(x1 - x0) / ratio, b.H = std::fabs(y1 - y0) / ratio;
        overlay->Stations[s] = b;
    }
}

void DrawSceneOverlay(UiContext& ui, SceneRenderer& scene, SceneOverlay* overlay) {
    const UiLayout& l = ui.Layout;
    ImVec2 display = ImGui::GetIO().DisplaySize;
    // The camera frames the stations in the free area above last frame's bottom row.
    float row_top = overlay->BottomRow.Empty() ? l.Scene.Bottom() : overlay->BottomRow.Y;
    scene.SetUiInsets(l.Scene.X, l.Scene.Y, display.x - l.Scene.Right(), display.y - row_top);
    overlay->Labels.clear();
    overlay->Legend = Box();
    overlay->BottomRow = Box();
    if (!scene.Ready()) return;
    Box free_box = l.Scene;
    if (free_box.W < display.x / 6.0f) free_box.X = 0.0f, free_box.W = display.x;
    if (free_box.H < display.y / 6.0f) free_box.Y = 0.0f, free_box.H = display.y;
    ImRect free = ToRect(free_box);

    SceneSplit split = ChooseSceneSplit(ui, free_box);
    // The camera keeps clear of the badges or the switch, unless that would leave the stations
    // too little room (a small landscape phone): the switch then sits over the scene's edge.
    float top_room = SceneTopRoom(split);
    if (split == SceneSplit::None && row_top - l.Scene.Y - top_room < 0.6f * (row_top - l.Scene.Y))
        top_room = 0.0f;
    scene.SetSplit(split, ui.State->Explore.SceneShowsB, l.Scene.Bottom() - row_top, top_room);

    Placement placed;
    for (const WidgetRect& w : ui.State->Widgets)
        placed.Taken.push_back(ImRect(w.X, w.Y, w.X + w.Width, w.Y + w.Height));
    bool open = LegendOpen(ui, free_box.H);
    Box legend = DrawSceneLegend(ui, scene, free_box, open);
    if (open) overlay->Legend = legend;
    Box row = legend;
    if (ui.Prefs->ShowUi && !ui.TourActive && ui.Mode != AppMode::Kiosk) {
        Box strip = DrawViewStrip(ui, free_box, legend);
        placed.Taken.push_back(ToRect(strip));
        row = row.Empty() ? strip : (strip.Y < row.Y ? strip : row);
    }
    overlay->BottomRow = row;
    if (!legend.Empty()) placed.Taken.push_back(ToRect(legend));
    for (const Box& badge : DrawPaneBadges(ui, scene)) placed.Taken.push_back(ToRect(badge));
    for (int i = 0; i < scene.PaneCount(); i++) {
        const ScenePane& pane = scene.Pane(i);
        float r = scene.PixelRatio();
        ImRect pane_free(pane.X / r, pane.Y / r, (pane.X + pane.W) / r, (pane.Y + pane.H) / r);
        pane_free.ClipWithFull(free);
        DrawLabels(ui, scene, pane, pane_free, &placed, overlay);
    }
    DrawQualityNote(scene, free, placed);
    MeasureStations(scene, overlay);
}

} // namespace ng
