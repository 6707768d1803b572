#include "widget_map.h"
#include "imgui_internal.h"

namespace ng {

void NoteWidget(const UiContext& ui, const char* name) {
    ImRect item(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImRect shown = item;
    shown.ClipWithFull(ImGui::GetCurrentWindowRead()->ClipRect);
    if (shown.GetWidth() <= 0.0f || shown.GetHeight() <= 0.0f) return; // scrolled out of its panel
    ui.State->Widgets.push_back({name, shown.Min.x, shown.Min.y, shown.GetWidth(), shown.GetHeight(),
                                 item.GetWidth(), item.GetHeight()});
}

} // namespace ng
