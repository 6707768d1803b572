#include "scene_inputs.h"
#include "model/det_math.h"
#include "model/simulation.h"
#include <cmath>

namespace ng {

float CrossingWeight(int species) {
    // Trophic weights of docs/science-background.md §3.4 (model_parameters.h) relative to IGF-1.
    // Cortisol and the cytokines do not feed the trophic state; they are drawn at a small weight so their
    // entry (cortisol diffuses freely, cytokines leak through loosened junctions) stays visible.
    switch ((Species)species) {
    case Species::Bdnf:
        return (float)(kWeightBdnfWeak / kWeightIgf1);
    case Species::Igf1:
        return 1.0f;
    case Species::Lactate:
        return (float)(kWeightLactate / kWeightIgf1);
    case Species::Cortisol:
        return 0.3f;
    case Species::Cytokines:
        return 0.2f;
    default:
        return 0.0f; // VEGF acts at the wall; IL-6 stays in the blood
    }
}

static float Finite(double v, double fallback = 0.0) {
    return std::isfinite(v) ? (float)v : (float)fallback;
}

SceneInputs ReadSceneInputs(const Simulation& sim, double render_time_hours) {
    SceneInputs in;
    in.Valid = true;
    in.TimeHours = render_time_hours;
    const ModelState& s = sim.State();

    SessionPhase phase = sim.PhaseAt(render_time_hours);
    in.InSession = phase.InSession;
    in.Lifting = phase.Part == SessionPart::Lifting;
    in.Contraction = Finite(phase.Contraction);
    in.Force = Finite(phase.Force);
    in.SessionActivity = phase.InSession ? 1.0f : 0.0f;
    in.Exercise = phase.Exercise, in.Set = phase.Set, in.Rep = phase.Rep;
    in.MuscleSize = Finite(s.MuscleSize, 1.0);
    in.Damage = Finite(s.Damage);
    in.Inflammation = Finite(sim.InflammationIndex());

    Fluxes f = sim.GetFluxes();
    double igf1_rest = f.ReleaseRest[(int)Species::Igf1] * kIgf1FreeHalfLife / kLn2;
    const double level[kSceneSpeciesCount] = {
        s.PlasmaBdnf,
        igf1_rest > 0.0 ? s.FreeIgf1 / igf1_rest : 1.0,
        s.Vegf / kVegfRest,
        s.Lactate / kLactateRest,
        s.Cortisol / kCortisolRest,
        s.Il6 / kIl6Rest,
        1.0 + in.Inflammation,
    };
    for (int i = 0; i < kSceneSpeciesCount; i++) {
        in.PlasmaRelative[i] = Finite(level[i], 1.0);
        in.ReleaseRest[i] = Finite(f.ReleaseRest[i]);
        in.Unit[i] = GetSpeciesInfo(i).Unit;
    }
    in.BarrierLeak = Finite(f.BarrierLeak);
    in.VegfAtNiche = Finite(f.VegfAtNiche, 1.0);
    in.Angiogenesis = Finite(f.Angiogenesis);

    in.Progenitors = s.Progenitors;
    in.ImmatureEarly = s.ImmatureEarly;
    in.ImmatureLate = s.ImmatureLate;
    in.MatureNew = s.MatureNew;
    in.CellsBornTotal = s.CellsBornTotal;
    in.NewNeuronsTotal = s.NewNeuronsTotal;
    in.NewNeuronsPerDay = sim.NewNeuronsPerDay();
    in.BaselineNewNeuronsPerDay = sim.BaselineNewNeuronsPerDay();
    in.BaselineCellPool = sim.BaselineCellPool();
    in.MaturationDays = sim.MaturationDays();
    return in;
}

// Adds `minutes` of the rates in f to the amounts.
static void Accumulate(const Fluxes& f, double minutes, SceneInputs* in) {
    for (int i = 0; i < kSceneSpeciesCount; i++) {
        double total = f.Release[i] * minutes;
        // The working muscle supplies its share of the rise above rest; the rest of the body the remainder.
        double excess = f.Release[i] - f.ReleaseRest[i];
        double muscle = excess > 0.0 ? GetSpeciesInfo(i).MuscleShare * excess * minutes : 0.0;
        in->ReleasedMuscle[i] += muscle;
        in->ReleasedElsewhere[i] += total - muscle;
        in->Crossed[i] += f.Crossing[i] * CrossingWeight(i) * minutes;
    }
    double days = minutes / kMinutesPerDay;
    in->Divisions += f.Divisions * days;
    in->Differentiations += f.Differentiations * days;
    in->Migrations += f.Migrations * days;
    in->Maturations += f.Maturations * days;
    in->ProgenitorDeaths += f.ProgenitorDeaths * days;
    in->ImmatureDeaths += f.ImmatureDeaths * days;
}

SceneInputReader::SceneInputReader() {}
SceneInputReader::~SceneInputReader() {
    delete Replay;
}

void SceneInputReader::Forget() {
    delete Replay;
    Replay = nullptr;
}

const SceneInputs& SceneInputReader::Read(const Simulation& sim, double render_time_hours) {
    Inputs = ReadSceneInputs(sim, render_time_hours);
    double now = render_time_hours * 60.0;
    double sim_minute = sim.State().StepCount * kStepMinutes;
    if (!Replay) {
        Replay = new Simulation(sim);
        LastMinute = now;
        return Inputs;
    }
    double replay_minute = Replay->State().StepCount * kStepMinutes;
    bool jump = now < LastMinute || replay_minute > sim_minute ||
                sim_minute - replay_minute > kMaxReplaySteps * kStepMinutes || Replay->Seed() != sim.Seed();
    if (!jump && now > LastMinute) {
        Inputs.IntervalMinutes = now - LastMinute;
        // Rates are constant over a step: the state at minute k holds for [k, k + 1).
        double from = LastMinute;
        for (;;) {
            double k = Replay->State().StepCount * kStepMinutes;
            double end = std::fmin(now, k + kStepMinutes);
            if (end > from) Accumulate(Replay->GetFluxes(), end - from, &Inputs);
            from = end;
            if (from >= now || k >= sim_minute) break;
            Replay->Step();
        }
        // Repetitions faster than frames: show the mean contraction over the interval.
        double interval_seconds = Inputs.IntervalMinutes * 60.0;
        if (interval_seconds > 0.3) {
            int samples = interval_seconds > 4.8 ? 16 : (int)(interval_seconds / 0.3) + 1;
            float contraction = 0.0f, force = 0.0f, active = 0.0f;
            for (int i = 0; i < samples; i++) {
                double t = (LastMinute + (now - LastMinute) * (i + 1) / samples) / 60.0;
                SessionPhase p = sim.PhaseAt(t);
                contraction += (float)p.Contraction;
                force = p.InSession && (float)p.Force > force ? (float)p.Force : force;
                active += p.InSession ? 1.0f : 0.0f;
            }
            Inputs.Contraction = contraction / samples;
            Inputs.Force = force;
            Inputs.SessionActivity = active / samples;
        }
    }
    *Replay = sim;
    LastMinute = now;
    return Inputs;
}

} // namespace ng
