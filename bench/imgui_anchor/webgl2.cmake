# cmake -DIN=main.cpp -DOUT=main_webgl2.cpp -P webgl2.cmake: the example's WebGL 2 variant.
file(READ "${IN}" text)
foreach(pair "const char* glsl_version = \"#version 100\";|const char* glsl_version = \"#version 300 es\";"
             "SDL_GL_CONTEXT_MAJOR_VERSION, 2)|SDL_GL_CONTEXT_MAJOR_VERSION, 3)")
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 from)
  list(GET pair 1 to)
  string(FIND "${text}" "${from}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "webgl2.cmake: '${from}' not found in ${IN}")
  endif()
  string(REPLACE "${from}" "${to}" text "${text}")
endforeach()
file(WRITE "${OUT}" "${text}")
