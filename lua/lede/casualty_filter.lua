--- Which casualty records of an article are its own figures.
--
-- local filter = require("lede.casualty_filter")
-- filter.own(text, records) --> a new list of the records kept, in order
--   records: lede.casualties(text)'s ({kind=, count=, s=, e=, subset=?,
--   sentence_s=?, ...}); the kept ones are the same tables, and a figure
--   the article cites from someone else is kept with cited = true.
-- filter.worded_change(text, r) --> true when record r is a toll worded as
--   changed ("rose to", and "raising the toll to", "revised the toll
--   down to" that lede.casualties does not mark).
-- filter.worded_lower(text, r) --> true when it is worded as changed
--   downward ("lowered the death toll to 24", "revised ... down to 16").
--
-- The rules, read in the words just before a record:
--   * A hypothetical is no count: "could prevent 30,000 deaths", "would
--     save 200 lives", "to avert 5,000 deaths" -- a prevention verb, or
--     could/would/might with a verb other than "have" ("may have died" is a
--     hedged count, kept).
--   * A figure compared or disputed is cited, not the article's own: "a
--     higher toll than the 17 given by officials", "the company's figure of
--     six", "a rebel claim of 40 deaths", "up from 12", "compared with 40".  lede.claims keeps it on the
--     claim under cited, and it never wins over the article's own figure;
--     lede.casualty_totals leaves it out.
--   * The number of a subset ("including 45 dead") read a second time as a
--     count of its own (the same first byte) is the subset only.
-- Cost: linear in the records; each reads at most PREFIX bytes of text.
local type, ipairs = type, ipairs
local lower, sub, find, match, reverse, gmatch = string.lower, string.sub, string.find,
  string.match, string.reverse, string.gmatch
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
                     "rather than", "instead of", "tally of", "claim of", "claims of" }

-- The last two words before byte s, not before byte lo (PREFIX bytes at
-- most), lower case: w1 (nil when the word before the last is not a word
-- after white space) and the last (nil when the record follows no word,
-- white space aside).  A word is ASCII letters.  The bytes before are read
-- reversed, so that one anchored match reads back from s (a pattern
-- anchored at the end would try every start).
local function last_words(text, s, lo)
  local before = reverse(lower(sub(text, max(lo, s - PREFIX), s - 1)))
  local last, gap, w1 = match(before, "^%s*([a-z]*)(%s*)([a-z]*)")
  if last == "" then return nil, nil end
  if gap == "" or w1 == "" then return nil, reverse(last) end
  return reverse(w1), reverse(last)
end

local function hypothetical(w1, last)
  if last and PREVENT[last] then return true end
  if w1 and MODAL[w1] and last ~= "have" then return true end
  return false
end

-- The tails by their two words: CITED[last][w1] (every tail is two whole
-- words).
local CITED = {}
for _, tail in ipairs(CITED_TAIL) do
  local w1, last = tail:match("^(%a+) (%a+)$")
  assert(w1, "a cited tail is two words")
  CITED[last] = CITED[last] or {}
  CITED[last][w1] = true
end

-- Do the last two words before a record (last_words) make one of
-- CITED_TAIL?
local function cited(w1, last)
  local tails = last and CITED[last]
  return tails ~= nil and w1 ~= nil and tails[w1] == true
end

-- "toll than the 17": the record's own words compare it.  (Every phrase
-- holds "than" or "figure": two plain searches rule out most records.)
local function cited_inside(words)
  if not find(words, "than", 1, true) and not find(words, "figure", 1, true) then return false end
  return find(words, "%f[%a]than the%f[^%a]") ~= nil or find(words, "%f[%a]toll than%f[^%a]") ~= nil
    or find(words, "%f[%a]figure of%f[^%a]") ~= nil
end

-- A toll worded as changed in the words before its figure, beyond what
-- lede.casualties marks revised ("rose to"): "raising the death toll
-- to 128", "bringing the number of dead to 60", "revised the toll down to
-- 15", "lowered the toll to 15" -- a verb of change, then a word for the
-- toll, then "to" (with "at least", "more than", "about" after it) just
-- before the figure.
local CHANGE = {}
for w in ([[raising raised raises bringing brought brings taking took takes
  pushing pushed pushes lifting lifted lifts revised revising revises
  lowered lowering lowers cut cutting cuts reduced reducing reduces
  updated updating updates put putting puts corrected correcting]]):gmatch("%S+") do
  CHANGE[w] = true
end
local TOLL = { toll = true, number = true, tally = true, count = true, total = true,
               figure = true }
local AFTER_TO = 4 -- words after "to": "at least 128 people"

--- Is record r (a lede.casualties record of text) a toll worded as
-- changed?  True when lede.casualties says so (r.revised) or the words
-- before its figure, its own and the PREFIX bytes before it, do: a verb
-- of change, a word for the toll, then "to" and at most AFTER_TO words.
function M.worded_change(text, r)
  if r.revised == true then return true end
  if type(r.s) ~= "number" or type(r.e) ~= "number" then return false end
  local lo = type(r.sentence_s) == "number" and floor(r.sentence_s) or 1
  local window = lower(sub(text, max(lo, floor(r.s) - PREFIX), floor(r.e)))
  -- (no "to", no change worded: most records, read with one plain search)
  if not find(window, "to", 1, true) then return false end
  -- one pass over the words: the last "to", and whether a verb of change
  -- and then a word for the toll come before it
  local n, to, change, paired, paired_at_to = 0, nil, false, false, false
  for w in gmatch(window, "%a+") do
    n = n + 1
    if w == "to" then
      to, paired_at_to = n, paired
    elseif CHANGE[w] then
      change = true
    elseif change and TOLL[w] then
      paired = true
    end
  end
  return to ~= nil and n - to <= AFTER_TO and paired_at_to
end

-- Words of a change downward: "lowered the toll to 24", "revised the
-- death toll ... down to 16", "reduced", "cut".
local LOWER = { "%f[%a]lower", "%f[%a]down to%f[%A]", "%f[%a]reduc", "%f[%a]cut%f[%A]",
                "%f[%a]cuts%f[%A]", "%f[%a]cutting%f[%A]" }

--- Is record r a toll worded as changed downward ("lowered the death toll
-- to 24", "revised the toll down to 16")?  worded_change, and a word of
-- lowering in the same words.
function M.worded_lower(text, r)
  if type(r.s) ~= "number" or type(r.e) ~= "number" or not M.worded_change(text, r) then
    return false
  end
  local lo = type(r.sentence_s) == "number" and floor(r.sentence_s) or 1
  local words = lower(sub(text, max(lo, floor(r.s) - PREFIX), floor(r.e)))
  for _, w in ipairs(LOWER) do
    if find(words, w) then return true end
  end
  return false
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
      local w1, last = last_words(text, s, lo)
      if hypothetical(w1, last) then
        keep = false
      elseif not r.subset and subset_at[s] then
        keep = false
      else
        -- (a record with no end: its first byte's word)
        local e = type(r.e) == "number" and floor(r.e) or s
        if cited(w1, last) or cited_inside(lower(sub(text, s, e))) then r.cited = true end
      end
    end
    if keep then out[#out + 1] = r end
  end
  return out
end

return M
