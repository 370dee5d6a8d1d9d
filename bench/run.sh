#!/bin/sh
# `make bench`: throughput and peak memory of every stage, C core and Lua
# API, on ~10 MB corpora (BENCH_MB=N for another size); each script prints
# its own table.
set -e
mb=${BENCH_MB:-10}

# Runs a bench script under the interpreter $1 with the checkout's Lua
# modules and the native module built for that interpreter's ABI.
bench_lua() {
  lua=$1
  shift
  case $lua in luajit) abi=5.1 ;; *) abi=5.4 ;; esac
  LUA_PATH='lua/?.lua;lua/?/init.lua;bench/?.lua;spec/?.lua;;' \
    LUA_CPATH="build/lua$abi/?.so;;" "$lua" "$@"
  echo
}

# start-up: require("lede") and one-article CLI calls, Lua 5.4 and LuaJIT
sh bench/startup_bench.sh
echo
mkdir -p build/bench
cc -std=c99 -O2 -Icsrc -Ibench bench/core_bench.c bench/corpus.c build/core/liblede.a \
  $(pkg-config --libs libutf8proc) -lstemmer -lm -o build/bench/core_bench
build/bench/core_bench examples/articles "$mb"
echo
for lua in lua5.4 luajit; do
  bench_lua $lua bench/lua_bench.lua examples/articles "$mb"
done
# numbers + casualties in C, on generated news text
sh bench/extract_bench.sh "$mb"
echo
# lede.article + lede.clean: on the fixtures, and on news pages as scraped
# when ../shared is there
gva=../shared/data/casualties/gva_docs_dev.jsonl
for lua in lua5.4 luajit; do
  bench_lua $lua bench/article_bench.lua "$mb"
  if [ -f "$gva" ]; then bench_lua $lua bench/article_bench.lua "$mb" "$gva"; fi
done
# quotes and claims: the sample articles as one text and as a story
for lua in lua5.4 luajit; do
  bench_lua $lua bench/quotes_bench.lua examples/articles "$mb"
done
# summaries: one article, a 10-article cluster, scaling to $mb MB
for lua in lua5.4 luajit; do
  bench_lua $lua bench/summarize_bench.lua examples/articles "$mb"
done
# lede.fix_text: text that needs no repair, and mojibake
bench_lua lua5.4 bench/repair_bench.lua examples/articles "$mb"
# every public function on every hostile input and on a 100 MB text, one
# process per row (BENCH_HOSTILE_MB=N for a smaller big text)
bench_lua lua5.4 bench/hostile_bench.lua
# every public function on adversarial patterns at 1, 2, 4 and 8 MB: time
# growth per doubling and peak memory against their bounds
bench_lua lua5.4 bench/complexity.lua
# HTML pages: extraction speed, memory and linearity on real pages (the
# Readability.js test pages in ../shared when there, else the fixtures)
for lua in lua5.4 luajit; do
  bench_lua $lua bench/html_bench.lua
done
