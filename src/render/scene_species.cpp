#include "scene_species.h"
#include "model/species.h"

namespace ng {

static_assert(kSceneSpeciesCount == kSpeciesCount, "the scene draws every species of the model");

// Okabe & Ito (2008): bluish green, sky blue, orange, yellow, reddish purple, blue, vermillion.
static const SpeciesLook kLooks[kSceneSpeciesCount] = {
    {"BDNF", {0.000f, 0.620f, 0.451f}, SpeciesShape::Circle},
    {"IGF-1", {0.337f, 0.706f, 0.914f}, SpeciesShape::Triangle},
    {"VEGF", {0.902f, 0.624f, 0.000f}, SpeciesShape::Diamond},
    {"Lactate", {0.941f, 0.894f, 0.259f}, SpeciesShape::Square},
    {"Cortisol", {0.800f, 0.475f, 0.655f}, SpeciesShape::Hexagon},
    {"IL-6", {0.000f, 0.447f, 0.698f}, SpeciesShape::Cross},
    {"Cytokines", {0.835f, 0.369f, 0.000f}, SpeciesShape::Star},
};

const SpeciesLook& GetSpeciesLook(int species) {
    if (species < 0 || species >= kSceneSpeciesCount) species = 0;
    return kLooks[species];
}

} // namespace ng
