#include "embedded_files.h"
#include <cstring>
#include <deque>

namespace ng {

struct AddedFile {
    std::string Name, Text;
};

// A deque keeps its elements in place as it grows, so the EmbeddedFile views stay valid.
struct AddedFiles {
    std::deque<AddedFile> Files;
    std::deque<EmbeddedFile> Views;
};
static AddedFiles& Added() {
    static AddedFiles added; // built on first use: files may be added before main()
    return added;
}

int EmbeddedFileCount() {
    int compiled = 0;
    CompiledInFiles(&compiled);
    return compiled + (int)Added().Views.size();
}

const EmbeddedFile& EmbeddedFileAt(int index) {
    int compiled = 0;
    const EmbeddedFile* files = CompiledInFiles(&compiled);
    return index < compiled ? files[index] : Added().Views[index - compiled];
}

const EmbeddedFile* FindEmbeddedFile(const char* name) {
    for (int i = 0, count = EmbeddedFileCount(); i < count; i++)
        if (std::strcmp(EmbeddedFileAt(i).Name, name) == 0) return &EmbeddedFileAt(i);
    return nullptr;
}

bool AddEmbeddedFile(const std::string& name, std::string text) {
    if (FindEmbeddedFile(name.c_str())) return false;
    AddedFiles& added = Added();
    added.Files.push_back({name, std::move(text)});
    const AddedFile& file = added.Files.back();
    added.Views.push_back({file.Name.c_str(), (const unsigned char*)file.Text.c_str(), file.Text.size()});
    return true;
}

} // namespace ng
