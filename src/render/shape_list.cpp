#include "shape_list.h"
#include <cmath>

namespace ng {

static uint8_t ToByte(float v) {
    return (uint8_t)(v <= 0.0f ? 0 : v >= 1.0f ? 255 : (int)(v * 255.0f + 0.5f));
}

ShapeInstance& ShapeList::Add(ShapeKind kind, float x, float y, float half_w, float half_h, Rgba color,
                              float angle) {
    ShapeInstance s = {};
    s.X = x, s.Y = y, s.HalfW = half_w, s.HalfH = half_h;
    s.Angle = angle;
    s.Kind = (float)kind;
    s.Color[0] = ToByte(color.R), s.Color[1] = ToByte(color.G), s.Color[2] = ToByte(color.B);
    s.Color[3] = ToByte(color.A);
    s.Margin = 0.15f * (half_w < half_h ? half_w : half_h) + 0.6f;
    Shapes.push_back(s);
    return Shapes.back();
}

void ShapeList::Ellipse(float x, float y, float rx, float ry, Rgba color, float angle) {
    Add(ShapeKind::Ellipse, x, y, rx, ry, color, angle);
}

void ShapeList::Glow(float x, float y, float radius, Rgba color) {
    ShapeInstance& s = Add(ShapeKind::Glow, x, y, radius, radius, color);
    s.Margin = 0.0f;
}

void ShapeList::Segment(float x0, float y0, float x1, float y1, float r0, float r1, Rgba color) {
    float dx = x1 - x0, dy = y1 - y0;
    float half = 0.5f * std::sqrt(dx * dx + dy * dy);
    if (half < 1e-4f || r0 <= 0.0f) return;
    ShapeInstance& s =
        Add(ShapeKind::Segment, (x0 + x1) * 0.5f, (y0 + y1) * 0.5f, half, r0, color, std::atan2(dy, dx));
    s.P0 = r1 / r0;
    s.Margin = r0 + 0.6f;
}

} // namespace ng
