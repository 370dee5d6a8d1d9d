#!/bin/sh
# Number recognition on ../shared/data/numbers/dev.jsonl, scored by
# ../shared/tools/numbers_score.py (overlap + value P/R/F1).  Extra
# arguments go to the scorer (--errors 30).  Skipped when ../shared is absent.
shared=${SHARED:-../shared}
if [ ! -f "$shared/data/numbers/dev.jsonl" ]; then
  echo "numbers eval: $shared/data/numbers not found, skipped"
  exit 0
fi
LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
  python3 "$shared/tools/numbers_score.py" --data "$shared/data/numbers/dev.jsonl" \
  --system "lua5.4 bench/numbers_adapter.lua --jsonl" --batch "$@"
