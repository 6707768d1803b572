// Each species' outline (model/species.h, through kNgSpeciesShape of the prelude), drawn as a
// distance field with a dark halo so it reads on any background; in a vesicle it sits inside a
// pale membrane ring. POINTS: drawn as GL_POINTS, with a fixed edge width instead of derivatives
// (software renderers).
in vec2 vLocal; // -1.6..1.6 across the quad (unused with points)
flat in float vCode;

uniform vec3 uColors[NG_SPECIES_COUNT];

out vec4 fragColor;

// shape: outline, corners, first corner clockwise from straight up (radians), radius.
float Shape(vec4 shape, vec2 p) {
    int outline = int(shape.x + 0.5);
    float corners = shape.y, radius = shape.w;
    float a = atan(p.x, p.y) - shape.z; // clockwise from the first corner
    if (outline == NG_OUTLINE_POLYGON) {
        float slice = 6.2831853 / corners;
        float b = a - 0.5 * slice; // the edges' normals lie between the corners
        return cos(floor(0.5 + b / slice) * slice - b) * length(p) - radius * cos(0.5 * slice);
    }
    if (outline == NG_OUTLINE_CROSS) {
        vec2 q = abs(p);
        float w = radius * NG_CROSS_WIDTH;
        return min(max(q.x - radius, q.y - w), max(q.x - w, q.y - radius));
    }
    if (outline == NG_OUTLINE_STAR)
        return length(p) - radius * (1.0 - NG_STAR_DEPTH + NG_STAR_DEPTH * cos(corners * a));
    return length(p) - radius; // NG_OUTLINE_CIRCLE
}

void main() {
#ifdef POINTS
    vec2 p = (gl_PointCoord * 2.0 - 1.0) * vec2(1.6, -1.6);
    float aa = 0.12;
#else
    vec2 p = vLocal;
    float aa = fwidth(p.x) * 1.3;
#endif
    float code = vCode;
    float alpha = fract(code) / 0.99;
    int bits = int(floor(code));
    bool vesicle = bits >= NG_VESICLE_CODE;
    int species = vesicle ? bits - NG_VESICLE_CODE : bits;

    vec2 q = vesicle ? p * 1.45 : p;
    float d = Shape(kNgSpeciesShape[species], q);
    vec3 color = uColors[species];
    float body = clamp(0.5 - d / aa, 0.0, 1.0);
    float halo = clamp(0.5 - (d - 0.28) / aa, 0.0, 1.0);
    // Highlight towards the upper left for a little volume.
    vec3 lit = color * (0.85 + 0.35 * clamp(0.6 - dot(q, vec2(0.5, -0.5)) * 0.4, 0.0, 1.0));
    vec4 outc = vec4(lit * body, body) + vec4(0.02, 0.02, 0.03, 0.75) * halo * (1.0 - body);
    if (vesicle) {
        float ring = abs(length(p) - 1.3) - 0.12;
        float membrane = clamp(0.5 - ring / aa, 0.0, 1.0);
        float inside = clamp(0.5 - (length(p) - 1.3) / aa, 0.0, 1.0);
        outc = outc + vec4(0.45, 0.5, 0.6, 1.0) * 0.25 * inside * (1.0 - outc.a);
        outc = mix(outc, vec4(0.85, 0.9, 1.0, 1.0), membrane * 0.9);
    }
    fragColor = outc * alpha;
}
