// GLSL programs built from one source per stage in shaders/ (embedded at build time). The
// "#version" and precision lines are added per target, so the same file serves GL 3.3 core and
// WebGL2; optional "#define" lines make variants of one file; every stage gets the numbers it
// shares with C++ (shader_constants.h). A failed build reports the file, the line and the
// driver's log.
#pragma once
#include "gl.h"
#include <string>

namespace ng {

struct ShaderProgram {
    GLuint Program = 0;
    std::string Error; // empty when the program built; else "shaders/x.frag:12: <driver log>"

    // Names under shaders/; defines: e.g. "#define FLAT_SHADING\n", prepended to both stages.
    bool Build(const char* vertex_file, const char* fragment_file, const char* defines = "");
    void Destroy();
    GLint Uniform(const char* name) const { return glGetUniformLocation(Program, name); }
};

} // namespace ng
