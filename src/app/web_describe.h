// The texts of the page's screen-reader layer (web/a11y.js): neurogains.describe().
#pragma once
#include "app.h"
#include <nlohmann/json.hpp>

namespace ng {

nlohmann::json DescribeJson(const App& app);

} // namespace ng
