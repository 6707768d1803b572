// The explain cards, one per station (by StationInfo::CardId, model/stations.h): what happens, why
// it matters, how it is measured, the risk, the simulation's modelling choices, "what scientists
// still debate" notes and sources.
//
// assets/content/cards.json holds what every language shares: the cards in scene order, the
// source ids each card cites (sources.h) and the debate notes with their own sources:
//
//   { "cards": [ { "station": "barrier", "sources": ["nishijima2010", ...],
//                  "debates": [ { "id": "peripheral-bdnf", "sources": ["pan1998", ...] } ] } ] }
//
// assets/content/<lang>/cards.json holds the texts under the same station and note ids:
//
//   { "cards": { "barrier": { "name": "Barrier", "title": "...", "what": "...", "why": "...",
//                             "measured": "...", "risk": "...", "model": "...",
//                             "debates": { "peripheral-bdnf": { "title": "...", "text": "..." } } } } }
//
// So languages cannot differ in their cards, notes or sources, only in words. A language without
// a file gets English; a text missing from a language's file is shown in English and reported.
#pragma once
#include "content_file.h"
#include "model/stations.h"
#include "sources.h"
#include <string>
#include <string_view>
#include <vector>

namespace ng {

struct DebateNote {
    std::string Id;
    std::string Title, Text;
    std::vector<std::string> Sources; // ids in sources.json
};

struct ExplainCard {
    std::string Station; // the station's CardId: muscle, blood, barrier, hippocampus
    std::string Name;    // short, for a tab: "Barrier"
    std::string Title, What, Why, Measured, Risk, Model;
    std::vector<DebateNote> Debates;
    std::vector<std::string> Sources;
};

struct CardSet {
    std::string Lang; // the language of the texts: "en" when the one asked for has no file
    std::vector<ExplainCard> Cards;
    std::vector<std::string> Problems; // malformed content, unknown sources, missing translations
    const ExplainCard* Find(std::string_view station) const;
};

// structure = cards.json; texts = <lang>/cards.json; english = en/cards.json (may be texts itself).
CardSet ParseCards(const ContentFile& structure, const ContentFile& texts, const ContentFile& english,
                   const SourceList& sources);
CardSet LoadCards(const std::string& lang);
// LoadCards(), read once per language; the reference stays valid.
const CardSet& GetCards(const std::string& lang);

} // namespace ng
