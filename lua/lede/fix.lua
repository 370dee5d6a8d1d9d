--- lede.fix_text(text [, opts]) --> fixed, changes: encoding and character
-- repair of a whole text, no article logic.
--
-- Each change is { s=, e=, from=, to=, kind= }: text:sub(s, e) == from
-- became to.  kind: "mojibake" (UTF-8 once read through a code page, one to
-- three layers), "lossy" (bytes a decoder lost, guessed from the context),
-- "c1" (a C1 control standing for Windows-1252 punctuation), "cp1252" (a
-- byte that is no part of UTF-8), "cesu8" (a surrogate pair), "surrogate"
-- (half a pair alone, now U+FFFD), "entity", "space", "invisible",
-- "ligature", "width", "control", "escape", "line_break".  Repairs of one
-- kind close together on a line are one change.  The rules are at the top
-- of csrc/lede_repair.c, csrc/lede_mojibake.c, csrc/lede_repair_forms.c.
--
-- opts (all false by default):
--   entities = true   decode HTML character references (&rsquo; &#8217;);
--              "auto" only in a text without markup ("<" and a letter, / or !)
--   spaces = true     no-break and odd spaces to " ", zero-width ones out
--   keep_bytes = true leave bytes that are not UTF-8 as they are (else they
--                     are read as Windows-1252 and the result is UTF-8)
--   ligatures = true  Latin ligatures to their letters (ﬁ → fi)
--   widths = true     fullwidth and halfwidth forms to the usual width
--   controls = true   controls, format characters, terminal escapes out
--   line_breaks = true  CR LF, CR, U+2028, U+2029 to LF
--
-- The kinds of repair the best-known repair tool (ftfy) makes, and lede's
-- decision on each: fix_encoding, decode_inconsistent_utf8,
-- restore_byte_a0, replace_lossy_sequences, fix_c1_controls and
-- fix_surrogates are done by default (lossy sequences further: the lost
-- character is guessed where the context decides, else left); HTML
-- entities ("auto" too), terminal escapes and control characters,
-- ligatures, character width and line breaks by an option, since each
-- changes correct Unicode; uncurl_quotes and NFC are not done: curly
-- quotes and decomposed letters are correct text, not damage.
--
--   local fixed = lede.fix_text("The mayorâ€™s office")  --> "The mayor’s office"
--
-- show(text) is the helper the hosts call to display text from an article
-- repaired: the fixed text with entities and odd spaces repaired too.
local core = require("lede.core")

local type, error, pairs, tostring = type, error, pairs, tostring
local find = string.find
local FIX = core.FIX
local fix_text = core.fix_text

local M = {}

-- option -> its flag (keep_bytes takes one away)
local OPTIONS = { entities = FIX.entities, spaces = FIX.spaces, keep_bytes = FIX.bytes,
                  ligatures = FIX.ligatures, widths = FIX.widths, controls = FIX.controls,
                  line_breaks = FIX.line_breaks }

local function flags_of(opts, text)
  local flags = FIX.bytes
  if opts == nil then return flags end
  if type(opts) ~= "table" then
    error(("bad argument #2 to 'fix_text' (table expected, got %s)"):format(type(opts)), 3)
  end
  for k, v in pairs(opts) do
    if OPTIONS[k] == nil then
      error(("bad argument #2 to 'fix_text' (unknown option '%s')"):format(tostring(k)), 3)
    end
    if type(v) ~= "boolean" and not (k == "entities" and v == "auto") then
      error(("bad argument #2 to 'fix_text' (option '%s': boolean expected, got %s)")
        :format(k, type(v)), 3)
    end
  end
  for k, flag in pairs(OPTIONS) do
    local v = opts[k]
    -- entities = "auto": decoded unless the text has markup ("<" and a
    -- letter, "/" or "!"), where a reference is meant to stay one
    if v == "auto" then v = not find(text, "<[%a/!]") end
    if v then flags = k == "keep_bytes" and flags - flag or flags + flag end
  end
  return flags
end

function M.fix_text(text, opts)
  if type(text) ~= "string" then
    error(("bad argument #1 to 'fix_text' (string expected, got %s)"):format(type(text)), 2)
  end
  return fix_text(text, flags_of(opts, text))
end

--- For a reader that finds spans (quotes): text with its mojibake, C1
-- controls and stray bytes repaired, and back(s, e), which turns a span of
-- the repaired text into the span of text it came from (a span that starts
-- or ends inside a repair takes all of it).  back is nil when nothing
-- changed.  Lossy "â", entities and spaces are left for the reader.
function M.for_spans(text)
  -- (no string.find of [\128-\255] first: on ASCII the engine's two passes
  -- find nothing to repair in a tenth of its time)
  local scan = core.fix_scan(text)
  local flags = FIX.bytes + FIX.noscan + FIX.each
  if scan % (2 * FIX.seen_full) >= FIX.seen_full then flags = flags + FIX.seen_full end
  flags = flags + (scan - scan % 256) -- the text's code page
  -- The repairs stay in the core's array (core.fix_spans): a table per
  -- repair made text full of mojibake cost the quote finder 60 times its
  -- size.
  local fixed, map = core.fix_spans(text, flags)
  if not map then return text, nil end
  return fixed, function(s, e) return map:back(s, e) end
end

local SHOW = FIX.bytes + FIX.entities + FIX.spaces

--- text repaired for display (mojibake, entities, odd spaces); text itself
-- when there is nothing to repair.  Non-strings are given back as they are.
function M.show(text)
  if type(text) ~= "string" or not find(text, "[\128-\255&]") then return text end
  return (fix_text(text, SHOW))
end

return M
