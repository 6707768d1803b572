// Station 3, blood-brain barrier: the capillary's endothelial cells sealed by tight junctions,
// the basement membrane, pericytes and astrocyte end-feet; junctions loosen with inflammation;
// a capillary sprout grows with sustained VEGF (which acts here, at the wall, and does not cross).
#include "scene_math.h"
#include "shape_list.h"
#include "stations.h"
#include "world_layout.h"
#include <cmath>

namespace ng {

constexpr float kCellLength = 15.0f; // junction spacing (particle_system.cpp uses the same)

void AddBarrierShapes(ShapeList* batch, const StationContext& ctx) {
    const SceneInputs& in = *ctx.In;
    float leak = Clampf(in.BarrierLeak, 0.0f, 1.0f);
    float sprout = Clampf(in.Angiogenesis, 0.0f, 1.0f);
    const Rgba endothelium = {0.93f, 0.72f, 0.70f, 1.0f};
    const Rgba astrocyte = {0.58f, 0.52f, 0.80f, 1.0f};
    const Rgba pericyte = {0.86f, 0.56f, 0.50f, 1.0f};

    float vessel_y = VesselCenterY(250.0f), vessel_r = VesselRadius(250.0f);
    float top = vessel_y + vessel_r;    // luminal surface of the upper wall
    float bottom = vessel_y - vessel_r; // and of the lower wall

    // Astrocytes above: bodies with processes reaching down to their end-feet.
    const float bodies[2][2] = {{228.0f, 6.0f}, {276.0f, 2.0f}};
    for (int a = 0; a < 2; a++) {
        float bx = bodies[a][0], by = bodies[a][1];
        for (int p = 0; p < 4; p++) {
            float fx = bx - 16.0f + 11.0f * p;
            batch->Segment(bx, by, fx, top + 6.5f, 0.9f, 0.5f, {0.52f, 0.47f, 0.74f, 1.0f});
        }
        for (int p = 0; p < (ctx.Detail > 0 ? 4 : 0); p++) {
            float angle = 0.6f + 0.65f * p;
            batch->Segment(bx, by, bx + std::cos(angle) * 10.0f, by + std::sin(angle) * 10.0f, 0.8f, 0.3f,
                           {0.52f, 0.47f, 0.74f, 1.0f});
        }
        ShapeInstance& s = batch->Add(ShapeKind::Blob, bx, by, 4.2f, 3.6f, astrocyte);
        s.P0 = 0.12f, s.P1 = 1.3f + a;
    }

    // Endothelial cells of both walls, a nucleus each; junction gaps open with inflammation.
    float gap = 0.15f + 1.6f * leak;
    for (float x = kBarrierStartX; x < kBarrierEndX - 1.0f; x += kCellLength) {
        float cx = x + kCellLength * 0.5f;
        for (int wall = 0; wall < 2; wall++) {
            float y = wall == 0 ? top + 1.7f : bottom - 1.7f;
            ShapeInstance& s =
                batch->Add(ShapeKind::RoundBox, cx, y, kCellLength * 0.5f - gap * 0.5f, 1.7f, endothelium);
            s.P0 = 1.4f;
            batch->Ellipse(cx + 1.5f, y, 2.8f, 0.9f, {0.62f, 0.42f, 0.58f, 0.9f});
        }
    }
    // Tight junctions between them: bright seals that break up as the barrier loosens.
    for (float x = kBarrierStartX; x <= kBarrierEndX + 0.5f; x += kCellLength) {
        for (int wall = 0; wall < 2; wall++) {
            float y = wall == 0 ? top + 1.7f : bottom - 1.7f;
            Rgba seal = {0.98f, 0.97f, 0.86f, 1.0f - 0.75f * leak};
            if (leak < 0.35f) {
                ShapeInstance& s = batch->Add(ShapeKind::RoundBox, x, y, 0.45f, 1.5f, seal);
                s.P0 = 0.4f, s.Emission = 0.35f * (1.0f - leak);
            } else { // broken: two stubs with a gap between, plasma seeping through
                for (int side = -1; side <= 1; side += 2) {
                    ShapeInstance& s = batch->Add(ShapeKind::RoundBox, x, y + side * 1.2f, 0.4f, 0.45f, seal);
                    s.P0 = 0.3f;
                }
                if (ctx.Glow)
                    batch->Glow(x, y + (wall == 0 ? 2.0f : -2.0f), 3.2f, {0.95f, 0.35f, 0.2f, 0.55f * leak});
            }
        }
    }
    // Basement membrane and end-feet over the upper wall; pericytes between them.
    float membrane = top + 3.8f;
    batch->Segment(kBarrierStartX - 2.0f, membrane, kBarrierEndX + 2.0f, membrane, 0.35f, 0.35f,
                   {0.7f, 0.62f, 0.72f, 0.9f});
    for (float x = kBarrierStartX; x < kBarrierEndX - 1.0f; x += 12.0f) {
        float cx = x + 6.0f;
        if (sprout > 0.05f && std::fabs(cx - kSproutX) < 6.0f) continue; // the sprout pushes through here
        ShapeInstance& s = batch->Add(ShapeKind::RoundBox, cx, membrane + 2.5f, 5.6f, 1.5f, astrocyte);
        s.P0 = 1.4f;
    }
    const float pericytes[3] = {221.0f, 253.0f, 284.0f};
    for (float px : pericytes) {
        ShapeInstance& s = batch->Add(ShapeKind::Blob, px, membrane + 0.9f, 6.5f, 1.7f, pericyte);
        s.P0 = 0.1f, s.P1 = px;
        batch->Ellipse(px, membrane + 1.0f, 1.7f, 0.9f, {0.5f, 0.34f, 0.48f, 0.9f});
    }

    // Capillary sprout: stalk cells and a tip cell with filopodia, length from sustained VEGF.
    if (sprout > 0.02f) {
        float length = 34.0f * sprout;
        int segments = 5;
        float px = kSproutX, py = top + 1.0f;
        for (int i = 1; i <= segments; i++) {
            float t = (float)i / segments;
            float nx = kSproutX + std::sin(t * 2.2f) * 4.0f * sprout;
            float ny = top + 1.0f + length * t;
            batch->Segment(px, py, nx, ny, 2.2f * (1.0f - 0.45f * t), 2.0f * (1.0f - 0.5f * t), endothelium);
            px = nx, py = ny;
        }
        ShapeInstance& tip = batch->Add(ShapeKind::Blob, px, py + 1.0f, 2.0f, 2.6f, endothelium);
        tip.P0 = 0.2f, tip.P1 = 4.0f;
        for (int f = 0; f < 5; f++) {
            float angle = 0.6f + 0.48f * f + (float)std::sin(ctx.VisualSeconds * 0.8 + f) * 0.15f;
            batch->Segment(px, py + 1.5f, px + std::cos(angle) * 5.0f, py + 1.5f + std::sin(angle) * 5.0f,
                           0.22f, 0.12f, endothelium);
        }
        if (ctx.Glow) batch->Glow(px, py + 1.0f, 6.0f, {0.9f, 0.62f, 0.1f, 0.25f + 0.35f * sprout});
    }
}

} // namespace ng
