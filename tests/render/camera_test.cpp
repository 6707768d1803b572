// The camera: fitted views, smooth moves, clamps that keep the scene in sight.
#include "render/camera.h"
#include <cmath>
#include <doctest/doctest.h>

using namespace ng;

TEST_SUITE("scene") {

    TEST_CASE("camera: a station's focus view frames it inside the free part of the screen") {
        Camera camera;
        ScreenInsets panel;
        panel.Left = 340.0f;
        camera.SetViewport(1280.0f, 720.0f, panel);
        for (int s = 0; s < kStationCount; s++) {
            camera.ShowView(s, false);
            WorldRect area = GetStationPlace((Station)s).Area;
            float x0, y0, x1, y1;
            camera.WorldToScreen(area.MinX, area.MaxY, &x0, &y0);
            camera.WorldToScreen(area.MaxX, area.MinY, &x1, &y1);
            CHECK(x0 >= 340.0f - 0.5f);
            CHECK(x1 <= 1280.0f + 0.5f);
            CHECK(y0 >= -0.5f);
            CHECK(y1 <= 720.5f);
            // It fills the free area in one direction.
            CHECK(
                (std::fabs((x1 - x0) - (1280.0f - 340.0f)) < 60.0f || std::fabs((y1 - y0) - 720.0f) < 60.0f));
        }
    }

    TEST_CASE("camera: world and screen mappings are inverse") {
        Camera camera;
        camera.SetViewport(1000.0f, 600.0f, ScreenInsets());
        camera.ShowView(2, false);
        float sx, sy, wx, wy;
        camera.WorldToScreen(251.5f, -7.25f, &sx, &sy);
        camera.ScreenToWorld(sx, sy, &wx, &wy);
        CHECK(wx == doctest::Approx(251.5f).epsilon(1e-4));
        CHECK(wy == doctest::Approx(-7.25f).epsilon(1e-4));
    }

    TEST_CASE("camera: moves are smooth and end exactly on the view") {
        Camera camera;
        camera.SetViewport(1280.0f, 720.0f, ScreenInsets());
        camera.ShowView(kOverviewView, false);
        float x0 = camera.CenterX();
        camera.ShowView(3, true);
        float tx, ty, ts;
        camera.FitView(3, &tx, &ty, &ts);
        float previous = x0;
        double t = 0.0;
        for (int frame = 0; frame < 200 && t < Camera::kMoveSeconds + 0.1; frame++) {
            camera.Update(1.0 / 60.0);
            t += 1.0 / 60.0;
            float step = camera.CenterX() - previous;
            CHECK(step >= -1e-3f);                               // monotonic towards the target
            CHECK(std::fabs(step) < std::fabs(tx - x0) * 0.05f); // no jumps: at most 5 % per frame
            previous = camera.CenterX();
        }
        CHECK(camera.CenterX() == doctest::Approx(tx));
        CHECK(camera.Scale() == doctest::Approx(ts));
        CHECK(camera.View() == 3);
    }

    TEST_CASE("camera: with reduced motion every move cuts, also when a panel opens") {
        Camera camera;
        camera.SetReducedMotion(true);
        camera.SetViewport(1280.0f, 720.0f, ScreenInsets());
        camera.ShowView(kOverviewView, false);
        float tx, ty, ts;
        camera.ShowView(1, true);
        camera.FitView(1, &tx, &ty, &ts);
        CHECK(camera.CenterX() == tx);
        CHECK(camera.Scale() == ts);
        ScreenInsets panel;
        panel.Left = 400.0f;
        camera.SetViewport(1280.0f, 720.0f, panel);
        camera.FitView(1, &tx, &ty, &ts);
        CHECK(camera.CenterX() == tx);
        CHECK(camera.Scale() == ts);
    }

    TEST_CASE("camera: panning and zooming are clamped so the scene cannot be lost") {
        Camera camera;
        camera.SetViewport(1280.0f, 720.0f, ScreenInsets());
        camera.ShowView(kOverviewView, false);
        float ox, oy, overview_scale;
        camera.FitView(kOverviewView, &ox, &oy, &overview_scale);
        for (int i = 0; i < 100; i++) camera.Pan(5000.0f, -3000.0f);
        WorldRect visible = camera.VisibleWorld();
        CHECK(visible.MaxX > kContentArea.MinX); // some content stays on screen
        CHECK(visible.MinX < kContentArea.MaxX);
        CHECK(visible.MaxY > kContentArea.MinY);
        CHECK(visible.MinY < kContentArea.MaxY);
        CHECK_FALSE(camera.IsFitted());
        for (int i = 0; i < 100; i++) camera.ZoomAt(2.0f, 640.0f, 360.0f);
        CHECK(camera.Scale() <= overview_scale * Camera::kMaxZoom * 1.0001f);
        for (int i = 0; i < 100; i++) camera.ZoomAt(0.5f, 640.0f, 360.0f);
        CHECK(camera.Scale() >= overview_scale * Camera::kMinZoom * 0.9999f);
    }

    TEST_CASE("camera: zooming keeps the point under the cursor") {
        Camera camera;
        camera.SetViewport(1280.0f, 720.0f, ScreenInsets());
        camera.ShowView(kOverviewView, false);
        float wx0, wy0, wx1, wy1;
        camera.ScreenToWorld(900.0f, 300.0f, &wx0, &wy0);
        camera.ZoomAt(1.5f, 900.0f, 300.0f);
        camera.ScreenToWorld(900.0f, 300.0f, &wx1, &wy1);
        CHECK(wx1 == doctest::Approx(wx0).epsilon(1e-3));
        CHECK(wy1 == doctest::Approx(wy0).epsilon(1e-3));
    }

    TEST_CASE("camera: a panel opening re-fits a fitted view smoothly") {
        Camera camera;
        camera.SetViewport(1280.0f, 720.0f, ScreenInsets());
        camera.ShowView(1, false);
        float before = camera.CenterX();
        ScreenInsets panel;
        panel.Left = 400.0f;
        camera.SetViewport(1280.0f, 720.0f, panel);
        CHECK(camera.CenterX() == doctest::Approx(before)); // not at once
        for (int i = 0; i < 60; i++) camera.Update(1.0 / 60.0);
        float x, y, s;
        camera.FitView(1, &x, &y, &s);
        CHECK(camera.CenterX() == doctest::Approx(x));
    }

    TEST_CASE("camera: on a portrait screen the vessel runs from the muscle at the bottom up to the brain") {
        Camera camera;
        camera.SetPortrait(true);
        camera.SetViewport(390.0f, 700.0f, ScreenInsets());
        float muscle_x, muscle_y, brain_x, brain_y;
        StationPlace muscle = GetStationPlace(Station::Muscle);
        StationPlace brain = GetStationPlace(Station::Hippocampus);
        camera.WorldToScreen(muscle.Area.CenterX(), muscle.Area.CenterY(), &muscle_x, &muscle_y);
        camera.WorldToScreen(brain.Area.CenterX(), brain.Area.CenterY(), &brain_x, &brain_y);
        CHECK(muscle_y > brain_y + 300.0f); // screen y points down
        // The overview fits the whole content, turned, inside the screen and fills its height.
        float x0, y0, x1, y1;
        camera.WorldToScreen(kContentArea.MinX, kContentArea.MinY, &x0, &y0);
        camera.WorldToScreen(kContentArea.MaxX, kContentArea.MaxY, &x1, &y1);
        CHECK(std::fmin(x0, x1) >= -0.5f);
        CHECK(std::fmax(x0, x1) <= 390.5f);
        CHECK(std::fabs(y1 - y0) > 600.0f);
        // Mapping back and forth agrees; a pan moves the world with the finger.
        float wx, wy, sx, sy;
        camera.ScreenToWorld(100.0f, 200.0f, &wx, &wy);
        camera.WorldToScreen(wx, wy, &sx, &sy);
        CHECK(sx == doctest::Approx(100.0f));
        CHECK(sy == doctest::Approx(200.0f));
        camera.ZoomAt(2.0f, 195.0f, 350.0f);
        camera.ScreenToWorld(200.0f, 300.0f, &wx, &wy);
        camera.Pan(10.0f, -20.0f);
        camera.WorldToScreen(wx, wy, &sx, &sy);
        CHECK(sx == doctest::Approx(210.0f).epsilon(0.01));
        CHECK(sy == doctest::Approx(280.0f).epsilon(0.01));
    }

    TEST_CASE("camera: turning the screen re-fits the view it shows") {
        Camera camera;
        camera.SetViewport(1280.0f, 720.0f, ScreenInsets());
        camera.ShowView((int)Station::Barrier, false);
        camera.SetPortrait(true);
        camera.SetViewport(720.0f, 1280.0f, ScreenInsets());
        camera.Update(1.0);
        float x, y, s;
        camera.FitView((int)Station::Barrier, &x, &y, &s);
        CHECK(camera.CenterX() == doctest::Approx(x));
        CHECK(camera.CenterY() == doctest::Approx(y));
        CHECK(camera.Scale() == doctest::Approx(s));
        CHECK(camera.View() == (int)Station::Barrier);
    }

} // TEST_SUITE
