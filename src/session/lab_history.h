// What the lab panel plots and exports: every readout recorded over simulated time, a daily
// snapshot for the CSV export, and the blood tests drawn so far. Bounded in memory whatever the
// run length: each readout is kept at three resolutions (the last days in full detail, the last
// weeks at half-hour steps, the whole run merged ever coarser), daily rows keep the last kMaxDays
// and blood tests the last kMaxBloodTests.
#pragma once
#include "time_series.h"
#include <string>
#include <vector>

namespace ng {

class Simulation;

struct BloodTestResult {
    double TimeHours;
    double SerumBdnf; // ng/mL, with measurement and between-person noise (another person)
    double TotalIgf1; // ng/mL
    double CognitiveZ;
    double TrueSerumBdnf, TrueTotalIgf1; // the model's noiseless values at that moment
    double TrueCognitiveZ = 0.0;
    double SerumBdnfRetest = 0.0; // ng/mL, the same person tested again (assay noise only)
};

struct ReadoutRecord {
    TimeSeries Recent; // 5-minute buckets, at least the last 3 days
    TimeSeries Weeks;  // 30-minute buckets, at least the last 16 days
    TimeSeries Whole;  // the whole run, buckets merged as it grows
    // The most detailed of the three that still holds everything from start_hours on.
    const TimeSeries& Finest(double start_hours) const;
};

struct LabHistory {
    static constexpr double kSampleMinutes = 5.0; // recording interval
    static constexpr int kMaxDays = 3660;         // ten years of daily rows
    static constexpr int kMaxBloodTests = 200;

    std::vector<ReadoutRecord> Readouts;       // one per readout (readouts.h order)
    std::vector<float> Baseline;               // each readout at the first recording (the start of the run)
    std::vector<std::vector<float>> DailyRows; // [day][readout]
    std::vector<double> DailyTimes;            // days
    std::vector<BloodTestResult> BloodTests;
    int BloodTestsTaken = 0; // since Clear(), including those no longer kept
    double NextSampleHours = 0.0;
    double NextDayHours = 0.0;
    // The last CSV export, as the app reports it (NoteExport); Clear() keeps it.
    int ExportCount = 0;
    std::string ExportedTo; // where it went ("neurogains-lab.csv"), "" if saving failed
    int ExportedDays = 0;

    void Clear();
    // Called after every model step: samples when a recording interval has passed.
    void Record(const Simulation& sim);
    void AddBloodTest(const BloodTestResult& result);
    // Moving back in time (the timeline, src/session/timeline.h): forgets what was recorded after
    // time_hours (rows, blood tests, buckets) and returns the time from which the run must be
    // replayed, calling Record() after every step, to refill the plots' series as a run that
    // stopped there holds them (the recent ones their full span); earlier samples are skipped.
    double Rewind(double time_hours);
    // "day,<readout names...>" then one row per recorded day; with a compare run (same days, the
    // session's programme B), its readouts follow as "b_<name>" columns.
    std::string DailyCsv(const LabHistory* compare = nullptr) const;
    // The app calls this with what PlatformSaveText() returned after an export.
    void NoteExport(const std::string& saved_to);
};

// A blood test drawn now (advances the model's random stream), with the model's true values.
BloodTestResult TakeBloodTest(Simulation* sim);

} // namespace ng
