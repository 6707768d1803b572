// Where the important controls were drawn this frame (UiState::Widgets). Browser tests and the
// kiosk touch tests use it to press real widgets at their real positions (neurogains.widgets()
// on the web); the app also keeps fingers that land on a control away from the scene.
#pragma once
#include "ui_context.h"
#include "ui_state.h"

namespace ng {

// Records the last ImGui item under a name, if any of it shows. Call right after drawing the item.
void NoteWidget(const UiContext& ui, const char* name);

} // namespace ng
