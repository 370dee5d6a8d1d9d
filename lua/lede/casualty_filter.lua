--- Which casualty records of an article are its own figures.
--
-- local filter = require("lede.casualty_filter")
-- filter.own(text, records) --> a new list of the records kept, in order
--   records: lede.casualties(text)'s ({kind=, count=, s=, e=, subset=?,
--   sentence_s=?, ...}); the kept ones are the same tables, and a figure
--   the article cites from someone else is kept with cited = true.
--
-- The rules, read in the words just before a record:
--   * A hypothetical is no count: "could prevent 30,000 deaths", "would
--     save 200 lives", "to avert 5,000 deaths" -- a prevention verb, or
--     could/would/might with a verb other than "have" ("may have died" is a
--     hedged count, kept).
--   * A figure compared or disputed is cited, not the article's own: "a
--     higher toll than the 17 given by officials", "the company's figure of
--     six", "up from 12", "compared with 40".  lede.claims keeps it on the
--     claim under cited, and it never wins over the article's own figure;
--     lede.casualty_totals leaves it out.
--   * The number of a subset ("including 45 dead") read a second time as a
--     count of its own (the same first byte) is the subset only.
-- Cost: linear in the records; each reads at most PREFIX bytes of text.
local type, ipairs = type, ipairs
local lower, sub, match, find, byte = string.lower, string.sub, string.match, string.find, string.byte
local floor, max = math.floor, math.max

local M = {}

local PREFIX = 40

local PREVENT = {}
for w in ([[prevent prevents preventing prevented avert averts averting avoid
  avoids avoiding save saves saving]]):gmatch("%S+") do PREVENT[w] = true end
local MODAL = { could = true, would = true, might = true }

-- (never "than" alone: "more than 10,000" is the article's own figure)
local CITED_TAIL = { "than the", "higher than", "lower than", "toll than", "figure of",
                     "estimate of", "estimates of",
                     "up from", "down from", "compared with", "compared to",
                     "rather than", "instead of", "tally of" }

-- The last words before byte s, not before byte lo, lower case.
local function prefix(text, s, lo)
  local a = max(lo, s - PREFIX)
  return lower(sub(text, a, s - 1)):gsub("%s+", " ")
end

local function hypothetical(before)
  local w1, w2 = match(before, "(%a+) (%a+) ?$")
  local last = match(before, "(%a+) ?$")
  if last and PREVENT[last] then return true end
  if w1 and MODAL[w1] and w2 ~= "have" then return true end
  return false
end

-- Does before end with one of CITED_TAIL as whole words?  (A suffix
-- compare, not a pattern search: this runs once a record.)
local function cited(before)
  if byte(before, -1) == 32 then before = sub(before, 1, -2) end
  local n = #before
  for _, tail in ipairs(CITED_TAIL) do
    local k = #tail
    if n >= k and sub(before, n - k + 1) == tail then
      local b = byte(before, n - k)
      if not b or not (b >= 97 and b <= 122 or b >= 65 and b <= 90) then return true end
    end
  end
  return false
end

-- "toll than the 17": the record's own words compare it.
local function cited_inside(words)
  return find(words, "%f[%a]than the%f[^%a]") ~= nil or find(words, "%f[%a]toll than%f[^%a]") ~= nil
    or find(words, "%f[%a]figure of%f[^%a]") ~= nil
end

function M.own(text, records)
  local out = {}
  if type(text) ~= "string" or type(records) ~= "table" then return out end
  local subset_at = {}
  for _, r in ipairs(records) do
    if type(r) == "table" and r.subset and type(r.s) == "number" then subset_at[floor(r.s)] = true end
  end
  for _, r in ipairs(records) do
    local keep = true
    if type(r) == "table" and type(r.s) == "number" then
      local s = floor(r.s)
      local lo = type(r.sentence_s) == "number" and floor(r.sentence_s) or 1
      local before = prefix(text, s, lo)
      if hypothetical(before) then
        keep = false
      elseif not r.subset and subset_at[s] then
        keep = false
      elseif cited(before) or cited_inside(lower(sub(text, s, floor(r.e)))) then
        r.cited = true
      end
    end
    if keep then out[#out + 1] = r end
  end
  return out
end

return M
