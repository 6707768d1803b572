// The scene's stations, left to right along one blood vessel, and the camera's views of them: the
// one table of their names, read by the scene (render/world_layout.* places them), the explain
// cards, the view strip, the `view` option, the tour and their messages. Recipe for a new
// station: docs/content-format.md §8.
#pragma once
#include <string>

namespace ng {

// Scene order: the order of the view strip's buttons and the numbers before the titles (1-4).
enum class Station { Muscle, Blood, Barrier, Hippocampus, Count };
constexpr int kStationCount = (int)Station::Count;

struct StationInfo {
    const char* Id;       // its view: ?view=, --view, FocusView, the tour's "view", state().view
    const char* OtherId;  // another name its view answers to ("bbb"), or nullptr
    const char* CardId;   // its explain card (assets/content/cards.json): ShowExplain, the tour's "explain"
    const char* TitleKey; // the title over it (assets/i18n/<lang>/scene.json)
    const char* ViewKey;  // its button in the view strip (assets/i18n/<lang>/ui.json)
};

StationInfo GetStation(Station station);

// The camera's views: the overview, or a station's focus view by its index (0 = the muscle).
constexpr int kOverviewView = -1;
constexpr int kUnknownView = -2;
int FindView(const std::string& name);    // "overview", a station's Id or OtherId; else kUnknownView
const char* ViewId(int view);             // "overview" for anything but a station
int FindCard(const std::string& card_id); // the station with that card, -1 if none

// For help texts and messages: "overview, muscle, blood, barrier or hippocampus".
std::string ViewNames();
// "muscle, blood, barrier or hippocampus"
std::string CardNames();

} // namespace ng
