#include "csv.h"

#include "model/readouts.h"
#include "model/simulation.h"

#include <cstdio>

namespace ng {

static void AppendNumber(std::string* line, double value, int precision) {
    char buffer[48];
    std::snprintf(buffer, sizeof(buffer), ",%.*g", precision, value);
    *line += buffer;
}

std::string CsvHeader() {
    std::string line = "day";
    for (int i = 0; i < ReadoutCount(); i++) line += std::string(",") + ReadoutAt(i).Name;
    return line +
           ",serum_bdnf_measured_ng_ml,total_igf1_measured_ng_ml,cognitive_test_z,serum_bdnf_retest_ng_ml";
}

std::string CsvRow(Simulation* sim, int precision) {
    char day[48];
    std::snprintf(day, sizeof(day), "%.10g", sim->TimeDays());
    std::string line = day;
    for (int i = 0; i < ReadoutCount(); i++) AppendNumber(&line, ReadoutValue(*sim, i), precision);
    LabTest test = sim->DrawLabTest();
    AppendNumber(&line, test.SerumBdnf, precision);
    AppendNumber(&line, test.TotalIgf1, precision);
    AppendNumber(&line, test.CognitiveZ, precision);
    AppendNumber(&line, test.SerumBdnfRetest, precision);
    return line;
}

static int64_t StepsFor(double hours) {
    double steps = hours * 60.0 / kStepMinutes;
    if (!(steps > 0.0)) return 0;
    return steps < 1e15 ? (int64_t)(steps + 0.5) : (int64_t)1e15;
}

void WriteCsv(Simulation* sim, const CsvOptions& options, void (*write)(const std::string& line, void* user),
              void* user) {
    const int64_t start = sim->State().StepCount;
    const int64_t end = start + StepsFor(options.Weeks * 168.0);
    int64_t interval = StepsFor(options.IntervalHours);
    if (interval < 1) interval = 1;
    size_t change = 0;
    int64_t next_row = start;
    write(CsvHeader(), user);
    for (;;) {
        int64_t now = sim->State().StepCount;
        while (change < options.Changes.size() &&
               start + StepsFor(options.Changes[change].Week * 168.0) <= now) {
            Protocol protocol = sim->GetProtocol();
            SetParam(&protocol, *options.Changes[change].Param, options.Changes[change].Value);
            sim->SetProtocol(protocol);
            change++;
        }
        if (now == next_row) {
            write(CsvRow(sim, options.Precision), user);
            next_row += interval;
        }
        if (now >= end) break;
        int64_t target = next_row < end ? next_row : end;
        if (change < options.Changes.size()) {
            int64_t change_step = start + StepsFor(options.Changes[change].Week * 168.0);
            if (change_step < target) target = change_step;
        }
        while (sim->State().StepCount < target) sim->Step();
    }
}

} // namespace ng
