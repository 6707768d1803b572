// doctest's main for ng_model_tests (natively and as WebAssembly under node).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
