# Shared settings for the project's scripts: versions, cache folders and the environment
# Debian's Emscripten 3.1.6 needs. Sourced, not run.
NG_IMGUI_VERSION=1.86
NG_SDL2_VERSION=2.26.5
NG_EMSCRIPTEN_VERSION=3.1.6
NG_CACHE=${NEUROGAINS_CACHE:-${HOME:-/root}/.cache/neurogains}
NG_SRC_DIR=$NG_CACHE/src
# SDL2 for WebAssembly (scripts/sdl2-wasm): the app's (video, events, timers; for size) and the
# whole library, for the anchor page of bench/run. cmake/Dependencies.cmake and
# bench/imgui_anchor/CMakeLists.txt name the same folders.
NG_SDL2_WASM_DIR=$NG_CACHE/sdl2-$NG_SDL2_VERSION-wasm-video-minsize-em$NG_EMSCRIPTEN_VERSION
NG_SDL2_WASM_FULL_DIR=$NG_CACHE/sdl2-$NG_SDL2_VERSION-wasm-em$NG_EMSCRIPTEN_VERSION
export NEUROGAINS_CACHE=$NG_CACHE
# Emscripten: acorn lives in Debian's node modules. Its prebuilt cache in /usr/share is frozen,
# which plain builds are fine with (no ports, no new library variants).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
