// Draws a ShapeList with shaders/shape.*: one buffer upload and one instanced draw.
#pragma once
#include "gl.h"
#include "shader.h"
#include "shape_list.h"
#include <string>

namespace ng {

class ShapeRenderer {
public:
    bool Init(std::string* error);
    void Shutdown();
    // camera = (centre x, centre y, pixels per unit).
    void Draw(const ShapeList& shapes, const float camera[3], float viewport_w, float viewport_h,
              bool shadows, bool simple);

private:
    ShaderProgram Program;
    GLuint Vao = 0, Buffer = 0;
    size_t BufferBytes = 0;
    GLint CameraLoc = -1, ViewportLoc = -1, ShadowLoc = -1, SimpleLoc = -1;
};

} // namespace ng
