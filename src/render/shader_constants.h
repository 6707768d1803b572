// The numbers the shaders share with C++, written as GLSL from the C++ that owns them, for the
// prelude of every shader (shader.cpp): the shape kinds (shape_list.h), the species' count and
// outlines (model/species.h) and their packing in the particle code (particle_system.h), the
// tissue spans, the dentate curve and the flow's streaks (world_layout.h). No GL: tests/render
// reads the text.
#pragma once
#include <string>

namespace ng {

const std::string& ShaderConstants();

} // namespace ng
