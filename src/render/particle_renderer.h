// Draws the particle system: one buffer upload per frame, then one instanced draw of quads, or
// GL_POINTS on software renderers (much cheaper there; the same shaders built with POINTS).
#pragma once
#include "gl.h"
#include "shader.h"
#include <string>
#include <vector>

namespace ng {

class ParticleSystem;

class ParticleRenderer {
public:
    bool Init(std::string* error);
    void Shutdown();
    // camera = (centre x, centre y, pixels per unit); min_radius in pixels.
    void Draw(const ParticleSystem& particles, const float camera[4], float viewport_w, float viewport_h,
              float min_radius, bool points);

private:
    struct Variant {
        ShaderProgram Program;
        GLint CameraLoc = -1, ViewportLoc = -1, MinRadiusLoc = -1, MaxPointSizeLoc = -1;
        bool Build(const char* defines, std::string* error);
    };
    Variant Quads, Points;
    GLuint QuadVao = 0, PointVao = 0, Buffer = 0;
    size_t BufferBytes = 0;
    float MaxPointSize = 64.0f;
    std::vector<float> Instances;
};

} // namespace ng
