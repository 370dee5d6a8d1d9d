--- Lines of a text, trimmed, as byte offsets into it.
--
--   local ls, le, n = lines.split(text)
--   local ls, le, n, cuts = lines.split(text, true)  -- form feeds end lines
--   -- line k is text:sub(ls[k], le[k]); blank when le[k] < ls[k]
--   local v = lines.view(text, s, e, mode)   -- repaired copy, for matching
--
-- Line breaks are LF, CRLF or a lone CR.  Trimming removes ASCII spaces,
-- tabs, form feeds, no-break and odd-width spaces, zero-width characters and
-- byte order marks, so a span never starts or ends on invisible bytes.
local lpeg = require("lpeg")
local mojibake = require("lede.mojibake")

local P, R, S, Cp = lpeg.P, lpeg.R, lpeg.S, lpeg.Cp
local byte, find, sub = string.byte, string.find, string.sub

local M = {}

-- Horizontal blanks, ASCII and UTF-8.
M.blank = S(" \t\v\f") + P("\194\160") + P("\226\128") * (R("\128\141") + P("\175"))
  + P("\226\129") * (P("\159") + P("\160")) + P("\239\187\191") + P("\227\128\128")

local skip_blank = M.blank ^ 0 * Cp()

-- Offset of the last byte of [s, e] that is not blank (s - 1 when none).
local function rtrim(text, s, e)
  while e >= s do
    local b = byte(text, e)
    if b == 32 or b == 9 or b == 11 or b == 12 then
      e = e - 1
    elseif b == 0xA0 and e - 1 >= s and byte(text, e - 1) == 0xC2 then
      e = e - 2
    elseif e - 2 >= s and b >= 0x80 then
      local b1, b2 = byte(text, e - 2, e - 1)
      if (b1 == 0xE2 and b2 == 0x80 and (b <= 0x8D or b == 0xAF))
        or (b1 == 0xE2 and b2 == 0x81 and (b == 0x9F or b == 0xA0))
        or (b1 == 0xEF and b2 == 0xBB and b == 0xBF)
        or (b1 == 0xE3 and b2 == 0x80 and b == 0x80) then
        e = e - 3
      else
        break
      end
    else
      break
    end
  end
  return e
end
M.rtrim = rtrim

--- Splits text into trimmed lines: arrays of starts and ends, and the
-- count.  With form_feeds, a form feed ends a line too, and a fourth value
-- lists the lines that ended at one (in order): split_articles cuts there.
function M.split(text, form_feeds)
  local ls, le, n = {}, {}, 0
  local cuts = form_feeds and {} or nil
  local pos, len = 1, #text
  -- a plain search is much faster than a class; most texts have no CR
  local has_cr = find(text, "\r", 1, true) ~= nil
  local class = form_feeds and (has_cr and "[\r\n\f]" or "[\n\f]") or "[\r\n]"
  local plain = not has_cr and not form_feeds
  while pos <= len do
    local a
    if plain then a = find(text, "\n", pos, true) else a = find(text, class, pos) end
    local stop, nxt = len, len + 1
    if a then
      stop = a - 1
      nxt = (has_cr and byte(text, a) == 13 and byte(text, a + 1) == 10) and a + 2 or a + 1
    end
    -- most lines start with a visible ASCII byte: no blank to skip
    local s, e = pos, stop
    local b = byte(text, pos)
    if b == 10 or b == 13 or (b == 12 and form_feeds) then
      s = pos -- an empty line (e = s - 1)
    else
      if b and (b <= 32 or b >= 0xC2) then
        s = skip_blank:match(text, pos)
        if s > stop + 1 then s = stop + 1 end
      end
      -- and most end with one: no blank to trim
      local z = byte(text, stop)
      if not z or z <= 32 or z >= 0x80 then e = rtrim(text, s, stop) end
    end
    n = n + 1
    ls[n], le[n] = s, e
    if cuts and a and byte(text, a) == 12 then cuts[#cuts + 1] = n end
    pos = nxt
  end
  return ls, le, n, cuts
end

--- A repaired copy of text[s..e] for matching only (mojibake, entities and
-- odd spaces fixed, outer spaces trimmed); spans never come from it.
local plain_run = (1 - (R("\128\255") + P("&"))) ^ 0 * Cp()
local spaces = S(" \t\r\n") ^ 0 * Cp()

local SPACES = { spaces = true } -- repair's options, only ever read

function M.view(text, s, e, mode)
  local raw = sub(text, s, e)
  -- long lines are never headings; they are matched raw.  repair gives
  -- back raw itself when nothing in it can change (one check, no copy).
  if e - s < 200 then
    local fixed = mojibake.repair(raw, mode, SPACES)
    if fixed ~= raw then
      local a = spaces:match(fixed)
      local z = rtrim(fixed, a, #fixed)
      if a > 1 or z < #fixed then fixed = sub(fixed, a, z) end
      raw = fixed
    end
  end
  return raw
end

-- Bytes that end a sentence, and closers that may follow them.
local stops = { [46] = true, [33] = true, [63] = true, [58] = true, [59] = true }
local closers = { [34] = true, [39] = true, [41] = true }

--- True when v ends like a sentence: . ! ? : ; or a closing quote or
-- bracket (’ ” included), trailing spaces ignored.  Looks at the end only.
function M.ends_sentence(v)
  local j = #v
  while j > 0 and (byte(v, j) == 32 or byte(v, j) == 9) do j = j - 1 end
  if j == 0 then return false end
  local b = byte(v, j)
  if stops[b] or closers[b] then return true end
  return (b == 0x99 or b == 0x9D) and j > 2 and byte(v, j - 1) == 0x80
    and byte(v, j - 2) == 0xE2
end

--- True when s has a byte a repair could start at (non-ASCII or "&").
function M.needs_repair(s)
  return plain_run:match(s) <= #s
end

return M
