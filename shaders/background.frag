// The tissue behind the stations, in world space: warm muscle connective tissue on the left,
// dark plasma-side space in the middle, cool neuropil on the right, and the dentate gyrus's
// layers (granule cells, molecular layer) at the hippocampus. Where the tissues change and the
// dentate curve come from C++ (NG_* of the prelude, src/render/world_layout.h). Cheap by design:
// it covers every pixel, also on software renderers (uDetail 0 drops the texture).
in vec2 vUv;
out vec4 fragColor;

uniform vec4 uCamera; // see NgWorldToPixels (src/render/shader.cpp)
uniform vec2 uViewport;
uniform float uDetail; // 0 flat colours, 1 textured

float Hash(vec2 p) {
    p = fract(p * vec2(0.1031, 0.1030));
    p += dot(p, p.yx + 33.33);
    return fract((p.x + p.y) * p.x);
}

float Noise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    vec2 u = f * f * (3.0 - 2.0 * f);
    return mix(mix(Hash(i), Hash(i + vec2(1.0, 0.0)), u.x), mix(Hash(i + vec2(0.0, 1.0)), Hash(i + vec2(1.0, 1.0)), u.x), u.y);
}

// Dots on a jittered grid (cell bodies): 1 inside a dot of radius r (cell units).
float Dots(vec2 p, float r) {
    vec2 i = floor(p), f = fract(p) - 0.5;
    vec2 jitter = vec2(Hash(i), Hash(i + 17.0)) - 0.5;
    return smoothstep(r, r * 0.6, length(f - jitter * 0.4));
}

float SgzY(float x) {
    float u = (x - NG_SGZ_CENTER_X) / NG_SGZ_HALF_WIDTH;
    return NG_SGZ_BOTTOM_Y + NG_SGZ_RISE * u * u;
}

void main() {
    vec2 pixel = vUv * uViewport;
    vec2 w = NgPixelsToWorld(pixel - uViewport * 0.5, uCamera);

    vec3 muscle = vec3(0.20, 0.075, 0.085);
    vec3 blood = vec3(0.105, 0.07, 0.10);
    vec3 brain = vec3(0.095, 0.095, 0.16);
    float blood_part = smoothstep(NG_MUSCLE_TO_BLOOD.x, NG_MUSCLE_TO_BLOOD.y, w.x);
    float brain_part = smoothstep(NG_BLOOD_TO_BRAIN.x, NG_BLOOD_TO_BRAIN.y, w.x);
    vec3 color = mix(mix(muscle, blood, blood_part), brain, brain_part);

    if (uDetail > 0.5) {
        // One octave of value noise; connective-tissue strands in the muscle, neuropil grain in the brain.
        float n = Noise(w * 0.11);
        color *= 0.88 + 0.2 * n;
        float muscle_part = 1.0 - blood_part;
        if (muscle_part > 0.0) color += vec3(0.025, 0.01, 0.01) * smoothstep(0.6, 0.85, Noise(vec2(w.x * 0.02, w.y * 0.35))) * muscle_part;
        if (brain_part > 0.0) color += vec3(0.02, 0.022, 0.04) * Dots(w * 0.9, 0.2) * brain_part;
    }

    // Dentate gyrus: the granule-cell layer above the SGZ, the molecular layer above it.
    float gyrus = smoothstep(NG_GYRUS_FADE_IN.x, NG_GYRUS_FADE_IN.y, w.x) *
                  (1.0 - smoothstep(NG_GYRUS_FADE_OUT.x, NG_GYRUS_FADE_OUT.y, w.x));
    float depth = w.y - SgzY(w.x);
    float top = NG_GRANULE_LAYER_DEPTH; // the granule-cell layer's top: the molecular layer begins
    float layer = smoothstep(-1.5, 0.5, depth) * (1.0 - smoothstep(top - 1.0, top + 2.0, depth));
    float molecular = smoothstep(top, top + 3.0, depth) * (1.0 - smoothstep(44.0, 60.0, depth));
    color = mix(color, vec3(0.15, 0.13, 0.23), layer * gyrus * 0.85);
    color += vec3(0.035, 0.03, 0.055) * molecular * gyrus;
    if (uDetail > 0.5 && layer * gyrus > 0.0) {
        float somata = Dots(vec2(w.x, w.y) * 0.42, 0.34);
        color = mix(color, vec3(0.2, 0.18, 0.29), somata * layer * gyrus * 0.45);
    }

    // Gentle vignette keeps the eye on the middle of the screen.
    vec2 v = vUv - 0.5;
    color *= 1.0 - 0.35 * dot(v, v);
    fragColor = vec4(color, 1.0);
}
