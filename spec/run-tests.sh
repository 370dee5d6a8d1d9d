#!/usr/bin/env bash
# Runs every test suite (`make test` calls this after building), each as a
# make target, and totals their "N passed, N failed" lines.  The last line
# is "make test: N passed, N failed"; the exit status is non-zero if any
# suite failed or reported nothing.
set -u
mkdir -p build
log=build/test.log
: >"$log"
failed_suites=()
for suite in "$@"; do
  echo "== $suite"
  out=$(make --no-print-directory "$suite" 2>&1)
  rc=$?
  printf '%s\n' "$out" | grep -v '^cc \|^ar \|^rm -f ' | tail -n 60
  printf '%s\n' "$out" >>"$log"
  if [ "$rc" -ne 0 ] || ! printf '%s\n' "$out" | grep -q '[0-9]* passed, [0-9]* failed'; then
    failed_suites+=("$suite")
  fi
done
read -r passed failed < <(grep -o '[0-9]* passed, [0-9]* failed' "$log" |
  awk '{p += $1; f += $3} END {print p + 0, f + 0}')
if [ "${#failed_suites[@]}" -ne 0 ]; then
  echo "failing suites: ${failed_suites[*]}"
  [ "$failed" -eq 0 ] && failed=${#failed_suites[@]}
fi
echo "make test: $passed passed, $failed failed"
[ "${#failed_suites[@]}" -eq 0 ]
