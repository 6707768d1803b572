// The content files of assets/content (explain cards, tour, sources): embedded JSON text, named
// by its path so that every problem can say where it is.
#pragma once
#include <string>
#include <string_view>

namespace ng {

struct ContentFile {
    std::string Name;      // path under the project, prefixes every problem
    std::string_view Text; // the JSON text
};

// The embedded file (every file under assets/ is compiled in); false if there is none.
bool FindContentFile(const std::string& name, ContentFile* out);

// Ids (sources, debate notes, tour steps, languages) are lower-case letters, digits and '-'.
bool IsContentId(std::string_view id);

} // namespace ng
