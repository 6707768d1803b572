// The shortcut table (src/ui/shortcuts.*): one row per action, every key finds its row, and the
// sheet's texts exist in every language.
#include "content/i18n.h"
#include "ui/shortcuts.h"
#include <doctest/doctest.h>
#include <set>
#include <string>

using namespace ng;

TEST_CASE("shortcuts: one row per action, each key finds its row, the sheet's texts in every language") {
    std::set<int> actions;
    for (int i = 0; i < ShortcutCount(); i++) {
        const Shortcut& shortcut = ShortcutAt(i);
        CAPTURE(i);
        actions.insert((int)shortcut.Action);
        CHECK(FindShortcut(shortcut.Key, shortcut.Alt) == &shortcut);
        if (!shortcut.Keys) continue;
        for (int l = 0; l < LanguageCount(); l++) {
            SetLanguage(LanguageAt(l).Code);
            CHECK(std::string(Tr(shortcut.TextKey)) != shortcut.TextKey);
        }
    }
    SetLanguage("en");
    CHECK(actions.size() == (size_t)ShortcutCount());
    CHECK(FindShortcut(ShortcutKey::R, false) == nullptr); // reset needs Alt
    CHECK(FindShortcut(ShortcutKey::Space, true) != nullptr);
    CHECK((ScenarioKeyCount() >= 1 && ScenarioKeyCount() <= 9));
}
