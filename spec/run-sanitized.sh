#!/bin/sh
# The busted specs under lua5.4 with a checked build:
#   asan      -- the module built with AddressSanitizer + UBSan
#                (build/asan/lua5.4), the runtime preloaded into lua5.4;
#   valgrind  -- the ordinary module under valgrind's memcheck, errors and
#                definite leaks fatal.
# Specs tagged #large (10 MB inputs) are left to the plain runs: under
# valgrind they would take minutes and they test nothing the small ones
# do not, memory-wise.  Prints "<mode>: N passed, N failed".
set -u
mode=$1
out=build/test-$mode.tap
export LUA_PATH='lua/?.lua;lua/?/init.lua;spec/?.lua;;'
case $mode in
  asan)
    export LUA_CPATH='build/asan/lua5.4/?.so;;'
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1
    export LSAN_OPTIONS=suppressions=spec/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    LD_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)" \
      lua5.4 /usr/bin/busted -o TAP --exclude-tags=large spec >"$out" 2>&1
    rc=$?
    ;;
  valgrind)
    export LUA_CPATH='build/lua5.4/?.so;;'
    valgrind --quiet --error-exitcode=99 --leak-check=full \
      --errors-for-leak-kinds=definite --log-file=build/valgrind.log \
      lua5.4 /usr/bin/busted -o TAP --exclude-tags=large spec >"$out" 2>&1
    rc=$?
    [ -s build/valgrind.log ] && cat build/valgrind.log
    ;;
  *)
    echo "usage: run-sanitized.sh asan|valgrind" >&2
    exit 2
    ;;
esac
passed=$(grep -c '^ok ' "$out")
failed=$(grep -c '^not ok ' "$out")
if [ "$rc" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  grep -v '^ok ' "$out" | head -60
  [ "$failed" -eq 0 ] && failed=1
fi
echo "$mode: $passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
