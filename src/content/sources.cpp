#include "sources.h"
#include "content_json.h"

namespace ng {

using nlohmann::json;

const Source* SourceList::Find(std::string_view id) const {
    for (const Source& source : Sources)
        if (source.Id == id) return &source;
    return nullptr;
}

std::vector<std::string> ReadSourceIds(const ProblemReporter& reader, const json& object,
                                       const std::string& field, const SourceList& sources) {
    std::vector<std::string> ids;
    const json* list = reader.Array(object, field, "sources");
    if (!list) return ids;
    for (size_t i = 0; i < list->size(); i++) {
        std::string item = FieldPath(field, "sources[" + std::to_string(i) + "]");
        const json& id = (*list)[i];
        if (!id.is_string())
            reader.Problem(item, std::string("expected a source id (a string), got ") + id.type_name());
        else if (!sources.Find(id.get<std::string>()))
            reader.Problem(item, "unknown source \"" + id.get<std::string>() +
                                     "\"; not in assets/content/sources.json");
        else
            ids.push_back(id.get<std::string>());
    }
    return ids;
}

SourceList ParseSources(const ContentFile& file) {
    SourceList list;
    ProblemReporter reader{file.Name, &list.Problems};
    json root;
    if (!reader.ParseObject(file.Text, &root)) return list;
    reader.OnlyKeys(root, "", {"about", "sources"});
    const json* entries = reader.Array(root, "", "sources");
    if (!entries) return list;
    for (size_t i = 0; i < entries->size(); i++) {
        const json& entry = (*entries)[i];
        std::string field = "sources[" + std::to_string(i) + "]";
        if (!entry.is_object()) {
            reader.Problem(field, std::string("expected an object { ... }, got ") + entry.type_name());
            continue;
        }
        reader.OnlyKeys(entry, field,
                        {"id", "short", "citation", "doi", "pmid", "pmc", "url", "science", "confidence"});
        size_t problems_before = list.Problems.size();
        Source source;
        source.Id = reader.String(entry, field, "id");
        source.Short = reader.String(entry, field, "short");
        source.Citation = reader.String(entry, field, "citation");
        source.Science = reader.String(entry, field, "science");
        static const char* const kReferences[][2] = {
            {"doi", "doi:"}, {"pmid", "PMID "}, {"pmc", ""}, {"url", ""}};
        for (const auto& kind : kReferences) {
            if (!entry.contains(kind[0])) continue;
            std::string value = reader.String(entry, field, kind[0]);
            if (value.empty()) continue;
            if (!source.Reference.empty()) source.Reference += " \xC2\xB7 ";
            source.Reference += kind[1] + value;
        }
        std::string confidence = reader.String(entry, field, "confidence");
        if (confidence == "unchecked")
            source.Confidence = SourceConfidence::Unchecked;
        else if (confidence != "checked" && !confidence.empty())
            reader.Problem(field + ".confidence",
                           "expected \"checked\" or \"unchecked\", got \"" + confidence + "\"");
        if (list.Problems.size() != problems_before) continue;
        if (list.Find(source.Id)) {
            reader.Problem(field + ".id", "\"" + source.Id + "\" is used twice");
            continue;
        }
        list.Sources.push_back(std::move(source));
    }
    return list;
}

const SourceList& GetSources() {
    static const SourceList sources = [] {
        ContentFile file;
        const char* name = "assets/content/sources.json";
        if (FindContentFile(name, &file)) return ParseSources(file);
        SourceList missing;
        missing.Problems.push_back(std::string(name) + ": not found among the embedded files");
        return missing;
    }();
    return sources;
}

} // namespace ng
