#!/bin/sh
# Sentence splitting on the English "golden rules" (../shared/data/sbd),
# scored by ../shared/tools/sbd_score.py.  Skipped when ../shared is absent.
shared=${SHARED:-../shared}
if [ ! -f "$shared/data/sbd/golden_en.jsonl" ]; then
  echo "sbd eval: $shared/data/sbd not found, skipped"
  exit 0
fi
LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
  python3 "$shared/tools/sbd_score.py" --data "$shared/data/sbd/golden_en.jsonl" \
  --system "lua5.4 bench/sbd_adapter.lua" "$@"
