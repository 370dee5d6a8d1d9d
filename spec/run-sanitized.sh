#!/bin/sh
# The busted specs under lua5.4 with a checked build:
#   asan      -- the module built with AddressSanitizer + UBSan
#                (build/asan/lua5.4), the runtime preloaded into lua5.4;
#   valgrind  -- the ordinary module under valgrind's memcheck, errors and
#                definite leaks fatal.
# Specs tagged #large (10 MB inputs) are left to the plain runs: under
# valgrind they would take minutes and they test nothing the small ones
# do not, memory-wise.  Prints "<mode>: N passed, N failed".
#
# PART/PARTS (valgrind 1/2) runs every PARTS-th spec file of the sorted
# list, from the PART-th: `make test` runs the halves side by side.
# Usage: sh spec/run-sanitized.sh asan|valgrind [PART/PARTS]
set -u
mode=$1
part=${2:-1/1}
specs=$(ls spec/*_spec.lua | awk -v p="${part%/*}" -v n="${part#*/}" '(NR - p) % n == 0')
label=$mode
[ "$part" = 1/1 ] || label="$mode $part"
tag=$mode-$(echo "$part" | tr / -)
out=build/test-$tag.tap
export LUA_PATH='lua/?.lua;lua/?/init.lua;spec/?.lua;;'
case $mode in
  asan)
    export LUA_CPATH='build/asan/lua5.4/?.so;;'
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1
    export LSAN_OPTIONS=suppressions=spec/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    LD_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)" \
      lua5.4 /usr/bin/busted -o TAP --exclude-tags=large $specs >"$out" 2>&1
    rc=$?
    ;;
  valgrind)
    export LUA_CPATH='build/lua5.4/?.so;;'
    valgrind --quiet --error-exitcode=99 --leak-check=full \
      --errors-for-leak-kinds=definite --log-file="build/$tag.log" \
      lua5.4 /usr/bin/busted -o TAP --exclude-tags=large $specs >"$out" 2>&1
    rc=$?
    [ -s "build/$tag.log" ] && cat "build/$tag.log"
    ;;
  *)
    echo "usage: run-sanitized.sh asan|valgrind [PART/PARTS]" >&2
    exit 2
    ;;
esac
passed=$(grep -c '^ok ' "$out")
failed=$(grep -c '^not ok ' "$out")
if [ "$rc" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  grep -v '^ok ' "$out" | head -60
  [ "$failed" -eq 0 ] && failed=1
fi
echo "$label: $passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
