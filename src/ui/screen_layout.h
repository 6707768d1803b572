// Where every panel goes on a given screen: one pure function of the window's size, the font,
// the pointer and what is open. It re-composes rather than scales (docs/layout.md):
//   side layout (landscape, at least 900 points wide): top bar, training column on the left,
//     lab column on the right, the scene between them; during the tour its caption takes the
//     left column, so the scene keeps most of the screen;
//   compact layout (phones, portrait tablets and monitors, small windows): a top bar with the
//     time controls and a menu, a dock of panel buttons at the bottom, and one panel at a time
//     in a sheet above the dock (a drawer on the left when the screen is landscape);
//   kiosk: the scene above, big touch controls in the lower part.
// Everything is in window points (CSS pixels on the web), y down.
#pragma once
#include "session/options.h"

namespace ng {

struct Box {
    float X = 0.0f, Y = 0.0f, W = 0.0f, H = 0.0f;
    float Right() const { return X + W; }
    float Bottom() const { return Y + H; }
    float Area() const { return W > 0.0f && H > 0.0f ? W * H : 0.0f; }
    bool Empty() const { return !(W > 0.0f && H > 0.0f); }
    bool Overlaps(const Box& o) const {
        return !Empty() && !o.Empty() && X < o.Right() && o.X < Right() && Y < o.Bottom() && o.Y < Bottom();
    }
    bool Contains(float x, float y) const { return x >= X && x < Right() && y >= Y && y < Bottom(); }
};

// The panel a compact layout shows in its sheet (one at a time).
enum class SheetPanel { None, Training, Lab, Explain };

struct LayoutInput {
    float Width = 0.0f, Height = 0.0f; // the window
    float Font = 17.0f;                // body font size
    float Row = 0.0f;                  // one control's height (at least the touch target on touch screens)
    float Spacing = 7.0f;              // between rows
    float TopBarWidth = 0.0f;          // what a one-row compact top bar needs; wider: two rows
    AppMode Mode = AppMode::Student;
    bool ShowUi = true;
    bool TourActive = false;
    bool Questions = false; // the questions are open (TourActive too): a reading sheet on compact screens
    bool LabOpen = false;   // side layout: the lab column
    SheetPanel Sheet = SheetPanel::None;
    bool MapSheet = false; // compact: the lab's sheet shows the landscape map (taller, no timeline)
};

struct UiLayout {
    bool Compact = false;       // dock + one sheet instead of side columns
    bool PortraitWorld = false; // the window is taller than wide: the vessel runs bottom to top
    bool DrawerSheet = false;   // compact and landscape: the sheet is a drawer on the left
    bool TourColumn = false;    // the tour's caption fills a column (top-aligned), not a bottom strip
    bool KioskColumns = false;  // kiosk: sliders beside the buttons (else above them)
    int TopBarRows = 1;
    bool TopBarFull = true; // compact: every time control fits beside the clock
    float Margin = 0.0f;
    Box TopBar;   // clock, time controls, panel buttons or menu
    Box Training; // the training panel's region (its height follows its content)
    Box Lab;      // the lab panel (side column or sheet)
    Box Explain;  // the explain card
    Box Tour;     // the tour caption's region: left column, drawer or bottom strip
    Box Dock;     // compact: the row of panel buttons
    Box Kiosk;    // kiosk: the big controls
    Box Timeline; // side and compact (not during a compact tour): the day scrubber under the scene
    Box Scene;    // what no panel covers: the camera frames the stations here
};

// A kiosk's buttons and sliders are at least this tall (kiosk_ui.cpp).
constexpr float kKioskRow = 56.0f;
// Sheets and drawers never take more than this share of the screen.
constexpr float kSheetShare = 0.34f;        // training, the tour's caption
constexpr float kReadingSheetShare = 0.40f; // the lab, an explain card
constexpr float kDrawerShare = 0.38f;
constexpr float kMapSheetShare = 0.62f; // the landscape map: read, tapped, with the scene above

UiLayout ComputeScreenLayout(const LayoutInput& in);
// The sheet a compact layout opens by itself for a student: training where the scene keeps at
// least half of the screen beside it (tablets), nothing on phones.
SheetPanel DefaultSheet(const LayoutInput& in);

} // namespace ng
