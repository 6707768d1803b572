#include "scene_renderer.h"
#include "model/simulation.h"
#include "time_wrap.h"
#include <chrono>
#include <cmath>
#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace ng {

#ifdef __EMSCRIPTEN__
// WebGL masks GL_RENDERER ("WebKit WebGL"); the debug extension tells SwiftShader from a GPU.
// clang-format off
EM_JS(char*, NgWebGlRenderer, (), {
    var gl = (typeof GLctx !== 'undefined') ? GLctx : null;
    var name = 'unknown';
    if (gl) {
        var info = gl.getExtension('WEBGL_debug_renderer_info');
        name = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    }
    return stringToNewUTF8(String(name));
});
// clang-format on
#endif

static std::string ReadRendererName() {
#ifdef __EMSCRIPTEN__
    char* name = NgWebGlRenderer();
    std::string result = name ? name : "";
    free(name);
    return result;
#else
    const char* name = (const char*)glGetString(GL_RENDERER);
    return name ? name : "";
#endif
}

static double Now() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

bool SceneRenderer::Init() {
    ErrorText.clear();
    GlReady = false;
    if (!Backdrop.Init(&ErrorText) || !ShapeDraw.Init(&ErrorText) || !ParticleDraw.Init(&ErrorText)) {
        Shutdown();
        return false;
    }
    if (RendererName.empty()) {
        RendererName = ReadRendererName();
        Governor.Start(RendererName.c_str());
    }
    GlReady = true;
    return true;
}

void SceneRenderer::Shutdown() {
    Backdrop.Shutdown();
    ShapeDraw.Shutdown();
    ParticleDraw.Shutdown();
    GlReady = false;
}

void SceneRenderer::ShowView(int view, bool animate) {
    View.ShowView(view, animate);
}

bool SceneRenderer::ShowView(const char* name, bool animate) {
    int view = FindView(name ? name : "");
    if (view == kUnknownView) return false;
    View.ShowView(view, animate);
    return true;
}

void SceneRenderer::SetUiInsets(float left, float top, float right, float bottom) {
    InsetsPoints.Left = left, InsetsPoints.Top = top, InsetsPoints.Right = right,
    InsetsPoints.Bottom = bottom;
}

void SceneRenderer::ResetContent(uint64_t seed) {
    Molecules.Reset(seed);
    Cells.Reset(seed);
    Reader.Forget();
    BloodDetail = -1;
    VisualSeconds = 0.0;
    SessionGlow = 0.0f;
    ContentSeed = seed;
    ContentReady = true;
}

void SceneRenderer::Draw(const SceneFrame& frame) {
    int w = frame.ViewportWidth > 0 ? frame.ViewportWidth : 1;
    int h = frame.ViewportHeight > 0 ? frame.ViewportHeight : 1;
    LastPixelRatio = frame.PixelRatio > 0.0f ? frame.PixelRatio : 1.0f;
    View.SetReducedMotion(frame.ReducedMotion);
    View.SetPortrait(h > w); // as the layout decides (ui/screen_layout.h): taller than wide
    ScreenInsets insets;
    insets.Left = InsetsPoints.Left * LastPixelRatio, insets.Top = InsetsPoints.Top * LastPixelRatio;
    insets.Right = InsetsPoints.Right * LastPixelRatio, insets.Bottom = InsetsPoints.Bottom * LastPixelRatio;
    View.SetViewport((float)w, (float)h, insets);
    View.Update(frame.RealDeltaSeconds);

    if (frame.QualityLevel >= 0) {
        if (frame.QualityLevel != Governor.Level()) Governor.SetFixedLevel(frame.QualityLevel);
    } else {
        Governor.SetFixedLevel(-1);
        Governor.Update(frame.RealDeltaSeconds);
    }
    double visual_dt = frame.Paused ? 0.0 : frame.RealDeltaSeconds;
    if (!(visual_dt > 0.0)) visual_dt = 0.0;
    if (visual_dt > 0.1) visual_dt = 0.1;
    Simulate(frame, visual_dt);

    if (!GlReady) { // a shader failed: a calm background; the app shows Error() as a notice
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, w, h);
        glClearColor(0.09f, 0.08f, 0.12f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        return;
    }
    double t0 = Now();
    Render(frame);
    LastTimings.SubmitSeconds = Now() - t0;
}

