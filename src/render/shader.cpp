#include "shader.h"
#include "embedded_files.h"
#include "shader_constants.h"
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace ng {

// Lines prepended to every shader file, then the variant's defines, the camera's functions and the
// numbers shared with C++ (shader_constants.h). The "#line 1" keeps driver line numbers equal to
// the line numbers of the file in shaders/.
#ifdef __EMSCRIPTEN__
static const char* kShaderPrelude = "#version 300 es\nprecision highp float;\nprecision highp int;\n";
#else
static const char* kShaderPrelude = "#version 330 core\n";
#endif

// The camera's mapping for every shader (camera.h): uCamera = world x, y at the viewport centre,
// pixels per world unit, and 1 when the world is turned for a portrait screen. Pixels are
// counted from the viewport centre, y up.
static const char* kCameraFunctions = "vec2 NgWorldToPixels(vec2 world, vec4 camera) {\n"
                                      "    vec2 v = (world - camera.xy) * camera.z;\n"
                                      "    return camera.w > 0.5 ? vec2(-v.y, v.x) : v;\n"
                                      "}\n"
                                      "vec2 NgPixelsToWorld(vec2 pixels, vec4 camera) {\n"
                                      "    vec2 v = camera.w > 0.5 ? vec2(pixels.y, -pixels.x) : pixels;\n"
                                      "    return camera.xy + v / camera.z;\n"
                                      "}\n";

static std::string SourceForTarget(const char* file_text, const char* defines) {
    return std::string(kShaderPrelude) + defines + kCameraFunctions + ShaderConstants() + "#line 1\n" +
           file_text;
}

// Driver logs look like "0:12(3): error: ..." (Mesa) or "ERROR: 0:12: ..." (ANGLE); both carry
// the line after the first "0:". Returns 0 when no line number is found.
static int FirstLineInLog(const char* log) {
    const char* p = std::strstr(log, "0:");
    return p ? std::atoi(p + 2) : 0;
}

// Starts compiling one stage; its status is read only if the program fails to link (each status
// query waits for the GPU process, a round trip the first frame can do without).
static GLuint StartStage(GLenum stage, const char* file, const char* defines, std::string* error) {
    std::string name = std::string("shaders/") + file;
    const EmbeddedFile* embedded = FindEmbeddedFile(name.c_str());
    if (!embedded) {
        *error = name + ": file not found in the build";
        return 0;
    }
    std::string source = SourceForTarget((const char*)embedded->Data, defines ? defines : "");
    const char* text = source.c_str();
    GLuint shader = glCreateShader(stage);
    glShaderSource(shader, 1, &text, nullptr);
    glCompileShader(shader);
    return shader;
}

// The compile error of a stage ("shaders/x.frag:12: ..."), or "" if it compiled.
static std::string StageError(GLuint shader, const char* file) {
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok) return "";
    char log[2048] = "";
    glGetShaderInfoLog(shader, sizeof(log), nullptr, log);
    char where[32];
    std::snprintf(where, sizeof(where), ":%d: ", FirstLineInLog(log));
    return std::string("shaders/") + file + where + log;
}

bool ShaderProgram::Build(const char* vertex_file, const char* fragment_file, const char* defines) {
    Destroy();
    Error.clear();
    GLuint vs = StartStage(GL_VERTEX_SHADER, vertex_file, defines, &Error);
    GLuint fs = vs ? StartStage(GL_FRAGMENT_SHADER, fragment_file, defines, &Error) : 0;
    if (vs && fs) {
        Program = glCreateProgram();
        glAttachShader(Program, vs);
        glAttachShader(Program, fs);
        glLinkProgram(Program);
        GLint ok = 0;
        glGetProgramiv(Program, GL_LINK_STATUS, &ok);
        if (!ok) {
            Error = StageError(vs, vertex_file);
            if (Error.empty()) Error = StageError(fs, fragment_file);
            if (Error.empty()) {
                char log[2048] = "";
                glGetProgramInfoLog(Program, sizeof(log), nullptr, log);
                Error =
                    std::string("shaders/") + vertex_file + " + " + fragment_file + ": link failed: " + log;
            }
            glDeleteProgram(Program);
            Program = 0;
        }
    }
    if (vs) glDeleteShader(vs);
    if (fs) glDeleteShader(fs);
    if (!Error.empty()) std::fprintf(stderr, "NeuroGains shader error: %s\n", Error.c_str());
    return Program != 0;
}

void ShaderProgram::Destroy() {
    if (Program) glDeleteProgram(Program);
    Program = 0;
}

} // namespace ng
