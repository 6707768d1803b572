#include "scene_content.h"
#include "shape_list.h"
#include <chrono>
#include <cmath>

namespace ng {

void SceneContent::Reset(uint64_t seed) {
    Molecules.Reset(seed);
    Cells.Reset(seed);
    Reader.Forget();
    BloodDetail = -1;
    Visual = 0.0;
    SessionGlow = 0.0f;
    Seed = seed;
    Ready = true;
}

static double Now() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

void SceneContent::Step(const SceneStep& step) {
    double t0 = Now();
    bool restarted = step.Sim != Sim || step.RenderTimeHours < Hours;
    if (!Ready || step.Seed != Seed || restarted) Reset(step.Seed);
    Sim = step.Sim;
    Hours = step.RenderTimeHours;
    if (step.Sim) {
        In = Reader.Read(*step.Sim, step.RenderTimeHours);
    } else {
        In = SceneInputs();
        Reader.Forget();
    }
    ReadSeconds = Now() - t0;
    if (Molecules.Budget() != step.ParticleBudget) Molecules.SetBudget(step.ParticleBudget);
    if (BloodDetail != step.CellDetail) {
        Blood.Reset(Seed, step.CellDetail);
        BloodDetail = step.CellDetail;
    }
    if (step.SimSecondsPerRealSecond > 0.0) LastSpeed = step.SimSecondsPerRealSecond;
    Molecules.Update(In, step.SimSecondsPerRealSecond, step.VisualSeconds);
    Cells.Update(In, step.VisualSeconds, Molecules.Arrivals());
    Blood.Update(step.VisualSeconds);
    // Session activity glows on for at least half a second, so a session that passes within a
    // frame at the fastest speeds still flashes.
    float fade = (float)(step.VisualSeconds / 0.6);
    SessionGlow = std::fmax(In.SessionActivity, SessionGlow - fade);
    Visual += step.VisualSeconds;
    BuildSceneLabels(In, &LabelList);
}

void SceneContent::AddShapes(ShapeList* shapes, int cell_detail, bool glow) const {
    StationContext ctx;
    ctx.In = &In;
    ctx.VisualSeconds = Visual;
    ctx.SessionGlow = SessionGlow;
    ctx.Detail = cell_detail;
    ctx.Glow = glow;
    AddMuscleShapes(shapes, ctx);
    AddBarrierShapes(shapes, ctx);
    AddHippocampusContext(shapes);
    Blood.AddShapes(shapes);
    Cells.AddShapes(shapes, In, Visual, cell_detail, glow);
}

} // namespace ng
