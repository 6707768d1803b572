#include "scene_inputs.h"
#include "model/simulation.h"
#include <cmath>

namespace ng {

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
    for (int i = 0; i < kSpeciesCount; i++) {
        in.PlasmaRelative[i] = Finite(f.PlasmaLevel[i], 1.0);
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
    for (int i = 0; i < kSpeciesCount; i++) {
        SpeciesInfo info = GetSpeciesInfo(i);
        double total = f.Release[i] * minutes;
        // The working muscle supplies its share of the rise above rest; the rest of the body the remainder.
        double excess = f.Release[i] - f.ReleaseRest[i];
        double muscle = excess > 0.0 ? info.MuscleShare * excess * minutes : 0.0;
        in->ReleasedMuscle[i] += muscle;
        in->ReleasedElsewhere[i] += total - muscle;
        in->Crossed[i] += f.Crossing[i] * info.Particles.CrossingWeight * minutes;
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
