// The timeline's week steps (src/ui/timeline_bar.h): where « Week / Week » and the [ ] keys go.
#include "ui/screen_layout.h"
#include "ui/timeline_bar.h"
#include <doctest/doctest.h>
#include <utility>

using namespace ng;

TEST_SUITE("ui") {

    TEST_CASE("timeline: a week back or forward seeks within the simulated run, clamped to its ends") {
        WeekStep back = ComputeWeekStep(20.0, 0.0, 30.0, -1);
        CHECK(back.Seek);
        CHECK(back.Day == doctest::Approx(13.0));
        CHECK(back.Advance == 0.0);
        WeekStep first = ComputeWeekStep(3.5, 0.0, 30.0, -1);
        CHECK(first.Seek);
        CHECK(first.Day == 0.0);
        WeekStep forward = ComputeWeekStep(20.0, 0.0, 30.0, +1);
        CHECK(forward.Seek);
        CHECK(forward.Day == doctest::Approx(27.0));
        WeekStep last = ComputeWeekStep(26.0, 0.0, 30.0, +1);
        CHECK(last.Seek);
        CHECK(last.Day == doctest::Approx(30.0));
        WeekStep later_start = ComputeWeekStep(12.0, 10.0, 30.0, -1); // a long run's journal started again
        CHECK(later_start.Day == doctest::Approx(10.0));
    }

    TEST_CASE("timeline: a week forward from the furthest day runs the model a week ahead") {
        WeekStep ahead = ComputeWeekStep(30.0, 0.0, 30.0, +1);
        CHECK_FALSE(ahead.Seek);
        CHECK(ahead.Advance == doctest::Approx(7.0));
        WeekStep start = ComputeWeekStep(0.0, 0.0, 0.0, +1);
        CHECK(start.Advance == doctest::Approx(7.0));
        WeekStep nothing = ComputeWeekStep(0.0, 0.0, 0.0, 0);
        CHECK_FALSE(nothing.Seek);
        CHECK(nothing.Advance == 0.0);
    }

    TEST_CASE(
        "layout: the timeline is a row under the scene in the side and compact layouts, not in kiosks") {
        for (auto [w, h] : {std::pair<float, float>{1280, 720}, {390, 844}, {844, 390}, {1920, 1080}}) {
            LayoutInput in;
            in.Width = w, in.Height = h, in.Font = 17.0f, in.Row = 27.0f;
            UiLayout l = ComputeScreenLayout(in);
            CHECK_FALSE(l.Timeline.Empty());
            CHECK_FALSE(l.Timeline.Overlaps(l.Scene));
            CHECK_FALSE(l.Timeline.Overlaps(l.Training));
            CHECK(l.Timeline.Y >= l.Scene.Bottom());
            CHECK(l.Timeline.X >= l.Scene.X - 0.01f);
            CHECK(l.Timeline.Right() <= l.Scene.Right() + 0.01f);
            if (l.Compact) CHECK(l.Timeline.Bottom() <= l.Dock.Y + 0.01f);
            in.Mode = AppMode::Presenter; // side: the bottom of the left column
            UiLayout p = ComputeScreenLayout(in);
            CHECK(p.Timeline.Empty() == p.Compact);
            CHECK_FALSE(p.Timeline.Overlaps(p.Training));
            CHECK_FALSE(p.Timeline.Overlaps(p.Scene));
            in.Mode = AppMode::Kiosk;
            CHECK(ComputeScreenLayout(in).Timeline.Empty());
        }
    }
}
