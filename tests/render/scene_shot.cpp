// scene_shot: one PNG of the scene (with its labels and legend, without the app's panels), for
// the docs and for looking at a station.
//   scene_shot --out FILE.png [--scenario balanced] [--advance-days 28] [--view hippocampus]
//              [--speed week] [--frames 120] [--seed 1] [--width 1280] [--height 720] [--quality 4]
//              [--overlay 1] [--scale 1.5]
#include "scene_harness.h"
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char** argv) {
    ng::ShotOptions options;
    options.Overlay = true;
    std::string out;
    for (int i = 1; i + 1 < argc; i += 2) {
        const char* name = argv[i];
        const char* value = argv[i + 1];
        if (!std::strcmp(name, "--out"))
            out = value;
        else if (!std::strcmp(name, "--scenario"))
            options.Scenario = value;
        else if (!std::strcmp(name, "--advance-days"))
            options.AdvanceDays = std::atof(value);
        else if (!std::strcmp(name, "--view"))
            options.View = value;
        else if (!std::strcmp(name, "--speed"))
            options.Speed = value;
        else if (!std::strcmp(name, "--frames"))
            options.Frames = std::atoi(value);
        else if (!std::strcmp(name, "--seed"))
            options.Seed = std::strtoull(value, nullptr, 10);
        else if (!std::strcmp(name, "--width"))
            options.Width = std::atoi(value);
        else if (!std::strcmp(name, "--height"))
            options.Height = std::atoi(value);
        else if (!std::strcmp(name, "--quality"))
            options.Quality = std::atoi(value);
        else if (!std::strcmp(name, "--overlay"))
            options.Overlay = std::atoi(value) != 0;
        else if (!std::strcmp(name, "--scale"))
            options.UiScale = (float)std::atof(value);
        else {
            std::fprintf(stderr, "scene_shot: unknown option %s\n", name);
            return 2;
        }
    }
    if (out.empty()) {
        std::fprintf(stderr, "scene_shot: --out FILE.png is required\n");
        return 2;
    }
    ng::SceneHarness harness;
    ng::ShotResult shot;
    std::string error;
    if (!harness.Start(options.Width, options.Height, &error) || !harness.Render(options, &shot, &error)) {
        std::fprintf(stderr, "scene_shot: %s\n", error.c_str());
        harness.Stop();
        return 1;
    }
    harness.Stop();
    if (!ng::WritePng(out.c_str(), shot)) {
        std::fprintf(stderr, "scene_shot: could not write %s\n", out.c_str());
        return 1;
    }
    std::printf("%s: %s, day %.1f, view %s, %d particles\n", out.c_str(), options.Scenario.c_str(),
                shot.Inputs.TimeHours / 24.0, options.View.c_str(), shot.Particles);
    return 0;
}
