#include "scene_renderer.h"
#include "model/simulation.h"
#include "time_wrap.h"
#include <algorithm>
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
    if (RendererName.empty()) { // first: the starting level picks the shape programs to build
        RendererName = ReadRendererName();
        Governor.Start(RendererName.c_str());
    }
    if (!Backdrop.Init(&ErrorText) || !ShapeDraw.Init(&ErrorText, Governor.Settings().Simple) ||
        !ParticleDraw.Init(&ErrorText)) {
        Shutdown();
        return false;
    }
    GlReady = true;
    return true;
}

void SceneRenderer::Shutdown() {
    SceneTarget.Shutdown();
    TissueCache.Shutdown();
    TissueDrawn.Valid = false;
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

void SceneRenderer::SetParticleDensity(float density) {
    ContentA.SetParticleDensity(density);
    ContentB.SetParticleDensity(density);
}

void SceneRenderer::PlacePanes(const SceneFrame& frame, int w, int h) {
    float r = LastPixelRatio;
    ScenePaneRequest request;
    request.Split = frame.SimB ? Split : SceneSplit::None;
    request.Width = (float)w, request.Height = (float)h;
    request.Insets.Left = InsetsPoints.Left * r, request.Insets.Top = InsetsPoints.Top * r;
    request.Insets.Right = InsetsPoints.Right * r, request.Insets.Bottom = InsetsPoints.Bottom * r;
    request.Below = SplitBelowPoints * r, request.Top = frame.SimB ? SplitTopPoints * r : 0.0f;
    request.Gap = std::floor(2.0f * r);
    ScenePaneLayout layout = LayoutScenePanes(request);
    Panes = layout.Count;
    bool only_b = Panes == 1 && frame.SimB && ShowB;
    PaneList[0] = layout.Panes[0], PaneList[1] = layout.Panes[1];
    PaneList[0].IsB = only_b;
    PaneList[0].Content = only_b ? &ContentB : &ContentA;
    PaneList[1].Content = &ContentB;
    // Portrait as the layout decides (ui/screen_layout.h): taller than wide.
    View.SetPortrait(layout.CameraHeight > layout.CameraWidth);
    View.SetViewport(layout.CameraWidth, layout.CameraHeight, layout.CameraInsets);
}

int SceneRenderer::PaneAt(float x, float y) const {
    for (int i = 0; i < Panes; i++) {
        const ScenePane& p = PaneList[i];
        if (x >= p.X && x < p.X + p.W && y >= p.Y && y < p.Y + p.H) return i;
    }
    return 0;
}

void SceneRenderer::ZoomAt(float factor, float x, float y) {
    const ScenePane& p = PaneList[PaneAt(x, y)];
    View.ZoomAt(factor, x - p.X, y - p.Y);
}

void SceneRenderer::Draw(const SceneFrame& frame) {
    int w = frame.ViewportWidth > 0 ? frame.ViewportWidth : 1;
    int h = frame.ViewportHeight > 0 ? frame.ViewportHeight : 1;
    LastPixelRatio = frame.PixelRatio > 0.0f ? frame.PixelRatio : 1.0f;
    View.SetReducedMotion(frame.ReducedMotion);
    PlacePanes(frame, w, h);
    View.Update(frame.RealDeltaSeconds);

    // Fixed for screenshots and measurements; what is not fixed, the governor moves.
    Governor.SetFixedLevel(frame.QualityLevel);
    Governor.SetFixedScale(frame.RenderScale);
    Governor.Update(frame.RealDeltaSeconds);
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
    LastTimings.TissueDraws = 0;
    Render(frame);
    LastTimings.SubmitSeconds = Now() - t0;
}

// A and B step together; with B on, each gets half the particle budget so the frame holds.
void SceneRenderer::Simulate(const SceneFrame& frame, double visual_dt) {
    double t0 = Now();
    const QualityLevel& q = Governor.Settings();
    SceneStep step;
    step.RenderTimeHours = frame.RenderTimeHours;
    step.Seed = frame.Seed;
    step.SimSecondsPerRealSecond = frame.Paused ? 0.0 : frame.SimSecondsPerRealSecond;
    step.VisualSeconds = visual_dt;
    step.ParticleBudget = frame.SimB ? q.ParticleBudget / 2 : q.ParticleBudget;
    step.CellDetail = q.CellDetail;
    step.Sim = frame.Sim;
    ContentA.Step(step);
    if (frame.SimB) {
        step.Sim = frame.SimB;
        ContentB.Step(step);
    }
    LastTimings.InputSeconds = ContentA.LastReadSeconds() + (frame.SimB ? ContentB.LastReadSeconds() : 0.0);
    LastTimings.UpdateSeconds = Now() - t0 - LastTimings.InputSeconds;
}

bool SceneRenderer::TissueKey::operator==(const TissueKey& o) const {
    return Valid && o.Valid && W == o.W && H == o.H && Detail == o.Detail && Camera[0] == o.Camera[0] &&
           Camera[1] == o.Camera[1] && Camera[2] == o.Camera[2] && Camera[3] == o.Camera[3];
}

// The scene goes straight to the screen at full resolution, or into SceneTarget at the render
// scale and is then copied up with linear filtering (the UI is drawn after, always sharp).
void SceneRenderer::Render(const SceneFrame& frame) {
    int dw = frame.ViewportWidth > 0 ? frame.ViewportWidth : 1;
    int dh = frame.ViewportHeight > 0 ? frame.ViewportHeight : 1;
    float scale = Governor.RenderScale();
    int sw = (int)std::lround(dw * scale), sh = (int)std::lround(dh * scale);
    GLuint target = 0;
    if (scale < 0.999f && sw > 0 && sh > 0 && SceneTarget.Resize(sw, sh))
        target = SceneTarget.Framebuffer();
    else
        scale = 1.0f, sw = dw, sh = dh;
    LastRenderScale = scale;

    glBindFramebuffer(GL_FRAMEBUFFER, target);
    glViewport(0, 0, sw, sh);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glClearColor(0.11f, 0.085f, 0.13f, 1.0f); // what the tissue pass draws on average
    glClear(GL_COLOR_BUFFER_BIT);
    for (int i = 0; i < Panes; i++) RenderPane(PaneList[i], scale, target, sh);
    if (Panes == 2) { // a light line between A and B
        const ScenePane &a = PaneList[0], &b = PaneList[1];
        bool side = b.Y == a.Y;
        float x = side ? a.X + a.W : b.X, y = side ? b.Y : a.Y + a.H;
        float lw = side ? b.X - x : b.W, lh = side ? b.H : b.Y - y;
        int gx = (int)std::floor(x * scale), gw = std::max(1, (int)std::lround(lw * scale));
        int gh = std::max(1, (int)std::lround(lh * scale));
        int gy = sh - (int)std::floor(y * scale) - gh;
        glEnable(GL_SCISSOR_TEST);
        glScissor(gx, gy, gw, gh);
        glClearColor(0.55f, 0.52f, 0.62f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
    }
    glUseProgram(0);
    glDisable(GL_BLEND);
    glDisable(GL_SCISSOR_TEST);
    if (target) CopyPixels(target, 0, 0, sw, sh, 0, 0, 0, dw, dh);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, dw, dh);
}

void SceneRenderer::RenderPane(const ScenePane& pane, float scale, GLuint target, int target_h) {
    const QualityLevel& q = Governor.Settings();
    const SceneContent& content = *pane.Content;
    int x = (int)std::lround(pane.X * scale), y = (int)std::lround(pane.Y * scale);
    int w = std::max(1, (int)std::lround(pane.W * scale)), h = std::max(1, (int)std::lround(pane.H * scale));
    int gl_y = target_h - (y + h); // GL counts rows from the bottom
    glViewport(x, gl_y, w, h);
    if (Panes > 1) {
        glEnable(GL_SCISSOR_TEST);
        glScissor(x, gl_y, w, h);
    }
    float pw = (float)w, ph = (float)h;
    float camera[4] = {View.CenterX(), View.CenterY(), View.Scale() * scale, View.Portrait() ? 1.0f : 0.0f};
    if (q.Backdrop) DrawTissue(camera, x, gl_y, w, h, q.TissueDetail, target);

    glEnable(GL_BLEND);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA); // premultiplied alpha everywhere; alpha 0 adds light
    // The flow's streaks move with the blood; the phase is wrapped in double precision.
    Backdrop.DrawVessel(camera, pw, ph, VesselFlowPhase(content.VisualSeconds()), q.Simple);

    Shapes.Clear();
    content.AddShapes(&Shapes, q.CellDetail, q.Glow);
    ShapeDraw.Draw(Shapes, camera, pw, ph, q.Shadows, q.Simple);

    float min_radius = 2.1f * LastPixelRatio * scale; // zoomed out, particles stay visible dots
    ParticleDraw.Draw(content.Particles(), camera, pw, ph, min_radius, q.Points);
}

