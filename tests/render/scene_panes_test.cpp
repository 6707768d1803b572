// Compare mode's panes (render/scene_panes.h): one scene fills the screen; A and B share the free
// area side by side or stacked, never overlap, and get the same camera size.
#include "render/scene_panes.h"
#include <doctest/doctest.h>

using namespace ng;

static ScenePaneRequest Request(SceneSplit split) {
    ScenePaneRequest r;
    r.Split = split;
    r.Width = 1280.0f, r.Height = 720.0f;
    r.Insets.Left = 340.0f, r.Insets.Top = 40.0f, r.Insets.Bottom = 220.0f; // a panel, the top bar, the row
    r.Below = 170.0f;
    r.Top = 30.0f;
    return r;
}

TEST_CASE("one pane fills the screen and its camera avoids the panels") {
    ScenePaneLayout l = LayoutScenePanes(Request(SceneSplit::None));
    CHECK(l.Count == 1);
    CHECK(l.Panes[0].X == 0.0f);
    CHECK(l.Panes[0].W == 1280.0f);
    CHECK(l.Panes[0].H == 720.0f);
    CHECK(l.CameraInsets.Left == 340.0f);
    CHECK(l.CameraInsets.Bottom == 220.0f);
    CHECK(l.CameraInsets.Top == 40.0f + 30.0f); // the top bar and the A | B switch
}

TEST_CASE("side by side, A and B split the free area and reach under the bottom row") {
    ScenePaneLayout l = LayoutScenePanes(Request(SceneSplit::SideBySide));
    REQUIRE(l.Count == 2);
    const ScenePane &a = l.Panes[0], &b = l.Panes[1];
    CHECK_FALSE(a.IsB);
    CHECK(b.IsB);
    CHECK(a.X == 340.0f);
    CHECK(a.W == b.W);
    CHECK(a.H == b.H);
    CHECK(a.X + a.W <= b.X);            // no overlap, a divider between
    CHECK(b.X + b.W <= 1280.0f);        // inside the screen
    CHECK(a.Y + a.H == 720.0f - 50.0f); // the bottom inset less what only the row covers
    CHECK(l.CameraInsets.Bottom == 170.0f);
    CHECK(l.CameraInsets.Top == 30.0f);
    CHECK(l.CameraWidth == a.W);
}

TEST_CASE("stacked, B sits under A and ends above the bottom row") {
    ScenePaneLayout l = LayoutScenePanes(Request(SceneSplit::Stacked));
    REQUIRE(l.Count == 2);
    const ScenePane &a = l.Panes[0], &b = l.Panes[1];
    CHECK(a.X == b.X);
    CHECK(a.Y + a.H <= b.Y);
    CHECK(b.Y + b.H <= 720.0f - 220.0f);
    CHECK(l.CameraInsets.Bottom == 0.0f);
}

TEST_CASE("a split with no room left falls back to one pane") {
    ScenePaneRequest r = Request(SceneSplit::SideBySide);
    r.Insets.Left = 1279.0f;
    CHECK(LayoutScenePanes(r).Count == 1);
    r = Request(SceneSplit::Stacked);
    r.Width = 0.0f, r.Height = -5.0f; // nonsense sizes never give negative panes
    ScenePaneLayout l = LayoutScenePanes(r);
    CHECK(l.Count == 1);
    CHECK(l.Panes[0].W >= 1.0f);
}
