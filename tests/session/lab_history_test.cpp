#include "model/readouts.h"
#include "model/simulation.h"
#include "session/lab_history.h"
#include <cmath>
#include <doctest/doctest.h>
#include <sstream>
#include <string>
#include <vector>

using namespace ng;

static std::vector<std::string> SplitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

static std::vector<std::string> SplitFields(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, ',')) fields.push_back(field);
    if (!line.empty() && line.back() == ',') fields.push_back("");
    return fields;
}

// As the app does: a fresh run, recorded after every model step.
static void Run(Simulation* sim, LabHistory* history, double days) {
    int steps = (int)std::lround(days * 24.0 * 60.0 / kStepMinutes);
    for (int i = 0; i < steps; i++) {
        sim->Step();
        history->Record(*sim);
    }
}

TEST_CASE("lab history: memory stays bounded over ten simulated years") {
    Simulation sim;
    LabHistory history;
    history.Clear();
    history.Record(sim);
    Run(&sim, &history, 3680.0); // ten years and a bit: old days have been dropped
    REQUIRE((int)history.Readouts.size() == ReadoutCount());
    for (const ReadoutRecord& r : history.Readouts) {
        CHECK((int)r.Recent.Buckets.size() <= 2 * r.Recent.Capacity);
        CHECK((int)r.Weeks.Buckets.size() <= 2 * r.Weeks.Capacity);
        CHECK((int)r.Whole.Buckets.size() <= r.Whole.Capacity);
        CHECK(r.Whole.StartHours() == 0.0); // the whole run is still there, merged
    }
    CHECK((int)history.DailyRows.size() == LabHistory::kMaxDays);
    CHECK(history.DailyTimes.size() == history.DailyRows.size());
    CHECK(history.DailyTimes.back() == doctest::Approx(sim.TimeDays()).epsilon(1e-6));
    // The windows of the panel still get the most detailed series that covers them.
    const ReadoutRecord& r = history.Readouts[0];
    double now = sim.TimeHours();
    CHECK(&r.Finest(now - 48.0) == &r.Recent);
    CHECK(&r.Finest(now - 14.0 * 24.0) == &r.Weeks);
    CHECK(&r.Finest(0.0) == &r.Whole);
}

TEST_CASE("lab history: the daily CSV has every readout name and one row per day") {
    Simulation sim;
    LabHistory history;
    history.Clear();
    history.Record(sim);
    Run(&sim, &history, 10.0);
    std::vector<std::string> lines = SplitLines(history.DailyCsv());
    REQUIRE(lines.size() == 1 + 11); // header, days 0..10
    std::vector<std::string> header = SplitFields(lines[0]);
    REQUIRE((int)header.size() == 1 + ReadoutCount());
    CHECK(header[0] == "day");
    for (int i = 0; i < ReadoutCount(); i++) CHECK(header[1 + i] == ReadoutAt(i).Name);
    for (size_t row = 1; row < lines.size(); row++) {
        std::vector<std::string> fields = SplitFields(lines[row]);
        CHECK(fields.size() == header.size());
        CHECK(std::stod(fields[0]) == doctest::Approx((double)(row - 1)));
        CHECK(lines[row].find("nan") == std::string::npos);
        CHECK(lines[row].find("inf") == std::string::npos);
    }
}

TEST_CASE("lab history: the CSV leaves a cell empty rather than print NaN") {
    LabHistory history;
    history.Clear();
    history.DailyTimes.push_back(0.0);
    history.DailyRows.push_back(std::vector<float>(ReadoutCount(), 1.0f));
    history.DailyRows.back()[0] = NAN;
    std::vector<std::string> lines = SplitLines(history.DailyCsv());
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].rfind("0,,1", 0) == 0);
    CHECK((int)SplitFields(lines[1]).size() == 1 + ReadoutCount());
}

TEST_CASE("lab history: the start values are kept for comparisons") {
    Simulation sim;
    LabHistory history;
    history.Clear();
    history.Record(sim);
    REQUIRE((int)history.Baseline.size() == ReadoutCount());
    int bdnf = FindReadout("serum_bdnf_ng_ml");
    REQUIRE(bdnf >= 0);
    CHECK(history.Baseline[bdnf] == doctest::Approx(ReadoutValue(sim, bdnf)));
    Run(&sim, &history, 2.0);
    CHECK(history.Baseline[bdnf] == doctest::Approx(ReadoutValue(Simulation(), bdnf)));
    history.Clear();
    CHECK(history.Baseline.empty());
}

TEST_CASE("lab history: blood tests are bounded, newest kept") {
    LabHistory history;
    history.Clear();
    for (int i = 0; i < 3 * LabHistory::kMaxBloodTests; i++)
        history.AddBloodTest({(double)i, 30.0, 200.0, 0.0, 32.7, 220.0, 0.0});
    CHECK((int)history.BloodTests.size() == LabHistory::kMaxBloodTests);
    CHECK(history.BloodTests.back().TimeHours == 3 * LabHistory::kMaxBloodTests - 1);
    CHECK(history.BloodTests.front().TimeHours == 2 * LabHistory::kMaxBloodTests);
    CHECK(history.BloodTestsTaken == 3 * LabHistory::kMaxBloodTests);
    history.Clear();
    CHECK(history.BloodTests.empty());
    CHECK(history.BloodTestsTaken == 0);
}

TEST_CASE("lab history: an export is noted with where it went, and survives Clear") {
    LabHistory history;
    history.Clear();
    Simulation sim;
    history.Record(sim);
    history.NoteExport("neurogains-lab.csv");
    CHECK(history.ExportCount == 1);
    CHECK(history.ExportedTo == "neurogains-lab.csv");
    CHECK(history.ExportedDays == 1);
    history.Clear();
    history.NoteExport("");
    CHECK(history.ExportCount == 2);
    CHECK(history.ExportedTo.empty());
}
