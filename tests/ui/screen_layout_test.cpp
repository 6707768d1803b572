// The screen layout (src/ui/screen_layout.h): pure arithmetic on the window, the font and what
// is open, pinned for the screens users have (docs/layout.md).
#include "ui/screen_layout.h"
#include <doctest/doctest.h>

using namespace ng;

static LayoutInput Screen(float width, float height, AppMode mode = AppMode::Student, bool touch = false) {
    LayoutInput in;
    in.Width = width, in.Height = height, in.Mode = mode;
    // As the app sizes text: presenter and kiosk grow it with the shorter side (app.cpp).
    float side = width < height ? width : height;
    float scale = side / 720.0f * 1.25f;
    scale = scale < 1.25f ? 1.25f : (scale > 2.5f ? 2.5f : scale);
    in.Font = mode == AppMode::Student ? 17.0f : 17.0f * scale;
    in.Row = touch ? 45.0f : in.Font + 10.0f;
    in.Spacing = 7.0f;
    in.TopBarWidth = 29.0f * in.Font; // clock, play, step, speed and menu, as measured in the app
    return in;
}

static bool Inside(const Box& b, const LayoutInput& in) {
    return b.Empty() ||
           (b.X >= 0.0f && b.Y >= 0.0f && b.Right() <= in.Width + 0.01f && b.Bottom() <= in.Height + 0.01f);
}

// Every box on the screen, and no two panels over each other or over the scene.
static void CheckBoxes(const LayoutInput& in, const UiLayout& l) {
    const Box* panels[] = {&l.TopBar, &l.Training, &l.Lab, &l.Tour, &l.Dock, &l.Kiosk, &l.Timeline};
    for (const Box* a : panels) {
        CHECK(Inside(*a, in));
        CHECK_FALSE(a->Overlaps(l.Scene));
        for (const Box* b : panels)
            if (a != b) CHECK_FALSE(a->Overlaps(*b));
    }
    CHECK(Inside(l.Scene, in));
    CHECK(Inside(l.Explain, in));
}

static float Share(const LayoutInput& in, const UiLayout& l) {
    return l.Scene.Area() / (in.Width * in.Height);
}

