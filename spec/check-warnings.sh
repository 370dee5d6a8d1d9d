#!/bin/sh
# Compiles every C source with -Werror under gcc and clang: the core, the
# binding once per Lua's headers, and the C tests, fuzz targets and
# benchmarks (held to the same warnings as the core).  Prints "warnings:
# N passed, N failed".
# Usage: sh spec/check-warnings.sh WARNING-FLAGS...
passed=0
failed=0
deps=$(pkg-config --cflags libutf8proc)
check() { # check COMPILER FILE EXTRA-FLAGS...
  cc=$1 file=$2
  shift 2
  if $cc -std=c99 -O2 -fsyntax-only -Werror "$@" $deps "$file" 2>build/warnings.log; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "$cc $file:"
    cat build/warnings.log
  fi
}
mkdir -p build
for cc in gcc clang; do
  for f in csrc/lede_*.c; do check $cc "$f" "$@"; done
  for lua in lua5.4 lua5.3 luajit; do
    check $cc csrc/lua_lede.c "$@" $(pkg-config --cflags $lua)
  done
  for f in spec/c/*.c spec/fuzz/*.c; do check $cc "$f" "$@" -Icsrc; done
  for f in bench/*.c; do check $cc "$f" "$@" -Icsrc -Ibench; done
done
echo "warnings: $passed passed, $failed failed"
[ $failed = 0 ]
