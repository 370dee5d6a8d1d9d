-- Adapter for ../shared/tools/sbd_score.py: reads raw text on standard
-- input, prints the sentences lede finds as a JSON array of strings.
local lede = require("lede")
local json = require("lede.json")

local text = io.read("*a")
local out = {}
for i, s in ipairs(lede.sentences(text)) do out[i] = s.text end
io.write(json.encode(json.array(out)), "\n")
