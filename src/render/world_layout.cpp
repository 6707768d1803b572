#include "world_layout.h"
#include <cstring>

namespace ng {

static const StationInfo kStations[kStationCount] = {
    {"muscle", "Muscle", "scene.station.muscle", {-8.0f, -44.0f, 108.0f, 64.0f}, 50.0f, 63.0f},
    {"blood", "Blood", "scene.station.blood", {94.0f, -46.0f, 206.0f, 34.0f}, 150.0f, 24.0f},
    {"barrier",
     "Blood-brain barrier",
     "scene.station.barrier",
     {198.0f, -44.0f, 304.0f, 30.0f},
     250.0f,
     22.0f},
    {"hippocampus",
     "Hippocampus",
     "scene.station.hippocampus",
     {298.0f, -68.0f, 420.0f, 26.0f},
     352.0f,
     16.0f},
};

const StationInfo& GetStation(Station station) {
    int index = (int)station;
    if (index < 0 || index >= kStationCount) index = 0;
    return kStations[index];
}

int FindStation(const char* id) {
    if (!id) return -1;
    if (std::strcmp(id, "bbb") == 0) return (int)Station::Barrier;
    for (int i = 0; i < kStationCount; i++)
        if (std::strcmp(kStations[i].Id, id) == 0) return i;
    return -1;
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

float FibreCenterY(int fibre) {
    return -20.0f + 12.6f * (float)fibre;
}

float SgzY(float x) {
    float u = (x - 351.0f) / 45.0f;
    return -30.0f + 12.0f * u * u;
}

} // namespace ng
