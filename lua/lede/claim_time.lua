--- Figures of one casualty count across the articles of a story, ordered
-- in time: which figure is the current one, which earlier figures it
-- revised, and which figures conflict.
--
-- local claim_time = require("lede.claim_time")
-- claim_time.resolve(values) --> current, conflicting, revises
--   values: { {count=, lo=, hi=, revised=bool, time=?, day=?, timed=bool,
--              sources=n}, ... }, the distinct figures of one thing
--     lo/hi: the bounds the figure implies (-huge/huge when open);
--     revised: a source words it as a change ("rose to", "climbed to");
--     time: the latest document date giving it (minutes, docs.parse_date's
--       key), day: that date's day, timed: the date has a time of day;
--     sources: how many documents give it.
--   current: the index of the figure the claim shows;
--   conflicting: a set { [i] = true } of the figures in conflict (empty
--     when none);
--   revises: true when some figure revised an earlier one.
-- claim_time.same_time(a, b) --> true when values a and b are of one time.
-- claim_time.head_date(text, near) --> the first date (lede.docs.parse_date's
--   shape) written in the first HEAD_DATE_BYTES of text, or nil: the date
--   of an article whose head the article reader finds no date line in
--   ("Published 9:40 AM ET Sept. 21, 2026", "Updated: Sept. 23, 2026 /
--   6:15 PM", "ORLAY, Tesland — Sept. 25, 2026 —"); failing that, a line
--   of the head that is a date without its year, with a time of day or
--   after a label and colon ("Published 3:45 PM ET Oct. 2", "Updated:
--   Oct. 3"), put in the year nearest to near (another date of the story;
--   lede.docs.date_near).
-- claim_time.with_time(date, text) --> date with the time of day its head
--   gives on that day, when it has none ("October 2, 2026 / 3:45 PM").
--
-- The rules (also in lua/lede/claims.lua and the README):
--   * Two figures are compatible when their bounds overlap ("at least 30"
--     and 35): they never conflict.
--   * A figure revises another when it comes from a later time and is
--     higher, or when it is worded as a revision and is higher, or when it
--     is worded as a revision and from a later time.  Times are the
--     documents' dates; two dates of one day are the same time unless both
--     give a time of day.
--   * Figures that are neither compatible nor ordered by a revision
--     conflict: 30 and 27 injured on the same day, an undated 30 against a
--     dated 27, a later lower figure not worded as a revision.
--   * Only figures that nothing revised can conflict: a conflict of the
--     first day that a later figure revised is history, not a conflict.
--   * The current figure is one that no other figure revises; among those,
--     of two compatible figures the tighter, then the latest, then the one
--     most sources give, then the higher.
-- Cost: quadratic in the number of distinct figures, at most MAX_VALUES
-- (a story gives a handful); more are all called conflicting.
local HUGE = math.huge
local parse_date, date_near = require("lede.docs").parse_date, require("lede.docs").date_near

local M = {}

-- The head: headline, byline, date and dateline lines, the lead's start.
local HEAD_DATE_BYTES = 400
local DATE_WINDOW = 60 -- bytes from a word that a date may span
local YEAR_REACH = 28 -- bytes before its year that a date may open at
                      -- ("Wednesday, September 23, 2026")

-- Can a date open at byte at of head: a year ("2026-09-21"), a day before
-- a word ("21 September"), a month or weekday name?  (parse_date is tried
-- only there: most words of a head open none.)
local OPENS = {}
for _, m in ipairs(require("lede.lexicon_en").months) do OPENS[m.name] = true end
for w in ("mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday "
  .. "sat saturday sun sunday"):gmatch("%a+") do
  OPENS[w] = true
end
local function may_open_date(head, at)
  if head:find("^%d%d%d%d[-/]", at) or head:find("^%d%d?%s+%a", at) then return true end
  local word = head:match("^%a+", at)
  return word ~= nil and OPENS[word:lower()] == true
end

-- The words a date line may open with ("Published", "Last Updated:",
-- "Posted on"), lower-cased.
local DATE_LABELS = {}
for w in ("published posted updated modified"):gmatch("%a+") do DATE_LABELS[w] = true end
local DATE_LINE_BYTES = 60

-- A line of head that is wholly a date leaving its year out, or nil.  (A
-- month and day inside a sentence is the event's, not the article's.)
-- Such a line holds a colon: a time of day ("3:45 PM ET Oct. 2") or a
-- label's ("Updated: Oct. 3").  A head without one (most) is not read
-- line by line; lines are found by a plain search for their ends (a
-- pattern of a class over the head costs a test a byte).
local function year_less_line(head, near)
  if not head:find(":", 1, true) then return nil end
  local init = 1
  while init <= #head do
    local nl = head:find("\n", init, true) or #head + 1
    local colon = head:find(":", init, true)
    if not colon then return nil end
    if colon < nl and nl - init <= DATE_LINE_BYTES then
      local rest = head:sub(init, nl - 1):gsub("^%s*[Ll]ast%s+", ""):gsub("^%s*[Ff]irst%s+", "")
      local label, after = rest:match("^%s*(%a+)%s*(.*)$")
      if label and DATE_LABELS[label:lower()] then
        rest = after:gsub("^[Oo][Nn]%s+", ""):gsub("^[Aa][Tt]%s+", ""):gsub("^:%s*", "")
      end
      local d = date_near(rest, near)
      if d then return d end
    end
    init = nl + 1
  end
  return nil
end

function M.head_date(text, near)
  if type(text) ~= "string" then return nil end
  local head = text:sub(1, HEAD_DATE_BYTES)
  -- a date the reader orders by holds a year: the words that may open one
  -- ("21 September 2026", "Sept. 21, 2026", "2026-09-21") lie just before
  -- it, and each is tried once
  local tried, year = 0, head:find("%f[%d]%d%d%d%d%f[%D]")
  while year do
    local from = math.max(tried + 1, year - YEAR_REACH)
    for at in head:sub(from, year):gmatch("%f[%w]()[%d%u]") do
      at = from + at - 1
      if may_open_date(head, at) then
        -- (a time set off by a bar or slash is still the date's:
        -- "October 2, 2026 / 3:45 PM", "Mon Oct 2, 2026 | 3:45pm EDT")
        local d = parse_date((head:sub(at, at + DATE_WINDOW):gsub("[/|]", " ")))
        if d then return d end
      end
    end
    tried = year
    year = head:find("%f[%d]%d%d%d%d%f[%D]", year + 4)
  end
  return year_less_line(head, near)
end

--- date (docs.parse_date's), with the time of day the head of text gives
-- on that day when date has none (the article reader's date line may end
-- before it: "October 2, 2026 / 3:45 PM"): two updates of one day are then
-- ordered.  date itself otherwise.
function M.with_time(date, text)
  if not date or date.hh or date.no_year then return date end
  local d = M.head_date(text)
  if d and d.hh and d.y == date.y and d.m == date.m and d.d == date.d then return d end
  return date
end

function M.same_time(a, b)
  if a.time == nil or b.time == nil then return false end
  if a.timed and b.timed then return a.time == b.time end
  return a.day == b.day
end

local function compatible(a, b)
  return a.lo <= b.hi and b.lo <= a.hi
end

-- Does b revise a?
local function revises(b, a)
  if b.count <= a.count and not (b.revised and b.time and a.time and b.time > a.time
                                  and not M.same_time(a, b)) then
    return false
  end
  if b.revised then return true end
  return a.time ~= nil and b.time ~= nil and b.time > a.time and not M.same_time(a, b)
end

-- Is value a a better pick for current than b?  Of two compatible
-- figures the tighter one, whatever their order ("228 presumed dead", then
-- "16 bodies recovered", a lower bound: 228); then the latest.
local function better(a, b)
  if compatible(a, b) then
    local wa, wb = a.hi - a.lo, b.hi - b.lo
    if wa ~= wb then return wa < wb end
  end
  local ta, tb = a.time or -HUGE, b.time or -HUGE
  if ta ~= tb then return ta > tb end
  if a.sources ~= b.sources then return a.sources > b.sources end
  return a.count > b.count
end

-- More distinct figures than a story has (a generated list): no pairwise
-- ordering; the best one is current and all conflict.
local MAX_VALUES = 64

local function many(values)
  local current, all = 1, {}
  for i = 1, #values do
    all[i] = true
    if better(values[i], values[current]) then current = i end
  end
  return current, all, false
end

function M.resolve(values)
  local n = #values
  if n > MAX_VALUES then return many(values) end
  local revised_by, conflicting, any_revision = {}, {}, false
  for i = 1, n do
    for j = 1, n do
      if i ~= j and revises(values[j], values[i]) then
        revised_by[i] = true
        any_revision = true
      end
    end
  end
  for i = 1, n - 1 do
    for j = i + 1, n do
      local a, b = values[i], values[j]
      if not revised_by[i] and not revised_by[j] and not compatible(a, b)
         and not revises(a, b) and not revises(b, a) then
        conflicting[i], conflicting[j] = true, true
      end
    end
  end
  local current
  for i = 1, n do
    if not revised_by[i] and (not current or better(values[i], values[current])) then
      current = i
    end
  end
  return current or 1, conflicting, any_revision
end

return M
