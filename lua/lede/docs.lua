--- The `docs` argument of lede.claims and lede.summarize, read in one place.
--
--   docs.read(arg, fname) --> { {text=, date=?, name=?, index=, item=}, ... }
--   docs.parse_date(s)    --> { y=, m=, d=, hh=?, mm=?, day=, key= } or nil
--   docs.article_date(text) --> the same, from the article's own date line
--   docs.date_near(s, near) --> the same, for a date that may leave its year
--                             out ("3:45 PM ET Oct. 2"): no_year = true
--   docs.dateline_date(text, e, near) --> the same, from a dateline's date
--   docs.header(text)     --> { date=?, dateline=? }: the article's date line
--                             and dateline, read from its head only
--
-- `arg` is a string (one document) or an array whose items are strings or
-- tables `{ text=, date=?, name=? }`; other fields of a table item (a
-- summary's `s`, `e`, `parts`, `title`) are the caller's to check, through
-- `item`.  Exactly `#arg` items are read: the length must be a whole number
-- (a `__len` that answers anything else is refused), and a table whose
-- `__index` answers every number cannot make the read run on.
--
-- Dates order documents in time.  `key` is minutes since 1970-01-01 UTC and
-- `day` whole days, so two dates compare as numbers; `hh`/`mm` are nil for a
-- date without a time of day, whose `key` is then the day's first minute.
local type, error, tostring, next, rawget, tonumber = type, error, tostring, next, rawget, tonumber
local floor, format = math.floor, string.format
local lower, match, find, sub, byte = string.lower, string.match, string.find, string.sub,
  string.byte

local M = {}

-- ------------------------------------------------------------- dates

-- month name or abbreviation -> its number (lexicon/en/months.tsv)
local MONTHS = {}
for _, m in ipairs(require("lede.lexicon_en").months) do MONTHS[m.name] = m.number end
local WEEKDAYS = {
  mon = true, monday = true, tue = true, tues = true, tuesday = true,
  wed = true, wednesday = true, thu = true, thur = true, thurs = true,
  thursday = true, fri = true, friday = true, sat = true, saturday = true,
  sun = true, sunday = true,
}
local DAYS_IN = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

-- Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar
-- (H. Hinnant's days_from_civil), so that dates compare as numbers.
local function days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = floor(y / 400)
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = floor((153 * mp + 2) / 5) + d - 1
  local doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
end

local function leap(y) return y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0) end

local function make_date(y, m, d, hh, mm, offset_minutes)
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if not (y and m and d) or y < 1000 or y > 9999 or m < 1 or m > 12 or d < 1
      or d > DAYS_IN[m] or (m == 2 and d == 29 and not leap(y)) then
    return nil
  end
  hh, mm = tonumber(hh), tonumber(mm)
  if hh and (hh > 23 or (mm or 0) > 59) then return nil end
  local day = days_from_civil(y, m, d)
  local key = day * 1440 + (hh and hh * 60 + (mm or 0) or 0) - (offset_minutes or 0)
  return { y = y, m = m, d = d, hh = hh, mm = hh and (mm or 0) or nil,
           day = floor(key / 1440), key = key }
end

-- Zone names news pages print after a time: minutes east of UTC.  ("ET"
-- and other names that do not say whether summer time applies are left
-- out: the time is then read as UTC.)
local ZONES = {
  utc = 0, gmt = 0, z = 0, bst = 60, cet = 60, cest = 120, eet = 120,
  eest = 180, est = -300, edt = -240, cst = -360, cdt = -300, mst = -420,
  mdt = -360, pst = -480, pdt = -420,
}

-- What news pages set between a date and its time of day: white space,
-- a comma, a slash, a bar, a dash, a middle dot or a bullet ("October 2,
-- 2026 / 3:45 PM", "Oct 2, 2026 | 3:45pm", "2 October 2026 · 15:45").
local SEPARATORS = { "\226\128\147", "\226\128\148", "\194\183", "\226\128\162" }
-- (the first bytes of those: most texts a date is tried on open with none)
local SEPARATOR_START = { [9] = true, [10] = true, [13] = true, [32] = true, [44] = true,
                          [45] = true, [47] = true, [124] = true, [0xC2] = true, [0xE2] = true }
local function skip_separators(rest)
  if not SEPARATOR_START[byte(rest, 1)] then return rest end
  local at = 1
  while true do
    local next_at = match(rest, "^[%s,/|%-]+()", at)
    for _, sep in ipairs(SEPARATORS) do
      if not next_at and sub(rest, at, at + #sep - 1) == sep then next_at = at + #sep end
    end
    if not next_at then return sub(rest, at) end
    at = next_at
  end
end

-- "14:30", "2:30 p.m.", "2.30pm", "4:53 PM EDT" opening rest (after the
-- separators above); returns hh, mm, the zone's offset (or nil) and what
-- follows, or nil.
local function clock(rest)
  rest = skip_separators(rest)
  local h, m, ampm, after = match(rest,
    "^[Aa]?[Tt]?%s*(%d%d?)[:.](%d%d)%s*([AaPp]?)%.?[Mm]?%.?()")
  if not h then
    h, ampm, after = match(rest, "^(%d%d?)%s*([AaPp])%.?[Mm]%.?()")
    m = "0"
  end
  if not h then return nil end
  h, m = tonumber(h), tonumber(m)
  ampm = lower(ampm or "")
  if ampm == "p" and h < 12 then h = h + 12 elseif ampm == "a" and h == 12 then h = 0 end
  local name, after_zone = match(rest, "^%s*(%a+)()", after)
  local offset = name and ZONES[lower(name)]
  if offset then after = after_zone end
  return h, m, offset, rest:sub(after)
end

-- ISO 8601 zone: "Z", "+02:00", "-0500"; minutes east of UTC, or nil.
local function zone(z)
  if z == "" then return nil end
  if z == "Z" or z == "z" then return 0 end
  local sign, h, m = match(z, "^([+-])(%d%d):?(%d%d)$")
  if not sign then return nil end
  local minutes = tonumber(h) * 60 + tonumber(m)
  return sign == "-" and -minutes or minutes
end

-- Year, month, day and what follows of a date written in words: "21
-- December 2025", "Dec. 21, 2025", with an optional weekday first; nil
-- when s does not open so.
local function calendar(s)
  local first, after = match(s, "^(%a+)%.?,?%s+(.*)$")
  if first and WEEKDAYS[lower(first)] then s = after end
  local d, name, y, rest = match(s, "^(%d%d?)%s+(%a+)%.?,?%s+(%d%d%d%d)(.*)$")
  if not d then
    name, d, y, rest = match(s, "^(%a+)%.?%s+(%d%d?)[a-z]*,?%s+(%d%d%d%d)(.*)$")
  end
  local m = d and MONTHS[lower(name)]
  if not m then return nil end
  return y, m, d, rest
end

-- What follows a time of day, before the date it opens ("4:53 PM EDT,
-- October 6, 2026"): a zone name it did not know ("3:45 PM ET Oct. 2",
-- read as UTC: ET does not say whether summer time applies) is passed
-- over with the separators.
local function after_clock(after)
  local word, rest = match(after, "^%s*(%u%u%u?%u?)%f[^%a](.*)$")
  if word and not MONTHS[lower(word)] and not WEEKDAYS[lower(word)] then after = rest end
  return (after:gsub("^[%s,]+", ""))
end

--- A date written the ways news pages and wire copy write them: ISO 8601
-- ("2025-12-21", "2025-12-21T14:30:00+02:00"), "2025/12/21",
-- "December 21, 2025", "Dec. 21, 2025", "21 December 2025", with an optional
-- weekday before and a time of day after ("Sunday, 21 December 2025 14:05",
-- "Dec 21, 2025 at 2:30 p.m."), or a number of seconds since 1970 (UTC).
-- Returns nil for anything else, a day-month order it cannot tell apart
-- ("03/04/2025") included.
function M.parse_date(s)
  if type(s) == "number" then
    if s ~= s or s == math.huge or s == -math.huge then return nil end
    local day = floor(s / 86400)
    -- civil_from_days: the inverse of days_from_civil
    local z = day + 719468
    local era = floor(z / 146097)
    local doe = z - era * 146097
    local yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365)
    local doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100))
    local mp = floor((5 * doy + 2) / 153)
    local d = doy - floor((153 * mp + 2) / 5) + 1
    local m = mp < 10 and mp + 3 or mp - 9
    local y = yoe + era * 400 + (m <= 2 and 1 or 0)
    local secs = s - day * 86400
    return make_date(y, m, d, floor(secs / 3600), floor(secs % 3600 / 60))
  end
  if type(s) ~= "string" or #s > 200 then return nil end
  s = match(s, "^%s*(.-)%s*$")
  -- ISO 8601 and y/m/d
  local y, m, d, rest = match(s, "^(%d%d%d%d)[-/](%d%d?)[-/](%d%d?)(.*)$")
  if y then
    local hh, mm, z = match(rest, "^[T ](%d%d):(%d%d)[:%d.]*(.*)$")
    if hh then return make_date(y, m, d, hh, mm, zone(z)) end
    if rest == "" then return make_date(y, m, d) end
    return make_date(y, m, d, clock(rest))
  end
  y, m, d, rest = calendar(s)
  if y then
    local hh, mm, offset = clock(rest)
    if match(rest, "^%s*$") or not hh then return make_date(y, m, d) end
    return make_date(y, m, d, hh, mm, offset)
  end
  -- the time first: "4:53 PM EDT, October 6, 2026", "10:32 GMT, 6 October 2026"
  local hh, mm, offset, after = clock(s)
  if not hh then return nil end
  y, m, d, rest = calendar(after_clock(after))
  if not y or not match(rest, "^%s*$") then return nil end
  return make_date(y, m, d, hh, mm, offset)
