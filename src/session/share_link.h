// The protocol part of "Share this setup" (docs/design.md §5): A's scenario and the parameters it
// changes, then programme B as compare=ID (or copy) and B's own changes as b_NAME=value. Loading
// the query (options.h, then Session::Begin) gives the same A and B protocols.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace ng {

class Session;
struct ParamInfo;
struct Protocol;

using ParamValues = std::vector<std::pair<const ParamInfo*, double>>;

// The parameters where plan differs from what a load of scenario_id ("" = the defaults) gives.
ParamValues ProtocolChanges(const Protocol& plan, const std::string& scenario_id);
// "scenario=ID&intensity=80&compare=ID&b_recovery=24" ("" for the plain default run).
std::string ShareProtocolQuery(const Session& run);

} // namespace ng
