// Adaptive quality (docs/design.md §7): starts low on software renderers (SwiftShader, llvmpipe),
// watches the frame time and moves one step at a time to hold at least 30 fps, 60 where the
// machine allows. A step is a detail level at a render scale: going down, the scene's
// resolution drops (1 -> 0.7 -> 0.5 of the screen's, text stays sharp; only at levels that draw
// the full-screen tissue) before a level removes detail; going up, the resolution returns first. A level
// scales the particle budget and the cost of effects; the particles' "1 particle = ..." legend follows the
// budget, so the picture stays honest. Pure C++.
#pragma once

namespace ng {

struct QualityLevel {
    int ParticleBudget; // live particles at most
    bool Simple;        // cheap shading (no lighting derivatives, flat vessel)
    bool Backdrop;      // the full-screen tissue pass (else a plain clear)
    bool Points;        // GL_POINTS instead of instanced quads
    bool Glow;          // additive glow sprites
    bool Shadows;       // soft drop shadows under cells
    bool TissueDetail;  // textured background
    int CellDetail;     // 0..2: dendrite segments, red cells, granule cells
};

constexpr int kQualityLevelCount = 7;
const QualityLevel& GetQualityLevel(int level);
// The scene's resolution at each step of a level, lowest first.
constexpr int kRenderScaleCount = 3;
constexpr float kRenderScales[kRenderScaleCount] = {0.5f, 0.7f, 1.0f};

class QualityGovernor {
public:
    // Picks the starting level from the GL_RENDERER / unmasked WebGL renderer string.
    void Start(const char* renderer);
    // One frame's wall time (seconds, the whole frame including the UI). Returns true when the
    // step changed.
    bool Update(double frame_seconds);
    void SetFixedLevel(int level); // -1: automatic; else this level, whatever the frame time
    // 0: automatic; else this render scale (0.25-1), and the steps move the level only.
    void SetFixedScale(float scale);

    int Level() const { return Step / kRenderScaleCount; }
    float RenderScale() const {
        return FixedScale > 0.0f ? FixedScale : kRenderScales[Step % kRenderScaleCount];
    }
    const QualityLevel& Settings() const { return GetQualityLevel(Level()); }
    bool SoftwareRenderer() const { return Software; }

    static bool IsSoftwareRenderer(const char* renderer);
    static int StartLevel(const char* renderer);
    // SwiftShader (browsers without a GPU) is far slower than llvmpipe (native Mesa): docs/toolchain.md §6.
    static constexpr int kSwiftShaderStartLevel = 1;
    static constexpr int kSoftwareStartLevel = 3;
    static constexpr int kHardwareStartLevel = 4;
    static constexpr double kTooSlow = 1.0 / 28.0;    // a window slower than this steps down
    static constexpr double kFastEnough = 1.0 / 50.0; // windows this fast may step up
    static constexpr double kRetrySeconds = 60.0;     // first wait before a failed level is retried

private:
    static constexpr int kStepCount = kQualityLevelCount * kRenderScaleCount;
    void Change(int step);
    bool Allowed(int step) const;            // within the fixed level and scale, if any
    int Next(int step, int direction) const; // the nearest allowed step that way, or -1

    int Step = kHardwareStartLevel * kRenderScaleCount + kRenderScaleCount - 1;
    int FixedLevel = -1;
    float FixedScale = 0.0f;
    bool Software = false;
    // Frame-time window.
    double WindowSeconds = 0.0;
    int WindowFrames = 0;
    double LastMean = 0.0;
    double SinceChange = 0.0;
    int FastWindows = 0;
    double FailedCooldown[kStepCount] = {}; // seconds before a step that was too slow is retried
    int Failures[kStepCount] = {};          // times each step was too slow
    int SkipFrames = 0;                     // frames ignored after a change (buffers resize, caches warm up)
};

} // namespace ng
