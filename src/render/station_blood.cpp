// Station 2, blood: red cells tumbling along with the plasma flow, with a few white cells and
// platelets, spread over the whole vessel (muscle capillary to the hippocampus).
#include "particle_system.h"
#include "shape_list.h"
#include "stations.h"
#include "world_layout.h"
#include <cmath>

namespace ng {

void BloodFlow::Reset(uint64_t seed, int detail) {
    Rng.Seed(seed, 0xA24BAED4963EE407ull, 0x9FB21C651E98DF25ull);
    X.clear(), U.clear(), Tumble.clear(), Spin.clear(), Kind.clear();
    // Cells per unit of vessel length grow with the lumen's width.
    float density = detail >= 2 ? 0.06f : (detail == 1 ? 0.04f : 0.018f);
    for (float x = kVesselStartX; x < kVesselEndX; x += 1.0f) {
        float expected = density * VesselRadius(x);
        if (Rng.Next() >= expected) continue;
        float roll = Rng.Next();
        X.push_back(x);
        U.push_back((Rng.Next() * 2.0f - 1.0f) * 0.8f);
        Tumble.push_back(Rng.Next() * 6.2832f);
        Spin.push_back((Rng.Next() - 0.5f) * 3.0f);
        Kind.push_back(roll < 0.015f ? 1 : (roll < 0.07f ? 2 : 0));
    }
}

void BloodFlow::Update(double real_dt) {
    float dt = (float)(real_dt > 0.1 ? 0.1 : real_dt);
    if (dt <= 0.0f) return;
    for (size_t i = 0; i < X.size(); i++) {
        float r = VesselRadius(X[i]);
        float u = U[i];
        float speed = VesselFlowSpeed(r, u);
        if (Kind[i] == 1) speed *= 0.6f; // white cells roll slowly along
        X[i] += speed * dt;
        Tumble[i] += Spin[i] * dt;
        if (X[i] > kVesselEndX) X[i] -= kVesselEndX - kVesselStartX; // re-enter: the count stays constant
    }
}

void BloodFlow::AddShapes(ShapeList* batch) const {
    for (size_t i = 0; i < X.size(); i++) {
        float r = VesselRadius(X[i]);
        float cy = VesselCenterY(X[i]);
        float y = cy + U[i] * r * 0.82f;
        float angle = std::atan(VesselSlope(X[i]));
        if (Kind[i] == 0) {
            // A biconcave disc seen at a changing angle as it tumbles.
            float size = r < 6.0f ? 2.2f : 2.7f;
            float face = 0.35f + 0.65f * std::fabs(std::cos(Tumble[i]));
            ShapeInstance& s = batch->Add(ShapeKind::RedCell, X[i], y, size * face, size,
                                          {0.80f, 0.13f, 0.15f, 1.0f}, angle);
            s.Margin = 0.5f;
        } else if (Kind[i] == 1) {
            ShapeInstance& s = batch->Add(ShapeKind::Cell, X[i], y, 3.0f, 3.0f, {0.92f, 0.90f, 0.95f, 1.0f});
            s.P0 = 0.55f, s.P2 = 1.0f;
        } else {
            batch->Ellipse(X[i], y, 0.8f, 0.45f, {0.88f, 0.75f, 0.8f, 0.9f}, Tumble[i]);
        }
    }
}

} // namespace ng
