// A vessel cut open along its length: the far wall seen through the plasma (shaded like the
// inside of a tube), the wall in section with its endothelial lining, soft outer edge.
in vec2 vAcross;
in float vX;
out vec4 fragColor;

uniform float uFlowPhase; // 0..1, advances with the flow (VesselFlowPhase(), src/render/world_layout.h)
uniform float uSimple;    // 1: flat shading for software renderers

void main() {
    float a = abs(vAcross.x);
    float lumen_edge = vAcross.y;
    float aa = fwidth(vAcross.x) * 1.2;

    // Lumen: darker at the sides where we look along the curved far wall.
    float r = clamp(a / lumen_edge, 0.0, 1.0);
    float depth = sqrt(1.0 - r * r);
    vec3 lumen = vec3(0.30, 0.035, 0.06) * (0.55 + 0.55 * depth);
    if (uSimple < 0.5) {
        float along = vX * NG_FLOW_STREAK_FREQUENCY - uFlowPhase * 6.2831853 * NG_FLOW_STREAK_CYCLES;
        float streak = 0.5 + 0.5 * sin(along + vAcross.x * 3.0);
        lumen += vec3(0.04, 0.005, 0.01) * streak * depth;
    }

    // Wall: endothelial lining (bright, thin), then the pinkish wall, lit from above.
    float w = clamp((a - lumen_edge) / max(1.0 - lumen_edge, 1e-3), 0.0, 1.0);
    float top = vAcross.x > 0.0 ? 1.0 : 0.0;
    vec3 wall = mix(vec3(0.86, 0.55, 0.58), vec3(0.55, 0.28, 0.33), w);
    wall *= 0.8 + 0.3 * top * (1.0 - w);
    wall = mix(vec3(1.0, 0.8, 0.78), wall, smoothstep(0.0, 0.22, w));

    vec3 color = mix(lumen, wall, smoothstep(lumen_edge - aa, lumen_edge + aa, a));
    float alpha = 1.0 - smoothstep(1.0 - aa * 2.0, 1.0, a);
    fragColor = vec4(color * alpha, alpha);
}
