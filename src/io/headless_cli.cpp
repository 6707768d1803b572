#include "headless_cli.h"

#include "csv.h"
#include "landscape.h"
#include "model/param_registry.h"
#include "model/readouts.h"
#include "model/simulation.h"
#include "param_value.h"
#include "scenario.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace ng {

namespace {

const char* const kUsage =
    "Usage: neurogains --headless [options]\n"
    "Runs the physiology model without a window and writes one CSV row per simulated day.\n"
    "\n"
    "  --scenario NAME     a scenario id (see --list) or a scenario .json file\n"
    "  --weeks N           weeks to simulate (default: the scenario's, else 12; 0-520)\n"
    "  --seed S            seed of the lab-measurement noise (default 1)\n"
    "  --set NAME=VALUE    set a parameter after the scenario (repeatable); --NAME VALUE also works\n"
    "  --at WEEK:NAME=VALUE  change a parameter from that week on, e.g. --at 4:sessions=0\n"
    "  --csv FILE|-        where to write the CSV (default -, standard output)\n"
    "  --interval HOURS    time between rows (default 24)\n"
    "  --precision DIGITS  significant digits of the values (default 6; 17 is exact)\n"
    "  --landscape X,Y     instead, one outcome over two numeric parameters: a run per cell,\n"
    "                      one row per cell (x,y,value); --weeks 1-52\n"
    "  --metric NAME       the landscape's outcome, a CSV column name (default new_neurons_total)\n"
    "  --n N               values per landscape axis, 2-40 (default 20)\n"
    "  --list              list scenarios, parameters and CSV columns\n"
    "  --help              this text\n"
    "\n"
    "Out-of-range values are clamped with a warning. Exit codes: 0 ok, 1 file error, 2 usage error.\n"
    "Example: neurogains --headless --scenario overtraining --weeks 10 --at 6:sessions=0 --csv out.csv\n"
    "         neurogains --headless --landscape intensity,recovery --metric strain --n 10 --csv map.csv\n";

struct Sink {
    void (*Write)(const std::string& text, void* user);
    void* User;
    void operator()(const std::string& text) const { Write(text, User); }
};

void AppendToString(const std::string& text, void* user) {
    *(std::string*)user += text;
}
void WriteToFile(const std::string& text, void* user) {
    std::fwrite(text.data(), 1, text.size(), (std::FILE*)user);
}

struct CsvTarget {
    const Sink* Out;
    std::FILE* File;
};

void WriteCsvLine(const std::string& line, void* user) {
    CsvTarget* target = (CsvTarget*)user;
    if (target->File) {
        std::fwrite(line.data(), 1, line.size(), target->File);
        std::fputc('\n', target->File);
    } else {
        (*target->Out)(line + "\n");
    }
}

std::string Number(double value) {
    char buffer[48];
    std::snprintf(buffer, sizeof(buffer), "%.10g", value);
    return buffer;
}

bool ParseNumber(const std::string& text, double* value) {
    static const ParamInfo kAnyNumber = {"", "", "", -1e300, 1e300, 0, ParamKind::Number, nullptr, 0, "", ""};
    return ParamValueFromText(kAnyNumber, text, value, nullptr);
}

bool ParseSeed(const std::string& text, uint64_t* seed) {
    if (text.empty() || text.size() > 20) return false;
    uint64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        uint64_t digit = (uint64_t)(c - '0');
        if (value > (UINT64_MAX - digit) / 10) return false;
        value = value * 10 + digit;
    }
    *seed = value;
    return true;
}

