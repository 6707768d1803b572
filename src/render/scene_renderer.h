// Draws the scene: the journey from contracting muscle to newborn neuron along one vessel.
// It only reads the model's state (through SceneInputReader); it never changes it.
//
// Public API for the UI and the tour:
//   ShowView(a view name: "overview" or a station, model/stations.h), FocusStation(i),
//   Overview() SetUiInsets(): the screen margins the panels cover (fitted views avoid them)
#pragma once
#include "camera.h"
#include "particle_renderer.h"
#include "quality_governor.h"
#include "render_target.h"
#include "scene_backdrop.h"
#include "scene_content.h"
#include "scene_panes.h"
#include "shader.h"
#include "shape_renderer.h"
#include <cstdint>
#include <string>
#include <vector>

namespace ng {

class Simulation;

struct SceneFrame {
    const Simulation* Sim = nullptr;
    const Simulation* SimB = nullptr;     // programme B in compare mode (same clock), or null
    double RenderTimeHours = 0.0;         // simulated time to draw (between the last two model steps)
    double WallSeconds = 0.0;             // wall time since start, for purely visual motion (wrap it)
    double RealDeltaSeconds = 0.0;        // wall time since the previous frame
    double SimSecondsPerRealSecond = 0.0; // the time speed; 0 while paused
    bool Paused = false;
    int ViewportWidth = 0, ViewportHeight = 0; // drawable pixels
    float PixelRatio = 1.0f;                   // drawable pixels per window point
    uint64_t Seed = 1;                         // particles and cells are deterministic for a seed
    int QualityLevel = -1;      // -1: the quality governor decides; else a fixed level (screenshots)
    float RenderScale = 0.0f;   // 0: the governor decides; else the scene's resolution, 0.5-1 of the screen
    bool ReducedMotion = false; // prefers-reduced-motion: camera moves cut instead of gliding
};

// Time spent in the scene's parts during the last Draw() (the benchmark prints them).
struct SceneTimings {
    double InputSeconds = 0.0;  // reading and replaying the model
    double UpdateSeconds = 0.0; // particles, cells, blood flow
    double SubmitSeconds = 0.0; // building shapes and issuing GL calls
    int TissueDraws = 0;        // tissue passes drawn (0: the cached tissue was copied)
};

class SceneRenderer {
public:
    bool Init();     // creates every GL object; false (and Error()) if a shader failed
    void Shutdown(); // deletes every GL object (also used before a WebGL context restore)
    void Draw(const SceneFrame& frame);
    const std::string& Error() const { return ErrorText; }

    // Views: kOverviewView or a station's index (model/stations.h: FindView, ViewId).
    void ShowView(int view, bool animate = true);
    bool ShowView(const char* name, bool animate = true); // false if the name is unknown
    void FocusStation(int station, bool animate = true) { ShowView(station, animate); }
    void Overview(bool animate = true) { ShowView(kOverviewView, animate); }
    int CurrentView() const { return View.View(); }
    bool ViewFitted() const { return View.IsFitted(); } // false once the person pans or zooms
    // Pan and zoom by the person (app input turns gestures into these), in drawable pixels.
    void Pan(float dx, float dy) { View.Pan(dx, dy); }
    void ZoomAt(float factor, float x, float y);
    // The station whose column holds the drawable pixel (x, y), or -1 (between or outside them).
    int StationAt(float x, float y) const;

    // Particles per unit of flux (1 = the legible default; benchmarks raise it to reach 100k).
    void SetParticleDensity(float density);

    // Screen margins covered by the UI, in window points (the overlay sets them from the layout).
    void SetUiInsets(float left, float top, float right, float bottom);
    // Compare mode: how B shares the screen, or which one scene shows (used while SimB is set).
    // `below`: the part of the bottom inset only the bottom row covers; `top`: room for each
    // pane's badge (window points; scene_panes.h).
    void SetSplit(SceneSplit split, bool show_b, float below, float top) {
        Split = split, ShowB = show_b, SplitBelowPoints = below, SplitTopPoints = top;
    }
    // The scenes drawn last frame: one, or A and B; the camera maps world to pane-local pixels.
    int PaneCount() const { return Panes; }
    const ScenePane& Pane(int i) const { return PaneList[i]; }
    int PaneAt(float x, float y) const; // the pane under a drawable pixel (0 if none)

    // What the overlay shows.
    const Camera& GetCamera() const { return View; }
    float PixelRatio() const { return LastPixelRatio; }
    // Programme A's scene (B's, when only B is shown); each pane has its own.
    const SceneContent& Main() const { return *PaneList[0].Content; }
    const SceneContent& Content(bool b) const { return b ? ContentB : ContentA; }
    const SceneInputs& Inputs() const { return Main().Inputs(); }
    const ParticleSystem& Particles() const { return Main().Particles(); }
    const NeuronField& Neurons() const { return Main().Neurons(); }
    const std::vector<SceneLabel>& Labels() const { return Main().Labels(); }
    double SpeedShown() const { return Main().SpeedShown(); } // sim seconds per real second of the quanta
    const QualityGovernor& Quality() const { return Governor; }
    float RenderScale() const { return LastRenderScale; } // of the screen's resolution, last frame
    const SceneTimings& Timings() const { return LastTimings; }
    bool Ready() const { return GlReady; }

private:
    void PlacePanes(const SceneFrame& frame, int w, int h);
    void Simulate(const SceneFrame& frame, double visual_dt);
    void Render(const SceneFrame& frame);
    void RenderPane(const ScenePane& pane, float scale, GLuint target, int target_h);
    void DrawTissue(const float camera[4], int x, int y, int w, int h, bool detail, GLuint target);

    // The tissue as last drawn into TissueCache: redrawn when the camera or the size changes.
    struct TissueKey {
        float Camera[4] = {};
        int W = 0, H = 0;
        bool Detail = false, Valid = false;
        bool operator==(const TissueKey& o) const;
    };

    // GL parts.
    RenderTarget SceneTarget; // the scene below full resolution, copied up to the screen
    RenderTarget TissueCache; // the tissue background of one pane
    TissueKey TissueDrawn;
    SceneBackdrop Backdrop;
    ShapeList Shapes;
    ShapeRenderer ShapeDraw;
    ParticleRenderer ParticleDraw;
    bool GlReady = false;
    std::string ErrorText;
    std::string RendererName;

    // CPU parts (they survive a GL context loss).
    SceneContent ContentA, ContentB;
    ScenePane PaneList[2] = {{0.0f, 0.0f, 0.0f, 0.0f, false, &ContentA},
                             {0.0f, 0.0f, 0.0f, 0.0f, true, &ContentB}};
    int Panes = 1;
    SceneSplit Split = SceneSplit::None;
    bool ShowB = false;
    float SplitBelowPoints = 0.0f, SplitTopPoints = 0.0f;
    QualityGovernor Governor;
    Camera View;
    float LastPixelRatio = 1.0f;
    float LastRenderScale = 1.0f;
    ScreenInsets InsetsPoints; // as set, in window points
    SceneTimings LastTimings;
};

} // namespace ng
