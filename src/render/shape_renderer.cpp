#include "shape_renderer.h"
#include <cstddef>
#include <cstdint>

namespace ng {

// The flat programs' kinds (shape.frag, DRAWN_KINDS): fibres and dendrite segments cover the most
// pixels and get a program each; round cells share one, the irregular shapes another.
static int FlatGroup(float kind) {
    switch ((ShapeKind)(int)kind) {
    case ShapeKind::Fibre:
        return 0;
    case ShapeKind::Segment:
        return 1;
    case ShapeKind::RoundBox:
    case ShapeKind::Blob:
    case ShapeKind::Mitosis:
        return 3;
    default:
        return 2;
    }
}

std::string ShapeRenderer::FlatDefines(int group) {
    if (group < 0) return "#define FLAT_SHADING\n";
    unsigned kinds = 0;
    int count = 0, only = 0;
    for (int k = 0; k < (int)ShapeKind::Count; k++)
        if (FlatGroup((float)k) == group) kinds |= 1u << k, count++, only = k;
    std::string defines = "#define FLAT_SHADING\n#define DRAWN_KINDS " + std::to_string(kinds) + "\n";
    if (count == 1) defines += "#define ONLY_KIND " + std::to_string(only) + "\n";
    return defines;
}

bool ShapeRenderer::Variant::Build(const char* defines, std::string* error) {
    if (!Program.Build("shape.vert", "shape.frag", defines)) {
        if (error) *error = Program.Error;
        return false;
    }
    CameraLoc = Program.Uniform("uCamera");
    ViewportLoc = Program.Uniform("uViewport");
    ShadowLoc = Program.Uniform("uShadow");
    return true;
}

bool ShapeRenderer::Init(std::string* error, bool simple) {
    if (!BuildSet(simple, error)) return false;
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

// The lit program or the flat one for every kind, built when first needed: a software renderer
// never pays for compiling the lit one, a GPU never for the flat one. error may be null.
bool ShapeRenderer::BuildSet(bool simple, std::string* error) {
    BuildState& state = simple ? FlatState : LitState;
    if (state == BuildState::NotYet) {
        bool built = simple ? FlatAll.Build(FlatDefines(-1).c_str(), error) : Lit.Build("", error);
        state = built ? BuildState::Built : BuildState::Failed;
    }
    return state == BuildState::Built;
}

// The flat programs for kind groups, one a draw from the second flat draw on: compiling them
// before the first frame would delay it (docs/benchmarks.md). Until its program is built (or if
// it does not build), a group draws with FlatAll.
void ShapeRenderer::BuildNextGroup() {
    if (GroupsTried >= kFlatGroups) return;
    int group = GroupsTried++;
    GroupBuilt[group] = Flat[group].Build(FlatDefines(group).c_str(), nullptr);
}

void ShapeRenderer::Shutdown() {
    Lit.Program.Destroy();
    FlatAll.Program.Destroy();
    for (Variant& v : Flat) v.Program.Destroy();
    LitState = FlatState = BuildState::NotYet;
    GroupsTried = FlatFrames = 0;
    for (bool& built : GroupBuilt) built = false;
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
    if (!BuildSet(simple, nullptr)) simple = !simple; // the set Init built still draws
    if (count == 0 || !BuildSet(simple, nullptr)) return;
    const std::vector<ShapeInstance>& list = shapes.Instances();
    Corners.resize(count * 4);
    for (size_t i = 0; i < count; i++)
        for (int k = 0; k < 4; k++) Corners[i * 4 + k] = list[i];
    glBindVertexArray(Vao);
    glBindBuffer(GL_ARRAY_BUFFER, Buffer);
    if (count > CapacityShapes) GrowBuffers(count);
    glBufferSubData(GL_ARRAY_BUFFER, 0, (GLsizeiptr)(Corners.size() * sizeof(ShapeInstance)), Corners.data());
    RunSettings run = {camera, viewport_w, viewport_h, shadows};
    if (!simple) {
        DrawRun(Lit, 0, count, run);
    } else { // consecutive shapes drawn by one program in one draw: the painter's order stays
        if (FlatFrames++ > 0) BuildNextGroup();
        auto program = [&](size_t i) {
            int group = FlatGroup(list[i].Kind);
            return GroupBuilt[group] ? group : -1;
        };
        for (size_t start = 0; start < count;) {
            int group = program(start);
            size_t end = start + 1;
            while (end < count && program(end) == group) end++;
            DrawRun(group < 0 ? FlatAll : Flat[group], start, end - start, run);
            start = end;
        }
    }
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
}

void ShapeRenderer::DrawRun(const Variant& v, size_t first, size_t count, const RunSettings& run) {
    glUseProgram(v.Program.Program);
    glUniform4f(v.CameraLoc, run.Camera[0], run.Camera[1], run.Camera[2], run.Camera[3]);
    glUniform2f(v.ViewportLoc, run.ViewportW, run.ViewportH);
    glUniform2f(v.ShadowLoc, run.Shadows ? 0.55f : 0.0f, run.Shadows ? -0.75f : 0.0f);
    glDrawElements(GL_TRIANGLES, (GLsizei)(count * 6), GL_UNSIGNED_INT,
                   (void*)(first * 6 * sizeof(uint32_t)));
}

} // namespace ng
