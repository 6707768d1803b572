// The kiosk challenge (issue 16): "grow the most new neurons in 12 weeks without overtraining".
// The visitor sets intensity, recovery and sessions; the 12 weeks then play in about a minute
// (never longer than three quarters of the kiosk's idle time: the run ends before the idle countdown);
// the score is the cells born in the 12 weeks, less 1 % for every day spent overtrained (the
// model's non-functional overreaching or worse, simulation.h TrainingStatus). A top-10 board of
// the day is kept by the page (localStorage, platform.h); entries have a colour/animal badge, no
// name. Pure logic on a Session with ordinary commands: tested in tests/session.
#pragma once
#include "commands.h"
#include <string>
#include <vector>

namespace ng {

class Session;

constexpr double kChallengeDays = 84.0;          // 12 weeks
constexpr double kChallengeSeconds = 60.0;       // the 12 weeks play in about a minute
constexpr double kChallengePenaltyPerDay = 0.01; // of the score, per day overtrained (a rule of the game)
constexpr int kChallengeBoardSize = 10;
constexpr int kBadgeColours = 6, kBadgeAnimals = 6; // challenge.colour.N, challenge.animal.N (ui.json)

enum class ChallengePhase { Setup, Running, Done };

struct ChallengeEntry {
    double Score = 0.0;
    int Badge = 0; // colour * kBadgeAnimals + animal
};

struct Challenge {
    bool IsOpen = false;
    ChallengePhase Phase = ChallengePhase::Setup;
    double PlaySeconds = kChallengeSeconds;
    double CellsBorn = 0.0;       // since the start of the run
    double OvertrainedDays = 0.0; // days in non-functional overreaching or worse
    double Score = 0.0;           // finite once Done
    int Badge = 0;
    int Rank = -1;                     // on the board once Done (-1: not on it)
    std::vector<ChallengeEntry> Board; // the day's top 10, best first
};

// cells_born x (1 - 1 % per day overtrained), never below 0.
double ChallengeScore(double cells_born, double overtrained_days);
const char* ChallengePhaseName(ChallengePhase phase); // "setup", "running", "done"
// The play time for a kiosk idle time: kChallengeSeconds, at most 3/4 of idle_seconds.
double ChallengePlaySeconds(double idle_seconds);
// Inserts an entry into a board (best first, at most kChallengeBoardSize); returns its rank
// (0-based) or -1 if it did not make the board.
int AddToBoard(std::vector<ChallengeEntry>* board, const ChallengeEntry& entry);

// The board as the page stores it: one "score badge" line per entry. Parsing keeps only
// well-formed entries (the browser's storage may hold anything), best first, at most ten.
std::string FormatBoard(const std::vector<ChallengeEntry>& board);
std::vector<ChallengeEntry> ParseBoard(const std::string& text);

// Carries out the Challenge command (commands.h): Name open, close, start (Value = badge), again.
// Start resets the session, keeps the visitor's intensity, recovery and sessions and pauses the
// clock (the challenge moves time itself). Returns false for any other command.
bool HandleChallengeCommand(Challenge* challenge, Session* session, const Command& command);
// While running: advances the model by the share of the 12 weeks that real_seconds is of the play
// time (an AdvanceDays command), counts overtrained days and ends the run. True when it ended now.
bool UpdateChallenge(Challenge* challenge, Session* session, double real_seconds);

} // namespace ng
