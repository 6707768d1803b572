// The molecules the scene draws as particles, with their plasma units and where they come from.
#pragma once

namespace ng {

enum class Species { Bdnf, Igf1, Vegf, Lactate, Cortisol, Il6, Cytokines, Count };
constexpr int kSpeciesCount = (int)Species::Count;

struct SpeciesInfo {
    const char* Name;   // snake_case id
    const char* Label;  // for legends
    const char* Unit;   // plasma concentration unit; Fluxes::Release is in Unit per minute
    const char* Origin; // where the plasma pool comes from
    double MuscleShare; // share of the release that leaves the working muscle (rest: other organs)
    const char* Source; // tags of docs/science-background.md §1
};

const SpeciesInfo& GetSpeciesInfo(Species species);
inline const SpeciesInfo& GetSpeciesInfo(int index) {
    return GetSpeciesInfo((Species)index);
}

} // namespace ng
