#include "test_support.h"

#include <cstdio>

namespace ng_test {

std::string SourcePath(const char* relative) {
    return std::string(NG_SOURCE_DIR) + "/" + relative;
}

std::string ReadFile(const std::string& path) {
    std::string text;
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return text;
    char buffer[4096];
    size_t count = 0;
    while ((count = std::fread(buffer, 1, sizeof(buffer), file)) > 0) text.append(buffer, count);
    std::fclose(file);
    return text;
}

} // namespace ng_test
