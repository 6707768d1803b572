// Draws the scene: the journey from contracting muscle to newborn neuron along one vessel.
// It only reads the model's state (through SceneInputReader); it never changes it.
//
// Public API for the UI and the tour:
//   ShowView(a view name: "overview" or a station, model/stations.h), FocusStation(i),
//   Overview() SetUiInsets(): the screen margins the panels cover (fitted views avoid them)
#pragma once
#include "camera.h"
#include "neuron_field.h"
#include "particle_renderer.h"
#include "particle_system.h"
#include "quality_governor.h"
#include "scene_backdrop.h"
#include "scene_inputs.h"
#include "scene_labels.h"
#include "shader.h"
#include "shape_renderer.h"
#include "stations.h"
#include <cstdint>
#include <string>
#include <vector>

namespace ng {

class Simulation;

struct SceneFrame {
    const Simulation* Sim = nullptr;
    double RenderTimeHours = 0.0;         // simulated time to draw (between the last two model steps)
    double WallSeconds = 0.0;             // wall time since start, for purely visual motion (wrap it)
    double RealDeltaSeconds = 0.0;        // wall time since the previous frame
    double SimSecondsPerRealSecond = 0.0; // the time speed; 0 while paused
    bool Paused = false;
    int ViewportWidth = 0, ViewportHeight = 0; // drawable pixels
    float PixelRatio = 1.0f;                   // drawable pixels per window point
    uint64_t Seed = 1;                         // particles and cells are deterministic for a seed
    int QualityLevel = -1;      // -1: the quality governor decides; else a fixed level (screenshots)
    bool ReducedMotion = false; // prefers-reduced-motion: camera moves cut instead of gliding
};

// Time spent in the scene's parts during the last Draw() (the benchmark prints them).
struct SceneTimings {
    double InputSeconds = 0.0;  // reading and replaying the model
    double UpdateSeconds = 0.0; // particles, cells, blood flow
    double SubmitSeconds = 0.0; // building shapes and issuing GL calls
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
    void ZoomAt(float factor, float x, float y) { View.ZoomAt(factor, x, y); }
    // The station whose column holds the drawable pixel (x, y), or -1 (between or outside them).
    int StationAt(float x, float y) const;

    // Particles per unit of flux (1 = the legible default; benchmarks raise it to reach 100k).
    void SetParticleDensity(float density) { Molecules.SetDensity(density); }

    // Screen margins covered by the UI, in window points (the overlay sets them from the layout).
    void SetUiInsets(float left, float top, float right, float bottom);

    // What the overlay shows.
    const Camera& GetCamera() const { return View; }
    float PixelRatio() const { return LastPixelRatio; }
    const SceneInputs& Inputs() const { return In; }
    const ParticleSystem& Particles() const { return Molecules; }
    const NeuronField& Neurons() const { return Cells; }
    const QualityGovernor& Quality() const { return Governor; }
    const std::vector<SceneLabel>& Labels() const { return LabelList; }
    double SpeedShown() const { return LastSpeed; } // sim seconds per real second of the quanta
    const SceneTimings& Timings() const { return LastTimings; }
    bool Ready() const { return GlReady; }

private:
    void Simulate(const SceneFrame& frame, double visual_dt);
    void Render(const SceneFrame& frame);
    void ResetContent(uint64_t seed);

    // GL parts.
    SceneBackdrop Backdrop;
    ShapeList Shapes;
    ShapeRenderer ShapeDraw;
    ParticleRenderer ParticleDraw;
    bool GlReady = false;
    std::string ErrorText;
    std::string RendererName;

    // CPU parts (they survive a GL context loss).
    SceneInputReader Reader;
    SceneInputs In;
    ParticleSystem Molecules;
    NeuronField Cells;
    BloodFlow Blood;
    QualityGovernor Governor;
    Camera View;
    std::vector<SceneLabel> LabelList;
    uint64_t ContentSeed = 0;
    bool ContentReady = false;
    const Simulation* ContentSim = nullptr; // a new model or a reset (time going back) starts afresh
    double ContentHours = 0.0;
    int BloodDetail = -1;
    double VisualSeconds = 0.0; // animation clock (stops while paused)
    double LastSpeed = 0.0;
    float SessionGlow = 0.0f;
    float LastPixelRatio = 1.0f;
    ScreenInsets InsetsPoints; // as set, in window points
    SceneTimings LastTimings;
};

} // namespace ng
