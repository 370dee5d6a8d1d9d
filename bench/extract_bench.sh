#!/bin/sh
# Builds and runs bench/extract_bench.c against the core archive (make
# first): numbers + casualties throughput on ~10 MB of generated text.
set -e
make --no-print-directory LUA=lua5.4 >/dev/null
mkdir -p build/bench
cc -std=c99 -O2 -Icsrc bench/extract_bench.c build/core/liblede.a \
  $(pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc) -lstemmer -lm \
  -o build/bench/extract_bench
build/bench/extract_bench "${1:-10}"
