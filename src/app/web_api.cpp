// window.neurogains on the web page (docs/design.md §5): set, get, state, scenario, advance, reset,
// alive, the explore calls (seek, compare, setB, landscape), plus widgets() for tests. JavaScript
// passes a JSON request to ng_api() and receives a JSON reply; errors come back as {"error": "..."}
// and the page's wrapper (web/loader.js) turns them into exceptions. Nothing here can crash the
// app or let a NaN into the model.
#include "app.h"
#include "content/i18n.h"
#include "imgui.h"
#include "io/param_value.h"
#include "io/scenario.h"
#include "model/param_registry.h"
#include "model/readouts.h"
#include "ui/widget_map.h"
#include "web_describe.h"
#include <cmath>
#include <cstdio>
#include <emscripten.h>
#include <emscripten/heap.h>
#include <malloc.h>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace ng {

App* g_ApiApp = nullptr; // set by PlatformRunLoop

// Texts of the page's accessible HTML controls (web/a11y.js), in the current language.
static json AccessibleLabels() {
    json scenarios = json::array();
    for (int i = 0; i < ScenarioCount(); i++) {
        std::string key = std::string("scenario.") + ScenarioIdAt(i);
        scenarios.push_back({{"id", ScenarioIdAt(i)}, {"title", Tr(key.c_str())}});
    }
    return {{"heading", Tr("a11y.heading")},
            {"intensity", Tr("param.intensity")},
            {"recovery", Tr("param.recovery")},
            {"scenario", Tr("training.scenarios")},
            {"choose_scenario", Tr("a11y.choose_scenario")},
            {"play", Tr("time.play")},
            {"pause", Tr("time.pause")},
            {"tour_start", Tr("a11y.tour_start")},
            {"tour_previous", Tr("a11y.tour_previous")},
            {"tour_next", Tr("a11y.tour_next")},
            {"now", Tr("a11y.now")},
            {"lab", Tr("a11y.lab")},
            {"lab_name", Tr("a11y.lab_name")},
            {"lab_value", Tr("a11y.lab_value")},
            {"explain", Tr("a11y.explain")},
            {"tour", Tr("a11y.tour")},
            {"questions", Tr("bar.questions")},
            {"questions_open", Tr("a11y.questions_open")},
            {"guide", Tr("a11y.guide")},
            {"challenge", Tr("kiosk.challenge")},
            {"rising", Tr("a11y.rising")},
            {"falling", Tr("a11y.falling")},
            {"units", {{"intensity", Tr("a11y.unit_intensity")}, {"recovery", Tr("a11y.unit_recovery")}}},
            {"scenarios", scenarios}};
}

static json ParamJson(const ParamInfo& p, double value) {
    if (p.Kind == ParamKind::Bool) return value != 0.0;
    if (p.Kind == ParamKind::Choice) return p.Choices[(int)value];
    return value;
}

static json BoxJson(const Box& b) {
    return json::array({b.X, b.Y, b.W, b.H});
}

// Where things went last frame (CSS px): the free area the scene is framed in, the station
// titles as drawn, the open legend (null when collapsed to its key), each station's area.
static json LayoutJson(const App& app) {
    const UiLayout& l = app.Layout;
    json labels = json::array(), stations = json::array();
    for (const Box& b : app.Overlay.Labels) labels.push_back(BoxJson(b));
    for (const Box& b : app.Overlay.Stations) stations.push_back(BoxJson(b));
    const char* sheet = !l.Compact            ? "none"
                        : !l.Explain.Empty()  ? "explain"
                        : !l.Lab.Empty()      ? "lab"
                        : !l.Training.Empty() ? "training"
                                              : "none";
    const Camera& camera = app.Scene.GetCamera();
    // The scenes drawn (compare mode: A and B, or one with the A | B switch), in window points.
    json panes = json::array();
    float ratio = app.Scene.PixelRatio();
    for (int i = 0; i < app.Scene.PaneCount(); i++) {
        const ScenePane& p = app.Scene.Pane(i);
        Box b;
        b.X = p.X / ratio, b.Y = p.Y / ratio, b.W = p.W / ratio, b.H = p.H / ratio;
        panes.push_back({{"box", BoxJson(b)},
                         {"programme", p.IsB ? "B" : "A"},
                         {"particles", p.Content->Particles().Count()}});
    }
    return {{"scene", BoxJson(l.Scene)},
            {"panes", panes},
            {"camera",
             {{"center", json::array({camera.CenterX(), camera.CenterY()})}, {"scale", camera.Scale()}}},
            {"labels", labels},
            {"legend", app.Overlay.Legend.Empty() ? json(nullptr) : BoxJson(app.Overlay.Legend)},
            {"stations", stations},
            {"compact", l.Compact},
            {"portrait", l.PortraitWorld},
            {"sheet", sheet},
            {"touch", app.Touch}};
}

