// A bounded record of one value over simulated time, for the lab plots. Values fall into buckets
// of a fixed width; each bucket keeps the minimum, the maximum and the last value, so short peaks
// (a BDNF rise after a session) survive being drawn at a coarse scale. Two ways to stay bounded:
//  - Merge: when full, neighbouring buckets are merged and the width doubles, so the whole run is
//    kept and ten simulated years cost the same memory as one day;
//  - Roll: the width never changes and the oldest buckets are dropped, so the recent past keeps
//    its full detail.
#pragma once
#include <vector>

namespace ng {

struct TimeSeries {
    enum class Mode { Merge, Roll };
    struct Bucket {
        double StartHours;
        float Min, Max, Last;
    };

    // Merge: at most Capacity buckets. Roll: at least the last Capacity buckets (at most twice as
    // many: the oldest half is dropped at once, so adding stays cheap).
    Mode Policy = Mode::Merge;
    int Capacity = 1024;
    double BucketHours = 0.25; // current width of a bucket (grows in Merge mode)
    bool Dropped = false;      // Roll mode has dropped old buckets: the start of the run is gone
    std::vector<Bucket> Buckets;

    void Clear(double bucket_hours, int capacity = 1024, Mode policy = Mode::Merge);
    // Values come in time order; NaN, infinity and values older than the last bucket are ignored.
    void Add(double time_hours, float value);
    // Moving back in time (docs/architecture.md §3, the timeline): forgets every bucket that may
    // hold a value from after time_hours. Returns the time from which values must be added again to
    // refill it: where the kept buckets end, or, for a Roll series that would no longer hold the
    // keep_hours before time_hours, that span's start (the series is then emptied). Adding a value
    // again to a complete last bucket changes nothing, so refilling may start earlier.
    double Rewind(double time_hours, double keep_hours);
    double StartHours() const { return Buckets.empty() ? 0.0 : Buckets.front().StartHours; }
    double EndHours() const { return Buckets.empty() ? 0.0 : Buckets.back().StartHours + BucketHours; }
    // True if every value recorded at or after time_hours is still here.
    bool Covers(double time_hours) const { return !Dropped || StartHours() <= time_hours; }
    // Index of the first bucket that ends after time_hours (Buckets.size() if none).
    int FirstEndingAfter(double time_hours) const;
    // The bucket holding time_hours, or nullptr.
    const Bucket* Find(double time_hours) const;

private:
    void Halve();
};

} // namespace ng
