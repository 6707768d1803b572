// An off-screen colour target (framebuffer + RGBA8 texture) and the copy from one framebuffer
// to another. The scene draws into one at a reduced render scale and copies it up with linear
// filtering, and keeps the tissue background in another, redrawn only when the camera or the
// size changes (docs/benchmarks.md: what each costs on a software renderer).
#pragma once
#include "gl.h"

namespace ng {

class RenderTarget {
public:
    // Makes the target width x height (re-created only when the size changes); false if the
    // framebuffer is incomplete (the caller then draws without it).
    bool Resize(int width, int height);
    void Shutdown();
    GLuint Framebuffer() const { return Fbo; }
    int Width() const { return W; }
    int Height() const { return H; }

private:
    GLuint Fbo = 0, Texture = 0;
    int W = 0, H = 0;
};

// Copies a rectangle of one framebuffer (0: the screen) into a rectangle of another, scaled
// with linear filtering when the sizes differ. Rectangles in GL pixels (rows from the bottom).
void CopyPixels(GLuint from, int fx, int fy, int fw, int fh, GLuint to, int tx, int ty, int tw, int th);

} // namespace ng
