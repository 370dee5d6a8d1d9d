-- Summaries of every item of a development set in one process, for
-- ../shared/tools/rouge.py --system-file: reads the JSON lines rouge.py
-- reads and writes {"id": ..., "summary": ...} lines, one sentence per
-- line in each summary, with the budget bench/summarize_adapter.lua uses.
-- Much faster than one process per item when comparing settings.
--
--   lua5.4 bench/summarize_batch.lua FILE.jsonl > OUT.jsonl
--   python3 ../shared/tools/rouge.py --data FILE.jsonl --system-file OUT.jsonl --stem
-- LEDE_METHOD=lead selects the lead baseline; LEDE_OPTS="k=v,k=v" adds
-- numeric options (the rank method's knobs).
local lede = require("lede")
local json = require("lede.json")
local budget = dofile((arg[0]:match("^(.*)/") or ".") .. "/summary_budget.lua")
local ok, cjson = pcall(require, "cjson")
local decode = ok and cjson.decode or json.decode

local path = arg[1]
if not path then
  io.stderr:write("usage: summarize_batch.lua FILE.jsonl\n")
  os.exit(2)
end

local extra = {}
for k, v in (os.getenv("LEDE_OPTS") or ""):gmatch("([%w_]+)=([^,]+)") do
  extra[k] = tonumber(v) or v
end

for line in io.lines(path) do
  local item = decode(line)
  local opts = { method = os.getenv("LEDE_METHOD") }
  for k, v in pairs(extra) do opts[k] = v end
  budget(item, opts)
  local _, picks = lede.summarize(item.docs, opts)
  local out = {}
  for i, p in ipairs(picks) do out[i] = (p.text:gsub("%s+", " ")) end
  io.write(json.encode({ id = item.id, summary = table.concat(out, "\n") }), "\n")
end
