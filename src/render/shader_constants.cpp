#include "shader_constants.h"
#include "model/species.h"
#include "particle_system.h"
#include "shape_list.h"
#include "world_layout.h"
#include <cstdio>
#include <cstring>

namespace ng {

static const char* ShapeKindName(ShapeKind kind) {
    switch (kind) {
    case ShapeKind::Ellipse:
        return "ELLIPSE";
    case ShapeKind::Capsule:
        return "CAPSULE";
    case ShapeKind::Glow:
        return "GLOW";
    case ShapeKind::Ring:
        return "RING";
    case ShapeKind::RoundBox:
        return "ROUND_BOX";
    case ShapeKind::Blob:
        return "BLOB";
    case ShapeKind::RedCell:
        return "RED_CELL";
    case ShapeKind::Cell:
        return "CELL";
    case ShapeKind::Segment:
        return "SEGMENT";
    case ShapeKind::Mitosis:
        return "MITOSIS";
    case ShapeKind::Fibre:
        return "FIBRE";
    case ShapeKind::Count:
        break;
    }
    return "";
}

static const char* OutlineName(ParticleOutline outline) {
    switch (outline) {
    case ParticleOutline::Circle:
        return "CIRCLE";
    case ParticleOutline::Polygon:
        return "POLYGON";
    case ParticleOutline::Cross:
        return "CROSS";
    case ParticleOutline::Star:
        return "STAR";
    case ParticleOutline::Count:
        break;
    }
    return "";
}

// A GLSL float literal: always with a point, negative ones in parentheses (so "x-NG_A" stays a
// subtraction).
static std::string Float(float value) {
    char text[32];
    std::snprintf(text, sizeof(text), "%.7g", value);
    std::string out = text;
    if (!std::strpbrk(text, ".e")) out += ".0";
    return value < 0.0f ? "(" + out + ")" : out;
}

static void Define(std::string* out, const std::string& name, const std::string& value) {
    *out += "#define " + name + " " + value + "\n";
}

static std::string Span(WorldSpan span) {
    return "vec2(" + Float(span.From) + ", " + Float(span.To) + ")";
}

static std::string Build() {
    std::string out = "// Generated from C++ (src/render/shader_constants.cpp).\n";
    for (int k = 0; k < (int)ShapeKind::Count; k++)
        Define(&out, std::string("NG_SHAPE_") + ShapeKindName((ShapeKind)k), std::to_string(k));

    // Particles: the code packs the species and kVesicleCode; each species' outline as
    // vec4(outline, corners, first corner clockwise from up in radians, radius).
    Define(&out, "NG_SPECIES_COUNT", std::to_string(kSpeciesCount));
    Define(&out, "NG_VESICLE_CODE", std::to_string(ParticleSystem::kVesicleCode));
    for (int o = 0; o < (int)ParticleOutline::Count; o++)
        Define(&out, std::string("NG_OUTLINE_") + OutlineName((ParticleOutline)o), std::to_string(o));
    Define(&out, "NG_STAR_DEPTH", Float(kStarDepth));
    Define(&out, "NG_CROSS_WIDTH", Float(kCrossWidth));
    out += "const vec4 kNgSpeciesShape[NG_SPECIES_COUNT] = vec4[NG_SPECIES_COUNT](\n";
    for (int s = 0; s < kSpeciesCount; s++) {
        ParticleLook look = GetSpeciesInfo(s).Look;
        out += "    vec4(" + Float((float)(int)look.Outline) + ", " + Float((float)look.Corners) + ", " +
               Float(look.Turn * 3.14159265f / 180.0f) + ", " + Float(look.Radius) + ")";
        out += std::string(s + 1 < kSpeciesCount ? "," : ");") + " // " + GetSpeciesInfo(s).Name + "\n";
    }

    // The scene's world.
    Define(&out, "NG_MUSCLE_TO_BLOOD", Span(kMuscleToBlood));
    Define(&out, "NG_BLOOD_TO_BRAIN", Span(kBloodToBrain));
    Define(&out, "NG_GYRUS_FADE_IN", Span(kGyrusFadeIn));
    Define(&out, "NG_GYRUS_FADE_OUT", Span(kGyrusFadeOut));
    Define(&out, "NG_SGZ_CENTER_X", Float(kSgzCenterX));
    Define(&out, "NG_SGZ_HALF_WIDTH", Float(kSgzHalfWidth));
    Define(&out, "NG_SGZ_BOTTOM_Y", Float(kSgzBottomY));
    Define(&out, "NG_SGZ_RISE", Float(kSgzRise));
    Define(&out, "NG_GRANULE_LAYER_DEPTH", Float(kGranuleLayerDepth));
    Define(&out, "NG_FLOW_STREAK_FREQUENCY", Float(kFlowStreakFrequency));
    Define(&out, "NG_FLOW_STREAK_CYCLES", Float(kFlowStreakCycles));
    return out;
}

const std::string& ShaderConstants() {
    static const std::string text = Build();
    return text;
}

} // namespace ng
