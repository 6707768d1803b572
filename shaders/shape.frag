// Signed-distance shapes with soft "medical illustration" lighting: each shape is a low dome
// lit from the upper left, with a rim, a soft specular and an optional drop shadow. Output is
// premultiplied alpha: glows write alpha 0 and so add light. Built twice: FLAT_SHADING (software
// renderers) keeps the rim and drops the lighting from derivatives, which costs SwiftShader as
// much as the rest of the shader even behind a uniform switch. Kinds: NG_SHAPE_* of the prelude
// (ShapeKind, src/render/shape_list.h).
// DRAWN_KINDS (a bit per kind) limits a program to some kinds: the others' code is compiled out, as
// a software renderer runs every branch a pixel might take (ShapeRenderer draws each run of
// shapes with the program for its kinds). ONLY_KIND: a program for a single kind.
#ifndef DRAWN_KINDS
#define DRAWN_KINDS 0xFFFF
#endif
#define IS(K) ((((DRAWN_KINDS) >> (K)) & 1) != 0 && kind == (K))

in vec2 vLocal;
in vec4 vColor;
flat in vec4 vParam;
flat in vec4 vExtra;
flat in vec2 vHalf;
flat in vec2 vShadow;

uniform vec4 uCamera; // see NgWorldToPixels (src/render/shader.cpp)

out vec4 fragColor;

float Ellipse(vec2 p, vec2 h) {
    // First-order distance: (k - 1) / |grad k|, good near the outline.
    float k = length(p / h);
    if (k < 1e-3) return -min(h.x, h.y);
    return (k - 1.0) * k / length(p / (h * h));
}

float Capsule(vec2 p, vec2 h) {
    float r = h.y;
    return length(vec2(max(abs(p.x) - (h.x - r), 0.0), p.y)) - r;
}

float RoundBox(vec2 p, vec2 h, float r) {
    vec2 q = abs(p) - h + vec2(r);
    return length(max(q, vec2(0.0))) + min(max(q.x, q.y), 0.0) - r;
}

// A segment along x from -h.x to +h.x, radius h.y tapering to h.y * taper.
float Segment(vec2 p, vec2 h, float taper) {
    float t = clamp((p.x + h.x) / (2.0 * h.x), 0.0, 1.0);
    vec2 q = vec2(p.x - clamp(p.x, -h.x, h.x), p.y);
    return length(q) - h.y * mix(1.0, taper, t);
}

float Blob(vec2 p, vec2 h, float wobble, float seed) {
    float a = atan(p.y, p.x);
    float k = 1.0 + wobble * (0.6 * sin(3.0 * a + seed) + 0.4 * sin(5.0 * a + 2.3 * seed));
    return (length(p / h) - k) * min(h.x, h.y);
}

float SmoothMin(float a, float b, float k) {
    float h = clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0);
    return mix(b, a, h) - k * h * (1.0 - h);
}

// Mitosis: p0 = phase 0..1 (round -> elongated -> pinched -> two cells).
float Mitosis(vec2 p, vec2 h, float phase) {
    float r = h.y;
    float sep = smoothstep(0.25, 1.0, phase) * (h.x - r);
    float neck = mix(r * 1.2, 0.0, smoothstep(0.45, 0.9, phase));
    float a = length(p - vec2(-sep, 0.0)) - r;
    float b = length(p - vec2(sep, 0.0)) - r;
    return SmoothMin(a, b, neck + 0.01);
}

float ShapeDistance(int kind, vec2 p) {
    vec2 h = vHalf;
    if (IS(NG_SHAPE_CAPSULE) || IS(NG_SHAPE_FIBRE)) return Capsule(p, h);
    if (IS(NG_SHAPE_RING)) return abs(Ellipse(p, h)) - vParam.z;
    if (IS(NG_SHAPE_ROUND_BOX)) return RoundBox(p, h, vParam.z);
    if (IS(NG_SHAPE_BLOB)) return Blob(p, h, vParam.z, vParam.w);
    if (IS(NG_SHAPE_SEGMENT)) return Segment(p, h, vParam.z);
    if (IS(NG_SHAPE_MITOSIS)) return Mitosis(p, h, vParam.z);
    return Ellipse(p, h);
}

