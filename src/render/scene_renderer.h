// Draws the scene: the journey from contracting muscle to newborn neuron along one vessel.
// It only reads the model's state; it never changes it.
#pragma once
#include "shader.h"
#include <string>

union SDL_Event;

namespace ng {

class Simulation;

struct SceneFrame {
    const Simulation* Sim = nullptr;
    double RenderTimeHours = 0.0;   // simulated time to draw (between the last two model steps)
    double WallSeconds = 0.0;       // wall time since start, for purely visual motion (wrap it)
    double RealDeltaSeconds = 0.0;  // wall time since the previous frame
    double SimSecondsPerRealSecond = 0.0; // the time speed; 0 while paused
    bool Paused = false;
    int ViewportWidth = 0, ViewportHeight = 0; // drawable pixels
    float PixelRatio = 1.0f;        // drawable pixels per window point
};

class SceneRenderer {
public:
    bool Init();     // creates every GL object; false (and Error()) if a shader failed
    void Shutdown(); // deletes every GL object (also used before a WebGL context restore)
    void Draw(const SceneFrame& frame);
    // Mouse and touch input the UI did not take (camera pan and zoom). True if used.
    bool HandleEvent(const SDL_Event& event, int window_width, int window_height);
    const std::string& Error() const { return ErrorText; }

private:
    ShaderProgram Backdrop;
    GLuint EmptyVao = 0;
    std::string ErrorText;
};

} // namespace ng
