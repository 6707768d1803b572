// The Training panel: the two headline sliders (Intensity, Recovery), time controls and the
// clock of simulated time.
#pragma once

namespace ng {

class Simulation;
struct Protocol;
struct SimClock;
struct UiFonts;

struct TrainingPanelState {
    Simulation* Sim = nullptr;
    Protocol* Plan = nullptr; // what the sliders edit; pushed into Sim when it changes
    SimClock* Clock = nullptr;
    const UiFonts* Fonts = nullptr;
    bool StepRequested = false; // set by the panel: run one model step while paused
};

void DrawTrainingPanel(TrainingPanelState* state);

// "Week 2 · Tue · 14:05" for a simulated time in hours since the start of the programme.
void FormatSimTime(double hours, char* out, int out_size);

} // namespace ng
