#include "scene_renderer.h"
#include "model/simulation.h"
#include <cmath>

namespace ng {

bool SceneRenderer::Init() {
    ErrorText.clear();
    glGenVertexArrays(1, &EmptyVao);
    if (!Backdrop.Build("fullscreen.vert", "backdrop.frag")) ErrorText = Backdrop.Error;
    return ErrorText.empty();
}

void SceneRenderer::Shutdown() {
    Backdrop.Destroy();
    if (EmptyVao) glDeleteVertexArrays(1, &EmptyVao);
    EmptyVao = 0;
}

bool SceneRenderer::HandleEvent(const SDL_Event&, int, int) { return false; }

void SceneRenderer::Draw(const SceneFrame& frame) {
    glViewport(0, 0, frame.ViewportWidth, frame.ViewportHeight);
    glClearColor(0.05f, 0.06f, 0.09f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!Backdrop.Program || !frame.Sim) return;

    SessionPhase phase = frame.Sim->PhaseAt(frame.RenderTimeHours);
    glUseProgram(Backdrop.Program);
    glUniform2f(Backdrop.Uniform("uResolution"), (float)frame.ViewportWidth, (float)frame.ViewportHeight);
    // Shader time wraps every hour so float precision holds over months of kiosk uptime.
    glUniform1f(Backdrop.Uniform("uTime"), (float)std::fmod(frame.WallSeconds, 3600.0));
    glUniform1f(Backdrop.Uniform("uContraction"), phase.InSession ? (float)(phase.Contraction * phase.Force) : 0.0f);
    glBindVertexArray(EmptyVao);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
}

} // namespace ng
