#include "scene_species.h"
#include "model/species.h"

namespace ng {

static_assert(kSceneSpeciesCount == kSpeciesCount, "the scene draws every species of the model");

// Okabe & Ito (2008): bluish green, sky blue, orange, yellow, reddish purple, blue, vermillion.
static const SpeciesLook kLooks[kSceneSpeciesCount] = {
    {"BDNF", "growth factor; mostly made by the brain", {0.000f, 0.620f, 0.451f}, SpeciesShape::Circle},
    {"IGF-1",
     "growth factor; crosses when the brain is active",
     {0.337f, 0.706f, 0.914f},
     SpeciesShape::Triangle},
    {"VEGF", "acts on the vessel wall", {0.902f, 0.624f, 0.000f}, SpeciesShape::Diamond},
    {"Lactate", "from working muscle; fuels the brain", {0.941f, 0.894f, 0.259f}, SpeciesShape::Square},
    {"Cortisol", "stress hormone; slows new neurons", {0.800f, 0.475f, 0.655f}, SpeciesShape::Hexagon},
    {"IL-6", "short-lived muscle signal", {0.000f, 0.447f, 0.698f}, SpeciesShape::Cross},
    {"Cytokines", "inflammation; harms new neurons", {0.835f, 0.369f, 0.000f}, SpeciesShape::Star},
};

const SpeciesLook& GetSpeciesLook(int species) {
    if (species < 0 || species >= kSceneSpeciesCount) species = 0;
    return kLooks[species];
}

} // namespace ng
