// Properties over many protocols, the inverted U, recovery, the contested-science switches
// (docs/science-background.md §3.9), the training schedule, the outputs the renderer uses and the
// species and station tables.
#include "test_support.h"

#include "model/readouts.h"
#include "model/stations.h"

#include <cmath>
#include <set>
#include <string>

using namespace ng;
using namespace ng_test;

TEST_SUITE("properties") {

    // The largest sedentary cell pools of any species (at 18 y, Spalding level): protocols switch
    // species and settings mid-run, so cell counts are bounded relative to these.
    struct CellBaseline {
        double Progenitors = 0.0, Immature = 0.0, NewPerDay = 0.0;
    };

    static const CellBaseline& LargestBaseline() {
        static CellBaseline largest = [] {
            CellBaseline b;
            for (int species = 0; species < 3; species++) {
                Simulation sim(Sedentary(WithParam(WithParam(Protocol(), "species", species), "age", 18)), 1);
                b.Progenitors = std::fmax(b.Progenitors, sim.State().Progenitors);
                b.Immature = std::fmax(b.Immature, sim.ImmatureNeurons());
                b.NewPerDay = std::fmax(b.NewPerDay, sim.NewNeuronsPerDay());
            }
            return b;
        }();
        return largest;
    }

    // Generous ceilings: a value above one is a model bug, not an extreme athlete.
    static double UpperBound(const char* name, double days) {
        struct Bound {
            const char* Name;
            double Max;
        };
        static const Bound kBounds[] = {
            {"serum_bdnf_ng_ml", 80},
            {"plasma_bdnf_rel", 1.5},
            {"total_igf1_ng_ml", 300},
            {"free_igf1_ng_l", 1300},
            {"plasma_vegf_pg_ml", 100},
            {"lactate_mmol_l", 15},
            {"cortisol_nmol_l", 2500},
            {"il6_pg_ml", 200},
            {"inflammation_index", 8.5},
            {"irisin_ng_ml", 4.5},
            {"cathepsin_b_rel", 1.3},
            {"trophic_state", 10},
            {"proliferation_rel", 4.6},
            {"fatigue", 400},
            {"strain", 3},
            {"overtraining_stage", 3},
            {"training_index", 1},
            {"muscle_size_rel", 1.1},
            {"strength_rel", 1.33},
            {"cognitive_index_z", 0.91},
        };
        for (const Bound& bound : kBounds)
            if (std::string(bound.Name) == name) return bound.Max;
        const CellBaseline& baseline = LargestBaseline();
        std::string cells = name;
        if (cells == "progenitors") return 4.6 * baseline.Progenitors;
        if (cells == "immature_neurons") return 25.0 * baseline.Immature;
        if (cells == "new_neurons_per_day") return 25.0 * baseline.NewPerDay;
        if (cells == "cells_born_per_day") return 4.6 * kDifferentiationRate * baseline.Progenitors;
        if (cells == "cells_born_total") return 4.6 * kDifferentiationRate * baseline.Progenitors * days;
        if (cells.find("_vs_sedentary") != std::string::npos) return 100.0 * (4.6 * 2.0 - 1.0); // high band
        if (cells == "new_neurons_total") return 25.0 * baseline.NewPerDay * days;
        if (cells == "sessions_done") return 2.0 * days + 1.0; // at most one session every 12 h
        FAIL("no bound for readout ", cells);
        return 0.0;
    }

    static void CheckOutputs(Simulation * sim, const std::string& where) {
        for (int i = 0; i < ReadoutCount(); i++) {
            const ReadoutInfo& info = ReadoutAt(i);
            double value = ReadoutValue(*sim, i);
            std::string name = info.Name;
            bool percent = name.find("_vs_sedentary") != std::string::npos; // cells born vs sedentary
            bool signed_value = name == "cognitive_index_z";
            double low = signed_value ? -0.71 : percent ? -100.0 : 0.0;
            if (!(std::isfinite(value) && value >= low && value <= UpperBound(info.Name, sim->TimeDays())))
                FAIL_CHECK(where, ": ", std::string(info.Name), " = ", value);
        }
        Fluxes f = sim->GetFluxes();
        for (int s = 0; s < kSpeciesCount; s++) {
            if (!(std::isfinite(f.Release[s]) && f.Release[s] >= 0.0 && std::isfinite(f.Crossing[s]) &&
                  f.Crossing[s] >= 0.0 && std::isfinite(f.PlasmaLevel[s]) && f.PlasmaLevel[s] >= 0.0))
                FAIL_CHECK(where, ": flux of ", std::string(GetSpeciesInfo(s).Name));
        }
        double cells[] = {f.Divisions,        f.Differentiations, f.Migrations,   f.Maturations,
                          f.ProgenitorDeaths, f.ImmatureDeaths,   f.MatureDeaths, f.Angiogenesis,
                          f.BarrierLeak,      f.VegfAtNiche};
        for (double rate : cells)
            if (!(std::isfinite(rate) && rate >= 0.0)) FAIL_CHECK(where, ": a cell or niche rate is ", rate);
        SessionPhase phase = sim->PhaseAt(sim->TimeHours() - 0.5 / 60.0);
        if (!(phase.Contraction >= 0.0 && phase.Contraction <= 1.0 && phase.Force >= 0.0 &&
              phase.Force <= 1.0 && phase.Progress >= 0.0 && phase.Progress <= 1.0))
            FAIL_CHECK(where, ": session phase out of range");
        LabTest test = sim->DrawLabTest();
        if (!(std::isfinite(test.SerumBdnf) && test.SerumBdnf >= 0.0 && std::isfinite(test.TotalIgf1) &&
              test.TotalIgf1 >= 0.0 && std::isfinite(test.CognitiveZ)))
            FAIL_CHECK(where, ": lab draw");
    }

    static Protocol RandomProtocol(Rng * rng) {
        Protocol protocol;
        for (int i = 0; i < ParamCount(); i++) {
            const ParamInfo& param = ParamAt(i);
            double pick = rng->NextUniform();
            double value = pick < 0.15  ? param.Min
                           : pick < 0.3 ? param.Max
                                        : param.Min + rng->NextUniform() * (param.Max - param.Min);
            SetParam(&protocol, param, value);
        }
        return protocol;
    }

    TEST_CASE("1000 random protocols (extremes included) stay finite and non-negative and bounded") {
        Rng rng;
        rng.Seed(2024);
        for (int run = 0; run < 1000; run++) {
            Protocol protocol = RandomProtocol(&rng);
            Simulation sim(protocol, (uint64_t)run);
            for (int day = 0; day < 56; day++) {
                if (day == 28) sim.SetProtocol(RandomProtocol(&rng)); // sliders move mid-run
                sim.Advance(24.0 - 11.0 / 60.0);
                CheckOutputs(&sim, "run " + std::to_string(run) + " day " + std::to_string(day));
                sim.Advance(11.0 / 60.0);
            }
        }
    }

    TEST_CASE("every corner of the numeric inputs stays finite and bounded") {
        const char* names[] = {"intensity", "recovery", "sessions", "sets", "reps", "rest", "form", "age"};
        for (int corner = 0; corner < 256; corner++) {
            Protocol protocol;
            for (int bit = 0; bit < 8; bit++) {
                const ParamInfo& param = *FindParam(names[bit]);
                SetParam(&protocol, param, (corner >> bit) & 1 ? param.Max : param.Min);
            }
            protocol.Exercise = corner % 7 == 0 ? ExerciseType::Aerobic : ExerciseType::Resistance;
            protocol.Transport = corner % 3 == 0 ? BdnfTransport::Strong : BdnfTransport::Weak;
            Simulation sim(protocol, 1);
            for (int week = 0; week < 12; week++) {
                sim.Advance(168.0);
                CheckOutputs(&sim, "corner " + std::to_string(corner));
            }
        }
    }

    // Cells born (new young neurons): in the human preset the matured neurons lag by months, so
    // the 12-week dose-response is read on the cells born (docs/model.md).
    TEST_CASE("inverted U: the 12-week gain in cells born peaks near the guideline dose") {
        struct Dose {
            int Sessions;
            double Recovery;
            int Sets;
            double Intensity;
        };
        const Dose ladder[] = {
            {1, 48, 3, 70}, {2, 72, 3, 70}, {3, 48, 3, 70}, {4, 36, 3, 70},
            {5, 30, 4, 70}, {7, 24, 5, 70}, {7, 18, 6, 80}, {7, 12, 8, 85},
        };
        double gains[8];
        int best = 0;
        for (int i = 0; i < 8; i++) {
            Protocol p = WithParam(WithParam(Protocol(), "sessions", ladder[i].Sessions), "recovery",
                                   ladder[i].Recovery);
            p = WithParam(WithParam(p, "sets", ladder[i].Sets), "intensity", ladder[i].Intensity);
            gains[i] = CellsBornGain(p, 12);
            INFO("dose ", i, ": ", ladder[i].Sessions, "x/wk, ", ladder[i].Recovery, " h, gain ", gains[i]);
            if (gains[i] > gains[best]) best = i;
        }
        CHECK(best >= 2); // 3-4 sessions a week, 36-48 h apart (G1, G4)
        CHECK(best <= 3);
        for (int i = 0; i < best; i++) CHECK(gains[i] < gains[i + 1]);
        for (int i = best; i < 7; i++) CHECK(gains[i + 1] < gains[i]);
        CHECK(gains[0] > 0.0);
        CHECK(gains[5] < 0.0); // daily L = 1.5: below the sedentary baseline
        CHECK(gains[7] < -0.5);
        CHECK(CellsBornGain(ScenarioProtocol("overtraining"), 12) < 0.0);
    }

    TEST_CASE("recovery after overtraining: strain clears and neurogenesis returns") {
        Protocol overtraining = ScenarioProtocol("overtraining");
        Simulation sim(overtraining, 1);
        sim.Advance(6 * 168.0);
        CHECK(sim.Status() != TrainingStatus::Fresh);
        double strained = MeanProliferation(&sim, 24.0);
        double strained_per_day = sim.CellsBornPerDay();
        const double baseline_born = Simulation(Sedentary(overtraining), 1).CellsBornPerDay();
        CHECK(strained < 0.8);
        sim.SetProtocol(Sedentary(overtraining));
        sim.Advance(3 * 168.0);
        CHECK(MeanProliferation(&sim, 24.0) > 0.95);
        CHECK(sim.State().Strain < 0.3);
        sim.Advance(4 * 168.0);
        CHECK(sim.CellsBornPerDay() > strained_per_day);
        CHECK(sim.CellsBornPerDay() == doctest::Approx(baseline_born).epsilon(0.1));
        // Matured new neurons follow months later in the human preset (docs/model.md).
        sim.Advance(52 * 168.0);
        CHECK(sim.NewNeuronsPerDay() == doctest::Approx(700.0).epsilon(0.1));
        CHECK(sim.Status() == TrainingStatus::Fresh);
    }

    TEST_CASE("switch bdnf_transport: off < weak < strong and off keeps most of the gain (B11 B17 B18)") {
        double off = NeurogenesisGain(WithParam(Protocol(), "bdnf_transport", 0), 12);
        double weak = NeurogenesisGain(Protocol(), 12);
        double strong = NeurogenesisGain(WithParam(Protocol(), "bdnf_transport", 2), 12);
        CHECK(off < weak);
        CHECK(weak < strong);
        CHECK(off > 0.85 * weak); // the brain makes most of its BDNF itself
        Simulation sim(WithParam(Protocol(), "bdnf_transport", 0), 1);
        CHECK(sim.GetFluxes().Crossing[(int)Species::Bdnf] == 0.0);
    }

    TEST_CASE("switch neurogenesis=sorrells: no new neurons but cognition still improves (N2 C1)") {
        Simulation sim(WithParam(Protocol(), "neurogenesis", 1), 1);
        CHECK(sim.NewNeuronsPerDay() == 0.0);
        sim.Advance(12 * 168.0);
        CHECK(sim.State().NewNeuronsTotal == 0.0);
        CHECK(sim.CognitiveIndex() > 0.1);
    }

    TEST_CASE("switches irisin and cathepsin_b: off lowers the trophic rise a little (M1-M5)") {
        Protocol both_off = WithParam(WithParam(Protocol(), "irisin", 0), "cathepsin_b", 0);
        Simulation on(Protocol(), 1), off(both_off, 1);
        on.Advance(11 * 168.0);
        off.Advance(11 * 168.0);
        double trophic_on = 0.0, trophic_off = 0.0;
        for (int h = 0; h < 168; h++) {
            on.Advance(1.0);
            off.Advance(1.0);
            trophic_on += on.State().Trophic - 1.0;
            trophic_off += off.State().Trophic - 1.0;
        }
        CHECK(trophic_off < trophic_on);
        CHECK(trophic_off / trophic_on == doctest::Approx(0.9).epsilon(0.03)); // their 10 % share
    }

    TEST_CASE(
        "switch exercise=aerobic: more new neurons with little muscle growth and no IGF-1 gain (N6 I9)") {
        Protocol aerobic = WithParam(WithParam(Protocol(), "exercise", 1), "age", 70);
        Protocol resistance = WithParam(Protocol(), "age", 70);
        Simulation a(aerobic, 1), r(resistance, 1);
        a.Advance(12 * 168.0);
        r.Advance(12 * 168.0);
        CHECK(a.State().NewNeuronsTotal > r.State().NewNeuronsTotal);
        CHECK(a.State().MuscleSize - 1.0 < 0.2 * (r.State().MuscleSize - 1.0));
        CHECK(a.State().TotalIgf1 ==
              doctest::Approx(Simulation(aerobic, 1).State().TotalIgf1).epsilon(0.001));
        CHECK(r.State().TotalIgf1 > 140.0);
        CHECK(a.State().Irisin > r.State().Irisin); // M1: measured after aerobic training
    }

    TEST_CASE("switch species: rat new neurons survive ~2x as often as mouse ones (N10)") {
        auto survival = [](int species) {
            Simulation sim(Sedentary(WithParam(Protocol(), "species", species)), 1);
            sim.InjectBrdU();
            double start = LabelledCells(sim);
            sim.Advance(60 * 24.0);
            return LabelledCells(sim) / start;
        };
        CHECK(survival(1) / survival(2) == doctest::Approx(2.0).epsilon(0.2));
    }

    TEST_CASE("schedule: sessions start recovery hours apart from each week's start and the week stretches") {
        auto starts = [](int sessions, double recovery, int count) {
            Protocol p = WithParam(WithParam(Protocol(), "sessions", sessions), "recovery", recovery);
            Simulation sim(p, 1);
            std::vector<double> hours;
            double last = kNoSession;
            while ((int)hours.size() < count && sim.TimeDays() < 60) {
                sim.Step();
                if (sim.State().SessionStart != last) {
                    last = sim.State().SessionStart;
                    hours.push_back(last / 60.0);
                }
            }
            return hours;
        };
        std::vector<double> three = starts(3, 48, 5);
        REQUIRE(three.size() == 5);
        CHECK(three[0] == 9.0);
        CHECK(three[1] == 57.0);
        CHECK(three[2] == 105.0);
        CHECK(three[3] == 177.0); // next week: 72 h later
        CHECK(three[4] == 225.0);
        std::vector<double> stretched = starts(7, 48, 9);
        REQUIRE(stretched.size() == 9);
        for (size_t i = 1; i < stretched.size(); i++) CHECK(stretched[i] - stretched[i - 1] == 48.0);
        CHECK(starts(0, 48, 1).empty());
        std::vector<double> odd = starts(2, 30.5, 3);
        REQUIRE(odd.size() == 3);
        CHECK(odd[1] - odd[0] == 30.5);
        CHECK(odd[2] == 177.0);
    }

    TEST_CASE("schedule: moving sliders mid-run takes effect from the next session") {
        Simulation sim(Protocol(), 1);
        sim.Advance(22.0); // after the first session (09:00)
        Protocol shorter = WithParam(Protocol(), "recovery", 12);
        sim.SetProtocol(shorter); // 09:00 + 12 h is in the past: the next session starts now
        CHECK(sim.State().NextSessionStart == 22.0 * 60.0);
        sim.Advance(1.0);
        CHECK(sim.State().SessionsDone == 2);
        sim.SetProtocol(Sedentary(shorter));
        CHECK(sim.State().NextSessionStart == kNoSession);
        sim.Advance(200.0);
        CHECK(sim.State().SessionsDone == 2);
        sim.SetProtocol(Protocol()); // the third session of the week is overdue: it starts now
        CHECK(sim.State().NextSessionStart == 223.0 * 60.0);
        sim.Advance(1.0);
        CHECK(sim.State().SessionsDone == 3);
        CHECK(sim.State().NextSessionStart == (223.0 + 48.0) * 60.0); // the week stretched to fit
    }

    TEST_CASE("PhaseAt: warm-up then sets of reps and rests") {
        Simulation sim(Protocol(), 1);
        sim.Advance(11.0);
        const ModelState& s = sim.State();
        double start = s.SessionStart / 60.0;
        double rep = s.SessionRepSeconds / 3600.0;
        CHECK(s.SessionRepSeconds >= 2.0);
        CHECK(s.SessionRepSeconds <= 3.0);
        CHECK(sim.PhaseAt(start - 0.01).InSession == false);
        CHECK(sim.PhaseAt(start + 1.0 / 60.0).Part == SessionPart::WarmUp);
        double lifting = start + kWarmupMinutes / 60.0;
        SessionPhase first = sim.PhaseAt(lifting + 0.2 * rep);
        CHECK(first.Part == SessionPart::Lifting);
        CHECK(first.Set == 0);
        CHECK(first.Rep == 0);
        CHECK(first.Force == doctest::Approx(0.7));
        CHECK(first.Contraction > 0.0);
        CHECK(sim.PhaseAt(lifting + 0.4 * rep).Contraction == doctest::Approx(1.0)); // end of the lift
        CHECK(sim.PhaseAt(lifting + 3.5 * rep).Rep == 3);
        SessionPhase resting = sim.PhaseAt(lifting + 10.5 * rep);
        CHECK(resting.Part == SessionPart::Resting);
        CHECK(resting.Force == 0.0);
        double block = 10 * rep + 2.0 / 60.0;
        SessionPhase second_set = sim.PhaseAt(lifting + block + 0.5 * rep);
        CHECK(second_set.Set == 1);
        SessionPhase next_exercise = sim.PhaseAt(lifting + 3 * block + 0.5 * rep);
        CHECK(next_exercise.Exercise == 1);
        CHECK(next_exercise.Set == 0);
        CHECK(sim.PhaseAt(s.SessionEnd / 60.0).InSession == false);
    }

    TEST_CASE(
        "fluxes: release rises in a session while IGF-1 entry is activity-gated and VEGF does not cross") {
        Simulation sim(Protocol(), 1);
        sim.Advance(8.0);
        Fluxes rest = sim.GetFluxes();
        sim.Advance(1.5); // inside the first session
        REQUIRE(sim.InSession());
        Fluxes work = sim.GetFluxes();
        for (Species s : {Species::Bdnf, Species::Lactate, Species::Cortisol, Species::Il6, Species::Vegf})
            CHECK(work.Release[(int)s] > rest.Release[(int)s]);
        CHECK(rest.Release[(int)Species::Lactate] ==
              doctest::Approx(rest.ReleaseRest[(int)Species::Lactate]));
        CHECK(rest.Crossing[(int)Species::Igf1] == doctest::Approx(1.0));
        CHECK(work.Crossing[(int)Species::Igf1] == doctest::Approx(5.0).epsilon(0.02)); // A = 1 vs 0.2
        CHECK(work.Crossing[(int)Species::Vegf] == 0.0);
        CHECK(work.Divisions == doctest::Approx(work.Differentiations + work.ProgenitorDeaths).epsilon(0.05));
        Simulation blocked(WithParam(Protocol(), "block_igf1", 1), 1);
        CHECK(blocked.GetFluxes().Crossing[(int)Species::Igf1] == 0.0);
    }

    TEST_CASE("species table: one row each, told apart by shape as well as colour, crossing only where "
              "particles cross") {
        std::set<std::string> names, shapes;
        for (int s = 0; s < kSpeciesCount; s++) {
            SpeciesInfo info = GetSpeciesInfo(s);
            CAPTURE(info.Name);
            names.insert(info.Name);
            shapes.insert(std::to_string((int)info.Look.Outline) + "/" + std::to_string(info.Look.Corners) +
                          "/" + std::to_string(info.Look.Turn));
            bool crosses = info.Particles.Crossing == SpeciesCrossing::Vesicle ||
                           info.Particles.Crossing == SpeciesCrossing::Direct ||
                           info.Particles.Crossing == SpeciesCrossing::Junction;
            CHECK(crosses == (info.Particles.CrossingWeight > 0.0f));
            CHECK(info.Particles.RestCount >= 1.0f);
            CHECK((info.MuscleShare >= 0.0 && info.MuscleShare <= 1.0));
            CHECK(info.Look.Radius > 0.0f);
            CHECK(info.Look.Radius <= 1.0f); // inside the particle's quad with its halo
        }
        CHECK(names.size() == (size_t)kSpeciesCount);
        CHECK(shapes.size() == (size_t)kSpeciesCount);
    }

    TEST_CASE("stations table: ids, cards and views find each other, and messages list them all") {
        std::set<std::string> ids, cards;
        for (int i = 0; i < kStationCount; i++) {
            StationInfo info = GetStation((Station)i);
            ids.insert(info.Id);
            cards.insert(info.CardId);
            CHECK(FindView(info.Id) == i);
            CHECK(std::string(ViewId(i)) == info.Id);
            CHECK(FindCard(info.CardId) == i);
            if (info.OtherId) CHECK(FindView(info.OtherId) == i);
            CHECK(ViewNames().find(info.Id) != std::string::npos);
            CHECK(CardNames().find(info.CardId) != std::string::npos);
        }
        CHECK(ids.size() == (size_t)kStationCount);
        CHECK(cards.size() == (size_t)kStationCount);
        CHECK(FindView("overview") == kOverviewView);
        CHECK(std::string(ViewId(kOverviewView)) == "overview");
        CHECK(FindView("liver") == kUnknownView);
        CHECK(ViewNames() == "overview, muscle, blood, barrier or hippocampus");
    }

    TEST_CASE("the balanced programme builds muscle and strength while sedentary stays flat") {
        Simulation trained(ScenarioProtocol("balanced"), 1), idle(ScenarioProtocol("sedentary"), 1);
        trained.Advance(12 * 168.0);
        idle.Advance(12 * 168.0);
        CHECK(trained.State().MuscleSize > 1.05);
        CHECK(trained.State().Strength > 1.15);
        Simulation fresh(ScenarioProtocol("sedentary"), 1);
        for (int i = 0; i < ReadoutCount(); i++) {
            std::string name = ReadoutAt(i).Name;
            if (name == "new_neurons_total" || name == "cells_born_total") continue; // cumulative
            INFO(ReadoutAt(i).Name);
            CHECK(ReadoutValue(idle, i) == doctest::Approx(ReadoutValue(fresh, i)).epsilon(1e-9));
        }
    }

} // TEST_SUITE
