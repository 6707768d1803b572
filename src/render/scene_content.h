// What one programme's scene holds between frames: the model's inputs, the molecules, the new
// neurons, the blood and the labels, on their own animation clock. The renderer keeps one for
// programme A and, in compare mode, one for B (docs/architecture.md §4). Pure C++ (no GL).
#pragma once
#include "neuron_field.h"
#include "particle_system.h"
#include "quality_governor.h"
#include "scene_inputs.h"
#include "scene_labels.h"
#include "stations.h"
#include <cstdint>
#include <vector>

namespace ng {

class Simulation;
class ShapeList;

struct SceneStep {
    const Simulation* Sim = nullptr; // null: an empty scene
    double RenderTimeHours = 0.0;
    uint64_t Seed = 1;
    double SimSecondsPerRealSecond = 0.0; // 0 while paused
    double VisualSeconds = 0.0;           // wall time since the last step; 0 while paused
    int ParticleBudget = 0;               // this scene's share of the quality level's budget
    int CellDetail = 2;
};

class SceneContent {
public:
    void Step(const SceneStep& step);
    // The stations, blood and new neurons as shapes, in painter's order.
    void AddShapes(ShapeList* shapes, int cell_detail, bool glow) const;

    const SceneInputs& Inputs() const { return In; }
    const ParticleSystem& Particles() const { return Molecules; }
    const NeuronField& Neurons() const { return Cells; }
    const std::vector<SceneLabel>& Labels() const { return LabelList; }
    double VisualSeconds() const { return Visual; }
    double SpeedShown() const { return LastSpeed; } // sim seconds per real second of the quanta
    void SetParticleDensity(float density) { Molecules.SetDensity(density); }
    double LastReadSeconds() const { return ReadSeconds; } // reading the model in the last Step

private:
    void Reset(uint64_t seed);

    SceneInputReader Reader;
    SceneInputs In;
    ParticleSystem Molecules;
    NeuronField Cells;
    BloodFlow Blood;
    std::vector<SceneLabel> LabelList;
    uint64_t Seed = 0;
    bool Ready = false;
    const Simulation* Sim = nullptr; // a new model or a reset (time going back) starts afresh
    double Hours = 0.0;
    int BloodDetail = -1;
    double Visual = 0.0; // animation clock (stops while paused)
    double LastSpeed = 0.0;
    float SessionGlow = 0.0f;
    double ReadSeconds = 0.0;
};

} // namespace ng