// The tissue does not move with time: drawn once into TissueCache per camera and size, then
// copied (a copy costs far less than the full-screen pass on a software renderer). Both panes
// of a split share it, as they share the camera.
void SceneRenderer::DrawTissue(const float camera[4], int x, int y, int w, int h, bool detail,
                               GLuint target) {
    TissueKey key;
    for (int i = 0; i < 4; i++) key.Camera[i] = camera[i];
    key.W = w, key.H = h, key.Detail = detail, key.Valid = true;
    if (!(key == TissueDrawn)) {
        LastTimings.TissueDraws++;
        if (!TissueCache.Resize(w, h)) { // no off-screen target: draw it in place
            TissueDrawn.Valid = false;
            glDisable(GL_BLEND);
            Backdrop.DrawTissue(camera, (float)w, (float)h, detail);
            return;
        }
        glBindFramebuffer(GL_FRAMEBUFFER, TissueCache.Framebuffer());
        glViewport(0, 0, w, h);
        glDisable(GL_SCISSOR_TEST); // on while two panes are drawn (RenderPane)
        glDisable(GL_BLEND);
        Backdrop.DrawTissue(camera, (float)w, (float)h, detail);
        if (Panes > 1) glEnable(GL_SCISSOR_TEST);
        TissueDrawn = key;
    }
    CopyPixels(TissueCache.Framebuffer(), 0, 0, w, h, target, x, y, w, h);
    glBindFramebuffer(GL_FRAMEBUFFER, target);
    glViewport(x, y, w, h);
}

int SceneRenderer::StationAt(float x, float y) const {
    const ScenePane& p = PaneList[PaneAt(x, y)];
    float wx, wy;
    View.ScreenToWorld(x - p.X, y - p.Y, &wx, &wy);
    for (int s = 0; s < kStationCount; s++) {
        WorldRect r = GetStationPlace((Station)s).Area;
        if (wx >= r.MinX + 6.0f && wx < r.MaxX - 6.0f) return s;
    }
    return -1;
}

} // namespace ng
