#!/usr/bin/env python3
"""Where the bytes of a .wasm go: sections, then code by origin (NeuroGains' own modules, Dear
ImGui, SDL2, the C/C++ runtime), and data. Needs function names: link a copy with
--profiling-funcs (same code, names kept; docs/benchmarks.md shows how). Prints a Markdown table; asserts nothing.
  bench/wasm_size.py neurogains.wasm [--top]"""
import gzip
import re
import subprocess
import sys


def leb(data, at):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def sections(data):
    at = 8
    while at < len(data):
        kind = data[at]
        size, body = leb(data, at + 1)
        name = None
        if kind == 0:
            length, p = leb(data, body)
            name = data[p:p + length].decode()
        yield kind, name, body, size
        at = body + size


SECTION_NAMES = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global", 7: "export",
                 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount"}


def origin(name):
    n = name
    if n == "main":
        return "NeuroGains"
    if re.match(r"^(Blit|SDL|Emscripten_|_SDL)", n):
        return "SDL2"
    if re.match(r"^(ng::|Ng|ng_|NgPage|\(anonymous namespace\)::)", n) or "ng::" in n[:80]:
        # NeuroGains: by module, guessed from the namespace and well-known names
        return "NeuroGains"
    if n.startswith("ImGui") or n.startswith("Im") or "ImGui" in n[:40] or n.startswith("stb") or n.startswith("ImStb"):
        return "Dear ImGui (+ stb_truetype, stb_rect_pack)"
    if n.startswith("SDL") or n.startswith("Emscripten_") or n.startswith("_SDL"):
        return "SDL2"
    if n.startswith("glm::"):
        return "GLM"
    if n.startswith("nlohmann::") or "nlohmann::" in n[:120]:
        return "nlohmann::json"
    if n.startswith("std::") or n.startswith("void std::") or "std::__2::" in n[:60] or n.startswith("operator") or n.startswith("__cxa") or n.startswith("__cxx"):
        return "C++ standard library (templates instantiated for the app)"
    return "C runtime, Emscripten glue, other"


def main():
    path = sys.argv[1]
    data = open(path, "rb").read()
    print(f"{path}: {len(data)} bytes, {len(gzip.compress(data, 9))} gzip")
    code = names = None
    rows = []
    for kind, name, body, size in sections(data):
        label = SECTION_NAMES.get(kind, str(kind)) + (f" ({name})" if name else "")
        blob = data[body:body + size]
        rows.append((label, size, len(gzip.compress(blob, 9))))
        if kind == 10:
            code = (body, size)
        if kind == 0 and name == "name":
            names = (body, size)
    print("\n| section | bytes | gzip alone |\n|---|---|---|")
    for label, size, gz in rows:
        print(f"| {label} | {size} | {gz} |")
    if not code or not names:
        print("\n(no name section: link with --profiling-funcs for code by origin)")
        return
    # imported functions come first in the index space
    imported = 0
    for kind, _, body, size in sections(data):
        if kind == 2:
            count, p = leb(data, body)
            for _ in range(count):
                for _ in range(2):
                    length, p = leb(data, p)
                    p += length
                k = data[p]
                p += 1
                if k == 0:
                    _, p = leb(data, p)
                    imported += 1
                elif k == 1:
                    p += 1
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                elif k == 2:
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                elif k == 3:
                    p += 2
    body, size = names
    length, p = leb(data, body)
    p += length
    fnames = {}
    end = body + size
    while p < end:
        sub = data[p]
        sublen, q = leb(data, p + 1)
        if sub == 1:
            count, r = leb(data, q)
            for _ in range(count):
                index, r = leb(data, r)
                length, r = leb(data, r)
                fnames[index] = data[r:r + length].decode(errors="replace")
                r += length
        p = q + sublen
    body, size = code
    count, p = leb(data, body)
    bodies = []
    for i in range(count):
        fsize, q = leb(data, p)
        bodies.append((fnames.get(imported + i, f"f{imported + i}"), data[q:q + fsize]))
        p = q + fsize
    demangled = subprocess.run(["c++filt"], input="\n".join(n for n, _ in bodies), capture_output=True, text=True).stdout.split("\n")
    groups = {}
    for (mangled, blob), name in zip(bodies, demangled):
        g = groups.setdefault(origin(name), [0, bytearray(), 0])
        g[0] += len(blob)
        g[1] += blob
        g[2] += 1
    print("\n| code by origin | functions | bytes | gzip alone |\n|---|---|---|---|")
    for label, (n, blob, fcount) in sorted(groups.items(), key=lambda kv: -kv[1][0]):
        print(f"| {label} | {fcount} | {n} | {len(gzip.compress(bytes(blob), 9))} |")
    if "--top" in sys.argv:
        for label in groups:
            top = sorted(((len(b), n) for (m, b), n in zip(bodies, demangled) if origin(n) == label), reverse=True)[:8]
            print(f"\nlargest in {label}:")
            for n, name in top:
                print(f"  {n:7d} {name[:130]}")

if __name__ == "__main__":
    main()
