#include "options.h"
#include "io/param_value.h"
#include "model/stations.h"
#include "sim_clock.h"
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace ng {

OptionList SplitCommandLine(int argc, char** argv) {
    OptionList list;
    for (int i = 1; i < argc; i++) {
        std::string arg = argv[i];
        if (arg.rfind("--", 0) != 0) {
            list.push_back({"", arg}); // a stray word: ParseOptions rejects it with a notice
            continue;
        }
        arg = arg.substr(2);
        size_t eq = arg.find('=');
        if (eq != std::string::npos)
            list.push_back({arg.substr(0, eq), arg.substr(eq + 1)});
        else if (i + 1 < argc && std::strncmp(argv[i + 1], "--", 2) != 0)
            list.push_back({arg, argv[++i]});
        else
            list.push_back({arg, "1"});
    }
    return list;
}

static int HexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static std::string PercentDecode(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); i++) {
        char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size() && HexDigit(text[i + 1]) >= 0 &&
                   HexDigit(text[i + 2]) >= 0) {
            out += (char)(HexDigit(text[i + 1]) * 16 + HexDigit(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

OptionList SplitQueryString(const std::string& query) {
    OptionList list;
    size_t start = (!query.empty() && query[0] == '?') ? 1 : 0;
    while (start < query.size()) {
        size_t end = query.find('&', start);
        if (end == std::string::npos) end = query.size();
        std::string pair = query.substr(start, end - start);
        if (!pair.empty()) {
            size_t eq = pair.find('=');
            if (eq == std::string::npos)
                list.push_back({PercentDecode(pair), "1"});
            else
                list.push_back({PercentDecode(pair.substr(0, eq)), PercentDecode(pair.substr(eq + 1))});
        }
        start = end + 1;
    }
    return list;
}

// Shortens what a user typed before it is quoted back in a notice (a URL can hold anything).
static std::string Quoted(const std::string& text) {
    std::string shown;
    for (char c : text) {
        if (shown.size() >= 40) {
            shown += "...";
            break;
        }
        shown += ((unsigned char)c < 0x20 || c == 0x7f) ? '?' : c;
    }
    return "\"" + shown + "\"";
}

// Strict number: the whole text must be a finite number.
static bool ParseNumber(const std::string& text, double* out) {
    if (text.empty() || text.size() > 64) return false;
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0' || !std::isfinite(v)) return false;
    *out = v;
    return true;
}

static bool ParseBool(const std::string& text, bool* out) {
    if (text == "1" || text == "true" || text == "on" || text == "yes") return *out = true, true;
    if (text == "0" || text == "false" || text == "off" || text == "no") return *out = false, true;
    return false;
}

// A number option with a range: clamped with a notice; garbage keeps the default (returns false).
static bool NumberOption(const std::string& name, const std::string& text, double lo, double hi,
                         double* value, std::vector<OptionNotice>* notices) {
    double v = 0.0;
    if (!ParseNumber(text, &v)) {
        char range[64];
        std::snprintf(range, sizeof(range), "%g to %g", lo, hi);
        notices->push_back({true, name + ": expected a number from " + range + ", got " + Quoted(text) +
                                      "; kept the default"});
        return false;
    }
    if (v < lo || v > hi) {
        double clamped = v < lo ? lo : hi;
        char buf[160];
        std::snprintf(buf, sizeof(buf), "%s: %g is outside %g-%g; using %g", name.c_str(), v, lo, hi,
                      clamped);
        notices->push_back({false, buf});
        v = clamped;
    }
    *value = v;
    return true;
}

static void Reject(std::vector<OptionNotice>* notices, const std::string& name, const std::string& text,
                   const char* expected) {
    notices->push_back(
        {true, name + ": expected " + expected + ", got " + Quoted(text) + "; kept the default"});
}

namespace {

struct OptionHelp {
    const char* Name;
    const char* Value; // what follows the name in the help text
    const char* Text;
};

// Every option ParseOptions knows besides the model parameters: an option missing here is
// refused as unknown, so the help text cannot forget one.
const OptionHelp kOptionHelp[] = {
    {"mode", "student|presenter|kiosk", "who the screen is for (default student)"},
    {"scenario", "ID", "start from a scenario (ids: neurogains --headless --list)"},
    {"compare", "ID|copy", "run programme B beside A: a scenario, or a copy of A"},
    {"speed", "STOP", nullptr}, // text built from the speed stops (BuiltHelp)
    {"seed", "N", "seed of the random streams, 0-4294967295 (default 1)"},
    {"lang", "CODE", "language of the texts, e.g. en or es (default en)"},
    {"ui", "0|1", "show the panels (default 1)"},
    {"theme", "dark|light|projector", "colours (default dark; projector in presenter mode)"},
    {"scale", "1-3", "size of text and controls (default: from the window and the mode)"},
    {"idle", "SECONDS", "kiosk: seconds without input before the countdown, 5-3600 (default 90)"},
    {"scene", "0|1", "draw the scene (0: the panels only, to measure the scene's cost)"},
    {"quality", "auto|0-6", "the scene's detail level (default auto: the frame rate decides)"},
    {"render-scale", "auto|0.5-1", "the scene's resolution, of the screen's (default auto)"},
    {"tour", "0|1", "open the guided tour at its first step"},
    {"activity", "questions|challenge",
     "open the predict-observe-explain questions, or the kiosk challenge (with mode=kiosk)"},
    {"fuzz", "0|1", "random input, for robustness tests"},
    {"touch", "auto|0|1", "touch-sized controls (default auto: a coarse pointer or a touch screen)"},
    {"view", "NAME", nullptr}, // text built from the views (BuiltHelp)
    {"advance", "DAYS", "run the model ahead this many days before the first frame (0-3650)"},
    {"advance-days", "DAYS", "the same as --advance"},
    {"screenshot", "FILE.png", "native: draw, save the window as a PNG and quit"},
    {"frames", "N", "native: quit after N frames of a fixed 1/60 s"},
    {"width", "PIXELS", "window width, 320-7680 (default 1280)"},
    {"height", "PIXELS", "window height, 320-7680 (default 720)"},
};

bool IsDocumentedOption(const std::string& name) {
    for (const OptionHelp& option : kOptionHelp)
        if (name == option.Name) return true;
    return false;
}

} // namespace

int DocumentedOptionCount() {
    return (int)(sizeof(kOptionHelp) / sizeof(kOptionHelp[0]));
}

const char* DocumentedOptionName(int index) {
    return kOptionHelp[index].Name;
}

bool WantsHelp(const OptionList& options) {
    for (const auto& [name, text] : options)
        if (name == "help" || (name.empty() && text == "-h")) return true;
    return false;
}

// Appends "  --name VALUE   text" with the text wrapped at 100 columns under a 34-column margin.
static void AppendHelpLine(std::string* out, const std::string& left, const std::string& text) {
    const size_t margin = 34, width = 100;
    std::string line = left;
    if (line.size() + 1 > margin) {
        *out += line + "\n";
        line.clear();
    }
    line.resize(margin, ' ');
    size_t start = 0;
    bool first = true;
    while (start < text.size()) {
        size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        std::string word = text.substr(start, end - start);
        if (!first && line.size() + 1 + word.size() > width) {
            *out += line + "\n";
            line = std::string(margin, ' ');
            first = true;
        }
        line += (first ? "" : " ") + word;
        first = false;
        start = end + 1;
    }
    *out += line + "\n";
}

// The help of an option whose text comes from a table: the speed stops or the views.
static std::string BuiltHelp(const char* name) {
    if (std::strcmp(name, "view") == 0) return "camera view at start: " + ViewNames();
    std::string speeds;
    for (int i = 0; i < SpeedStopCount(); i++) speeds += std::string(i ? ", " : "") + SpeedStopAt(i).Id;
    return "simulation speed: " + speeds + ", or its index from 0 (default " +
           SpeedStopAt(kDefaultSpeedStop).Id + ")";
}

std::string OptionsHelpText() {
    std::string text = "Usage: neurogains [options]             the interactive window\n"
                       "       neurogains --headless [options]  the model without a window (below)\n"
                       "       neurogains --help | -h           this text\n"
                       "\n"
                       "Window options (--name value or --name=value; on the web page the same names are\n"
                       "URL parameters, ?name=value&...):\n";
    for (const OptionHelp& option : kOptionHelp) {
        std::string help = option.Text ? option.Text : BuiltHelp(option.Name);
        AppendHelpLine(&text, std::string("  --") + option.Name + " " + option.Value, help);
    }
    AppendHelpLine(&text, "  --PARAMETER VALUE",
                   "set a model parameter, e.g. --intensity 80 (names and ranges: neurogains --headless "
                   "--list)");
    AppendHelpLine(&text, "  --b_PARAMETER VALUE",
                   "programme B's parameter, with --compare, e.g. --compare copy --b_recovery 24");
    text += "\n"
            "Out-of-range values are clamped and bad values keep the default, with a notice. An unknown\n"
            "option is refused (exit 2). The window needs a display: without one, use --headless, or\n"
            "SDL_VIDEODRIVER=offscreen for --screenshot (e.g. --screenshot out.png --frames 60).\n";
    return text;
}

// b_NAME: programme B's parameter NAME (nullptr if name is not one).
static const ParamInfo* CompareParam(const std::string& name) {
    return name.rfind("b_", 0) == 0 ? FindParam(name.substr(2)) : nullptr;
}

// A model parameter by name, for A or B: garbage keeps the default, out of range is clamped, each
// with the same notice wherever it was written (io/param_value.h).
static void ParamOption(const std::string& name, const ParamInfo& param, const std::string& text,
                        std::vector<std::pair<const ParamInfo*, double>>* list,
                        std::vector<OptionNotice>* notices) {
    double number = 0.0;
    std::string error;
    if (!ParamValueFromText(param, text, &number, &error)) {
        notices->push_back({true, name + ": " + error + "; kept the default"});
        return;
    }
    Protocol probe;
    SetParamResult result = SetParam(&probe, param, number);
    if (result.Clamped)
        notices->push_back({false, name + ": " + ParamClampedMessage(param, number, result.Value)});
    list->push_back({&param, result.Value});
}

AppOptions ParseOptions(const OptionList& options, std::vector<OptionNotice>* notices, OptionSource source) {
    AppOptions o;
    const bool command_line = source == OptionSource::CommandLine;
    for (const auto& [name, text] : options) {
        bool flag = false;
        double number = 0.0;
        if (name.empty()) {
            if (command_line)
                notices->push_back(
                    {true, "unexpected argument " + Quoted(text) + ": options look like --name value", true});
            else
                notices->push_back({true, "ignored " + Quoted(text) + ": options look like --name value"});
        } else if (!IsDocumentedOption(name) && !FindParam(name) && !CompareParam(name)) {
            if (command_line)
                notices->push_back({true, "unknown option " + Quoted("--" + name) + " (see --help)", true});
            else
                notices->push_back({true, "unknown option " + Quoted(name) + " (ignored)"});
        } else if (name == "mode") {
            if (text == "student")
                o.Mode = AppMode::Student;
            else if (text == "presenter")
                o.Mode = AppMode::Presenter;
            else if (text == "kiosk")
                o.Mode = AppMode::Kiosk;
            else
                Reject(notices, name, text, "student, presenter or kiosk");
        } else if (name == "scenario") {
            o.Scenario = text; // checked against the scenario files when it is loaded
        } else if (name == "compare") {
            o.Compare = text; // checked when the session starts, as a scenario
        } else if (name == "speed") {
            int stop = FindSpeedStop(text.c_str());
            if (stop >= 0) {
                o.Speed = stop;
            } else if (ParseNumber(text, &number) && number == std::floor(number)) {
                number = (double)(o.Speed < 0 ? kDefaultSpeedStop : o.Speed);
                NumberOption(name, text, 0, SpeedStopCount() - 1, &number, notices);
                o.Speed = (int)number;
            } else {
                std::string ids;
                for (int i = 0; i < SpeedStopCount(); i++)
                    ids += std::string(i ? ", " : "") + SpeedStopAt(i).Id;
                Reject(notices, name, text, ("one of " + ids).c_str());
            }
        } else if (name == "seed") {
            number = (double)o.Seed;
            NumberOption(name, text, 0, 4294967295.0, &number, notices);
            o.Seed = (uint64_t)number;
        } else if (name == "lang") {
            if (text.size() >= 2 && text.size() <= 8 &&
                text.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos)
                o.Lang = text; // languages without a table fall back to English, with a notice
            else
                Reject(notices, name, text, "a language code such as en or es");
        } else if (name == "ui") {
            if (ParseBool(text, &flag))
                o.ShowUi = flag;
            else
                Reject(notices, name, text, "0 or 1");
        } else if (name == "theme") {
            o.ThemeSet = true;
            if (text == "dark")
                o.UiTheme = Theme::Dark;
            else if (text == "light")
                o.UiTheme = Theme::Light;
            else if (text == "projector")
                o.UiTheme = Theme::Projector;
            else
                o.ThemeSet = false, Reject(notices, name, text, "dark, light or projector");
        } else if (name == "scale") {
            if (NumberOption(name, text, 1.0, 3.0, &number, notices)) o.UiScale = (float)number;
        } else if (name == "quality") {
            number = -1.0;
            if (text != "auto" && NumberOption(name, text, 0, 6, &number, notices)) o.Quality = (int)number;
            if (text == "auto") o.Quality = -1;
        } else if (name == "render-scale") {
            if (text == "auto")
                o.RenderScale = 0.0f;
            else if (NumberOption(name, text, 0.5, 1.0, &number, notices))
                o.RenderScale = (float)number;
        } else if (name == "idle") {
            number = o.IdleSeconds;
            NumberOption(name, text, 5, 3600, &number, notices);
            o.IdleSeconds = (int)number;
        } else if (name == "scene") {
            if (ParseBool(text, &flag))
                o.DrawScene = flag;
            else
                Reject(notices, name, text, "0 or 1");
        } else if (name == "tour") {
            if (ParseBool(text, &flag))
                o.StartTour = flag;
            else
                Reject(notices, name, text, "0 or 1");
        } else if (name == "activity") {
            if (text == "questions" || text == "challenge")
                o.Activity = text;
            else
                Reject(notices, name, text, "questions or challenge");
        } else if (name == "fuzz") {
            if (ParseBool(text, &flag))
                o.Fuzz = flag;
            else
                Reject(notices, name, text, "0 or 1");
        } else if (name == "touch") {
            if (text == "auto")
                o.Touch = -1;
            else if (ParseBool(text, &flag))
                o.Touch = flag ? 1 : 0;
            else
                Reject(notices, name, text, "auto, 0 or 1");
        } else if (name == "view") {
            if (FindView(text) != kUnknownView)
                o.View = text;
            else
                Reject(notices, name, text, ViewNames().c_str());
        } else if (name == "advance" || name == "advance-days") {
            double days = 0.0;
            if (NumberOption(name, text, 0, kMaxAdvanceDays, &days, notices)) o.AdvanceDays = days;
        } else if (name == "screenshot") {
            o.ScreenshotPath = text;
        } else if (name == "frames") {
            number = 0;
            NumberOption(name, text, 1, 1000000, &number, notices);
            o.Frames = (int)number;
        } else if (name == "width" || name == "height") {
            number = name == "width" ? o.Width : o.Height;
            NumberOption(name, text, 320, 7680, &number, notices);
            (name == "width" ? o.Width : o.Height) = (int)number;
        } else if (const ParamInfo* param = FindParam(name)) {
            ParamOption(name, *param, text, &o.ProtocolOverrides, notices);
        } else if (const ParamInfo* b_param = CompareParam(name)) {
            ParamOption(name, *b_param, text, &o.CompareOverrides, notices);
        } else {
            notices->push_back({true, "option " + Quoted(name) + " is documented but not handled"});
        }
    }
    if (!o.CompareOverrides.empty() && o.Compare.empty()) {
        notices->push_back({true, "b_" + std::string(o.CompareOverrides[0].first->Name) +
                                      ": programme B's parameters need compare=ID or compare=copy; ignored"});
        o.CompareOverrides.clear();
    }
    return o;
}

} // namespace ng
