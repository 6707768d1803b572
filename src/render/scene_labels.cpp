#include "scene_labels.h"
#include "stations.h"
#include "world_layout.h"

namespace ng {

void BuildSceneLabels(const SceneInputs& in, std::vector<SceneLabel>* out) {
    out->clear();
    for (int s = 0; s < kStationCount; s++) {
        StationPlace place = GetStationPlace((Station)s);
        out->push_back(
            {GetStation((Station)s).TitleKey, nullptr, place.TitleX, place.TitleY, (Station)s, true, 0.0f});
    }
    const float detail = 1.4f; // zoom from which details are named (focus views are 1.6-2.5)
    FibrePose upper = GetFibrePose(kFibreCount - 2, in);
    out->push_back({"scene.label.tendon", "Tendon", -3.0f, 30.0f, Station::Muscle, false, detail});
    out->push_back({"scene.label.fibre", "Muscle fibre: sarcomeres shorten with each rep", 70.0f,
                    upper.CenterY + upper.Radius, Station::Muscle, false, detail});
    out->push_back({"scene.label.capillary", "Capillary", 40.0f, VesselCenterY(40.0f) - VesselRadius(40.0f),
                    Station::Muscle, false, detail});
    if (in.Damage > 0.25f)
        out->push_back(
            {"scene.label.damage", "Micro-damage", 44.0f, FibreCenterY(0), Station::Muscle, false, detail});
    if (in.Inflammation > 0.15f)
        out->push_back({"scene.label.immune", "Immune cells (inflammation)", 60.0f, FibreCenterY(1) + 6.0f,
                        Station::Muscle, false, detail});

    out->push_back({"scene.label.red_cells", "Red blood cells", 150.0f, VesselCenterY(150.0f) - 8.0f,
                    Station::Blood, false, detail});
    out->push_back({"scene.label.plasma", "Plasma carries the molecules", 150.0f,
                    VesselCenterY(150.0f) + 10.0f, Station::Blood, false, detail});

    float top_wall = VesselCenterY(250.0f) + VesselRadius(250.0f);
    out->push_back({"scene.label.endothelium", "Endothelial cell", 228.5f, top_wall + 1.7f, Station::Barrier,
                    false, detail});
    if (in.BarrierLeak > 0.3f)
        out->push_back({"scene.label.junction_loose", "Junction loosened by inflammation", 236.0f,
                        top_wall + 1.7f, Station::Barrier, false, detail});
    else
        out->push_back({"scene.label.junction", "Tight junction", 236.0f, top_wall + 1.7f, Station::Barrier,
                        false, detail});
    out->push_back(
        {"scene.label.pericyte", "Pericyte", 253.0f, top_wall + 4.4f, Station::Barrier, false, detail});
    out->push_back({"scene.label.endfoot", "Astrocyte end-foot", 278.0f, top_wall + 6.3f, Station::Barrier,
                    false, detail});
    out->push_back({"scene.label.astrocyte", "Astrocyte", 228.0f, 6.0f, Station::Barrier, false, detail});
    if (in.Angiogenesis > 0.1f)
        out->push_back({"scene.label.sprout", "Capillary sprout (VEGF)", kSproutX,
                        top_wall + 34.0f * in.Angiogenesis, Station::Barrier, false, detail});

    out->push_back({"scene.label.sgz", "Subgranular zone: progenitors", kSgzCenterX, SgzY(kSgzCenterX),
                    Station::Hippocampus, false, detail});
    out->push_back({"scene.label.gcl", "Granule-cell layer", 330.0f, SgzY(330.0f) + kGranuleLayerDepth * 0.6f,
                    Station::Hippocampus, false, detail});
    out->push_back({"scene.label.dendrites", "Dendrites grow into the molecular layer", 360.0f,
                    SgzY(360.0f) + 30.0f, Station::Hippocampus, false, detail});
    out->push_back({"scene.label.axons", "Axons to CA3", kCa3X + 6.0f, kCa3Y + 14.0f, Station::Hippocampus,
                    false, detail});
}

} // namespace ng
