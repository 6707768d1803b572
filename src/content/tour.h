// The guided tour: 8-12 steps from the first repetition to new neurons to the overtraining
// warning, each with a title, a caption and the actions that set the scene when it is entered.
//
// assets/content/tour.json holds what every language shares: step ids, autoplay seconds, whether
// the step is about contested science, its sources and its actions, in order:
//
//   { "steps": [ { "id": "humans", "seconds": 13, "debated": true, "sources": ["spalding2013"],
//                  "actions": [ {"scenario": "balanced"}, {"set": {"neurogenesis": "sorrells"}},
//                               {"advance_days": 28}, {"view": "hippocampus"}, {"speed": "day"},
//                               {"paused": false}, {"lab": true}, {"explain": "hippocampus"} ] } ] }
//
// One key per action: scenario (an id of assets/scenarios), set (parameter names -> values as in
// scenario files, read by io/param_value.h, so "sorrells" or 70), advance_days (0-3650),
// view (overview or a station), speed (a speed stop id, sim_clock.h), paused, lab (true/false)
// and explain (a station, or false to close the card). Each step should set up its whole state
// (a scenario restarts at time 0), so that Previous shows what Next showed.
//
// assets/content/<lang>/tour.json holds the texts: { "steps": { "humans": { "title": "...",
// "caption": "..." } } }. Every action is checked when the tour is read: an unknown parameter,
// value, scenario, view or speed is a problem listed in Tour::Problems (and the action is dropped);
// an out-of-range parameter value is a problem too, and clamped like everywhere else.
#pragma once
#include "content_file.h"
#include "session/commands.h"
#include "sources.h"
#include <string>
#include <vector>

namespace ng {

constexpr int kTourMinSteps = 8;
constexpr int kTourMaxSteps = 12;
constexpr double kTourDefaultSeconds = 10.0;

struct TourStep {
    std::string Id;
    std::string Title, Caption;
    double Seconds = kTourDefaultSeconds; // on screen when the tour plays by itself
    bool Debated = false;                 // about contested science: the caption bar says so
    std::string View;                     // the view its actions move to ("" if none)
    std::vector<Command> Actions;         // carried out in order when the step is entered
    std::vector<std::string> Sources;     // ids in sources.json
};

struct Tour {
    std::string Lang; // the language of the texts: "en" when the one asked for has no file
    std::vector<TourStep> Steps;
    std::vector<std::string> Problems; // malformed content, invalid actions, missing translations
};

// structure = tour.json; texts = <lang>/tour.json; english = en/tour.json (may be texts itself).
Tour ParseTour(const ContentFile& structure, const ContentFile& texts, const ContentFile& english,
               const SourceList& sources);
Tour LoadTour(const std::string& lang);
// LoadTour(), read once per language; the reference stays valid.
const Tour& GetTour(const std::string& lang);

} // namespace ng
