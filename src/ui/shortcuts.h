// The keyboard shortcuts (docs/design.md §3), one row each: the app's key handler
// (src/app/app_input.cpp) looks a key up here and does the row's action; the shortcut sheet
// (shortcut_sheet.cpp) lists the rows. Keys are named without SDL: the app maps its keycodes to
// ShortcutKey.
#pragma once

namespace ng {

enum class ShortcutKey {
    Space,
    Period,
    Left,
    Right,
    Plus,
    Minus,
    Digit,
    F,
    R,
    H,
    P,
    L,
    LeftBracket,
    RightBracket,
    Question,
    Escape
};

enum class ShortcutAction {
    TogglePause,
    Step,
    TourPrevious,
    TourNext,
    WeekBack, // the timeline (timeline_bar.h)
    WeekForward,
    Faster,
    Slower,
    LoadScenario, // the digit's scenario: 1 is the first
    ToggleFullscreen,
    ResetAll,
    ToggleUi,
    TogglePresenter,
    ToggleLab,
    ToggleSheet,
    CloseSheet, // only while the sheet is open
};

struct Shortcut {
    ShortcutKey Key;
    bool Alt; // only with Alt held (other rows take the key with or without it)
    ShortcutAction Action;
    const char* Keys;    // as the sheet writes them; nullptr: shown with the row above, or not listed
    const char* TextKey; // what the sheet says it does (assets/i18n/<lang>/ui.json)
};

int ShortcutCount();
const Shortcut& ShortcutAt(int index);
const Shortcut* FindShortcut(ShortcutKey key, bool alt); // nullptr if the key is not a shortcut
int ScenarioKeyCount(); // the digits 1..N load the first N scenarios (N <= 9)

} // namespace ng
