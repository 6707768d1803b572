#include "stations.h"

namespace ng {

StationInfo GetStation(Station station) {
    switch (station) {
    case Station::Muscle:
        return {"muscle", nullptr, "muscle", "scene.station.muscle", "view.muscle"};
    case Station::Blood:
        return {"blood", nullptr, "blood", "scene.station.blood", "view.blood"};
    case Station::Barrier:
        return {"barrier", "bbb", "barrier", "scene.station.barrier", "view.barrier"};
    case Station::Hippocampus:
        return {"hippocampus", nullptr, "hippocampus", "scene.station.hippocampus", "view.hippocampus"};
    case Station::Count:
        break;
    }
    return GetStation(Station::Muscle);
}

int FindView(const std::string& name) {
    if (name == "overview") return kOverviewView;
    for (int i = 0; i < kStationCount; i++) {
        StationInfo info = GetStation((Station)i);
        if (name == info.Id || (info.OtherId && name == info.OtherId)) return i;
    }
    return kUnknownView;
}

const char* ViewId(int view) {
    return view >= 0 && view < kStationCount ? GetStation((Station)view).Id : "overview";
}

int FindCard(const std::string& card_id) {
    for (int i = 0; i < kStationCount; i++)
        if (card_id == GetStation((Station)i).CardId) return i;
    return -1;
}

// "a, b, c or d"
static std::string ListOf(const char* first, bool cards) {
    std::string text = first ? first : "";
    for (int i = 0; i < kStationCount; i++) {
        StationInfo info = GetStation((Station)i);
        if (!text.empty()) text += i + 1 < kStationCount ? ", " : " or ";
        text += cards ? info.CardId : info.Id;
    }
    return text;
}

std::string ViewNames() {
    return ListOf("overview", false);
}

std::string CardNames() {
    return ListOf(nullptr, true);
}

} // namespace ng
