// What lies behind the cells: the tissue background (one full-screen pass) and the blood vessel
// (a strip along its centre line, built once).
#pragma once
#include "gl.h"
#include "shader.h"
#include <string>

namespace ng {

class SceneBackdrop {
public:
    bool Init(std::string* error);
    void Shutdown();
    // camera = (centre x, centre y, pixels per unit).
    void DrawTissue(const float camera[4], float viewport_w, float viewport_h, bool detail);
    void DrawVessel(const float camera[4], float viewport_w, float viewport_h, float flow_phase, bool simple);

private:
    ShaderProgram Tissue, Vessel;
    GLint TissueCameraLoc = -1, TissueViewportLoc = -1, TissueDetailLoc = -1;
    GLint VesselCameraLoc = -1, VesselViewportLoc = -1, VesselFlowPhaseLoc = -1, VesselSimpleLoc = -1;
    GLuint EmptyVao = 0, VesselVao = 0, VesselBuffer = 0;
    int VesselVertices = 0;
};

} // namespace ng
