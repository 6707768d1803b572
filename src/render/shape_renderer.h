// Draws a ShapeList with shaders/shape.*: one buffer upload and one indexed draw. Each shape is
// written as four vertices (its corners) rather than drawn instanced: software renderers
// (SwiftShader) pay per instance. Two programs from one source: lit, and flat for software
// renderers.
#pragma once
#include "gl.h"
#include "shader.h"
#include "shape_list.h"
#include <string>
#include <vector>

namespace ng {

class ShapeRenderer {
public:
    bool Init(std::string* error);
    void Shutdown();
    // camera = (centre x, centre y, pixels per unit).
    void Draw(const ShapeList& shapes, const float camera[4], float viewport_w, float viewport_h,
              bool shadows, bool simple);

private:
    void GrowBuffers(size_t shapes);

    struct Variant {
        ShaderProgram Program;
        GLint CameraLoc = -1, ViewportLoc = -1, ShadowLoc = -1;
        bool Build(const char* defines, std::string* error);
    };
    Variant Lit, Flat;
    GLuint Vao = 0, Buffer = 0, Indices = 0;
    size_t CapacityShapes = 0;          // shapes the GL buffers hold
    std::vector<ShapeInstance> Corners; // each shape four times, one per corner
};

} // namespace ng
