// libFuzzer: any scenario file must load into a protocol with every field in range (bad fields
// fall back to their defaults with a message), never crash.
#include "io/scenario.h"
#include "model/param_registry.h"
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text((const char*)data, size);
    ng::Scenario scenario;
    std::vector<std::string> messages;
    ng::ParseScenario(text, "fuzz.json", &scenario, &messages);
    for (int i = 0; i < ng::ParamCount(); i++) {
        const ng::ParamInfo& p = ng::ParamAt(i);
        double v = ng::GetParam(scenario.Settings, p);
        if (!std::isfinite(v) || v < p.Min || v > p.Max) abort();
    }
    if (!std::isfinite(scenario.Weeks) || scenario.Weeks < 0.0 || scenario.Weeks > ng::kScenarioMaxWeeks)
        abort();
    return 0;
}
