// The quality governor, the input adapter (exact integrals over frames) and the drawn cells.
#include "io/scenario.h"
#include "model/model_parameters.h"
#include "model/simulation.h"
#include "render/neuron_field.h"
#include "render/quality_governor.h"
#include "render/scene_inputs.h"
#include "render/shape_list.h"
#include "render/stations.h"
#include <cmath>
#include <doctest/doctest.h>

using namespace ng;

TEST_SUITE("scene") {

    TEST_CASE("quality: software renderers start low, slow frames lower the resolution then the detail, "
              "fast ones raise them, failed steps wait longer each time") {
        CHECK(QualityGovernor::IsSoftwareRenderer(
            "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))"));
        CHECK(QualityGovernor::IsSoftwareRenderer("llvmpipe (LLVM 15.0.6, 256 bits)"));
        CHECK_FALSE(QualityGovernor::IsSoftwareRenderer("Mesa Intel(R) UHD Graphics 620 (KBL GT2)"));
        QualityGovernor swift;
        swift.Start("ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))");
        QualityGovernor gpu;
        gpu.Start("NVIDIA GeForce GTX 1060/PCIe/SSE2");
        CHECK(swift.Level() < gpu.Level());
        CHECK(swift.Settings().ParticleBudget <= 2000);

        int start = gpu.Level();
        CHECK(gpu.RenderScale() == 1.0f);
        auto slow_second = [](QualityGovernor& q) {
            for (int i = 0; i < 30; i++) q.Update(0.060); // one second at 16 fps: one step down
        };
        slow_second(gpu); // the resolution drops before the detail
        CHECK(gpu.Level() == start);
        CHECK(gpu.RenderScale() == kRenderScales[kRenderScaleCount - 2]);
        for (int step = 2; step < kRenderScaleCount; step++) slow_second(gpu);
        CHECK(gpu.RenderScale() == kRenderScales[0]);
        slow_second(gpu); // then a level less, at full resolution again
        CHECK(gpu.Level() == start - 1);
        CHECK(gpu.RenderScale() == 1.0f);
        for (int i = 0; i < 600; i++) gpu.Update(1.0 / 60.0); // fast again, but the failed step waits
        CHECK(gpu.Level() == start - 1);
        for (int i = 0; i < 60 * 70; i++) gpu.Update(1.0 / 60.0); // after the cool-down it is retried
        CHECK(gpu.Level() >= start);
        // The same step failing again waits twice as long before its next try.
        QualityGovernor retry;
        retry.Start("llvmpipe");
        auto seconds_until_back = [&]() {
            slow_second(retry);
            REQUIRE(retry.RenderScale() < 1.0f);
            double waited = 0.0;
            while (retry.RenderScale() < 1.0f && waited < 600.0)
                retry.Update(1.0 / 60.0), waited += 1.0 / 60.0;
            return waited;
        };
        double first = seconds_until_back(), second = seconds_until_back(), third = seconds_until_back();
        CHECK(first == doctest::Approx(QualityGovernor::kRetrySeconds).epsilon(0.1));
        CHECK(second == doctest::Approx(2.0 * QualityGovernor::kRetrySeconds).epsilon(0.1));
        CHECK(third == doctest::Approx(4.0 * QualityGovernor::kRetrySeconds).epsilon(0.1));
        QualityGovernor g;
        g.Start("some gpu");
        for (int i = 0; i < 60 * 60; i++) g.Update(1.0 / 60.0); // a fast machine climbs to the top
        CHECK(g.Level() == kQualityLevelCount - 1);
        g.SetFixedLevel(2); // a fixed level: only the resolution moves
        for (int i = 0; i < 300; i++) g.Update(0.2);
        CHECK(g.Level() == 2);
        CHECK(g.RenderScale() == kRenderScales[0]);
        g.SetFixedLevel(0); // without the tissue pass the resolution stays full
        for (int i = 0; i < 300; i++) g.Update(0.2);
        CHECK(g.RenderScale() == 1.0f);
        g.SetFixedLevel(2);
        g.SetFixedScale(0.8f); // and a fixed scale: nothing moves
        for (int i = 0; i < 300; i++) g.Update(0.2);
        CHECK(g.Level() == 2);
        CHECK(g.RenderScale() == 0.8f);
        for (int l = 1; l < kQualityLevelCount; l++)
            CHECK(GetQualityLevel(l).ParticleBudget > GetQualityLevel(l - 1).ParticleBudget);
    }

    TEST_CASE("inputs: amounts over frames add up to the model's own integral at every speed") {
        Scenario scenario;
        std::vector<std::string> messages;
        REQUIRE(LoadScenario("balanced", &scenario, &messages));
        for (int steps_per_frame : {0, 1, 17, 1008}) {
            Simulation sim(scenario.Settings, 1);
            Simulation reference(scenario.Settings, 1);
            SceneInputReader reader;
            double total_released = 0.0, total_divisions = 0.0;
            double expect_released = 0.0, expect_divisions = 0.0;
            reader.Read(sim, sim.TimeHours());
            const int kMinutes = 3 * 1440;
            int minute = 0;
            while (minute < kMinutes) {
                int n = steps_per_frame == 0 ? 1 : steps_per_frame; // 0: sub-step frames below
                if (steps_per_frame == 0) {
                    // Real time: 60 frames per model step, at interpolated render times.
                    for (int f = 1; f <= 60; f++) {
                        const SceneInputs& in = reader.Read(sim, (minute + f / 60.0 - 1e-9) / 60.0);
                        total_released += in.ReleasedMuscle[3] + in.ReleasedElsewhere[3];
                        total_divisions += in.Divisions;
                    }
                }
                for (int i = 0; i < n; i++) {
                    Fluxes f = reference.GetFluxes();
                    expect_released += f.Release[3];
                    expect_divisions += f.Divisions / 1440.0;
                    reference.Step();
                    sim.Step();
                }
                minute += n;
                if (steps_per_frame != 0) {
                    const SceneInputs& in = reader.Read(sim, sim.TimeHours());
                    total_released += in.ReleasedMuscle[3] + in.ReleasedElsewhere[3];
                    total_divisions += in.Divisions;
                }
                if (steps_per_frame == 0 && minute >= 600) break; // 10 simulated hours is plenty here
            }
            if (steps_per_frame == 0) {
                // The last partial step is still pending in the reader.
                CHECK(total_released == doctest::Approx(expect_released).epsilon(0.01));
            } else {
                CHECK(total_released == doctest::Approx(expect_released).epsilon(1e-9));
                CHECK(total_divisions == doctest::Approx(expect_divisions).epsilon(1e-9));
            }
        }
    }

    TEST_CASE("inputs: a session between two frames is not missed at the fastest speed") {
        Scenario scenario;
        std::vector<std::string> messages;
        REQUIRE(LoadScenario("balanced", &scenario, &messages));
        Simulation sim(scenario.Settings, 1);
        SceneInputReader reader;
        reader.Read(sim, 0.0);
        double lactate_from_muscle = 0.0;
        for (int frame = 0; frame < 40; frame++) { // a week at 1008 minutes per frame
            for (int i = 0; i < 1008; i++) sim.Step();
            lactate_from_muscle += reader.Read(sim, sim.TimeHours()).ReleasedMuscle[3];
        }
        CHECK(lactate_from_muscle > 1.0); // three sessions' lactate, all of it
    }

    TEST_CASE("cells: drawn populations follow the model's pools and events") {
        Scenario scenario;
        std::vector<std::string> messages;
        REQUIRE(LoadScenario("balanced", &scenario, &messages));
        Simulation sim(scenario.Settings, 1);
        SceneInputReader reader;
        NeuronField field;
        field.Reset(1);
        std::vector<ParticleArrival> none;
        int mature_early = -1;
        for (int frame = 0; frame < 60 * 60; frame++) { // 12 weeks at ~33 simulated minutes per frame
            for (int i = 0; i < 34; i++) sim.Step();
            const SceneInputs& in = reader.Read(sim, sim.TimeHours());
            field.Update(in, 1.0 / 60.0, none);
            if (frame == 60 * 5) mature_early = field.Count(CellStage::Mature);
        }
        const SceneInputs& in = reader.Read(sim, sim.TimeHours());
        double k = field.CellsPerDrawnCell();
        CHECK(k >= 1000.0);
        int progenitors = field.Count(CellStage::Progenitor) + field.Count(CellStage::Dividing);
        CHECK(std::abs(progenitors - in.Progenitors / k) <= 3.0);
        CHECK(std::abs(field.Count(CellStage::Neuroblast) - in.ImmatureEarly / k) <= 3.5);
        CHECK(std::abs(field.Count(CellStage::Immature) - in.ImmatureLate / k) <= 3.5);
        CHECK(field.Count(CellStage::Mature) > mature_early); // new neurons accumulate
        CHECK(field.Count(CellStage::Mature) <= NeuronField::kMaxMature);
        ShapeList shapes;
        field.AddShapes(&shapes, in, 10.0, 2, true);
        CHECK(shapes.Count() > 100); // somata, dendrites, axons
    }

    TEST_CASE("cells: drawn maturation runs on the species' clock from the model") {
        // Issue 13: human young neurons mature over months (docs/model.md), not on mouse timing.
        Protocol human, rat, mouse;
        rat.Subject = Organism::Rat;
        mouse.Subject = Organism::Mouse;
        SceneInputs h = ReadSceneInputs(Simulation(human, 1), 0.0);
        SceneInputs r = ReadSceneInputs(Simulation(rat, 1), 0.0);
        SceneInputs m = ReadSceneInputs(Simulation(mouse, 1), 0.0);
        double day = NeuronField::kMouseMaturationDays;
        CHECK(NeuronField::DrawnDays(m, day) == doctest::Approx(kMaturationDaysMouse));
        CHECK(NeuronField::DrawnDays(r, day) == doctest::Approx(kMaturationDaysRat));
        CHECK(NeuronField::DrawnDays(h, day) == doctest::Approx(kMaturationDaysHuman));
        CHECK(NeuronField::DrawnDays(h, NeuronField::kAxonDays) > 90.0); // months, not 11 days
        CHECK(NeuronField::DrawnDays(SceneInputs(), day) == doctest::Approx(day));

        // The placed population keeps the model's pools whatever the clock.
        Simulation sim(human, 1);
        SceneInputReader reader;
        NeuronField field;
        field.Reset(1);
        std::vector<ParticleArrival> none;
        const SceneInputs& in = reader.Read(sim, sim.TimeHours());
        field.Update(in, 1.0 / 60.0, none);
        double k = field.CellsPerDrawnCell();
        CHECK(std::abs(field.Count(CellStage::Immature) - in.ImmatureLate / k) <= 1.0);
        CHECK(field.Count(CellStage::Mature) <= NeuronField::kMaxMature);
    }

    TEST_CASE("stations: every station draws, and damage adds immune cells") {
        SceneInputs in;
        in.Valid = true;
        StationContext ctx;
        ctx.In = &in;
        ShapeList calm, hurt;
        AddMuscleShapes(&calm, ctx);
        in.Damage = 0.6f, in.Inflammation = 0.8f;
        AddMuscleShapes(&hurt, ctx);
        CHECK(hurt.Count() > calm.Count());
        ShapeList barrier;
        AddBarrierShapes(&barrier, ctx);
        in.Angiogenesis = 0.5f;
        ShapeList sprouting;
        AddBarrierShapes(&sprouting, ctx);
        CHECK(sprouting.Count() > barrier.Count() - 2); // a sprout replaces one end-foot
        CHECK(sprouting.Count() != barrier.Count());    // ...and adds its stalk and tip cells
        FibrePose relaxed = GetFibrePose(0, in);
        in.InSession = true, in.Contraction = 1.0f, in.Force = 1.0f;
        FibrePose shortened = GetFibrePose(0, in);
        CHECK(shortened.SarcomereLength < relaxed.SarcomereLength * 0.9f);
        CHECK(shortened.HalfLength < relaxed.HalfLength);
        in.MuscleSize = 1.06f;
        CHECK(GetFibrePose(0, in).Radius > shortened.Radius);
    }

} // TEST_SUITE