// The notices on screen now: "warning" for a value clamped into range (the app went on with it),
// "error" for a value or request refused (the default was kept).
static json NoticesJson(const App& app) {
    json notices = json::array();
    for (const OptionNotice& n : app.Notices)
        notices.push_back({{"kind", n.Rejected ? "error" : "warning"}, {"text", n.Text}});
    return notices;
}

// The activity under way: the questions {kind, index, count, answered, correct}, the kiosk
// challenge {kind, phase, score} (score null until the run ends), or null.
static json ActivityJson(const App& app) {
    const Challenge& c = app.KioskChallenge;
    if (c.IsOpen)
        return {{"kind", "challenge"},
                {"phase", ChallengePhaseName(c.Phase)},
                {"score", c.Phase == ChallengePhase::Done ? json(c.Score) : json(nullptr)}};
    if (!app.Quiz.IsOpen) return nullptr;
    return {{"kind", "questions"},
            {"index", app.Quiz.Index},
            {"count", app.Quiz.Count()},
            {"answered", app.Quiz.Answered()},
            {"correct", app.Quiz.Correct()}};
}

static json ReadoutsJson(const Simulation& sim) {
    json readouts = json::object();
    for (int i = 0; i < ReadoutCount(); i++) {
        double v = ReadoutValue(sim, i);
        readouts[ReadoutAt(i).Name] = std::isfinite(v) ? json(v) : json(nullptr);
    }
    return readouts;
}

static json ProtocolJson(const Protocol& plan) {
    json protocol = json::object();
    for (int i = 0; i < ParamCount(); i++)
        protocol[ParamAt(i).Name] = ParamJson(ParamAt(i), GetParam(plan, ParamAt(i)));
    return protocol;
}

// Programme B as state().compare shows it: the same keys as state(), or null.
static json CompareJson(const Session& run) {
    if (!run.Compare) return nullptr;
    return {{"scenario", run.Compare->Source},
            {"protocol", ProtocolJson(run.Compare->Plan)},
            {"readouts", ReadoutsJson(*run.Compare->Sim)}};
}

static json StateJson(App& app) {
    return {{"time_days", app.Run.Sim->TimeDays()},
            {"time_hours", app.Run.Sim->TimeHours()},
            {"mode", AppModeName(app.Mode)},
            {"kiosk_phase", KioskPhaseName(app.Kiosk.Phase)},
            {"scenario", app.Run.ScenarioId},
            {"speed", SpeedStopAt(app.Run.Clock.Speed).Id},
            {"paused", app.Run.Clock.Paused},
            {"view", ViewId(app.Scene.CurrentView())},
            {"tour_step", app.Tour.IsActive() ? app.Tour.CurrentStep() + 1 : 0}, // 0: no tour
            {"theme", ThemeName(app.Prefs.UiTheme)},
            {"scale", app.Prefs.UiScale},
            {"lang", app.Prefs.Lang},
            {"ui", app.Prefs.ShowUi},
            {"reduced_motion", app.Prefs.ReducedMotion},
            {"frames", app.FrameCount},
            {"quality_level", app.Scene.Quality().Level()}, // 0 (software renderers) .. 6
            {"render_scale", app.Scene.RenderScale()},      // the scene's resolution, of the screen's
            {"hover", ImGui::IsMousePosValid()}, // false after a finger lifts: nothing stays hovered
            {"layout", LayoutJson(app)},
            {"notices", NoticesJson(app)},
            {"activity", ActivityJson(app)},
            {"readouts", ReadoutsJson(*app.Run.Sim)},
            {"protocol", ProtocolJson(app.Run.Plan)},
            {"furthest_days", app.Run.FurthestDay()}, // seek() reaches 0 .. this
            {"has_future", app.Run.HasFuture()},
            {"compare", CompareJson(app.Run)}};
}

// set(name, value) for programme A, setB(name, value) for B.
static json HandleSet(App& app, const std::string& op, const json& request) {
    if (!request.contains("name") || !request["name"].is_string())
        return {{"error", op + "(name, value): name must be a string"}};
    std::string name = request["name"].get<std::string>();
    const ParamInfo* p = FindParam(name);
    if (!p) return {{"error", op + ": unknown parameter \"" + name.substr(0, 40) + "\""}};
    double value = 0.0;
    std::string error;
    if (!request.contains("value") || !ParamValueFromJson(*p, request["value"], &value, &error))
        return {{"error", op + ": " + name + ": " + (error.empty() ? "a value is needed" : error)}};
    ParamChange change = op == "set" ? app.Run.SetParamByName(name, value) : app.Run.SetParamB(name, value);
    app.TakeSessionEvents();
    if (!change.Ok) return {{"error", op + ": " + change.Message}};
    json reply = {{"value", ParamJson(*p, change.Value)}, {"clamped", change.Clamped}};
    if (change.Clamped) reply["notice"] = change.Message;
    return reply;
}

