// Narration for screen-reader users: sessions starting and ending (with what they did to the
// blood), training-status warnings, scenario changes. Model events are spoken at most every
// kMinSecondsBetween of wall time, so fast speeds do not flood the live region; what the person
// did themselves is always spoken.
#include "app.h"
#include "content/i18n.h"
#include "platform.h"
#include <cmath>

namespace ng {

static const double kMinSecondsBetween = 12.0;

void App::Narrate(const std::string& text, bool from_user) {
    if (!from_user && WallSeconds - LastNarrationSeconds < kMinSecondsBetween) return;
    LastNarrationSeconds = WallSeconds;
    PlatformNarrate(text);
}

void App::NarrateModelEvents() {
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
