// Labels the overlay writes next to what they name: a title per station, and details that
// appear when a station is in focus (and only when what they name is there to see).
#pragma once
#include "scene_inputs.h"
#include <vector>

namespace ng {

struct SceneLabel {
    const char* Key; // translation key ("scene.label.tendon"); Text is the English
    const char* Text;
    float X, Y;    // world point named (the label sits beside it, with a leader line)
    int Station;   // 0..3
    bool Title;    // the station's name
    float MinZoom; // shown from this zoom on (1 = the overview)
};

void BuildSceneLabels(const SceneInputs& in, std::vector<SceneLabel>* out);

} // namespace ng