// landscape({x, y, metric, weeks, n}): the grid when it is complete, else {"pending": true} (the
// frames fill it in; web/loader.js asks again until it is done).
static json Landscape(App& app, const json& request) {
    LandscapeSpec spec; // what is left out keeps its default
    const std::pair<const char*, std::string*> names[] = {
        {"x", &spec.X}, {"y", &spec.Y}, {"metric", &spec.Metric}};
    for (const auto& [key, field] : names) {
        if (!request.contains(key)) continue;
        if (!request[key].is_string())
            return {{"error", std::string("landscape: ") + key + " must be a string"}};
        *field = request[key].get<std::string>();
    }
    if (request.contains("weeks")) {
        if (!request["weeks"].is_number()) return {{"error", "landscape: weeks must be a number"}};
        spec.Weeks = request["weeks"].get<double>();
    }
    if (request.contains("n")) {
        const json& n = request["n"];
        if (!n.is_number() || n.get<double>() != std::floor(n.get<double>()) ||
            std::fabs(n.get<double>()) > 1e6)
            return {{"error", "landscape: n must be a whole number"}};
        spec.N = (int)n.get<double>();
    }
    std::string error;
    const LandscapeGrid* grid = app.Run.RequestLandscape(spec, &error);
    if (!grid) return {{"error", "landscape: " + error}};
    if (!grid->Done()) return {{"pending", true}, {"progress", grid->Progress()}};
    int metric = FindReadout(grid->Spec.Metric.c_str());
    json values = json::array();
    for (int row = 0; row < grid->Rows(); row++) {
        json line = json::array();
        for (int column = 0; column < grid->Columns(); column++) {
            double v = grid->Value(row, column, metric);
            line.push_back(std::isfinite(v) ? json(v) : json(nullptr));
        }
        values.push_back(line);
    }
    return {{"value",
             {{"x", grid->XValues},
              {"y", grid->YValues},
              {"values", values},
              {"metric", grid->Spec.Metric},
              {"weeks", grid->Spec.Weeks}}}};
}

