#!/bin/sh
# Runs every busted spec under lua5.4, lua5.3 and LuaJIT, each against the
# module built for its ABI, and prints one "busted-<lua>: N passed, N failed"
# line per interpreter.  Exits non-zero if any spec failed.
set -u
status=0
for lua in lua5.4 lua5.3 luajit; do
  case $lua in
    luajit) abi=5.1 ;;
    *) abi=${lua#lua} ;;
  esac
  out=build/test-busted-$lua.tap
  LUA_PATH='lua/?.lua;lua/?/init.lua;spec/?.lua;;' \
  LUA_CPATH="build/lua$abi/?.so;;" \
    $lua /usr/bin/busted -o TAP spec >"$out" 2>&1
  rc=$?
  passed=$(grep -c '^ok ' "$out")
  failed=$(grep -c '^not ok ' "$out")
  if [ "$rc" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
    status=1
    grep -v '^ok ' "$out" | head -80
  fi
  echo "busted-$lua: $passed passed, $failed failed"
done
exit $status
