// Particles as instanced quads. Each instance: position, radius and a packed code
// (species + 8 * flags, alpha in the fraction).
layout(location = 0) in vec4 iParticle; // x, y, radius (world), code

uniform vec3 uCamera;
uniform vec2 uViewport;
uniform float uMinRadius; // pixels: shapes stay readable when zoomed out

out vec2 vLocal;
flat out float vCode;

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)) * 2.0 - 1.0;
    float radius = max(iParticle.z * uCamera.z, uMinRadius) * 1.6; // pixels, with room for the halo
    vec2 center = (iParticle.xy - uCamera.xy) * uCamera.z;
    gl_Position = vec4((center + corner * radius) * 2.0 / uViewport, 0.0, 1.0);
    vLocal = corner * 1.6;
    vCode = iParticle.w;
}
