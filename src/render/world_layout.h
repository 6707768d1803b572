// Where everything sits in the scene's world: the stations (model/stations.h) left to right along
// one blood vessel (muscle -> blood -> blood-brain barrier -> hippocampus). World units are
// abstract ("about a micrometre" in the focus views); y points up. Pure C++: shared by the
// renderer, the particle system, the overlay and the tests; the shaders get the numbers they
// share from the prelude (shader_constants.cpp).
#pragma once
#include "model/stations.h"

namespace ng {

struct WorldRect {
    float MinX, MinY, MaxX, MaxY;
    float Width() const { return MaxX - MinX; }
    float Height() const { return MaxY - MinY; }
    float CenterX() const { return (MinX + MaxX) * 0.5f; }
    float CenterY() const { return (MinY + MaxY) * 0.5f; }
};

struct WorldSpan {
    float From, To;
};

// Where a station sits.
struct StationPlace {
    WorldRect Area;       // what the station's focus view frames
    float TitleX, TitleY; // world point its title names
};
StationPlace GetStationPlace(Station station);

// The tissue behind the stations (shaders/background.frag): the muscle's connective tissue gives
// way to the dark plasma side of the vessel, and that to the brain's neuropil, over these spans.
constexpr WorldSpan kMuscleToBlood = {90.0f, 125.0f};
constexpr WorldSpan kBloodToBrain = {182.0f, 222.0f};

// Everything worth seeing (the overview frames it); the camera keeps its centre inside.
constexpr WorldRect kContentArea = {-10.0f, -68.0f, 420.0f, 66.0f};

// The vessel: centre line and lumen radius as functions of x (smooth, from a small table).
constexpr float kVesselStartX = -90.0f;
constexpr float kVesselEndX = 490.0f;
constexpr float kVesselWall = 2.2f; // wall thickness outside the lumen
float VesselCenterY(float x);
float VesselRadius(float x);
float VesselSlope(float x); // d(centre y)/dx

// The blood's flow: kFlowSpeed is the mean at the barrier (lumen radius 8.5), faster where the
// vessel narrows, fastest on the axis. u: -1..1 across the lumen.
constexpr float kFlowSpeed = 24.0f; // world units per real second
float VesselFlowSpeed(float lumen_radius, float u);
// Streaks in the plasma move with the mean flow (shaders/vessel.frag): kFlowStreakFrequency radians
// per world unit along the vessel, kFlowStreakCycles of them per cycle of the flow's phase.
constexpr float kFlowStreakFrequency = 0.35f;
constexpr float kFlowStreakCycles = 4.0f;
float VesselFlowPhase(double seconds); // 0..1, wrapped in double precision

// Muscle fibres (station 1): horizontal, anchored at the tendon on the left.
constexpr int kFibreCount = 7;
constexpr float kFibreLeftX = 2.0f;
constexpr float kFibreLength = 92.0f;
float FibreCenterY(int fibre);
constexpr float kFibreRadius = 4.6f; // untrained, relaxed

// Blood-brain barrier (station 3): the upper wall of the vessel is drawn cell by cell.
constexpr float kBarrierStartX = 206.0f;
constexpr float kBarrierEndX = 296.0f;
constexpr float kSproutX = 262.0f; // where a capillary sprout grows with sustained VEGF

// Hippocampus (station 4): the subgranular zone (SGZ) curves under the granule-cell layer, a
// parabola lowest at kSgzCenterX: y = kSgzBottomY + kSgzRise * ((x - kSgzCenterX) / kSgzHalfWidth)^2.
constexpr float kGyrusStartX = 306.0f;
constexpr float kGyrusEndX = 396.0f;
constexpr float kGranuleLayerDepth = 13.0f; // from the SGZ up to the molecular layer
constexpr float kSgzCenterX = 351.0f;
constexpr float kSgzHalfWidth = 45.0f;
constexpr float kSgzBottomY = -30.0f;
constexpr float kSgzRise = 12.0f;
float SgzY(float x);
// The dentate gyrus's layers behind it fade in and out over these spans (shaders/background.frag).
constexpr WorldSpan kGyrusFadeIn = {296.0f, 312.0f};
constexpr WorldSpan kGyrusFadeOut = {400.0f, 416.0f};
constexpr float kCa3X = 404.0f; // where new axons head (mossy fibres to CA3)
constexpr float kCa3Y = -46.0f;

} // namespace ng
