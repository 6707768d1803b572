#include "app.h"
#include "platform.h"
#include "render/gl.h"
#include <cstdio>
#include <cstdlib>
#include <vector>
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO_OVERRIDE
#include <stb/stb_image_write.h>

namespace ng {

OptionList PlatformStartOptions(int argc, char** argv) {
    return SplitCommandLine(argc, argv);
}

OptionSource PlatformStartOptionSource() {
    return OptionSource::CommandLine;
}

bool PlatformHasDisplay(std::string* why) {
#if defined(__linux__) || defined(__FreeBSD__)
    auto set = [](const char* name) {
        const char* value = std::getenv(name);
        return value && value[0];
    };
    if (set("SDL_VIDEODRIVER") || set("DISPLAY") || set("WAYLAND_DISPLAY")) return true;
    *why = "no display: neither DISPLAY nor WAYLAND_DISPLAY is set, so no window can be opened";
    return false;
#else
    (void)why;
    return true;
#endif
}

void PlatformRunLoop(App* app) {
    while (!app->Quit) app->Frame();
}

void PlatformFatal(const char* message) {
    std::fprintf(stderr, "NeuroGains: %s\n", message);
}

void PlatformFrameDone(long long) {}

std::string PlatformSaveText(const char* file_name, const std::string& text) {
    FILE* file = std::fopen(file_name, "wb");
    if (!file) return "";
    bool ok = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    ok &= std::fclose(file) == 0;
    return ok ? file_name : "";
}

void PlatformShareSetup(const std::string& query) {
    std::string flags;
    for (const auto& [name, value] : SplitQueryString(query)) flags += " --" + name + " " + value;
    std::printf("neurogains%s\n", flags.c_str());
}

void PlatformOpenGuide() {
    std::printf("The teacher's guide: docs/teaching.md (on the web site: teaching.html)\n");
}

void PlatformNarrate(const std::string&) {}

bool PlatformPrefersReducedMotion() {
    return false;
}

bool PlatformCoarsePointer() {
    for (int i = 0; i < SDL_GetNumTouchDevices(); i++)
        if (SDL_GetTouchDeviceType(SDL_GetTouchDevice(i)) == SDL_TOUCH_DEVICE_DIRECT) return true;
    return false;
}

static std::string g_Board; // the kiosk challenge's board: natively, for as long as the program runs

std::string PlatformLoadBoard() {
    return g_Board;
}

void PlatformSaveBoard(const std::string& text) {
    g_Board = text;
}

bool PlatformFetchLanguage(const std::string&) {
    return false; // every language is compiled in
}

bool PlatformSaveScreenshot(const char* path, int width, int height) {
    std::vector<unsigned char> pixels((size_t)width * height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    for (size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255; // the window is opaque
    stbi_flip_vertically_on_write(1);                              // GL rows start at the bottom
    if (!stbi_write_png(path, width, height, 4, pixels.data(), width * 4)) {
        std::fprintf(stderr, "NeuroGains: could not write the screenshot %s\n", path);
        return false;
    }
    std::printf("screenshot: %s (%dx%d)\n", path, width, height);
    return true;
}

} // namespace ng
