#!/usr/bin/env bash
# Runs every test suite (`make test` calls this after building what they
# need), each as a make target, TEST_JOBS of them at a time (default 2), and
# totals their "N passed, N failed" lines.  Suites start in the order given
# (the longest first, so that the short ones fill the other slot).  A
# suite's output goes to build/<suite>.log and is shown, with its wall and
# CPU time, as soon as it has finished; then a line totals both, with the
# load average.  The last line is "make test: N passed, N failed"; the exit
# status is non-zero if any suite failed or reported nothing.
set -u
jobs=${TEST_JOBS:-2}
suites=()
declare -A done_suites given
for suite in "$@"; do # each suite once, in the order first given
  [ -n "${given[$suite]:-}" ] || suites+=("$suite")
  given[$suite]=1
done
mkdir -p build
log=build/test.log
: >"$log"
failed_suites=()

# A suite's CPU seconds (user + system, its processes and theirs) say what
# it costs on an idle machine, where its wall time on a loaded one does not.
run_suite() { # run_suite NAME: output in build/NAME.log, "rc secs cpu" in .rc
  local start=$SECONDS rc user sys
  (
    TIMEFORMAT='%U %S'
    { time make --no-print-directory "$1" >"build/$1.log" 2>&1; } 2>"build/$1.cpu"
  )
  rc=$?
  read -r user sys <"build/$1.cpu" || { user=0 sys=0; }
  echo "$rc $((SECONDS - start)) $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", u + s }')" \
    >"build/$1.rc.tmp"
  mv "build/$1.rc.tmp" "build/$1.rc" # whole, never half-written
}

shown=0
cpu_total=0
started=$SECONDS
show_finished() { # prints each suite that has finished since the last call
  local suite rc secs cpu
  for suite in "${suites[@]}"; do
    [ -f "build/$suite.rc" ] && [ -z "${done_suites[$suite]:-}" ] || continue
    done_suites[$suite]=1
    read -r rc secs cpu <"build/$suite.rc"
    cpu_total=$((cpu_total + ${cpu:-0}))
    echo "== $suite (${secs}s, ${cpu:-0}s CPU)"
    grep -v '^cc \|^ar \|^rm -f \|^clang ' "build/$suite.log" | tail -n 60
    cat "build/$suite.log" >>"$log"
    if [ "$rc" -ne 0 ] || ! grep -q '[0-9]* passed, [0-9]* failed' "build/$suite.log"; then
      failed_suites+=("$suite")
    fi
    shown=$((shown + 1))
  done
}

for suite in "${suites[@]}"; do rm -f "build/$suite.rc"; done
for suite in "${suites[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
    wait -n
    show_finished
  done
  run_suite "$suite" &
done
while [ "$shown" -lt "${#suites[@]}" ]; do
  wait -n
  if [ -z "$(jobs -rp)" ]; then # all ended: one that left no status failed
    for suite in "${suites[@]}"; do
      [ -f "build/$suite.rc" ] || echo "1 0" >"build/$suite.rc"
    done
  fi
  show_finished
done

read -r passed failed < <(grep -o '[0-9]* passed, [0-9]* failed' "$log" |
  awk '{p += $1; f += $3} END {print p + 0, f + 0}')
if [ "${#failed_suites[@]}" -ne 0 ]; then
  echo "failing suites: ${failed_suites[*]}"
  [ "$failed" -eq 0 ] && failed=${#failed_suites[@]}
fi
echo "suites: $((SECONDS - started))s wall, ${cpu_total}s CPU, $jobs at a time" \
  "(load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown))"
echo "make test: $passed passed, $failed failed"
[ "${#failed_suites[@]}" -eq 0 ]
