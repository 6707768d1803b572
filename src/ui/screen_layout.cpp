#include "screen_layout.h"
#include <algorithm>
#include <cmath>

namespace ng {

// Below this width, or on a screen taller than wide, side columns would squeeze the scene into
// a strip: panels go into one sheet at a time instead.
static const float kMinSideWidth = 900.0f;
// Side columns, in fonts and as a share of the width (whichever is smaller).
static const float kTrainingFonts = 20.0f, kTrainingShare = 0.32f;
static const float kLabFonts = 22.0f, kLabShare = 0.36f;
static const float kKioskTourShare = 0.45f;

static Box MakeBox(float x0, float y0, float x1, float y1) {
    Box b;
    b.X = x0, b.Y = y0, b.W = std::max(0.0f, x1 - x0), b.H = std::max(0.0f, y1 - y0);
    return b;
}

static bool IsCompact(const LayoutInput& in) {
    return in.Width < kMinSideWidth || in.Height > in.Width;
}

static float BarHeight(const LayoutInput& in, int rows) {
    float row = std::max(in.Row, in.Font * 1.7f);
    return std::floor(rows * row + (rows - 1) * in.Spacing + in.Font * 0.6f);
}

// Kiosk: two sliders and eight big buttons; side by side where the screen is wide enough for
// two columns of readable buttons, else stacked.
static UiLayout KioskLayout(const LayoutInput& in, UiLayout l) {
    float row = std::max(in.Row, kKioskRow) + in.Spacing, label = in.Font + in.Spacing;
    l.KioskColumns = in.Width >= in.Font * 36.0f;
    // Each slider has a label line; the buttons go two to a row (seven scenarios and the tour),
    // then the challenge across the row.
    float sliders = 2.0f * (label + row), buttons = 5.0f * row;
    float height = (l.KioskColumns ? std::max(sliders, buttons) : sliders + buttons) + in.Font * 1.2f;
    height = std::min(height, in.Height * 0.5f - l.Margin);
    float bottom = in.Height - l.Margin;
    if (in.TourActive) {
        l.Tour = MakeBox(l.Margin, in.Height * (1.0f - kKioskTourShare), in.Width - l.Margin, bottom);
        l.Scene = MakeBox(0.0f, 0.0f, in.Width, l.Tour.Y);
    } else {
        l.Kiosk = MakeBox(l.Margin, bottom - height, in.Width - l.Margin, bottom);
        l.Scene = MakeBox(0.0f, 0.0f, in.Width, l.Kiosk.Y);
    }
    return l;
}

static UiLayout SideLayout(const LayoutInput& in, UiLayout l) {
    float m = l.Margin;
    l.TopBar = MakeBox(0.0f, 0.0f, in.Width, BarHeight(in, 1));
    float top = l.TopBar.Bottom() + m, bottom = in.Height - m;
    float left_w = std::floor(std::min(in.Font * kTrainingFonts, in.Width * kTrainingShare));
    Box column = MakeBox(m, top, m + left_w, bottom);
    // The timeline: a row under the scene; in presenter mode (the scene keeps 60 %) the bottom
    // of the left column instead.
    bool presenter = in.Mode == AppMode::Presenter;
    if (presenter) {
        l.Timeline = MakeBox(m, bottom - BarHeight(in, 1), m + left_w, bottom);
        column.H = std::max(0.0f, l.Timeline.Y - m - column.Y);
    }
    // The tour's caption replaces the training column: the tour sets the scenario itself.
    if (in.TourActive)
        l.Tour = column, l.TourColumn = true;
    else
        l.Training = column;
    float scene_right = in.Width;
    if (in.LabOpen) {
        float lab_w = std::floor(std::min(in.Font * kLabFonts, in.Width * kLabShare));
        l.Lab = MakeBox(in.Width - m - lab_w, top, in.Width - m, bottom);
        scene_right = l.Lab.X;
    }
    float scene_bottom = in.Height;
    if (!presenter) {
        l.Timeline =
            MakeBox(column.Right() + m, in.Height - m - BarHeight(in, 1), scene_right - m, in.Height - m);
        scene_bottom = l.Timeline.Y - m;
    }
    l.Scene = MakeBox(column.Right(), l.TopBar.Bottom(), scene_right, scene_bottom);
    // The explain card: the middle column, widened over the lab when that is too narrow to read.
    float width = std::max(l.Scene.W - 2.0f * m, std::min(in.Font * 24.0f, in.Width - 2.0f * m));
    float left = std::min(l.Scene.X + m, in.Width - m - width);
    l.Explain = MakeBox(left, top, left + width, l.Timeline.Empty() || presenter ? bottom : l.Timeline.Y - m);
    return l;
}

static UiLayout CompactLayout(const LayoutInput& in, UiLayout l) {
    float m = l.Margin;
    l.Compact = true;
    l.DrawerSheet = in.Width > in.Height;
    // The time controls beside the clock where they fit, else on a second row; during the tour
    // (which sets the speed itself) only play/pause stays, beside the clock.
    l.TopBarFull = in.TopBarWidth <= in.Width;
    l.TopBarRows = l.TopBarFull || in.TourActive ? 1 : 2;
    l.TopBar = MakeBox(0.0f, 0.0f, in.Width, BarHeight(in, l.TopBarRows));
    float bottom = in.Height;
    if (!in.TourActive) { // the tour's own buttons replace the dock
        l.Dock = MakeBox(0.0f, in.Height - BarHeight(in, 1), in.Width, in.Height);
        bottom = l.Dock.Y;
        // The timeline: a row right above the dock, under the scene and the sheet (not in
        // presenter mode, where the scene keeps 60 %: the [ ] keys move through time). A sheet
        // keeps its top where it was: the timeline takes its lowest row.
        bool map = in.MapSheet && in.Sheet == SheetPanel::Lab;
        if (in.Mode != AppMode::Presenter && !map)
            l.Timeline = MakeBox(0.0f, l.Dock.Y - BarHeight(in, 1), in.Width, l.Dock.Y);
    }
    float above = l.Timeline.Empty() ? bottom : l.Timeline.Y; // what the timeline leaves
    float top = l.TopBar.Bottom();
    Box sheet;
    if (l.DrawerSheet) {
        float w = std::floor(std::max(in.Font * 14.0f, in.Width * kDrawerShare));
        w = std::min(w, in.Width * 0.5f);
        sheet = MakeBox(m, top + m, m + w, above - m);
    } else {
        // The lab and the explain card are read more than the controls: a taller sheet. The
        // landscape map needs its pickers, the map and the scale at once: taller still. The
        // questions' choices and buttons need about 21 lines: taller than the tour's where that
        // is too short (a phone), up to the lab's while the scene keeps half the screen.
        bool reading = !in.TourActive && (in.Sheet == SheetPanel::Lab || in.Sheet == SheetPanel::Explain);
        bool map = !in.TourActive && in.Sheet == SheetPanel::Lab && in.MapSheet;
        float share = in.Height * (map ? kMapSheetShare : (reading ? kReadingSheetShare : kSheetShare));
        if (in.Questions)
            share = std::max(share, std::min({in.Font * 21.0f, in.Height * kReadingSheetShare,
                                              bottom - m - top - 0.5f * in.Height}));
        float h = std::floor(std::max(in.Font * 10.0f, share));
        h = std::min(h, (bottom - top) * (map ? 0.8f : 0.6f));
        sheet = MakeBox(m, bottom - m - h, in.Width - m, above - m);
    }
    bool open = in.TourActive || in.Sheet != SheetPanel::None;
    if (!open)
        l.Scene = MakeBox(0.0f, top, in.Width, above);
    else if (l.DrawerSheet)
        l.Scene = MakeBox(sheet.Right(), top, in.Width, above);
    else
        l.Scene = MakeBox(0.0f, top, in.Width, sheet.Y);
    if (in.TourActive) { // the tour owns the sheet; a card it opens covers the scene beside it
        l.Tour = sheet, l.TourColumn = l.DrawerSheet;
        if (in.Sheet == SheetPanel::Explain)
            l.Explain = MakeBox(l.Scene.X + m, l.Scene.Y + m, l.Scene.Right() - m, l.Scene.Bottom() - m);
        return l;
    }
    if (in.Sheet == SheetPanel::Training) l.Training = sheet;
    if (in.Sheet == SheetPanel::Lab) l.Lab = sheet;
    if (in.Sheet == SheetPanel::Explain) l.Explain = sheet;
    return l;
}

UiLayout ComputeScreenLayout(const LayoutInput& in) {
    UiLayout l;
    if (!(in.Width >= 1.0f) || !(in.Height >= 1.0f)) return l;
    l.Margin = std::floor(in.Font * 0.5f);
    l.PortraitWorld = in.Height > in.Width;
    if (in.Mode == AppMode::Kiosk) return KioskLayout(in, l);
    if (!in.ShowUi) { // presenter 'H': the scene alone
        l.Scene = MakeBox(0.0f, 0.0f, in.Width, in.Height);
        return l;
    }
    return IsCompact(in) ? CompactLayout(in, l) : SideLayout(in, l);
}

SheetPanel DefaultSheet(const LayoutInput& in) {
    // A lecturer drives from the keyboard and the tour; a kiosk has its own controls.
    if (in.Mode != AppMode::Student || !IsCompact(in)) return SheetPanel::None;
    LayoutInput with = in;
    with.Sheet = SheetPanel::Training;
    with.TourActive = false;
    UiLayout l = ComputeScreenLayout(with);
    return l.Scene.Area() >= 0.5f * in.Width * in.Height ? SheetPanel::Training : SheetPanel::None;
}

} // namespace ng
