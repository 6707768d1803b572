// The science review (issue 13): assets/content/claims.json lists every claim the app shows on
// screen with the sources behind it. These checks keep that list true: each quote is still on
// screen, each source exists and is one the card or tour step lists, every source in
// sources.json is cited by some claim, and every card field, debate note, tour step with sources,
// question explanation and scenario description has at least one claim.
#include "content/sources.h"
#include "embedded_files.h"
#include <doctest/doctest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

using namespace ng;
using nlohmann::json;

namespace {

json ParseEmbedded(const std::string& name) {
    const EmbeddedFile* file = FindEmbeddedFile(name.c_str());
    if (!file) return json();
    return json::parse(file->Text(), nullptr, false);
}

// What a claim may point at: the English text, and the sources the screen lists next to it
// (cards and tour steps list theirs; lab, ui and scenario texts have no list, so any source).
struct Place {
    std::string Text;
    std::set<std::string> Listed; // empty: no list on screen
    bool NeedsClaim = false;      // coverage: this text must have at least one claim
};

std::set<std::string> Ids(const json& list) {
    std::set<std::string> ids;
    if (list.is_array())
        for (const json& id : list)
            if (id.is_string()) ids.insert(id.get<std::string>());
    return ids;
}

std::map<std::string, Place> OnScreenTexts() {
    std::map<std::string, Place> places;
    json structure = ParseEmbedded("assets/content/cards.json");
    json cards = ParseEmbedded("assets/content/en/cards.json");
    if (structure.is_object() && cards.is_object())
        for (const json& card : structure["cards"]) {
            std::string station = card.value("station", "");
            std::set<std::string> listed = Ids(card["sources"]);
            const json& texts = cards["cards"][station];
            for (const char* field : {"what", "why", "measured", "risk", "model"})
                places["cards:" + station + "." + field] = {texts.value(field, ""), listed, true};
            for (const json& note : card["debates"]) {
                std::string id = note.value("id", "");
                std::set<std::string> note_listed = listed;
                for (const std::string& s : Ids(note["sources"])) note_listed.insert(s);
                places["cards:" + station + ".debates." + id] = {texts["debates"][id].value("text", ""),
                                                                 note_listed, true};
            }
        }
    json tour = ParseEmbedded("assets/content/tour.json");
    json captions = ParseEmbedded("assets/content/en/tour.json");
    if (tour.is_object() && captions.is_object())
        for (const json& step : tour["steps"]) {
            std::string id = step.value("id", "");
            std::set<std::string> listed = Ids(step.value("sources", json::array()));
            places["tour:" + id] = {captions["steps"][id].value("caption", ""), listed, !listed.empty()};
        }
    json questions = ParseEmbedded("assets/content/questions.json");
    json explanations = ParseEmbedded("assets/content/en/questions.json");
    if (questions.is_object() && explanations.is_object())
        for (const json& q : questions["questions"]) {
            std::string id = q.value("id", "");
            places["questions:" + id] = {explanations["questions"][id].value("explanation", ""),
                                         Ids(q["sources"]), true};
        }
    const std::string scenarios = "assets/scenarios/";
    for (int i = 0; i < EmbeddedFileCount(); i++) {
        std::string name = EmbeddedFileAt(i).Name;
        if (name.compare(0, scenarios.size(), scenarios) != 0) continue;
        json scenario = json::parse(EmbeddedFileAt(i).Text(), nullptr, false);
        std::string id = name.substr(scenarios.size(), name.size() - scenarios.size() - 5);
        if (scenario.is_object()) places["scenario:" + id] = {scenario.value("description", ""), {}, true};
    }
    for (const char* table : {"lab", "ui"}) {
        json strings = ParseEmbedded(std::string("assets/i18n/en/") + table + ".json");
        if (strings.is_object())
            for (auto it = strings.begin(); it != strings.end(); ++it)
                if (it->is_string())
                    places[std::string(table) + ":" + it.key()] = {it->get<std::string>(), {}, false};
    }
    return places;
}

// Everything wrong with a claims list, one line each (empty when the review holds).
std::vector<std::string> ReviewProblems(const json& root, const SourceList& sources,
                                        const std::map<std::string, Place>& places) {
    std::vector<std::string> problems;
    if (!root.is_object() || !root.contains("claims") || !root["claims"].is_array()) {
        problems.push_back("claims.json: expected { \"claims\": [ ... ] }");
        return problems;
    }
    std::set<std::string> cited, claimed;
    const json& claims = root["claims"];
    for (size_t i = 0; i < claims.size(); i++) {
        const json& claim = claims[i];
        std::string at = "claims[" + std::to_string(i) + "]";
        std::string where = claim.value("where", "");
        std::string quote = claim.value("quote", "");
        bool exempt = claim.value("model", false) || claim.value("general", false);
        auto place = places.find(where);
        if (place == places.end()) {
            problems.push_back(at + ": no on-screen text \"" + where + "\"");
            continue;
        }
        claimed.insert(where);
        if (quote.empty() || place->second.Text.find(quote) == std::string::npos)
            problems.push_back(at + " (" + where + "): quote \"" + quote + "\" is not in the English text");
        std::set<std::string> ids = Ids(claim.value("sources", json::array()));
        if (ids.empty() && !exempt)
            problems.push_back(
                at + " (" + where +
                "): names no source and is not marked as a modelling choice or general physiology");
        for (const std::string& id : ids) {
            cited.insert(id);
            if (!sources.Find(id))
                problems.push_back(at + " (" + where + "): unknown source \"" + id + "\"");
            else if (!place->second.Listed.empty() && !place->second.Listed.count(id))
                problems.push_back(at + " (" + where + "): source \"" + id +
                                   "\" is not listed on that card or step");
        }
    }
    for (const Source& source : sources.Sources)
        if (!cited.count(source.Id)) problems.push_back("source \"" + source.Id + "\" is cited by no claim");
    for (const auto& [where, place] : places)
        if (place.NeedsClaim && !claimed.count(where))
            problems.push_back(where + ": on screen but has no claim");
    return problems;
}

std::string Joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
}

} // namespace

