// Narration for screen-reader users: sessions starting and ending (with what they did to the
// blood), training-status warnings, scenario changes, seeking and comparing. Model events are spoken at most
// every kMinSecondsBetween of wall time, so fast speeds do not flood the live region; what the person did
// themselves is always spoken.
#include "app.h"
#include "content/i18n.h"
#include "platform.h"
#include "ui/compare_ui.h"
#include <cmath>

namespace ng {

static const double kMinSecondsBetween = 12.0;
static const double kSeekSeconds = 1.0; // while the timeline is dragged

void App::Narrate(const std::string& text, bool from_user) {
    if (!from_user && WallSeconds - LastNarrationSeconds < kMinSecondsBetween) return;
    LastNarrationSeconds = WallSeconds;
    PlatformNarrate(text);
}

void App::NarrateExplore(const Command& c) {
    if (c.Type == CommandType::Seek) {
        long long day = (long long)std::floor(Run.Sim->TimeDays() + 1e-6);
        PendingSeek = TrFormat("narrate.seek", {std::to_string(day / 7 + 1), std::to_string(day % 7 + 1)});
        if (WallSeconds - LastSeekNarration < kSeekSeconds) return; // NarrateModelEvents() says it later
        LastSeekNarration = WallSeconds;
        Narrate(PendingSeek, true);
        PendingSeek.clear();
    } else if (c.Type == CommandType::SetCompare) {
        if (c.Name.empty())
            Narrate(Tr("narrate.compare_off"), true);
        else if (Run.Compare && Run.Compare->Source == c.Name) // not when it was refused
            Narrate(TrFormat("narrate.compare_on", {CompareSourceName(c.Name)}), true);
    }
}

void App::NarrateModelEvents() {
    if (!PendingSeek.empty() && WallSeconds - LastSeekNarration >= kSeekSeconds) {
        LastSeekNarration = WallSeconds;
        Narrate(PendingSeek, true);
        PendingSeek.clear();
    }
    static const char* kStatusKeys[] = {"status.fresh", "status.functional", "status.nonfunctional",
                                        "status.syndrome"};
    bool in_session = Run.Sim->InSession();
    if (in_session != WasInSession) {
        if (in_session) {
            Narrate(Tr("narrate.session_start"), false);
        } else {
            char bdnf[16], cortisol[16];
            std::snprintf(bdnf, sizeof(bdnf), "%.0f", (Run.Sim->State().PlasmaBdnf - 1.0) * 100.0);
            std::snprintf(cortisol, sizeof(cortisol), "%.0f", Run.Sim->State().Cortisol);
            Narrate(TrFormat("narrate.session_end", {bdnf, cortisol}), false);
        }
        WasInSession = in_session;
    }
    int status = (int)Run.Sim->Status();
    if (status != LastStatus) {
        LastNarrationSeconds = -1e9; // a warning always gets through
        Narrate(TrFormat("narrate.status", {Tr(kStatusKeys[status])}), false);
        LastStatus = status;
    }
}

} // namespace ng
