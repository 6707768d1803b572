#include "particle_system.h"
#include "world_layout.h"
#include <cmath>

namespace ng {

// The vessel's centre and radius, tabulated every half unit (the update runs per particle).
struct VesselTable {
    static constexpr float kStep = 0.5f;
    static constexpr int kSize = (int)((kVesselEndX - kVesselStartX) / kStep) + 2;
    float Center[kSize], Radius[kSize];
    VesselTable() {
        for (int i = 0; i < kSize; i++) {
            float x = kVesselStartX + i * kStep;
            Center[i] = VesselCenterY(x);
            Radius[i] = VesselRadius(x);
        }
    }
    void At(float x, float* center, float* radius) const {
        float f = (x - kVesselStartX) / kStep;
        if (f < 0.0f) f = 0.0f;
        if (f > kSize - 1.001f) f = kSize - 1.001f;
        int i = (int)f;
        float t = f - i;
        *center = Center[i] + (Center[i + 1] - Center[i]) * t;
        *radius = Radius[i] + (Radius[i + 1] - Radius[i]) * t;
    }
};

static const VesselTable& Vessel() {
    static const VesselTable table;
    return table;
}

// The barrier's geometry as the particles see it (station_barrier.cpp draws the same).
constexpr float kWallThickness = 9.5f; // endothelium + basement membrane + end-feet
constexpr float kJunctionSpacing = 15.0f;
static bool CrossesInVesicle(int species) {
    return GetSpeciesInfo(species).Particles.Crossing == SpeciesCrossing::Vesicle;
}

double ParticleSystem::RoundToSteps(double value) {
    if (!(value > 0.0) || !std::isfinite(value)) return 0.0;
    double decade = std::pow(10.0, std::floor(std::log10(value)));
    double m = value / decade;
    double step = m < 1.4142 ? 1.0 : (m < 3.1623 ? 2.0 : (m < 7.0711 ? 5.0 : 10.0));
    return step * decade;
}

ParticleQuanta ParticleSystem::ComputeQuanta(const SceneInputs& in, double speed, int budget, float density) {
    ParticleQuanta q;
    if (!in.Valid || !(speed > 0.0) || budget <= 0) return q;
    double minutes_per_second = speed / 60.0;
    double scale = density * (budget < kFullBudget ? (double)budget / kFullBudget : 1.0);
    for (int s = 0; s < kSpeciesCount; s++) {
        double rest_rate = in.ReleaseRest[s] > 0.0f ? in.ReleaseRest[s] : 1e-9;
        double resting_count = GetSpeciesInfo(s).Particles.RestCount * scale;
        if (resting_count < 1.0) resting_count = 1.0;
        q.Plasma[s] = RoundToSteps(rest_rate * minutes_per_second * kTransitSeconds / resting_count);
    }
    q.Crossing = RoundToSteps(minutes_per_second / kCrossingsPerSecond);
    q.Valid = true;
    return q;
}

void ParticleSystem::Reset(uint64_t seed) {
    Rng.Seed(seed, 0x9E3779B97F4A7C15ull, 0x2545F4914F6CDD1Dull);
    for (std::vector<float>* v : {&X, &Y, &Aux, &Age, &Vx, &Vy, &TargetX, &TargetY}) v->clear();
    Species.clear();
    Phase.clear();
    Quanta_ = ParticleQuanta();
    for (auto& row : Carry)
        for (double& c : row) c = 0.0;
    DroppedTotal = 0;
    Filled = false;
    ArrivalList.clear();
}

void ParticleSystem::SetBudget(int budget) {
    MaxParticles = budget < 16 ? 16 : budget;
    size_t reserve = (size_t)MaxParticles + 256;
    for (std::vector<float>* v : {&X, &Y, &Aux, &Age, &Vx, &Vy, &TargetX, &TargetY}) v->reserve(reserve);
    Species.reserve(reserve);
    Phase.reserve(reserve);
}

int ParticleSystem::Spawn(int species, ParticlePhase phase, float x, float y) {
    if ((int)X.size() >= MaxParticles) {
        DroppedTotal++;
        return -1;
    }
    X.push_back(x), Y.push_back(y), Aux.push_back(0.0f), Age.push_back(0.0f);
    Vx.push_back(0.0f), Vy.push_back(0.0f), TargetX.push_back(x), TargetY.push_back(y);
    Species.push_back((uint8_t)species);
    Phase.push_back((uint8_t)phase);
    return (int)X.size() - 1;
}

void ParticleSystem::Remove(int i) {
    int last = (int)X.size() - 1;
    if (i != last) {
        X[i] = X[last], Y[i] = Y[last], Aux[i] = Aux[last], Age[i] = Age[last];
        Vx[i] = Vx[last], Vy[i] = Vy[last], TargetX[i] = TargetX[last], TargetY[i] = TargetY[last];
        Species[i] = Species[last], Phase[i] = Phase[last];
    }
    for (std::vector<float>* v : {&X, &Y, &Aux, &Age, &Vx, &Vy, &TargetX, &TargetY}) v->pop_back();
    Species.pop_back();
    Phase.pop_back();
}

// Released along a fibre: into the gap above or below it, along the gap to the fibres' free end
// and down into the vessel where it rises out of the muscle. The lowest fibre drains straight
// into the capillary under it.
void ParticleSystem::EmitMuscle(int species, int count, const SceneInputs& in) {
    float radius = kFibreRadius * (1.0f + 3.0f * (in.MuscleSize - 1.0f));
    for (int n = 0; n < count; n++) {
        int fibre = (int)(Rng.Next() * kFibreCount);
        if (fibre >= kFibreCount) fibre = kFibreCount - 1;
        bool below = Rng.Next() < 0.5f;
        float x = kFibreLeftX + 4.0f + Rng.Next() * (kFibreLength * 0.8f);
        float cy = FibreCenterY(fibre);
        float y = cy + (below ? -radius : radius);
        int i = Spawn(species, ParticlePhase::Seeping, x, y);
        if (i < 0) return;
        FrameMuscle[species]++;
        if (fibre == 0 && below) {
            float vc, vr;
            Vessel().At(x + 3.0f, &vc, &vr);
            Aux[i] = y, TargetX[i] = x + 3.0f, TargetY[i] = vc + vr * 0.55f;
        } else {
            float other = below ? FibreCenterY(fibre - 1)
                                : (fibre + 1 < kFibreCount ? FibreCenterY(fibre + 1) : cy + 14.0f);
            float vc, vr;
            Vessel().At(104.0f, &vc, &vr);
            Aux[i] = (cy + other) * 0.5f + (Rng.Next() - 0.5f) * 2.0f;
            TargetX[i] = 104.0f, TargetY[i] = vc + vr * (0.2f + 0.5f * Rng.Next());
        }
    }
}

void ParticleSystem::EmitInlet(int species, int count, bool spread) {
    for (int n = 0; n < count; n++) {
        float x = spread ? kVesselStartX + Rng.Next() * (kVesselEndX - kVesselStartX)
                         : kVesselStartX + Rng.Next() * 4.0f;
        float u = (Rng.Next() * 2.0f - 1.0f) * 0.9f;
        int i = Spawn(species, ParticlePhase::Lumen, x, 0.0f);
        if (i < 0) return;
        Aux[i] = u;
        Age[i] = 1.0f; // already faded in
        if (!spread) FrameInlet[species]++;
    }
}

// A crossing takes a particle of the species from the blood at the barrier when there is one,
// else one arrives at the wall as the model says it crossed.
void ParticleSystem::StartCrossing(int species) {
    int pick = -1;
    int n = (int)X.size();
    int start = n > 0 ? (int)(Rng.Next() * n) : 0;
    for (int k = 0; k < n && k < 4096; k++) {
        int i = (start + k) % n;
        if (Species[i] == species && Phase[i] == (uint8_t)ParticlePhase::Lumen &&
            X[i] > kBarrierStartX + 4.0f && X[i] < kBarrierEndX - 8.0f) {
            pick = i;
            break;
        }
    }
    if (pick < 0) {
        float x = kBarrierStartX + 6.0f + Rng.Next() * (kBarrierEndX - kBarrierStartX - 14.0f);
        float vc, vr;
        Vessel().At(x, &vc, &vr);
        pick = Spawn(species, ParticlePhase::Docking, x, vc + vr * 0.3f);
        if (pick < 0) return;
    }
    float x = X[pick] + 3.0f;
    if (GetSpeciesInfo(species).Particles.Crossing ==
        SpeciesCrossing::Junction) // through the nearest tight junction
        x = kBarrierStartX + std::floor((x - kBarrierStartX) / kJunctionSpacing + 0.5f) * kJunctionSpacing;
    if (x > kBarrierEndX - 4.0f) x = kBarrierEndX - 4.0f;
    float vc, vr;
    Vessel().At(x, &vc, &vr);
    Phase[pick] = (uint8_t)ParticlePhase::Docking;
    TargetX[pick] = x, TargetY[pick] = vc + vr - 0.6f;
    FrameCrossing[species]++;
}

void ParticleSystem::Prefill(const SceneInputs& in, double minutes_per_second) {
    for (int s = 0; s < kSpeciesCount; s++) {
        if (!(Quanta_.Plasma[s] > 0.0)) continue;
        double rate = in.ReleaseRest[s] * in.PlasmaRelative[s] * minutes_per_second / Quanta_.Plasma[s];
        EmitInlet(s, (int)(rate * kTransitSeconds + 0.5), true);
    }
}

// A new quantum: the blood keeps its meaning, so its particles are thinned or added.
void ParticleSystem::Rescale(const ParticleQuanta& old_quanta) {
    int added[kSpeciesCount] = {};
    for (int s = 0; s < kSpeciesCount; s++) {
        if (!(Quanta_.Plasma[s] > 0.0) || !(old_quanta.Plasma[s] > 0.0)) continue;
        double keep = old_quanta.Plasma[s] / Quanta_.Plasma[s];
        if (keep >= 1.0) {
            int count = 0;
            for (size_t i = 0; i < X.size(); i++)
                if (Species[i] == s && Phase[i] == (uint8_t)ParticlePhase::Lumen) count++;
            added[s] = (int)(count * (keep - 1.0) + 0.5);
        } else {
            for (int i = (int)X.size() - 1; i >= 0; i--)
                if (Species[i] == s && Phase[i] == (uint8_t)ParticlePhase::Lumen && Rng.Next() > keep)
                    Remove(i);
        }
    }
    for (int s = 0; s < kSpeciesCount; s++) EmitInlet(s, added[s], true);
}

void ParticleSystem::Update(const SceneInputs& in, double speed, double real_dt) {
    ArrivalList.clear();
    for (int s = 0; s < kSpeciesCount; s++) FrameMuscle[s] = FrameInlet[s] = FrameCrossing[s] = 0;

    ParticleQuanta q = ComputeQuanta(in, speed, MaxParticles, Density);
    if (q.Valid) {
        bool changed = !Quanta_.Valid || q.Crossing != Quanta_.Crossing;
        for (int s = 0; s < kSpeciesCount; s++) changed = changed || q.Plasma[s] != Quanta_.Plasma[s];
        if (changed) {
            ParticleQuanta old_quanta = Quanta_;
            Quanta_ = q;
            if (!Filled)
                Prefill(in, speed / 60.0);
            else if (old_quanta.Valid)
                Rescale(old_quanta);
            Filled = true;
        }
    }

    if (Quanta_.Valid && in.IntervalMinutes > 0.0) {
        int cap = MaxParticles / 4; // a single frame never floods the picture
        for (int s = 0; s < kSpeciesCount; s++) {
            const double* amounts[3] = {in.ReleasedMuscle, in.ReleasedElsewhere, in.Crossed};
            double quantum[3] = {Quanta_.Plasma[s], Quanta_.Plasma[s], Quanta_.Crossing};
            for (int k = 0; k < 3; k++) {
                if (!(quantum[k] > 0.0)) continue;
                double c = amounts[k][s] / quantum[k] + Carry[k][s];
                int n = (int)std::floor(c);
                Carry[k][s] = c - n;
                if (n > cap) DroppedTotal += n - cap, n = cap;
                if (k == 0)
                    EmitMuscle(s, n, in);
                else if (k == 1)
                    EmitInlet(s, n, false);
                else
                    for (int j = 0; j < n; j++) StartCrossing(s);
            }
        }
    }
    if (real_dt > 0.0) Move((float)(real_dt > 0.1 ? 0.1 : real_dt), in);
}

void ParticleSystem::Move(float dt, const SceneInputs& in) {
    const VesselTable& vessel = Vessel();
    float binding = 0.35f * in.VegfAtNiche * dt; // per wall-binding (VEGF) particle at the barrier, per frame
    bool binds_wall[kSpeciesCount];
    for (int s = 0; s < kSpeciesCount; s++)
        binds_wall[s] = GetSpeciesInfo(s).Particles.Crossing == SpeciesCrossing::Wall;
    int n = (int)X.size();
    for (int i = n - 1; i >= 0; i--) {
        Age[i] += dt;
        switch ((ParticlePhase)Phase[i]) {
        case ParticlePhase::Lumen: {
            float vc, vr;
            vessel.At(X[i], &vc, &vr);
            float u = Aux[i];
            X[i] += VesselFlowSpeed(vr, u) * dt;
            if (X[i] > kVesselEndX) {
                Remove(i);
                continue;
            }
            vessel.At(X[i], &vc, &vr);
            Y[i] = vc + u * vr * 0.86f;
            if (binds_wall[Species[i]] && u > 0.55f && X[i] > kBarrierStartX && X[i] < kBarrierEndX &&
                Rng.Next() < binding) {
                Phase[i] = (uint8_t)ParticlePhase::WallBound;
                Age[i] = 0.0f;
                Y[i] = vc + vr - 0.4f;
            }
            break;
        }
        case ParticlePhase::Seeping: {
            float dy = Aux[i] - Y[i];
            if (std::fabs(dy) > 0.25f && X[i] < TargetX[i] - 6.0f) {
                Y[i] += (dy > 0.0f ? 1.0f : -1.0f) * std::fmin(std::fabs(dy), 9.0f * dt);
            } else if (X[i] < TargetX[i] - 6.0f) {
                X[i] += 12.0f * dt;
            } else {
                float tx = TargetX[i] - X[i], ty = TargetY[i] - Y[i];
                float d = std::sqrt(tx * tx + ty * ty);
                float step = 13.0f * dt;
                if (d <= step + 0.2f) {
                    float vc, vr;
                    vessel.At(TargetX[i], &vc, &vr);
                    X[i] = TargetX[i];
                    Aux[i] = std::fmax(-0.85f, std::fmin(0.85f, (TargetY[i] - vc) / (vr * 0.86f)));
                    Phase[i] = (uint8_t)ParticlePhase::Lumen;
                } else {
                    X[i] += tx / d * step, Y[i] += ty / d * step;
                }
            }
            break;
        }
        case ParticlePhase::Docking: {
            float tx = TargetX[i] - X[i], ty = TargetY[i] - Y[i];
            float d = std::sqrt(tx * tx + ty * ty);
            float step = 12.0f * dt;
            if (d <= step + 0.1f) {
                X[i] = TargetX[i], Y[i] = TargetY[i];
                Phase[i] = (uint8_t)ParticlePhase::Crossing;
                Age[i] = 0.0f;
            } else {
                X[i] += tx / d * step, Y[i] += ty / d * step;
            }
            break;
        }
        case ParticlePhase::Crossing: {
            int s = Species[i];
            float duration = CrossesInVesicle(s) ? 1.8f : 0.9f;
            float t = Age[i] / duration;
            Y[i] = TargetY[i] + kWallThickness * (t < 1.0f ? t * t * (3.0f - 2.0f * t) : 1.0f);
            if (t >= 1.0f) {
                Phase[i] = (uint8_t)ParticlePhase::Brain;
                Age[i] = 0.0f;
                float tx = kGyrusStartX + 6.0f + Rng.Next() * (kGyrusEndX - kGyrusStartX - 12.0f);
                TargetX[i] = tx, TargetY[i] = SgzY(tx) + 1.0f;
                Vx[i] = 0.0f, Vy[i] = 6.0f;
            }
            break;
        }
        case ParticlePhase::Brain: {
            float tx = TargetX[i] - X[i], ty = TargetY[i] - Y[i];
            float d = std::sqrt(tx * tx + ty * ty);
            if (d < 1.2f) {
                Phase[i] = (uint8_t)ParticlePhase::Binding;
                Age[i] = 0.0f;
                ArrivalList.push_back({Species[i], X[i], Y[i]});
                break;
            }
            // Drift up out of the barrier first, then towards the subgranular zone, with a little wander.
            float lift = Age[i] < 1.2f ? 1.0f : 0.0f;
            float ax = tx / d * 10.0f + (Rng.Next() - 0.5f) * 14.0f;
            float ay = ty / d * 10.0f * (1.0f - lift) + lift * 7.0f + (Rng.Next() - 0.5f) * 14.0f;
            float k = std::fmin(1.0f, 2.5f * dt);
            Vx[i] += (ax - Vx[i]) * k, Vy[i] += (ay - Vy[i]) * k;
            X[i] += Vx[i] * dt, Y[i] += Vy[i] * dt;
            break;
        }
        case ParticlePhase::Binding:
            if (Age[i] > 0.9f) Remove(i);
            break;
        case ParticlePhase::WallBound:
            if (Age[i] > 2.5f) Remove(i);
            break;
        }
    }
}

void ParticleSystem::FillInstances(std::vector<float>* out) const {
    size_t n = X.size();
    out->resize(n * 4);
    float* o = out->data();
    for (size_t i = 0; i < n; i++) {
        float alpha = 1.0f, radius = kRadius;
        int flags = 0;
        switch ((ParticlePhase)Phase[i]) {
        case ParticlePhase::Seeping:
            alpha = std::fmin(1.0f, Age[i] / 0.4f);
            break;
        case ParticlePhase::Crossing:
            if (CrossesInVesicle(Species[i])) flags = kVesicleCode;
            break;
        case ParticlePhase::Binding:
            alpha = 1.0f - Age[i] / 0.9f, radius *= 1.0f + 0.6f * Age[i];
            break;
        case ParticlePhase::WallBound:
            alpha = 1.0f - Age[i] / 2.5f;
            break;
        default:
            break;
        }
        if (alpha < 0.0f) alpha = 0.0f;
        o[0] = X[i], o[1] = Y[i], o[2] = radius;
        o[3] = (float)(Species[i] + flags) + alpha * 0.99f;
        o += 4;
    }
}

} // namespace ng
