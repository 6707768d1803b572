#include "particle_renderer.h"
#include "particle_system.h"

namespace ng {

static void SetupVao(GLuint vao, GLuint buffer, GLuint divisor) {
    glBindVertexArray(vao);
    glBindBuffer(GL_ARRAY_BUFFER, buffer);
    glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, 4 * sizeof(float), nullptr);
    glEnableVertexAttribArray(0);
    glVertexAttribDivisor(0, divisor);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
}

bool ParticleRenderer::Variant::Build(const char* defines, std::string* error) {
    if (!Program.Build("particle.vert", "particle.frag", defines)) {
        *error = Program.Error;
        return false;
    }
    CameraLoc = Program.Uniform("uCamera");
    ViewportLoc = Program.Uniform("uViewport");
    MinRadiusLoc = Program.Uniform("uMinRadius");
    MaxPointSizeLoc = Program.Uniform("uMaxPointSize");
    float colors[kSpeciesCount * 3];
    for (int s = 0; s < kSpeciesCount; s++)
        for (int c = 0; c < 3; c++) colors[s * 3 + c] = GetSpeciesInfo(s).Look.Color[c];
    glUseProgram(Program.Program);
    glUniform3fv(Program.Uniform("uColors"), kSpeciesCount, colors);
    glUseProgram(0);
    return true;
}

bool ParticleRenderer::Init(std::string* error) {
    if (!Quads.Build("", error) || !Points.Build("#define POINTS\n", error)) return false;
    GLfloat range[2] = {1.0f, 64.0f};
#ifdef __EMSCRIPTEN__
    glGetFloatv(GL_ALIASED_POINT_SIZE_RANGE, range);
#else
    glGetFloatv(GL_POINT_SIZE_RANGE, range);
#endif
    MaxPointSize = range[1] > 1.0f ? range[1] : 1.0f;
    glGenBuffers(1, &Buffer);
    glGenVertexArrays(1, &QuadVao);
    glGenVertexArrays(1, &PointVao);
    SetupVao(QuadVao, Buffer, 1);
    SetupVao(PointVao, Buffer, 0);
    BufferBytes = 0;
    return true;
}

void ParticleRenderer::Shutdown() {
    Quads.Program.Destroy();
    Points.Program.Destroy();
    if (Buffer) glDeleteBuffers(1, &Buffer);
    if (QuadVao) glDeleteVertexArrays(1, &QuadVao);
    if (PointVao) glDeleteVertexArrays(1, &PointVao);
    Buffer = QuadVao = PointVao = 0;
    BufferBytes = 0;
}

void ParticleRenderer::Draw(const ParticleSystem& particles, const float camera[4], float viewport_w,
                            float viewport_h, float min_radius, bool points) {
    if (!Buffer || particles.Count() == 0) return;
    particles.FillInstances(&Instances);
    size_t bytes = Instances.size() * sizeof(float);
    glBindBuffer(GL_ARRAY_BUFFER, Buffer);
    if (bytes > BufferBytes) {
        BufferBytes = bytes * 3 / 2;
        glBufferData(GL_ARRAY_BUFFER, (GLsizeiptr)BufferBytes, nullptr, GL_STREAM_DRAW);
    }
    glBufferSubData(GL_ARRAY_BUFFER, 0, (GLsizeiptr)bytes, Instances.data());
    glBindBuffer(GL_ARRAY_BUFFER, 0);

    const Variant& v = points ? Points : Quads;
    glUseProgram(v.Program.Program);
    glUniform4f(v.CameraLoc, camera[0], camera[1], camera[2], camera[3]);
    glUniform2f(v.ViewportLoc, viewport_w, viewport_h);
    glUniform1f(v.MinRadiusLoc, min_radius);
    GLsizei count = (GLsizei)particles.Count();
    if (points) {
#ifndef __EMSCRIPTEN__
        glEnable(GL_PROGRAM_POINT_SIZE); // GLES / WebGL always take gl_PointSize
#endif
        glUniform1f(v.MaxPointSizeLoc, MaxPointSize);
        glBindVertexArray(PointVao);
        glDrawArrays(GL_POINTS, 0, count);
#ifndef __EMSCRIPTEN__
        glDisable(GL_PROGRAM_POINT_SIZE);
#endif
    } else {
        glBindVertexArray(QuadVao);
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, count);
    }
    glBindVertexArray(0);
}

} // namespace ng
