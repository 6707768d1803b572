#include "neuron_field.h"
#include "shape_list.h"
#include "world_layout.h"
#include <cmath>

namespace ng {

void NeuronField::Reset(uint64_t seed) {
    Cells.clear();
    Rng.Seed(seed, 0xD1B54A32D192ED03ull, 0x8CB92BA72F3D8DD7ull);
    NextSeed = (uint32_t)(seed * 2654435761u) | 1u;
    CellsPerCell = 0.0;
    for (double& c : Carry) c = 0.0;
    Started = false;
}

int NeuronField::Count(CellStage stage) const {
    int n = 0;
    for (const DrawnCell& c : Cells) n += c.Stage == stage ? 1 : 0;
    return n;
}

// A free spot in the granule-cell layer: the best of a few random tries (far from the others).
void NeuronField::PlaceHome(DrawnCell* cell) {
    float best_x = 0.0f, best_y = 0.0f, best_d = -1.0f;
    for (int attempt = 0; attempt < 8; attempt++) {
        float x = kGyrusStartX + 5.0f + Rng.Next() * (kGyrusEndX - kGyrusStartX - 10.0f);
        float y = SgzY(x) + 2.5f + Rng.Next() * (kGranuleLayerDepth - 4.5f);
        float nearest = 1e9f;
        for (const DrawnCell& other : Cells) {
            if (other.Stage == CellStage::Progenitor || other.Stage == CellStage::Dividing) continue;
            float dx = other.HomeX - x, dy = other.HomeY - y;
            nearest = std::fmin(nearest, dx * dx + dy * dy);
        }
        if (nearest > best_d) best_d = nearest, best_x = x, best_y = y;
    }
    cell->HomeX = best_x, cell->HomeY = best_y;
}

// The cell of a stage that is next in line: the oldest (maturation) or a random one (death).
int NeuronField::Pick(CellStage stage, bool oldest) {
    int found = -1, seen = 0;
    for (int i = 0; i < (int)Cells.size(); i++) {
        if (Cells[i].Stage != stage) continue;
        if (oldest) {
            if (found < 0 || Cells[i].BornHours < Cells[found].BornHours) found = i;
        } else if (Rng.Next() * (float)(++seen) < 1.0f) {
            found = i; // reservoir sampling: uniform among the candidates
        }
    }
    return found;
}

static DrawnCell NewCell(CellStage stage, float x, float y, double born_hours, uint32_t seed) {
    DrawnCell c = {};
    c.Stage = stage;
    c.X = c.HomeX = x, c.Y = c.HomeY = y;
    c.BornHours = born_hours;
    c.MaturedHours = born_hours;
    c.PulseSpecies = 0;
    c.Seed = seed;
    return c;
}

double NeuronField::DrawnDays(const SceneInputs& in, double mouse_days) {
    double scale = in.MaturationDays > 0.0 ? in.MaturationDays / kMouseMaturationDays : 1.0;
    return mouse_days * scale;
}

// Brings the drawn counts to the model's pools: at the start (or after a jump) by placing cells
// of the right ages; afterwards only small drifts are corrected, quietly.
void NeuronField::Sync(const SceneInputs& in, bool quiet_only) {
    double k = CellsPerCell;
    double highlight_days = DrawnDays(in, kHighlightDays);
    int target[5] = {
        (int)std::floor(in.Progenitors / k + 0.5),
        (int)std::floor(in.ImmatureEarly / k + 0.5),
        (int)std::floor(in.ImmatureLate / k + 0.5),
        (int)std::floor(std::fmin(in.MatureNew, highlight_days * in.NewNeuronsPerDay) / k + 0.5),
        0,
    };
    if (target[3] > kMaxMature) target[3] = kMaxMature;
    const CellStage stages[4] = {CellStage::Progenitor, CellStage::Neuroblast, CellStage::Immature,
                                 CellStage::Mature};
    for (int s = 0; s < 4; s++) {
        int have = Count(stages[s]) + (s == 0 ? Count(CellStage::Dividing) : 0);
        int slack = quiet_only ? 2 : 0;
        while (have > target[s] + slack) {
            int i = Pick(stages[s], s == 3);
            if (i < 0) break;
            Cells.erase(Cells.begin() + i);
            have--;
        }
        while (have < target[s] - slack) {
            // Ages spread over the stage on the species' clock: neuroblasts 0-10 mouse days,
            // immature 10-28, mature older.
            double mouse_days = s == 1 ? Rng.Next() * kNeuroblastDays
                                : s == 2
                                    ? kNeuroblastDays + Rng.Next() * (kMouseMaturationDays - kNeuroblastDays)
                                    : kMouseMaturationDays + Rng.Next() * kHighlightDays;
            DrawnCell c =
                NewCell(stages[s], 0.0f, 0.0f, in.TimeHours - DrawnDays(in, mouse_days) * 24.0, NextSeed++);
            c.MaturedHours = c.BornHours + DrawnDays(in, kMouseMaturationDays) * 24.0;
            if (s == 0) {
                float x = kGyrusStartX + 4.0f + Rng.Next() * (kGyrusEndX - kGyrusStartX - 8.0f);
                c.X = c.HomeX = x, c.Y = c.HomeY = SgzY(x) + 0.4f;
            } else {
                PlaceHome(&c);
                c.X = c.HomeX, c.Y = c.HomeY;
            }
            Cells.push_back(c);
            have++;
        }
    }
}

void NeuronField::Update(const SceneInputs& in, double real_dt,
                         const std::vector<ParticleArrival>& arrivals) {
    if (!in.Valid) return;
    if (!Started || in.TimeHours < LastHours || in.TimeHours - LastHours > 24.0 * 4.0) {
        // Start, reset or a long jump: place the population as the pools are now.
        if (!Started) {
            // The sedentary pool sets the scale, so a scene started mid-programme still shows how
            // far the pools have moved from rest (human young neurons stay for months: a large pool).
            double pool = in.BaselineCellPool > 0.0 ? in.BaselineCellPool
                                                    : in.Progenitors + in.ImmatureEarly + in.ImmatureLate;
            CellsPerCell = ParticleSystem::RoundToSteps(std::fmax(1000.0, pool / 30.0));
        }
        Cells.clear();
        Sync(in, false);
        Started = true;
        LastHours = in.TimeHours;
        return;
    }
    LastHours = in.TimeHours;
    float dt = (float)real_dt;

    // Events from the model's cell fluxes, in drawn cells.
    const double amounts[6] = {in.Divisions,   in.Differentiations, in.Migrations,
                               in.Maturations, in.ProgenitorDeaths, in.ImmatureDeaths};
    int events[6];
    for (int e = 0; e < 6; e++) {
        double c = amounts[e] / CellsPerCell + Carry[e];
        events[e] = (int)std::floor(c);
        Carry[e] = c - events[e];
        if (events[e] > 20) events[e] = 20;
    }
    double per_second = in.IntervalMinutes > 0.0 && dt > 0.0f ? (events[0] / dt) : 0.0;
    float mitosis_seconds = per_second > 1.5 ? 0.7f : 1.4f;
    for (int n = 0; n < events[0]; n++) { // division: a progenitor divides
        int i = Pick(CellStage::Progenitor, false);
        if (i < 0) break;
        Cells[i].Stage = CellStage::Dividing;
        Cells[i].AnimSeconds = 0.0f;
        Cells[i].AnimLength = mitosis_seconds;
    }
    for (int n = 0; n < events[1]; n++) { // differentiation: a progenitor becomes a neuroblast
        int i = Pick(CellStage::Progenitor, false);
        if (i < 0) break;
        Cells[i].Stage = CellStage::Neuroblast;
        Cells[i].BornHours = in.TimeHours;
        PlaceHome(&Cells[i]);
    }
    for (int n = 0; n < events[2]; n++) { // early -> late immature neuron
        int i = Pick(CellStage::Neuroblast, true);
        if (i < 0) break;
        Cells[i].Stage = CellStage::Immature;
    }
    for (int n = 0; n < events[3]; n++) { // maturation: integrates, lights up
        int i = Pick(CellStage::Immature, true);
        if (i < 0) break;
        Cells[i].Stage = CellStage::Mature;
        Cells[i].MaturedHours = in.TimeHours;
        Cells[i].AnimSeconds = 0.0f;
        Cells[i].AnimLength = 1.5f;
    }
    for (int e = 4; e < 6; e++) // apoptosis
        for (int n = 0; n < events[e]; n++) {
            int i = Pick(e == 4 ? CellStage::Progenitor
                                : (Rng.Next() < 0.5f ? CellStage::Neuroblast : CellStage::Immature),
                         false);
            if (i < 0) break;
            Cells[i].Stage = CellStage::Dying;
            Cells[i].AnimSeconds = 0.0f;
            Cells[i].AnimLength = 1.6f;
        }

    // Factors that reached the SGZ bind the nearest young cell.
    for (const ParticleArrival& a : arrivals) {
        int best = -1;
        float best_d = 100.0f;
        for (int i = 0; i < (int)Cells.size(); i++) {
            if (Cells[i].Stage == CellStage::Dying || Cells[i].Stage == CellStage::Mature) continue;
            float dx = Cells[i].X - a.X, dy = Cells[i].Y - a.Y;
            float d = dx * dx + dy * dy;
            if (d < best_d) best_d = d, best = i;
        }
        if (best >= 0) Cells[best].PulseSeconds = 0.8f, Cells[best].PulseSpecies = a.Species;
    }

    // Animations and migration (real time; nothing moves while paused).
    for (int i = (int)Cells.size() - 1; i >= 0; i--) {
        DrawnCell& c = Cells[i];
        c.AnimSeconds += dt;
        c.PulseSeconds = std::fmax(0.0f, c.PulseSeconds - dt);
        if (c.Stage == CellStage::Dividing && c.AnimSeconds >= c.AnimLength) {
            c.Stage = CellStage::Progenitor;
            float x =
                Clampf(c.X + (Rng.Next() < 0.5f ? -3.0f : 3.0f), kGyrusStartX + 3.0f, kGyrusEndX - 3.0f);
            Cells.push_back(NewCell(CellStage::Progenitor, x, SgzY(x) + 0.4f, in.TimeHours, NextSeed++));
        } else if ((c.Stage == CellStage::Dying || c.Stage == CellStage::Joining) &&
                   c.AnimSeconds >= c.AnimLength) {
            Cells.erase(Cells.begin() + i);
        } else if (c.Stage == CellStage::Mature &&
                   in.TimeHours - c.MaturedHours > DrawnDays(in, kHighlightDays) * 24.0) {
            c.Stage = CellStage::Joining; // past the critical period: part of the layer now
            c.AnimSeconds = 0.0f;
            c.AnimLength = 2.0f;
        } else if (c.Stage == CellStage::Neuroblast || c.Stage == CellStage::Immature ||
                   c.Stage == CellStage::Mature) {
            // Neuroblasts migrate from the SGZ to their home (about a week in a mouse).
            double age_days = (in.TimeHours - c.BornHours) / 24.0;
            float t = Clampf((float)(age_days / DrawnDays(in, kMigrationDays)), 0.0f, 1.0f);
            float start_y = SgzY(c.HomeX) + 0.4f;
            c.X = c.HomeX;
            c.Y = start_y + (c.HomeY - start_y) * t * t * (3.0f - 2.0f * t);
        }
    }
    Sync(in, true);
}

// --- Drawing ---------------------------------------------------------------------------------

static uint32_t Hash(uint32_t x) {
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}
static float HashFloat(uint32_t seed, uint32_t n) {
    return (float)(Hash(seed * 977u + n) & 0xFFFFFF) / 16777216.0f;
}

// Recursive dendrite: grows into the molecular layer; `growth` (0..1) reveals it by depth.
static void AddDendrite(ShapeList* batch, uint32_t seed, int depth, int max_depth, float x, float y,
                        float angle, float length, float radius, float growth, Rgba color, uint32_t path) {
    float visible = Clampf(growth * (float)(max_depth + 1) - (float)depth, 0.0f, 1.0f);
    if (visible <= 0.0f) return;
    float l = length * visible;
    float x1 = x + std::cos(angle) * l, y1 = y + std::sin(angle) * l;
    batch->Segment(x, y, x1, y1, radius, radius * 0.72f, color);
    if (depth >= max_depth) {
        if (visible >= 1.0f) batch->Ellipse(x1, y1, radius * 1.3f, radius * 1.3f, color); // spine head
        return;
    }
    if (visible < 1.0f) return;
    float spread = 0.32f + 0.25f * HashFloat(seed, path);
    bool single = depth >= 2 && HashFloat(seed, path + 7u) < 0.3f;
    float bend = (HashFloat(seed, path + 13u) - 0.5f) * 0.3f;
    AddDendrite(batch, seed, depth + 1, max_depth, x1, y1, angle + spread + bend, length * 0.8f,
                radius * 0.72f, growth, color, path * 2u + 1u);
    if (!single)
        AddDendrite(batch, seed, depth + 1, max_depth, x1, y1, angle - spread + bend, length * 0.8f,
                    radius * 0.72f, growth, color, path * 2u + 2u);
}

// Axon: a curve down into the hilus and along it to one of the CA3 cells (a mossy fibre),
// revealed by `growth`.
static void AddAxon(ShapeList* batch, float x, float y, float growth, Rgba color, uint32_t seed, int detail) {
    const int kSegments = detail > 0 ? 8 : 3;
    float tx = kCa3X + 2.0f + 9.0f * HashFloat(seed, 37u), ty = kCa3Y + 6.0f + 16.0f * HashFloat(seed, 41u);
    float cx = x + 6.0f + 6.0f * HashFloat(seed, 43u);
    float cy = SgzY(x) - 7.0f - 6.0f * HashFloat(seed, 31u); // the control point sits in the hilus
    float total = growth * kSegments;
    float px = x, py = y;
    for (int i = 0; i < kSegments; i++) {
        float f = Clampf(total - (float)i, 0.0f, 1.0f);
        if (f <= 0.0f) break;
        float t = ((float)i + f) / kSegments, u = 1.0f - t;
        float ex = u * u * x + 2.0f * u * t * cx + t * t * tx;
        float ey = u * u * y + 2.0f * u * t * cy + t * t * ty;
        batch->Segment(px, py, ex, ey, 0.22f, 0.22f, color);
        px = ex, py = ey;
        if (f < 1.0f) break;
    }
    if (growth >= 1.0f) batch->Ellipse(tx, ty, 0.8f, 0.6f, color); // bouton on CA3
}

void NeuronField::AddShapes(ShapeList* batch, const SceneInputs& in, double wall_seconds, int detail,
                            bool glow) const {
    const Rgba progenitor = {0.80f, 0.84f, 0.93f, 1.0f};
    const Rgba neuroblast = {0.74f, 0.66f, 0.93f, 1.0f};
    const Rgba immature = {0.86f, 0.72f, 0.95f, 1.0f};
    const Rgba mature = {1.0f, 0.93f, 0.78f, 1.0f};
    const Rgba dying = {0.46f, 0.44f, 0.48f, 1.0f};
    int max_depth = detail >= 2 ? 4 : (detail == 1 ? 3 : 1);

    // Processes first (behind the somata).
    for (const DrawnCell& c : Cells) {
        if (c.Stage != CellStage::Neuroblast && c.Stage != CellStage::Immature &&
            c.Stage != CellStage::Mature && c.Stage != CellStage::Joining)
            continue;
        float fade =
            c.Stage == CellStage::Joining ? 1.0f - Clampf(c.AnimSeconds / c.AnimLength, 0.0f, 1.0f) : 1.0f;
        // Growth on the species' clock: in mouse days, from day 3 (dendrites) and 2 (axon).
        double age = (in.TimeHours - c.BornHours) / 24.0 / DrawnDays(in, 1.0);
        float dendrite_growth = Clampf((float)((age - 3.0) / (kDendriteDays - 3.0)), 0.0f, 1.0f);
        float axon_growth = Clampf((float)((age - 2.0) / (kAxonDays - 2.0)), 0.0f, 1.0f);
        Rgba color =
            c.Stage == CellStage::Mature ? Rgba{0.92f, 0.82f, 0.64f, 0.8f} : Rgba{0.76f, 0.64f, 0.90f, 0.85f};
        if (c.Stage == CellStage::Joining) color = Rgba{0.92f, 0.82f, 0.64f, 0.8f};
        color.A *= fade;
        Rgba axon = {color.R, color.G, color.B, 0.55f * fade};
        float tilt = (HashFloat(c.Seed, 3u) - 0.5f) * 0.35f;
        if (c.Stage == CellStage::Neuroblast && dendrite_growth <= 0.0f) {
            // A migrating neuroblast: a short leading process towards its home.
            batch->Segment(c.X, c.Y + 1.2f, c.X + tilt * 3.0f, c.Y + 4.0f, 0.45f, 0.25f, color);
            continue;
        }
        AddDendrite(batch, c.Seed, 0, max_depth, c.X, c.Y + 1.3f, 1.5708f + tilt, 7.0f, 0.6f, dendrite_growth,
                    color, 1u);
        AddAxon(batch, c.X, c.Y - 1.3f, axon_growth, axon, c.Seed, detail);
    }

    for (const DrawnCell& c : Cells) {
        float r = 1.9f;
        switch (c.Stage) {
        case CellStage::Progenitor: {
            ShapeInstance& s = batch->Add(ShapeKind::Cell, c.X, c.Y, r * 1.05f, r * 0.85f, progenitor);
            s.P0 = 0.52f, s.P2 = 1.0f;
            break;
        }
        case CellStage::Dividing: {
            float phase = Clampf(c.AnimSeconds / c.AnimLength, 0.0f, 1.0f);
            ShapeInstance& s =
                batch->Add(ShapeKind::Mitosis, c.X, c.Y, r * (1.0f + 1.1f * phase), r * 0.95f, progenitor);
            s.P0 = phase;
            if (glow) batch->Glow(c.X, c.Y, 6.0f, {0.55f, 0.5f, 0.8f, 0.5f * (1.0f - phase)});
            break;
        }
        case CellStage::Neuroblast: {
            ShapeInstance& s = batch->Add(ShapeKind::Cell, c.X, c.Y, r * 0.8f, r * 1.05f, neuroblast);
            s.P0 = 0.5f, s.P2 = 1.0f;
            break;
        }
        case CellStage::Immature: {
            ShapeInstance& s = batch->Add(ShapeKind::Cell, c.X, c.Y, r, r * 1.1f, immature);
            s.P0 = 0.48f, s.P2 = 1.0f;
            break;
        }
        case CellStage::Mature: {
            // Integrated: lit, with an occasional flash as it fires.
            float flash = 0.0f;
            double period = 3.0 + 4.0 * HashFloat(c.Seed, 11u);
            double t = std::fmod(wall_seconds + period * HashFloat(c.Seed, 17u), period);
            if (t < 0.25) flash = (float)(1.0 - t / 0.25);
            float onset = Clampf(c.AnimSeconds / 1.5f, 0.0f, 1.0f);
            float arrive = c.AnimLength > 0.0f && c.AnimSeconds < c.AnimLength ? 1.0f - onset : 0.0f;
            ShapeInstance& s = batch->Add(ShapeKind::Cell, c.X, c.Y, r * 1.1f, r * 1.2f, mature);
            s.P0 = 0.45f, s.P2 = 1.0f, s.Emission = 0.15f + 0.5f * flash + arrive;
            if (glow)
                batch->Glow(c.X, c.Y, 5.0f + 5.0f * arrive,
                            {1.0f, 0.8f, 0.45f, 0.1f + 0.3f * flash + 0.6f * arrive});
            break;
        }
        case CellStage::Joining: {
            float t = Clampf(c.AnimSeconds / c.AnimLength, 0.0f, 1.0f);
            ShapeInstance& s = batch->Add(ShapeKind::Cell, c.X, c.Y, r * 1.1f, r * 1.2f,
                                          {mature.R, mature.G, mature.B, 1.0f - t});
            s.P0 = 0.45f, s.P2 = 1.0f;
            break;
        }
        case CellStage::Dying: {
            // Apoptosis: shrinks, darkens, breaks into fragments that fade.
            float t = Clampf(c.AnimSeconds / c.AnimLength, 0.0f, 1.0f);
            Rgba color = {dying.R, dying.G, dying.B, 1.0f - t};
            batch->Ellipse(c.X, c.Y, r * (1.0f - 0.55f * t), r * (1.0f - 0.55f * t), color);
            for (int f = 0; f < 4; f++) {
                float a = 1.57f * (float)f + 0.7f;
                float d = r * (0.5f + 1.4f * t);
                batch->Ellipse(c.X + std::cos(a) * d, c.Y + std::sin(a) * d, 0.55f * (1.0f - t * 0.5f),
                               0.55f * (1.0f - t * 0.5f), color);
            }
            break;
        }
        }
        if (c.PulseSeconds > 0.0f && glow) {
            ParticleLook look = GetSpeciesInfo(c.PulseSpecies).Look;
            batch->Glow(c.X, c.Y, 5.5f, {look.Color[0], look.Color[1], look.Color[2], c.PulseSeconds});
        }
    }
}

} // namespace ng