end

-- Month and day of a date written in words without its year ("Oct. 2",
-- "2 October", "Friday, Oct. 2") and what follows, or nil.
local function month_day(s)
  local first, after = match(s, "^(%a+)%.?,?%s+(.*)$")
  if first and WEEKDAYS[lower(first)] then s = after end
  local name, d, rest = match(s, "^(%a+)%.?%s+(%d%d?)%f[%D][a-z]*(.*)$")
  if not (name and MONTHS[lower(name)]) then
    d, name, rest = match(s, "^(%d%d?)%s+(%a+)%f[%A]%.?(.*)$")
  end
  local m = name and MONTHS[lower(name)]
  if not m then return nil end
  return m, d, rest
end

-- The date of month m, day d (and time) in the year that brings it nearest
-- to near, or in a leap year when there is no near; no_year = true.
local function in_nearest_year(m, d, hh, mm, offset, near)
  local best
  if not near then
    best = make_date(2000, m, d, hh, mm, offset)
  else
    for year = near.y - 1, near.y + 1 do
      local date = make_date(year, m, d, hh, mm, offset)
      if date and (not best or math.abs(date.key - near.key) < math.abs(best.key - near.key)) then
        best = date
      end
    end
  end
  if best then best.no_year = true end
  return best
end

--- A date as parse_date reads it, or one that leaves its year out, as wire
-- pages' date lines do ("3:45 PM ET Oct. 2", "Oct. 2 / 3:45 PM", "Oct. 2"),
-- put in the year that brings it nearest to near (another date of the
-- story; a leap year when nil), with no_year = true.  The whole of s must
-- be the date; nil otherwise.
function M.date_near(s, near)
  local full = M.parse_date(s)
  if full or type(s) ~= "string" or #s > 200 then return full end
  s = match(s, "^%s*(.-)%s*$")
  local m, d, rest = month_day(s)
  local hh, mm, offset
  if m then
    if not match(rest, "^[%s%.]*$") then
      local after
      hh, mm, offset, after = clock(rest)
      if not hh or not match(after, "^[%s%.]*%u?%u?%u?%u?[%s%.]*$") then return nil end
    end
  else
    local after
    hh, mm, offset, after = clock(s)
    if not hh then return nil end
    m, d, rest = month_day(after_clock(after))
    if not m or not match(rest, "^[%s%.]*$") then return nil end
  end
  return in_nearest_year(m, d, hh, mm, offset, near)
