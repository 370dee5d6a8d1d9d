--- Mojibake repair: UTF-8 text that was once read as Windows-1252 or Latin-1.
--
--   local mode = mojibake.scan(text)        -- what the whole text shows
--   local fixed = mojibake.repair(s, mode, opts)
--   local fixed, changes = mojibake.fix(text)   -- scan + repair, no spaces
--
-- Full mojibake keeps every byte: "â€™" is E2 80 99 with each byte turned
-- into a character, so mapping the characters back to bytes gives "’".
-- Lossy mojibake lost the bytes a decoder could not show: only the lead "â"
-- of ’ “ ” – — survives ("Trumpâs", "âThe role,â he said"), and "Â" is
-- left where a no-break space was.  Those are guessed from the neighbours.
--
-- No false repairs on correct text: a French or Portuguese "â"/"Â" is never
-- touched unless the text as a whole shows lossy mojibake (scan counts
-- shapes real words never have: ",â " or "âThe"), and a two-character
-- sequence that could be a real letter followed by a quote ("IRMÃ”") is
-- repaired only when the text has unambiguous mojibake elsewhere.
--
-- opts: base (added to reported positions, so they point into the caller's
-- text), report (array: each change appended as {kind=, from=, to=, s=, e=}),
-- counts (table: invisible characters counted by kind), spaces (also turn
-- no-break and odd spaces into " " and drop zero-width characters; repair
-- HTML entities; read bytes that are not UTF-8 as Windows-1252).
local lpeg = require("lpeg")
local charset = require("lede.charset")
local entities = require("lede.entities")

local P, R, S, C, Cp, Cs, Cmt =
  lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cp, lpeg.Cs, lpeg.Cmt
local byte, char, sub, find = string.byte, string.char, string.sub, string.find
local unpack = unpack or table.unpack
local concat = table.concat
local encode, cp1252 = charset.encode, charset.cp1252

local M = {}

-- The repair in progress.  Patterns are compiled once, so their match-time
-- functions read the current call's settings from here; a repair never
-- calls another one while it runs.
local st = { full = false, lossy = false, base = 0, report = nil,
             counts = nil, spaces = false, open = false, found = false }

local function record(kind, from, to, s, e)
  local rep = st.report
  if rep then
    rep[#rep + 1] = { kind = kind, from = from, to = to,
                      s = st.base + s, e = st.base + e }
  end
end

local function count(kind)
  local c = st.counts
  if c then c[kind] = (c[kind] or 0) + 1 end
end

-- ---------------------------------------------------------------- classes
-- What the character before / after a position is, for the guesses.

local function is_letter_byte(b)
  return b and ((b >= 65 and b <= 90) or (b >= 97 and b <= 122))
end

