// The four stations as shapes (cells, fibres, membranes), appended to a ShapeList in painter's
// order. Each reads only SceneInputs and the frame's visual state.
#pragma once
#include "scene_inputs.h"
#include "scene_math.h"
#include <cstdint>
#include <vector>

namespace ng {

class ShapeList;

struct StationContext {
    const SceneInputs* In = nullptr;
    double VisualSeconds = 0.0; // animation clock: wall time that stops while paused
    float SessionGlow = 0.0f;   // recent session activity, held ~0.5 s so fast sessions still flash
    int Detail = 2;             // 0..2 (quality)
    bool Glow = true;
};

void AddMuscleShapes(ShapeList* batch, const StationContext& ctx);
void AddBarrierShapes(ShapeList* batch, const StationContext& ctx);
void AddHippocampusContext(ShapeList* batch);

// Red cells (plus a few white cells and platelets) riding the flow along the whole vessel.
class BloodFlow {
public:
    void Reset(uint64_t seed, int detail);
    void Update(double real_dt); // 0 while paused
    void AddShapes(ShapeList* batch) const;

private:
    std::vector<float> X, U, Tumble, Spin;
    std::vector<uint8_t> Kind; // 0 red cell, 1 white cell, 2 platelet
    SceneRandom Rng;
};

// Muscle fibre geometry for one fibre at the current contraction (shared with the labels).
struct FibrePose {
    float CenterX, CenterY, HalfLength, Radius, SarcomereLength, Contraction;
};
FibrePose GetFibrePose(int fibre, const SceneInputs& in);

} // namespace ng
