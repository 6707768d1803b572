// One shape per species (scene_species.h), drawn as a distance field with a dark halo so it
// reads on any background; in a vesicle it sits inside a pale membrane ring. POINTS: drawn as
// GL_POINTS, with a fixed edge width instead of derivatives (software renderers).
in vec2 vLocal; // -1.6..1.6 across the quad (unused with points)
flat in float vCode;

uniform vec3 uColors[7];

out vec4 fragColor;

float Polygon(vec2 p, float sides, float rotation) {
    float a = atan(p.x, p.y) + rotation;
    float slice = 6.2831853 / sides;
    return cos(floor(0.5 + a / slice) * slice - a) * length(p);
}

float Shape(int species, vec2 p) {
    if (species == 0) return length(p) - 0.8;                          // BDNF: circle
    if (species == 1) return Polygon(p + vec2(0.0, 0.18), 3.0, 0.0) - 0.5; // IGF-1: triangle
    if (species == 2) return abs(p.x) + abs(p.y) - 0.95;               // VEGF: diamond
    if (species == 3) return max(abs(p.x), abs(p.y)) - 0.68;           // lactate: square
    if (species == 4) return Polygon(p, 6.0, 0.5236) - 0.74;           // cortisol: hexagon
    if (species == 5) {                                                // IL-6: cross
        vec2 q = abs(p);
        return min(max(q.x - 0.9, q.y - 0.3), max(q.x - 0.3, q.y - 0.9));
    }
    float a = atan(p.y, p.x);                                          // cytokines: star
    return length(p) - (0.62 + 0.34 * cos(5.0 * a));
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
    int species = bits - (bits / 8) * 8;
    bool vesicle = (bits / 8) - (bits / 16) * 2 == 1;

    vec2 q = vesicle ? p * 1.45 : p;
    float d = Shape(species, q);
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
