#include "scene_backdrop.h"
#include "world_layout.h"
#include <vector>

namespace ng {

bool SceneBackdrop::Init(std::string* error) {
    if (!Tissue.Build("fullscreen.vert", "background.frag")) {
        *error = Tissue.Error;
        return false;
    }
    if (!Vessel.Build("vessel.vert", "vessel.frag")) {
        *error = Vessel.Error;
        return false;
    }
    TissueCameraLoc = Tissue.Uniform("uCamera");
    TissueViewportLoc = Tissue.Uniform("uViewport");
    TissueDetailLoc = Tissue.Uniform("uDetail");
    VesselCameraLoc = Vessel.Uniform("uCamera");
    VesselViewportLoc = Vessel.Uniform("uViewport");
    VesselFlowPhaseLoc = Vessel.Uniform("uFlowPhase");
    VesselSimpleLoc = Vessel.Uniform("uSimple");
    glGenVertexArrays(1, &EmptyVao);

    // Strip: two vertices every 1.5 units where the vessel bends or widens, every 8 where it runs
    // straight (software renderers pay per triangle).
    std::vector<float> data;
    for (float x = kVesselStartX;;) {
        float y = VesselCenterY(x), r = VesselRadius(x);
        float outer = r + kVesselWall;
        float lumen_edge = r / outer;
        float v[8] = {x, y - outer, -1.0f, lumen_edge, x, y + outer, 1.0f, lumen_edge};
        data.insert(data.end(), v, v + 8);
        if (x >= kVesselEndX) break;
        bool straight = VesselSlope(x) == 0.0f && VesselSlope(x + 8.0f) == 0.0f &&
                        VesselRadius(x + 8.0f) == r && VesselCenterY(x + 4.0f) == y;
        x = x + (straight ? 8.0f : 1.5f) > kVesselEndX ? kVesselEndX : x + (straight ? 8.0f : 1.5f);
    }
    VesselVertices = (int)(data.size() / 4);
    glGenVertexArrays(1, &VesselVao);
    glGenBuffers(1, &VesselBuffer);
    glBindVertexArray(VesselVao);
    glBindBuffer(GL_ARRAY_BUFFER, VesselBuffer);
    glBufferData(GL_ARRAY_BUFFER, (GLsizeiptr)(data.size() * sizeof(float)), data.data(), GL_STATIC_DRAW);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), nullptr);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), (void*)(2 * sizeof(float)));
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    return true;
}

void SceneBackdrop::Shutdown() {
    Tissue.Destroy();
    Vessel.Destroy();
    if (EmptyVao) glDeleteVertexArrays(1, &EmptyVao);
    if (VesselVao) glDeleteVertexArrays(1, &VesselVao);
    if (VesselBuffer) glDeleteBuffers(1, &VesselBuffer);
    EmptyVao = VesselVao = VesselBuffer = 0;
}

void SceneBackdrop::DrawTissue(const float camera[4], float viewport_w, float viewport_h, bool detail) {
    glUseProgram(Tissue.Program);
    glUniform4f(TissueCameraLoc, camera[0], camera[1], camera[2], camera[3]);
    glUniform2f(TissueViewportLoc, viewport_w, viewport_h);
    glUniform1f(TissueDetailLoc, detail ? 1.0f : 0.0f);
    glBindVertexArray(EmptyVao);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
}

void SceneBackdrop::DrawVessel(const float camera[4], float viewport_w, float viewport_h, float flow_phase,
                               bool simple) {
    glUseProgram(Vessel.Program);
    glUniform4f(VesselCameraLoc, camera[0], camera[1], camera[2], camera[3]);
    glUniform2f(VesselViewportLoc, viewport_w, viewport_h);
    glUniform1f(VesselFlowPhaseLoc, flow_phase);
    glUniform1f(VesselSimpleLoc, simple ? 1.0f : 0.0f);
    glBindVertexArray(VesselVao);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, VesselVertices);
    glBindVertexArray(0);
}

} // namespace ng
