#include "widget_map.h"
#include "imgui.h"

namespace ng {

static std::vector<WidgetRect> g_Widgets;

void NoteWidget(const char* name) {
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    g_Widgets.push_back({name, min.x, min.y, max.x - min.x, max.y - min.y});
}

void ClearWidgetMap() {
    g_Widgets.clear();
}

const std::vector<WidgetRect>& WidgetMap() {
    return g_Widgets;
}

} // namespace ng
