#include "tour_player.h"

namespace ng {

TourPlayOptions AttractLoopOptions() {
    TourPlayOptions options;
    options.Autoplay = true;
    options.Loop = true;
    options.OpenPanels = false;
    return options;
}

static bool IsPanelAction(const Command& command) {
    return command.Type == CommandType::ShowLab || command.Type == CommandType::ShowExplain;
}

std::vector<Command> TourPlayer::Start(const Tour& tour, const TourPlayOptions& options) {
    std::vector<Command> commands = Stop();
    if (tour.Steps.empty()) return commands;
    Steps = &tour;
    Settings = options;
    Active = true;
    Current = 0;
    std::vector<Command> enter = Enter(0);
    commands.insert(commands.end(), enter.begin(), enter.end());
    return commands;
}

std::vector<Command> TourPlayer::Enter(int step) {
    std::vector<Command> commands;
    bool opens_explain = false;
    for (const Command& action : Steps->Steps[step].Actions)
        opens_explain |=
            Settings.OpenPanels && action.Type == CommandType::ShowExplain && !action.Name.empty();
    if (ExplainOpen && !opens_explain) commands.push_back({CommandType::ShowExplain, std::string(), 0.0});
    for (const Command& action : Steps->Steps[step].Actions)
        if (Settings.OpenPanels || !IsPanelAction(action)) commands.push_back(action);
    Current = step;
    Elapsed = 0.0;
    ExplainOpen = opens_explain;
    return commands;
}

std::vector<Command> TourPlayer::Next() {
    if (!Active) return {};
    if (Current + 1 < StepCount()) return Enter(Current + 1);
    return Settings.Loop ? Enter(0) : Stop();
}

std::vector<Command> TourPlayer::Previous() {
    if (!Active || Current == 0) return {};
    return Enter(Current - 1);
}

std::vector<Command> TourPlayer::GoTo(int step) {
    if (!Active || step < 0 || step >= StepCount()) return {};
    return Enter(step);
}

std::vector<Command> TourPlayer::Stop() {
    std::vector<Command> commands;
    if (Active && ExplainOpen) commands.push_back({CommandType::ShowExplain, std::string(), 0.0});
    Active = false;
    ExplainOpen = false;
    Elapsed = 0.0;
    return commands;
}

double TourPlayer::StepSeconds() const {
    if (!Active) return 0.0;
    return Settings.StepSeconds > 0.0 ? Settings.StepSeconds : Steps->Steps[Current].Seconds;
}

double TourPlayer::StepProgress() const {
    double seconds = StepSeconds();
    if (!(seconds > 0.0)) return 0.0;
    return Elapsed >= seconds ? 1.0 : Elapsed / seconds;
}

std::vector<Command> TourPlayer::Update(double real_seconds) {
    if (!Active || !Settings.Autoplay || !(real_seconds > 0.0)) return {};
    Elapsed += real_seconds;
    if (Elapsed < StepSeconds()) return {};
    return Next();
}

bool HandleTourCommand(TourPlayer* player, const Tour& tour, const Command& command,
                       std::vector<Command>* actions) {
    switch (command.Type) {
    case CommandType::TourStart:
        *actions = player->Start(tour, command.Name == "autoplay" ? AttractLoopOptions() : TourPlayOptions());
        return true;
    case CommandType::TourStop:
        *actions = player->Stop();
        return true;
    case CommandType::TourNext:
        *actions = player->Next();
        return true;
    case CommandType::TourPrevious:
        *actions = player->Previous();
        return true;
    default:
        return false;
    }
}

} // namespace ng
