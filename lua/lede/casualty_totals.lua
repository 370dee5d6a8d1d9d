--- Document-level casualty totals: how many were killed, injured, ... in
-- the event one article reports, read from its sentence-level claims.
--
-- local totals = require("lede.casualty_totals")
-- totals.totals(text) --> { killed = n, injured = n, missing = n, ... }
-- totals.from_records(records) --> the same, from lede.casualties records
--   (each {kind=, count=, subset=?, shot=?, sentence_s=?}).
-- Kinds the article never counts are absent (nil), not 0; "no one was hurt"
-- gives injured = 0.
--
-- Why not the largest single claim: an article splits its toll across
-- sentences and groups, and "shot" says nothing of who lived.  The rules:
--   0. Claims with no number (qualifier "unspecified": "civilians were
--      killed") give no total, nor do figures the article cites (cited =
--      true: "a higher toll than the 17 given by officials") or its
--      hypotheticals ("could prevent 30,000 deaths"), lede.casualty_filter.
--   1. Groups of one sentence add up: "A man and a boy were killed" is 2,
--      "killing two, then himself" is 3; a death named beside a count
--      ("the murder of Ann Kell ... since the two were shot") adds nothing.
--      Subsets ("including a girl") are part of another count and never
--      add, nor does "he" / "she" after one person of the sentence ("A
--      woman is in critical condition after she was shot" is 1).
--   2. The article's total of a kind is the largest sentence total: later
--      sentences repeat or revise the count more often than they add to it.
--   3. Injured read from "shot" with no word on the outcome (records with
--      shot = true: "he was shot in the leg") count only the people shot
--      beyond those the article says died: "Two men were shot. One died."
--      gives 1 killed and 1 injured; "He was shot in the head" next to "he
--      was pronounced dead" adds no injured.
--   4. A fatal shooting with no count of the dead ("police are investigating
--      a fatal shooting", "the shooting death of a teen") says one died:
--      killed 1 when the article counts no dead (totals(text) only, which
--      has the text; "no one was killed" stays 0).
-- Cost: linear in the number of records.
local core = require("lede.core")
local filter = require("lede.casualty_filter")

local ipairs, pairs, type, error = ipairs, pairs, type, error

local M = {}

-- A claim that names a death rather than counting it: "death of Ann Kell",
-- "the murder of a toddler", "shooting deaths of".
-- "he was shot", "she is in critical condition": one person the sentence
-- has already counted.
local function pronoun_subject(text)
  local w = type(text) == "string" and text:match("^(%a+)%f[^%a]")
  if not w then return false end
  w = w:lower()
  return w == "he" or w == "she"
end

local function mention(text)
  local w = text:match("^(%a+)%s+of%s")
  if not w then return false end
  w = w:lower()
  return w == "death" or w == "deaths" or w == "murder" or w == "killing"
    or w == "slaying" or w == "murders" or w == "killings"
end

--- Totals from casualty records (lede.casualties' shape).
function M.from_records(records)
  if type(records) ~= "table" then
    error(("bad argument #1 to 'from_records' (table expected, got %s)"):format(type(records)), 2)
  end
  local best, best_shot = {}, 0
  local sums, shot_sum = {}, 0
  local refs, most = {}, {}   -- per kind: "the death of X" mentions, largest count
  local ones = {}             -- per kind: people counted one by one
  local current
  local function close()
    for kind, n in pairs(sums) do
      -- "the murder of Ann Kell and her son, since the two were shot":
      -- a mention of a death beside a count of the same sentence is
      -- part of that count
      if refs[kind] and most[kind] and most[kind] > 0 then n = n - refs[kind] end
      if best[kind] == nil or n > best[kind] then best[kind] = n end
    end
    refs, most, ones = {}, {}, {}
    if shot_sum > best_shot then best_shot = shot_sum end
    sums, shot_sum = {}, 0
  end
  for i, r in ipairs(records) do
    if type(r) ~= "table" or type(r.kind) ~= "string" or type(r.count) ~= "number" then
      error(("bad argument #1 to 'from_records' (records[%d] needs kind and count)"):format(i), 2)
    end
    local key = r.sentence_s or i
    if key ~= current then
      close()
      current = key
    end
    -- "he" / "she" after one person of the sentence: that person again
    local counted = not r.subset and not r.cited and r.qualifier ~= "unspecified"
      and not (r.count == 1 and ones[r.kind] and pronoun_subject(r.text))
    if counted then
      if r.count == 1 then ones[r.kind] = (ones[r.kind] or 0) + 1 end
      if r.shot and r.kind == "injured" then
        shot_sum = shot_sum + r.count
      else
        sums[r.kind] = (sums[r.kind] or 0) + r.count
        if type(r.text) == "string" and r.count == 1 and mention(r.text) then
          refs[r.kind] = (refs[r.kind] or 0) + 1
        elseif r.count > (most[r.kind] or 0) then
          most[r.kind] = r.count
        end
      end
    end
  end
  close()
  if best_shot > 0 then
    local rest = best_shot - (best.killed or 0)
    if rest > 0 and (best.injured == nil or rest > best.injured) then
      best.injured = rest
    elseif best.injured == nil then
      best.injured = 0
    end
  end
  return best
end

-- "a fatal shooting", "the deadly stabbing", "the shooting death of":
-- someone died, though the article may give no count.  One lower-case
-- copy of the text and a plain search a phrase: linear.
local FATAL = { "fatal shooting", "deadly shooting", "fatal stabbing", "deadly stabbing",
                "shooting death", "stabbing death" }
local function fatal_event(text)
  local l = text:lower()
  for _, phrase in ipairs(FATAL) do
    local at = l:find(phrase, 1, true)
    while at do
      -- "a non-fatal shooting", "nonfatal": nobody died
      local before = l:sub(math.max(1, at - 4), at - 1)
      if not (before:find("non%-?$") or before:find("^n?on$")) then return true end
      at = l:find(phrase, at + 1, true)
    end
  end
  return false
end

--- Totals of one article's text.
function M.totals(text)
  if type(text) ~= "string" then
    -- the public name, as lede.casualty_totals reports it
    error(("bad argument #1 to 'casualty_totals' (string expected, got %s)")
      :format(type(text)), 2)
  end
  local t = M.from_records(filter.own(text, core.casualties(text)))
  if t.killed == nil and fatal_event(text) then t.killed = 1 end
  return t
end

return M