// Sarcomere banding along a fibre: p0 = sarcomere length, p1 = A-band length, p2 = damage,
// p3 = damage centre (local x). Thin filaments reach 0.42 of the resting length from each Z-line.
vec3 FibreColor(vec2 p, vec3 base) {
    float length_s = vParam.z;
    float a_band = vParam.w;
    float damage = vExtra.x;
    float near_damage = damage * smoothstep(9.0, 2.0, abs(p.x - vExtra.y));
    float x = p.x + vHalf.x + near_damage * 1.2 * sin(p.y * 2.1 + p.x * 0.7);
    float w = abs(fract(x / length_s) - 0.5) * length_s; // distance from the sarcomere centre
    float from_z = length_s * 0.5 - w;
    float actin = a_band * 0.62;
    bool in_a = w < a_band * 0.5;
    bool overlap = in_a && from_z < actin;
    float shade = 1.0;
    if (in_a) shade = overlap ? 0.62 : 0.74; // A band; darkest where filaments overlap
    else shade = 1.08;                         // I band
    shade = mix(shade, 0.38, smoothstep(0.16, 0.04, from_z)); // Z-line
    shade = mix(shade, 0.95, near_damage * 0.75);              // disrupted striation
    float myofibril = 0.94 + 0.06 * sin(p.y * 9.0);
    vec3 color = base * shade * myofibril;
    return mix(color, vec3(0.55, 0.18, 0.16), near_damage * 0.35);
}

void main() {
#ifdef ONLY_KIND
    const int kind = ONLY_KIND;
#else
    int kind = int(vParam.y + 0.5);
#endif
    vec2 p = vLocal;
    float pixel = 1.0 / uCamera.z;

    if (IS(NG_SHAPE_GLOW)) {
        float r = length(p / vHalf);
        float g = exp(-3.0 * r * r) * vColor.a;
        fragColor = vec4(vColor.rgb * g, 0.0);
        return;
    }

    float d = ShapeDistance(kind, p);
    bool shadowed = vShadow.x != 0.0 || vShadow.y != 0.0;
#ifdef FLAT_SHADING
    if (d > pixel * 0.6 && !shadowed) discard; // outside the shape (the lit variant needs its derivatives)
#endif
    float coverage = clamp(0.5 - d / (pixel * 1.2), 0.0, 1.0) * vColor.a;

    // Dome lighting from the distance field (a plain rim with FLAT_SHADING).
    float bevel = max(min(vHalf.x, vHalf.y) * 0.8, pixel);
    if (IS(NG_SHAPE_RING)) bevel = max(vParam.z, pixel);
    float t = clamp(-d / bevel, 0.0, 1.0);
    float diffuse = 0.55 + 0.45 * t;
    float specular = 0.0;
#ifndef FLAT_SHADING
    {
        vec2 g = vec2(dFdx(d), dFdy(d));
        g = g / max(length(g), 1e-5);
        float slope = 1.0 - t;
        vec3 n = normalize(vec3(g * slope * 1.4, 0.35 + t));
        vec3 light = normalize(vec3(-0.45, 0.55, 0.7));
        diffuse = max(dot(n, light), 0.0);
        specular = pow(max(dot(n, normalize(light + vec3(0.0, 0.0, 1.0))), 0.0), 28.0);
    }
#endif

    vec3 base = vColor.rgb;
    if (IS(NG_SHAPE_FIBRE)) base = FibreColor(p, base);
    if (IS(NG_SHAPE_RED_CELL)) base *= 1.0 - 0.35 * smoothstep(0.75, 0.15, length(p / vHalf)); // central pallor
    if (IS(NG_SHAPE_CELL) || IS(NG_SHAPE_MITOSIS)) {
        // Nucleus: darker, offset slightly; in mitosis condensed chromosomes at the plate.
        vec2 q = p / vHalf;
        if (IS(NG_SHAPE_CELL)) {
            float nucleus = smoothstep(vParam.z + 0.06, vParam.z - 0.06, length(q - vec2(0.08, -0.05)));
            base = mix(base, base * vec3(0.45, 0.4, 0.62) * vExtra.x, nucleus);
        } else {
            float phase = vParam.z;
            float sep = smoothstep(0.3, 0.7, phase) * (vHalf.x - vHalf.y) * 0.9;
            float plate = min(abs(p.x - sep), abs(p.x + sep));
            float chromosomes = smoothstep(0.55, 0.2, plate) * smoothstep(vHalf.y * 0.75, vHalf.y * 0.5, abs(p.y));
            base = mix(base, vec3(0.32, 0.2, 0.45), chromosomes * 0.9);
        }
    }
    vec3 color = base * (0.42 + 0.72 * diffuse) * (0.72 + 0.28 * sqrt(t)) + vec3(specular * 0.22);
    color += base * vExtra.z; // emission (a cell lighting up)
    vec4 shape = vec4(color * coverage, coverage);

    // Soft drop shadow behind the shape.
    if (shadowed) {
        float ds = ShapeDistance(kind, p - vShadow);
        float shadow = (1.0 - smoothstep(-bevel * 0.5, bevel * 0.9 + pixel, ds)) * 0.38 * vColor.a;
        shape.a = shape.a + shadow * (1.0 - shape.a);
    }
    fragColor = shape;
}
