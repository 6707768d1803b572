#include "preferences.h"

namespace ng {

const char* AppModeName(AppMode mode) {
    switch (mode) {
    case AppMode::Student:
        return "student";
    case AppMode::Presenter:
        return "presenter";
    case AppMode::Kiosk:
        return "kiosk";
    }
    return "student";
}

const char* ThemeName(Theme theme) {
    switch (theme) {
    case Theme::Dark:
        return "dark";
    case Theme::Light:
        return "light";
    case Theme::Projector:
        return "projector";
    }
    return "dark";
}

} // namespace ng
