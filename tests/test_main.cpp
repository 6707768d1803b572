// doctest's main, shared by every suite (natively and as WebAssembly under node).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
