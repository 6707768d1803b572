#include "species.h"

namespace ng {

static const SpeciesInfo kSpecies[kSpeciesCount] = {
    // None drawn leaving the muscle: plasma BDNF comes mostly from the brain, and muscle seems to
    // use its own BDNF locally (issue 13).
    {"bdnf", "BDNF", "x rest",
     "mostly the brain (70-80 % of plasma BDNF, not the sole source); muscle uses its own BDNF locally", 0.0,
     "B11 Rasmussen 2009; Matthews 2009 (not re-read)"},
    {"igf1", "IGF-1", "ng/L free", "liver (bound, slow pool); no acute change with exercise", 0.0, "I1-I5"},
    // None drawn leaving the muscle: the exercising leg takes VEGF protein up (V4, issue 13).
    {"vegf", "VEGF", "pg/mL",
     "platelets and other tissues; the exercising leg takes VEGF up; acts at the vessel wall, does not cross",
     0.0, "V1-V8"},
    {"lactate", "lactate", "mmol/L", "working muscle", 1.0, "M6-M8"},
    {"cortisol", "cortisol", "nmol/L", "adrenal glands (stress response)", 0.0, "S1-S4"},
    {"il6", "IL-6", "pg/mL", "contracting muscle; transient and anti-inflammatory overall", 1.0, "M9-M11"},
    {"cytokines", "inflammatory cytokines (IL-1beta/TNF-alpha proxy)", "x rest",
     "damaged muscle and immune cells when training is too hard", 0.5, "S7, S8"},
};

const SpeciesInfo& GetSpeciesInfo(Species species) {
    int index = (int)species;
    if (index < 0 || index >= kSpeciesCount) index = 0;
    return kSpecies[index];
}

} // namespace ng
