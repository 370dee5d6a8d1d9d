-- Adapter for ../shared/tools/rouge.py: reads one JSON item
-- {"id", "docs": [...], "budget_words", "budget_bytes", "sentences"} on
-- standard input and prints lede's summary of its documents, one sentence
-- per line.  The budget is the item's hint, in this order of preference:
-- budget_words, budget_bytes, sentences (the default when none is given).
-- LEDE_METHOD=lead selects the lead baseline.
local lede = require("lede")
local json = require("lede.json")
local budget = dofile((arg[0]:match("^(.*)/") or ".") .. "/summary_budget.lua")

local item = json.decode(io.read("*a"))
local opts = budget(item, { method = os.getenv("LEDE_METHOD") })
local _, picks = lede.summarize(item.docs, opts)
local out = {}
for i, p in ipairs(picks) do out[i] = (p.text:gsub("%s+", " ")) end
io.write(table.concat(out, "\n"), "\n")
