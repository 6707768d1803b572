// What differs between the native program and the web page, behind one small interface.
// platform_native.cpp and platform_web.cpp implement it; main.cpp is the same on both.
#pragma once
#include "session/options.h"
#include <string>

namespace ng {

struct App;

// The options the program was started with: command-line flags natively, URL parameters on the web.
OptionList PlatformStartOptions(int argc, char** argv);
// Where those came from: OptionSource::CommandLine natively (unknown flags refused, --help
// answered), OptionSource::Url on the web (unknown names only warned about).
OptionSource PlatformStartOptionSource();
// False, with the reason in *why, when no window can be opened: natively on Linux, neither DISPLAY
// nor WAYLAND_DISPLAY is set and SDL_VIDEODRIVER names no other driver (SDL would otherwise try
// further back ends and may wait forever). Always true on the web.
bool PlatformHasDisplay(std::string* why);
// Runs App::Frame() until the app quits: a loop natively, requestAnimationFrame on the web.
void PlatformRunLoop(App* app);
// A failure that stops the app: stderr natively; the page's error screen on the web.
void PlatformFatal(const char* message);
// After each rendered frame: the web page hides its loading bar and records the frame time
// for neurogains.alive().
void PlatformFrameDone(long long frame_count);
// Saves text the user asked for (the CSV export): a browser download on the web, a file in the
// working folder natively. Returns where it went ("neurogains-lab.csv"), or "" on failure.
std::string PlatformSaveText(const char* file_name, const std::string& text);
// "Share this setup": the web copies the page URL with this query to the clipboard and shows
// it; natively the equivalent command-line flags are printed.
void PlatformShareSetup(const std::string& query);
// The teacher's guide (docs/teaching.md): the web opens the site's teaching.html, made from it by
// the build, in a new tab; natively its place in the source tree is printed.
void PlatformOpenGuide();
// True when the person asked their system for reduced motion (prefers-reduced-motion on the
// web); the app then starts with its own reduced-motion preference on.
bool PlatformPrefersReducedMotion();
// True when the main pointer is coarse (a finger): the page's (pointer: coarse) media query,
// which can change while the app runs (a tablet's keyboard case); natively, a touch screen.
bool PlatformCoarsePointer();
// Says a sentence to screen-reader users (the page's ARIA live region); nothing natively.
void PlatformNarrate(const std::string& text);
// The kiosk challenge's board of the day (challenge.h FormatBoard): the page keeps it in
// localStorage under today's date; natively it lives as long as the program.
std::string PlatformLoadBoard();
void PlatformSaveBoard(const std::string& text);
// Native: writes the back buffer to a PNG file. The web has no files: returns false.
bool PlatformSaveScreenshot(const char* path, int width, int height);
// Asks for a language's texts that are not compiled in (content/i18n.h LanguageLoaded): the web
// page fetches lang-<code>.json and hands it to App::LanguageArrived, between frames. False when
// nothing can be fetched (natively every language is compiled in).
bool PlatformFetchLanguage(const std::string& code);

} // namespace ng
