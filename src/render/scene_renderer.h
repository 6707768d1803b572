// Draws the scene: the journey from contracting muscle to newborn neuron along one vessel.
// It only reads the model's state; it never changes it.
#pragma once
#include "shader.h"
#include <string>

namespace ng {

class Simulation;

struct SceneFrame {
    const Simulation* Sim = nullptr;
    double RenderTimeHours = 0.0; // simulated time to draw (between the last two model steps)
    double WallSeconds = 0.0;     // wall time since start, for purely visual motion (wrapped)
    int ViewportWidth = 0, ViewportHeight = 0; // drawable pixels
};

class SceneRenderer {
public:
    bool Init();     // creates every GL object; false (and Error()) if a shader failed
    void Shutdown(); // deletes every GL object (also used before a WebGL context restore)
    void Draw(const SceneFrame& frame);
    const std::string& Error() const { return ErrorText; }

private:
    ShaderProgram Backdrop;
    GLuint EmptyVao = 0;
    std::string ErrorText;
};

} // namespace ng
