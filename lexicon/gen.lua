-- lexicon/gen.lua -- writes the C and Lua tables of the lexicon from the
-- TSV files under lexicon/.
--
--   lua lexicon/gen.lua           rewrite the generated files
--   lua lexicon/gen.lua --check   fail (exit 1) when a generated file differs
--                                 from what the TSV files say
--
-- Run from the project root (make does).  The generated files are checked in
-- so that a build needs no Lua beyond the one the module is built for; `make
-- test` runs --check so that they cannot drift from the data.
--
-- The files, one row a word, columns separated by tabs, '#' starts a comment:
--   en/<group>.tsv            word, classes, value, text, key, flags
--     classes  word classes by name (CLASSES below), separated by spaces
--     value    the number a word stands for ("7", "1e+06"; empty: 0)
--     text     a static string: currency code, unit, plural of a victim noun
--     key      a name the C scanners test the word by (K_<KEY>)
--     flags    scale_ordinal: "hundredth", an ordinal that multiplies;
--              abbreviation: "sept", "jan"
--   en/casualty_triggers.tsv  word, kind, form, key
--   en/casualty_words.tsv     word, classes, key: the words the casualty
--                             readings test, by class (CASUALTY_CLASSES
--                             below); a word of another file gets these
--                             classes added to its row, a new word gets a
--                             row that only the casualty engine sees
--     kind     killed injured missing displaced evacuated abducted casualties
--     form     participle ing noun adjective present intransitive (FORMS below)
--   en/number_words.tsv       word, classes, key: the words the number
--                             scanner tests, by class (NUMBER_CLASSES
--                             below), added to rows as casualty_words.tsv
--   languages.tsv             code, snowball: the languages of summarize and
--                             the libstemmer algorithm of each
--   <code>/stopwords.tsv      one folded word a row: words with no topic
--   <code>/abbreviations.tsv  word, kind: the words before a period that the
--                             sentence splitter reads under the language
--                             (optional; English's are the tokenizer's too)
--     kind     title abbreviation place (place: English only, a US state)
--   <code>/ordinal_words.tsv  one word a row that an ordinal "3." stands
--                             before ("3. Oktober"; optional)
--   en/starters.tsv           one capitalized word a row that opens sentences
--                             and is no name: after an abbreviation it
--                             starts the next sentence
-- Lua 5.1 syntax: it runs under every interpreter the build knows.

local CLASSES = {
  unit = "WC_UNIT", teen = "WC_TEEN", tens = "WC_TENS", hundred = "WC_HUNDRED",
  scale = "WC_SCALE", ordinal = "WC_ORD", fraction = "WC_FRAC",
  month = "WC_MONTH", currency = "WC_CUR", suffix = "WC_SUFFIX",
  unit_word = "WC_UNITW", casualty = "WC_TRIG", victim = "WC_VICTIM",
  auxiliary = "WC_AUX", modal = "WC_MODAL", day = "WC_DAY",
  region = "WC_REGION", determiner = "WC_DET", vague = "WC_VAGUE",
  year_before = "WC_YEARCTX", year_after = "WC_YEARNEXT",
}
local KINDS = {
  killed = "LEDE_CAS_KILLED", injured = "LEDE_CAS_INJURED",
  missing = "LEDE_CAS_MISSING", displaced = "LEDE_CAS_DISPLACED",
  evacuated = "LEDE_CAS_EVACUATED", abducted = "LEDE_CAS_ABDUCTED",
  casualties = "LEDE_CAS_CASUALTIES",
}
local FORMS = {
  participle = "F_PART", ing = "F_ING", noun = "F_NOUN", adjective = "F_ADJ",
  present = "F_PRES", intransitive = "F_INTR",
}
-- Classes of the casualty readings (nl_word.cas): words tested as a group.
local CASUALTY_CLASSES = {
  skip = "CC_SKIP", injury_link = "CC_INJURY_LINK", follower = "CC_FOLLOWER",
  pronoun = "CC_PRONOUN", personal = "CC_PERSONAL", possessive = "CC_POSSESSIVE",
  reflexive = "CC_REFLEXIVE", title = "CC_TITLE", gunfire = "CC_GUNFIRE",
  weapon = "CC_WEAPON", condition = "CC_CONDITION", things = "CC_THINGS",
  lived = "CC_LIVED", adjunct = "CC_ADJUNCT", attack = "CC_ATTACK",
  place_prep = "CC_PLACE_PREP", revision = "CC_REVISION", hit = "CC_HIT",
  collective = "CC_COLLECTIVE", hedge = "CC_HEDGE",
  carried = "CC_CARRIED", to_death = "CC_TO_DEATH", flight = "CC_FLIGHT",
  prevent = "CC_PREVENT", body = "CC_BODY", speech = "CC_SPEECH", negation = "CC_NEGATION", object = "CC_OBJECT",
  filmed = "CC_FILMED", found = "CC_FOUND",
  facility = "CC_FACILITY",
}
-- Classes of the number scanner (nl_word.num): words tested as a group.
local NUMBER_CLASSES = {
  ordinal_suffix = "NC_ORDINAL_SUFFIX", age_unit = "NC_AGE_UNIT",
  measure_prefix = "NC_MEASURE_PREFIX", month_homonym = "NC_MONTH_HOMONYM",
  time_second = "NC_TIME_SECOND", weight_or_money = "NC_WEIGHT_OR_MONEY",
  phrase_start = "NC_PHRASE_START",
}
local FLAGS = { scale_ordinal = "NL_SCALE_ORD", abbreviation = "NL_ABBREV" }

