// The row of camera views at the bottom of the scene: the overview and one per station. Where
// the full names do not fit beside the legend, the stations go by their numbers (the titles over
// the scene carry the same numbers), and the overview by a short word.
#include "content/i18n.h"
#include "model/stations.h"
#include "scene_overlay.h"
#include "ui_context.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <cstdio>

namespace ng {

// Button i shows camera view i - 1: the overview (kOverviewView), then the stations in order.
static const int kViewCount = kStationCount + 1;

static void ViewLabel(int view, bool short_names, char* out, int out_size) {
    if (view == 0) {
        std::snprintf(out, out_size, "%s###view.overview",
                      Tr(short_names ? "view.overview.short" : "view.overview"));
        return;
    }
    StationInfo station = GetStation((Station)(view - 1));
    if (short_names)
        std::snprintf(out, out_size, "%d###%s", view, station.ViewKey);
    else
        std::snprintf(out, out_size, "%s###%s", Tr(station.ViewKey), station.ViewKey);
}

static float StripWidth(bool short_names) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float width = 2.0f * style.WindowPadding.x - style.ItemSpacing.x;
    char label[96];
    for (int i = 0; i < kViewCount; i++) {
        ViewLabel(i, short_names, label, sizeof(label));
        width += TargetSize(label).x + style.ItemSpacing.x;
    }
    return width;
}

Box DrawViewStrip(UiContext& ui, const Box& free, const Box& avoid) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float margin = ImGui::GetFontSize() * 0.5f;
    float height = TargetSize("1").y + 2.0f * style.WindowPadding.y;
    float y = free.Bottom() - margin * 0.8f - height;
    // Centred if it clears the legend, else at the left; full names if they fit, else short
    // ones; and if even that meets the legend, on a row above it.
    bool short_names = true, placed = false;
    float x = free.X + margin, width = StripWidth(true);
    for (int attempt = 0; attempt < 4 && !placed; attempt++) {
        bool names_short = attempt >= 2, centred = attempt % 2 == 0 && !ui.Layout.Compact;
        Box box;
        box.W = StripWidth(names_short), box.H = height, box.Y = y;
        box.X = centred ? free.X + (free.W - box.W) * 0.5f : free.X + margin;
        if (box.Right() > free.Right() - margin || box.Overlaps(avoid)) continue;
        short_names = names_short, x = box.X, width = box.W, placed = true;
    }
    if (!placed && !avoid.Empty()) y = avoid.Y - margin * 0.5f - height;
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    ImGui::SetNextWindowBgAlpha(0.75f);
    ImGui::Begin("##views", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    char label[96];
    for (int i = 0; i < kViewCount; i++) {
        if (i > 0) ImGui::SameLine();
        ViewLabel(i, short_names, label, sizeof(label));
        if (TargetButton(label)) ui.Commands->Push(CommandType::FocusView, ViewId(i - 1));
        const char* widget = i == 0 ? "view.overview" : GetStation((Station)(i - 1)).ViewKey;
        NoteWidget(ui, widget);
        if (short_names && i > 0 && !ui.Touch && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Tr(widget));
    }
    Box box = CurrentWindowBox();
    ImGui::End();
    return box;
}

} // namespace ng
