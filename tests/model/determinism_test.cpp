// Determinism (Box2D style: an exact state hash) and the native/WebAssembly parity check against
// a golden daily trajectory written by the native CLI.
//
// When a model change is intended, update both pins (see docs/model.md, "Determinism"):
//   kExpectedBalancedHash: the failing check prints the new value;
//   the golden CSV:        NG_UPDATE_GOLDEN=1 build/model-native/tests/model/ng_model_tests -tc="golden*"
#include "test_support.h"

#include "io/headless_cli.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace ng;
using namespace ng_test;

TEST_SUITE("determinism") {

    // Balanced scenario, seed 1, after 12 simulated weeks. Identical natively and in WebAssembly.
    static const uint64_t kExpectedBalancedHash = 0xff6390f37bc5a964ull;
    static const char* const kGoldenPath = "tests/model/golden/balanced_seed1_12wk.csv";
    // Relative tolerance of the parity check. Observed: 0 (bit-identical), because the model uses
    // only + - * / sqrt and its own DetExp/DetLog, and is compiled without FMA contraction.
    static const double kGoldenTolerance = 1e-12;

    TEST_CASE("the same seed gives the same state hash and lab draws") {
        Protocol protocol = ScenarioProtocol("balanced");
        Simulation a(protocol, 42), b(protocol, 42);
        for (int day = 0; day < 30; day++) {
            a.Advance(24.0);
            b.Advance(24.0);
            LabTest la = a.DrawLabTest(), lb = b.DrawLabTest();
            CHECK(la.SerumBdnf == lb.SerumBdnf);
            CHECK(la.CognitiveZ == lb.CognitiveZ);
        }
        CHECK(a.StateHash() == b.StateHash());
    }

    TEST_CASE("pinned state hash of the balanced scenario after 12 weeks") {
        Simulation sim(ScenarioProtocol("balanced"), 1);
        sim.Advance(12 * 168.0);
        char text[32];
        std::snprintf(text, sizeof(text), "0x%016llxull", (unsigned long long)sim.StateHash());
        INFO("new value for kExpectedBalancedHash: ", text);
        CHECK(sim.StateHash() == kExpectedBalancedHash);
    }

    TEST_CASE("seeds change the lab draws but never the dynamics") {
        Simulation a(Protocol(), 1), b(Protocol(), 2);
        a.Advance(14 * 24.0);
        b.Advance(14 * 24.0);
        CHECK(a.State().Trophic == b.State().Trophic);
        CHECK(a.State().NewNeuronsTotal == b.State().NewNeuronsTotal);
        CHECK(a.DrawLabTest().SerumBdnf != b.DrawLabTest().SerumBdnf);
    }

    TEST_CASE("Reset replays the run and Step and Advance agree") {
        Simulation sim(Protocol(), 7);
        sim.Advance(100.0);
        uint64_t first = sim.StateHash();
        sim.Reset();
        CHECK(sim.TimeHours() == 0.0);
        for (int i = 0; i < 6000; i++) sim.Step();
        CHECK(sim.StateHash() == first);
    }

    TEST_CASE("SetProtocol with the same protocol changes nothing even mid-session") {
        Simulation a(Protocol(), 1), b(Protocol(), 1);
        for (int i = 0; i < 3000; i++) {
            a.Step();
            b.Step();
            b.SetProtocol(b.GetProtocol());
        }
        CHECK(a.StateHash() == b.StateHash());
    }

    static std::vector<std::vector<std::string>> SplitCsv(const std::string& text) {
        std::vector<std::vector<std::string>> rows;
        std::vector<std::string> row(1);
        for (char c : text) {
            if (c == '\n') {
                rows.push_back(row);
                row.assign(1, std::string());
            } else if (c == ',') {
                row.emplace_back();
            } else if (c != '\r') {
                row.back() += c;
            }
        }
        if (row.size() > 1 || !row[0].empty()) rows.push_back(row);
        return rows;
    }

    TEST_CASE("golden daily trajectory of balanced with seed 1 over 12 weeks (native/WebAssembly parity)") {
        std::vector<std::string> args = {"--headless", "--scenario",  "balanced", "--weeks", "12", "--seed",
                                         "1",          "--precision", "17",       "--csv",   "-"};
        std::string out, err;
        REQUIRE(RunHeadlessCli(args, &out, &err) == 0);
        std::string path = SourcePath(kGoldenPath);
        const char* update = std::getenv("NG_UPDATE_GOLDEN");
        if (update && std::strcmp(update, "1") == 0) {
            std::FILE* file = std::fopen(path.c_str(), "wb");
            REQUIRE(file != nullptr);
            std::fwrite(out.data(), 1, out.size(), file);
            std::fclose(file);
            MESSAGE("golden trajectory written to ", path);
            return;
        }
        std::string golden = ReadFile(path);
        REQUIRE_MESSAGE(!golden.empty(), "no golden file at ", path, " (NG_UPDATE_GOLDEN=1 writes it)");
        auto expected = SplitCsv(golden), actual = SplitCsv(out);
        REQUIRE(actual.size() == expected.size());
        REQUIRE(actual[0] == expected[0]); // header
        int values = 0, identical = 0, outside = 0;
        for (size_t r = 1; r < expected.size(); r++) {
            REQUIRE(actual[r].size() == expected[r].size());
            for (size_t c = 0; c < expected[r].size(); c++) {
                double e = std::strtod(expected[r][c].c_str(), nullptr),
                       a = std::strtod(actual[r][c].c_str(), nullptr);
                values++;
                if (actual[r][c] == expected[r][c]) {
                    identical++;
                } else if (std::fabs(a - e) > kGoldenTolerance * std::fmax(std::fabs(e), 1e-9)) {
                    outside++;
                    if (outside <= 5)
                        MESSAGE("day ", expected[r][0], " ", expected[0][c], ": golden ", expected[r][c],
                                ", now ", actual[r][c]);
                }
            }
        }
        MESSAGE(identical, " of ", values, " values bit-identical to the golden file");
        CHECK(outside == 0);
    }

} // TEST_SUITE