std::string ListText() {
    std::string text = "Scenarios (--scenario):\n";
    for (int i = 0; i < ScenarioCount(); i++) {
        Scenario scenario;
        LoadScenario(ScenarioIdAt(i), &scenario, nullptr);
        text += std::string("  ") + ScenarioIdAt(i) + " - " + scenario.Title + " (" + Number(scenario.Weeks) +
                " weeks)\n";
    }
    text += "\nParameters (--set NAME=VALUE):\n";
    for (int i = 0; i < ParamCount(); i++) {
        const ParamInfo& p = ParamAt(i);
        text += std::string("  ") + p.Name + " - " + p.Label;
        if (p.Kind == ParamKind::Choice) {
            text += ": ";
            for (int c = 0; c < p.ChoiceCount; c++) text += std::string(c ? "/" : "") + p.Choices[c];
        } else if (p.Kind == ParamKind::Bool) {
            text += ": on/off";
        } else {
            text += ": " + Number(p.Min) + "-" + Number(p.Max) + (p.Unit[0] ? std::string(" ") + p.Unit : "");
        }
        text += " (default " + FormatParamValue(p, p.Default) + ")\n";
    }
    text += "\nCSV columns: day";
    for (int i = 0; i < ReadoutCount(); i++) text += std::string(", ") + ReadoutAt(i).Name;
    text +=
        ", serum_bdnf_measured_ng_ml, total_igf1_measured_ng_ml, cognitive_test_z, serum_bdnf_retest_ng_ml\n";
    return text;
}

struct Setting {
    const ParamInfo* Param;
    double Value;
};

// The landscape grid as CSV: "X,Y,METRIC", then one row per cell, row (y) by row.
void WriteLandscapeCsv(const LandscapeGrid& grid, int precision,
                       void (*write)(const std::string& line, void* user), void* user) {
    write(grid.Spec.X + "," + grid.Spec.Y + "," + grid.Spec.Metric, user);
    int metric = FindReadout(grid.Spec.Metric.c_str());
    char number[48];
    for (int row = 0; row < grid.Rows(); row++) {
        for (int column = 0; column < grid.Columns(); column++) {
            std::string line = Number(grid.XValues[column]) + "," + Number(grid.YValues[row]) + ",";
            double value = grid.Value(row, column, metric);
            if (std::isfinite(value)) { // else an empty cell, never "nan"
                std::snprintf(number, sizeof(number), "%.*g", precision, value);
                line += number;
            }
            write(line, user);
        }
    }
}

