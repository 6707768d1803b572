// The explain cards and the sources file: complete in every language, every citation resolvable,
// clear messages for broken content.
#include "content/cards.h"
#include "content/sources.h"
#include "content/tour.h"
#include <doctest/doctest.h>
#include <set>
#include <string>

using namespace ng;

static const char* const kLanguages[] = {"en", "es"};

static std::string Joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
}

static bool Contains(const std::vector<std::string>& problems, const std::string& a,
                     const std::string& b = "") {
    for (const std::string& p : problems)
        if (p.find(a) != std::string::npos && p.find(b) != std::string::npos) return true;
    return false;
}

TEST_CASE("the sources file loads with unique ids, a citation and a confidence for each") {
    const SourceList& sources = GetSources();
    INFO(Joined(sources.Problems));
    CHECK(sources.Problems.empty());
    CHECK(sources.Sources.size() >= 40);
    std::set<std::string> ids;
    for (const Source& s : sources.Sources) {
        CHECK(ids.insert(s.Id).second);
        CHECK(!s.Short.empty());
        CHECK(!s.Citation.empty());
        CHECK(!s.Science.empty());
    }
    // Spot checks against the evidence table (docs/science-background.md §1): a DOI, a PMC id, and a source
    // it marks as not re-read.
    REQUIRE(sources.Find("rasmussen2009"));
    CHECK(sources.Find("rasmussen2009")->Reference == "doi:10.1113/expphysiol.2009.048512");
    CHECK(sources.Find("spalding2013")->Reference.find("PMC4394608") != std::string::npos);
    CHECK(sources.Find("kempermann2004")->Reference.find("PMID 15271491") != std::string::npos);
    CHECK(sources.Find("matthews2009")->Confidence == SourceConfidence::Unchecked);
    CHECK(sources.Find("nokia2016")->Confidence == SourceConfidence::Checked);
}

TEST_CASE("every card loads in English and Spanish without problems") {
    for (const char* lang : kLanguages) {
        CAPTURE(lang);
        CardSet cards = LoadCards(lang);
        INFO(Joined(cards.Problems));
        CHECK(cards.Problems.empty());
        CHECK(cards.Lang == lang);
        REQUIRE(cards.Cards.size() == (size_t)kStationCount);
        for (int i = 0; i < kStationCount; i++) {
            const ExplainCard& card = cards.Cards[i];
            CAPTURE(card.Station);
            CHECK(card.Station == GetStation((Station)i).CardId); // scene order
            for (const std::string* text :
                 {&card.Name, &card.Title, &card.What, &card.Why, &card.Measured, &card.Risk, &card.Model})
                CHECK(!text->empty());
            CHECK(!card.Sources.empty());
            for (const DebateNote& note : card.Debates) {
                CHECK(!note.Title.empty());
                CHECK(!note.Text.empty());
                CHECK(!note.Sources.empty());
            }
        }
    }
}

TEST_CASE("the debates science-background.md calls contested each have a note") {
    CardSet cards = LoadCards("en");
    std::set<std::string> notes;
    for (const ExplainCard& card : cards.Cards)
        for (const DebateNote& note : card.Debates) notes.insert(card.Station + "/" + note.Id);
    // Peripheral BDNF reaching the brain, resistance vs aerobic evidence, adult human
    // neurogenesis (Spalding vs Sorrells), irisin measurement, cognition is not neurogenesis.
    for (const char* expected : {"barrier/peripheral-bdnf", "hippocampus/strength-vs-running",
                                 "hippocampus/adult-neurogenesis", "muscle/irisin", "hippocampus/cognition"})
        CHECK_MESSAGE(notes.count(expected) == 1, expected);
}

TEST_CASE(
    "English and Spanish cards have the same cards, notes and sources, and no English left in Spanish") {
    CardSet en = LoadCards("en"), es = LoadCards("es");
    REQUIRE(en.Cards.size() == es.Cards.size());
    for (size_t i = 0; i < en.Cards.size(); i++) {
        const ExplainCard &a = en.Cards[i], &b = es.Cards[i];
        CAPTURE(a.Station);
        CHECK(a.Station == b.Station);
        CHECK(a.Sources == b.Sources);
        REQUIRE(a.Debates.size() == b.Debates.size());
        for (size_t d = 0; d < a.Debates.size(); d++) {
            CHECK(a.Debates[d].Id == b.Debates[d].Id);
            CHECK(a.Debates[d].Sources == b.Debates[d].Sources);
            CHECK(a.Debates[d].Text != b.Debates[d].Text);
        }
        CHECK(a.Title != b.Title);
        CHECK(a.What != b.What);
        CHECK(a.Why != b.Why);
        CHECK(a.Measured != b.Measured);
        CHECK(a.Risk != b.Risk);
        CHECK(a.Model != b.Model);
    }
}

