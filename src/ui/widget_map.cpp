#include "widget_map.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace ng {

static std::vector<WidgetRect> g_Widgets;

void NoteWidget(const char* name) {
    ImRect item(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImRect shown = item;
    shown.ClipWithFull(ImGui::GetCurrentWindowRead()->ClipRect);
    if (shown.GetWidth() <= 0.0f || shown.GetHeight() <= 0.0f) return; // scrolled out of its panel
    g_Widgets.push_back({name, shown.Min.x, shown.Min.y, shown.GetWidth(), shown.GetHeight(), item.GetWidth(),
                         item.GetHeight()});
}

void ClearWidgetMap() {
    g_Widgets.clear();
}

const std::vector<WidgetRect>& WidgetMap() {
    return g_Widgets;
}

} // namespace ng
