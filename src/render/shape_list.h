// A list of 2-D signed-distance shapes (cells, fibres, membranes, glows) for shaders/shape.*:
// the stations append them in painter's order; ShapeRenderer uploads and draws them in one
// call. Pure C++ (no GL), so the stations can be tested.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ng {

// shaders/shape.frag sees them as NG_SHAPE_<NAME> (shader_constants.cpp).
enum class ShapeKind {
    Ellipse,
    Capsule,
    Glow,
    Ring,
    RoundBox,
    Blob,
    RedCell,
    Cell,
    Segment,
    Mitosis,
    Fibre,
    Count
};

struct ShapeInstance {
    float X, Y, HalfW, HalfH;  // world units
    float Angle, Kind, P0, P1; // radians; ShapeKind; kind parameters (see shape.frag)
    uint8_t Color[4];          // 0..255, alpha
    float P2, P3, Emission, Margin;
};

struct Rgba {
    float R, G, B, A;
};

class ShapeList {
public:
    void Clear() { Shapes.clear(); }
    size_t Count() const { return Shapes.size(); }
    const std::vector<ShapeInstance>& Instances() const { return Shapes; }

    ShapeInstance& Add(ShapeKind kind, float x, float y, float half_w, float half_h, Rgba color,
                       float angle = 0.0f);
    void Ellipse(float x, float y, float rx, float ry, Rgba color, float angle = 0.0f);
    void Glow(float x, float y, float radius, Rgba color); // additive light; alpha = strength
    // A tapered segment from (x0, y0) to (x1, y1), radius r0 at the start, r1 at the end.
    void Segment(float x0, float y0, float x1, float y1, float r0, float r1, Rgba color);

private:
    std::vector<ShapeInstance> Shapes;
};

} // namespace ng
