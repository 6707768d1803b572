// The headless command line: runs a scenario without a window and writes CSV, or a landscape grid
// (landscape.h).
//
//   neurogains --headless --scenario NAME [--weeks N] [--seed S] [--set name=value ...] --csv FILE|-
//   neurogains --headless --landscape X,Y [--metric NAME] [--weeks W] [--n N] ... --csv FILE|-
//
// Exit codes: 0 success (out-of-range values are clamped with a warning on stderr), 1 a file
// could not be read or written, 2 a usage error (unknown option, parameter or scenario, garbage
// value), with a message.
#pragma once
#include <string>
#include <vector>

namespace ng {

int RunHeadlessCli(int argc, char** argv);
// Same, with the arguments after the program name; stdout and stderr text go to *out and *err
// (a --csv FILE is still written to disk).
int RunHeadlessCli(const std::vector<std::string>& args, std::string* out, std::string* err);
// The text of `neurogains --headless --help`: every headless option; ends with a newline.
const char* HeadlessUsage();

} // namespace ng
