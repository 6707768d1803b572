#include "embedded_files.h"
#include <cstring>
#include <deque>

namespace ng {

struct AddedFile {
    std::string Name, Text;
};

// A deque keeps its elements in place as it grows, so the EmbeddedFile views stay valid.
static std::deque<AddedFile> g_AddedFiles;
static std::deque<EmbeddedFile> g_AddedViews;

int EmbeddedFileCount() {
    int compiled = 0;
    CompiledInFiles(&compiled);
    return compiled + (int)g_AddedViews.size();
}

const EmbeddedFile& EmbeddedFileAt(int index) {
    int compiled = 0;
    const EmbeddedFile* files = CompiledInFiles(&compiled);
    return index < compiled ? files[index] : g_AddedViews[index - compiled];
}

const EmbeddedFile* FindEmbeddedFile(const char* name) {
    for (int i = 0, count = EmbeddedFileCount(); i < count; i++)
        if (std::strcmp(EmbeddedFileAt(i).Name, name) == 0) return &EmbeddedFileAt(i);
    return nullptr;
}

bool AddEmbeddedFile(const std::string& name, std::string text) {
    if (FindEmbeddedFile(name.c_str())) return false;
    g_AddedFiles.push_back({name, std::move(text)});
    const AddedFile& file = g_AddedFiles.back();
    g_AddedViews.push_back({file.Name.c_str(), (const unsigned char*)file.Text.c_str(), file.Text.size()});
    return true;
}

} // namespace ng
