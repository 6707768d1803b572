#include "tour_panel.h"
#include "content/cards.h"
#include "content/i18n.h"
#include "content/sources.h"
#include "ui_style.h"
#include "widget_map.h"
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

namespace ng {

static const float kKioskTouchPixels = 56.0f;    // as the kiosk panel: above the 48 px minimum
static const float kMaxHeightShare = 0.45f;      // of the screen's height, for long captions
static const float kPresenterHeightShare = 0.5f; // captions are what a projected class reads

namespace {

// Where the caption bar goes and how its height is shared out.
struct TourBarLayout {
    ImVec2 Pos, Size;    // anchored at its bottom-left corner
    ImFont* TitleFont;   // large, unless that leaves the caption too little room
    float CaptionHeight; // the scrolling region: "still debated", caption, sources
    bool ShowSources;    // left out when they alone would not fit (Read more lists them)
    float ButtonHeight;
};

} // namespace

// Height of wrapped text in a font at the current global scale.
static float WrappedHeight(ImFont* font, const std::string& text, float wrap_width) {
    float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
    return font->CalcTextSizeA(size, FLT_MAX, wrap_width, text.c_str()).y;
}

static std::string SourcesLine(const TourStep& step) {
    std::string names;
    for (const std::string& id : step.Sources) {
        const Source* source = GetSources().Find(id);
        if (!source) continue;
        if (!names.empty()) names += " \xC2\xB7 ";
        names += source->Short;
    }
    return names.empty() ? names : std::string(Tr("tour.sources")) + " " + names;
}

// The bottom region, widened when the side panels leave it too narrow to read, and taller (up to
// a share of the screen) when the caption needs it; beyond that the caption scrolls.
static TourBarLayout MeasureTourBar(const UiContext& ui, const TourStep& step, const std::string& sources) {
    const UiLayout& l = ui.Layout;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImGuiStyle& style = ImGui::GetStyle();
    float font = ImGui::GetFontSize();
    float margin = std::floor(font * 0.5f);
    float width =
        std::max(l.BottomMax.x - l.BottomMin.x, std::min(font * 22.0f, viewport->WorkSize.x - 2.0f * margin));
    float share = ui.Mode == AppMode::Presenter ? kPresenterHeightShare : kMaxHeightShare;
    float max_height = std::max(l.BottomMax.y - l.BottomMin.y, viewport->WorkSize.y * share);
    TourBarLayout bar;
    bar.Pos = ImVec2(std::min(l.BottomMin.x, viewport->WorkPos.x + viewport->WorkSize.x - margin - width),
                     l.BottomMax.y);
    bar.ButtonHeight = ImGui::GetFrameHeight();
    if (ui.Mode == AppMode::Kiosk) bar.ButtonHeight = std::max(bar.ButtonHeight, kKioskTouchPixels);

    // In order of preference: large title and sources; large title; body-size title; and if even
    // that is too tall, the caption scrolls (with its sources at the end).
    float wrap = width - 2.0f * style.WindowPadding.x - style.ScrollbarSize;
    float caption = WrappedHeight(ImGui::GetFont(), step.Caption, wrap);
    if (step.Debated) caption += font + style.ItemSpacing.y;
    float with_sources = caption;
    if (!sources.empty())
        with_sources += style.ItemSpacing.y + WrappedHeight(ImGui::GetFont(), sources, wrap);
    float frame = 2.0f * style.WindowPadding.y + bar.ButtonHeight + 2.0f * style.ItemSpacing.y;
    float large_title = WrappedHeight(ui.Fonts->Large, step.Title, wrap);
    float body_title = WrappedHeight(ImGui::GetFont(), step.Title, wrap);
    float title = large_title;
    bar.TitleFont = ui.Fonts->Large;
    bar.ShowSources = !sources.empty();
    bar.CaptionHeight = with_sources;
    if (frame + title + with_sources > max_height) {
        bar.ShowSources = false;
        bar.CaptionHeight = caption;
    }
    if (frame + title + caption > max_height) {
        bar.TitleFont = ImGui::GetFont();
        title = body_title;
    }
    if (frame + title + caption > max_height) { // scrolls: whole lines only
        bar.ShowSources = !sources.empty();
        bar.CaptionHeight = std::max(2.0f, std::floor((max_height - frame - title) / font)) * font;
    }
    bar.Size = ImVec2(width, frame + title + bar.CaptionHeight);
    return bar;
}

static float ButtonWidth(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

// ← Previous, "Step k of n", Next → / Finish ✓, Read more, and Close tour at the right edge.
static void TourButtons(UiContext& ui, const TourPlayer& tour, const TourStep& step, float height) {
    const ImGuiStyle& style = ImGui::GetStyle();
    char previous[96], next[96], close[96];
    std::snprintf(previous, sizeof(previous), "\xE2\x86\x90 %s###tour.previous", Tr("tour.previous")); // ←
    if (tour.IsLastStep())
        std::snprintf(next, sizeof(next), "%s \xE2\x9C\x93###tour.next", Tr("tour.finish")); // ✓
    else
        std::snprintf(next, sizeof(next), "%s \xE2\x86\x92###tour.next", Tr("tour.next")); // →
    std::snprintf(close, sizeof(close), "\xE2\x9C\x95 %s###tour.close", Tr("tour.close")); // ✕
    std::string counter =
        TrFormat("tour.step", {std::to_string(tour.CurrentStep() + 1), std::to_string(tour.StepCount())});
    bool more = ui.Mode != AppMode::Kiosk; // the kiosk shows no explain cards
    float needed = ButtonWidth(previous) + ImGui::CalcTextSize(counter.c_str()).x + ButtonWidth(next) +
                   ButtonWidth(close) + 4.0f * style.ItemSpacing.x;
    if (more) needed += ButtonWidth(Tr("tour.more"));
    if (needed > ImGui::GetContentRegionAvail().x) // narrow: the close button keeps only its icon
        std::snprintf(close, sizeof(close), "\xE2\x9C\x95###tour.close");

    float row_y = ImGui::GetCursorPosY();
    ImGui::BeginDisabled(tour.CurrentStep() == 0);
    if (ImGui::Button(previous, ImVec2(0.0f, height))) ui.Commands->Push(CommandType::TourPrevious);
    NoteWidget("tour.previous");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::SetCursorPosY(row_y +
                         (height - ImGui::GetFrameHeight()) * 0.5f); // mid-height of touch-sized buttons
    ImGui::TextUnformatted(counter.c_str());
    ImGui::SameLine();
    ImGui::SetCursorPosY(row_y);
    if (ImGui::Button(next, ImVec2(0.0f, height))) ui.Commands->Push(CommandType::TourNext);
    NoteWidget("tour.next");
    if (more) {
        std::string station = FindStationName(step.View) >= 0 ? step.View : ui.Prefs->ExplainStation;
        ImGui::SameLine();
        if (ImGui::Button(Tr("tour.more"), ImVec2(0.0f, height)))
            ui.Commands->Push(CommandType::ShowExplain, station, 1.0);
        NoteWidget("tour.more");
    }
    float after = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + style.ItemSpacing.x;
    ImGui::SameLine(std::max(after, ImGui::GetWindowContentRegionMax().x - ButtonWidth(close)));
    if (ImGui::Button(close, ImVec2(0.0f, height))) ui.Commands->Push(CommandType::TourStop);
    NoteWidget("tour.close");
}

float DrawTourPanel(UiContext& ui, const TourPlayer& tour) {
    const Tour& texts = GetTour(CurrentLanguage());
    int index = tour.CurrentStep();
    if (!tour.IsActive() || index >= (int)texts.Steps.size()) return ui.Layout.BottomMax.y;
    const TourStep& step = texts.Steps[index];
    std::string sources = SourcesLine(step);
    TourBarLayout bar = MeasureTourBar(ui, step, sources);

    ImGui::SetNextWindowPos(bar.Pos, ImGuiCond_Always, ImVec2(0.0f, 1.0f));
    ImGui::SetNextWindowSize(bar.Size);
    ImGui::SetNextWindowBgAlpha(1.0f); // captions over a busy scene stay readable
    ImGui::Begin("###tour", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing);

    // Playing by itself: the time spent on this step, as a thin line along the top edge.
    if (tour.Options().Autoplay) {
        ImVec2 min = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
        float thickness = std::max(2.0f, std::floor(ImGui::GetFontSize() * 0.15f));
        ImGui::GetWindowDrawList()->AddRectFilled(
            min, ImVec2(min.x + size.x * (float)tour.StepProgress(), min.y + thickness),
            ImGui::GetColorU32(ImGuiCol_PlotHistogram));
    }

    ImGui::PushFont(bar.TitleFont);
    ImGui::TextWrapped("%s", step.Title.c_str());
    ImGui::PopFont();

    ImGui::BeginChild("caption", ImVec2(0.0f, bar.CaptionHeight), false);
    if (step.Debated) ImGui::Text("\xE2\x97\x90 %s", Tr("tour.debated")); // ◐, as on the explain cards
    ImGui::TextWrapped("%s", step.Caption.c_str());
    if (bar.ShowSources) ImGui::TextWrapped("%s", sources.c_str());
    ImGui::EndChild();

    TourButtons(ui, tour, step, bar.ButtonHeight);
    ImGui::End();
    return bar.Pos.y - bar.Size.y;
}

} // namespace ng
