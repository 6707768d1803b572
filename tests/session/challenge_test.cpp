// The kiosk challenge (src/session/challenge.h): scoring, the board of the day, and a whole run
// on a session, played in simulated frames.
#include "model/param_registry.h"
#include "session/challenge.h"
#include "session/session.h"
#include <doctest/doctest.h>

using namespace ng;

TEST_CASE("challenge: score is cells born less 1 % per overtrained day") {
    CHECK(ChallengeScore(1000.0, 0.0) == 1000.0);
    CHECK(ChallengeScore(1000.0, 10.0) == 900.0);
    CHECK(ChallengeScore(1000.0, 200.0) == 0.0);
    CHECK(ChallengeScore(-5.0, 0.0) == 0.0);
    CHECK(ChallengePlaySeconds(90.0) == kChallengeSeconds);
    CHECK(ChallengePlaySeconds(10.0) == 7.5);
    CHECK(std::string(ChallengePhaseName(ChallengePhase::Done)) == "done");
}

TEST_CASE("challenge: the board keeps the best ten, best first") {
    std::vector<ChallengeEntry> board;
    for (int i = 0; i < 12; i++) AddToBoard(&board, {(double)(i * 10), i});
    REQUIRE(board.size() == (size_t)kChallengeBoardSize);
    CHECK(board.front().Score == 110.0);
    CHECK(board.back().Score == 20.0);
    CHECK(AddToBoard(&board, {5.0, 0}) == -1);
    CHECK(AddToBoard(&board, {55.0, 3}) == 6);
    CHECK(board.size() == (size_t)kChallengeBoardSize);
}

// Plays a run at 60 frames a second; returns the frames it took.
static int Play(Challenge* c, Session* s) {
    int frames = 0;
    while (!UpdateChallenge(c, s, 1.0 / 60.0) && frames < 100000) frames++;
    return frames + 1;
}

TEST_CASE("challenge: a run plays 12 weeks in about a minute and scores, overtraining costs") {
    Session session;
    session.Begin(SessionStart());
    Challenge c;
    HandleChallengeCommand(&c, &session, {CommandType::Challenge, "open"});
    CHECK(c.IsOpen);
    CHECK(c.Phase == ChallengePhase::Setup);
    CHECK(!UpdateChallenge(&c, &session, 1.0)); // nothing moves before the start
    session.SetParamByName("intensity", 70);
    session.SetParamByName("recovery", 48);
    session.SetParamByName("sessions", 3);
    HandleChallengeCommand(&c, &session, {CommandType::Challenge, "start", 7});
    CHECK(c.Phase == ChallengePhase::Running);
    CHECK(c.Badge == 7);
    CHECK(session.Clock.Paused);
    CHECK(session.Sim->TimeDays() == 0.0);
    CHECK(GetParam(session.Plan, *FindParam("intensity")) == 70.0);
    int frames = Play(&c, &session);
    CHECK(frames == doctest::Approx(60 * kChallengeSeconds).epsilon(0.02));
    CHECK(c.Phase == ChallengePhase::Done);
    CHECK(session.Sim->TimeDays() == doctest::Approx(kChallengeDays));
    CHECK(c.OvertrainedDays == 0.0);
    CHECK(c.Score > 0.0);
    CHECK(c.Score == ChallengeScore(c.CellsBorn, 0.0));
    double balanced = c.Score;

    HandleChallengeCommand(&c, &session, {CommandType::Challenge, "again"});
    CHECK(c.Phase == ChallengePhase::Setup);
    session.SetParamByName("intensity", 95);
    session.SetParamByName("recovery", 12);
    session.SetParamByName("sessions", 7);
    HandleChallengeCommand(&c, &session, {CommandType::Challenge, "start", 0});
    Play(&c, &session);
    CHECK(c.OvertrainedDays > 0.0);
    CHECK(c.Score < balanced);

    HandleChallengeCommand(&c, &session, {CommandType::Challenge, "close"});
    CHECK(!c.IsOpen);
    CHECK(!HandleChallengeCommand(&c, &session, {CommandType::TourNext, ""}));
}

TEST_CASE("challenge: the board survives the page's storage, and garbage is dropped") {
    std::vector<ChallengeEntry> board = {{300.0, 4}, {120.0, 35}};
    CHECK(FormatBoard(board) == "300 4\n120 35\n");
    std::vector<ChallengeEntry> back = ParseBoard(FormatBoard(board));
    REQUIRE(back.size() == 2);
    CHECK(back[0].Score == 300.0);
    CHECK(back[1].Badge == 35);
    back = ParseBoard("nonsense\n5 99\n-3 1\nnan 2\n7 1 extra\n\n10 2\n500 0");
    REQUIRE(back.size() == 2);
    CHECK(back[0].Score == 500.0);
    CHECK(back[1].Score == 10.0);
}
