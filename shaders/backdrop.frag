// The scene's backdrop: tissue-coloured gradient, a blood vessel crossing the frame with flowing
// red cells, and the muscle end glowing with each contraction.
in vec2 vUv;
out vec4 fragColor;

uniform vec2 uResolution;
uniform float uTime;
uniform float uContraction; // 0..1: force of the current repetition

float Hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }

void main() {
    vec2 p = vUv;
    float aspect = uResolution.x / max(uResolution.y, 1.0);
    vec3 color = mix(vec3(0.07, 0.06, 0.10), vec3(0.13, 0.08, 0.12), p.y);

    // Vessel: a horizontal band with a soft wall.
    float center = 0.5 + 0.03 * sin(p.x * 6.0);
    float d = abs(p.y - center);
    float wall = smoothstep(0.11, 0.10, d) - smoothstep(0.095, 0.085, d);
    float lumen = smoothstep(0.09, 0.08, d);
    color = mix(color, vec3(0.35, 0.05, 0.07), lumen * 0.8);
    color += vec3(0.55, 0.25, 0.28) * wall;

    // Red cells riding the flow.
    vec2 cell = vec2((p.x * aspect - uTime * 0.05) * 14.0, (p.y - center) * 14.0 / 0.16 * 0.2);
    vec2 id = floor(cell);
    vec2 f = fract(cell) - 0.5;
    float present = step(0.45, Hash(id));
    float disc = smoothstep(0.32, 0.25, length(f * vec2(1.0, 1.6)));
    color = mix(color, vec3(0.78, 0.12, 0.14), disc * present * lumen);

    // Muscle end: glows with the force of each repetition.
    float muscle = smoothstep(0.3, 0.0, p.x);
    color += vec3(0.9, 0.45, 0.2) * muscle * (0.15 + 0.6 * uContraction);

    fragColor = vec4(color, 1.0);
}
