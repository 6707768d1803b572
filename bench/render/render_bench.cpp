// Render benchmark: frame time split into model step, scene input (the model read and replayed),
// particle and cell update, render submit (building shapes, GL calls) and GPU (glFinish), at
// about 1k, 10k and 100k live particles, natively on whatever OpenGL the machine has (offscreen
// Mesa llvmpipe here). Prints figures, asserts nothing.
//   ng_render_bench [frames per case, default 120]
#include "../../tests/render/scene_harness.h"
#include "render/particle_system.h"
#include <cstdio>
#include <cstdlib>

// Renders one case (during a session, 0.38 days in, timed to the GPU's finish); false on failure.
// *frame_ms: the whole frame.
static bool RenderCase(ng::SceneHarness& harness, ng::ShotOptions o, ng::ShotResult* shot, double* frame_ms) {
    o.AdvanceDays = 0.38;
    o.FinishFrames = true;
    std::string error;
    if (!harness.Render(o, shot, &error)) {
        std::fprintf(stderr, "ng_render_bench: %s\n", error.c_str());
        return false;
    }
    const ng::ShotTimings& t = shot->Timings;
    *frame_ms = t.ModelMs + t.InputMs + t.UpdateMs + t.SubmitMs + t.GpuMs;
    return true;
}

int main(int argc, char** argv) {
    int frames = argc > 1 ? std::atoi(argv[1]) : 120;
    if (frames < 10) frames = 10;
    ng::SceneHarness harness;
    std::string error;
    if (!harness.Start(1280, 720, &error)) {
        std::fprintf(stderr, "ng_render_bench: %s\n", error.c_str());
        return 1;
    }
    float resting = 0.0f;
    for (int s = 0; s < ng::kSpeciesCount; s++) resting += ng::GetSpeciesInfo(s).Particles.RestCount;
    std::printf("Scene frame at 1280x720, balanced programme during a session, 1 hour per second, %d frames "
                "per case\n",
                frames);
    std::printf("%10s %10s %8s %8s %8s %8s %8s %9s %7s\n", "target", "particles", "model", "input", "update",
                "submit", "gpu", "frame ms", "fps");
    const int targets[3] = {1000, 10000, 100000};
    for (int target : targets) {
        ng::ShotOptions o;
        o.Speed = "hour";
        o.Frames = frames;
        o.Quality = ng::kQualityLevelCount - 1;
        o.ParticleDensity = (float)target / resting;
        ng::ShotResult shot;
        double frame = 0.0;
        if (!RenderCase(harness, o, &shot, &frame)) return 1;
        const ng::ShotTimings& t = shot.Timings;
        std::printf("%10d %10d %8.3f %8.3f %8.2f %8.2f %8.2f %9.2f %7.1f\n", target, shot.Particles,
                    t.ModelMs, t.InputMs, t.UpdateMs, t.SubmitMs, t.GpuMs, frame,
                    frame > 0.0 ? 1000.0 / frame : 0.0);
    }
    // Each quality level at full and half resolution, the legible particle density (what the
    // governor chooses between; the render scale only where the level draws the tissue).
    std::printf("\nQuality levels at 1280x720, overview, legible density, %d frames each\n", frames);
    std::printf("%7s %6s %10s %8s %8s %9s %7s\n", "level", "scale", "particles", "submit", "gpu", "frame ms",
                "fps");
    for (int level = 0; level < ng::kQualityLevelCount; level++) {
        for (float scale : {1.0f, 0.5f}) {
            if (scale < 1.0f && !ng::GetQualityLevel(level).Backdrop) continue;
            ng::ShotOptions o;
            o.Frames = frames;
            o.Quality = level;
            o.RenderScale = scale;
            ng::ShotResult shot;
            double frame = 0.0;
            if (!RenderCase(harness, o, &shot, &frame)) return 1;
            const ng::ShotTimings& t = shot.Timings;
            std::printf("%7d %6.2f %10d %8.2f %8.2f %9.2f %7.1f\n", level, scale, shot.Particles, t.SubmitMs,
                        t.GpuMs, frame, frame > 0.0 ? 1000.0 / frame : 0.0);
        }
    }
    harness.Stop();
    return 0;
}
