#include "quality_governor.h"
#include <cstring>

namespace ng {

// Budgets from docs/toolchain.md §6: SwiftShader holds 60 fps below ~1k quads / ~5k points,
// llvmpipe ~15k quads, a real GPU 100k and more. Measured on SwiftShader at 1280x720: a
// full-screen pass costs ~30 ms and scaling a reduced-resolution buffer up ~18 ms, so the low
// levels drop full-screen work altogether rather than render at a lower resolution.
static const QualityLevel kLevels[kQualityLevelCount] = {
    // budget, simple, backdrop, points, glow, shadows, tissue detail, cell detail
    {800, true, false, true, false, false, false, 0},  {1500, true, false, true, true, false, false, 1},
    {3000, false, true, false, true, false, false, 1}, {8000, false, true, false, true, false, true, 2},
    {20000, false, true, false, true, true, true, 2},  {50000, false, true, false, true, true, true, 2},
    {120000, false, true, false, true, true, true, 2},
};

const QualityLevel& GetQualityLevel(int level) {
    if (level < 0) level = 0;
    if (level >= kQualityLevelCount) level = kQualityLevelCount - 1;
    return kLevels[level];
}

static bool Contains(const char* text, const char* word) {
    if (!text) return false;
    size_t n = std::strlen(word);
    for (const char* p = text; *p; p++) {
        size_t i = 0;
        while (i < n && p[i] && (p[i] | 0x20) == (word[i] | 0x20)) i++;
        if (i == n) return true;
    }
    return false;
}

bool QualityGovernor::IsSoftwareRenderer(const char* renderer) {
    return Contains(renderer, "swiftshader") || Contains(renderer, "llvmpipe") ||
           Contains(renderer, "softpipe") || Contains(renderer, "software") ||
           Contains(renderer, "basic render");
}

int QualityGovernor::StartLevel(const char* renderer) {
    if (Contains(renderer, "swiftshader")) return kSwiftShaderStartLevel;
    return IsSoftwareRenderer(renderer) ? kSoftwareStartLevel : kHardwareStartLevel;
}

static int FullScaleStep(int level) {
    return level * kRenderScaleCount + kRenderScaleCount - 1;
}

// The resolution drops only at levels with the full-screen tissue pass: below them the scene
// fills little of the screen, and copying a smaller picture up costs more than it saves
// (docs/benchmarks.md).
bool QualityGovernor::Allowed(int step) const {
    if (step < 0 || step >= kStepCount) return false;
    bool full_scale = step % kRenderScaleCount == kRenderScaleCount - 1;
    if (!full_scale && !GetQualityLevel(step / kRenderScaleCount).Backdrop) return false;
    if (FixedLevel >= 0 && step / kRenderScaleCount != FixedLevel) return false;
    if (FixedScale > 0.0f && !full_scale) return false;
    return true;
}

int QualityGovernor::Next(int step, int direction) const {
    for (int s = step + direction; s >= 0 && s < kStepCount; s += direction)
        if (Allowed(s)) return s;
    return -1;
}

void QualityGovernor::Start(const char* renderer) {
    Software = IsSoftwareRenderer(renderer);
    Change(FullScaleStep(FixedLevel >= 0 ? FixedLevel : StartLevel(renderer)));
}

void QualityGovernor::SetFixedLevel(int level) {
    FixedLevel = level < 0 ? -1 : (level >= kQualityLevelCount ? kQualityLevelCount - 1 : level);
    if (FixedLevel >= 0 && Level() != FixedLevel) Change(FullScaleStep(FixedLevel));
}

void QualityGovernor::SetFixedScale(float scale) {
    float fixed = scale > 0.0f ? (scale < 0.25f ? 0.25f : (scale > 1.0f ? 1.0f : scale)) : 0.0f;
    if (fixed == FixedScale) return;
    FixedScale = fixed;
    if (!Allowed(Step)) Change(FullScaleStep(Level()));
}

void QualityGovernor::Change(int step) {
    Step = step;
    WindowSeconds = 0.0;
    WindowFrames = 0;
    SinceChange = 0.0;
    FastWindows = 0;
    SkipFrames = 10;
}

bool QualityGovernor::Update(double frame_seconds) {
    if (!(frame_seconds > 0.0)) return false;
    if (frame_seconds > 0.5) frame_seconds = 0.5; // a stall (tab hidden, breakpoint) is not the renderer
    SinceChange += frame_seconds;
    for (double& cooldown : FailedCooldown)
        cooldown = cooldown > frame_seconds ? cooldown - frame_seconds : 0.0;
    if (SkipFrames > 0) {
        SkipFrames--;
        return false;
    }
    WindowSeconds += frame_seconds;
    WindowFrames++;
    if (WindowSeconds < 1.0 || WindowFrames < 10) return false;
    LastMean = WindowSeconds / WindowFrames;
    WindowSeconds = 0.0;
    WindowFrames = 0;

    int down = Next(Step, -1);
    if (LastMean > kTooSlow && down >= 0) {
        // Each failure doubles the wait before the step is tried again (1 minute to 32): a
        // kiosk that cannot hold a step stutters for a second now and then, not every minute.
        int failures = Failures[Step] < 5 ? Failures[Step]++ : 5;
        FailedCooldown[Step] = kRetrySeconds * (double)(1 << failures);
        Change(down);
        return true;
    }
    FastWindows = LastMean < kFastEnough ? FastWindows + 1 : 0;
    int up = Next(Step, +1);
    if (FastWindows >= 3 && up >= 0 && FailedCooldown[up] <= 0.0) {
        Change(up);
        return true;
    }
    return false;
}

} // namespace ng
