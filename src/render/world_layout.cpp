#include "world_layout.h"
#include "time_wrap.h"
#include <cmath>

namespace ng {

StationPlace GetStationPlace(Station station) {
    switch (station) {
    case Station::Muscle:
        return {{-8.0f, -44.0f, 108.0f, 64.0f}, 50.0f, 63.0f};
    case Station::Blood:
        return {{94.0f, -46.0f, 206.0f, 34.0f}, 150.0f, 24.0f};
    case Station::Barrier:
        return {{198.0f, -44.0f, 304.0f, 30.0f}, 250.0f, 22.0f};
    case Station::Hippocampus:
        return {{298.0f, -68.0f, 420.0f, 26.0f}, 352.0f, 16.0f};
    case Station::Count:
        break;
    }
    return GetStationPlace(Station::Muscle);
}

// Knots of the vessel: x, centre y, lumen radius. A muscle capillary rises into a large vessel
// (blood), narrows to a brain capillary (barrier) and runs under the dentate gyrus.
struct VesselKnot {
    float X, Y, Radius;
};
static const VesselKnot kKnots[] = {
    {-90.0f, -35.0f, 4.5f}, {80.0f, -35.0f, 5.0f},   {114.0f, -12.0f, 15.0f},
    {150.0f, -8.0f, 17.0f}, {186.0f, -12.0f, 15.0f}, {214.0f, -27.0f, 8.5f},
    {292.0f, -27.0f, 8.5f}, {322.0f, -58.0f, 6.0f},  {490.0f, -58.0f, 6.0f},
};
static const int kKnotCount = (int)(sizeof(kKnots) / sizeof(kKnots[0]));

// Smoothstep between neighbouring knots: flat at each knot, so the path has no kinks.
static void VesselAt(float x, float* y, float* radius, float* slope) {
    if (x <= kKnots[0].X) {
        *y = kKnots[0].Y, *radius = kKnots[0].Radius, *slope = 0.0f;
        return;
    }
    for (int i = 0; i + 1 < kKnotCount; i++) {
        const VesselKnot& a = kKnots[i];
        const VesselKnot& b = kKnots[i + 1];
        if (x > b.X) continue;
        float span = b.X - a.X;
        float t = (x - a.X) / span;
        float s = t * t * (3.0f - 2.0f * t);
        float ds = 6.0f * t * (1.0f - t) / span;
        *y = a.Y + (b.Y - a.Y) * s;
        *radius = a.Radius + (b.Radius - a.Radius) * s;
        *slope = (b.Y - a.Y) * ds;
        return;
    }
    const VesselKnot& last = kKnots[kKnotCount - 1];
    *y = last.Y, *radius = last.Radius, *slope = 0.0f;
}

float VesselCenterY(float x) {
    float y, r, s;
    VesselAt(x, &y, &r, &s);
    return y;
}

float VesselRadius(float x) {
    float y, r, s;
    VesselAt(x, &y, &r, &s);
    return r;
}

float VesselSlope(float x) {
    float y, r, s;
    VesselAt(x, &y, &r, &s);
    return s;
}

float VesselFlowSpeed(float lumen_radius, float u) {
    return kFlowSpeed * std::sqrt(8.5f / lumen_radius) * (0.35f + 1.1f * (1.0f - u * u));
}

float VesselFlowPhase(double seconds) {
    return (float)WrapTime(
        seconds * kFlowSpeed * kFlowStreakFrequency / (2.0 * 3.14159265 * kFlowStreakCycles), 1.0);
}

float FibreCenterY(int fibre) {
    return -20.0f + 12.6f * (float)fibre;
}

float SgzY(float x) {
    float u = (x - kSgzCenterX) / kSgzHalfWidth;
    return kSgzBottomY + kSgzRise * u * u;
}

} // namespace ng
