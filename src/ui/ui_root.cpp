#include "ui_root.h"
#include "content/i18n.h"
#include "lab_panel.h"
#include "model/simulation.h"
#include "plot_format.h"
#include "session/share_link.h"
#include "session/sim_clock.h"
#include "timeline_bar.h"
#include "ui_state.h"
#include <cmath>
#include <cstdio>

namespace ng {

void FormatSimTime(double hours, char* out, int out_size) {
    static const char* kDayKeys[] = {"day.mon", "day.tue", "day.wed", "day.thu",
                                     "day.fri", "day.sat", "day.sun"};
    if (!(hours >= 0.0) || hours > 1e7) hours = 0.0;
    long long minutes = (long long)std::floor(hours * 60.0);
    long long days = minutes / (24 * 60);
    int hh = (int)(minutes / 60 % 24), mm = (int)(minutes % 60);
    std::snprintf(out, out_size, "%s %lld \xC2\xB7 %s \xC2\xB7 %02d:%02d", Tr("clock.week"), days / 7 + 1,
                  Tr(kDayKeys[days % 7]), hh, mm);
}

std::string ShareQuery(const UiContext& ui) {
    std::string query;
    auto add = [&](const std::string& part) { query += (query.empty() || part.empty() ? "" : "&") + part; };
    if (ui.Mode != AppMode::Student) add(std::string("mode=") + AppModeName(ui.Mode));
    if (ui.Run) add(ShareProtocolQuery(*ui.Run)); // A's and B's protocols
    add(std::string("speed=") + SpeedStopAt(ui.Clock->Speed).Id);
    if (ui.Prefs->Lang != "en") add("lang=" + ui.Prefs->Lang);
    return query;
}

void DrawUiRoot(UiContext& ui, std::vector<OptionNotice>* notices) {
    SetDecimalComma(CurrentLanguage() == "es"); // "32,7" in Spanish (issue 13)
    ui.State->Explore.Shown = false;            // until the landscape panel draws its map
    if (ui.Mode == AppMode::Kiosk) {            // visitors see no notices, settings or keyboard sheet
        DrawKioskUi(ui);
        return;
    }
    DrawNotices(ui, notices);
    if (!ui.Prefs->ShowUi) return;
    DrawTopBar(ui);
    DrawTrainingPanel(ui);
    DrawLabPanel(ui);
    DrawDock(ui);
    DrawTimelineBar(ui);
    if (ui.Prefs->ShowPreferences) DrawPreferencesWindow(ui);
    if (ui.Prefs->ShowShortcuts) DrawShortcutSheet(ui);
}

} // namespace ng
