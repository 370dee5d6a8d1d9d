-- `make eval`: lede.fix_text on the project's own cases, one row per kind of
-- broken text: how many come back exactly, and how many correct texts it
-- changed.  The sentences are written here (none from ../shared or from any
-- other tool's tests); each kind breaks them the way real software does:
-- Windows-1252/Latin-1 readings done in Lua, the other code pages by iconv
-- (undefined bytes kept as C1 controls).
--
--   lua5.4 bench/repair_eval.lua            (LUA_PATH/LUA_CPATH as make sets)
--   REPAIR_EVAL_VERBOSE=1 lua5.4 bench/repair_eval.lua     (and each miss)
--   REPAIR_EVAL_ALL=1 ...  (also the must-stay texts of repair_clean.lua, broken)
local lede = require("lede")
local charset = require("lede.charset")

local byte, char = string.byte, string.char
local VERBOSE = os.getenv("REPAIR_EVAL_VERBOSE") -- set: print each miss
local encode, cp1252 = charset.encode, charset.cp1252

-- Correct sentences, many languages, most with the punctuation mojibake
-- eats (’ “ ” — …).
local SENTENCES = {
  "The council’s vote was delayed — again — after a “technical issue,” the clerk said.",
  "“We’re not giving up,” said the coach, whose team lost 3–1 on Sunday.",
  "Rescuers pulled 14 people from the rubble… at least two are in critical condition.",
  "She’d said the café’s lease ran out in June; the owner didn’t renew it.",
  "Officials estimated the damage at €2.5 million, or about £2.1 million.",
  "L’équipe de Genève a gagné la finale « haut la main », a déclaré l’entraîneur.",
  "Der Bürgermeister von Düsseldorf äußerte sich über die Öffnungszeiten.",
  "O presidente da associação disse que a decisão não é definitiva.",
  "La señora Muñoz explicó que el año próximo habrá más camiones.",
  "Sjåføren på ferja sa at været blir bedre i løpet av uka.",
  "Vägverket säger att bron över älven öppnar på måndag.",
  "Mieszkańcy Gdańska protestowali przeciwko budowie źródła ciepła.",
  "Ministr řekl, že státní rozpočet bude schválen příští týden.",
  "Президент заявил, что переговоры продолжатся в четверг.",
  "Уряд повідомив про ремонт мосту через річку Дніпро.",
  "Ο δήμαρχος της Θεσσαλονίκης μίλησε για τα νέα έργα.",
  "Lietuvos vyriausybė pritarė įstatymo pakeitimams.",
  "Türkiye’de seçim sonuçları açıklandı, dedi yetkili.",
  "Hà Nội công bố kế hoạch xây dựng đường mới.",
  "Fans posted 🎉 and 👍 after the match; one wrote “unreal 😂”.",
}

-- Correct text that only looks like mojibake, for the false-change row.
local LOOKALIKE = {
  "NESTLÉ® said its CAFÉ’s range costs 5×£35.", "Brontë…” ended the chapter.",
  "«IRMÃ» é o título; IRMÃ disse.", "ÂGE TENDRE, À LA UNE", "ÉTÉ 2026 — MONTRÉAL",
  "Ça coûte 20 €, ½ prix.", "Øystein, Þóra og Ðorđe", "naïve, coöperate, résumé",
  "un château, l’âge, la pâte, le théâtre", "×3 ÷2 ± 5 ≈ 7 °C µs Ω",
  "©, ®, ™ and ¶ § marks", "Ãrbol no es palabra, pero ÃO sí está en IRMÃO.",
}

-- UTF-8 read as Windows-1252 (Latin-1 for its five undefined bytes).
local function misread(s)
  return (s:gsub("[\128-\255]", function(b)
    local n = byte(b)
    return encode(cp1252[n] or n)
  end))
end

-- UTF-8 read as Latin-1: 0x80..0x9F become C1 controls.
local function latin1(s)
  return (s:gsub("[\128-\255]", function(b) return encode(byte(b)) end))
end

-- Each byte 0x80..0xFF as code page `page` reads it (iconv), a byte the
-- page leaves undefined as the C1 control of its number: what a decoder
-- that keeps every byte gives (Python's "sloppy" codecs, browsers).
local page_tables = {}
local function page_table(page)
  if page_tables[page] then return page_tables[page] end
  local tmp = os.tmpname()
  local f = assert(io.open(tmp, "wb"))
  for b = 0x80, 0xFF do f:write(char(b), "\n") end
  f:close()
  local p = io.popen("iconv -c -f " .. page .. " -t UTF-8 " .. tmp .. " 2>/dev/null")
  local out = p:read("*a")
  p:close()
  os.remove(tmp)
  local t, b = {}, 0x80
  for line in (out .. "\n"):gmatch("([^\n]*)\n") do
    if b > 0xFF then break end
    t[char(b)] = line ~= "" and line or encode(b)
    b = b + 1
  end
  page_tables[page] = t
  return t
end

-- UTF-8 read through code page `page`.
local function through(page, s)
  return (s:gsub("[\128-\255]", page_table(page)))
end

-- The lone "â" of lossy mojibake: ’ “ ” – — lost their last two bytes.
local function lossy(s)
  local out, n = s:gsub("\226\128[\147\148\152\153\156\157]", "\195\162")
  return n > 0 and out or nil
end

-- ’ “ ” … – — as C1 controls (Windows-1252 bytes read as Latin-1).
local C1 = { ["\226\128\153"] = "\194\146", ["\226\128\156"] = "\194\147",
             ["\226\128\157"] = "\194\148", ["\226\128\166"] = "\194\133",
             ["\226\128\147"] = "\194\150", ["\226\128\148"] = "\194\151" }
local function c1(s)
  local out, n = s:gsub("\226\128[\147\148\153\156\157\166]", C1)
  return n > 0 and out or nil
end

-- One layer of mojibake whose undefined bytes became U+FFFD.
local function replaced(s)
  local _, n = latin1(s):gsub("\194[\129\141\143\144\157]", "\239\191\189")
  return n > 0 and misread(s):gsub("\194[\129\141\143\144\157]", "\239\191\189") or nil
end

-- Windows-1252 text: the bytes themselves, not UTF-8.
local function raw_cp1252(s)
  local back = {}
  for b, cp in pairs(cp1252) do back[encode(cp)] = char(b) end
  for b = 0xA0, 0xFF do back[encode(b)] = char(b) end
  local ok = true
  local out = s:gsub("[\194-\244][\128-\191]+", function(ch)
    if back[ch] then return back[ch] end
    ok = false
  end)
  return ok and out ~= s and out or nil
end

-- Emoji as CESU-8 (a surrogate pair, each half in three bytes).
local function cesu8(s)
  local n = 0
  local out = s:gsub("[\240-\244][\128-\191][\128-\191][\128-\191]", function(ch)
    local b1, b2, b3, b4 = byte(ch, 1, 4)
    local cp = (b1 % 8) * 262144 + (b2 % 64) * 4096 + (b3 % 64) * 64 + b4 % 64 - 0x10000
    local hi, lo = 0xD800 + math.floor(cp / 1024), 0xDC00 + cp % 1024
    n = n + 1
    local function three(u)
      return char(0xE0 + math.floor(u / 4096), 0x80 + math.floor(u / 64) % 64, 0x80 + u % 64)
    end
    return three(hi) .. three(lo)
  end)
  return n > 0 and out or nil
end

local ENT = { ["\226\128\153"] = "&rsquo;", ["\226\128\156"] = "&ldquo;",
              ["\226\128\157"] = "&rdquo;", ["\226\128\148"] = "&#8212;",
              ["\226\128\166"] = "&hellip;", ["\195\169"] = "&eacute;" }
local function entities(s)
  local out, n = s:gsub("\226\128[\148\153\156\157\166]", ENT):gsub("\195\169", ENT)
  return n > 0 and out or nil
end

-- Text set from a typeset PDF: fi fl ff as ligatures.
local LIGATURE = { fi = "\239\172\129", fl = "\239\172\130", ff = "\239\172\128" }
local function ligatures(s)
  local out, n = s:gsub("f[fil]", LIGATURE)
  return n > 0 and out or nil
end

-- Text typed with a CJK input method left in full width: ASCII letters,
-- digits and spaces as their fullwidth forms.
local function fullwidth(s)
  local out, n = s:gsub("[%w ]", function(c)
    if c == " " then return "\227\128\128" end
    return encode(c:byte() + 0xFEE0)
  end)
  return n > 0 and out or nil
end

-- A line copied from a terminal: its first word coloured, a bell.
local function terminal(s)
  local out, n = s:gsub("^(%S+)", "\27[1;31m%1\27[0m\7", 1)
  return n > 0 and out or nil
end

-- kind, how a sentence is broken (nil: this sentence cannot be), options
local KINDS = {
  { "windows-1252, 1 layer", misread },
  { "latin-1, 1 layer", latin1 },
  { "windows-1252, 2 layers", function(s) return misread(misread(s)) end },
  { "windows-1252, 3 layers", function(s) return misread(misread(misread(s))) end },
  { "macroman", function(s) return through("MACINTOSH", s) end },
  { "windows-1250", function(s) return through("CP1250", s) end },
  { "iso-8859-2", function(s) return through("ISO-8859-2", s) end },
  { "windows-1251", function(s) return through("CP1251", s) end },
  { "windows-1257", function(s) return through("CP1257", s) end },
  { "cp437", function(s) return through("CP437", s) end },
  { "windows-1253", function(s) return through("CP1253", s) end },
  { "windows-1254", function(s) return through("CP1254", s) end },
  { "c1 controls", c1 },
  { "lost bytes as U+FFFD", replaced },
  { "windows-1252 bytes", raw_cp1252 },
  { "cesu-8", cesu8 },
  { "lossy lone a-circumflex", lossy },
  { "entities (opts.entities)", entities, { entities = true } },
  { "entities (entities=auto)", entities, { entities = "auto" } },
  { "ligatures (opts.ligatures)", ligatures, { ligatures = true } },
  { "fullwidth (opts.widths)", fullwidth, { widths = true } },
  { "terminal (opts.controls)", terminal, { controls = true } },
}

local function row(name, fixed, total, extra)
  print(("%-28s %4d / %-4d %s"):format(name, fixed, total, extra or ""))
end

-- The must-stay-unchanged texts of bench/repair_clean.lua, also broken
-- by every kind (the second table: harder, many are short).
local MUST_STAY = dofile((arg and arg[0] or "bench/repair_eval.lua"):gsub("[^/]*$", "")
  .. "repair_clean.lua")

local function score(texts)
print(("%-28s %s"):format("kind", "fixed / total"))
local all_fixed, all_total = 0, 0
for _, k in ipairs(KINDS) do
  local name, breaker, opts = k[1], k[2], k[3]
  local fixed, total = 0, 0
  for _, s in ipairs(texts) do
    local broken = breaker(s)
    if broken and broken ~= s then
      total = total + 1
      local got = lede.fix_text(broken, opts)
      if got == s then
        fixed = fixed + 1
      elseif VERBOSE then
        print("  missed: " .. broken .. "\n     got: " .. got)
      end
    end
  end
  all_fixed, all_total = all_fixed + fixed, all_total + total
  row(name, fixed, total)
end
row("all kinds", all_fixed, all_total)
end

score(SENTENCES)
if os.getenv("REPAIR_EVAL_ALL") then -- the must-stay texts broken too
  print("-- bench/repair_clean.lua texts, broken")
  score(MUST_STAY)
end

local changed, clean = 0, 0
for _, list in ipairs({ SENTENCES, LOOKALIKE, MUST_STAY }) do
  for _, s in ipairs(list) do
    clean = clean + 1
    if lede.fix_text(s) ~= s then
      changed = changed + 1
      print("  changed: " .. s)
    end
  end
end
print(("%-28s %4d / %-4d (lower is better)"):format("false changes, clean text", changed, clean))
