// The 2-D camera over the scene's world: an overview and one focus view per station, smooth
// animated moves between them, drag / wheel / pinch to pan and zoom, and clamps so the scene
// can never be lost. Screen space is in drawable pixels, y down (like mouse coordinates).
// On portrait screens the world is turned a quarter turn: the vessel runs from the muscle at
// the bottom up to the brain at the top (world +x is screen up, world +y screen left).
// Pure C++ (no GL, no SDL): tested in tests/render.
#pragma once
#include "world_layout.h"

namespace ng {

// Screen margins covered by the UI (panels), in drawable pixels. Fitted views avoid them.
struct ScreenInsets {
    float Left = 0.0f, Top = 0.0f, Right = 0.0f, Bottom = 0.0f;
};

class Camera {
public:
    // The drawable size and the covered margins. A fitted view re-fits (smoothly) when they change.
    void SetViewport(float width, float height, const ScreenInsets& insets);
    // Moves to a view: animated over kMoveSeconds, or at once.
    void ShowView(int view, bool animate = true);
    // prefers-reduced-motion: every move (views, panels opening) cuts instead of gliding.
    void SetReducedMotion(bool reduced) { ReducedMotion = reduced; }
    // Portrait composition (see above); a change re-fits the current view at once.
    void SetPortrait(bool portrait);
    bool Portrait() const { return IsPortrait; }
    int View() const { return FittedView; }  // the view last asked for (also after the user pans)
    bool IsFitted() const { return Fitted; } // false once the user pans or zooms

    void Update(double real_seconds); // advances a move (call once per frame, 0 while paused is fine)

    // Direct manipulation (stops any move): drag by a screen delta; zoom by a factor about a screen point.
    void Pan(float dx, float dy);
    void ZoomAt(float factor, float screen_x, float screen_y);

    // Mapping. Scale = drawable pixels per world unit.
    float Scale() const { return CurScale; }
    float CenterX() const { return CurX; }
    float CenterY() const { return CurY; }
    void WorldToScreen(float wx, float wy, float* sx, float* sy) const;
    void ScreenToWorld(float sx, float sy, float* wx, float* wy) const;
    WorldRect VisibleWorld() const; // the whole viewport in world units
    float Width() const { return ViewWidth; }
    float Height() const { return ViewHeight; }

    // Limits of the zoom, relative to the overview's scale.
    static constexpr float kMinZoom = 0.75f;
    static constexpr float kMaxZoom = 10.0f;
    static constexpr double kMoveSeconds = 1.2;

    // Where a view puts the camera (centre, scale) for the current viewport and insets.
    void FitView(int view, float* x, float* y, float* scale) const;

private:
    void Clamp(float* x, float* y, float* scale) const;
    // A screen offset (pixels from the centre, y down) as a world offset at a scale, and back.
    void ScreenToWorldOffset(float dx, float dy, float scale, float* wx, float* wy) const;
    void StartMove(float x, float y, float scale, double seconds);

    float ViewWidth = 1280.0f, ViewHeight = 720.0f;
    ScreenInsets SafeInsets;
    float CurX = 200.0f, CurY = 0.0f, CurScale = 2.0f;
    // A move: from -> to over MoveSeconds with ease-in-out (log-space zoom).
    float FromX = 0.0f, FromY = 0.0f, FromScale = 1.0f;
    float ToX = 0.0f, ToY = 0.0f, ToScale = 1.0f;
    double MoveTime = 0.0, MoveSeconds = 0.0;
    bool Moving = false;
    int FittedView = kOverviewView;
    bool Fitted = true;
    bool HasViewport = false;
    bool ReducedMotion = false;
    bool IsPortrait = false;
};

} // namespace ng
