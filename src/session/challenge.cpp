#include "challenge.h"
#include "model/param_registry.h"
#include "session.h"
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ng {

double ChallengeScore(double cells_born, double overtrained_days) {
    double factor = 1.0 - kChallengePenaltyPerDay * std::max(0.0, overtrained_days);
    return std::round(std::max(0.0, cells_born) * std::max(0.0, factor));
}

const char* ChallengePhaseName(ChallengePhase phase) {
    switch (phase) {
    case ChallengePhase::Running:
        return "running";
    case ChallengePhase::Done:
        return "done";
    default:
        return "setup";
    }
}

double ChallengePlaySeconds(double idle_seconds) {
    return std::min(kChallengeSeconds, 0.75 * idle_seconds);
}

int AddToBoard(std::vector<ChallengeEntry>* board, const ChallengeEntry& entry) {
    auto at = std::find_if(board->begin(), board->end(),
                           [&](const ChallengeEntry& e) { return entry.Score > e.Score; });
    int rank = (int)(at - board->begin());
    if (rank >= kChallengeBoardSize) return -1;
    board->insert(at, entry);
    if ((int)board->size() > kChallengeBoardSize) board->resize(kChallengeBoardSize);
    return rank;
}

std::string FormatBoard(const std::vector<ChallengeEntry>& board) {
    std::string text;
    for (const ChallengeEntry& e : board)
        text += std::to_string((long long)e.Score) + " " + std::to_string(e.Badge) + "\n";
    return text;
}

std::vector<ChallengeEntry> ParseBoard(const std::string& text) {
    std::vector<ChallengeEntry> board;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        start = end + 1;
        double score = 0.0;
        int badge = 0, used = 0;
        if (std::sscanf(line.c_str(), "%lf %d%n", &score, &badge, &used) == 2 && used == (int)line.size() &&
            std::isfinite(score) && score >= 0.0 && score < 1e12 && badge >= 0 &&
            badge < kBadgeColours * kBadgeAnimals)
            AddToBoard(&board, {score, badge});
    }
    return board;
}

bool HandleChallengeCommand(Challenge* challenge, Session* session, const Command& command) {
    if (command.Type != CommandType::Challenge) return false;
    const std::string& name = command.Name;
    if (name == "open" || name == "again") {
        challenge->IsOpen = true;
        challenge->Phase = ChallengePhase::Setup;
    } else if (name == "close") {
        challenge->IsOpen = false;
        challenge->Phase = ChallengePhase::Setup;
    } else if (name == "start" && challenge->IsOpen && challenge->Phase != ChallengePhase::Running) {
        // A fresh run with the visitor's three choices.
        double values[3];
        const char* names[3] = {"intensity", "recovery", "sessions"};
        for (int i = 0; i < 3; i++) values[i] = GetParam(session->Plan, *FindParam(names[i]));
        session->Execute({CommandType::ResetAll, std::string()});
        for (int i = 0; i < 3; i++) session->Execute({CommandType::SetParam, names[i], values[i]});
        session->Execute({CommandType::SetPaused, std::string(), 1.0});
        challenge->Phase = ChallengePhase::Running;
        challenge->CellsBorn = challenge->OvertrainedDays = challenge->Score = 0.0;
        challenge->Badge = std::clamp((int)command.Value, 0, kBadgeColours * kBadgeAnimals - 1);
        challenge->Rank = -1;
    }
    return true;
}

bool UpdateChallenge(Challenge* challenge, Session* session, double real_seconds) {
    if (!challenge->IsOpen || challenge->Phase != ChallengePhase::Running || !(real_seconds > 0.0))
        return false;
    double left = kChallengeDays - session->Sim->TimeDays();
    double days = std::min(left, real_seconds / challenge->PlaySeconds * kChallengeDays);
    if (days > 0.0) session->Execute({CommandType::AdvanceDays, std::string(), days});
    if (session->Sim->Status() >= TrainingStatus::NonFunctionalOverreaching)
        challenge->OvertrainedDays += std::max(0.0, days);
    challenge->CellsBorn = session->Sim->State().CellsBornTotal;
    challenge->Score = ChallengeScore(challenge->CellsBorn, challenge->OvertrainedDays);
    if (session->Sim->TimeDays() < kChallengeDays - 1e-9) return false;
    challenge->Phase = ChallengePhase::Done;
    return true;
}

} // namespace ng
