-- Adapter for ../shared/tools/rouge.py: reads one JSON item
-- {"id", "docs": [...], "budget_words", "budget_bytes", "sentences"} on
-- standard input and prints lede's summary of its documents, one sentence
-- per line.  The budget is the item's hint, in this order of preference:
-- budget_words, budget_bytes, sentences (the default when none is given).
-- LEDE_METHOD=lead selects the lead baseline.
local lede = require("lede")
local json = require("lede.json")

local item = json.decode(io.read("*a"))
local opts = { method = os.getenv("LEDE_METHOD") }
local function hint(v) return type(v) == "number" and v >= 1 end
if hint(item.budget_words) then
  opts.words = item.budget_words
elseif hint(item.budget_bytes) then
  opts.bytes = item.budget_bytes
elseif hint(item.sentences) then
  opts.sentences = item.sentences
end
local _, picks = lede.summarize(item.docs, opts)
local out = {}
for i, p in ipairs(picks) do out[i] = (p.text:gsub("%s+", " ")) end
io.write(table.concat(out, "\n"), "\n")