end

--- The date an article gives itself: its date line ("21 December 2025
-- World", "Published Dec. 21, 2025 14:05") as lede.article finds it.
function M.article_date(text)
  local a = require("lede.article").article(text)
  return a.date and M.parse_date(a.date) or nil
end

-- The head of an article: its header (headline, byline, date line,
-- menus) and first paragraphs, where lede.article finds the date line
-- (above the second paragraph) and the dateline (at the first one).  It
-- ends at the end of the line that makes HEAD_PARAGRAPHS lines reading as
-- paragraphs (long, ending a sentence), or HEAD_LINES lines, or that
-- passes HEAD_BYTES.
local HEAD_PARAGRAPHS, HEAD_LINES, HEAD_BYTES, PARAGRAPH_BYTES = 2, 48, 16384, 100

-- Does the line ending before byte nl end a sentence (. ! ? or a closing
-- quote mark, ASCII or curly)?
local SENTENCE_END = { [46] = true, [33] = true, [63] = true, [34] = true, [39] = true,
                       [0x9D] = true, [0x99] = true }
local function ends_sentence(text, nl)
  local last = nl - 1
  while last > 0 and (byte(text, last) == 13 or byte(text, last) == 32) do last = last - 1 end
  return SENTENCE_END[byte(text, last)] == true
end

local function head_end(text)
  local init, paragraphs, n = 1, 0, 0
  while true do
    local nl = find(text, "\n", init, true)
    if not nl then return #text end
    if nl - init >= PARAGRAPH_BYTES and ends_sentence(text, nl) then
      paragraphs = paragraphs + 1
    end
    n = n + 1
    if paragraphs >= HEAD_PARAGRAPHS or n >= HEAD_LINES or nl >= HEAD_BYTES then return nl end
    init = nl + 1
  end
end

--- What an article says of itself in its head, read as lede.article reads
-- it (only the head is parsed: the header's fields and the dateline lie
-- there): { date = parsed date line or nil, dateline = lede.article's
-- dateline table or nil }.  An HTML page is read whole.
function M.header(text)
  local article = require("lede.article")
  local a
  if require("lede.html").is_html(text) then
    a = article.article(text)
  else
    a = article.head(sub(text, 1, head_end(text)))
  end
  return { date = a.date and M.parse_date(a.date) or nil,
           dateline = type(a.dateline) == "table" and a.dateline or nil }
end

--- The date a dateline gives after its place ("MORVA, Tesland, Oct. 2
-- (Wire) —", "NAIROBI, Oct 6, 2026 (Reuters) -"): e is the last byte of
-- the place (lede.article's dateline.e).  Wire copy often leaves the year
-- out: the date is then put in the year that brings it nearest to near
-- (another date of the story), or in a leap year when there is none, and
-- has no_year = true.  nil when no date follows the place.
function M.dateline_date(text, e, near)
  local after = text:sub(e + 1, e + 40)
  local name, d, rest = match(after, "^,%s*(%a+)%.?%s+(%d%d?)[a-z]*(.*)$")
  local m = name and MONTHS[lower(name)]
  if not m then return nil end
  local y = match(rest, "^,%s*(%d%d%d%d)")
  if y then return make_date(y, m, d) end
  return in_nearest_year(m, d, nil, nil, nil, near)
end

-- ------------------------------------------------------------- docs

local function whole(n)
  return type(n) == "number" and n >= 0 and n % 1 == 0 and n < 2 ^ 53
end

-- `level` is error()'s level for the user's call of the public function.
local function bad(level, fname, what, ...)
  error(format("bad argument #1 to '%s' (" .. what .. ")", fname, ...), level + 1)
end

local function read_item(v, i, fname, level)
  level = level + 1
  if type(v) == "string" then return { text = v, index = i, item = v } end
  if type(v) ~= "table" then
    bad(level, fname, "docs[%d] is a %s, string or {text=, date=, name=} expected", i, type(v))
  end
  local text, date, name = v.text, v.date, v.name
  if type(text) ~= "string" then
    bad(level, fname, "docs[%d].text must be a string, got %s", i, type(text))
  end
  if name ~= nil and type(name) ~= "string" then
    bad(level, fname, "docs[%d].name must be a string, got %s", i, type(name))
  end
  local parsed
  if date ~= nil then
    if type(date) ~= "string" and type(date) ~= "number" then
      bad(level, fname, "docs[%d].date must be a string or a number, got %s", i, type(date))
    end
    parsed = M.parse_date(date)
    if not parsed then
      bad(level, fname, "docs[%d].date %q is not a date lede can read (write it as "
        .. "2025-12-21, 2025-12-21T14:30Z or 21 December 2025)", i, tostring(date))
    end
  end
  return { text = text, date = parsed, name = name, index = i, item = v }
end

--- The documents of `arg`, checked.  Errors name `fname`, the public
-- function, and blame its caller; `depth` (default 1) is how many calls lie
-- between that function and this one, itself included.
function M.read(arg, fname, depth)
  local level = (depth or 1) + 2
  if type(arg) == "string" then return { { text = arg, index = 1, item = arg } } end
  if type(arg) ~= "table" then
    bad(level, fname, "string or array of documents expected, got %s", type(arg))
  end
  if rawget(arg, "text") ~= nil then
    bad(level, fname, "one document table must be given inside an array: {{text=...}}")
  end
  local n = #arg
  if not whole(n) then
    bad(level, fname, "the length of the documents array must be a whole number, got %s",
      type(n) == "number" and tostring(n) or type(n))
  end
  -- raw keys only: a proxy table answers through __index, not next
  for k in next, arg do
    if type(k) ~= "number" or k < 1 or k > n or k % 1 ~= 0 then
      bad(level, fname, "array of documents expected, has key %s", tostring(k))
    end
  end
  local out = {}
  for i = 1, n do out[i] = read_item(arg[i], i, fname, level) end
  return out
end

return M
