#include "session/time_series.h"
#include <cmath>
#include <doctest/doctest.h>

using namespace ng;

static const double kFiveMinutes = 5.0 / 60.0;

TEST_CASE("time series: merging keeps the whole run in bounded memory over ten simulated years") {
    TimeSeries series;
    series.Clear(kFiveMinutes, 1024, TimeSeries::Mode::Merge);
    for (int minute = 0; minute < 10 * 365 * 24 * 60; minute += 5)
        series.Add(minute / 60.0, (float)(minute % 97));
    CHECK((int)series.Buckets.size() <= series.Capacity);
    CHECK((int)series.Buckets.size() > series.Capacity / 2);
    CHECK(series.StartHours() == 0.0);
    CHECK(series.Covers(0.0));
    CHECK(series.EndHours() >= 10 * 365 * 24 - series.BucketHours);
    for (size_t i = 1; i < series.Buckets.size(); i++)
        CHECK(series.Buckets[i].StartHours > series.Buckets[i - 1].StartHours);
}

TEST_CASE("time series: a short peak survives merging") {
    TimeSeries series;
    series.Clear(kFiveMinutes);
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
    series.Clear(kFiveMinutes);
    series.Add(0.0, NAN);
    series.Add(1.0, INFINITY);
    series.Add(NAN, 2.0f);
    CHECK(series.Buckets.empty());
    series.Add(2.0, 3.0f);
    REQUIRE(series.Buckets.size() == 1);
    CHECK(series.Buckets[0].Last == 3.0f);
}

TEST_CASE("time series: rolling keeps the recent past in full detail and drops the oldest") {
    TimeSeries series;
    series.Clear(kFiveMinutes, 100, TimeSeries::Mode::Roll);
    CHECK(series.Covers(0.0));
    for (int minute = 0; minute < 30 * 24 * 60; minute += 5) series.Add(minute / 60.0, (float)minute);
    CHECK(series.BucketHours == kFiveMinutes);
    CHECK((int)series.Buckets.size() >= series.Capacity);
    CHECK((int)series.Buckets.size() <= 2 * series.Capacity);
    CHECK(series.Dropped);
    CHECK_FALSE(series.Covers(0.0));
    double last_hours = (30 * 24 * 60 - 5) / 60.0;
    CHECK(series.Covers(last_hours - series.Capacity * kFiveMinutes));
    CHECK(series.Buckets.back().Last == (float)(30 * 24 * 60 - 5));
}

TEST_CASE("time series: finding the bucket of a time") {
    TimeSeries series;
    series.Clear(1.0, 16, TimeSeries::Mode::Roll);
    for (int hour = 0; hour < 10; hour++) series.Add(hour + 0.5, (float)hour);
    CHECK(series.FirstEndingAfter(-5.0) == 0);
    CHECK(series.FirstEndingAfter(3.2) == 3);
    CHECK(series.FirstEndingAfter(4.0) == 4);
    CHECK(series.FirstEndingAfter(99.0) == 10);
    REQUIRE(series.Find(3.7) != nullptr);
    CHECK(series.Find(3.7)->Last == 3.0f);
    CHECK(series.Find(12.0) == nullptr);
    CHECK(series.Find(-1.0) == nullptr);
}

TEST_CASE("time series: min, max and last of a bucket") {
    TimeSeries series;
    series.Clear(1.0);
    series.Add(0.1, 5.0f);
    series.Add(0.5, -2.0f);
    series.Add(0.9, 1.0f);
    REQUIRE(series.Buckets.size() == 1);
    CHECK(series.Buckets[0].Min == -2.0f);
    CHECK(series.Buckets[0].Max == 5.0f);
    CHECK(series.Buckets[0].Last == 1.0f);
}

TEST_CASE("time series: rewinding forgets what came later, refilling in order gives the same buckets") {
    auto fill = [](TimeSeries* series, int from_minute, int to_minute) {
        for (int minute = from_minute; minute <= to_minute; minute += 5)
            series->Add(minute / 60.0, (float)((minute * 7) % 113));
    };
    TimeSeries full, part;
    full.Clear(kFiveMinutes, 64, TimeSeries::Mode::Merge);
    part.Clear(kFiveMinutes, 64, TimeSeries::Mode::Merge);
    fill(&full, 0, 5000);
    fill(&part, 0, 5000);
    double refill_from = part.Rewind(2000 / 60.0, 0.0);
    CHECK(part.EndHours() <= 2000 / 60.0 + 1e-9);
    CHECK(refill_from == part.EndHours());
    CHECK(part.BucketHours == full.BucketHours);
    // Values before the kept end are ignored or change nothing; the rest refills the series.
    fill(&part, 1500, 5000);
    REQUIRE(part.Buckets.size() == full.Buckets.size());
    for (size_t i = 0; i < full.Buckets.size(); i++) {
        CHECK(part.Buckets[i].StartHours == full.Buckets[i].StartHours);
        CHECK(part.Buckets[i].Min == full.Buckets[i].Min);
        CHECK(part.Buckets[i].Max == full.Buckets[i].Max);
        CHECK(part.Buckets[i].Last == full.Buckets[i].Last);
    }
}

TEST_CASE("time series: a rolling series rewound too far back is emptied to refill its span") {
    TimeSeries series;
    series.Clear(kFiveMinutes, 100, TimeSeries::Mode::Roll);
    for (int minute = 0; minute < 3 * 24 * 60; minute += 5) series.Add(minute / 60.0, 1.0f);
    REQUIRE(series.Dropped);
    double refill_from = series.Rewind(24.0, 8.0); // long dropped: the 8 hours before 24 h are gone
    CHECK(series.Buckets.empty());
    CHECK(refill_from == doctest::Approx(16.0));
    CHECK(series.Dropped);
    TimeSeries fresh;
    fresh.Clear(kFiveMinutes, 100, TimeSeries::Mode::Roll);
    for (int minute = 0; minute < 24 * 60; minute += 5) fresh.Add(minute / 60.0, 1.0f);
    CHECK(fresh.Rewind(20.0, 8.0) == doctest::Approx(20.0)); // still holds 12-20 h: only cut
    CHECK(fresh.Buckets.back().StartHours < 20.0);
}
