// Labels the overlay writes next to what they name: a title per station, and details that
// appear when a station is in focus (and only when what they name is there to see).
#pragma once
#include "model/stations.h"
#include "scene_inputs.h"
#include <vector>

namespace ng {

struct SceneLabel {
    const char* Key;  // translation key ("scene.label.tendon")
    const char* Text; // the English of a detail; nullptr for a title (model/stations.h has its key)
    float X, Y;       // world point named (the label sits beside it, with a leader line)
    Station Where;    // the station it belongs to
    bool Title;       // the station's name
    float MinZoom;    // shown from this zoom on (1 = the overview)
};

void BuildSceneLabels(const SceneInputs& in, std::vector<SceneLabel>* out);

} // namespace ng
