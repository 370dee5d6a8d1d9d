#!/bin/sh
# The checked-in generated files match what their generators write now:
#   the lexicon tables (lexicon/gen.lua --check, which also fails on a key or
#   class no C file tests), and the repair engine's code pages and HTML
#   entities (csrc/gen/repair_tables.py, run on a copy of itself whose
#   output goes to build/, then compared).  Prints "lexicon: ..." and
#   "repair tables: N passed, N failed".
set -u
cd "$(dirname "$0")/.." || exit 1
status=0
lua5.4 lexicon/gen.lua --check || status=1

out=build/generated
rm -rf "$out"
mkdir -p "$out/gen"
cp csrc/gen/repair_tables.py "$out/gen/"
passed=0
failed=0
if python3 "$out/gen/repair_tables.py"; then
  for f in lede_codepages.h lede_entities.h; do
    if cmp -s "$out/$f" "csrc/$f"; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1))
      echo "csrc/$f: differs from what csrc/gen/repair_tables.py writes; run it"
    fi
  done
else
  failed=1
  echo "csrc/gen/repair_tables.py failed"
fi
echo "repair tables: $passed passed, $failed failed"
[ $failed = 0 ] || status=1
exit $status
