// Runs a simulation and writes its readouts as CSV: one row per interval (a day by default),
// columns "day", every readout by its registry name (readouts.h, the unit is part of the name),
// then the noisy lab measurements of that moment (serum BDNF of another person, IGF-1, a cognitive
// test, serum BDNF of the same person tested again).
#pragma once
#include "model/param_registry.h"

#include <string>
#include <vector>

namespace ng {

class Simulation;

// A protocol change at a given time (the CLI's --at WEEK:name=value).
struct ProtocolChange {
    double Week;
    const ParamInfo* Param;
    double Value;
};

struct CsvOptions {
    double Weeks = 12.0;
    double IntervalHours = 24.0;
    int Precision = 6;                   // significant digits; 17 round-trips doubles exactly
    std::vector<ProtocolChange> Changes; // sorted by week
};

std::string CsvHeader();
// One row for the simulation's current moment. Draws a lab test, so it advances the RNG.
std::string CsvRow(Simulation* sim, int precision);
// Header plus rows at t = 0, interval, 2 interval, ... up to Weeks from the simulation's current
// time, applying the changes on the way (their values are stored as given: clamp them first).
// Calls `write` once per line (without the newline), so long runs need no big buffer.
void WriteCsv(Simulation* sim, const CsvOptions& options, void (*write)(const std::string& line, void* user),
              void* user);

} // namespace ng
