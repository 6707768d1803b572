// The tour player: Start, Next, Previous, Stop, autoplay, looping, panels.
#include "content/tour.h"
#include "content/tour_player.h"
#include <doctest/doctest.h>

using namespace ng;

// Steps whose actions say which step they belong to: FocusView "s0", "s1", ...
static Tour TestTour(int steps, int explain_step = -1) {
    Tour tour;
    for (int i = 0; i < steps; i++) {
        TourStep step;
        step.Id = "s" + std::to_string(i);
        step.Seconds = 5.0 + i;
        step.Actions.push_back({CommandType::LoadScenario, "balanced", 0.0});
        step.Actions.push_back({CommandType::FocusView, step.Id, 0.0});
        if (i == explain_step) {
            step.Actions.push_back({CommandType::ShowExplain, "barrier", 1.0});
            step.Actions.push_back({CommandType::ShowLab, "", 1.0});
        }
        tour.Steps.push_back(step);
    }
    return tour;
}

static std::string ViewOf(const std::vector<Command>& commands) {
    for (const Command& c : commands)
        if (c.Type == CommandType::FocusView) return c.Name;
    return "";
}

static int CountType(const std::vector<Command>& commands, CommandType type) {
    int n = 0;
    for (const Command& c : commands) n += c.Type == type;
    return n;
}

TEST_CASE("start, next, previous and stop move through the steps and yield each step's actions") {
    Tour tour = TestTour(3);
    TourPlayer player;
    CHECK(!player.IsActive());
    CHECK(player.CurrentStep() == -1);
    CHECK(player.Step() == nullptr);
    CHECK(player.Next().empty()); // not started

    std::vector<Command> enter = player.Start(tour);
    CHECK(player.IsActive());
    CHECK(player.CurrentStep() == 0);
    CHECK(player.StepCount() == 3);
    REQUIRE(enter.size() == 2);
    CHECK(enter[0].Type == CommandType::LoadScenario);
    CHECK(ViewOf(enter) == "s0");

    CHECK(player.Previous().empty()); // nothing before the first step
    CHECK(player.CurrentStep() == 0);
    CHECK(ViewOf(player.Next()) == "s1");
    CHECK(ViewOf(player.Next()) == "s2");
    CHECK(player.IsLastStep());
    CHECK(ViewOf(player.Previous()) == "s1");
    CHECK(ViewOf(player.Previous()) == "s0");
    CHECK(ViewOf(player.GoTo(2)) == "s2");
    CHECK(player.GoTo(3).empty());
    CHECK(player.CurrentStep() == 2);

    CHECK(player.Next().empty()); // past the last step the tour ends
    CHECK(!player.IsActive());
    CHECK(player.CurrentStep() == -1);

    player.Start(tour);
    player.Next();
    CHECK(player.Stop().empty());
    CHECK(!player.IsActive());
    CHECK(player.Previous().empty());
}

TEST_CASE("looping wraps from the last step to the first") {
    Tour tour = TestTour(2);
    TourPlayer player;
    TourPlayOptions options;
    options.Loop = true;
    player.Start(tour, options);
    CHECK(ViewOf(player.Next()) == "s1");
    CHECK(ViewOf(player.Next()) == "s0");
    CHECK(player.IsActive());
}

TEST_CASE("autoplay moves on after each step's seconds, or after a fixed time") {
    Tour tour = TestTour(3); // 5, 6 and 7 s
    TourPlayer player;
    TourPlayOptions options;
    options.Autoplay = true;
    player.Start(tour, options);
    CHECK(player.StepSeconds() == 5.0);
    CHECK(player.Update(4.0).empty());
    CHECK(player.StepProgress() == doctest::Approx(0.8));
    CHECK(ViewOf(player.Update(1.0)) == "s1");
    CHECK(player.StepProgress() == 0.0);
    CHECK(player.Update(5.9).empty());
    CHECK(ViewOf(player.Update(0.2)) == "s2");
    CHECK(player.Update(-1.0).empty());
    player.Update(7.0); // the last step's time is up: no loop, so the tour ends
    CHECK(!player.IsActive());

    options.StepSeconds = 2.0;
    player.Start(tour, options);
    CHECK(player.StepSeconds() == 2.0);
    CHECK(ViewOf(player.Update(2.0)) == "s1");
    CHECK(player.Update(1.0).empty());
    CHECK(ViewOf(player.Previous()) == "s0"); // a step by hand restarts the step's time
    CHECK(player.Update(1.5).empty());

    TourPlayer manual;
    manual.Start(tour);
    CHECK(manual.Update(100.0).empty()); // without autoplay time does not move the tour
    CHECK(manual.CurrentStep() == 0);
}

