#include "shape_renderer.h"
#include <cstddef>
#include <cstdint>

namespace ng {

bool ShapeRenderer::Variant::Build(const char* defines, std::string* error) {
    if (!Program.Build("shape.vert", "shape.frag", defines)) {
        *error = Program.Error;
        return false;
    }
    CameraLoc = Program.Uniform("uCamera");
    ViewportLoc = Program.Uniform("uViewport");
    ShadowLoc = Program.Uniform("uShadow");
    return true;
}

bool ShapeRenderer::Init(std::string* error) {
    if (!Lit.Build("", error) || !Flat.Build("#define FLAT_SHADING\n", error)) return false;
    glGenVertexArrays(1, &Vao);
    glGenBuffers(1, &Buffer);
    glGenBuffers(1, &Indices);
    glBindVertexArray(Vao);
    glBindBuffer(GL_ARRAY_BUFFER, Buffer);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, Indices); // part of the VAO's state
    const GLsizei stride = sizeof(ShapeInstance);
    glVertexAttribPointer(0, 4, GL_FLOAT, GL_FALSE, stride, (void*)offsetof(ShapeInstance, X));
    glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, stride, (void*)offsetof(ShapeInstance, Angle));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, (void*)offsetof(ShapeInstance, Color));
    glVertexAttribPointer(3, 4, GL_FLOAT, GL_FALSE, stride, (void*)offsetof(ShapeInstance, P2));
    for (GLuint i = 0; i < 4; i++) glEnableVertexAttribArray(i);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
    CapacityShapes = 0;
    return true;
}

void ShapeRenderer::Shutdown() {
    Lit.Program.Destroy();
    Flat.Program.Destroy();
    if (Buffer) glDeleteBuffers(1, &Buffer);
    if (Indices) glDeleteBuffers(1, &Indices);
    if (Vao) glDeleteVertexArrays(1, &Vao);
    Buffer = Indices = Vao = 0;
    CapacityShapes = 0;
}

// Makes room for at least `shapes` shapes; the index buffer (two triangles per shape) only
// changes when it grows.
void ShapeRenderer::GrowBuffers(size_t shapes) {
    CapacityShapes = shapes * 3 / 2 + 64;
    glBufferData(GL_ARRAY_BUFFER, (GLsizeiptr)(CapacityShapes * 4 * sizeof(ShapeInstance)), nullptr,
                 GL_STREAM_DRAW);
    std::vector<uint32_t> indices(CapacityShapes * 6);
    for (size_t i = 0; i < CapacityShapes; i++) {
        uint32_t v = (uint32_t)(i * 4);
        const uint32_t quad[6] = {v, v + 1, v + 2, v + 2, v + 1, v + 3};
        for (int k = 0; k < 6; k++) indices[i * 6 + k] = quad[k];
    }
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, (GLsizeiptr)(indices.size() * sizeof(uint32_t)), indices.data(),
                 GL_STATIC_DRAW);
}

void ShapeRenderer::Draw(const ShapeList& shapes, const float camera[4], float viewport_w, float viewport_h,
                         bool shadows, bool simple) {
    size_t count = shapes.Count();
    const Variant& v = simple ? Flat : Lit;
    if (count == 0 || !v.Program.Program) return;
    Corners.resize(count * 4);
    for (size_t i = 0; i < count; i++)
        for (int k = 0; k < 4; k++) Corners[i * 4 + k] = shapes.Instances()[i];
    glBindVertexArray(Vao);
    glBindBuffer(GL_ARRAY_BUFFER, Buffer);
    if (count > CapacityShapes) GrowBuffers(count);
    glBufferSubData(GL_ARRAY_BUFFER, 0, (GLsizeiptr)(Corners.size() * sizeof(ShapeInstance)), Corners.data());
    glUseProgram(v.Program.Program);
    glUniform4f(v.CameraLoc, camera[0], camera[1], camera[2], camera[3]);
    glUniform2f(v.ViewportLoc, viewport_w, viewport_h);
    glUniform2f(v.ShadowLoc, shadows ? 0.55f : 0.0f, shadows ? -0.75f : 0.0f);
    glDrawElements(GL_TRIANGLES, (GLsizei)(count * 6), GL_UNSIGNED_INT, nullptr);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
}

} // namespace ng
