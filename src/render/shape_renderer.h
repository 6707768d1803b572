// Draws a ShapeList with shaders/shape.*: one buffer upload, then one indexed draw (lit, for
// GPUs) or one per run of shapes of a kind group (flat, for software renderers, which pay for
// every branch of the shader: each group's program holds only its kinds' code; built over the
// first frames, the flat program for every kind stands in until then). Each shape is
// written as four vertices (its corners) rather than drawn instanced: software renderers
// (SwiftShader) pay per instance.
#pragma once
#include "gl.h"
#include "shader.h"
#include "shape_list.h"
#include <string>
#include <vector>

namespace ng {

class ShapeRenderer {
public:
    static const int kFlatGroups = 4;
    // The "#define" lines of a kind group's flat program (shape.frag); group -1: every kind.
    static std::string FlatDefines(int group);

    // Builds the programs for `simple` now, the others when a draw first needs them.
    bool Init(std::string* error, bool simple);
    void Shutdown();
    // camera = (centre x, centre y, pixels per unit).
    void Draw(const ShapeList& shapes, const float camera[4], float viewport_w, float viewport_h,
              bool shadows, bool simple);

private:
    void GrowBuffers(size_t shapes);

    struct Variant {
        ShaderProgram Program;
        GLint CameraLoc = -1, ViewportLoc = -1, ShadowLoc = -1;
        bool Build(const char* defines, std::string* error); // error may be null
    };
    struct RunSettings {
        const float* Camera;
        float ViewportW, ViewportH;
        bool Shadows;
    };
    void DrawRun(const Variant& v, size_t first, size_t count, const RunSettings& run);

    enum class BuildState { NotYet, Built, Failed };
    bool BuildSet(bool simple, std::string* error);

    void BuildNextGroup();

    Variant Lit, FlatAll, Flat[kFlatGroups];
    BuildState LitState = BuildState::NotYet, FlatState = BuildState::NotYet;
    bool GroupBuilt[kFlatGroups] = {};
    int GroupsTried = 0, FlatFrames = 0;
    GLuint Vao = 0, Buffer = 0, Indices = 0;
    size_t CapacityShapes = 0;          // shapes the GL buffers hold
    std::vector<ShapeInstance> Corners; // each shape four times, one per corner
};

} // namespace ng
