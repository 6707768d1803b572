#include "render_target.h"

namespace ng {

bool RenderTarget::Resize(int width, int height) {
    if (width < 1) width = 1;
    if (height < 1) height = 1;
    if (Fbo && width == W && height == H) return true;
    Shutdown();
    glGenTextures(1, &Texture);
    glBindTexture(GL_TEXTURE_2D, Texture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
    glGenFramebuffers(1, &Fbo);
    glBindFramebuffer(GL_FRAMEBUFFER, Fbo);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, Texture, 0);
    bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (!complete) {
        Shutdown();
        return false;
    }
    W = width, H = height;
    return true;
}

void RenderTarget::Shutdown() {
    if (Fbo) glDeleteFramebuffers(1, &Fbo);
    if (Texture) glDeleteTextures(1, &Texture);
    Fbo = Texture = 0;
    W = H = 0;
}

void CopyPixels(GLuint from, int fx, int fy, int fw, int fh, GLuint to, int tx, int ty, int tw, int th) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, from);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, to);
    GLenum filter = fw == tw && fh == th ? GL_NEAREST : GL_LINEAR;
    glBlitFramebuffer(fx, fy, fx + fw, fy + fh, tx, ty, tx + tw, ty + th, GL_COLOR_BUFFER_BIT, filter);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, to);
}

} // namespace ng
