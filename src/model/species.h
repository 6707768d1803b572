// The molecules the scene draws as particles, one row each: the plasma unit and origin (the model),
// how the particles cross the blood-brain barrier and how many a resting body shows
// (render/particle_system.cpp), and how they look (shaders/particle.frag through the shader prelude,
// render/shader_constants.cpp, and the legend). Its name on screen is "scene.species.<Name>" in
// assets/i18n/<lang>/scene.json. Lookups are switches without `default`, so the compiler names
// every place a new species must be handled: docs/content-format.md §9.
#pragma once
#include "model_parameters.h"

namespace ng {

enum class Species { Bdnf, Igf1, Vegf, Lactate, Cortisol, Il6, Cytokines, Count };
constexpr int kSpeciesCount = (int)Species::Count;

// What the species' particles do at the barrier.
enum class SpeciesCrossing {
    None,     // stay in the blood
    Vesicle,  // carried through the endothelium in a vesicle (transcytosis)
    Direct,   // through the endothelium by a carrier or by diffusion
    Junction, // leak through tight junctions that inflammation loosens
    Wall,     // bind the endothelium and act there; do not cross
};

// The outline of the particles and of the legend's icon, in particle units (the quad spans
// -1.6..1.6, its halo included). A cross is axis-aligned; a star's radius swings between
// Radius and Radius x (1 - 2 x kStarDepth).
enum class ParticleOutline { Circle, Polygon, Cross, Star, Count };
constexpr float kStarDepth = 0.354f;       // r = Radius x (1 - depth + depth x cos(Corners x angle))
constexpr float kCrossWidth = 1.0f / 3.0f; // half-width of an arm / its half-length (Radius)

// How the particle system treats the species' particles (render/particle_system.cpp).
struct ParticleRules {
    SpeciesCrossing Crossing;
    float CrossingWeight; // particles per unit of Fluxes::Crossing, relative to IGF-1 (0: none cross)
    float RestCount;      // particles in the whole vessel for a resting body, at the full budget
};

// How they look.
struct ParticleLook {
    float Color[3]; // Okabe & Ito (2008), colour-blind safe; sRGB 0..1
    ParticleOutline Outline;
    int Corners;  // Polygon: its corners; Star: its points
    float Turn;   // the first corner or point, clockwise from straight up, degrees
    float Radius; // from the centre to the corners or points (a circle's radius)
};

struct SpeciesInfo {
    const char* Name;   // snake_case id
    const char* Unit;   // plasma concentration unit; Fluxes::Release is in Unit per minute
    const char* Origin; // where the plasma pool comes from
    double MuscleShare; // share of the release that leaves the working muscle (rest: other organs)
    const char* Source; // tags of docs/science-background.md §1
    ParticleRules Particles;
    ParticleLook Look;
};

// Resting counts are legible at every zoom; lactate and IL-6 rise about tenfold in a session.
// Crossing weights are the trophic weights of docs/science-background.md §3.4 relative to IGF-1;
// cortisol and the cytokines do not feed the trophic state, so they get a small weight that keeps
// their entry visible.
inline SpeciesInfo GetSpeciesInfo(Species species) {
    const float bdnf_weight = (float)(kWeightBdnfWeak / kWeightIgf1);
    const float lactate_weight = (float)(kWeightLactate / kWeightIgf1);
    switch (species) {
    case Species::Bdnf: // none drawn leaving the muscle: muscle seems to use its own BDNF locally (issue 13)
        return {"bdnf",
                "x rest",
                "mostly the brain (70-80 % of plasma BDNF, not the sole source); muscle uses its own BDNF "
                "locally",
                0.0,
                "B11 Rasmussen 2009; Matthews 2009 (not re-read)",
                {SpeciesCrossing::Vesicle, bdnf_weight, 70.0f},
                {{0.000f, 0.620f, 0.451f}, ParticleOutline::Circle, 0, 0.0f, 0.8f}};
    case Species::Igf1:
        return {"igf1",
                "ng/L free",
                "liver (bound, slow pool); no acute change with exercise",
                0.0,
                "I1-I5",
                {SpeciesCrossing::Vesicle, 1.0f, 70.0f},
                {{0.337f, 0.706f, 0.914f}, ParticleOutline::Polygon, 3, 180.0f, 1.0f}};
    case Species::Vegf: // none drawn leaving the muscle: the exercising leg takes VEGF protein up (V4)
        return {"vegf",
                "pg/mL",
                "platelets and other tissues; the exercising leg takes VEGF up; acts at the vessel wall, "
                "does not cross",
                0.0,
                "V1-V8",
                {SpeciesCrossing::Wall, 0.0f, 55.0f},
                {{0.902f, 0.624f, 0.000f}, ParticleOutline::Polygon, 4, 0.0f, 0.95f}};
    case Species::Lactate:
        return {"lactate",
                "mmol/L",
                "working muscle",
                1.0,
                "M6-M8",
                {SpeciesCrossing::Direct, lactate_weight, 30.0f},
                {{0.941f, 0.894f, 0.259f}, ParticleOutline::Polygon, 4, 45.0f, 0.96f}};
    case Species::Cortisol:
        return {"cortisol",
                "nmol/L",
                "adrenal glands (stress response)",
                0.0,
                "S1-S4",
                {SpeciesCrossing::Direct, 0.3f, 55.0f},
                {{0.800f, 0.475f, 0.655f}, ParticleOutline::Polygon, 6, 0.0f, 0.855f}};
    case Species::Il6:
        return {"il6",
                "pg/mL",
                "contracting muscle; transient and anti-inflammatory overall",
                1.0,
                "M9-M11",
                {SpeciesCrossing::None, 0.0f, 25.0f},
                {{0.000f, 0.447f, 0.698f}, ParticleOutline::Cross, 0, 0.0f, 0.9f}};
    case Species::Cytokines: // an IL-1beta / TNF-alpha proxy
        return {"cytokines",
                "x rest",
                "damaged muscle and immune cells when training is too hard",
                0.5,
                "S7, S8",
                {SpeciesCrossing::Junction, 0.2f, 45.0f},
                {{0.835f, 0.369f, 0.000f}, ParticleOutline::Star, 5, 90.0f, 0.96f}};
    case Species::Count:
        break;
    }
    return GetSpeciesInfo(Species::Bdnf);
}

inline SpeciesInfo GetSpeciesInfo(int index) {
    return GetSpeciesInfo((Species)index);
}

} // namespace ng
