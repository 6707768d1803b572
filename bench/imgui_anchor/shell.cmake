# cmake -DIN=shell_minimal.html -DSITE=dir -P shell.cmake: the example's shell as index.html +
# shell.css + shell.js. The project's server sends a Content-Security-Policy without inline scripts
# or styles, so the shell's inline <style> and <script> move to files; {{{ SCRIPT }}} becomes the
# tag emcc would write.
file(READ "${IN}" html)
string(REGEX MATCH "<style>(.*)</style>" style "${html}")
set(css "${CMAKE_MATCH_1}")
string(REGEX MATCH "<script type='text/javascript'>(.*)</script>[ \n]*{{{ SCRIPT }}}" script "${html}")
set(js "${CMAKE_MATCH_1}")
if(NOT style OR NOT script)
  message(FATAL_ERROR "shell.cmake: unexpected shell ${IN}")
endif()
file(WRITE "${SITE}/shell.css" "${css}")
file(WRITE "${SITE}/shell.js" "${js}")
string(REPLACE "${style}" "<link rel=\"stylesheet\" href=\"shell.css\">" html "${html}")
string(REPLACE "${script}" "<script src=\"shell.js\"></script>\n    <script async type=\"text/javascript\" src=\"index.js\"></script>" html "${html}")
string(REPLACE " oncontextmenu=\"event.preventDefault()\"" "" html "${html}")
file(WRITE "${SITE}/index.html" "${html}")
