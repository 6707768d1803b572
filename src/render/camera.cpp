#include "camera.h"
#include "scene_math.h"
#include <cmath>
#include <utility>

namespace ng {

static WorldRect ViewRect(int view) {
    if (view < 0 || view >= kStationCount) return kContentArea;
    return GetStationPlace((Station)view).Area;
}

void Camera::ScreenToWorldOffset(float dx, float dy, float scale, float* wx, float* wy) const {
    if (IsPortrait)
        *wx = -dy / scale, *wy = -dx / scale;
    else
        *wx = dx / scale, *wy = -dy / scale;
}

void Camera::FitView(int view, float* x, float* y, float* scale) const {
    WorldRect rect = ViewRect(view);
    float rect_w = IsPortrait ? rect.Height() : rect.Width(); // on screen
    float rect_h = IsPortrait ? rect.Width() : rect.Height();
    // The part of the screen no panel covers, with a small margin; never less than a sixth of it.
    float margin = 0.02f * (ViewWidth < ViewHeight ? ViewWidth : ViewHeight);
    float left = SafeInsets.Left + margin, right = ViewWidth - SafeInsets.Right - margin;
    float top = SafeInsets.Top + margin, bottom = ViewHeight - SafeInsets.Bottom - margin;
    if (right - left < ViewWidth / 6.0f) left = 0.0f, right = ViewWidth;
    if (bottom - top < ViewHeight / 6.0f) top = 0.0f, bottom = ViewHeight;
    float s = std::fmin((right - left) / rect_w, (bottom - top) / rect_h);
    // The rect's centre goes to the centre of the free area.
    float qx = (left + right) * 0.5f, qy = (top + bottom) * 0.5f;
    float wx, wy;
    ScreenToWorldOffset(qx - ViewWidth * 0.5f, qy - ViewHeight * 0.5f, s, &wx, &wy);
    *scale = s;
    *x = rect.CenterX() - wx;
    *y = rect.CenterY() - wy;
}

void Camera::Clamp(float* x, float* y, float* scale) const {
    float ox, oy, overview_scale;
    FitView(kOverviewView, &ox, &oy, &overview_scale);
    *scale = Clampf(*scale, overview_scale * kMinZoom, overview_scale * kMaxZoom);
    // The world point at the centre of the free area stays inside the content.
    float qx = (SafeInsets.Left + ViewWidth - SafeInsets.Right) * 0.5f;
    float qy = (SafeInsets.Top + ViewHeight - SafeInsets.Bottom) * 0.5f;
    float dx, dy;
    ScreenToWorldOffset(qx - ViewWidth * 0.5f, qy - ViewHeight * 0.5f, *scale, &dx, &dy);
    *x = Clampf(*x + dx, kContentArea.MinX, kContentArea.MaxX) - dx;
    *y = Clampf(*y + dy, kContentArea.MinY, kContentArea.MaxY) - dy;
}

void Camera::SetViewport(float width, float height, const ScreenInsets& insets) {
    if (width < 1.0f) width = 1.0f;
    if (height < 1.0f) height = 1.0f;
    bool changed = width != ViewWidth || height != ViewHeight || insets.Left != SafeInsets.Left ||
                   insets.Top != SafeInsets.Top || insets.Right != SafeInsets.Right ||
                   insets.Bottom != SafeInsets.Bottom;
    bool first = !HasViewport;
    ViewWidth = width, ViewHeight = height, SafeInsets = insets;
    HasViewport = true;
    if (first) {
        ShowView(FittedView, false);
    } else if (changed && Fitted) {
        float x, y, s;
        FitView(FittedView, &x, &y, &s);
        // A window resize snaps; a panel opening or closing glides.
        if (Moving)
            ToX = x, ToY = y, ToScale = s;
        else
            StartMove(x, y, s, 0.35);
    } else if (changed) {
        Clamp(&CurX, &CurY, &CurScale);
    }
}

void Camera::SetPortrait(bool portrait) {
    if (portrait == IsPortrait) return;
    IsPortrait = portrait;
    if (!HasViewport) return;
    if (Fitted) {
        ShowView(FittedView, false);
    } else {
        Moving = false;
        Clamp(&CurX, &CurY, &CurScale);
    }
}

void Camera::StartMove(float x, float y, float scale, double seconds) {
    if (ReducedMotion) {
        CurX = x, CurY = y, CurScale = scale;
        Moving = false;
        return;
    }
    FromX = CurX, FromY = CurY, FromScale = CurScale;
    ToX = x, ToY = y, ToScale = scale;
    MoveTime = 0.0;
    MoveSeconds = seconds;
    Moving = true;
}

void Camera::ShowView(int view, bool animate) {
    if (view < kOverviewView || view >= kStationCount) view = kOverviewView;
    FittedView = view;
    Fitted = true;
    float x, y, s;
    FitView(view, &x, &y, &s);
    if (animate && HasViewport) {
        StartMove(x, y, s, kMoveSeconds);
    } else {
        CurX = x, CurY = y, CurScale = s;
        Moving = false;
    }
}

void Camera::Update(double real_seconds) {
    if (!Moving) return;
    MoveTime += real_seconds > 0.0 ? real_seconds : 0.0;
    double t = MoveSeconds > 0.0 ? MoveTime / MoveSeconds : 1.0;
    if (t >= 1.0) {
        CurX = ToX, CurY = ToY, CurScale = ToScale;
        Moving = false;
        return;
    }
    float e = (float)(t * t * (3.0 - 2.0 * t));
    // Zoom in log space; the centre follows the screen-space path so the move feels even.
    float log_scale = std::log(FromScale) + (std::log(ToScale) - std::log(FromScale)) * e;
    CurScale = std::exp(log_scale);
    CurX = FromX + (ToX - FromX) * e;
    CurY = FromY + (ToY - FromY) * e;
}

void Camera::Pan(float dx, float dy) {
    Moving = false;
    Fitted = false;
    float wx, wy;
    ScreenToWorldOffset(dx, dy, CurScale, &wx, &wy);
    CurX -= wx;
    CurY -= wy;
    Clamp(&CurX, &CurY, &CurScale);
}

void Camera::ZoomAt(float factor, float screen_x, float screen_y) {
    if (!(factor > 0.0f)) return;
    Moving = false;
    Fitted = false;
    float wx, wy;
    ScreenToWorld(screen_x, screen_y, &wx, &wy);
    float x = CurX, y = CurY, s = CurScale * factor;
    Clamp(&x, &y, &s);
    // Keep the world point under the cursor where it is.
    float ox, oy;
    ScreenToWorldOffset(screen_x - ViewWidth * 0.5f, screen_y - ViewHeight * 0.5f, s, &ox, &oy);
    x = wx - ox;
    y = wy - oy;
    Clamp(&x, &y, &s);
    CurX = x, CurY = y, CurScale = s;
}

void Camera::WorldToScreen(float wx, float wy, float* sx, float* sy) const {
    float dx = (wx - CurX) * CurScale, dy = (wy - CurY) * CurScale;
    if (IsPortrait) {
        *sx = ViewWidth * 0.5f - dy;
        *sy = ViewHeight * 0.5f - dx;
    } else {
        *sx = ViewWidth * 0.5f + dx;
        *sy = ViewHeight * 0.5f - dy;
    }
}

void Camera::ScreenToWorld(float sx, float sy, float* wx, float* wy) const {
    float ox, oy;
    ScreenToWorldOffset(sx - ViewWidth * 0.5f, sy - ViewHeight * 0.5f, CurScale, &ox, &oy);
    *wx = CurX + ox;
    *wy = CurY + oy;
}

WorldRect Camera::VisibleWorld() const {
    float hw = ViewWidth * 0.5f / CurScale, hh = ViewHeight * 0.5f / CurScale;
    if (IsPortrait) std::swap(hw, hh);
    return {CurX - hw, CurY - hh, CurX + hw, CurY + hh};
}

} // namespace ng
