// doctest's main, shared by every suite (natively and as WebAssembly under node).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>
#ifdef NG_ADD_FETCHED_LANGUAGES
#include "embedded_files.h"
#include <string>

namespace ng {
const EmbeddedFile* FetchedLanguageFiles(int* count); // cmake/EmbedAssets.cmake
}

// The web program carries English only; the page adds another language's files when it is
// fetched (docs/content-format.md, "Languages on the web"). The suites add them the same way.
static void AddFetchedLanguages() {
    int count = 0;
    const ng::EmbeddedFile* files = ng::FetchedLanguageFiles(&count);
    for (int i = 0; i < count; i++) ng::AddEmbeddedFile(files[i].Name, std::string(files[i].Text()));
}
#endif

int main(int argc, char** argv) {
#ifdef NG_ADD_FETCHED_LANGUAGES
    AddFetchedLanguages();
#endif
    doctest::Context context(argc, argv);
    return context.run();
}