TEST_CASE("science review: every on-screen claim names sources that exist, and every source is cited") {
    const SourceList& sources = GetSources();
    REQUIRE(sources.Problems.empty());
    std::map<std::string, Place> places = OnScreenTexts();
    REQUIRE(places.count("cards:blood.why") == 1);
    REQUIRE(places.count("tour:blood") == 1);
    REQUIRE(places.count("scenario:balanced") == 1);
    json claims = ParseEmbedded("assets/content/claims.json");
    REQUIRE(claims.is_object());
    CHECK(claims["claims"].size() >= 100);
    std::vector<std::string> problems = ReviewProblems(claims, sources, places);
    INFO(Joined(problems));
    CHECK(problems.empty());
}

TEST_CASE("science review: a wrong source id, a stale quote, an uncited source and a bare claim fail") {
    SourceList sources = ParseSources({"test/sources.json", R"({"sources": [
        {"id": "a2020", "short": "A 2020", "citation": "A (2020) J 1:1", "science": "B1", "confidence": "checked"},
        {"id": "b2021", "short": "B 2021", "citation": "B (2021) J 2:2", "science": "B2", "confidence": "checked"}]})"});
    REQUIRE(sources.Problems.empty());
    std::map<std::string, Place> places = {
        {"cards:blood.why", {"The brain makes 70 % of it.", {"a2020"}, true}},
        {"scenario:x", {"Nothing to see.", {}, true}}};
    json good = json::parse(R"({"claims": [
        {"where": "cards:blood.why", "quote": "70 %", "sources": ["a2020"]},
        {"where": "scenario:x", "quote": "Nothing", "sources": ["b2021"]}]})");
    CHECK(ReviewProblems(good, sources, places).empty());
    json bad = json::parse(R"({"claims": [
        {"where": "cards:blood.why", "quote": "80 %", "sources": ["a2020", "nobody1999"]},
        {"where": "cards:blood.why", "quote": "brain", "sources": ["b2021"]},
        {"where": "scenario:x", "quote": "Nothing", "sources": []},
        {"where": "cards:liver.why", "quote": "x", "sources": ["a2020"]}]})");
    std::vector<std::string> p = ReviewProblems(bad, sources, places);
    INFO(Joined(p));
    CHECK(p.size() == 5);
    CHECK(Joined(p).find("claims[0] (cards:blood.why): quote \"80 %\" is not in the English text") !=
          std::string::npos);
    CHECK(Joined(p).find("unknown source \"nobody1999\"") != std::string::npos);
    CHECK(Joined(p).find("source \"b2021\" is not listed on that card or step") != std::string::npos);
    CHECK(Joined(p).find("claims[2] (scenario:x): names no source") != std::string::npos);
    CHECK(Joined(p).find("claims[3]: no on-screen text \"cards:liver.why\"") != std::string::npos);
    json uncited =
        json::parse(R"({"claims": [{"where": "cards:blood.why", "quote": "70 %", "sources": ["a2020"]}]})");
    p = ReviewProblems(uncited, sources, places);
    CHECK(Joined(p).find("source \"b2021\" is cited by no claim") != std::string::npos);
    CHECK(Joined(p).find("scenario:x: on screen but has no claim") != std::string::npos);
}
