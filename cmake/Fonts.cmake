# The UI fonts: Debian's Roboto Medium for text and DejaVu Sans for the symbols Roboto lacks
# (arrows, check marks), cut down at build time to the characters the app's languages use so the
# web page stays small. Output: NG_FONT_FILES (embedded as assets/fonts/*.ttf).

set(ng_roboto /usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Medium.ttf)
set(ng_dejavu /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf)
ng_require_file(${ng_roboto} "Roboto font" "Install Debian's fonts-roboto-unhinted, or ${ng_setup_hint}")
ng_require_file(${ng_dejavu} "DejaVu Sans font" "Install Debian's fonts-dejavu-core, or ${ng_setup_hint}")
find_program(NG_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NG_PYTHON3)
  execute_process(COMMAND ${NG_PYTHON3} -c "import fontTools.subset" RESULT_VARIABLE ng_fonttools_missing OUTPUT_QUIET ERROR_QUIET)
endif()
if(NOT NG_PYTHON3 OR ng_fonttools_missing)
  message(FATAL_ERROR "NeuroGains: fontTools (Debian's python3-fonttools) not found. ${ng_setup_hint}")
endif()

set(ng_font_dir ${CMAKE_BINARY_DIR}/generated/assets/fonts)
# Latin-1 (English and Spanish: the languages the app has), the Greek letters (IL-1β, TNF-α,
# PGC-1α), general punctuation, super/subscripts and the trade mark sign. Nothing more: every
# glyph weighs on the page and on the atlas built before the first frame (docs/benchmarks.md). A
# language that needs more letters adds its range here, in src/ui/ui_style.cpp and in the glyph
# test (tests/content/cards_test.cpp).
set(ng_text_unicodes "U+0020-007E,U+00A0-00FF,U+0391-03C9,U+2010-2027,U+2030-205E,U+2070-209F,U+2122")
# The symbols the texts and controls use: arrows, minus, ≈ and ≤ ≥ ≠ ≡, the shapes of the
# legend, menus and toggles, check marks and crosses.
set(ng_symbol_unicodes "U+2190-2193,U+21BA,U+2022,U+2212,U+2248,U+2260-2265,U+25A0-25A4,U+25B2,U+25B6,U+25B8,U+25BC,U+25C6,U+25C7,U+25CB,U+25CF,U+25D0,U+2713-2717")
set(NG_FONT_FILES ${ng_font_dir}/ui-text.ttf ${ng_font_dir}/ui-symbols.ttf)
# Dear ImGui 1.86 (stb_truetype) reads only the outlines, metrics and character map: no kerning, no
# OpenType layout, no names. Dropping those tables takes a fifth off the text font's gzip weight.
set(ng_font_drop --drop-tables+=GPOS,GSUB,GDEF,kern,MATH,gasp --name-IDs= --no-hinting)
add_custom_command(
  OUTPUT ${NG_FONT_FILES}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${ng_font_dir}
  COMMAND ${NG_PYTHON3} -m fontTools.subset ${ng_roboto} --unicodes=${ng_text_unicodes} --output-file=${ng_font_dir}/ui-text.ttf ${ng_font_drop} --desubroutinize
  COMMAND ${NG_PYTHON3} -m fontTools.subset ${ng_dejavu} --unicodes=${ng_symbol_unicodes} --output-file=${ng_font_dir}/ui-symbols.ttf ${ng_font_drop}
  DEPENDS ${CMAKE_CURRENT_LIST_FILE}
  COMMENT "Subsetting UI fonts"
  VERBATIM)
