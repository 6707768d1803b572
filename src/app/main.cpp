// NeuroGains: an interactive picture of muscle-building neurogenesis.
//   neurogains [--mode student|presenter|kiosk] [--scenario ID] [--intensity 80] ...
//   neurogains --headless --scenario balanced --weeks 12 --csv out.csv
//   neurogains --screenshot out.png --frames 120 --seed 1
//   neurogains --help
// On the web the same options come from the URL: index.html?mode=kiosk&intensity=80
// Exit codes natively: 0 ok, 1 no window could be opened, 2 an unknown option or stray argument.
#include "app.h"
#include "io/headless_cli.h"
#include "platform.h"
#include <cstdio>
#include <cstring>

static const char* const kNoWindowHint =
    "neurogains: to run without a display:\n"
    "  neurogains --headless --scenario balanced --csv out.csv     the model alone, as CSV\n"
    "  SDL_VIDEODRIVER=offscreen neurogains --screenshot out.png --frames 60   a picture, drawn offscreen\n"
    "(neurogains --help lists every option)\n";

int main(int argc, char** argv) {
    for (int i = 1; i < argc; i++)
        if (std::strcmp(argv[i], "--headless") == 0) return ng::RunHeadlessCli(argc, argv);

    ng::OptionList args = ng::PlatformStartOptions(argc, argv);
    ng::OptionSource source = ng::PlatformStartOptionSource();
    if (source == ng::OptionSource::CommandLine && ng::WantsHelp(args)) {
        std::printf("%s\n%s", ng::OptionsHelpText().c_str(), ng::HeadlessUsage());
        return 0;
    }
    std::vector<ng::OptionNotice> notices;
    ng::AppOptions options = ng::ParseOptions(args, &notices, source);
    bool refused = false;
    for (const ng::OptionNotice& n : notices) {
        if (!n.Fatal) continue;
        std::fprintf(stderr, "neurogains: error: %s\n", n.Text.c_str());
        refused = true;
    }
    if (refused) return 2;
    std::string why;
    if (!ng::PlatformHasDisplay(&why)) {
        std::fprintf(stderr, "neurogains: %s.\n%s", why.c_str(), kNoWindowHint);
        return 1;
    }

    static ng::App app; // outlives main() on the web, where the loop continues after it returns
    if (!app.Init(options, notices)) {
        if (source == ng::OptionSource::CommandLine) std::fputs(kNoWindowHint, stderr);
        return 1;
    }
    ng::PlatformRunLoop(&app);
#ifndef __EMSCRIPTEN__
    app.Shutdown();
#endif
    return app.ExitCode;
}
