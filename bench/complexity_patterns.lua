--- The adversarial patterns of bench/complexity.lua, each a text of about a
-- given size.
--
--   local patterns = require("complexity_patterns")
--   for _, name in ipairs(patterns.names) do patterns.make(name, 65536) end
--
-- Most are one short unit repeated: the shapes that once made a function
-- rescan.  "distinct news" is not repeated text:
-- the sample articles' sentences, shuffled and with their numbers changed,
-- so that no two paragraphs are alike.
local rep, concat, format = string.rep, table.concat, string.format

local M = {}

-- A unit repeated to about size bytes, between a head and a tail.
local function repeated(unit, head, tail)
  return function(size)
    head, tail = head or "", tail or ""
    local n = math.max(1, math.floor((size - #head - #tail) / #unit))
    return head .. rep(unit, n) .. tail
  end
end

-- A name no other call gives: letters from a counter ("Bavo", "Bave", ...).
local SYL = { "ba", "ke", "lo", "mi", "nu", "ra", "si", "to", "ve", "zu" }
local function invented(k)
  local parts = {}
  repeat
    parts[#parts + 1] = SYL[k % 10 + 1]
    k = math.floor(k / 10)
  until k == 0
  local w = concat(parts)
  return w:sub(1, 1):upper() .. w:sub(2)
end

-- Many sentences, each a claim naming a place no other names.
local function many_places(size)
  local out, n, k = {}, 0, 0
  while n < size do
    k = k + 1
    local s = format("Five people were killed in %sville on Monday. ", invented(k))
    out[#out + 1] = s
    n = n + #s
  end
  return concat(out)
end

-- Nested brackets: half openers, then half closers.
local function nested(size)
  local half = math.floor(size / 4)
  return rep("([", half) .. " 12 people were killed " .. rep("])", half)
end

-- The sample articles' sentences, shuffled, numbers changed: distinct text.
local function sample_sentences()
  local out = {}
  for _, dir in ipairs({ "examples/articles", "spec/fixtures/articles" }) do
    local p = io.popen("ls " .. dir .. "/*.txt 2>/dev/null")
    for name in p:lines() do
      local f = io.open(name, "rb")
      if f then
        local t = f:read("*a")
        f:close()
        for s in t:gmatch("[^\n]+") do
          if #s >= 40 and s:find("[%.!?\"]%s*$") then out[#out + 1] = s end
        end
      end
    end
    p:close()
  end
  return out
end

local SENTENCES
local function distinct_news(size)
  SENTENCES = SENTENCES or sample_sentences()
  local seed = 12345
  local function rand(m) -- a small LCG: the same text on every interpreter
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % m + 1
  end
  local out, n = {}, 0
  while n < size do
    local para = {}
    for _ = 1, 4 do
      local s = SENTENCES[rand(#SENTENCES)]:gsub("%d+", function() return tostring(rand(900)) end)
      para[#para + 1] = s
    end
    local p = concat(para, " ") .. "\n\n"
    out[#out + 1] = p
    n = n + #p
  end
  return concat(out)
end

local list = {
  { "run of a", repeated("a") },
  { "run of space", repeated(" ") },
  { "run of .", repeated(".") },
  { "run of newline", repeated("\n") },
  { 'run of "', repeated('"') },
  { "run of (", repeated("(") },
  { "run of NUL", repeated("\0") },
  { "run of invalid bytes", repeated("\255\254") },
  { "run of emoji", repeated("\240\159\152\128") },
  { "nested brackets", nested },
  { "markdown links [a](", repeated("[a](") },                    -- 17.3
  { "form feeds a\\f", repeated("a\f") },                           -- 17.4
  -- (a CR anywhere makes each line-end search a class search, which is
  -- slower than memchr: a search past each segment shows at 64 KB)
  { "form feeds, then a CR", repeated("a\f", "", "\r") },             -- 17.4
  { "short quotes", repeated('x "a b" ', "x ") },                   -- 17.1
  { "mojibake quotes", -- 17.1: Trump’s “The we’re, read as Latin-1
    repeated("Trump\195\162\194\128\194\153s \195\162\194\128\194\156The we\195\162\194\128\194\153re ") },
  { "claim then letter run", -- 17.2
    function(size) return "Five people were killed " .. rep("a", size - 25) .. "." end },
  { "many claims, one sentence", repeated("12 killed ") },          -- 17.2
  { "many places", many_places },                                   -- 17.5
  { "capitalized words", repeated("Alpha Beta Gamma Delta ") },     -- 17.6
  { "numbers with commas", repeated("1,") },                        -- 17.7
  { "one-word sentences", repeated("Go. ") },
  { "one sentence many times", -- 17.13
    repeated("The council approved the new budget after a long debate. ") },
  { "about headings", -- 17.12
    repeated("About the victims\n\nThey were 12 people from the valley.\n\n") },
  { "distinct news", distinct_news },                                -- 17.10
}

M.names = {}
local by_name = {}
for _, p in ipairs(list) do
  M.names[#M.names + 1] = p[1]
  by_name[p[1]] = p[2]
end

--- The text of pattern name, about size bytes.
function M.make(name, size)
  local make = by_name[name]
  if not make then error("no pattern named " .. tostring(name)) end
  return make(size)
end

return M
