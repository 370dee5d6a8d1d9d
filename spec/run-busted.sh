#!/bin/sh
# Runs every busted spec under each interpreter given (default: lua5.4,
# lua5.3 and LuaJIT), each against the module built for its ABI, and prints
# one "busted-<lua>: N passed, N failed" line per interpreter.  Exits
# non-zero if any spec failed.
#
# The specs tagged #large (inputs of megabytes: they measure bounds, not
# the interpreter) run under lua5.4 only; the others say how many they
# left out, so nothing is skipped silently.
# Usage: sh spec/run-busted.sh [lua5.4|lua5.3|luajit]...
set -u
[ $# -eq 0 ] && set -- lua5.4 lua5.3 luajit
status=0
for lua in "$@"; do
  case $lua in
    luajit) abi=5.1 ;;
    *) abi=${lua#lua} ;;
  esac
  out=build/test-busted-$lua.tap
  tags= note=
  if [ "$lua" != lua5.4 ]; then
    tags=--exclude-tags=large
    large=$(LUA_PATH='lua/?.lua;lua/?/init.lua;spec/?.lua;;' LUA_CPATH="build/lua$abi/?.so;;" \
      $lua /usr/bin/busted --list --tags=large spec 2>/dev/null | grep -c .)
    note=" ($large #large specs left to lua5.4)"
  fi
  LUA_PATH='lua/?.lua;lua/?/init.lua;spec/?.lua;;' \
  LUA_CPATH="build/lua$abi/?.so;;" \
    $lua /usr/bin/busted -o TAP $tags spec >"$out" 2>&1
  rc=$?
  passed=$(grep -c '^ok ' "$out")
  failed=$(grep -c '^not ok ' "$out")
  if [ "$rc" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
    status=1
    grep -v '^ok ' "$out" | head -80
  fi
  echo "busted-$lua: $passed passed, $failed failed$note"
done
exit $status
