// Particles as GL_POINTS (the software-renderer fallback): same data as particle.vert.
layout(location = 0) in vec4 iParticle;

uniform vec3 uCamera;
uniform vec2 uViewport;
uniform float uMinRadius;
uniform float uMaxPointSize;

out vec2 vLocal; // unused: the fragment shader reads gl_PointCoord
flat out float vCode;

void main() {
    float radius = max(iParticle.z * uCamera.z, uMinRadius) * 1.6;
    gl_Position = vec4((iParticle.xy - uCamera.xy) * uCamera.z * 2.0 / uViewport, 0.0, 1.0);
    gl_PointSize = min(radius * 2.0, uMaxPointSize);
    vLocal = vec2(0.0);
    vCode = iParticle.w;
}