int RunCli(const std::vector<std::string>& args, const Sink& out, const Sink& err) {
    auto error = [&](const std::string& message) {
        err("neurogains: error: " + message + "\n");
        return 2;
    };
    auto warn = [&](const std::string& message) { err("neurogains: warning: " + message + "\n"); };

    std::string scenario_name, csv_path = "-";
    double weeks = -1.0, interval = 24.0;
    uint64_t seed = 1;
    int precision = 6;
    std::vector<Setting> settings;
    std::vector<ProtocolChange> changes;
    bool landscape = false, interval_set = false;
    LandscapeSpec map;
    std::string map_only; // the first landscape-only option given (--metric, --n)

    // "name=value" with a known parameter name and a parseable value.
    auto parse_assignment = [&](const std::string& origin, const std::string& text, Setting* setting) {
        size_t equals = text.find('=');
        if (equals == std::string::npos) return error(origin + ": expected NAME=VALUE");
        std::string name = text.substr(0, equals);
        const ParamInfo* param = FindParam(name);
        if (!param) return error(origin + ": unknown parameter '" + name + "' (see --list)");
        std::string message;
        double value = 0.0;
        if (!ParamValueFromText(*param, text.substr(equals + 1), &value, &message))
            return error(origin + ": " + name + ": " + message);
        *setting = Setting{param, value};
        return 0;
    };

    for (size_t i = 0; i < args.size(); i++) {
        std::string option = args[i], value;
        bool has_value = false;
        size_t equals = option.find('=');
        if (option.compare(0, 2, "--") == 0 && equals != std::string::npos) {
            value = option.substr(equals + 1);
            option = option.substr(0, equals);
            has_value = true;
        }
        auto take_value = [&]() {
            if (has_value) return true;
            if (i + 1 >= args.size()) return false;
            value = args[++i];
            return has_value = true;
        };
        auto no_value = [&]() { return error(option + " needs a value (see --help)"); };

        if (option == "--headless" && !has_value) continue;
        if ((option == "--help" || option == "-h") && !has_value) {
            out(kUsage);
            return 0;
        }
        if (option == "--list" && !has_value) {
            out(ListText());
            return 0;
        }
        if (option == "--scenario") {
            if (!take_value()) return no_value();
            scenario_name = value;
        } else if (option == "--weeks") {
            if (!take_value()) return no_value();
            if (!ParseNumber(value, &weeks))
                return error("--weeks: expected a number of weeks, got '" + value + "'");
            if (weeks < 0.0 || weeks > kScenarioMaxWeeks) {
                double clamped = weeks < 0.0 ? 0.0 : kScenarioMaxWeeks;
                warn("--weeks " + value + " is outside 0-" + Number(kScenarioMaxWeeks) + "; using " +
                     Number(clamped));
                weeks = clamped;
            }
        } else if (option == "--seed") {
            if (!take_value()) return no_value();
            if (!ParseSeed(value, &seed))
                return error("--seed: expected a whole number 0-18446744073709551615, got '" + value + "'");
        } else if (option == "--set") {
            if (!take_value()) return no_value();
            Setting setting;
            if (parse_assignment("--set " + value, value, &setting)) return 2;
            settings.push_back(setting);
        } else if (option == "--at") {
            if (!take_value()) return no_value();
            size_t colon = value.find(':');
            double week = 0.0;
            if (colon == std::string::npos || !ParseNumber(value.substr(0, colon), &week) || week < 0.0)
                return error("--at " + value +
                             ": expected WEEK:NAME=VALUE with WEEK >= 0, e.g. 4:sessions=0");
            Setting setting;
            if (parse_assignment("--at " + value, value.substr(colon + 1), &setting)) return 2;
            changes.push_back(ProtocolChange{week, setting.Param, setting.Value});
        } else if (option == "--csv") {
            if (!take_value()) return no_value();
            if (value.empty()) return error("--csv: expected a file name or -");
            csv_path = value;
        } else if (option == "--interval") {
            if (!take_value()) return no_value();
            if (!ParseNumber(value, &interval))
                return error("--interval: expected hours, got '" + value + "'");
            interval_set = true;
            if (interval < 1.0 / 60.0 || interval > 168.0) {
                double clamped = interval < 1.0 / 60.0 ? 1.0 / 60.0 : 168.0;
                warn("--interval " + value + " is outside 1 minute-168 hours; using " + Number(clamped));
                interval = clamped;
            }
        } else if (option == "--precision") {
            double digits = 0.0;
            if (!take_value()) return no_value();
            if (!ParseNumber(value, &digits) || digits != (int)digits || digits < 1 || digits > 17)
                return error("--precision: expected a whole number 1-17, got '" + value + "'");
            precision = (int)digits;
        } else if (option == "--landscape") {
            if (!take_value()) return no_value();
            size_t comma = value.find(',');
            if (comma == std::string::npos)
                return error("--landscape " + value + ": expected two parameters, e.g. intensity,recovery");
            landscape = true;
            map.X = value.substr(0, comma);
            map.Y = value.substr(comma + 1);
        } else if (option == "--metric") {
            if (!take_value()) return no_value();
            map.Metric = value;
            if (map_only.empty()) map_only = option;
        } else if (option == "--n") {
            double n = 0.0;
            if (!take_value()) return no_value();
            if (!ParseNumber(value, &n) || n != (int)n)
                return error("--n: expected a whole number 2-40, got '" + value + "'");
            map.N = (int)n;
            if (map_only.empty()) map_only = option;
        } else if (option.compare(0, 2, "--") == 0 && FindParam(option.substr(2))) {
            if (!take_value()) return no_value();
            Setting setting;
            if (parse_assignment(option + " " + value, option.substr(2) + "=" + value, &setting)) return 2;
            settings.push_back(setting);
        } else if (option.compare(0, 1, "-") == 0) {
            return error("unknown option '" + option + "' (see --help)");
        } else {
            return error("unexpected argument '" + option + "' (see --help)");
        }
    }

    Scenario scenario;
    std::vector<std::string> messages;
    if (!scenario_name.empty()) {
        bool is_file =
            scenario_name.find('/') != std::string::npos ||
            (scenario_name.size() > 5 && scenario_name.compare(scenario_name.size() - 5, 5, ".json") == 0);
        if (is_file) {
            std::FILE* probe = std::fopen(scenario_name.c_str(), "rb");
            if (!probe) {
                err("neurogains: error: " + scenario_name + ": cannot be read\n");
                return 1;
            }
            std::fclose(probe);
        }
        bool ok = is_file ? LoadScenarioFile(scenario_name, &scenario, &messages)
                          : LoadScenario(scenario_name, &scenario, &messages);
        for (const std::string& message : messages) {
            if (ok)
                warn(message);
            else
                error(message);
        }
        if (!ok) return 2;
    }
    auto clamped = [&](const ParamInfo& param, double value) {
        Protocol scratch;
        SetParamResult result = SetParam(&scratch, param, value);
        if (result.Clamped)
            warn(std::string(param.Name) + ": " + ParamClampedMessage(param, value, result.Value));
        return result.Value;
    };
    Protocol protocol = scenario.Settings;
    for (const Setting& setting : settings)
        SetParam(&protocol, *setting.Param, clamped(*setting.Param, setting.Value));
    for (ProtocolChange& change : changes) change.Value = clamped(*change.Param, change.Value);
    if (!landscape && !map_only.empty()) return error(map_only + " needs --landscape X,Y");
    if (landscape && !changes.empty())
        return error("--at cannot be used with --landscape: each cell runs one protocol");
    if (landscape && interval_set)
        return error("--interval cannot be used with --landscape: it writes one row per cell");
    LandscapeGrid grid;
    if (landscape) {
        map.Weeks = weeks >= 0.0 ? weeks : scenario.Weeks;
        map.Base = protocol;
        map.Seed = seed;
        std::string message;
        if (!ComputeLandscape(map, &grid, &message)) return error("--landscape: " + message);
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ProtocolChange& a, const ProtocolChange& b) { return a.Week < b.Week; });

    CsvOptions options;
    options.Weeks = weeks >= 0.0 ? weeks : scenario.Weeks;
    options.IntervalHours = interval;
    options.Precision = precision;
    options.Changes = changes;

    CsvTarget target = {&out, nullptr};
    if (csv_path != "-") {
        target.File = std::fopen(csv_path.c_str(), "wb");
        if (!target.File) {
            err("neurogains: error: " + csv_path + ": cannot be written\n");
            return 1;
        }
    }
    if (landscape) {
        WriteLandscapeCsv(grid, precision, WriteCsvLine, &target);
    } else {
        Simulation sim(protocol, seed);
        WriteCsv(&sim, options, WriteCsvLine, &target);
    }
    if (target.File) {
        bool failed = std::ferror(target.File) != 0;
        if (std::fclose(target.File) != 0 || failed) {
            err("neurogains: error: " + csv_path + ": write failed\n");
            return 1;
        }
    }
    return 0;
}

} // namespace

const char* HeadlessUsage() {
    return kUsage;
}

int RunHeadlessCli(const std::vector<std::string>& args, std::string* out, std::string* err) {
    Sink out_sink = {AppendToString, out};
    Sink err_sink = {AppendToString, err};
    return RunCli(args, out_sink, err_sink);
}

int RunHeadlessCli(int argc, char** argv) {
    std::vector<std::string> args;
    for (int i = 1; i < argc; i++) args.push_back(argv[i]);
    Sink out_sink = {WriteToFile, stdout};
    Sink err_sink = {WriteToFile, stderr};
    int code = RunCli(args, out_sink, err_sink);
    std::fflush(stdout);
    return code;
}

} // namespace ng
