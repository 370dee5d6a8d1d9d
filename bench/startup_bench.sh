#!/bin/sh
# Start-up cost: require("lede") alone, and the command line on one sample
# article (bin/lede summarize, bin/lede claims), under Lua 5.4 and LuaJIT.
#
#   sh bench/startup_bench.sh [ARTICLE]      (make bench runs it)
#
# Two measures of each row: instructions (valgrind --tool=callgrind, the
# same from run to run on a loaded machine) and wall time (hyperfine -N:
# min and mean of STARTUP_RUNS runs, default 30, after 3 warm-up runs).
# A tool that is not installed leaves its column out (`make bench` installs
# both: .ci/deps.sh demo).  The machine's load is printed first: wall times
# on a shared machine are only comparable at the same load; instruction
# counts are.  bin/lede loads the modules `make` compiled (bin/bytecode.lua);
# the "from sources" row is the same summary from the Lua sources, as
# without them.
set -e
article=${1:-examples/articles/01_wire_talks.txt}
runs=${STARTUP_RUNS:-30}
tmp=${TMPDIR:-/tmp}/lede-startup.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT

# The script that loads the library as a host would: the checkout's Lua
# files and the native module built for the interpreter's ABI.
cat > "$tmp/require.lua" <<'EOF'
local abi = _VERSION == "Lua 5.1" and "5.1" or _VERSION:match("%d+%.%d+")
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/lua" .. abi .. "/?.so;" .. package.cpath
require("lede")
EOF
: > "$tmp/empty.lua"
# The command line from the checkout's Lua sources (no compiled modules).
cat > "$tmp/sources.lua" <<'EOF'
local abi = _VERSION == "Lua 5.1" and "5.1" or _VERSION:match("%d+%.%d+")
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/lua" .. abi .. "/?.so;" .. package.cpath
io.stdout:setvbuf("full")
local status = require("lede.cli").main({ ... })
io.stdout:flush()
os.exit(status)
EOF

have() { command -v "$1" >/dev/null 2>&1; }

# instructions of one run of the command "$@" (empty without valgrind)
instructions() {
  have valgrind || return 0
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
    | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p; s/.*I *refs: *\([0-9,]*\).*/\1/p' \
    | tr -d , | head -n 1
}

# "min mean" wall milliseconds of the command "$@" (empty without hyperfine)
wall_ms() {
  have hyperfine || return 0
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$tmp/h.json" "$*" >/dev/null 2>&1 \
    || return 0
  # hyperfine writes seconds; the min and mean of the one benchmark
  tr -d ' \n' < "$tmp/h.json" | sed 's/.*"mean":\([0-9.e-]*\).*"min":\([0-9.e-]*\).*/\2 \1/' \
    | awk '{ printf "%.1f %.1f", $1 * 1000, $2 * 1000 }'
}

row() {
  name=$1
  shift
  ins=$(instructions "$@")
  ms=$(wall_ms "$@")
  printf "%-22s %14s %10s %10s\n" "$name" "${ins:+$(echo "$ins" | awk '{ printf "%.2fM", $1 / 1e6 }')}" \
    "${ms:+$(echo "$ms" | cut -d' ' -f1)}" "${ms:+$(echo "$ms" | cut -d' ' -f2)}"
}

echo "start-up: require(\"lede\") and one-article CLI commands on $article"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime) on $(nproc 2>/dev/null || echo '?') cores"
have valgrind || echo "(valgrind is not installed: no instructions column; apt-get install valgrind)"
have hyperfine || echo "(hyperfine is not installed: no wall-time columns; apt-get install hyperfine)"
printf "%-22s %14s %10s %10s\n" "" "instructions" "min ms" "mean ms"
for lua in lua5.4 luajit; do
  have "$lua" || continue
  case $lua in luajit) abi=5.1 ;; *) abi=5.4 ;; esac
  if [ ! -f "build/lua$abi/lede/core.so" ]; then
    echo "$lua: build/lua$abi/lede/core.so is not built (make LUA=$lua); skipped"
    continue
  fi
  row "$lua (interpreter)" "$lua" "$tmp/empty.lua"
  row "$lua require" "$lua" "$tmp/require.lua"
  row "$lua summarize" "$lua" bin/lede summarize "$article"
  row "  from sources" "$lua" "$tmp/sources.lua" summarize "$article"
  row "$lua claims" "$lua" bin/lede claims "$article"
done
