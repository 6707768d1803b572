// Particles: emission counts follow the model's amounts exactly, quanta are honest 1-2-5
// values, the system is deterministic, and a paused frame moves nothing.
#include "render/particle_system.h"
#include "render/time_wrap.h"
#include <cmath>
#include <doctest/doctest.h>

using namespace ng;

static SceneInputs RestingInputs() {
    SceneInputs in;
    in.Valid = true;
    for (int s = 0; s < kSpeciesCount; s++) {
        in.PlasmaRelative[s] = 1.0f;
        in.ReleaseRest[s] = 0.05f * (float)(s + 1);
        in.Unit[s] = "x rest";
    }
    return in;
}

TEST_SUITE("scene") {

    TEST_CASE("particles: quanta are 1-2-5 steps that grow with the time speed") {
        CHECK(ParticleSystem::RoundToSteps(0.013) == doctest::Approx(0.01));
        CHECK(ParticleSystem::RoundToSteps(0.034) == doctest::Approx(0.05));
        CHECK(ParticleSystem::RoundToSteps(1.7) == doctest::Approx(2.0));
        CHECK(ParticleSystem::RoundToSteps(880.0) == doctest::Approx(1000.0));
        CHECK(ParticleSystem::RoundToSteps(0.0) == 0.0);
        SceneInputs in = RestingInputs();
        ParticleQuanta slow = ParticleSystem::ComputeQuanta(in, 60.0, 3000);
        ParticleQuanta fast = ParticleSystem::ComputeQuanta(in, 6000.0, 3000);
        REQUIRE(slow.Valid);
        REQUIRE(fast.Valid);
        for (int s = 0; s < kSpeciesCount; s++)
            CHECK(fast.Plasma[s] / slow.Plasma[s] == doctest::Approx(100.0).epsilon(0.6));
        CHECK(fast.Crossing > slow.Crossing);
        // A smaller budget makes each particle stand for more.
        ParticleQuanta small = ParticleSystem::ComputeQuanta(in, 60.0, 300);
        for (int s = 0; s < kSpeciesCount; s++) CHECK(small.Plasma[s] > slow.Plasma[s]);
        CHECK_FALSE(
            ParticleSystem::ComputeQuanta(in, 0.0, 3000).Valid); // paused: the legend keeps its last values
    }

    TEST_CASE("particles: the number emitted equals the model's amount divided by the quantum") {
        ParticleSystem particles;
        particles.Reset(7);
        particles.SetBudget(100000);
        SceneInputs in = RestingInputs();
        const double speed = 3600.0;
        particles.Update(in, speed, 0.0); // first frame: quanta and the resting blood
        const ParticleQuanta q = particles.Quanta();
        REQUIRE(q.Valid);
        double released[kSpeciesCount] = {}, elsewhere[kSpeciesCount] = {}, crossed[kSpeciesCount] = {};
        long long muscle_count[kSpeciesCount] = {}, inlet_count[kSpeciesCount] = {},
                  cross_count[kSpeciesCount] = {};
        for (int frame = 0; frame < 600; frame++) {
            SceneInputs f = in;
            f.IntervalMinutes = 1.0;
            for (int s = 0; s < kSpeciesCount; s++) {
                f.ReleasedMuscle[s] = q.Plasma[s] * (0.37 + 0.01 * s);
                f.ReleasedElsewhere[s] = q.Plasma[s] * 0.52;
                f.Crossed[s] = q.Crossing * 0.11 * s;
                released[s] += f.ReleasedMuscle[s], elsewhere[s] += f.ReleasedElsewhere[s],
                    crossed[s] += f.Crossed[s];
            }
            particles.Update(f, speed, 1.0 / 60.0);
            for (int s = 0; s < kSpeciesCount; s++) {
                muscle_count[s] += particles.EmittedMuscle(s);
                inlet_count[s] += particles.EmittedInlet(s);
                cross_count[s] += particles.EmittedCrossing(s);
            }
        }
        for (int s = 0; s < kSpeciesCount; s++) {
            CHECK(std::fabs(muscle_count[s] - released[s] / q.Plasma[s]) < 1.0001);
            CHECK(std::fabs(inlet_count[s] - elsewhere[s] / q.Plasma[s]) < 1.0001);
            CHECK(std::fabs(cross_count[s] - crossed[s] / q.Crossing) < 1.0001);
        }
        CHECK(particles.Dropped() == 0);
    }

    TEST_CASE("particles: no amount, no particles (never decoration)") {
        ParticleSystem particles;
        particles.Reset(1);
        particles.SetBudget(5000);
        SceneInputs in = RestingInputs();
        for (int s = 0; s < kSpeciesCount; s++) in.ReleaseRest[s] = 0.0f, in.PlasmaRelative[s] = 0.0f;
        for (int frame = 0; frame < 120; frame++) {
            in.IntervalMinutes = 1.0;
            particles.Update(in, 3600.0, 1.0 / 60.0);
        }
        CHECK(particles.Count() == 0);
    }

    TEST_CASE("particles: deterministic for a seed, paused frames move nothing") {
        SceneInputs in = RestingInputs();
        auto run = [&](uint64_t seed, std::vector<float>* out) {
            ParticleSystem particles;
            particles.Reset(seed);
            particles.SetBudget(20000);
            for (int frame = 0; frame < 200; frame++) {
                SceneInputs f = in;
                f.IntervalMinutes = 1.0;
                for (int s = 0; s < kSpeciesCount; s++) f.ReleasedMuscle[s] = 0.05 * s, f.Crossed[s] = 0.3;
                particles.Update(f, 3600.0, 1.0 / 60.0);
            }
            particles.FillInstances(out);
            std::vector<float> paused;
            particles.Update(in, 0.0, 0.0);
            particles.FillInstances(&paused);
            CHECK(paused == *out);
        };
        std::vector<float> a, b, c;
        run(5, &a);
        run(5, &b);
        run(6, &c);
        CHECK(a == b);
        CHECK(a != c);
    }

    TEST_CASE("particles: the budget is a hard cap") {
        ParticleSystem particles;
        particles.Reset(3);
        particles.SetBudget(500);
        SceneInputs in = RestingInputs();
        for (int frame = 0; frame < 300; frame++) {
            SceneInputs f = in;
            f.IntervalMinutes = 1.0;
            for (int s = 0; s < kSpeciesCount; s++) f.ReleasedMuscle[s] = 50.0;
            particles.Update(f, 3600.0, 1.0 / 60.0);
            CHECK(particles.Count() <= 500);
        }
        CHECK(particles.Dropped() > 0);
    }

    TEST_CASE("time wrap: phases stay exact after months of uptime") {
        const double month = 30.0 * 86400.0;
        for (double t : {0.0, 1.5, 3600.0 * 24.0, 6.0 * month, 24.0 * month}) {
            float phase = (float)WrapTime(t * 0.37, 1.0);
            CHECK(phase >= 0.0f);
            CHECK(phase < 1.0f);
            // A frame later the phase has moved by exactly one frame's worth, not by float noise.
            double step = WrapTime((t + 1.0 / 60.0) * 0.37, 1.0) - WrapTime(t * 0.37, 1.0);
            if (step < 0.0) step += 1.0;
            CHECK(step == doctest::Approx(0.37 / 60.0).epsilon(1e-6));
        }
        CHECK(WrapTime(-0.5, 2.0) == doctest::Approx(1.5));
    }

} // TEST_SUITE
