--- Mojibake repair for the article path, on the C engine (csrc/lede_repair.c,
-- whose top comment has the rules).
--
--   local mode = mojibake.scan(text)        -- what the whole text shows
--   local fixed = mojibake.repair(s, mode, opts)
--   local fixed, changes = mojibake.fix(text)   -- scan + repair, no spaces
--
-- A text is scanned once as a whole (mode), then repaired piece by piece
-- (a line, a paragraph) with that mode: a weak reading in one line ("IRMÃ”")
-- is taken only when the text shows sure mojibake somewhere, and a lone
-- "â" is guessed only when the text shows lossy mojibake.
--
-- opts: base (added to reported positions, so they point into the caller's
-- text), report (array: each change appended as {kind=, from=, to=, s=, e=};
-- odd spaces and zero-width characters are counted, not reported), counts
-- (table: those counted by kind, "nbsp" and "zero-width"), spaces (also turn
-- no-break and odd spaces into " " and drop zero-width characters; repair
-- HTML entities; read bytes that are not UTF-8 as Windows-1252).
local core = require("lede.core")

local find = string.find
local FIX = core.FIX
local fix_text, fix_scan = core.fix_text, core.fix_scan

local M = {}

--- What the text shows: { full = bool, lossy = bool, page = n } (page: the
-- engine's code page bits, the page the text was misread through).  Linear:
-- one pass of the engine, which sees nothing in a text of ASCII only (bits
-- 0); a string.find of a byte class there cost ten times that pass.
function M.scan(text)
  local bits = fix_scan(text)
  return { full = bits % (2 * FIX.seen_full) >= FIX.seen_full,
           lossy = bits % (2 * FIX.seen_lossy) >= FIX.seen_lossy,
           page = bits - bits % 256 }
end

-- The engine's flags for a mode (nil: let the engine scan s itself).
local function flags_of(mode, spaces)
  -- a change per repair: the article's report and counts are per repair
  local f = FIX.each + (spaces and (FIX.spaces + FIX.entities + FIX.bytes) or 0)
  if mode then
    f = f + FIX.noscan
    if mode.full then f = f + FIX.seen_full end
    if mode.lossy then f = f + FIX.seen_lossy end
    f = f + (mode.page or 0)
  end
  return f
end

-- What repair may start at: any byte outside ASCII, and "&" for entities.
local function plain(s, spaces)
  return not find(s, spaces and "[\128-\255&]" or "[\128-\255]")
end

local COUNTED = { space = "nbsp", invisible = "zero-width" }

--- Repairs s (see the module comment for mode and opts); returns the new
-- string.  Strings with nothing to repair are returned as they are.
function M.repair(s, mode, opts)
  opts = opts or {}
  local spaces = opts.spaces or false
  if plain(s, spaces) then return s end
  local out, changes = fix_text(s, flags_of(mode, spaces))
  local report, counts, base = opts.report, opts.counts, opts.base or 0
  if report or counts then
    for i = 1, #changes do
      local c = changes[i]
      local counted = COUNTED[c.kind]
      if counted then
        if counts then counts[counted] = (counts[counted] or 0) + 1 end
      elseif report then
        c.s, c.e = c.s + base, c.e + base
        report[#report + 1] = c
      end
    end
  end
  return out
end

--- True when repair could change s in mode (a scan() result; without it,
-- in any mode).
function M.changes(s, mode)
  if plain(s, true) then return false end
  local m = mode or { full = true, lossy = true }
  local out = fix_text(s, flags_of(m, true))
  return out ~= s
end

--- scan + repair of a whole text, without touching spaces or entities:
-- returns the repaired text and the list of changes.
function M.fix(text)
  local out, changes = fix_text(text, FIX.each)
  return out, changes
end

return M