-- The English word groups, in table order.
local EN_GROUPS = { "numbers", "months", "currencies", "units",
  "casualty_triggers", "victims", "function_words", "days", "regions" }

local HEADER = "generated by lexicon/gen.lua from the TSV files under lexicon/: do not edit"

local problems = {}
local function fail(where, msg)
  problems[#problems + 1] = where .. ": " .. msg
end

-- Rows of a TSV file: arrays of fields, with the file and line for errors.
local function read_tsv(path)
  local f = assert(io.open(path, "rb"))
  local rows, n = {}, 0
  for line in f:lines() do
    n = n + 1
    line = line:gsub("\r$", "")
    if line ~= "" and not line:match("^#") then
      local fields = {}
      for field in (line .. "\t"):gmatch("([^\t]*)\t") do
        fields[#fields + 1] = field
      end
      fields.where = path .. ":" .. n
      rows[#rows + 1] = fields
    end
  end
  f:close()
  return rows
end

local function c_string(s)
  if s == nil or s == "" then return "NULL" end
  return '"' .. s .. '"'
end

local function named(map, name, where, what)
  local v = map[name]
  if not v then fail(where, "unknown " .. what .. " '" .. tostring(name) .. "'") end
  return v or "0"
end

-- One nl_word row of the C table as a record (formatted by row_text).
local function word_row(fields, trigger)
  local w, where = fields[1], fields.where
  if not w:match("^[a-z][a-z']*$") or #w > 16 then
    fail(where, "a word is 1 to 16 lower-case ASCII letters, not '" .. w .. "'")
  end
  local r = { w = w, cat = {}, value = "0", kind = "0", form = "0", flags = {}, cas = {}, num = {} }
  local key = fields[5]
  if trigger then
    r.cat[1] = "WC_TRIG"
    r.kind = named(KINDS, fields[2], where, "casualty kind")
    r.form = named(FORMS, fields[3], where, "casualty form")
    key = fields[4]
  else
    for c in (fields[2] or ""):gmatch("[%w_]+") do
      r.cat[#r.cat + 1] = named(CLASSES, c, where, "word class")
    end
    if fields[3] and fields[3] ~= "" then
      if not tonumber(fields[3]) then fail(where, "value is not a number") end
      r.value = fields[3]
    end
    r.text = fields[4]
    if fields[6] and fields[6] ~= "" then r.flags[1] = named(FLAGS, fields[6], where, "flag") end
  end
  if key == "" then key = nil end
  r.key = key and ("K_" .. key:upper()) or nil
  return r
end

local function row_text(r)
  local function bits(list) return #list > 0 and table.concat(list, "|") or "0" end
  return string.format("  {%s, %s, %s, %s, %s, %s, %s, %s, %s, %s},", c_string(r.w),
    bits(r.cat), r.value, c_string(r.text), r.key or "K_NONE", r.kind, r.form,
    bits(r.flags), bits(r.cas), bits(r.num))
end

-- The classes (and key) of a class file (casualty_words.tsv into the
-- row's field "cas", number_words.tsv into "num") added to the word's row,
-- or a new row only the class tests see (NL_CLASS_ONLY).
local function class_word(fields, rows, index, keys, field, classes, what)
  local w, where = fields[1], fields.where
  local r = index[w]
  if not r then
    r = word_row({ w, where = where }, false)
    r.flags[#r.flags + 1] = "NL_CLASS_ONLY"
    rows[#rows + 1] = r
    index[w] = r
  end
  for c in (fields[2] or ""):gmatch("[%w_]+") do
    r[field][#r[field] + 1] = named(classes, c, where, what)
  end
  local key = fields[3]
  if key and key ~= "" then
    if r.key then fail(where, "'" .. w .. "' already has the key " .. r.key) end
    r.key = "K_" .. key:upper()
    keys[#keys + 1] = r.key
  end
end

-- The rows of a class file added to the table (no word twice in one file).
local function class_file(path, rows, index, keys, field, classes, what)
  local seen = {}
  for _, fields in ipairs(read_tsv(path)) do
    if seen[fields[1]] then fail(fields.where, "'" .. fields[1] .. "' twice") end
    seen[fields[1]] = true
    class_word(fields, rows, index, keys, field, classes, what)
  end
end

local function english_words()
  local rows, keys, seen, months, index = {}, {}, {}, {}, {}
  for _, group in ipairs(EN_GROUPS) do
    local path = "lexicon/en/" .. group .. ".tsv"
    for _, fields in ipairs(read_tsv(path)) do
      local w = fields[1]
      if seen[w] then fail(fields.where, "'" .. w .. "' is also in " .. seen[w]) end
      seen[w] = fields.where
      local r = word_row(fields, group == "casualty_triggers")
      rows[#rows + 1] = r
      index[w] = r
      if r.key then keys[#keys + 1] = r.key end
      if group == "months" then
        months[#months + 1] = { w, tonumber(fields[3]), fields[6] == "abbreviation" }
      end
    end
  end
  class_file("lexicon/en/casualty_words.tsv", rows, index, keys, "cas", CASUALTY_CLASSES,
    "casualty class")
  class_file("lexicon/en/number_words.tsv", rows, index, keys, "num", NUMBER_CLASSES,
    "number class")
  local text, words = {}, {}
  for i, r in ipairs(rows) do text[i], words[i] = row_text(r), r.w end
  return text, keys, months, words
end

-- Byte order for bsearch (string "<" follows the locale's collation).
local function bytes_before(a, b)
  for i = 1, math.min(#a, #b) do
    local x, y = a:byte(i), b:byte(i)
    if x ~= y then return x < y end
  end
  return #a < #b
end

-- The words of a one-column list, each once and as valid() says, sorted by
-- bytes; what names the words in the message for one that is not.
local function word_list(path, valid, what)
  local list, seen = {}, {}
  for _, fields in ipairs(read_tsv(path)) do
    local w = fields[1]
    if not valid(w) then fail(fields.where, what .. ", not '" .. w .. "'") end
    if seen[w] then fail(fields.where, "'" .. w .. "' twice") end
    seen[w] = true
    list[#list + 1] = w
  end
  table.sort(list, bytes_before)
  return list
end

local function stopwords(lang)
  return word_list("lexicon/" .. lang .. "/stopwords.tsv",
    function(w) return #w <= 24 and not w:find("[%s%u\"\\]") end,
    "a stop word is a folded word of at most 24 bytes")
end

-- The English sentence starters: capitalized ASCII words, sorted by bytes.
local function starters()
  return word_list("lexicon/en/starters.tsv",
    function(w) return w:find("^%u%a*$") ~= nil and #w <= 24 end,
    "a starter is a capitalized ASCII word of at most 24 bytes")
end

local function file_exists(path)
  local f = io.open(path, "rb")
  if f then f:close() end
  return f ~= nil
end

-- The rows of an optional per-language word file, checked, sorted by bytes.
local function language_words(path, kinds)
  local list, seen = {}, {}
  if not file_exists(path) then return list end
  for _, fields in ipairs(read_tsv(path)) do
    local w, kind = fields[1], fields[2]
    if #w > 15 or w:find("[%s\"\\]") or w:find("%.$") then
      fail(fields.where, "a word of at most 15 bytes with no space, quote or final period, not '" .. w .. "'")
    end
    if kinds and not kinds[kind or ""] then
      local names = {}
      for k in pairs(kinds) do names[#names + 1] = k end
      table.sort(names)
      fail(fields.where, "the kind of '" .. w .. "' is " .. table.concat(names, " or "))
    end
    if seen[w] then fail(fields.where, "'" .. w .. "' twice") end
    seen[w] = true
    list[#list + 1] = { word = w, kind = kind }
  end
  table.sort(list, function(a, b) return bytes_before(a.word, b.word) end)
  return list
end

local function c_header(keys, abbrev_max)
  local out = { "/* lede_lexicon.h -- " .. HEADER .. ". */",
    "#ifndef LEDE_LEXICON_H", "#define LEDE_LEXICON_H", "",
    "/* The longest run of letters before the period of an English",
    "   abbreviation (lexicon/en/abbreviations.tsv): the splitter reads no",
    "   more. */",
    "#define LEDE_EN_ABBREV_MAX " .. abbrev_max, "",
    "/* Words the scanners test one by one (nl_word.key): the key column of",
    "   lexicon/en/<group>.tsv. */", "enum {", "  K_NONE = 0," }
  for i, k in ipairs(keys) do out[#out + 1] = "  " .. k .. (i < #keys and "," or "") end
  out[#out + 1] = "};"
  out[#out + 1] = ""
  out[#out + 1] = "#endif"
  return table.concat(out, "\n") .. "\n"
end

local function languages()
  local list = {}
  for _, fields in ipairs(read_tsv("lexicon/languages.tsv")) do
    if not fields[1]:match("^%l%l$") or not (fields[2] or ""):match("^%l+$") then
      fail(fields.where, "a language is a two-letter code and a libstemmer algorithm")
    end
    list[#list + 1] = { code = fields[1], snowball = fields[2] }
  end
  return list
end

local function readall(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end

-- FNV-1a of a word, as hash_lower in csrc/lede_numwords.c computes it
-- (the words are lower case already), in arithmetic every Lua has: the
-- xor touches the low byte only, and h * 16777619 mod 2^32 is split as
-- h * 2^24 + h * 403 so that no product passes 2^53.
local function fnv1a(w)
  local h = 2166136261
  for i = 1, #w do
    local low, c, x, bit = h % 256, w:byte(i), 0, 1
    for _ = 1, 8 do
      if (low % 2) ~= (c % 2) then x = x + bit end
      low, c, bit = math.floor(low / 2), math.floor(c / 2), bit * 2
    end
    h = h - h % 256 + x
    h = ((h % 256) * 16777216 + h * 403) % 4294967296
  end
  return h
end

-- The open-addressing index over nl_words (nl_lookup's slots: index + 1,
-- linear probing), built here once instead of on every call; its size is
-- NL_SLOTS from csrc/lede_numlex.h.
local function slot_table(words)
  local size = tonumber(readall("csrc/lede_numlex.h"):match("#define NL_SLOTS (%d+)"))
  if not size or #words * 2 > size then
    problems[#problems + 1] = "csrc/lede_numlex.h: NL_SLOTS must be at least twice the words (" .. #words .. ")"
    return {}
  end
  local slots = {}
  for i, w in ipairs(words) do
    local h = fnv1a(w) % size
    while slots[h] do h = (h + 1) % size end
    slots[h] = i
  end
  local out = { "", "const uint16_t nl_slots[NL_SLOTS] = {" }
  for first = 0, size - 1, 16 do
    local line = {}
    for h = first, math.min(first + 15, size - 1) do line[#line + 1] = tostring(slots[h] or 0) end
    out[#out + 1] = "  " .. table.concat(line, ", ") .. ","
  end
  out[#out + 1] = "};"
  return out
end

local function table_ref(name, n)
  if n == 0 then return "NULL, 0" end
  return name .. ", sizeof " .. name .. " / sizeof " .. name .. "[0]"
end

-- The C tables of the sentence splitter's words of a language; sets the
-- language's nabbrev and nordinal.
local ABBREV_KINDS = { abbreviation = "LEDE_ABBR_PLAIN", title = "LEDE_ABBR_TITLE",
  place = "LEDE_ABBR_PLACE" }

-- The English splitter reads the ASCII letters before a period (and a
-- period before one letter: "e.g", "U.S"), so an English abbreviation is
-- ASCII letters with inner periods; returns its longest run of letters
-- before the period, the most the splitter must read (LEDE_EN_ABBREV_MAX).
local function english_abbrev_max()
  local most = 0
  for _, a in ipairs(language_words("lexicon/en/abbreviations.tsv", ABBREV_KINDS)) do
    local run = a.word:match("%a+$")
    if not a.word:find("^%a[%a.]*$") or a.word:find("%.%.") or not run then
      fail("lexicon/en/abbreviations.tsv", "'" .. a.word .. "': ASCII letters and inner periods only")
    elseif #run > most then
      most = #run
    end
  end
  return most
end

local function splitter_words(code, lang)
  local out = {}
  local kinds = { abbreviation = true, title = true }
  if code == "en" then kinds.place = true end
  local abbrevs = language_words("lexicon/" .. code .. "/abbreviations.tsv", kinds)
  local ordinals = language_words("lexicon/" .. code .. "/ordinal_words.tsv")
  if #abbrevs > 0 then
    out[#out + 1] = ""
    out[#out + 1] = "static const lede_abbrev abbrev_" .. code .. "[] = {"
    for _, a in ipairs(abbrevs) do
      out[#out + 1] = string.format('  {"%s", %s},', a.word, ABBREV_KINDS[a.kind])
    end
    out[#out + 1] = "};"
  end
  if #ordinals > 0 then
    out[#out + 1] = ""
    out[#out + 1] = "static const char *const ordinal_" .. code .. "[] = {"
    for _, a in ipairs(ordinals) do out[#out + 1] = '  "' .. a.word .. '",' end
    out[#out + 1] = "};"
  end
  lang.nabbrev, lang.nordinal = #abbrevs, #ordinals
  return out
end

local function c_tables(rows, langs, words)
  local out = { "/* lede_lexicon_en.c -- " .. HEADER .. ".",
    "   The English words of number and casualty recognition (lede_numlex.h)",
    "   and the languages of the summarizer with their stop words. */",
    '#include "lede_numlex.h"', '#include "lede_summ.h"', '#include "lede_text.h"', "",
    "const nl_word nl_words[] = {" }
  for _, r in ipairs(rows) do out[#out + 1] = r end
  out[#out + 1] = "};"
  out[#out + 1] = ""
  out[#out + 1] = "const size_t nl_nwords = sizeof nl_words / sizeof nl_words[0];"
  for _, line in ipairs(slot_table(words)) do out[#out + 1] = line end
  local longest = {}
  for _, lang in ipairs(langs) do
    local list = stopwords(lang.code)
    longest[lang.code] = 0
    out[#out + 1] = ""
    out[#out + 1] = "static const char *const stop_" .. lang.code .. "[] = {"
    for _, w in ipairs(list) do
      out[#out + 1] = '  "' .. w .. '",'
      if #w > longest[lang.code] then longest[lang.code] = #w end
    end
    out[#out + 1] = "};"
    for _, line in ipairs(splitter_words(lang.code, lang)) do out[#out + 1] = line end
  end
  out[#out + 1] = ""
  out[#out + 1] = "const char *const lede_en_starters[] = {"
  local starter_list = starters()
  for _, w in ipairs(starter_list) do out[#out + 1] = '  "' .. w .. '",' end
  out[#out + 1] = "};"
  out[#out + 1] = "const size_t lede_en_nstarters = " .. #starter_list .. ";"
  out[#out + 1] = ""
  out[#out + 1] = "const lede_language lede_languages[] = {"
  for _, lang in ipairs(langs) do
    local c = lang.code
    out[#out + 1] = string.format('  {"%s", "%s", stop_%s, sizeof stop_%s / sizeof stop_%s[0], %d,',
      c, lang.snowball, c, c, c, longest[c])
    out[#out + 1] = "   " .. table_ref("abbrev_" .. c, lang.nabbrev) .. ","
    out[#out + 1] = "   " .. table_ref("ordinal_" .. c, lang.nordinal) .. "},"
  end
  out[#out + 1] = "  {NULL, NULL, NULL, 0, 0, NULL, 0, NULL, 0}"
  out[#out + 1] = "};"
  return table.concat(out, "\n") .. "\n"
end

local function lua_languages(langs)
  local out = { "-- lua/lede/languages.lua -- " .. HEADER .. ".",
    "-- The languages of summarize's opts.language (lexicon/languages.tsv),",
    "-- the default first.", "return {" }
  for _, lang in ipairs(langs) do out[#out + 1] = string.format('  "%s",', lang.code) end
  out[#out + 1] = "}"
  return table.concat(out, "\n") .. "\n"
end

local function lua_module(months)
  local out = { "-- lua/lede/lexicon_en.lua -- " .. HEADER .. ".",
    "-- English words the Lua grammars share with the C core.", "local M = {}", "",
    "-- Month names and abbreviations, lower case, with their number",
    "-- (lexicon/en/months.tsv), in the file's order: a longer spelling before",
    "-- a shorter one it starts with.", "M.months = {" }
  for _, m in ipairs(months) do
    out[#out + 1] = string.format('  { name = "%s", number = %d, abbreviation = %s },',
      m[1], m[2], tostring(m[3]))
  end
  out[#out + 1] = "}"
  out[#out + 1] = ""
  out[#out + 1] = "return M"
  return table.concat(out, "\n") .. "\n"
end

-- The keys and classes no C file of the core tests: a word given a key it
-- never needed, or a test removed while its key stayed behind.  Dead names
-- make the lexicon lie about what the readings look at, so --check fails
-- on them (a plain run only warns: the reading may not be written yet).
local function untested_names(keys)
  local ls = io.popen("ls csrc")
  local sources = {}
  for name in ls:lines() do
    if name:match("%.[ch]$") and name ~= "lede_lexicon.h" and name ~= "lede_lexicon_en.c" then
      sources[#sources + 1] = readall("csrc/" .. name)
    end
  end
  ls:close()
  -- one pass over the sources: how often each K_, CC_ and NC_ name occurs
  local seen = {}
  for _, code in ipairs(sources) do
    for name in code:gmatch("[%w_]+") do
      if name:find("^[KCN]C?_") then seen[name] = (seen[name] or 0) + 1 end
    end
  end
  local function mentions(name) return seen[name] or 0 end
  local unused = {}
  for _, k in ipairs(keys) do
    if mentions(k) == 0 then unused[#unused + 1] = k end
  end
  -- a class is declared once in lede_numlex.h; a reading tests it again
  for _, map in ipairs({ CASUALTY_CLASSES, NUMBER_CLASSES }) do
    for _, c in pairs(map) do
      if mentions(c) < 2 then unused[#unused + 1] = c end
    end
  end
  table.sort(unused)
  if #sources == 0 then unused = { "(no C sources found under csrc/)" } end
  return unused
end

local check = arg[1] == "--check"
local rows, keys, months, words = english_words()
local unused = untested_names(keys)
if #unused > 0 then
  local msg = "keys or classes no file in csrc/ tests (drop them from the TSV files, or test them): "
    .. table.concat(unused, ", ")
  if check then fail("lexicon/en", msg) else io.stderr:write("lexicon/en: warning: ", msg, "\n") end
end
local langs = languages()
local outputs = {
  { "csrc/lede_lexicon.h", c_header(keys, english_abbrev_max()) },
  { "csrc/lede_lexicon_en.c", c_tables(rows, langs, words) },
  { "lua/lede/lexicon_en.lua", lua_module(months) },
  { "lua/lede/languages.lua", lua_languages(langs) },
}
if #problems > 0 then
  io.stderr:write(table.concat(problems, "\n"), "\n")
  os.exit(1)
end
local drift = 0
for _, o in ipairs(outputs) do
  if check then
    if readall(o[1]) ~= o[2] then
      io.stderr:write(o[1], ": differs from the TSV files under lexicon/; run `make lexicon`\n")
      drift = drift + 1
    end
  else
    -- written even when unchanged, so that make sees it newer than the data
    local f = assert(io.open(o[1], "wb"))
    f:write(o[2])
    f:close()
  end
end
if check then
  print(string.format("lexicon: %d passed, %d failed", #outputs - drift, drift))
  if drift > 0 then os.exit(1) end
end