TEST_CASE("the attract loop plays forever without opening panels") {
    Tour tour = TestTour(3, 1);
    TourPlayer player;
    player.Start(tour, AttractLoopOptions());
    std::vector<Command> all;
    for (int i = 0; i < 100; i++) {
        std::vector<Command> step = player.Update(1.0);
        all.insert(all.end(), step.begin(), step.end());
    }
    CHECK(player.IsActive());
    CHECK(CountType(all, CommandType::FocusView) > 10);
    CHECK(CountType(all, CommandType::ShowExplain) == 0);
    CHECK(CountType(all, CommandType::ShowLab) == 0);
}

TEST_CASE("an explain card a step opened closes when the tour leaves the step or stops") {
    Tour tour = TestTour(3, 1);
    TourPlayer player;
    player.Start(tour);
    std::vector<Command> enter = player.Next();
    CHECK(CountType(enter, CommandType::ShowExplain) == 1);
    CHECK(CountType(enter, CommandType::ShowLab) == 1);
    std::vector<Command> leave = player.Next();
    REQUIRE(!leave.empty());
    CHECK((leave[0].Type == CommandType::ShowExplain && leave[0].Name.empty())); // closed first
    CHECK(CountType(leave, CommandType::ShowLab) == 0);             // the lab is the person's to close
    CHECK(CountType(player.Next(), CommandType::ShowExplain) == 0); // nothing left to close

    player.Start(tour);
    player.Next();
    std::vector<Command> stop = player.Stop();
    REQUIRE(stop.size() == 1);
    CHECK((stop[0].Type == CommandType::ShowExplain && stop[0].Name.empty()));
}

TEST_CASE("tour commands drive the player and other commands pass it by") {
    Tour tour = TestTour(3);
    TourPlayer player;
    std::vector<Command> actions;
    CHECK(HandleTourCommand(&player, tour, {CommandType::TourStart, "", 0.0}, &actions));
    CHECK(!player.Options().Autoplay);
    CHECK(ViewOf(actions) == "s0");
    CHECK(HandleTourCommand(&player, tour, {CommandType::TourNext, "", 0.0}, &actions));
    CHECK(ViewOf(actions) == "s1");
    CHECK(HandleTourCommand(&player, tour, {CommandType::TourPrevious, "", 0.0}, &actions));
    CHECK(ViewOf(actions) == "s0");
    CHECK(HandleTourCommand(&player, tour, {CommandType::TourStop, "", 0.0}, &actions));
    CHECK(!player.IsActive());
    CHECK(!HandleTourCommand(&player, tour, {CommandType::TogglePause, "", 0.0}, &actions));
    CHECK(HandleTourCommand(&player, tour, {CommandType::TourStart, "autoplay", 0.0}, &actions));
    CHECK(player.Options().Autoplay);
    CHECK(player.Options().Loop);
    CHECK(!player.Options().OpenPanels);

    TourPlayer empty;
    CHECK(empty.Start(Tour()).empty());
    CHECK(!empty.IsActive());
}

TEST_CASE("the real tour plays from start to end and back") {
    const Tour& tour = GetTour("en");
    TourPlayer player;
    CHECK(!player.Start(tour).empty());
    int steps = 1;
    while (!player.IsLastStep() && steps < 20) {
        CHECK(!player.Next().empty());
        steps++;
    }
    CHECK(steps == (int)tour.Steps.size());
    while (player.CurrentStep() > 0) CHECK(!player.Previous().empty());
    CHECK(player.CurrentStep() == 0);
}
