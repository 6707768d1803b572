// The publications the explain cards and the tour cite: assets/content/sources.json, shared by
// both; each names its row of the evidence table in docs/science-background.md §1.
//
//   { "sources": [ { "id": "rasmussen2009", "short": "Rasmussen et al. 2009",
//                    "citation": "Rasmussen P et al. (2009) Exp Physiol 94:1062",
//                    "doi": "10.1113/expphysiol.2009.048512", "science": "B11",
//                    "confidence": "checked" }, ... ] }
//
// doi, pmid, pmc and url are optional. confidence: "checked" (the claim was read in the source,
// ✔ in docs/science-background.md) or "unchecked" (from memory or a review, ○: cited only for
// hedged statements).
#pragma once
#include "content_file.h"
#include <string>
#include <string_view>
#include <vector>

namespace ng {

enum class SourceConfidence { Checked, Unchecked };

struct Source {
    std::string Id;        // "rasmussen2009"
    std::string Short;     // "Rasmussen et al. 2009"
    std::string Citation;  // "Rasmussen P et al. (2009) Exp Physiol 94:1062"
    std::string Reference; // "doi:10.1113/...", "PMID 15271491", "PMC4394608", a URL; "" if none
    std::string Science;   // its row in docs/science-background.md §1, e.g. "B11"
    SourceConfidence Confidence = SourceConfidence::Checked;
};

struct SourceList {
    std::vector<Source> Sources;
    std::vector<std::string> Problems; // malformed entries (skipped), duplicate ids
    const Source* Find(std::string_view id) const;
};

SourceList ParseSources(const ContentFile& file);
// assets/content/sources.json, read once.
const SourceList& GetSources();

} // namespace ng
