// Station 1, muscle: a tendon on the left, fibres with sarcomeres that shorten with each
// repetition (actin and myosin overlap more; the A band keeps its length), motor units
// recruited by force, hypertrophy with weeks of training, micro-damage and immune cells when
// the load or the form is poor.
#include "scene_math.h"
#include "shape_list.h"
#include "stations.h"
#include "world_layout.h"
#include <cmath>

namespace ng {

constexpr float kSarcomereRest = 3.0f; // world units per sarcomere, relaxed
constexpr float kABand = 1.75f;        // myosin filaments: constant length
constexpr float kGrowthDrawn = 3.0f;   // fibre growth is drawn x3 (labelled) so weeks show

FibrePose GetFibrePose(int fibre, const SceneInputs& in) {
    // Size principle: small motor units first; the heavier the load, the more fibres join in.
    float threshold = 0.1f + 0.8f * (float)((fibre * 5) % kFibreCount) / kFibreCount;
    float recruited = in.InSession ? Clampf((in.Force - threshold) * 6.0f + 1.0f, 0.12f, 1.0f) : 0.0f;
    float c = Clampf(in.Contraction, 0.0f, 1.0f) * recruited;
    FibrePose pose;
    pose.Contraction = c;
    pose.SarcomereLength = kSarcomereRest * (1.0f - 0.16f * c);
    float length = kFibreLength * (1.0f - 0.16f * c);
    pose.HalfLength = length * 0.5f;
    pose.CenterX = kFibreLeftX + pose.HalfLength;
    pose.CenterY = FibreCenterY(fibre);
    float growth = 1.0f + kGrowthDrawn * Clampf(in.MuscleSize - 1.0f, -0.2f, 0.3f);
    pose.Radius = kFibreRadius * growth * (1.0f + 0.08f * c); // shortening fibres bulge
    return pose;
}

static float Hash01(int a, int b) {
    unsigned x = (unsigned)(a * 73856093) ^ (unsigned)(b * 19349663);
    x ^= x >> 13;
    x *= 0x5bd1e995u;
    x ^= x >> 15;
    return (float)(x & 0xFFFF) / 65535.0f;
}

void AddMuscleShapes(ShapeList* batch, const StationContext& ctx) {
    const SceneInputs& in = *ctx.In;
    // Tendon: glossy, pale, fibrous.
    ShapeInstance& tendon =
        batch->Add(ShapeKind::RoundBox, -3.0f, 18.0f, 5.0f, 45.0f, {0.80f, 0.74f, 0.70f, 1.0f});
    tendon.P0 = 4.0f;
    for (int i = 0; i < 3; i++)
        batch->Segment(-5.5f + i * 2.5f, -24.0f, -5.0f + i * 2.4f, 60.0f, 0.3f, 0.3f,
                       {0.92f, 0.88f, 0.84f, 0.45f});

    // Damage: sites on the most loaded fibres; inflammation brings immune cells.
    float damage = Clampf(in.Damage, 0.0f, 1.0f);
    int damaged = (int)std::floor(damage * 5.0f + 0.3f);
    float inflammation = Clampf(in.Inflammation, 0.0f, 1.5f);

    for (int f = 0; f < kFibreCount; f++) {
        FibrePose pose = GetFibrePose(f, in);
        float tint = 0.92f + 0.1f * Hash01(f, 1);
        Rgba color = {0.74f * tint, 0.20f * tint, 0.22f * tint, 1.0f};
        ShapeInstance& s =
            batch->Add(ShapeKind::Fibre, pose.CenterX, pose.CenterY, pose.HalfLength, pose.Radius, color);
        s.P0 = pose.SarcomereLength;
        s.P1 = kABand;
        bool hurt = f < damaged;
        s.P2 = hurt ? 0.45f + 0.55f * damage : 0.0f;
        s.P3 = (Hash01(f, 2) - 0.5f) * pose.HalfLength * 1.2f; // damage site, fibre-local x
        s.Emission = 0.12f * pose.Contraction * ctx.SessionGlow;
        s.Margin = 1.2f;
        // Nuclei sit under the membrane, carried along as the fibre shortens.
        for (int n = 0; n < (ctx.Detail > 0 ? 4 : 0); n++) {
            float along = 0.15f + 0.22f * n + 0.05f * Hash01(f, n + 10);
            float x = kFibreLeftX + along * pose.HalfLength * 2.0f;
            float side = (n % 2 == 0) ? 1.0f : -1.0f;
            batch->Ellipse(x, pose.CenterY + side * pose.Radius * 0.72f, 1.5f, 0.5f,
                           {0.36f, 0.2f, 0.42f, 0.9f});
        }
        if (hurt && ctx.Glow && inflammation > 0.05f)
            batch->Glow(pose.CenterX + s.P3, pose.CenterY, 9.0f, {0.95f, 0.35f, 0.15f, 0.5f * inflammation});
    }

    // Immune cells (macrophages) gather in the gaps next to damaged fibres.
    int macrophages = (int)std::floor(inflammation * 6.0f + 0.5f);
    for (int m = 0; m < macrophages; m++) {
        int f = damaged > 0 ? m % damaged : m % kFibreCount;
        FibrePose pose = GetFibrePose(f, in);
        float x =
            pose.CenterX + (Hash01(f, 2) - 0.5f) * pose.HalfLength * 1.2f + (Hash01(m, 5) - 0.5f) * 10.0f;
        float y = pose.CenterY + pose.Radius + 1.6f + (m % 2 == 0 ? 0.0f : -2.0f * pose.Radius - 3.2f);
        float wobble = (float)std::sin(ctx.VisualSeconds * 0.75 + m) * 0.6f; // crawling
        ShapeInstance& s =
            batch->Add(ShapeKind::Blob, x + wobble, y, 2.6f, 1.7f, {0.93f, 0.78f, 0.55f, 1.0f});
        s.P0 = 0.18f, s.P1 = (float)m * 1.7f;
        batch->Ellipse(x + wobble + 0.4f, y, 0.9f, 0.7f, {0.55f, 0.35f, 0.5f, 0.9f});
    }
}

} // namespace ng
