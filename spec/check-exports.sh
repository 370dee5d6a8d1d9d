#!/bin/sh
# Checks that each native module exports exactly one symbol, its Lua entry
# point luaopen_lede_core: the core's functions and tables are compiled with
# -fvisibility=hidden and must not leak into the host's symbol namespace.
# Prints "exports: N passed, N failed" (one per module).
# Usage: sh spec/check-exports.sh MODULE.so...
passed=0
failed=0
for so in "$@"; do
  if [ ! -f "$so" ]; then
    failed=$((failed + 1))
    echo "exports: $so is missing"
    continue
  fi
  # nm prints "ADDRESS TYPE NAME" for each defined dynamic symbol
  names=$(nm -D --defined-only "$so" | awk '{ print $NF }')
  if [ "$names" = luaopen_lede_core ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "exports: $so exports more than luaopen_lede_core:"
    printf '%s\n' "$names" | head -20
  fi
done
echo "exports: $passed passed, $failed failed"
[ $failed = 0 ]