void SceneRenderer::Simulate(const SceneFrame& frame, double visual_dt) {
    double t0 = Now();
    bool restarted = frame.Sim != ContentSim || frame.RenderTimeHours < ContentHours;
    if (!ContentReady || frame.Seed != ContentSeed || restarted) ResetContent(frame.Seed);
    ContentSim = frame.Sim;
    ContentHours = frame.RenderTimeHours;
    if (frame.Sim) {
        In = Reader.Read(*frame.Sim, frame.RenderTimeHours);
    } else {
        In = SceneInputs();
        Reader.Forget();
    }
    double t1 = Now();
    const QualityLevel& q = Governor.Settings();
    if (Molecules.Budget() != q.ParticleBudget) Molecules.SetBudget(q.ParticleBudget);
    if (BloodDetail != q.CellDetail) {
        Blood.Reset(ContentSeed, q.CellDetail);
        BloodDetail = q.CellDetail;
    }
    double speed = frame.Paused ? 0.0 : frame.SimSecondsPerRealSecond;
    if (speed > 0.0) LastSpeed = speed;
    Molecules.Update(In, speed, visual_dt);
    Cells.Update(In, visual_dt, Molecules.Arrivals());
    Blood.Update(visual_dt);
    // Session activity glows on for at least half a second, so a session that passes within a
    // frame at the fastest speeds still flashes.
    float fade = (float)(visual_dt / 0.6);
    SessionGlow = std::fmax(In.SessionActivity, SessionGlow - fade);
    VisualSeconds += visual_dt;
    BuildSceneLabels(In, &LabelList);
    LastTimings.InputSeconds = t1 - t0;
    LastTimings.UpdateSeconds = Now() - t1;
}

void SceneRenderer::Render(const SceneFrame& frame) {
    const QualityLevel& q = Governor.Settings();
    int dw = frame.ViewportWidth > 0 ? frame.ViewportWidth : 1;
    int dh = frame.ViewportHeight > 0 ? frame.ViewportHeight : 1;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, dw, dh);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glClearColor(0.11f, 0.085f, 0.13f, 1.0f); // what the tissue pass draws on average
    glClear(GL_COLOR_BUFFER_BIT);
    float camera[4] = {View.CenterX(), View.CenterY(), View.Scale(), View.Portrait() ? 1.0f : 0.0f};
    if (q.Backdrop) Backdrop.DrawTissue(camera, (float)dw, (float)dh, q.TissueDetail);

    glEnable(GL_BLEND);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA); // premultiplied alpha everywhere; alpha 0 adds light
    // The flow's streaks move with the blood; the phase is wrapped in double precision.
    Backdrop.DrawVessel(camera, (float)dw, (float)dh, VesselFlowPhase(VisualSeconds), q.Simple);

    StationContext ctx;
    ctx.In = &In;
    ctx.VisualSeconds = VisualSeconds;
    ctx.SessionGlow = SessionGlow;
    ctx.Detail = q.CellDetail;
    ctx.Glow = q.Glow;
    Shapes.Clear();
    AddMuscleShapes(&Shapes, ctx);
    AddBarrierShapes(&Shapes, ctx);
    AddHippocampusContext(&Shapes);
    Blood.AddShapes(&Shapes);
    Cells.AddShapes(&Shapes, In, VisualSeconds, q.CellDetail, q.Glow);
    ShapeDraw.Draw(Shapes, camera, (float)dw, (float)dh, q.Shadows, q.Simple);

    float min_radius = 2.1f * LastPixelRatio; // zoomed out, particles stay visible dots
    ParticleDraw.Draw(Molecules, camera, (float)dw, (float)dh, min_radius, q.Points);
    glUseProgram(0);
    glDisable(GL_BLEND);
}

int SceneRenderer::StationAt(float x, float y) const {
    float wx, wy;
    View.ScreenToWorld(x, y, &wx, &wy);
    for (int s = 0; s < kStationCount; s++) {
        WorldRect r = GetStationPlace((Station)s).Area;
        if (wx >= r.MinX + 6.0f && wx < r.MaxX - 6.0f) return s;
    }
    return -1;
}

} // namespace ng
