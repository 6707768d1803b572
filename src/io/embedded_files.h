// Files under assets/ and shaders/ compiled into the program (see cmake/EmbedAssets.cmake), and
// files added while it runs: the web page fetches a language's texts when it is chosen
// (docs/content-format.md, "Languages on the web") rather than every visitor downloading all.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace ng {

struct EmbeddedFile {
    const char* Name;          // path relative to its root, e.g. "scenarios/balanced.json"
    const unsigned char* Data; // followed by a 0 byte, so text can be read as a C string
    size_t Size;
    std::string_view Text() const { return std::string_view((const char*)Data, Size); }
};

// nullptr when there is no such file. Compiled-in files first, then the added ones in the order
// they came; an added file stays (and its pointers valid) until the program ends.
const EmbeddedFile* FindEmbeddedFile(const char* name);
int EmbeddedFileCount();
const EmbeddedFile& EmbeddedFileAt(int index);

// Adds a file at run time; false (and nothing changes) if a file of that name is already there.
bool AddEmbeddedFile(const std::string& name, std::string text);

// The generated table (cmake/EmbedAssets.cmake).
const EmbeddedFile* CompiledInFiles(int* count);

} // namespace ng
