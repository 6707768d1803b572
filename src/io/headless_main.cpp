// neurogains-headless: the headless CLI without SDL, for machines without the app and for the
// native/WebAssembly parity check.
#include "headless_cli.h"

int main(int argc, char** argv) {
    return ng::RunHeadlessCli(argc, argv);
}
