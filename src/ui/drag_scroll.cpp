// Drag-to-scroll for panels on touch screens (docs/layout.md: ImGui 1.86 has none, #3379).
#include "imgui.h"
#include "ui_root.h"

namespace ng {

void DragToScroll() {
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::GetScrollMaxY() <= 0.0f || ImGui::IsAnyItemActive()) return;
    // This window itself, not a child of it: a child that scrolls calls this for itself.
    if (!ImGui::IsWindowHovered() || !ImGui::IsMouseDragging(ImGuiMouseButton_Left)) return;
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
}

} // namespace ng
