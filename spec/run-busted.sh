#!/bin/sh
# Runs the busted specs under each interpreter given (default: lua5.4,
# lua5.3 and LuaJIT), each against the module built for its ABI, and prints
# one "busted-<lua>: N passed, N failed" line per interpreter.  Exits
# non-zero if any spec failed.
#
# The specs tagged #large (inputs of megabytes: they test bounds, not the
# interpreter) run once, under lua5.4, with --large ("busted-lua5.4
# #large: N passed, N failed"); the other runs leave them out and say how
# many, so nothing is skipped silently.
# Usage: sh spec/run-busted.sh [lua5.4|lua5.3|luajit]...
#        sh spec/run-busted.sh --large
set -u
export LUA_PATH='lua/?.lua;lua/?/init.lua;spec/?.lua;;'
large=0
if [ "${1:-}" = --large ]; then
  large=1
  set -- lua5.4
fi
[ $# -eq 0 ] && set -- lua5.4 lua5.3 luajit
status=0
for lua in "$@"; do
  case $lua in
    luajit) abi=5.1 ;;
    *) abi=${lua#lua} ;;
  esac
  export LUA_CPATH="build/lua$abi/?.so;;"
  if [ $large = 1 ]; then
    name="$lua #large" out=build/test-busted-$lua-large.tap tags=--tags=large note=
  else
    left=$($lua /usr/bin/busted --list --tags=large spec 2>/dev/null | grep -c .)
    name=$lua out=build/test-busted-$lua.tap tags=--exclude-tags=large
    note=" ($left #large specs left to run-busted.sh --large)"
  fi
  $lua /usr/bin/busted -o TAP $tags spec >"$out" 2>&1
  rc=$?
  passed=$(grep -c '^ok ' "$out")
  failed=$(grep -c '^not ok ' "$out")
  if [ "$rc" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
    status=1
    grep -v '^ok ' "$out" | head -80
  fi
  echo "busted-$name: $passed passed, $failed failed$note"
done
exit $status