-- "space" (or edge), "alpha", "digit", "open" ( [ {, "punct", or, for the
-- lead byte of a non-ASCII character, its class by what it usually is.
local function class_of_char(ch)
  local b = byte(ch)
  if not b then return "space" end
  if b == 32 or b == 9 or b == 10 or b == 13 or b == 12 then return "space" end
  if is_letter_byte(b) then return "alpha" end
  if b >= 48 and b <= 57 then return "digit" end
  if b == 40 or b == 91 or b == 123 then return "open" end
  if b < 128 then return "punct" end
  if ch == "\194\160" then return "space" end
  if ch == "\195\162" then return "punct" end -- another lost quote
  if b == 0xC3 then
    if ch == "\195\151" or ch == "\195\183" then return "punct" end
    return "alpha"
  end
  if b == 0xC2 or b == 0xE2 then return "punct" end
  return "alpha"
end

local function char_before(s, pos)
  local j = pos - 1
  if j < 1 then return "" end
  local k = j
  while k > 1 and k > j - 3 do
    local b = byte(s, k)
    if b < 0x80 or b >= 0xC0 then break end
    k = k - 1
  end
  return sub(s, k, j)
end

local function char_at(s, pos)
  local b = byte(s, pos)
  if not b then return "" end
  local len = b < 0xC0 and 1 or b < 0xE0 and 2 or b < 0xF0 and 3 or 4
  return sub(s, pos, pos + len - 1)
end

-- ---------------------------------------------------------------- full mojibake

-- character (as UTF-8) -> the byte it came from
local rev = {}
for b = 0x80, 0xFF do rev[encode(b)] = b end
for b, cp in pairs(cp1252) do rev[encode(cp)] = b end

-- Characters a continuation byte 0x80..0xBF became: U+0080..U+00BF (Latin-1
-- reading) or a Windows-1252 special.
local cont = P("\194") * R("\128\191")
for b, cp in pairs(cp1252) do
  if b <= 0xBF then cont = cont + P(encode(cp)) end
end
local lead2 = P("\195") * R("\130\159") -- Â..ß: bytes C2..DF
local lead3 = P("\195") * R("\160\175") -- à..ï: bytes E0..EF
local lead4 = P("\195") * R("\176\180") -- ð..ô: bytes F0..F4
local sequence = lead4 * cont * cont * cont + lead3 * cont * cont + lead2 * cont

-- Continuation bytes that are punctuation: "Ã" + "”" could be a real
-- Portuguese capital followed by a closing quote.
local weak_cont = {
  [0x85] = true, [0x8B] = true, [0x91] = true, [0x92] = true, [0x93] = true,
  [0x94] = true, [0x95] = true, [0x96] = true, [0x97] = true, [0x9B] = true,
  [0xA1] = true, [0xAB] = true, [0xB7] = true, [0xBB] = true, [0xBF] = true,
}

local function valid_utf8(b)
  local b1, b2 = b[1], b[2]
  if #b == 3 then
    if b1 == 0xE0 and b2 < 0xA0 then return false end
    if b1 == 0xED and b2 > 0x9F then return false end
  elseif #b == 4 then
    if b1 == 0xF0 and b2 < 0x90 then return false end
    if b1 == 0xF4 and b2 > 0x8F then return false end
  end
  return true
end

local function space_of(out)
  if st.spaces then
    if out == "\194\160" then count("nbsp"); return " " end
    if out == "\239\187\191" then count("zero-width"); return "" end
  end
  return out
end

-- The character m (a matched sequence) stood for, or nil when m is not
-- mojibake beyond doubt (invalid UTF-8 once mapped back; a weak pair when
-- the text shows no other mojibake).
local function decode(s, i, m)
  local bytes, pos = {}, 1
  while pos <= #m do
    local len = byte(m, pos) < 0xE0 and 2 or 3
    bytes[#bytes + 1] = rev[sub(m, pos, pos + len - 1)]
    pos = pos + len
  end
  if not valid_utf8(bytes) then return nil end
  if #bytes == 2 and weak_cont[bytes[2]] and not st.full then
    local after = class_of_char(char_at(s, i))
    if after ~= "alpha" then return nil end
  end
  return char(unpack(bytes))
end

local full = Cmt(Cp() * C(sequence), function(s, i, start, m)
  local out = decode(s, i, m)
  if not out then return false end
  record("mojibake", m, out, start, i - 1)
  return i, space_of(out)
end)

-- scan's probe: a loop that raises st.found at a sure sequence.  (A
-- grammar "seq + run * V(1) + 1 * V(1)" retries each run byte by byte when
-- the rest fails: exponential on French text, and it overflows LPeg's
-- backtrack stack; the hostile-input spec keeps that from coming back.)
local probe = (Cmt(C(sequence), function(s, i, m)
  if decode(s, i, m) then st.found = true end
  return i
end) + (1 - P("\195")) ^ 1 + 1) ^ 0

-- "â€" whose third byte was lost (0x9D, "”", is undefined in Windows-1252
-- and is the one decoders drop), possibly marked by U+FFFD.
local euro_lost = Cmt(Cp() * C(P("\195\162\226\130\172") * P("\239\191\189") ^ -1),
  function(_, i, start, m)
    record("lossy-mojibake", m, "\226\128\157", start, i - 1)
    st.open = false
    return i, "\226\128\157"
  end)

-- ---------------------------------------------------------------- lossy "â"

local contraction = { s = true, t = true, re = true, ve = true, ll = true,
                      d = true, m = true }

local LQUOTE, RQUOTE, APOS = "\226\128\156", "\226\128\157", "\226\128\153"
local NDASH, MDASH = "\226\128\147", "\226\128\148"

-- Letters of the word that ends at pos - 1 (ASCII only; nil when the word
-- has non-ASCII letters, a sign of a real French or Portuguese word).
local function word_len_before(s, pos)
  local n, j = 0, pos - 1
  while j >= 1 do
    local b = byte(s, j)
    if is_letter_byte(b) then n = n + 1
    elseif b >= 0x80 then return nil
    else break end
    j = j - 1
  end
  return n
end

local function guess(s, i, start)
  local before = class_of_char(char_before(s, start))
  local after = class_of_char(char_at(s, i))
  if before == "alpha" or before == "digit" then
    if after == "alpha" then
      local _, e2 = find(s, "^%l+", i)
      local suffix = e2 and sub(s, i, e2)
      if suffix and contraction[suffix] and not is_letter_byte(byte(s, e2 + 1))
        and (byte(s, e2 + 1) or 0) < 0x80 then
        return APOS
      end
      local left = word_len_before(s, start)
      if not left then return nil end
      if left <= 2 and find(sub(s, start - left, start - 1), "%l") then
        return nil -- "château", "pâte", "grâce": a short lowercase stem
      end
      local _, e3 = find(s, "^%a+", i)
      if not e3 or (byte(s, e3 + 1) or 0) >= 0x80 then return nil end
      return MDASH
    elseif after == "digit" then
      return before == "digit" and NDASH or MDASH
    end
    if st.open then st.open = false; return RQUOTE end
    return APOS
  elseif before == "space" or before == "open" then
    if after == "space" then return NDASH end
    if after == "punct" then
      if st.open then st.open = false; return RQUOTE end
      return NDASH
    end
    st.open = true
    return LQUOTE
  end
  -- after punctuation: a closing quote, or a dash between clauses
  if after == "alpha" or after == "digit" then return MDASH end
  st.open = false
  return RQUOTE
end

local lossy_a = Cmt(Cp() * P("\195\162"), function(s, i, start)
  if not st.lossy then return false end
  local out = guess(s, i, start)
  if not out then return false end
  record("lossy-mojibake", "\195\162", out, start, i - 1)
  return i, out
end)

-- "Â" left from a no-break space (C2 A0 read as "Â" + a space that was
-- then lost or kept): a real "Â" always starts or sits in a word.
local lossy_cap_a = Cmt(Cp() * P("\195\130"), function(s, i, start)
  local after = class_of_char(char_at(s, i))
  if after == "alpha" or after == "digit" then return false end
  record("lossy-mojibake", "\195\130", "", start, i - 1)
  return i, ""
end)

-- ---------------------------------------------------------------- spaces

local spacey = P("\194\160") + P("\226\128") * (R("\128\138") + P("\175"))
  + P("\226\129\159") + P("\227\128\128")
local invisible = P("\226\128") * R("\139\141") + P("\226\129\160")
  + P("\239\187\191") + P("\194\173")

local space_fix = Cmt(spacey, function(_, i)
  if not st.spaces then return false end
  count("nbsp")
  return i, " "
end) + Cmt(invisible, function(s, i)
  if not st.spaces then return false end
  -- A zero-width joiner between two emoji is part
  -- of one emoji (the family 👨‍👩‍👧, 🏳️‍🌈), not an invisible leftover; it
  -- stays.  Emoji are 4-byte characters, or end in VS16 (EF B8 8F), and
  -- the next one starts F0 (or E2 for ♀ ♂ ⚕).
  if sub(s, i - 3, i - 1) == "\226\128\141" then
    local before, after = byte(s, i - 7), byte(s, i)
    if (before and before >= 0xF0 or sub(s, i - 6, i - 4) == "\239\184\143")
       and after and (after >= 0xF0 or after == 0xE2) then
      return i, "\226\128\141"
    end
  end
  count("zero-width")
  return i, ""
end)

local entity = Cmt(Cp() * entities.pattern, function(s, i, start, text)
  if not st.spaces then return false end
  record("entity", sub(s, start, i - 1), text, start, i - 1)
  if text == "\194\160" then return i, " " end
  return i, text
end)

-- A well-formed UTF-8 character outside ASCII: passed through as it is.
local c1 = R("\128\191")
local utf8_char = R("\194\223") * c1 + P("\224") * R("\160\191") * c1
  + R("\225\236") * c1 * c1 + P("\237") * R("\128\159") * c1 + R("\238\239") * c1 * c1
  + P("\240") * R("\144\191") * c1 * c1 + R("\241\243") * c1 * c1 * c1
  + P("\244") * R("\128\143") * c1 * c1

-- A byte that is no part of a UTF-8 character: text in Windows-1252 (or
-- Latin-1) pasted as it is.  Read in that charset when cleaning.
local stray = Cmt(Cp() * C(R("\128\255")), function(_, i, start, b)
  if not st.spaces then return false end
  local code = byte(b)
  local cp = cp1252[code] or (code >= 0xA0 and code) or nil
  if not cp then return false end
  local out = encode(cp)
  record("cp1252", b, out, start, i - 1)
  if out == "\194\160" then return i, " " end
  return i, out
end)

-- ASCII (but "&") is skipped in runs, so plain text costs one set test per
-- byte.
local boring = (R("\0\127") - P("&")) ^ 1
local repairer = Cs((boring + entity + full + euro_lost + lossy_a + lossy_cap_a
  + space_fix + utf8_char + stray + 1) ^ 0)

-- ---------------------------------------------------------------- evidence

-- Shapes of a lone "â" that real words never have: after punctuation and
-- before a space (",â "), before a capital ("âThe"), between spaces, or
-- before a contraction ending ("Trumpâs", "weâre").
local wsp = S(" \t\r\n")
local capital = R("AZ")
local blank = S(" \t")
local after_a = capital + (P("s") + "re" + "ve" + "ll") * -R("az", "AZ")
local clause_end = { [46] = true, [44] = true, [33] = true, [63] = true, [59] = true,
                     [58] = true } -- . , ! ? ; :
local function lossy_signs(text, limit)
  local n, pos = 0, 1
  while n < limit do
    local a = find(text, "\195\162", pos, true)
    if not a then break end
    local before = byte(text, a - 1) or 32
    local rest = a + 2
    if (clause_end[before] and (rest > #text or wsp:match(text, rest)))
      or capital:match(text, rest)
      or ((before == 32 or before == 9) and blank:match(text, rest))
      or (before >= 97 and before <= 122 and after_a:match(text, rest)) then
      n = n + 1
    end
    pos = rest
  end
  return n
end

--- What the text shows: { full = bool, lossy = bool }.  Linear; texts
-- without the byte that starts "Ã"/"â"/"Â" cost one string.find.
function M.scan(text)
  local mode = { full = false, lossy = false }
  if not find(text, "\195", 1, true) then return mode end
  mode.lossy = lossy_signs(text, 2) >= 2
  local saved = st.full
  st.full, st.found = false, false
  probe:match(text)
  mode.full = st.found
  st.full = saved
  return mode
end

-- Text no repair can change: ASCII but "&", and well-formed characters
-- that start no repair (most of them: é, ü, £, °, ’, —, …).  One pass, no
-- copy.  special holds every character a repair can start at: a no-break
-- space or soft hyphen, a "Â" that no letter follows, an "Ã"-like letter
-- followed by what a continuation byte became (full mojibake), odd and
-- zero-width spaces, and, only when the text shows lossy mojibake, "â".
-- So correct French or German text ("château", "Âgés") meets none.
local special = P("\194") * S("\160\173") + P("\195\130") * -R("az", "AZ", "09")
  + P("\195") * R("\128\191") * #cont + P("\226\128") * (R("\128\141") + "\175")
  + P("\226\129") * S("\159\160") + "\227\128\128" + "\239\187\191"
local function all_plain(specials)
  return ((R("\0\127") - P("&")) ^ 1 + (-specials * utf8_char)) ^ 0 * -P(1)
end
local untouched = all_plain(special)
local untouched_lossy = all_plain(special + "\195\162")

-- LPeg keeps each value a match-time capture gives on the Lua stack until
-- the whole match ends, and fails past the stack's limit: about 32,000
-- values on Lua 5.4 ("too many results in match-time capture" on 40 KB of
-- stray bytes), under 8,000 on LuaJIT ("stack overflow (too many
-- captures)").  So a long string is repaired a piece at a time, each well
-- under both (a byte gives at most one value).  A piece ends at white
-- space where it can, so that no mojibake sequence or entity is cut in
-- two; else at a byte that starts a character.
local PIECE, REACH = 2048, 512

local function piece_end(s, from)
  local cut = from + PIECE - 1
  if cut >= #s then return #s end
  local ws = find(s, "[ \t\n]", cut)
  if ws and ws <= cut + REACH then return ws end
  local lead = find(s, "[^\128-\191]", cut + 1)
  if lead and lead <= cut + REACH then return lead - 1 end
  return cut
end

local function repair_pieces(s, base)
  local out, from = {}, 1
  while from <= #s do
    local to = piece_end(s, from)
    st.base = base + from - 1
    out[#out + 1] = repairer:match(sub(s, from, to))
    from = to + 1
  end
  return concat(out)
end

--- Repairs s (see the module comment for mode and opts); returns the new
-- string.  Strings with nothing to repair are returned as they are.
function M.repair(s, mode, opts)
  opts = opts or {}
  if (mode and mode.lossy and untouched_lossy or untouched):match(s) then return s end
  st.full, st.lossy = mode and mode.full or false, mode and mode.lossy or false
  st.base, st.report, st.counts = opts.base or 0, opts.report, opts.counts
  st.spaces, st.open = opts.spaces or false, false
  local out = #s <= PIECE and repairer:match(s) or repair_pieces(s, st.base)
  st.report, st.counts = nil, nil
  return out
end

--- True when repair could change s in mode (a scan() result; without it,
-- in any mode).
function M.changes(s, mode)
  return not ((mode and not mode.lossy) and untouched or untouched_lossy):match(s)
end

--- scan + repair of a whole text, without touching spaces or entities:
-- returns the repaired text and the list of changes.
function M.fix(text)
  local changes = {}
  local out = M.repair(text, M.scan(text), { report = changes })
  return out, changes
end

return M
