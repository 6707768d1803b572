// The lab values by name: CSV columns, state() keys of the JavaScript API and the lab panel.
#pragma once

namespace ng {

class Simulation;

struct ReadoutInfo {
    const char* Name;             // snake_case with the unit in it, e.g. "serum_bdnf_ng_ml"
    const char* Unit;             // e.g. "ng/mL"; "" when dimensionless
    const char* Label;            // for the lab panel
    double NormalLow, NormalHigh; // the range a lab would print; equal when there is none
    const char* Source;           // docs/science-background.md §1 tags; "modelling choice" if no lab range
    bool HasNormalRange() const { return NormalHigh > NormalLow; }
};

int ReadoutCount();
const ReadoutInfo& ReadoutAt(int index);
int FindReadout(const char* name); // -1 if unknown
double ReadoutValue(const Simulation& sim, int index);

} // namespace ng
