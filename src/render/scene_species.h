// How each molecular species looks: an Okabe-Ito colour (colour-blind safe) AND a distinct
// shape, so colour is never the only code. Shared by the particle shader (same order and shape
// numbers), the legend in the overlay and the tests.
#pragma once

namespace ng {

// Same order as ng::Species in model/species.h.
enum class SpeciesShape { Circle, Triangle, Diamond, Square, Hexagon, Cross, Star };

struct SpeciesLook {
    const char* Name; // short legend name
    float Color[3];   // Okabe-Ito, linear 0..1 as written in sRGB
    SpeciesShape Shape;
};

constexpr int kSceneSpeciesCount = 7;
const SpeciesLook& GetSpeciesLook(int species);

} // namespace ng
