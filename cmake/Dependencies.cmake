# Finds every third-party dependency, with a one-line hint on what to install when one is
# missing. All of them come from Debian 12 packages (scripts/setup installs them); Dear ImGui
# and SDL2-for-WebAssembly are compiled from Debian's source packages kept in NEUROGAINS_CACHE.

set(NG_IMGUI_VERSION 1.86)
set(NG_SDL2_VERSION 2.26.5)
if(DEFINED ENV{NEUROGAINS_CACHE})
  set(ng_default_cache $ENV{NEUROGAINS_CACHE})
else()
  set(ng_default_cache $ENV{HOME}/.cache/neurogains)
endif()
set(NG_CACHE ${ng_default_cache} CACHE PATH "Folder with the third-party sources and SDL2 for WebAssembly (scripts/setup fills it)")
# The web build's optimisation (docs/benchmarks.md, "What the page weighs", has the trade-off
# measured against frame time): one flag for every target, and link-time optimisation.
set(NG_WEB_OPT -Oz CACHE STRING "Optimisation flag of the WebAssembly build: -O2, -O3, -Os or -Oz")
option(NG_WEB_LTO "Link-time optimisation for the WebAssembly build" ON)

function(ng_require_file path what hint)
  if(NOT EXISTS "${path}")
    message(FATAL_ERROR "NeuroGains: ${what} not found (${path}). ${hint}")
  endif()
endfunction()
set(ng_setup_hint "Run scripts/setup (installs every package and fetches the sources).")

# Header-only libraries. Under Emscripten, header searches are confined to its sysroot and
# -I/usr/include would pull in glibc headers, so a folder of links to just these is used.
ng_require_file(/usr/include/glm/glm.hpp "GLM" "Install Debian's libglm-dev, or ${ng_setup_hint}")
ng_require_file(/usr/include/nlohmann/json.hpp "nlohmann/json" "Install Debian's nlohmann-json3-dev, or ${ng_setup_hint}")
if(NG_BUILD_TESTS)
  ng_require_file(/usr/include/doctest/doctest.h "doctest" "Install Debian's doctest-dev, or ${ng_setup_hint}")
endif()
set(ng_headers ${CMAKE_BINARY_DIR}/third_party_include)
file(MAKE_DIRECTORY ${ng_headers})
foreach(dir glm nlohmann doctest stb)
  if(EXISTS /usr/include/${dir} AND NOT EXISTS ${ng_headers}/${dir})
    file(CREATE_LINK /usr/include/${dir} ${ng_headers}/${dir} SYMBOLIC)
  endif()
endforeach()
add_library(ng_third_party_headers INTERFACE)
target_include_directories(ng_third_party_headers SYSTEM INTERFACE ${ng_headers})
target_compile_definitions(ng_third_party_headers INTERFACE GLM_FORCE_CXX17 GLM_FORCE_SILENT_WARNINGS)

if(NG_BUILD_APP)
  # SDL2: Debian's libsdl2-dev natively; for WebAssembly, the copy scripts/setup compiled.
  if(EMSCRIPTEN)
    set(ng_sdl2_wasm ${NG_CACHE}/sdl2-${NG_SDL2_VERSION}-wasm-video-minsize-em3.1.6) # scripts/sdl2-wasm app
    ng_require_file(${ng_sdl2_wasm}/lib/libSDL2.a "SDL2 ${NG_SDL2_VERSION} for WebAssembly" "${ng_setup_hint}")
    add_library(ng_sdl2 INTERFACE)
    target_include_directories(ng_sdl2 SYSTEM INTERFACE ${ng_sdl2_wasm}/include/SDL2)
    target_link_libraries(ng_sdl2 INTERFACE ${ng_sdl2_wasm}/lib/libSDL2.a)
  else()
    find_package(SDL2 CONFIG QUIET)
    if(NOT SDL2_FOUND)
      message(FATAL_ERROR "NeuroGains: SDL2 not found. Install Debian's libsdl2-dev, or ${ng_setup_hint}")
    endif()
    find_package(OpenGL QUIET COMPONENTS OpenGL)
    if(NOT OpenGL_OpenGL_FOUND)
      message(FATAL_ERROR "NeuroGains: OpenGL (libOpenGL, GL/glcorearb.h) not found. Install Debian's libgl-dev and libopengl-dev, or ${ng_setup_hint}")
    endif()
    add_library(ng_sdl2 INTERFACE)
    target_link_libraries(ng_sdl2 INTERFACE SDL2::SDL2 OpenGL::OpenGL)
    ng_require_file(/usr/include/stb/stb_image_write.h "stb_image_write" "Install Debian's libstb-dev, or ${ng_setup_hint}")
  endif()

  # Dear ImGui 1.86 from Debian's source package, compiled for this target.
  set(NG_IMGUI_DIR ${NG_CACHE}/src/imgui-${NG_IMGUI_VERSION})
  ng_require_file(${NG_IMGUI_DIR}/imgui.cpp "Dear ImGui ${NG_IMGUI_VERSION} source" "${ng_setup_hint}")
  add_library(imgui STATIC
    ${NG_IMGUI_DIR}/imgui.cpp ${NG_IMGUI_DIR}/imgui_draw.cpp ${NG_IMGUI_DIR}/imgui_tables.cpp
    ${NG_IMGUI_DIR}/imgui_widgets.cpp
    ${NG_IMGUI_DIR}/backends/imgui_impl_sdl.cpp ${NG_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_include_directories(imgui SYSTEM PUBLIC ${NG_IMGUI_DIR} ${NG_IMGUI_DIR}/backends)
  target_link_libraries(imgui PUBLIC ng_sdl2)
  target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
  if(EMSCRIPTEN)
    target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_FILE_FUNCTIONS)
    target_compile_options(imgui PRIVATE ${NG_WEB_OPT} $<$<BOOL:${NG_WEB_LTO}>:-flto>)
  endif()
endif()
