// 2-D shapes (cells, fibres, membranes, glows): one quad per shape (its four vertices carry the
// same attributes; gl_VertexID picks the corner), expanded by a margin for soft edges, shadows
// and glow; the fragment shader draws the shape's distance field.
layout(location = 0) in vec4 iRect;  // centre x, y; half width, half height (world units)
layout(location = 1) in vec4 iParam; // rotation (radians), kind, p0, p1
layout(location = 2) in vec4 iColor; // base colour, alpha
layout(location = 3) in vec4 iExtra; // p2, p3, emission, margin

uniform vec4 uCamera;   // world x, y at the viewport centre; pixels per world unit; portrait
uniform vec2 uViewport; // pixels
uniform vec2 uShadow;   // shadow offset, world units (0 = no shadows)

out vec2 vLocal;
out vec4 vColor;
flat out vec4 vParam;
flat out vec4 vExtra;
flat out vec2 vHalf;
flat out vec2 vShadow;

void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float((gl_VertexID >> 1) & 1)) * 2.0 - 1.0;
    vec2 local = corner * (iRect.zw + vec2(iExtra.w));
    float c = cos(iParam.x), s = sin(iParam.x);
    vec2 world = iRect.xy + vec2(c * local.x - s * local.y, s * local.x + c * local.y);
    gl_Position = vec4(NgWorldToPixels(world, uCamera) * 2.0 / uViewport, 0.0, 1.0);
    vLocal = local;
    vColor = iColor;
    vParam = iParam;
    vExtra = iExtra;
    vHalf = iRect.zw;
    vShadow = vec2(c * uShadow.x + s * uShadow.y, -s * uShadow.x + c * uShadow.y); // into the shape's frame
}
