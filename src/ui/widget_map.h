// Where the important controls were drawn this frame, by a stable name ("lab.export",
// "training.intensity"). Browser tests and the kiosk touch tests use it to press real widgets
// at their real positions (neurogains.widgets() on the web); nothing else depends on it.
#pragma once
#include <string>
#include <vector>

namespace ng {

struct WidgetRect {
    std::string Name;
    float X, Y, Width, Height;   // the part that shows (a panel that scrolls cuts its items), window points
    float FullWidth, FullHeight; // the whole item, as laid out (touch-target size)
};

// Records the last ImGui item under a name, if any of it shows. Call right after drawing the item.
void NoteWidget(const char* name);
// Called once per frame before the UI is drawn.
void ClearWidgetMap();
const std::vector<WidgetRect>& WidgetMap();

} // namespace ng
