#include "app/time_series.h"
#include <cmath>
#include <doctest/doctest.h>

using namespace ng;

TEST_CASE("time series: memory stays bounded over ten simulated years") {
    TimeSeries series;
    series.Clear();
    for (int minute = 0; minute < 10 * 365 * 24 * 60; minute += 5) series.Add(minute / 60.0, (float)(minute % 97));
    CHECK((int)series.Buckets.size() <= TimeSeries::kCapacity);
    CHECK((int)series.Buckets.size() > TimeSeries::kCapacity / 2);
    CHECK(series.StartHours() == 0.0);
    CHECK(series.EndHours() >= 10 * 365 * 24 - series.BucketHours);
    for (size_t i = 1; i < series.Buckets.size(); i++) CHECK(series.Buckets[i].StartHours > series.Buckets[i - 1].StartHours);
}

TEST_CASE("time series: a short peak survives merging") {
    TimeSeries series;
    series.Clear();
    for (int minute = 0; minute < 400 * 24 * 60; minute++) {
        float value = (minute == 123456) ? 99.0f : 1.0f;
        series.Add(minute / 60.0, value);
    }
    float peak = 0.0f;
    for (const TimeSeries::Bucket& b : series.Buckets) peak = std::fmax(peak, b.Max);
    CHECK(peak == 99.0f);
}

TEST_CASE("time series: NaN and infinity are never recorded") {
    TimeSeries series;
    series.Clear();
    series.Add(0.0, NAN);
    series.Add(1.0, INFINITY);
    CHECK(series.Buckets.empty());
    series.Add(2.0, 3.0f);
    REQUIRE(series.Buckets.size() == 1);
    CHECK(series.Buckets[0].Last == 3.0f);
}
