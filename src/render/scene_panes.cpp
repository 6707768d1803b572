#include "scene_panes.h"
#include <cmath>

namespace ng {

ScenePaneLayout LayoutScenePanes(const ScenePaneRequest& r) {
    ScenePaneLayout out;
    float w = std::fmax(r.Width, 1.0f), h = std::fmax(r.Height, 1.0f);
    const ScreenInsets& in = r.Insets;
    SceneSplit split = r.Split;
    bool side = split == SceneSplit::SideBySide;
    float below = side ? std::fmin(std::fmax(r.Below, 0.0f), in.Bottom) : 0.0f;
    float fx = in.Left, fy = in.Top;
    float fw = w - in.Left - in.Right, fh = h - in.Top - in.Bottom + below;
    if (fw < 2.0f * r.Gap + 2.0f || fh < 2.0f * r.Gap + 2.0f) split = SceneSplit::None;
    if (split == SceneSplit::None) {
        out.Count = 1;
        out.Panes[0] = ScenePane{0.0f, 0.0f, w, h, false, nullptr};
        out.CameraInsets = in;
        out.CameraInsets.Top += std::fmax(r.Top, 0.0f); // the A | B switch, when comparing
        out.CameraWidth = w, out.CameraHeight = h;
        return out;
    }
    out.Count = 2;
    if (side) {
        float half = std::floor((fw - r.Gap) * 0.5f);
        out.Panes[0] = ScenePane{fx, fy, half, fh, false, nullptr};
        out.Panes[1] = ScenePane{fx + half + r.Gap, fy, half, fh, true, nullptr};
    } else {
        float half = std::floor((fh - r.Gap) * 0.5f);
        out.Panes[0] = ScenePane{fx, fy, fw, half, false, nullptr};
        out.Panes[1] = ScenePane{fx, fy + half + r.Gap, fw, half, true, nullptr};
    }
    out.CameraInsets.Top = std::fmin(r.Top, out.Panes[0].H * 0.25f);
    out.CameraInsets.Bottom = below;
    out.CameraWidth = out.Panes[0].W, out.CameraHeight = out.Panes[0].H;
    return out;
}

} // namespace ng
