// The blood vessel as a strip along its centre line (built once on the CPU).
layout(location = 0) in vec2 aPosition; // world
layout(location = 1) in vec2 aAcross;   // -1..1 across the strip; lumen edge as a fraction

uniform vec4 uCamera; // see NgWorldToPixels (src/render/shader.cpp)
uniform vec2 uViewport;

out vec2 vAcross;
out float vX;

void main() {
    gl_Position = vec4(NgWorldToPixels(aPosition, uCamera) * 2.0 / uViewport, 0.0, 1.0);
    vAcross = aAcross;
    vX = aPosition.x;
}
