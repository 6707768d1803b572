// Where the important controls were drawn this frame, by a stable name ("lab.export",
// "training.intensity"). Browser tests and the kiosk touch tests use it to press real widgets
// at their real positions (neurogains.widgets() on the web); nothing else depends on it.
#pragma once
#include <string>
#include <vector>

namespace ng {

struct WidgetRect {
    std::string Name;
    float X, Y, Width, Height; // window points (CSS pixels on the web)
};

// Records the last ImGui item under a name. Call right after drawing the item.
void NoteWidget(const char* name);
// Called once per frame before the UI is drawn.
void ClearWidgetMap();
const std::vector<WidgetRect>& WidgetMap();

} // namespace ng
