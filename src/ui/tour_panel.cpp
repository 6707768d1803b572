#include "tour_panel.h"
#include "content/i18n.h"
#include "content/sources.h"
#include "model/stations.h"
#include "ui_root.h"
#include "ui_style.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>

namespace ng {

static const float kKioskTouchPixels = 56.0f; // as the kiosk panel: above the 48 px minimum

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

// The tour's region from the layout: a bottom strip (anchored at its bottom) or a column
// (anchored at its top). Taller when the caption needs it, up to the region; beyond that the
// caption scrolls.
static TourBarLayout MeasureTourBar(const UiContext& ui, const TourStep& step, const std::string& sources,
                                    bool two_rows) {
    const Box& box = ui.Layout.Tour;
    const ImGuiStyle& style = ImGui::GetStyle();
    float font = ImGui::GetFontSize();
    float width = box.W, max_height = box.H;
    TourBarLayout bar;
    bar.ButtonHeight = TargetSize("M").y;
    if (ui.Mode == AppMode::Kiosk) bar.ButtonHeight = std::max(bar.ButtonHeight, kKioskTouchPixels);

    // In order of preference: large title and sources; large title; body-size title; and if even
    // that is too tall, the caption scrolls (with its sources at the end).
    float wrap = width - 2.0f * style.WindowPadding.x - style.ScrollbarSize;
    float caption = WrappedHeight(ImGui::GetFont(), step.Caption, wrap);
    if (step.Debated) caption += font + style.ItemSpacing.y;
    float with_sources = caption;
    if (!sources.empty())
        with_sources += style.ItemSpacing.y + WrappedHeight(ImGui::GetFont(), sources, wrap);
    float buttons = two_rows ? 2.0f * bar.ButtonHeight + style.ItemSpacing.y : bar.ButtonHeight;
    float frame = 2.0f * style.WindowPadding.y + buttons + 2.0f * style.ItemSpacing.y;
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
    bar.Size = ImVec2(width, std::min(frame + title + bar.CaptionHeight, max_height));
    bar.Pos = ImVec2(box.X, ui.Layout.TourColumn ? box.Y + bar.Size.y : box.Bottom());
    return bar;
}

static float ButtonWidth(const char* label) {
    return TargetSize(label).x;
}

// The buttons' labels for the current step.
struct TourButtonLabels {
    char Previous[96], Next[96], Close[96];
    std::string Counter;
    bool More; // Read more (the kiosk shows no explain cards)
};

static TourButtonLabels ButtonLabels(const UiContext& ui, const TourPlayer& tour) {
    TourButtonLabels b;
    std::snprintf(b.Previous, sizeof(b.Previous), "\xE2\x86\x90 %s###tour.previous",
                  Tr("tour.previous")); // ←
    if (tour.IsLastStep())
        std::snprintf(b.Next, sizeof(b.Next), "%s \xE2\x9C\x93###tour.next", Tr("tour.finish")); // ✓
    else
        std::snprintf(b.Next, sizeof(b.Next), "%s \xE2\x86\x92###tour.next", Tr("tour.next")); // →
    std::snprintf(b.Close, sizeof(b.Close), "\xE2\x9C\x95 %s###tour.close", Tr("tour.close")); // ✕
    b.Counter =
        TrFormat("tour.step", {std::to_string(tour.CurrentStep() + 1), std::to_string(tour.StepCount())});
    b.More = ui.Mode != AppMode::Kiosk;
    return b;
}

// True when the buttons need two rows in the tour's region: ← Previous, "Step k of n", Next →
// on the first; Read more and Close tour on the second. Where even the first row is too
// narrow, the counter shortens to "k/n".
static bool ButtonsNeedTwoRows(const UiContext& ui, const TourPlayer& tour, TourButtonLabels* b) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float room = ui.Layout.Tour.W - 2.0f * style.WindowPadding.x;
    float first = ButtonWidth(b->Previous) + ImGui::CalcTextSize(b->Counter.c_str()).x +
                  ButtonWidth(b->Next) + 2.0f * style.ItemSpacing.x;
    float needed = first + ButtonWidth(b->Close) + 2.0f * style.ItemSpacing.x;
    if (b->More) needed += ButtonWidth(Tr("tour.more"));
    if (first > room)
        b->Counter = std::to_string(tour.CurrentStep() + 1) + "/" + std::to_string(tour.StepCount());
    return needed > room;
}

static void TourButtons(UiContext& ui, const TourPlayer& tour, const TourStep& step,
                        const TourButtonLabels& b, bool two_rows, float height) {
    const ImGuiStyle& style = ImGui::GetStyle();
    float row_y = ImGui::GetCursorPosY();
    ImGui::BeginDisabled(tour.CurrentStep() == 0);
    if (ImGui::Button(b.Previous, TargetSize(b.Previous, ImVec2(0.0f, height))))
        ui.Commands->Push(CommandType::TourPrevious);
    NoteWidget(ui, "tour.previous");
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::SetCursorPosY(row_y + (height - ImGui::GetTextLineHeight()) * 0.5f); // mid-height of the buttons
    ImGui::TextUnformatted(b.Counter.c_str());
    ImGui::SameLine();
    ImGui::SetCursorPosY(row_y);
    if (ImGui::Button(b.Next, TargetSize(b.Next, ImVec2(0.0f, height))))
        ui.Commands->Push(CommandType::TourNext);
    NoteWidget(ui, "tour.next");
    if (two_rows) ImGui::SetCursorPosY(row_y + height + style.ItemSpacing.y);
    if (b.More) {
        int view = FindView(step.View);
        std::string station = view >= 0 ? GetStation((Station)view).CardId : ui.Prefs->ExplainStation;
        if (!two_rows) ImGui::SameLine();
        if (ImGui::Button(Tr("tour.more"), TargetSize(Tr("tour.more"), ImVec2(0.0f, height))))
            ui.Commands->Push(CommandType::ShowExplain, station, 1.0);
        NoteWidget(ui, "tour.more");
    }
    float close_w = ButtonWidth(b.Close);
    if (b.More || !two_rows) {
        float after = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + style.ItemSpacing.x;
        ImGui::SameLine(std::max(after, ImGui::GetWindowContentRegionMax().x - close_w));
    }
    if (ImGui::Button(b.Close, TargetSize(b.Close, ImVec2(0.0f, height))))
        ui.Commands->Push(CommandType::TourStop);
    NoteWidget(ui, "tour.close");
}

void DrawTourPanel(UiContext& ui, const TourPlayer& tour) {
    if (!tour.IsActive()) return; // the texts are read when the tour first starts
    const Tour& texts = GetTour(CurrentLanguage());
    int index = tour.CurrentStep();
    if (index >= (int)texts.Steps.size()) return;
    const TourStep& step = texts.Steps[index];
    if (ui.Layout.Tour.Empty()) return;
    std::string sources = SourcesLine(step);
    TourButtonLabels labels = ButtonLabels(ui, tour);
    bool two_rows = ButtonsNeedTwoRows(ui, tour, &labels);
    TourBarLayout bar = MeasureTourBar(ui, step, sources, two_rows);

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
    DragToScroll();
    if (step.Debated) ImGui::Text("\xE2\x97\x90 %s", Tr("tour.debated")); // ◐, as on the explain cards
    ImGui::TextWrapped("%s", step.Caption.c_str());
    if (bar.ShowSources) ImGui::TextWrapped("%s", sources.c_str());
    ImGui::EndChild();

    TourButtons(ui, tour, step, labels, two_rows, bar.ButtonHeight);
    ImGui::End();
}

} // namespace ng
