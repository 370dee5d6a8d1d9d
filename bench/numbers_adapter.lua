-- Adapter for ../shared/tools/numbers_score.py: reads raw text on standard
-- input (or, with --jsonl, one {"text": ...} object per line) and prints
-- the numbers lede finds as a JSON array of
--   {span=, value=, start=, end=, type=}
-- with start/end in code points, end exclusive, as the scorer wants.
-- A range ("between 10 and 15", "5k-20k") is printed as its two end
-- points, each with its own value, since the suite scores end points.
local lede = require("lede")
local json = require("lede.json")

-- idx[i]: the 0-based code-point index of the character at byte i (the
-- number of characters that start before it); continuation bytes
-- (10xxxxxx) start none.
local function cp_index(text)
  local idx, n = {}, 0
  for i = 1, #text do
    idx[i] = n
    local b = text:byte(i)
    if b < 0x80 or b >= 0xC0 then n = n + 1 end
  end
  idx[#text + 1] = n
  return idx
end

local function one(text)
  local idx = cp_index(text)
  local out = {}
  for _, x in ipairs(lede.numbers(text)) do
    local k = x.kind
    if k ~= "year" and k ~= "date" and k ~= "time" and k ~= "phone" then
      local typ = k == "ordinal" and "ordinal" or "cardinal"
      local s0, e0 = idx[x.s], idx[x.e + 1]
      if x.qualifier == "range" and x.min and x.max then
        out[#out + 1] = { span = x.text, value = x.min, start = s0, ["end"] = e0, type = typ }
        out[#out + 1] = { span = x.text, value = x.max, start = s0, ["end"] = e0, type = typ }
      else
        out[#out + 1] = { span = x.text, value = x.value, start = s0, ["end"] = e0, type = typ }
      end
    end
  end
  return json.encode(json.array(out))
end

if arg[1] == "--jsonl" then
  for line in io.lines() do
    if line:find("%S") then
      local item = assert(json.decode(line))
      io.write(one(item.text), "\n")
    end
  end
else
  io.write(one(io.read("*a")), "\n")
end
