// libFuzzer: any URL query string or command line must parse into safe, in-range options with
// notices, never crash, never leave a NaN in the protocol.
#include "session/options.h"
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string text((const char*)data, size);
    std::vector<ng::OptionNotice> notices;
    ng::AppOptions from_url = ng::ParseOptions(ng::SplitQueryString(text), &notices, ng::OptionSource::Url);

    // The same bytes as a command line: split at spaces.
    std::vector<std::string> words = {"neurogains"};
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        words.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    std::vector<char*> argv;
    for (std::string& w : words) argv.push_back(&w[0]);
    ng::AppOptions from_cli = ng::ParseOptions(ng::SplitCommandLine((int)argv.size(), argv.data()), &notices,
                                               ng::OptionSource::CommandLine);

    for (const ng::AppOptions* o : {&from_url, &from_cli}) {
        if (!(o->UiScale == 0.0f || (o->UiScale >= 1.0f && o->UiScale <= 3.0f))) abort();
        if (o->IdleSeconds < 5 || o->IdleSeconds > 3600) abort();
        for (const auto& [param, value] : o->ProtocolOverrides)
            if (!std::isfinite(value) || value < param->Min || value > param->Max) abort();
    }
    for (const ng::OptionNotice& n : notices)
        if (n.Text.size() > 400) abort(); // user text is quoted shortened
    return 0;
}
