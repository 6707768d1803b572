// The app's start-up options, from command-line flags natively (--name value, --name=value) and
// from URL parameters on the web (?name=value&...), with the same names (docs/design.md §5).
// Bad values never stop the app: out-of-range values are clamped and garbage is rejected, each
// with a notice the app shows; the option keeps its safe default. An unknown name is only a
// warning in a URL, but on the command line it refuses the start (Fatal notice: exit 2), so a
// mistyped flag is never silently ignored.
#pragma once
#include "model/param_registry.h"
#include "preferences.h"
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ng {

struct AppOptions {
    AppMode Mode = AppMode::Student;
    std::string Scenario; // scenario id; empty = the default protocol
    std::string Compare;  // programme B: a scenario id or "copy"; empty = none
    // Protocol parameters given one by one (already validated and clamped), applied over the
    // scenario in the order given.
    std::vector<std::pair<const ParamInfo*, double>> ProtocolOverrides;
    // Programme B's parameters, b_NAME=value (read as A's are), applied over compare's source.
    std::vector<std::pair<const ParamInfo*, double>> CompareOverrides;
    int Speed = -1; // index of a speed stop; -1 = the mode's default
    uint64_t Seed = 1;
    std::string Lang = "en";
    bool ShowUi = true;
    Theme UiTheme = Theme::Dark;
    bool ThemeSet = false;
    float UiScale = 0.0f;     // 0 = automatic (from the window size and the mode)
    int IdleSeconds = 90;     // kiosk: seconds without input before the countdown
    bool DrawScene = true;    // scene=0 draws the UI only (to measure the scene's cost)
    int Quality = -1;         // the scene's detail level 0-6; -1 = automatic
    float RenderScale = 0.0f; // the scene's resolution 0.5-1 of the screen's; 0 = automatic
    bool Fuzz = false;        // random input for robustness tests
    std::string View;         // camera view at start: a view name (model/stations.h FindView)
    double AdvanceDays = 0.0; // run the model ahead this many days before the first frame
    bool StartTour = false;   // tour=1: open the guided tour at its first step
    std::string Activity;     // questions: the predict-observe-explain questions; challenge: the kiosk's
    int Touch = -1;           // touch=1/0: touch-sized controls or not; -1 asks the device (coarse pointer)
    // Native only.
    std::string ScreenshotPath; // --screenshot FILE.png: render, save, quit
    int Frames = 0;             // --frames N: quit after N frames (fixed 1/60 s frames)
    int Width = 1280, Height = 720;
};

struct OptionNotice {
    bool Rejected; // true: the value was refused (garbage); false: it was clamped into range
    std::string Text;
    bool Fatal = false; // an unknown flag or stray word on the command line: the program exits 2
};

// Where the options came from: the page URL warns about unknown names, the command line refuses them.
enum class OptionSource { Url, CommandLine };

using OptionList = std::vector<std::pair<std::string, std::string>>;

// "--speed day --seed=3 --ui=0" -> {speed,day} {seed,3} {ui,0}. A flag with no value gets "1".
OptionList SplitCommandLine(int argc, char** argv);
// "?mode=kiosk&intensity=80" -> {mode,kiosk} {intensity,80}; percent-decoding, '+' as space.
OptionList SplitQueryString(const std::string& query);

// Applies the options in order over the defaults. Notices go to *notices.
AppOptions ParseOptions(const OptionList& options, std::vector<OptionNotice>* notices, OptionSource source);

// True if the command line asks for help: --help (any value) or -h.
bool WantsHelp(const OptionList& options);
// The window's options, one line each, for `neurogains --help`; ends with a newline.
std::string OptionsHelpText();
// The names OptionsHelpText() documents (model parameters by name come on top of these).
int DocumentedOptionCount();
const char* DocumentedOptionName(int index);

} // namespace ng
