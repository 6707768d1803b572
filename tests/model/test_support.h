// Helpers shared by the model tests.
#pragma once
#include "io/scenario.h"
#include "model/param_registry.h"
#include "model/simulation.h"

#include <doctest/doctest.h>

#include <string>

namespace ng_test {

inline ng::Protocol ScenarioProtocol(const char* id) {
    ng::Scenario scenario;
    REQUIRE(ng::LoadScenario(id, &scenario, nullptr));
    return scenario.Settings;
}

inline ng::Protocol WithParam(ng::Protocol protocol, const char* name, double value) {
    const ng::ParamInfo* param = ng::FindParam(name);
    REQUIRE(param != nullptr);
    ng::SetParam(&protocol, *param, value);
    return protocol;
}

inline ng::Protocol Sedentary(ng::Protocol protocol) {
    protocol.SessionsPerWeek = 0;
    return protocol;
}

// Mean proliferation multiplier over the next `hours`, sampled every hour.
inline double MeanProliferation(ng::Simulation* sim, double hours) {
    double sum = 0.0;
    int count = 0;
    for (double t = 0.0; t < hours; t += 1.0, count++) {
        sim->Advance(1.0);
        sum += sim->ProliferationMultiplier();
    }
    return count ? sum / count : 0.0;
}

inline double NewNeuronsAfter(const ng::Protocol& protocol, double weeks) {
    ng::Simulation sim(protocol, 1);
    sim.Advance(weeks * 168.0);
    return sim.State().NewNeuronsTotal;
}

inline double CellsBornAfter(const ng::Protocol& protocol, double weeks) {
    ng::Simulation sim(protocol, 1);
    sim.Advance(weeks * 168.0);
    return sim.State().CellsBornTotal;
}

// Relative gain in cells born (new young neurons) over `weeks` against staying sedentary: what
// the rodent block experiments measured within weeks (I14, V7). docs/model.md.
inline double CellsBornGain(const ng::Protocol& protocol, double weeks) {
    return CellsBornAfter(protocol, weeks) / CellsBornAfter(Sedentary(protocol), weeks) - 1.0;
}

// Relative gain in new neurons over `weeks` against the same person staying sedentary.
inline double NeurogenesisGain(const ng::Protocol& protocol, double weeks) {
    return NewNeuronsAfter(protocol, weeks) / NewNeuronsAfter(Sedentary(protocol), weeks) - 1.0;
}

inline double LabelledCells(const ng::Simulation& sim) {
    const ng::ModelState& s = sim.State();
    return s.LabelledProgenitors + s.LabelledImmatureEarly + s.LabelledImmatureLate + s.LabelledMature;
}

// Labelled cells 4 weeks after 10 daily BrdU injections given from day 0 (van Praag 1999 design).
inline double SurvivingLabelledCells(const ng::Protocol& protocol) {
    ng::Simulation sim(protocol, 1);
    sim.Advance(12.0);
    for (int day = 0; day < 10; day++) {
        sim.InjectBrdU();
        sim.Advance(24.0);
    }
    sim.Advance(28.0 * 24.0);
    return LabelledCells(sim);
}

// Largest value of a state member during the next `hours`, sampled every step.
template <typename Getter>
double PeakOver(ng::Simulation* sim, double hours, Getter get, double* when_hours = nullptr) {
    double peak = get(*sim);
    int steps = (int)(hours * 60.0 / ng::kStepMinutes + 0.5);
    for (int i = 0; i < steps; i++) {
        sim->Step();
        double value = get(*sim);
        if (value > peak) {
            peak = value;
            if (when_hours) *when_hours = sim->TimeHours();
        }
    }
    return peak;
}

std::string SourcePath(const char* relative);
std::string ReadFile(const std::string& path);

} // namespace ng_test