TEST_CASE("a language without texts falls back to English") {
    CardSet cards = LoadCards("fr");
    CHECK(cards.Lang == "en");
    CHECK(cards.Problems.empty());
    REQUIRE(cards.Find("hippocampus"));
    CHECK(cards.Find("hippocampus")->Title == LoadCards("en").Find("hippocampus")->Title);
    CHECK(GetCards("../en").Lang == "en"); // not a language code: never a path
}

// A text the UI font has no glyph for shows as a box. The characters cmake/Fonts.cmake keeps.
static bool FontHasGlyph(unsigned codepoint) {
    static const unsigned kRanges[][2] = {
        {0x0020, 0x00FF}, {0x0391, 0x03C9}, {0x2010, 0x205E}, {0x2070, 0x209F}, {0x2122, 0x2122},
        {0x2190, 0x2193}, {0x21BA, 0x21BA}, {0x2212, 0x2212}, {0x2248, 0x2248}, {0x2260, 0x2265},
        {0x25A0, 0x25A4}, {0x25B2, 0x25B2}, {0x25B6, 0x25B6}, {0x25B8, 0x25B8}, {0x25BC, 0x25BC},
        {0x25C6, 0x25C7}, {0x25CB, 0x25CB}, {0x25CF, 0x25D0}, {0x2713, 0x2717}};
    for (const auto& range : kRanges)
        if (codepoint >= range[0] && codepoint <= range[1]) return true;
    return false;
}

static std::string MissingGlyphs(const std::string& text) {
    std::string missing;
    for (size_t i = 0; i < text.size();) {
        unsigned char c = (unsigned char)text[i];
        int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        unsigned codepoint = length == 1 ? c : c & (0x3F >> (length - 1));
        for (int k = 1; k < length && i + k < text.size(); k++)
            codepoint = (codepoint << 6) | (text[i + k] & 0x3F);
        if (!FontHasGlyph(codepoint)) missing += text.substr(i, length) + " ";
        i += length;
    }
    return missing;
}

TEST_CASE("every card and tour text uses only characters the UI font can draw") {
    for (const char* lang : kLanguages) {
        CAPTURE(lang);
        for (const ExplainCard& card : LoadCards(lang).Cards) {
            for (const std::string* text :
                 {&card.Name, &card.Title, &card.What, &card.Why, &card.Measured, &card.Risk, &card.Model})
                CHECK_MESSAGE(MissingGlyphs(*text).empty(), card.Station, ": ", MissingGlyphs(*text));
            for (const DebateNote& note : card.Debates)
                CHECK_MESSAGE(MissingGlyphs(note.Title + note.Text).empty(), note.Id);
        }
        for (const TourStep& step : LoadTour(lang).Steps)
            CHECK_MESSAGE(MissingGlyphs(step.Title + step.Caption).empty(), step.Id, ": ",
                          MissingGlyphs(step.Title + step.Caption));
    }
    for (const Source& source : GetSources().Sources)
        CHECK_MESSAGE(MissingGlyphs(source.Short + source.Citation + source.Reference).empty(), source.Id);
}

// Broken content, fed through the parse functions.
static SourceList TestSources() {
    return ParseSources({"test/sources.json", R"({"sources": [
        {"id": "a2020", "short": "A 2020", "citation": "A (2020) J 1:1", "science": "X1", "confidence": "checked"}]})"});
}

static const char* const kEnglishTexts = R"({"cards": {"muscle": {"name": "Muscle", "title": "T", "what": "W",
    "why": "Y", "measured": "M", "risk": "R", "model": "O", "debates": {"n": {"title": "NT", "text": "NX"}}}}})";

