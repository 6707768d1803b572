#include "time_series.h"
#include <algorithm>
#include <cmath>

namespace ng {

// The start of the bucket of width bucket_hours that holds time_hours. Times and widths are whole
// numbers of recording intervals, but not exact in binary: a time on a bucket's edge must not
// round into the bucket before it (that bucket would then hold values from after its end).
static double BucketStart(double time_hours, double bucket_hours) {
    return std::floor(time_hours / bucket_hours + 1e-6) * bucket_hours;
}

void TimeSeries::Clear(double bucket_hours, int capacity, Mode policy) {
    Policy = policy;
    Capacity = std::max(capacity, 2);
    BucketHours = bucket_hours > 0.0 ? bucket_hours : 0.25;
    Dropped = false;
    Buckets.clear();
    Buckets.reserve(policy == Mode::Roll ? 2 * Capacity : Capacity);
}

void TimeSeries::Add(double time_hours, float value) {
    if (!std::isfinite(value) || !std::isfinite(time_hours)) return;               // never plot a NaN
    if (!Buckets.empty() && time_hours + 1e-9 < Buckets.back().StartHours) return; // refilling after Rewind
    double start = BucketStart(time_hours, BucketHours);
    if (!Buckets.empty() && start < Buckets.back().StartHours + 0.5 * BucketHours) {
        Bucket& b = Buckets.back();
        b.Min = std::min(b.Min, value);
        b.Max = std::max(b.Max, value);
        b.Last = value;
        return;
    }
    if (Policy == Mode::Roll && (int)Buckets.size() >= 2 * Capacity) {
        Buckets.erase(Buckets.begin(), Buckets.begin() + Capacity);
        Dropped = true;
    } else if (Policy == Mode::Merge && (int)Buckets.size() >= Capacity) {
        Halve();
        start = BucketStart(time_hours, BucketHours);
        if (start < Buckets.back().StartHours + 0.5 * BucketHours) return Add(time_hours, value);
    }
    Buckets.push_back({start, value, value, value});
}

double TimeSeries::Rewind(double time_hours, double keep_hours) {
    // Bucket edges and sample times lie on the 5-minute grid: 1e-9 h only absorbs rounding.
    while (!Buckets.empty() && Buckets.back().StartHours + BucketHours > time_hours + 1e-9)
        Buckets.pop_back();
    double keep_from = std::max(0.0, time_hours - keep_hours);
    if (Policy == Mode::Roll && Dropped && (Buckets.empty() || StartHours() > keep_from + 1e-9)) {
        Buckets.clear();
        double start = BucketStart(keep_from, BucketHours);
        Dropped = start > 0.0;
        return start;
    }
    return Buckets.empty() ? 0.0 : EndHours();
}

int TimeSeries::FirstEndingAfter(double time_hours) const {
    double width = BucketHours;
    auto it = std::lower_bound(Buckets.begin(), Buckets.end(), time_hours,
                               [width](const Bucket& b, double t) { return b.StartHours + width <= t; });
    return (int)(it - Buckets.begin());
}

const TimeSeries::Bucket* TimeSeries::Find(double time_hours) const {
    int i = FirstEndingAfter(time_hours);
    if (i >= (int)Buckets.size() || Buckets[i].StartHours > time_hours) return nullptr;
    return &Buckets[i];
}

// Merges buckets pairwise on the doubled grid.
void TimeSeries::Halve() {
    BucketHours *= 2.0;
    size_t out = 0;
    for (size_t i = 0; i < Buckets.size(); i++) {
        const Bucket b = Buckets[i];
        double start = BucketStart(b.StartHours, BucketHours);
        if (out > 0 && Buckets[out - 1].StartHours == start) {
            Bucket& m = Buckets[out - 1];
            m.Min = std::min(m.Min, b.Min);
            m.Max = std::max(m.Max, b.Max);
            m.Last = b.Last;
        } else {
            Buckets[out++] = {start, b.Min, b.Max, b.Last};
        }
    }
    Buckets.resize(out);
}

} // namespace ng
