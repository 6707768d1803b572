#include "shortcuts.h"
#include "io/scenario.h"

namespace ng {

static const Shortcut kShortcuts[] = {
    {ShortcutKey::Space, false, ShortcutAction::TogglePause, "Space", "keys.pause"},
    {ShortcutKey::Period, false, ShortcutAction::Step, ".", "keys.step"},
    {ShortcutKey::Left, false, ShortcutAction::TourPrevious, "\xE2\x86\x90 / \xE2\x86\x92",
     "keys.tour"}, // ← / →
    {ShortcutKey::Right, false, ShortcutAction::TourNext, nullptr, nullptr},
    {ShortcutKey::Digit, false, ShortcutAction::LoadScenario, "1 \xE2\x80\x93 ",
     "keys.scenarios"},                                                                   // the sheet adds N
    {ShortcutKey::Plus, false, ShortcutAction::Faster, "+ / \xE2\x88\x92", "keys.speed"}, // + / −
    {ShortcutKey::Minus, false, ShortcutAction::Slower, nullptr, nullptr},
    {ShortcutKey::F, false, ShortcutAction::ToggleFullscreen, "F", "keys.fullscreen"},
    {ShortcutKey::R, true, ShortcutAction::ResetAll, "Alt+R", "keys.reset"},
    {ShortcutKey::H, false, ShortcutAction::ToggleUi, "H", "keys.hide"},
    {ShortcutKey::P, false, ShortcutAction::TogglePresenter, "P", "keys.presenter"},
    {ShortcutKey::L, false, ShortcutAction::ToggleLab, "L", "keys.lab"},
    {ShortcutKey::LeftBracket, false, ShortcutAction::WeekBack, "[ / ], Shift+\xE2\x86\x90 / \xE2\x86\x92",
     "keys.week"},
    {ShortcutKey::RightBracket, false, ShortcutAction::WeekForward, nullptr, nullptr},
    {ShortcutKey::Question, false, ShortcutAction::ToggleSheet, "?", "keys.sheet"},
    {ShortcutKey::Escape, false, ShortcutAction::CloseSheet, nullptr, nullptr},
};

int ShortcutCount() {
    return (int)(sizeof(kShortcuts) / sizeof(kShortcuts[0]));
}

const Shortcut& ShortcutAt(int index) {
    return kShortcuts[index >= 0 && index < ShortcutCount() ? index : 0];
}

const Shortcut* FindShortcut(ShortcutKey key, bool alt) {
    for (const Shortcut& shortcut : kShortcuts)
        if (shortcut.Key == key && (alt || !shortcut.Alt)) return &shortcut;
    return nullptr;
}

int ScenarioKeyCount() {
    return ScenarioCount() < 9 ? ScenarioCount() : 9;
}

} // namespace ng
