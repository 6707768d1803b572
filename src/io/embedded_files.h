// Files under assets/ and shaders/ compiled into the program (see cmake/EmbedAssets.cmake).
#pragma once
#include <cstddef>
#include <string_view>

namespace ng {

struct EmbeddedFile {
    const char* Name;          // path relative to its root, e.g. "scenarios/balanced.json"
    const unsigned char* Data; // followed by a 0 byte, so text can be read as a C string
    size_t Size;
    std::string_view Text() const { return std::string_view((const char*)Data, Size); }
};

// nullptr when no such file was embedded.
const EmbeddedFile* FindEmbeddedFile(const char* name);
int EmbeddedFileCount();
const EmbeddedFile& EmbeddedFileAt(int index);

} // namespace ng
