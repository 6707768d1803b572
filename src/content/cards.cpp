#include "cards.h"
#include "content_json.h"

namespace ng {

using nlohmann::json;

const ExplainCard* CardSet::Find(std::string_view station) const {
    for (const ExplainCard& card : Cards)
        if (card.Station == station) return &card;
    return nullptr;
}

// One debate note of cards.json with its texts; false (reported) if it is unusable.
static bool ReadDebate(const ProblemReporter& reader, const json& entry, const std::string& field,
                       const std::string& station, const ContentTexts& texts, const SourceList& sources,
                       DebateNote* note) {
    if (!entry.is_object()) {
        reader.Problem(field, std::string("expected an object { ... }, got ") + entry.type_name());
        return false;
    }
    reader.OnlyKeys(entry, field, {"id", "sources"});
    note->Id = reader.String(entry, field, "id");
    if (note->Id.empty()) return false;
    if (!IsContentId(note->Id)) {
        reader.Problem(field + ".id", "\"" + note->Id + "\": expected lower-case letters, digits and '-'");
        return false;
    }
    note->Sources = ReadSourceIds(reader, entry, field, sources);
    std::string text = "/cards/" + station + "/debates/" + note->Id + "/";
    note->Title = texts.Get(text + "title");
    note->Text = texts.Get(text + "text");
    return true;
}

CardSet ParseCards(const ContentFile& structure, const ContentFile& texts_file, const ContentFile& english,
                   const SourceList& sources) {
    CardSet set;
    ProblemReporter reader{structure.Name, &set.Problems};
    ContentTexts texts;
    ReadContentTexts(texts_file, english, &set.Problems, &texts);
    json root;
    if (!reader.ParseObject(structure.Text, &root)) return set;
    reader.OnlyKeys(root, "", {"about", "cards"});
    const json* cards = reader.Array(root, "", "cards");
    if (!cards) return set;

    std::vector<std::string> stations;
    for (size_t i = 0; i < cards->size(); i++) {
        const json& entry = (*cards)[i];
        std::string field = "cards[" + std::to_string(i) + "]";
        if (!entry.is_object()) {
            reader.Problem(field, std::string("expected an object { ... }, got ") + entry.type_name());
            continue;
        }
        reader.OnlyKeys(entry, field, {"station", "sources", "debates"});
        ExplainCard card;
        card.Station = reader.String(entry, field, "station");
        if (card.Station.empty()) continue;
        if (FindCard(card.Station) < 0) {
            reader.Problem(field + ".station",
                           "\"" + card.Station + "\" is not a station; expected " + CardNames());
            continue;
        }
        if (set.Find(card.Station)) {
            reader.Problem(field + ".station", "\"" + card.Station + "\" has two cards");
            continue;
        }
        card.Sources = ReadSourceIds(reader, entry, field, sources);
        std::string text = "/cards/" + card.Station + "/";
        card.Name = texts.Get(text + "name");
        card.Title = texts.Get(text + "title");
        card.What = texts.Get(text + "what");
        card.Why = texts.Get(text + "why");
        card.Measured = texts.Get(text + "measured");
        card.Risk = texts.Get(text + "risk");
        card.Model = texts.Get(text + "model");

        std::vector<std::string> debate_ids;
        if (const json* debates =
                entry.contains("debates") ? reader.Array(entry, field, "debates") : nullptr) {
            for (size_t d = 0; d < debates->size(); d++) {
                DebateNote note;
                std::string note_field = field + ".debates[" + std::to_string(d) + "]";
                if (!ReadDebate(reader, (*debates)[d], note_field, card.Station, texts, sources, &note))
                    continue;
                debate_ids.push_back(note.Id);
                card.Debates.push_back(std::move(note));
            }
        }
        // Fields of the language's texts that the structure does not have.
        std::string text_field = "cards." + card.Station;
        if (const json* card_texts = FindField(texts.Texts, "/cards/" + card.Station)) {
            ReportUnknownKeys(texts.Reader, *card_texts, text_field,
                              {"name", "title", "what", "why", "measured", "risk", "model", "debates"},
                              "field");
            if (const json* note_texts = FindField(*card_texts, "/debates"))
                ReportUnknownKeys(texts.Reader, *note_texts, text_field + ".debates", debate_ids,
                                  "debate note");
        }
        stations.push_back(card.Station);
        set.Cards.push_back(std::move(card));
    }
    texts.Reader.OnlyKeys(texts.Texts, "", {"about", "cards"});
    if (const json* card_texts = FindField(texts.Texts, "/cards"))
        ReportUnknownKeys(texts.Reader, *card_texts, "cards", stations, "card");
    return set;
}

CardSet LoadCards(const std::string& lang) {
    return LoadInLanguage<CardSet>("cards.json", lang, ParseCards);
}

const CardSet& GetCards(const std::string& lang) {
    return LoadOncePerLanguage(lang, LoadCards);
}

} // namespace ng