TEST_CASE("broken JSON is reported with the file, line and column") {
    CardSet set = ParseCards({"test/cards.json", "{\"cards\": [\n  {\"station\": \"muscle\",,}\n]}"},
                             {"test/en/cards.json", kEnglishTexts}, {"test/en/cards.json", kEnglishTexts},
                             TestSources());
    INFO(Joined(set.Problems));
    REQUIRE(set.Problems.size() == 1);
    CHECK(set.Problems[0] == "test/cards.json: line 2, column 24: not valid JSON (syntax error while parsing "
                             "object key - unexpected ','; expected string literal)");
    CHECK(set.Cards.empty());

    SourceList sources = ParseSources({"test/sources.json", "[1, 2"});
    REQUIRE(sources.Problems.size() == 1);
    CHECK(sources.Problems[0].rfind("test/sources.json: line 1, column 6: not valid JSON (", 0) == 0);
    CHECK(ParseSources({"test/sources.json", "[]"}).Problems[0] ==
          "test/sources.json: expected a JSON object { ... }, got array");
}

TEST_CASE("malformed cards name the file, the field and what was expected") {
    const char* structure = R"({"cards": [
        {"station": "muscle", "sources": ["a2020", "nobody1999", 7], "debates": [{"id": "n", "sources": []}]},
        {"station": "liver", "sources": []},
        {"station": "muscle", "sources": []},
        {"sources": [], "colour": "red"}]})";
    CardSet set = ParseCards({"test/cards.json", structure}, {"test/en/cards.json", kEnglishTexts},
                             {"test/en/cards.json", kEnglishTexts}, TestSources());
    INFO(Joined(set.Problems));
    CHECK(Contains(set.Problems, "test/cards.json: cards[0].sources[1]: unknown source \"nobody1999\""));
    CHECK(Contains(set.Problems,
                   "test/cards.json: cards[0].sources[2]: expected a source id (a string), got number"));
    CHECK(Contains(set.Problems, "test/cards.json: cards[1].station: \"liver\" is not a station"));
    CHECK(Contains(set.Problems, "test/cards.json: cards[2].station: \"muscle\" has two cards"));
    CHECK(Contains(set.Problems, "test/cards.json: cards[3].station: missing; expected a non-empty string"));
    CHECK(Contains(
        set.Problems,
        "test/cards.json: cards[3].colour: unknown field; expected one of station, sources, debates"));
    CHECK(set.Problems.size() == 6);
    REQUIRE(set.Cards.size() == 1);
    CHECK(set.Cards[0].Sources == std::vector<std::string>{"a2020"});
    CHECK(set.Cards[0].Debates[0].Text == "NX");
}

TEST_CASE("a missing translation shows English and is reported, and so is a typo in a text file") {
    const char* structure =
        R"({"cards": [{"station": "muscle", "sources": ["a2020"], "debates": [{"id": "n", "sources": ["a2020"]}]}]})";
    const char* spanish = R"({"cards": {"muscle": {"name": "Músculo", "title": "Título", "what": "Q",
        "why": "", "measured": "M", "risk": 3, "modle": "typo", "debates": {"n": {"title": "NT"}, "old": {}}},
        "brain": {}}})";
    CardSet set = ParseCards({"test/cards.json", structure}, {"test/es/cards.json", spanish},
                             {"test/en/cards.json", kEnglishTexts}, TestSources());
    INFO(Joined(set.Problems));
    REQUIRE(set.Cards.size() == 1);
    const ExplainCard& card = set.Cards[0];
    CHECK(card.Title == "Título");
    CHECK(card.Why == "Y"); // English
    CHECK(card.Model == "O");
    CHECK(card.Debates[0].Text == "NX");
    CHECK(Contains(set.Problems, "test/es/cards.json: cards.muscle.why: expected a non-empty string, got an "
                                 "empty one; showing the English text"));
    CHECK(Contains(set.Problems, "test/es/cards.json: cards.muscle.risk: expected a non-empty string, got "
                                 "number; showing the English text"));
    CHECK(Contains(set.Problems,
                   "test/es/cards.json: cards.muscle.model: translation missing; showing the English text"));
    CHECK(Contains(set.Problems, "test/es/cards.json: cards.muscle.debates.n.text: translation missing"));
    CHECK(Contains(set.Problems, "test/es/cards.json: cards.muscle.modle: no such field"));
    CHECK(Contains(set.Problems, "test/es/cards.json: cards.muscle.debates.old: no such debate note"));
    CHECK(Contains(set.Problems, "test/es/cards.json: cards.brain: no such card"));
    CHECK(set.Problems.size() == 7);
}
