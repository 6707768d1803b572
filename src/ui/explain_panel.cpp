#include "explain_panel.h"
#include "content/cards.h"
#include "content/i18n.h"
#include "ui_root.h"
#include "ui_style.h"
#include "ui_theme.h"
#include "widget_map.h"
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ng {

namespace {

// Okabe-Ito accents for the icons and the debate box; the texts keep the theme's text colour
// (contrast), and every accent comes with an icon and a label.
struct ExplainColors {
    ImU32 Icon, DebateBorder, DebateFill;
};

ExplainColors CurrentExplainColors() {
    ExplainColors c;
    if (IsLightBackground()) {
        c.Icon = IM_COL32(0, 114, 178, 255);        // blue
        c.DebateBorder = IM_COL32(213, 94, 0, 255); // vermillion
        c.DebateFill = IM_COL32(230, 159, 0, 40);   // orange, faint
    } else {
        c.Icon = IM_COL32(86, 180, 233, 255);        // sky blue
        c.DebateBorder = IM_COL32(230, 159, 0, 255); // orange
        c.DebateFill = IM_COL32(230, 159, 0, 36);
    }
    return c;
}

const char* const kCheckedIcon = "\xE2\x9C\x93";   // ✓
const char* const kUncheckedIcon = "\xE2\x97\x8B"; // ○

} // namespace

static void IconHeading(const char* icon, const char* label, const ExplainColors& colors) {
    ImGui::Dummy(ImVec2(0.0f, ImGui::GetStyle().ItemSpacing.y * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, colors.Icon);
    ImGui::TextUnformatted(icon);
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted(label);
    ImGui::Separator();
}

static void Section(const char* icon, const char* key, const std::string& text, const ExplainColors& colors) {
    IconHeading(icon, Tr(key), colors);
    ImGui::TextWrapped("%s", text.c_str());
}

// "Spalding et al. 2013 ✓ · Sorrells et al. 2018 ✓"
static std::string ShortSources(const std::vector<std::string>& ids) {
    std::string text;
    for (const std::string& id : ids) {
        const Source* source = GetSources().Find(id);
        if (!source) continue;
        if (!text.empty()) text += " \xC2\xB7 ";
        text += source->Short + " " +
                (source->Confidence == SourceConfidence::Checked ? kCheckedIcon : kUncheckedIcon);
    }
    return text;
}

// The debate notes in one framed, tinted box headed by an icon and "What scientists still debate".
static void DebateBox(const ExplainCard& card, const ExplainColors& colors) {
    float pad = std::floor(ImGui::GetFontSize() * 0.6f);
    float thickness = std::max(2.0f, std::floor(ImGui::GetFontSize() * 0.12f));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImGui::Dummy(ImVec2(0.0f, ImGui::GetStyle().ItemSpacing.y));
    ImVec2 top_left = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::Dummy(ImVec2(0.0f, pad * 0.5f));
    ImGui::Indent(pad);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2.0f * pad);
    ImGui::PushStyleColor(ImGuiCol_Text, colors.DebateBorder);
    ImGui::TextUnformatted("\xE2\x97\x90"); // ◐: two sides of a question
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::TextUnformatted(Tr("explain.debate"));
    for (const DebateNote& note : card.Debates) {
        ImGui::Dummy(ImVec2(0.0f, ImGui::GetStyle().ItemSpacing.y * 0.5f));
        ImGui::TextWrapped("\xE2\x96\xB8 %s", note.Title.c_str()); // ▸
        ImGui::TextWrapped("%s", note.Text.c_str());
        std::string sources = ShortSources(note.Sources);
        if (!sources.empty()) ImGui::TextWrapped("%s %s", Tr("tour.sources"), sources.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::Unindent(pad);
    ImGui::Dummy(ImVec2(0.0f, pad * 0.5f));
    ImVec2 bottom_right(top_left.x + width, ImGui::GetCursorScreenPos().y);
    draw->ChannelsSetCurrent(0);
    float rounding = ImGui::GetStyle().FrameRounding;
    draw->AddRectFilled(top_left, bottom_right, colors.DebateFill, rounding);
    draw->AddRect(top_left, bottom_right, colors.DebateBorder, rounding, 0, thickness);
    draw->ChannelsMerge();
}

// Every source the card and its notes cite, once: icon, citation, DOI / PMID, confidence in words.
static void SourceList(const ExplainCard& card, const ExplainColors& colors) {
    IconHeading("\xE2\x96\xA4", Tr("explain.sources"), colors); // ▤
    std::vector<std::string> ids = card.Sources;
    for (const DebateNote& note : card.Debates)
        for (const std::string& id : note.Sources)
            if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    for (const std::string& id : ids) {
        const Source* source = GetSources().Find(id);
        if (!source) continue;
        bool checked = source->Confidence == SourceConfidence::Checked;
        ImGui::TextUnformatted(checked ? kCheckedIcon : kUncheckedIcon);
        ImGui::SameLine();
        std::string line = source->Citation;
        if (!source->Reference.empty()) line += ". " + source->Reference;
        line += std::string(" \xE2\x80\x94 ") + Tr(checked ? "source.checked" : "source.unchecked");
        ImGui::TextWrapped("%s", line.c_str());
    }
}

static void DrawCard(UiContext& ui, const ExplainCard& card) {
    ExplainColors colors = CurrentExplainColors();
    ImGui::PushFont(ui.Fonts->Large);
    ImGui::TextWrapped("%s", card.Title.c_str());
    ImGui::PopFont();
    Section("\xE2\x97\x8F", "explain.what", card.What, colors);         // ●
    Section("\xE2\x97\x86", "explain.why", card.Why, colors);           // ◆
    Section("\xE2\x96\xA3", "explain.measured", card.Measured, colors); // ▣
    Section("\xE2\x96\xB2", "explain.risk", card.Risk, colors);         // ▲
    Section("\xE2\x97\x87", "explain.model", card.Model, colors);       // ◇
    if (!card.Debates.empty()) DebateBox(card, colors);
    SourceList(card, colors);
}

void DrawExplainPanel(UiContext& ui, const std::string& station) {
    const CardSet& cards = GetCards(CurrentLanguage());
    const Box& box = ui.Layout.Explain;
    if (box.Empty()) return;
    ImGui::SetNextWindowPos(ImVec2(box.X, box.Y));
    ImGui::SetNextWindowSize(ImVec2(box.W, box.H));
    ImGui::SetNextWindowBgAlpha(1.0f); // long text over a busy scene stays readable
    if (ImGui::GetFrameCount() != ui.State->Explain.LastFrame + 1)
        ImGui::SetNextWindowFocus(); // opening: in front of the tour bar
    ui.State->Explain.LastFrame = ImGui::GetFrameCount();
    ImGui::Begin("###explain", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollbar);

    // Heading and Close on one line.
    const char* close = "\xE2\x9C\x95"; // ✕
    char close_label[96];
    std::snprintf(close_label, sizeof(close_label), "%s %s###explain.close", close, Tr("explain.close"));
    float close_width = TargetSize(close_label).x;
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - close_width -
                           ImGui::GetStyle().ItemSpacing.x);
    ImGui::TextWrapped("%s", Tr("explain.heading"));
    ImGui::PopTextWrapPos();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - close_width);
    if (TargetButton(close_label)) ui.Commands->Push(CommandType::ShowExplain);
    NoteWidget(ui, "explain.close");

    bool select = station != ui.State->Explain.RequestedStation;
    ui.State->Explain.RequestedStation = station;
    if (cards.Cards.empty()) ImGui::TextWrapped("%s", Tr("explain.missing"));
    if (!cards.Cards.empty() && ImGui::BeginTabBar("explain_tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
        bool known = cards.Find(station) != nullptr;
        for (size_t i = 0; i < cards.Cards.size(); i++) {
            const ExplainCard& card = cards.Cards[i];
            bool wanted = known ? card.Station == station : i == 0;
            char label[128], widget[64];
            std::snprintf(label, sizeof(label), "%s###%s", card.Name.c_str(), card.Station.c_str());
            std::snprintf(widget, sizeof(widget), "explain.tab.%s", card.Station.c_str());
            bool open =
                ImGui::BeginTabItem(label, nullptr, select && wanted ? ImGuiTabItemFlags_SetSelected : 0);
            NoteWidget(ui, widget);
            if (!open) continue;
            if (!select && card.Station != station) { // the person picked this tab
                ui.Prefs->ExplainStation = card.Station;
                ui.State->Explain.RequestedStation = card.Station;
            }
            ImGui::BeginChild("card", ImVec2(0.0f, 0.0f), false);
            DragToScroll();
            DrawCard(ui, card);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::End();
}

bool ExplainCardText(const std::string& station, std::string* title, std::string* text) {
    const ExplainCard* card = GetCards(CurrentLanguage()).Find(station);
    if (!card) return false;
    *title = card->Title;
    *text = card->What + " " + card->Why;
    return true;
}

} // namespace ng
