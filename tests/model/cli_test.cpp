// The headless command line: output shape, exit codes and messages.
#include "test_support.h"

#include "io/headless_cli.h"
#include "model/readouts.h"

#include <cstdio>
#include <string>
#include <vector>

using namespace ng;
using namespace ng_test;

TEST_SUITE("cli") {

    struct CliRun {
        int Code;
        std::string Out, Err;
    };

    static CliRun Run(std::vector<std::string> args) {
        CliRun run;
        args.insert(args.begin(), "--headless");
        run.Code = RunHeadlessCli(args, &run.Out, &run.Err);
        return run;
    }

    static int CountLines(const std::string& text) {
        int lines = 0;
        for (char c : text) lines += c == '\n';
        return lines;
    }

    static const std::string kTempCsv = std::string(NG_BINARY_DIR) + "/cli_test_output.csv";

    TEST_CASE("--help and --list exit 0") {
        CliRun help = Run({"--help"});
        CHECK(help.Code == 0);
        CHECK(help.Out.find("--scenario NAME") != std::string::npos);
        REQUIRE(!help.Out.empty());
        CHECK(help.Out.back() == '\n');
        CHECK(help.Out == HeadlessUsage());
        CliRun list = Run({"--list"});
        CHECK(list.Code == 0);
        CHECK(list.Out.find("older-adult") != std::string::npos);
        CHECK(list.Out.find("bdnf_transport") != std::string::npos);
        CHECK(list.Out.find("serum_bdnf_ng_ml") != std::string::npos);
    }

    TEST_CASE("one row per simulated day with a header of readout names") {
        CliRun run = Run({"--scenario", "balanced", "--weeks", "2", "--csv", "-"});
        CHECK(run.Code == 0);
        CHECK(run.Err.empty());
        CHECK(CountLines(run.Out) == 1 + 15); // header, day 0..14
        std::string header = run.Out.substr(0, run.Out.find('\n'));
        CHECK(header.rfind("day,serum_bdnf_ng_ml,plasma_bdnf_rel,", 0) == 0);
        CHECK(header.find(",serum_bdnf_measured_ng_ml,total_igf1_measured_ng_ml,cognitive_test_z") !=
              std::string::npos);
        CHECK(run.Out.find("\n14,") != std::string::npos);
        CliRun hourly = Run({"--scenario", "balanced", "--weeks", "1", "--interval", "1"});
        CHECK(CountLines(hourly.Out) == 1 + 169);
    }

    TEST_CASE("--csv FILE writes the same as standard output") {
        CliRun to_stdout = Run({"--scenario", "beginner", "--weeks", "1", "--seed", "5"});
        std::remove(kTempCsv.c_str());
        CliRun to_file = Run({"--scenario", "beginner", "--weeks", "1", "--seed", "5", "--csv", kTempCsv});
        CHECK(to_file.Code == 0);
        CHECK(to_file.Out.empty());
        CHECK(ReadFile(kTempCsv) == to_stdout.Out);
        std::remove(kTempCsv.c_str());
    }

    TEST_CASE("--set NAME=VALUE and --NAME VALUE and --NAME=VALUE are the same") {
        CliRun a = Run({"--weeks", "1", "--set", "intensity=85", "--set", "bdnf_transport=strong"});
        CliRun b = Run({"--weeks", "1", "--intensity", "85", "--bdnf_transport=strong"});
        CliRun c = Run({"--weeks", "1", "--set=intensity=85", "--set", "bdnf_transport=2"});
        CHECK(a.Code == 0);
        CHECK(a.Out == b.Out);
        CHECK(a.Out == c.Out);
        CHECK(a.Out != Run({"--weeks", "1"}).Out);
    }

    TEST_CASE("out-of-range values are clamped with a warning and exit 0") {
        CliRun run = Run({"--weeks", "1", "--set", "intensity=120", "--recovery", "2"});
        CHECK(run.Code == 0);
        CHECK(run.Err.find("neurogains: warning: intensity: 120 is outside 40-95; using 95") !=
              std::string::npos);
        CHECK(run.Err.find("recovery: 2 is outside 12-168; using 12") != std::string::npos);
        CHECK(run.Out == Run({"--weeks", "1", "--set", "intensity=95", "--recovery", "12"}).Out);
        CliRun weeks = Run({"--weeks", "900", "--interval", "168"});
        CHECK(weeks.Code == 0);
        CHECK(weeks.Err.find("--weeks 900 is outside 0-520; using 520") != std::string::npos);
        CHECK(CountLines(weeks.Out) == 1 + 521);
    }

    TEST_CASE("unknown names and garbage are errors with exit code 2") {
        struct Case {
            std::vector<std::string> Args;
            const char* Message;
        };
        const Case cases[] = {
            {{"--set", "intensty=80"}, "--set intensty=80: unknown parameter 'intensty' (see --list)"},
            {{"--set", "intensity=fast"},
             "--set intensity=fast: intensity: expected a number between 40 and 95, got 'fast'"},
            {{"--set", "intensity=nan"}, "expected a number between 40 and 95, got 'nan'"},
            {{"--set", "intensity"}, "--set intensity: expected NAME=VALUE"},
            {{"--set"}, "--set needs a value"},
            {{"--sessions", "2.5"}, "expected a whole number between 0 and 7, got '2.5'"},
            {{"--bdnf_transport", "medium"}, "expected one of off, weak or strong, got 'medium'"},
            {{"--weeks", "twelve"}, "--weeks: expected a number of weeks, got 'twelve'"},
            {{"--weeks"}, "--weeks needs a value"},
            {{"--seed", "-1"}, "--seed: expected a whole number"},
            {{"--seed", "18446744073709551616"}, "--seed: expected a whole number"},
            {{"--precision", "30"}, "--precision: expected a whole number 1-17"},
            {{"--at", "x:sessions=0"}, "--at x:sessions=0: expected WEEK:NAME=VALUE"},
            {{"--at", "4:nope=0"}, "unknown parameter 'nope'"},
            {{"--scenario", "balance"}, "unknown scenario 'balance' (known: sedentary,"},
            {{"--frobnicate"}, "unknown option '--frobnicate'"},
            {{"extra"}, "unexpected argument 'extra'"},
            {{"--csv", ""}, "--csv: expected a file name or -"},
        };
        for (const Case& c : cases) {
            CliRun run = Run(c.Args);
            INFO(c.Args[0], " -> ", run.Err);
            CHECK(run.Code == 2);
            CHECK(run.Err.find(c.Message) != std::string::npos);
            CHECK(run.Out.empty());
        }
    }

    TEST_CASE("file problems exit with code 1") {
        CliRun unwritable =
            Run({"--weeks", "1", "--csv", std::string(NG_BINARY_DIR) + "/no/such/dir/out.csv"});
        CHECK(unwritable.Code == 1);
        CHECK(unwritable.Err.find("cannot be written") != std::string::npos);
        CliRun unreadable = Run({"--scenario", std::string(NG_BINARY_DIR) + "/missing.json"});
        CHECK(unreadable.Code == 1);
        CHECK(unreadable.Err.find("missing.json: cannot be read") != std::string::npos);
    }

    TEST_CASE("a scenario file with bad fields warns and runs but one that is not JSON is an error") {
        std::string path = std::string(NG_BINARY_DIR) + "/cli_test_scenario.json";
        std::FILE* file = std::fopen(path.c_str(), "wb");
        REQUIRE(file != nullptr);
        std::fputs(R"({"title": "Mine", "weeks": 1, "protocol": {"intensity": "heavy", "sessions": 2}})",
                   file);
        std::fclose(file);
        CliRun run = Run({"--scenario", path});
        CHECK(run.Code == 0);
        CHECK(
            run.Err.find("protocol.intensity: expected a number between 40 and 95, got 'heavy'; using 70") !=
            std::string::npos);
        CHECK(CountLines(run.Out) == 1 + 8);
        file = std::fopen(path.c_str(), "wb");
        REQUIRE(file != nullptr);
        std::fputs("title: Mine", file);
        std::fclose(file);
        CliRun broken = Run({"--scenario", path});
        CHECK(broken.Code == 2);
        CHECK(broken.Err.find("cli_test_scenario.json: line 1, column 2: not valid JSON (") !=
              std::string::npos);
        std::remove(path.c_str());
    }

    TEST_CASE("--at changes the protocol from that week on") {
        CliRun run =
            Run({"--scenario", "overtraining", "--weeks", "6", "--at", "4:sessions=0", "--precision", "17"});
        REQUIRE(run.Code == 0);
        int column = FindReadout("sessions_done") + 1;
        std::vector<double> sessions;
        size_t pos = run.Out.find('\n') + 1;
        while (pos < run.Out.size()) {
            size_t end = run.Out.find('\n', pos);
            std::string line = run.Out.substr(pos, end - pos);
            size_t field = 0;
            for (int c = 0; c < column; c++) field = line.find(',', field) + 1;
            sessions.push_back(std::strtod(line.c_str() + field, nullptr));
            pos = end + 1;
        }
        REQUIRE(sessions.size() == 43);
        CHECK(sessions[28] == 28.0);
        CHECK(sessions[42] == 28.0);
    }

    TEST_CASE("--landscape writes one row per cell: x, y and the metric") {
        CliRun run = Run({"--landscape", "intensity,recovery", "--metric", "strain", "--weeks", "2", "--n",
                          "3", "--scenario", "overtraining", "--precision", "17"});
        CHECK(run.Code == 0);
        CHECK(run.Err.empty());
        REQUIRE(CountLines(run.Out) == 1 + 9);
        CHECK(run.Out.rfind("intensity,recovery,strain\n40,12,", 0) == 0);
        CHECK(run.Out.find("\n95,168,") != std::string::npos);
        // The cell at intensity 67.5 and 90 h of recovery is a run of the scenario with those values.
        size_t at = run.Out.find("\n67.5,90,");
        REQUIRE(at != std::string::npos);
        double value = std::strtod(run.Out.c_str() + at + 9, nullptr);
        Simulation sim(
            WithParam(WithParam(ScenarioProtocol("overtraining"), "intensity", 67.5), "recovery", 90.0), 1);
        sim.Advance(2.0 * 168.0);
        CHECK(value == sim.State().Strain);
        CliRun to_file = Run({"--landscape", "sets,reps", "--n", "2", "--weeks", "1", "--csv", kTempCsv});
        CHECK(to_file.Code == 0);
        CHECK(ReadFile(kTempCsv).rfind("sets,reps,new_neurons_total\n1,1,", 0) == 0);
        std::remove(kTempCsv.c_str());
    }

    TEST_CASE("--landscape refuses bad names, ranges and options that do not apply, with exit code 2") {
        struct Case {
            std::vector<std::string> Args;
            const char* Message;
        };
        const Case cases[] = {
            {{"--landscape", "intensity"},
             "--landscape intensity: expected two parameters, e.g. intensity,recovery"},
            {{"--landscape", "intensity,nope"}, "--landscape: unknown parameter \"nope\" for y"},
            {{"--landscape", "intensity,irisin"}, "--landscape: y: \"irisin\" is not numeric (on/off)"},
            {{"--landscape", "sets,sets"}, "--landscape: x and y are both \"sets\""},
            {{"--landscape", "sets,reps", "--metric", "happiness"},
             "--landscape: unknown metric \"happiness\""},
            {{"--landscape", "sets,reps", "--n", "41"}, "--landscape: n must be a whole number 2-40, got 41"},
            {{"--landscape", "sets,reps", "--n", "2.5"}, "--n: expected a whole number 2-40, got '2.5'"},
            {{"--landscape", "sets,reps", "--weeks", "60"}, "--landscape: weeks must be 1-52, got 60"},
            {{"--landscape", "sets,reps", "--at", "1:sessions=0"}, "--at cannot be used with --landscape"},
            {{"--landscape", "sets,reps", "--interval", "2"}, "--interval cannot be used with --landscape"},
            {{"--metric", "strain"}, "--metric needs --landscape X,Y"},
            {{"--n", "4"}, "--n needs --landscape X,Y"},
        };
        for (const Case& c : cases) {
            CliRun run = Run(c.Args);
            INFO(c.Args[0], " -> ", run.Err);
            CHECK(run.Code == 2);
            CHECK(run.Err.find(std::string("neurogains: error: ") + c.Message) == 0);
            CHECK(run.Out.empty());
        }
    }

} // TEST_SUITE