static json Handle(App& app, const json& request) {
    std::string op = request.value("op", "");
    if (op == "state") return {{"value", StateJson(app)}};
    if (op == "set" || op == "get") {
        if (!request.contains("name") || !request["name"].is_string())
            return {{"error", op + "(name" + (op == "set" ? ", value)" : ")") + ": name must be a string"}};
        std::string name = request["name"].get<std::string>();
        const ParamInfo* p = FindParam(name);
        if (op == "get") {
            if (p) return {{"value", ParamJson(*p, GetParam(app.Run.Plan, *p))}};
            int readout = FindReadout(name.c_str());
            if (readout >= 0) return {{"value", ReadoutValue(*app.Run.Sim, readout)}};
            json state = StateJson(app);
            if (state.contains(name) && name != "readouts" && name != "protocol")
                return {{"value", state[name]}};
            return {{"error", "get: unknown name \"" + name.substr(0, 40) +
                                  "\" (a parameter, a readout or a state key)"}};
        }
        return HandleSet(app, op, request);
    }
    if (op == "setB") return HandleSet(app, op, request);
    if (op == "scenario") {
        if (!request.contains("name") || !request["name"].is_string())
            return {{"error", "scenario(name): name must be a string"}};
        std::string error;
        bool loaded = app.Run.LoadScenarioById(request["name"].get<std::string>(), &error);
        app.TakeSessionEvents();
        if (!loaded) return {{"error", "scenario: " + error}};
        return {{"value", app.Run.ScenarioId}};
    }
    if (op == "advance") {
        if (!request.contains("days") || !request["days"].is_number())
            return {{"error", "advance(days): days must be a number"}};
        double days = request["days"].get<double>();
        if (!std::isfinite(days) || days <= 0.0 || days > kMaxAdvanceDays)
            return {{"error", "advance(days): days must be more than 0 and at most " +
                                  std::to_string((int)kMaxAdvanceDays)}};
        app.Run.AdvanceDays(days);
        return {{"value", app.Run.Sim->TimeDays()}};
    }
    if (op == "seek") {
        if (!request.contains("days") || !request["days"].is_number())
            return {{"error", "seek(days): days must be a number"}};
        std::string error;
        if (!app.Run.Seek(request["days"].get<double>(), &error)) return {{"error", "seek(days): " + error}};
        return {{"value", app.Run.Sim->TimeDays()}};
    }
    if (op == "compare") {
        if (!request.contains("name") || !(request["name"].is_string() || request["name"].is_null()))
            return {{"error", "compare(id): id must be a scenario id, \"copy\" or null"}};
        std::string error, name = request["name"].is_null() ? "" : request["name"].get<std::string>();
        bool ok = app.Run.SetCompare(name, &error);
        app.TakeSessionEvents();
        if (!ok) return {{"error", "compare(id): " + error}};
        return {{"value", app.Run.Compare ? json(app.Run.Compare->Source) : json(nullptr)}};
    }
    if (op == "landscape") return Landscape(app, request);
    if (op == "reset") {
        app.ResetAll();
        return {{"value", true}};
    }
    if (op == "pause") {
        if (!request.contains("paused") || !request["paused"].is_boolean())
            return {{"error", "pause(paused): expected true or false"}};
        app.Commands.Push(CommandType::SetPaused, "", request["paused"].get<bool>() ? 1.0 : 0.0);
        return {{"value", true}};
    }
    if (op == "tour") {
        std::string action = request.value("action", "");
        CommandType type = action == "start"      ? CommandType::TourStart
                           : action == "next"     ? CommandType::TourNext
                           : action == "previous" ? CommandType::TourPrevious
                           : action == "stop"     ? CommandType::TourStop
                                                  : CommandType::ResetAll;
        if (type == CommandType::ResetAll)
            return {{"error", "tour(action): expected start, next, previous or stop"}};
        app.Commands.Push(type);
        return {{"value", action}};
    }
    if (op == "labels") return {{"value", AccessibleLabels()}};
    if (op == "describe") return {{"value", DescribeJson(app)}};
    if (op == "question" || op == "challenge") { // the screen-reader layer's buttons (web/a11y.js)
        const json& a = request.contains("action") ? request["action"] : json();
        const json& v = request.contains("value") ? request["value"] : json(0.0);
        std::string action = a.is_string() ? a.get<std::string>() : std::string();
        double value = v.is_number() ? v.get<double>() : 0.0;
        static const char* const kQuestion[] = {"open", "close", "choose", "run", "next", "previous"};
        static const char* const kChallenge[] = {"open", "close", "start", "again"};
        bool known = false;
        if (op == "question")
            for (const char* a : kQuestion) known |= action == a;
        else
            for (const char* a : kChallenge) known |= action == a;
        if (!known || !std::isfinite(value))
            return {{"error", op + "(action, value): unknown action \"" + action.substr(0, 40) + "\""}};
        app.Commands.Push(op == "question" ? CommandType::Question : CommandType::Challenge, action, value);
        return {{"value", true}};
    }
    if (op == "uitext") { // the texts the panels looked up in the last captured frame; asks for a new capture
        app.CaptureUiText = true;
        json texts = json::array();
        for (const CapturedText& t : app.UiTexts)
            texts.push_back({{"key", t.Key}, {"text", t.Text}, {"fell_back", t.FellBack}});
        return {{"value", texts}};
    }
    if (op == "heap") // mallinfo() walks the heap: only on request, not in state() (polled by a11y.js)
        return {{"value",
                 {{"used_bytes", (double)mallinfo().uordblks},
                  {"size_bytes", (double)emscripten_get_heap_size()}}}};
    if (op == "widgets") {
        json widgets = json::object();
        for (const WidgetRect& w : app.Ui.Widgets)
            widgets[w.Name] = {w.X, w.Y, w.Width, w.Height, w.FullWidth, w.FullHeight};
        return {{"value", widgets}};
    }
    return {{"error", "unknown operation \"" + op.substr(0, 40) + "\""}};
}

} // namespace ng

// web/loader.js hands over a language's texts (the site's lang-<code>.json), or null when the
// fetch failed: before main() for the URL's language, between frames for one chosen later.
extern "C" EMSCRIPTEN_KEEPALIVE void ng_language_pack(const char* code, const char* pack) {
    if (!code) return;
    std::vector<std::string> problems;
    bool loaded = pack && ng::AddLanguagePack(code, pack, &problems);
    for (const std::string& problem : problems) std::fprintf(stderr, "NeuroGains: %s\n", problem.c_str());
    if (ng::g_ApiApp) ng::g_ApiApp->LanguageArrived(code, loaded);
}

// The one entry point of the API. The reply lives until the next call.
extern "C" EMSCRIPTEN_KEEPALIVE const char* ng_api(const char* request_text) {
    static std::string reply;
    json reply_json;
    if (!ng::g_ApiApp || !ng::g_ApiApp->Run.Sim) {
        reply_json = {{"error", "NeuroGains is still starting"}};
    } else {
        json request = json::parse(request_text ? request_text : "", nullptr, false);
        reply_json =
            request.is_object() ? ng::Handle(*ng::g_ApiApp, request) : json{{"error", "malformed request"}};
    }
    reply = reply_json.dump(-1, ' ', false, json::error_handler_t::replace);
    return reply.c_str();
}
