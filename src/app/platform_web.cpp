#include "app.h"
#include "platform.h"
#include <cstdlib>
#include <emscripten.h>
#include <emscripten/html5.h>

// JavaScript side of the page (web/loader.js defines window.NeuroGainsPage). Its names are quoted:
// the closure compiler renames every property it sees written without quotes (docs/toolchain.md).
EM_JS(char*, NgPageQueryString, (), { return stringToNewUTF8(window.location.search || ""); });
EM_JS(void, NgPageFatal, (const char* message),
      { window["NeuroGainsPage"]["fatal"](UTF8ToString(message)); });
EM_JS(void, NgPageFrameDone, (double frame_count), { window["NeuroGainsPage"]["frameDone"](frame_count); });
EM_JS(void, NgPageContextEvent, (int lost), { window["NeuroGainsPage"]["contextEvent"](lost != 0); });

EM_JS(void, NgPageDownload, (const char* file_name, const char* data, int size),
      { window["NeuroGainsPage"]["download"](UTF8ToString(file_name), HEAPU8.slice(data, data + size)); });

EM_JS(void, NgPageShare, (const char* query), { window["NeuroGainsPage"]["share"](UTF8ToString(query)); });
EM_JS(void, NgPageOpenGuide, (), { window["NeuroGainsPage"]["openGuide"](); });
EM_JS(char*, NgPageLoadBoard, (), { return stringToNewUTF8(window["NeuroGainsPage"]["loadBoard"]()); });
EM_JS(void, NgPageSaveBoard, (const char* text),
      { window["NeuroGainsPage"]["saveBoard"](UTF8ToString(text)); });

EM_JS(void, NgPageNarrate, (const char* text), {
    if (window["NeuroGainsPage"]["narrate"]) window["NeuroGainsPage"]["narrate"](UTF8ToString(text));
});

EM_JS(void, NgPageFetchLanguage, (const char* code),
      { window["NeuroGainsPage"]["fetchLanguage"](UTF8ToString(code)); });

EM_JS(int, NgPagePrefersReducedMotion, (),
      { return window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches ? 1 : 0; });

EM_JS(int, NgPageCoarsePointer, (), {
    return window["NeuroGainsPage"] && window["NeuroGainsPage"]["coarsePointer"] &&
                   window["NeuroGainsPage"]["coarsePointer"]()
               ? 1
               : 0;
});

namespace ng {

OptionList PlatformStartOptions(int, char**) {
    char* query = NgPageQueryString();
    OptionList options = SplitQueryString(query);
    std::free(query);
    return options;
}

OptionSource PlatformStartOptionSource() {
    return OptionSource::Url;
}

bool PlatformHasDisplay(std::string*) {
    return true; // the page's canvas
}

static void WebFrame(void* app) {
    // The browser marks the context lost before its "lost" event arrives: a frame in between must
    // not draw (or build a shader: the build fails and reports an error).
    App* a = (App*)app;
    if (emscripten_is_webgl_context_lost(emscripten_webgl_get_current_context())) a->GlContextLost = true;
    a->Frame();
}

// SDL2 does not handle WebGL context loss: stop drawing when it is lost, rebuild every GL
// object when the browser restores it. Returning true lets the context be restored.
static EM_BOOL OnContextLost(int, const void*, void* app) {
    ((App*)app)->GlContextLost = true;
    NgPageContextEvent(1);
    return EM_TRUE;
}

static EM_BOOL OnContextRestored(int, const void*, void* app) {
    App* a = (App*)app;
    a->GlContextLost = false;
    a->RebuildGlObjects();
    NgPageContextEvent(0);
    return EM_TRUE;
}

extern App* g_ApiApp; // web_api.cpp

void PlatformRunLoop(App* app) {
    g_ApiApp = app;
    emscripten_set_webglcontextlost_callback("#canvas", app, EM_FALSE, OnContextLost);
    emscripten_set_webglcontextrestored_callback("#canvas", app, EM_FALSE, OnContextRestored);
    emscripten_set_main_loop_arg(WebFrame, app, 0, EM_TRUE);
}

void PlatformFatal(const char* message) {
    NgPageFatal(message);
}

void PlatformFrameDone(long long frame_count) {
    NgPageFrameDone((double)frame_count);
}

std::string PlatformSaveText(const char* file_name, const std::string& text) {
    NgPageDownload(file_name, text.data(), (int)text.size());
    return file_name;
}

void PlatformShareSetup(const std::string& query) {
    NgPageShare(query.c_str());
}

void PlatformOpenGuide() {
    NgPageOpenGuide();
}

bool PlatformPrefersReducedMotion() {
    return NgPagePrefersReducedMotion() != 0;
}

bool PlatformCoarsePointer() {
    return NgPageCoarsePointer() != 0;
}

void PlatformNarrate(const std::string& text) {
    NgPageNarrate(text.c_str());
}

std::string PlatformLoadBoard() {
    char* text = NgPageLoadBoard();
    std::string board = text ? text : "";
    free(text);
    return board;
}

void PlatformSaveBoard(const std::string& text) {
    NgPageSaveBoard(text.c_str());
}

bool PlatformFetchLanguage(const std::string& code) {
    NgPageFetchLanguage(code.c_str());
    return true;
}

bool PlatformSaveScreenshot(const char*, int, int) {
    return false;
}

} // namespace ng
