// Time to simulate the balanced programme (the defaults of docs/model.md) for 12 weeks and for a year,
// and the cost of one simulated minute. Best and median of several runs. Target: 12 weeks in
// under 5 ms natively (Release).
#include "model/simulation.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

static double TimeRun(double weeks, uint64_t* hash) {
    auto start = std::chrono::steady_clock::now();
    ng::Simulation sim(ng::Protocol(), 1);
    sim.Advance(weeks * 168.0);
    auto end = std::chrono::steady_clock::now();
    *hash += sim.StateHash(); // keeps the work observable
    return std::chrono::duration<double, std::milli>(end - start).count();
}

static void Report(const char* name, double weeks, int runs) {
    std::vector<double> times;
    uint64_t hash = 0;
    TimeRun(weeks, &hash); // warm-up
    for (int i = 0; i < runs; i++) times.push_back(TimeRun(weeks, &hash));
    std::sort(times.begin(), times.end());
    double best = times.front(), median = times[times.size() / 2];
    double minutes = weeks * 7.0 * 1440.0 / ng::kStepMinutes;
    std::printf(
        "%-9s %8.0f steps  best %8.3f ms  median %8.3f ms  %6.2f ns per simulated minute  (hash %016llx)\n",
        name, minutes, best, median, best * 1e6 / minutes, (unsigned long long)hash);
}

int main() {
#if defined(__EMSCRIPTEN__)
    const char* platform = "WebAssembly (node)";
#else
    const char* platform = "native";
#endif
    std::printf("NeuroGains model benchmark, %s, balanced programme, %g-minute steps\n", platform,
                ng::kStepMinutes);
    Report("12 weeks", 12.0, 21);
    Report("1 year", 52.0, 7);
    return 0;
}
