// The app's actions: everything that changes the model, the view or the mode goes through here,
// whether it came from a panel (as a command), the keyboard or the JavaScript API. The session
// carries out what concerns the model and its clock; the rest (view, panels, tour, mode) is the
// app's.
#include "app.h"
#include "content/i18n.h"
#include "content/questions.h"
#include "content/tour.h"
#include "platform.h"
#include <cmath>

namespace ng {

void App::TakeSessionEvents() {
    for (const SessionEvent& e : Run.TakeEvents()) {
        switch (e.Type) {
        case SessionEventType::Notice:
            AddNotice(false, e.Text);
            break;
        case SessionEventType::Rejected:
            AddNotice(true, e.Text);
            break;
        case SessionEventType::ScenarioLoaded:
            Narrate(TrFormat("narrate.scenario", {Tr(("scenario." + e.Text).c_str())}), true);
            break;
        case SessionEventType::Reset:
            Narrate(Tr("narrate.reset"), true);
            break;
        case SessionEventType::Paused:
            Narrate(Tr("narrate.paused"), true);
            break;
        case SessionEventType::Playing:
            Narrate(Tr("narrate.playing"), true);
            break;
        }
    }
}

void App::ResetAll() {
    Run.Reset();
    TakeSessionEvents();
    Scene.Overview(false);
}

void App::SetMode(AppMode mode) {
    if (mode == Mode) return;
    Mode = mode;
    // Presenter: big text and the high-contrast light theme for projectors in lit rooms.
    bool presenter = mode == AppMode::Presenter;
    Prefs.UiTheme = presenter ? Theme::Projector : (Options.ThemeSet ? Options.UiTheme : Theme::Dark);
    if (!Prefs.ScaleChosen) Prefs.UiScale = 1.0f; // presenter: UpdateStyle() sizes it to the window
    Prefs.ShowLab = !presenter && LabFits();
}

void App::UpdateKiosk(double real_seconds) {
    switch (Kiosk.Update(real_seconds, InputThisFrame)) {
    case KioskEvent::AttractStarted: // fresh defaults, then the tour plays itself, looping
        Execute({CommandType::Challenge, "close"});
        ResetAll();
        Execute({CommandType::TourStart, "autoplay"});
        break;
    case KioskEvent::AttractEnded: // the next visitor starts from the defaults
        Execute({CommandType::TourStop, ""});
        ResetAll();
        if (Options.Activity == "challenge") Execute({CommandType::Challenge, "open"});
        break;
    default:
        break;
    }
}

void App::UpdateChallengeRun(double real_seconds) {
    if (!UpdateChallenge(&KioskChallenge, &Run, real_seconds)) return;
    // The run ended: onto the board of the day as the page keeps it now (another tab may have added).
    KioskChallenge.Board = ParseBoard(PlatformLoadBoard());
    KioskChallenge.Rank = AddToBoard(&KioskChallenge.Board, {KioskChallenge.Score, KioskChallenge.Badge});
    PlatformSaveBoard(FormatBoard(KioskChallenge.Board));
    Narrate(TrFormat("challenge.score", {std::to_string((long long)KioskChallenge.Score)}), false);
}

void App::Execute(const Command& c) {
    if (Run.Execute(c)) {
        if (c.Type == CommandType::ResetAll) Scene.Overview(false);
        TakeSessionEvents();
        NarrateExplore(c);
        return;
    }
    switch (c.Type) {
    case CommandType::FocusView:
        if (!Scene.ShowView(c.Name.c_str(), true))
            AddNotice(true, "view: unknown \"" + c.Name.substr(0, 40) + "\"; expected " + ViewNames());
        break;
    case CommandType::PanView:
        Scene.Pan(c.X * PixelRatio(), c.Y * PixelRatio());
        break;
    case CommandType::ZoomView:
        if (std::isfinite(c.Value) && c.Value > 0.0)
            Scene.ZoomAt((float)c.Value, c.X * PixelRatio(), c.Y * PixelRatio());
        break;
    case CommandType::ExportCsv: {
        std::string saved = PlatformSaveText("neurogains-lab.csv", Run.DailyCsv());
        Run.History.NoteExport(saved);
        if (saved.empty()) AddNotice(true, "The CSV file could not be written");
        break;
    }
    case CommandType::ToggleFullscreen: {
        bool full = (SDL_GetWindowFlags(Window) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
        SDL_SetWindowFullscreen(Window, full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
        break;
    }
    case CommandType::TogglePresenter:
        SetMode(Mode == AppMode::Presenter ? AppMode::Student : AppMode::Presenter);
        break;
    case CommandType::ToggleUi:
        Prefs.ShowUi = !Prefs.ShowUi;
        break;
    case CommandType::SetLanguage:
        ChooseLanguage(c.Name);
        break;
    case CommandType::ShareSetup:
        PlatformShareSetup(c.Name);
        break;
    case CommandType::OpenGuide:
        PlatformOpenGuide();
        break;
    case CommandType::ShowLab:
        Prefs.ShowLab = c.Value != 0.0;
        break;
    case CommandType::ShowExplain:
        Prefs.ShowExplain = !c.Name.empty();
        if (!c.Name.empty()) Prefs.ExplainStation = c.Name;
        break;
    case CommandType::TourStart:
    case CommandType::TourStop:
    case CommandType::TourNext:
    case CommandType::TourPrevious: {
        // The legend goes back to deciding by itself: collapsed while the tour explains a station.
        if (c.Type == CommandType::TourStart || c.Type == CommandType::TourStop) Prefs.Legend = -1;
        if (c.Type == CommandType::TourStart) Quiz.Close(); // one guided activity at a time
        // The tour turns its steps into ordinary commands (scenario, parameters, speed, view...).
        std::vector<Command> actions;
        HandleTourCommand(&Tour, GetTour(CurrentLanguage()), c, &actions);
        for (const Command& a : actions) Execute(a);
        break;
    }
    case CommandType::Question: {
        // The questions set up and run their experiment with ordinary commands on the session;
        // what concerns the view and the panels comes back to be carried out here.
        if (c.Name == "open") Execute({CommandType::TourStop, ""});
        std::vector<Command> actions;
        HandleQuestionCommand(&Quiz, GetQuestions(CurrentLanguage()), &Run, c, &actions);
        TakeSessionEvents();
        for (const Command& a : actions) Execute(a);
        break;
    }
    case CommandType::Challenge:
        if (c.Name == "open" || c.Name == "start") Execute({CommandType::TourStop, ""});
        if (c.Name == "start") KioskChallenge.Board = ParseBoard(PlatformLoadBoard()); // the day's so far
        HandleChallengeCommand(&KioskChallenge, &Run, c);
        TakeSessionEvents();
        break;
    default: // the session's: carried out above
        break;
    }
}

} // namespace ng
