#include "lab_history.h"
#include "model/readouts.h"
#include "model/simulation.h"
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ng {

static const double kRecentBucketHours = LabHistory::kSampleMinutes / 60.0;
static const int kRecentCapacity = 3 * 24 * 12; // 3 days of 5-minute buckets
static const double kWeeksBucketHours = 0.5;
static const int kWeeksCapacity = 16 * 24 * 2; // 16 days of half-hour buckets
static const int kWholeCapacity = 1024;
static const double kRecentKeepHours = 3 * 24.0; // what Recent and Weeks promise to hold
static const double kWeeksKeepHours = 16 * 24.0;

const TimeSeries& ReadoutRecord::Finest(double start_hours) const {
    if (Recent.Covers(start_hours)) return Recent;
    if (Weeks.Covers(start_hours)) return Weeks;
    return Whole;
}

void LabHistory::Clear() {
    Readouts.assign(ReadoutCount(), ReadoutRecord());
    for (ReadoutRecord& r : Readouts) {
        r.Recent.Clear(kRecentBucketHours, kRecentCapacity, TimeSeries::Mode::Roll);
        r.Weeks.Clear(kWeeksBucketHours, kWeeksCapacity, TimeSeries::Mode::Roll);
        r.Whole.Clear(kRecentBucketHours, kWholeCapacity, TimeSeries::Mode::Merge);
    }
    Baseline.clear();
    DailyRows.clear();
    DailyTimes.clear();
    BloodTests.clear();
    BloodTestsTaken = 0;
    NextSampleHours = 0.0;
    NextDayHours = 0.0;
}

void LabHistory::Record(const Simulation& sim) {
    double t = sim.TimeHours();
    if ((int)Readouts.size() != ReadoutCount()) Clear();
    if (t + 1e-9 < NextSampleHours) return;
    NextSampleHours = t + kSampleMinutes / 60.0;
    bool first = Baseline.empty();
    if (first) Baseline.resize(ReadoutCount());
    bool daily = t + 1e-9 >= NextDayHours;
    if (daily) {
        NextDayHours = t + 24.0;
        if ((int)DailyRows.size() >= kMaxDays) {
            DailyRows.erase(DailyRows.begin());
            DailyTimes.erase(DailyTimes.begin());
        }
        DailyRows.emplace_back(ReadoutCount());
        DailyTimes.push_back(t / 24.0);
    }
    for (int i = 0; i < ReadoutCount(); i++) {
        float value = (float)ReadoutValue(sim, i);
        ReadoutRecord& r = Readouts[i];
        r.Recent.Add(t, value);
        r.Weeks.Add(t, value);
        r.Whole.Add(t, value);
        if (first) Baseline[i] = std::isfinite(value) ? value : 0.0f;
        if (daily) DailyRows.back()[i] = value;
    }
}

void LabHistory::AddBloodTest(const BloodTestResult& result) {
    if ((int)BloodTests.size() >= kMaxBloodTests) BloodTests.erase(BloodTests.begin());
    BloodTests.push_back(result);
    BloodTestsTaken++;
}

double LabHistory::Rewind(double time_hours) {
    double replay_from = time_hours;
    for (ReadoutRecord& r : Readouts) {
        replay_from = std::min(replay_from, r.Recent.Rewind(time_hours, kRecentKeepHours));
        replay_from = std::min(replay_from, r.Weeks.Rewind(time_hours, kWeeksKeepHours));
        replay_from = std::min(replay_from, r.Whole.Rewind(time_hours, 0.0));
    }
    while (!DailyTimes.empty() && DailyTimes.back() * 24.0 > time_hours + 1e-9) {
        DailyTimes.pop_back();
        DailyRows.pop_back();
    }
    while (!BloodTests.empty() && BloodTests.back().TimeHours > time_hours + 1e-9) {
        BloodTests.pop_back();
        BloodTestsTaken--;
    }
    // The replay samples from replay_from on the run's 5-minute grid; daily rows resume after the
    // last one kept (the replay reaches no new day before time_hours).
    NextSampleHours = replay_from;
    NextDayHours = DailyTimes.empty() ? 0.0 : DailyTimes.back() * 24.0 + 24.0;
    return replay_from;
}

static void AppendRow(std::string* csv, const std::vector<float>& row) {
    char number[32];
    for (float v : row) {
        *csv += ',';
        if (!std::isfinite(v)) continue; // an empty cell, never "nan"
        std::snprintf(number, sizeof(number), "%.6g", v);
        *csv += number;
    }
}

std::string LabHistory::DailyCsv(const LabHistory* compare) const {
    std::string csv = "day";
    for (int i = 0; i < ReadoutCount(); i++) csv += std::string(",") + ReadoutAt(i).Name;
    if (compare)
        for (int i = 0; i < ReadoutCount(); i++) csv += std::string(",b_") + ReadoutAt(i).Name;
    csv += "\n";
    char number[32];
    const std::vector<float> missing(ReadoutCount(), NAN);
    for (size_t row = 0; row < DailyRows.size(); row++) {
        std::snprintf(number, sizeof(number), "%.6g", DailyTimes[row]);
        csv += number;
        AppendRow(&csv, DailyRows[row]);
        // Lockstep runs record the same days; a row B lacks stays empty.
        if (compare) {
            bool same_day = row < compare->DailyRows.size() && compare->DailyTimes[row] == DailyTimes[row];
            AppendRow(&csv, same_day ? compare->DailyRows[row] : missing);
        }
        csv += "\n";
    }
    return csv;
}

void LabHistory::NoteExport(const std::string& saved_to) {
    ExportCount++;
    ExportedTo = saved_to;
    ExportedDays = (int)DailyRows.size();
}

BloodTestResult TakeBloodTest(Simulation* sim) {
    LabTest test = sim->DrawLabTest();
    BloodTestResult result;
    result.TimeHours = sim->TimeHours();
    result.SerumBdnf = test.SerumBdnf;
    result.SerumBdnfRetest = test.SerumBdnfRetest;
    result.TotalIgf1 = test.TotalIgf1;
    result.CognitiveZ = test.CognitiveZ;
    result.TrueSerumBdnf = sim->SerumBdnf();
    result.TrueTotalIgf1 = sim->State().TotalIgf1;
    result.TrueCognitiveZ = sim->CognitiveIndex();
    return result;
}

} // namespace ng
