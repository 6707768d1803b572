#include "embedded_files.h"
#include <cstring>
#include <deque>

namespace ng {

struct AddedFile {
    std::string Name, Text;
    EmbeddedFile View; // points into Name and Text
};

// A deque keeps its elements in place as it grows, so the views stay valid. Built on first use:
// files may be added before main().
static std::deque<AddedFile>& AddedFiles() {
    static std::deque<AddedFile> added;
    return added;
}

int EmbeddedFileCount() {
    int compiled = 0;
    CompiledInFiles(&compiled);
    return compiled + (int)AddedFiles().size();
}

const EmbeddedFile& EmbeddedFileAt(int index) {
    int compiled = 0;
    const EmbeddedFile* files = CompiledInFiles(&compiled);
    return index < compiled ? files[index] : AddedFiles()[index - compiled].View;
}

const EmbeddedFile* FindEmbeddedFile(const char* name) {
    int compiled = 0;
    const EmbeddedFile* files = CompiledInFiles(&compiled);
    for (int i = 0; i < compiled; i++)
        if (std::strcmp(files[i].Name, name) == 0) return &files[i];
    for (const AddedFile& file : AddedFiles())
        if (file.Name == name) return &file.View;
    return nullptr;
}

bool AddEmbeddedFile(const std::string& name, std::string text) {
    if (FindEmbeddedFile(name.c_str())) return false;
    AddedFile& file = AddedFiles().emplace_back();
    file.Name = name;
    file.Text = std::move(text);
    file.View = {file.Name.c_str(), (const unsigned char*)file.Text.c_str(), file.Text.size()};
    return true;
}

} // namespace ng
