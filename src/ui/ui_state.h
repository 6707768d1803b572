// What the panels remember from one frame to the next: the person's choices inside a panel
// (like a scroll position, they outlive Reset all), heights measured last frame, and where the
// controls were drawn. One struct, owned by the app and reached through UiContext::State, so a
// test or a fresh start can clear it (UiState{}); no panel keeps state of its own.
#pragma once
#include "lab_readouts.h"
#include <string>
#include <vector>

namespace ng {

enum class TimeWindow { Days, Weeks, Whole, Count };

struct LabPanelState {
    int Selected = -1;              // readout index; -1 until the first frame picks serum BDNF
    LabGroup Tab = LabGroup::Blood; // the group whose table is shown
    TimeWindow Window = TimeWindow::Weeks;
    bool ShowReport = false; // the last blood test's report in place of the Blood table
    int TestsSeen = 0;       // LabHistory::BloodTestsTaken when last looked at
    // Heights measured last frame, to share the panel's height: the group's table (or the
    // report) scrolls on its own when the plot would otherwise be pushed off the panel.
    float BodyHeight = 0.0f;      // the table or report, unclipped (0: not measured yet)
    float HeaderHeight = 0.0f;    // separator, readout name and time-window buttons
    float BelowPlotHeight = 0.0f; // legend and buttons
};

struct ExplainPanelState {
    // The station last asked for: a new one selects its tab once; otherwise the person's tab stays.
    std::string RequestedStation;
    int LastFrame = -10; // the frame the card was last drawn
};

// A control drawn this frame, by a stable name ("lab.export", "training.intensity"): browser
// tests and the kiosk touch tests press real widgets at their real places (neurogains.widgets()).
struct WidgetRect {
    std::string Name;
    float X, Y, Width, Height;   // the part that shows (a panel that scrolls cuts its items), window points
    float FullWidth, FullHeight; // the whole item, as laid out (touch-target size)
};

// A parameter change waiting for "continue from here?" (the run has a future after a seek back).
struct PendingChange {
    bool Active = false;
    bool B = false; // programme B's parameter
    std::string Name;
    double Value = 0.0;
};

// Comparing and the landscape (issue 14): compare_*.cpp, landscape_panel.cpp.
struct ExploreState {
    bool EditB = false;                // the training sliders edit programme B
    bool LandscapeOpen = false;        // the landscape panel
    int Metric = -1;                   // readout index; -1: new neurons (total)
    int XParam = -1, YParam = -1;      // registry indexes; -1: intensity, recovery
    int CellRow = -1, CellColumn = -1; // the map's cell tapped or clicked, whose value is shown
    bool Shown = false;                // the map was drawn this frame (the page's table follows it)
    bool SceneShowsB = false;          // small screens: the one scene shows programme B
};

// The questions panel: as tall as its content, the outcome of a run scrolled into view once.
struct QuestionsPanelState {
    float ContentHeight = 0.0f; // measured last frame, without the hint (0: not measured yet)
    int OutcomeShown = -1;      // the question whose outcome was last scrolled into view
    int FocusedQuestion = -1;   // the question whose first choice took the keyboard focus
};

struct UiState {
    LabPanelState Lab;
    QuestionsPanelState Questions;
    PendingChange Pending; // timeline_bar.cpp
    ExploreState Explore;
    ExplainPanelState Explain;
    float TrainingContentHeight = 0.0f; // the training column's content, measured last frame
    float PendingScale = 0.0f;          // the text-size slider while it is held (applied on release)
    std::vector<WidgetRect> Widgets;    // cleared at the start of every frame
};

} // namespace ng
