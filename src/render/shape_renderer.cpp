#include "shape_renderer.h"
#include <cstddef>

namespace ng {

bool ShapeRenderer::Init(std::string* error) {
    if (!Program.Build("shape.vert", "shape.frag")) {
        *error = Program.Error;
        return false;
    }
    CameraLoc = Program.Uniform("uCamera");
    ViewportLoc = Program.Uniform("uViewport");
    ShadowLoc = Program.Uniform("uShadow");
    SimpleLoc = Program.Uniform("uSimple");
    glGenVertexArrays(1, &Vao);
    glGenBuffers(1, &Buffer);
    glBindVertexArray(Vao);
    glBindBuffer(GL_ARRAY_BUFFER, Buffer);
    const GLsizei stride = sizeof(ShapeInstance);
    glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, stride, (void*)offsetof(ShapeInstance, X));
    glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, stride, (void*)offsetof(ShapeInstance, Angle));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, (void*)offsetof(ShapeInstance, Color));
    glVertexAttribPointer(3, 4, GL_FLOAT, GL_FALSE, stride, (void*)offsetof(ShapeInstance, P2));
    for (GLuint i = 0; i < 4; i++) {
        glEnableVertexAttribArray(i);
        glVertexAttribDivisor(i, 1);
    }
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    BufferBytes = 0;
    return true;
}

void ShapeRenderer::Shutdown() {
    Program.Destroy();
    if (Buffer) glDeleteBuffers(1, &Buffer);
    if (Vao) glDeleteVertexArrays(1, &Vao);
    Buffer = Vao = 0;
    BufferBytes = 0;
}

void ShapeRenderer::Draw(const ShapeList& shapes, const float camera[3], float viewport_w, float viewport_h,
                         bool shadows, bool simple) {
    if (shapes.Count() == 0 || !Program.Program) return;
    size_t bytes = shapes.Count() * sizeof(ShapeInstance);
    glBindBuffer(GL_ARRAY_BUFFER, Buffer);
    if (bytes > BufferBytes) {
        BufferBytes = bytes * 3 / 2;
        glBufferData(GL_ARRAY_BUFFER, (GLsizeiptr)BufferBytes, nullptr, GL_STREAM_DRAW);
    }
    glBufferSubData(GL_ARRAY_BUFFER, 0, (GLsizeiptr)bytes, shapes.Instances().data());
    glUseProgram(Program.Program);
    glUniform3f(CameraLoc, camera[0], camera[1], camera[2]);
    glUniform2f(ViewportLoc, viewport_w, viewport_h);
    glUniform2f(ShadowLoc, shadows ? 0.55f : 0.0f, shadows ? -0.75f : 0.0f);
    glUniform1f(SimpleLoc, simple ? 1.0f : 0.0f);
    glBindVertexArray(Vao);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, (GLsizei)shapes.Count());
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
}

} // namespace ng
