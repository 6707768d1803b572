// NeuroGains: an interactive picture of muscle-building neurogenesis.
//   neurogains [--mode student|presenter|kiosk] [--scenario ID] [--intensity 80] ...
//   neurogains --headless --scenario balanced --weeks 12 --csv out.csv
//   neurogains --screenshot out.png --frames 120 --seed 1
// On the web the same options come from the URL: index.html?mode=kiosk&intensity=80
#include "app.h"
#include "io/headless_cli.h"
#include "platform.h"
#include <cstring>

int main(int argc, char** argv) {
    for (int i = 1; i < argc; i++)
        if (std::strcmp(argv[i], "--headless") == 0) return ng::RunHeadlessCli(argc, argv);

    std::vector<ng::OptionNotice> notices;
    ng::AppOptions options = ng::ParseOptions(ng::PlatformStartOptions(argc, argv), &notices);
    static ng::App app; // outlives main() on the web, where the loop continues after it returns
    if (!app.Init(options, notices)) return 1;
    ng::PlatformRunLoop(&app);
#ifndef __EMSCRIPTEN__
    app.Shutdown();
#endif
    return app.ExitCode;
}
