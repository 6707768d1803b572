# Warnings, sanitizers and Emscripten flags shared by every target of the project.

add_library(ng_flags INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(ng_flags INTERFACE -Wall -Wextra)
endif()
if(NG_SANITIZE)
  target_compile_options(ng_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(ng_flags INTERFACE -fsanitize=address,undefined)
endif()

if(NG_BUILD_FUZZERS)
  # Coverage instrumentation for every library the fuzz targets link (tests/fuzz adds the driver).
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

if(EMSCRIPTEN)
  # NG_WEB_OPT and NG_WEB_LTO (cmake/Dependencies.cmake) for every target, Dear ImGui's included;
  # the app target adds its size and WebGL flags (src/app/CMakeLists.txt).
  target_compile_options(ng_flags INTERFACE ${NG_WEB_OPT} $<$<BOOL:${NG_WEB_LTO}>:-flto>)
  target_link_options(ng_flags INTERFACE ${NG_WEB_OPT} $<$<BOOL:${NG_WEB_LTO}>:-flto> -sALLOW_MEMORY_GROWTH=1)
endif()

# Node runs the WebAssembly test binaries (Emscripten 3.1.6 under node >= 18 needs fetch off).
if(EMSCRIPTEN)
  find_program(NG_NODE node REQUIRED)
  set(NG_WASM_TEST_RUNNER ${NG_NODE} --no-experimental-fetch)
endif()
