#!/bin/sh
# Runs each fuzz target for SECONDS: first on its saved regressions, then
# fresh fuzzing from the sample articles.  Prints "fuzz: N passed, N failed"
# (one per target); a crash input is kept in build/fuzz/ for inspection.
# Usage: sh spec/fuzz/run.sh SECONDS TARGET...
seconds=$1
shift
passed=0
failed=0
for target in "$@"; do
  name=$(basename "$target")
  corpus=build/fuzz/corpus-$name
  mkdir -p "$corpus"
  regress=spec/fuzz/regressions/$name
  ok=1
  if [ -d "$regress" ] && [ -n "$(ls "$regress")" ]; then
    "$target" "$regress"/* >"build/fuzz/$name-regress.log" 2>&1 || ok=0
  fi
  if [ $ok = 1 ]; then
    "$target" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
      -rss_limit_mb=2048 -artifact_prefix="build/fuzz/$name-" \
      "$corpus" examples/articles >"build/fuzz/$name.log" 2>&1 || ok=0
  fi
  # -a: a log can hold the bytes of an input (binary to grep)
  runs=$(grep -ao 'Done [0-9]* runs' "build/fuzz/$name.log" 2>/dev/null | grep -o '[0-9]*')
  if [ $ok = 1 ]; then
    passed=$((passed + 1))
    echo "$name: ${runs:-0} runs in ${seconds}s, no crash"
  else
    failed=$((failed + 1))
    echo "$name: FAILED"
    tail -30 "build/fuzz/$name.log" "build/fuzz/$name-regress.log" 2>/dev/null
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ $failed = 0 ]
