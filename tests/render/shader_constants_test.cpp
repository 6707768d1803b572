// The shader prelude (src/render/shader_constants.cpp): the numbers the shaders share with C++
// come from the C++ that owns them, and every NG_ name a shader uses is defined there.
#include "embedded_files.h"
#include "model/species.h"
#include "render/shader_constants.h"
#include "render/shape_list.h"
#include <cctype>
#include <doctest/doctest.h>
#include <set>
#include <string>

using namespace ng;

// The values of the "#define <prefix>..." lines.
static std::set<int> DefinedValues(const std::string& text, const std::string& prefix) {
    std::set<int> values;
    std::string line_start = "#define " + prefix;
    for (size_t at = text.find(line_start); at != std::string::npos; at = text.find(line_start, at + 1)) {
        size_t value = text.find(' ', at + line_start.size());
        values.insert(std::stoi(text.substr(value + 1)));
    }
    return values;
}

TEST_SUITE("scene") {

    TEST_CASE("shader prelude: every shape kind, outline and species, numbered as in C++") {
        const std::string& text = ShaderConstants();
        std::set<int> kinds = DefinedValues(text, "NG_SHAPE_");
        CHECK(kinds.size() == (size_t)ShapeKind::Count);
        for (int k = 0; k < (int)ShapeKind::Count; k++) CHECK(kinds.count(k) == 1);
        CHECK(text.find("#define NG_SHAPE_FIBRE " + std::to_string((int)ShapeKind::Fibre) + "\n") !=
              std::string::npos);
        CHECK(DefinedValues(text, "NG_OUTLINE_").size() == (size_t)ParticleOutline::Count);

        CHECK(text.find("#define NG_SPECIES_COUNT " + std::to_string(kSpeciesCount) + "\n") !=
              std::string::npos);
        size_t previous = 0;
        for (int s = 0; s < kSpeciesCount; s++) { // one outline each, in the model's order
            size_t row = text.find(std::string("// ") + GetSpeciesInfo(s).Name + "\n");
            CAPTURE(GetSpeciesInfo(s).Name);
            REQUIRE(row != std::string::npos);
            CHECK(row > previous);
            previous = row;
        }
    }

    TEST_CASE("shader prelude: every NG_ name in the shaders is defined") {
        const std::string& prelude = ShaderConstants();
        for (const char* file : {"shaders/background.frag", "shaders/particle.frag", "shaders/particle.vert",
                                 "shaders/shape.frag", "shaders/shape.vert", "shaders/vessel.frag"}) {
            CAPTURE(file);
            const EmbeddedFile* embedded = FindEmbeddedFile(file);
            REQUIRE(embedded);
            std::string source((const char*)embedded->Data, embedded->Size);
            for (size_t at = source.find("NG_"); at != std::string::npos; at = source.find("NG_", at + 1)) {
                size_t end = at;
                while (end < source.size() &&
                       (std::isupper((unsigned char)source[end]) || source[end] == '_'))
                    end++;
                std::string name = source.substr(at, end - at);
                if (name.back() == '_') continue; // "NG_SHAPE_*" in a comment
                CAPTURE(name);
                CHECK(prelude.find("#define " + name + " ") != std::string::npos);
            }
        }
    }

} // TEST_SUITE
