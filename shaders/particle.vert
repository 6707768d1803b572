// Particles as instanced quads, or with POINTS as GL_POINTS (the software-renderer fallback)
// from the same data. Each particle: position, radius and a packed code (species, plus
// NG_VESICLE_CODE in a vesicle; alpha in the fraction).
layout(location = 0) in vec4 iParticle; // x, y, radius (world), code

uniform vec4 uCamera; // see NgWorldToPixels (src/render/shader.cpp)
uniform vec2 uViewport;
uniform float uMinRadius; // pixels: shapes stay readable when zoomed out
uniform float uMaxPointSize;

out vec2 vLocal; // -1.6..1.6 across the quad (points: the fragment shader reads gl_PointCoord)
flat out float vCode;

void main() {
    float radius = max(iParticle.z * uCamera.z, uMinRadius) * 1.6; // pixels, with room for the halo
    vec2 center = NgWorldToPixels(iParticle.xy, uCamera);
#ifdef POINTS
    gl_Position = vec4(center * 2.0 / uViewport, 0.0, 1.0);
    gl_PointSize = min(radius * 2.0, uMaxPointSize);
    vLocal = vec2(0.0);
#else
    vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
    gl_Position = vec4((center + corner * radius) * 2.0 / uViewport, 0.0, 1.0);
    vLocal = corner * 1.6;
#endif
    vCode = iParticle.w;
}
