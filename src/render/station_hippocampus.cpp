// Station 4, hippocampus (dentate gyrus): the setting of the new cells - radial-glia-like stem
// cells in the subgranular zone and the CA3 pyramidal cells the new axons reach. The new cells
// themselves are the NeuronField's.
#include "shape_list.h"
#include "stations.h"
#include "world_layout.h"

namespace ng {

void AddHippocampusContext(ShapeList* batch) {
    // Radial-glia-like stem cells: a soma in the SGZ and a long process through the layer.
    const float stems[4] = {318.0f, 341.0f, 364.0f, 385.0f};
    for (float x : stems) {
        float y = SgzY(x) + 0.3f;
        batch->Segment(x, y, x - 1.5f, y + kGranuleLayerDepth + 6.0f, 0.4f, 0.2f,
                       {0.55f, 0.72f, 0.72f, 0.8f});
        ShapeInstance& s = batch->Add(ShapeKind::Cell, x, y, 1.6f, 2.1f, {0.62f, 0.78f, 0.78f, 1.0f});
        s.P0 = 0.5f, s.P2 = 1.0f;
    }
    // CA3 pyramidal cells, where the new axons head.
    for (int i = 0; i < 5; i++) {
        float x = kCa3X + 4.0f + 3.5f * (i % 3), y = kCa3Y + 6.0f + 4.5f * (float)i - 2.0f * (i % 2);
        batch->Segment(x, y + 1.5f, x - 1.0f, y + 9.0f, 0.5f, 0.25f, {0.6f, 0.55f, 0.7f, 0.8f});
        ShapeInstance& s = batch->Add(ShapeKind::Blob, x, y, 1.7f, 2.2f, {0.66f, 0.6f, 0.78f, 1.0f});
        s.P0 = 0.15f, s.P1 = (float)i;
    }
}

} // namespace ng