TEST_SUITE("ui") {

    TEST_CASE("layout: landscape screens keep side columns, phones, portrait screens and small windows get "
              "the compact one") {
        CHECK_FALSE(ComputeScreenLayout(Screen(1280, 720)).Compact);
        CHECK_FALSE(ComputeScreenLayout(Screen(1024, 768)).Compact);
        CHECK_FALSE(ComputeScreenLayout(Screen(1180, 820)).Compact);
        CHECK(ComputeScreenLayout(Screen(390, 844)).Compact);
        CHECK(ComputeScreenLayout(Screen(844, 390)).Compact);
        CHECK(ComputeScreenLayout(Screen(820, 1180)).Compact);
        CHECK(ComputeScreenLayout(Screen(1080, 1920)).Compact);
        CHECK(ComputeScreenLayout(Screen(844, 390)).DrawerSheet);
        CHECK(ComputeScreenLayout(Screen(390, 844)).PortraitWorld);
        CHECK_FALSE(ComputeScreenLayout(Screen(844, 390)).PortraitWorld);
    }

    TEST_CASE("layout: with each mode's default panels the scene keeps its share on every screen") {
        const float sizes[][2] = {{360, 640},   {390, 844},  {844, 390},  {820, 1180},  {1180, 820},
                                  {1366, 768},  {1024, 768}, {1280, 720}, {1920, 1080}, {1080, 1920},
                                  {3840, 2160}, {768, 1024}, {1280, 800}};
        for (const auto& size : sizes) {
            CAPTURE(size[0]);
            CAPTURE(size[1]);
            for (AppMode mode : {AppMode::Student, AppMode::Presenter, AppMode::Kiosk}) {
                CAPTURE((int)mode);
                LayoutInput in = Screen(size[0], size[1], mode, size[0] < 1300 || mode == AppMode::Kiosk);
                in.Sheet = DefaultSheet(in);
                in.LabOpen = mode == AppMode::Student && size[0] >= 1600 && size[0] >= size[1];
                UiLayout l = ComputeScreenLayout(in);
                CheckBoxes(in, l);
                CHECK(Share(in, l) >= (mode == AppMode::Presenter ? 0.6f : 0.5f));
                // The tour keeps it too; on a phone its caption takes a sheet, as a student's panel.
                in.TourActive = true;
                l = ComputeScreenLayout(in);
                CheckBoxes(in, l);
                CHECK(Share(in, l) >= (mode == AppMode::Presenter && !l.Compact ? 0.6f : 0.5f));
                in.Questions = true; // in the tour's region, a taller sheet on a phone
                l = ComputeScreenLayout(in);
                CheckBoxes(in, l);
                CHECK(Share(in, l) >= (mode == AppMode::Presenter && !l.Compact ? 0.6f : 0.5f));
            }
        }
    }

    TEST_CASE("layout: a compact layout shows one panel at a time, the tour's caption in place of it") {
        LayoutInput in = Screen(390, 844, AppMode::Student, true);
        CHECK(DefaultSheet(in) == SheetPanel::None); // a phone starts with the scene alone
        in.Sheet = SheetPanel::Lab;
        UiLayout l = ComputeScreenLayout(in);
        CHECK_FALSE(l.Lab.Empty());
        CHECK(l.Training.Empty());
        CHECK(l.Explain.Empty());
        CHECK(l.Lab.Bottom() <= l.Dock.Y);
        in.TourActive = true;
        l = ComputeScreenLayout(in);
        CHECK(l.Lab.Empty());
        CHECK(l.Dock.Empty()); // the tour's buttons take its place
        CHECK_FALSE(l.Tour.Empty());
        in.Sheet = SheetPanel::Explain; // "Read more" during the tour: over the scene, above the caption
        l = ComputeScreenLayout(in);
        CHECK(l.Explain.Bottom() <= l.Tour.Y);
        CHECK(DefaultSheet(Screen(820, 1180, AppMode::Student, true)) ==
              SheetPanel::Training); // a tablet has room
    }

    TEST_CASE("layout: on a phone the landscape map gets a taller sheet, without the timeline") {
        LayoutInput in = Screen(390, 844, AppMode::Student, true);
        in.Sheet = SheetPanel::Lab;
        UiLayout lab = ComputeScreenLayout(in);
        in.MapSheet = true;
        UiLayout map = ComputeScreenLayout(in);
        CheckBoxes(in, map);
        CHECK(map.Lab.H > lab.Lab.H * 1.3f);
        CHECK(map.Lab.H >= 390.0f); // the map, its pickers and its scale
        CHECK(map.Timeline.Empty());
        CHECK(map.Lab.Bottom() <= map.Dock.Y);
        CHECK(map.Scene.H > 100.0f); // the scene still shows above it
        LayoutInput training = Screen(390, 844, AppMode::Student, true);
        training.Sheet = in.Sheet = SheetPanel::Training; // the map waits in the lab: the others as before
        CHECK(ComputeScreenLayout(in).Training.H == ComputeScreenLayout(training).Training.H);
        CHECK_FALSE(ComputeScreenLayout(in).Timeline.Empty());
    }

    TEST_CASE("layout: on a phone the questions get a taller sheet than the tour, up to the lab's") {
        LayoutInput in = Screen(390, 844, AppMode::Student, true);
        in.TourActive = true;
        float tour = ComputeScreenLayout(in).Tour.H;
        in.Questions = true;
        UiLayout l = ComputeScreenLayout(in);
        CHECK(l.Tour.H > tour);
        CHECK(l.Tour.H <= 844.0f * kReadingSheetShare);
        CHECK(l.Dock.Empty());                          // their own buttons, as the tour's
        in = Screen(820, 1180, AppMode::Student, true); // a tablet's tour sheet is tall enough
        in.TourActive = true;
        tour = ComputeScreenLayout(in).Tour.H;
        in.Questions = true;
        CHECK(ComputeScreenLayout(in).Tour.H == doctest::Approx(tour));
    }

    TEST_CASE("layout: a narrow top bar takes a second row for the time controls") {
        LayoutInput in = Screen(360, 640, AppMode::Student, true);
        in.TopBarWidth = 500.0f;
        UiLayout two = ComputeScreenLayout(in);
        in.TopBarWidth = 300.0f;
        UiLayout one = ComputeScreenLayout(in);
        CHECK(two.TopBarRows == 2);
        CHECK(one.TopBarRows == 1);
        CHECK(two.TopBar.H > one.TopBar.H);
    }

    TEST_CASE("layout: in the side layout the tour's caption takes the training column") {
        LayoutInput in = Screen(1280, 720, AppMode::Presenter);
        UiLayout before = ComputeScreenLayout(in);
        in.TourActive = true;
        UiLayout touring = ComputeScreenLayout(in);
        CHECK(touring.Training.Empty());
        CHECK(touring.TourColumn);
        CHECK(touring.Tour.X == doctest::Approx(before.Training.X));
        CHECK(touring.Scene.Area() == doctest::Approx(before.Scene.Area()));
    }

    TEST_CASE("layout: nothing breaks on a window of nothing") {
        UiLayout l = ComputeScreenLayout(Screen(0, 0));
        CHECK(l.Scene.Empty());
        LayoutInput nan = Screen(1280, 720);
        nan.Width = 0.0f / 0.0f;
        CHECK(ComputeScreenLayout(nan).Scene.Empty());
    }
}
