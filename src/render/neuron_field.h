// The new cells of the dentate gyrus. Each drawn cell stands for CellsPerDrawnCell() cells of
// the model; the model's integrated cell fluxes (divisions, differentiation, maturation, deaths)
// trigger the drawn events - a progenitor dividing (mitosis), a daughter becoming a neuroblast
// and migrating into the granule-cell layer, dendrites and an axon growing over simulated weeks
// (months in the human preset: the growth clock runs at the species' pace from the model),
// the cell lighting up when it matures (integrates), or shrinking and fading (apoptosis) - so
// the drawn population follows the model's pools. Pure C++; drawn through a ShapeList.
#pragma once
#include "particle_system.h"
#include "scene_inputs.h"
#include "scene_math.h"
#include <cstdint>
#include <vector>

namespace ng {

class ShapeList;

// Mature: integrated within the last kHighlightDays (lit); then it joins the granule-cell layer
// (fades into the background) - the counter keeps every new neuron.
enum class CellStage : uint8_t { Progenitor, Dividing, Neuroblast, Immature, Mature, Joining, Dying };

struct DrawnCell {
    CellStage Stage;
    float X, Y;          // soma, world units
    float HomeX, HomeY;  // its place in the granule-cell layer (neurons migrate there)
    double BornHours;    // simulated time it became a neuron (the growth clock)
    double MaturedHours; // simulated time it matured (integrated)
    float AnimSeconds;   // real seconds into the current animation (mitosis, death, integration)
    float AnimLength;
    float PulseSeconds; // a factor just bound: glow in its colour
    int PulseSpecies;
    uint32_t Seed; // shape of its dendritic tree
};

class NeuronField {
public:
    void Reset(uint64_t seed);
    // One frame. real_dt = 0 while paused (animations hold).
    void Update(const SceneInputs& in, double real_dt, const std::vector<ParticleArrival>& arrivals);
    // detail 0..2 (quality): dendrite depth and glow.
    void AddShapes(ShapeList* batch, const SceneInputs& in, double wall_seconds, int detail, bool glow) const;

    double CellsPerDrawnCell() const { return CellsPerCell; }
    int Count(CellStage stage) const;

    static constexpr int kMaxMature = 90;
    // The growth clock, in days of a mouse, whose young neurons mature in kMouseMaturationDays
    // (Zhao 2006). Each species runs it at its own pace: DrawnDays() stretches these by the model's
    // maturation time (SceneInputs::MaturationDays: ~9.5x in the human preset, docs/model.md).
    static constexpr double kMouseMaturationDays = 28.0;
    static constexpr double kMigrationDays = 7.0;   // neuroblasts reach the granule-cell layer
    static constexpr double kNeuroblastDays = 10.0; // then an immature neuron until it matures
    static constexpr double kHighlightDays = 28.0;  // the critical period (weeks 4-8) shows lit; older
                                                    // new neurons join the layer unhighlighted
    static constexpr double kAxonDays = 11.0;       // mossy fibres reach CA3 by day 10-11 (Zhao 2006)
    static constexpr double kDendriteDays = 28.0;   // spine growth peaks in weeks 3-4
    // `mouse_days` on the species' clock of `in`.
    static double DrawnDays(const SceneInputs& in, double mouse_days);

private:
    int Pick(CellStage stage, bool oldest);
    void PlaceHome(DrawnCell* cell);
    void Sync(const SceneInputs& in, bool quiet_only);

    std::vector<DrawnCell> Cells;
    double CellsPerCell = 0.0;
    double Carry[6] = {};
    SceneRandom Rng;
    uint32_t NextSeed = 1;
    bool Started = false;
    double LastHours = 0.0;
};

} // namespace ng
