// One include for OpenGL on both targets: OpenGL 3.3 core natively (functions exported by
// libOpenGL), OpenGL ES 3.0 = WebGL2 on the web. Code is written against the common subset.
#pragma once
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#define GL_GLEXT_PROTOTYPES 1
#include <GL/glcorearb.h>
#endif
