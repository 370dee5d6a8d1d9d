--- People's names and titles in token streams, for quote attribution.
--
-- Works on the tokens of lede.tokens (fields text, kind, s, e, key).  A
-- "run" is a stretch of capitalized words and title words, such as
-- "Ukrainian President Volodymyr Zelenskyy" or "Kremlin envoy Kirill
-- Dimitriev"; split() cuts it into the title (everything up to the name) and
-- the name (the trailing capitalized words that are not title words).
--
-- When tokens.para is set (para[i] = paragraph number of token i), runs
-- never cross a line break: a heading is not part of the next line's name.
--
-- index(tokens) collects every name an article uses, so that a short
-- mention ("Zelenskyy") resolves to the fullest one ("Volodymyr Zelenskyy")
-- with the title found beside it.
local math = math
local ipairs = ipairs

local M = {}

local function set(list)
  local t = {}
  for w in list:gmatch("%S+") do t[w] = true end
  return t
end

-- Words that name a role rather than a person, in either case.  A run may
-- hold them anywhere before the name.
local TITLE = set([[
  president vice prime minister secretary foreign defense defence interior
  finance state special envoy ambassador spokesman spokeswoman spokesperson
  chancellor senator sen. rep. representative congressman congresswoman
  gov. governor mayor general gen. colonel col. lt. captain capt. major
  chief commander director adviser advisor head leader king queen prince
  princess pope judge justice dr. mr. mrs. ms. prof. professor sir lord dame
  deputy top senior official officer minister-president premier emperor
  sheikh cardinal archbishop bishop rabbi imam sergeant sgt. detective
  inspector superintendent police army navy military kremlin white house
  secretary-general un u.n. us u.s. uk u.k. eu e.u. nato former acting
  interim national security economic chairman chairwoman chair ceo founder
  attorney prosecutor lawmaker negotiator regional provincial local federal
  district county mediator ministry union council committee agency
  department office spokesperson commission sheriff trooper coroner
  examiner marshal constable undersheriff patrolman deputies
  hydrologist meteorologist forecaster seismologist farmer fisherman
  economist analyst engineer doctor nurse surgeon teacher lawyer pilot
  researcher scientist volunteer rescuer firefighter paramedic
  coordinator manager owner worker driver resident shopkeeper witness
  passenger survivor neighbour neighbor
  exchequer mp mep msp
  singer guitarist drummer bassist actor actress producer composer
  cinematographer novelist author poet comedian presenter broadcaster
  journalist editor columnist designer architect chef striker midfielder
  defender goalkeeper winger skipper coach boss campaigner activist
  reverend rev. chaplain pastor
]])

-- Last words that make a run an organisation, not a person: "the National
-- Weather Service", "the State Water Board".
M.ORG_END = set([[
  service board agency bureau office department ministry council committee
  commission authority institute center centre court police company group
  corporation association organization organisation administration
  network foundation party guard force forces coalition network
  bank reserve fund exchange airline airlines airways university
  magazine newspaper
]])

-- Capitalized words that begin sentences or clauses and are never names.
local NOT_NAME = set([[
  the a an in on at but and or as if when while after before despite
  meanwhile however for with from by to this that these those it its he she
  they we i you his her their our my your speaking amid during since
  although though yet so also still earlier later then there here what
  who why how where which according asked yesterday today tomorrow monday
  tuesday wednesday thursday friday saturday sunday not no
  many some several each every all both one two three four five six seven
  eight nine ten overnight following under over among between without
  now just even only instead indeed perhaps recently currently finally
]])

for _, m in ipairs(require("lede.lexicon_en").months) do
  if not m.abbreviation then NOT_NAME[m.name] = true end
end

-- Small words that may sit inside a name or title run ("Secretary of
-- State", "Ambassador to NATO", "Charles de Gaulle").
-- "of", "to", "for" link only after a title word ("Minister for Europe"), so
-- "President Donald Trump for Russia" stays two runs; the particles link
-- parts of one name.
local LINK_TITLE = set("of to for")
local LINK = set("of to for de da del della der van von bin al al- la le du")

M.set = set
M.PRONOUN = set("he she they")
M.TITLE = TITLE
-- The word lists of the run rules, for the C pass that finds the runs of
-- a whole text (lede.quotes; spec/quotes_spec.lua checks it against
-- index_add).
M.NOT_NAME, M.LINK, M.LINK_TITLE = NOT_NAME, LINK, LINK_TITLE

--- True when token t is a word whose first letter is a capital.  Non-ASCII
-- letters count as capitals when case folding changes them.
local function is_cap(t)
  if not t or t.kind ~= "word" then return false end
  local b = t.text:byte(1)
  if b >= 65 and b <= 90 then return true end
  -- "al-Masri", "el-Sisi": a particle of one to three letters, a hyphen
  -- and a capital
  if t.text:find("^[a-z][a-z]?[a-z]?%-[A-Z]") then return true end
  if b < 0xC0 or not t.key then return false end
  local n = b >= 0xF0 and 4 or (b >= 0xE0 and 3 or 2)
  return t.text:sub(1, n) ~= t.key:sub(1, n)
end
M.is_cap = is_cap

-- "Putin’s" -> true: the possessive of the word ends a name.
local function is_possessive(t)
  local k = t.key
  return k ~= nil and (k:sub(-4) == "’s" or k:sub(-2) == "'s")
end

-- Key of a token without its possessive ending.
local function bare_key(t)
  local k = t.key or ""
  if k:sub(-4) == "’s" then return k:sub(1, -5) end
  if k:sub(-2) == "'s" then return k:sub(1, -3) end
  return k
end
M.bare_key = bare_key

-- The generational suffixes after a surname: "Tom Reyes Jr" is a Reyes,
-- and "Ana Velic Jr" is not the same person.
local SUFFIX = set("jr jr. sr sr. ii iii iv")

-- The index of the token whose key is the key of name tokens[first..last].
local function key_token(tokens, first, last)
  if last > first and SUFFIX[tokens[last].key] then return last - 1 end
  return last
end

-- Adjectives of nationality (Ukrainian, Russian, Chinese, British...) and
-- of party ("Tory Dominic Grieve", "Conservative MP Ana Reid") head titles,
-- never names: these endings, and these words.
local DEMONYM_ENDINGS = { "ian", "ean", "ese", "ish" }
local DEMONYM = set([[
  american german french israeli iraqi pakistani european dutch greek
  african swiss thai
  tory tories conservative
]])
-- Given names that end as demonyms do: "Ian Harris" is no Ian's Harris.
local GIVEN_NAMES = set([[
  ian brian bryan ryan adrian julian damian fabian vivian lilian lillian
  gillian jillian christian sebastian marian kilian killian cian dorian
  florian maximilian octavian cassian tristian
  sean dean jean shaun
  reese therese
  trish
]])
local function is_demonym(key)
  if DEMONYM[key] then return true end
  if GIVEN_NAMES[key] then return false end
  for _, ending in ipairs(DEMONYM_ENDINGS) do
    if key:sub(-#ending) == ending then return true end
  end
  return false
end
M.DEMONYM, M.DEMONYM_ENDINGS, M.GIVEN_NAMES = DEMONYM, DEMONYM_ENDINGS, GIVEN_NAMES
M.is_demonym = is_demonym

-- The answers of is_title_word and in_run for a word's text (its key
-- is a function of it), so that the reader, which asks for every token,
-- does the string work once a word, not once a token.  Emptied when it
-- grows past CACHE_MAX words (a text of millions of distinct words).
local CACHE_MAX = 50000
local title_cache, run_cache, cached = {}, {}, 0

local function classify(t)
  local k = bare_key(t)
  local title = TITLE[k] or (is_cap(t) and (is_demonym(k) or is_possessive(t))) or false
  local run = title or (is_cap(t) and not NOT_NAME[t.key]) or false
  if cached >= CACHE_MAX then title_cache, run_cache, cached = {}, {}, 0 end
  cached = cached + 1
  title_cache[t.text], run_cache[t.text] = title, run
  return title, run
end

--- True when t may be part of a title.
local function is_title_word(t)
  if not t or t.kind ~= "word" then return false end
  local title = title_cache[t.text]
  if title == nil then title = classify(t) end
  return title
end

--- True when t may be part of a name or title run.
local function in_run(t)
  if not t or t.kind ~= "word" then return false end
  local run = run_cache[t.text]
  if run == nil then
    local _
    _, run = classify(t)
  end
  return run
end
M.in_run = in_run

local function is_link(t)
  return t and t.kind == "word" and LINK[t.key] == true
end
M.is_link = is_link

-- May link word l join the run word w (the word before it) to the next?
local function links(l, w)
  if not (l and l.kind == "word" and LINK[l.key]) then return false end
  if LINK_TITLE[l.key] then return is_title_word(w) == true end
  return is_cap(w)
end

-- Where run tokens[i..j] splits into title and name, without making a
-- string: first (the name's first token) and ti, te (the title's tokens;
-- none when te < ti), or nil when the run holds no name.
-- A capitalized word that may be part of a name: no title word, no
-- demonym, no word that never starts a name.
local function name_word(t)
  return is_cap(t) and not is_title_word(t) and not NOT_NAME[t.key]
end

-- "Department for Education", "Ministry of Defence", "Office for
-- National Statistics": a word ending an organisation's name, a link and
-- only capitalized words to the end of the run name an organisation, not
-- a person ("Ministry of Defence spokesman Tom Reyes" does).
local function organisation(tokens, i, j)
  for o = i, j - 2 do
    if M.ORG_END[bare_key(tokens[o])] and is_link(tokens[o + 1]) then
      local k = o + 2
      while k <= j and is_cap(tokens[k]) do k = k + 1 end
      if k > j then return true end
    end
  end
  return false
end

local function split_at(tokens, i, j)
  if organisation(tokens, i, j) then return nil end
  -- The name is the trailing stretch of capitalized non-title words.
  local k = j
  -- "David Campese", "Kim Kardashian": a demonym's ending on the last
  -- word after a name's word is a surname's
  local last = tokens[j]
  if j > i and is_cap(last) and not TITLE[bare_key(last)] and not is_possessive(last)
     and is_demonym(bare_key(last)) and name_word(tokens[j - 1]) then
    k = j - 1
  end
  while k >= i and name_word(tokens[k]) do
    k = k - 1
  end
  -- A possessive ends the name it belongs to: "Trump’s" in the middle of a
  -- run is handled by the caller; at the end it is part of the name.
  if tokens[j] and is_possessive(tokens[j]) and is_cap(tokens[j])
     and not TITLE[bare_key(tokens[j])] and k == j then
    k = j - 1
    while k >= i and is_cap(tokens[k]) and not is_title_word(tokens[k]) do
      k = k - 1
    end
  end
  local first = k + 1
  if first > j then return nil end
  -- The title: the run before the name, without a leading article.
  local ti = i
  while ti < first and (tokens[ti].key == "the" or tokens[ti].key == "a"
                        or tokens[ti].key == "an") do
    ti = ti + 1
  end
  -- A link word cannot end a title ("of" in "Secretary of").
  local te = first - 1
  while te >= ti and is_link(tokens[te]) do te = te - 1 end
  return first, ti, te
end

--- Splits tokens[i..j] (a run) into title and name.  Returns a table
-- { name=, title=?, name_s=, name_e=, title_s=?, s=, e=, key= } or nil when
-- the run holds no name.  key is the folded last word of the name.
function M.split(tokens, text, i, j)
  local first, ti, te = split_at(tokens, i, j)
  if not first then return nil end
  local s, e = math.floor(tokens[first].s), math.floor(tokens[j].e)
  if is_possessive(tokens[j]) then
    e = e - (tokens[j].key:sub(-4) == "’s" and 4 or 2)
  end
  local r = { name = text:sub(s, e), name_s = s, name_e = e,
              key = bare_key(tokens[key_token(tokens, first, j)]),
              s = math.floor(tokens[i].s), e = e, words = j - first + 1 }
  if te >= ti then
    r.title = text:sub(math.floor(tokens[ti].s), math.floor(tokens[te].e))
    r.title_s = math.floor(tokens[ti].s)
  end
  return r
end

--- Extends a run leftwards from token j (inclusive): returns the first index
-- of the run, or nil when tokens[j] cannot end one.  Link words are taken
-- only between run words.  Never goes below lo.
local function same_para(tokens, a, b)
  local para = tokens.para
  return para == nil or para[a] == para[b]
end

-- Runs longer than this are read from their end only: no name or title
-- is longer, and an unbounded run made every speech verb after a long
-- stretch of capitalized words rescan it.
local MAX_RUN = 12
M.MAX_RUN = MAX_RUN

function M.run_left(tokens, j, lo)
  if not in_run(tokens[j]) then return nil end
  local i = j
  if lo < j - MAX_RUN then lo = j - MAX_RUN end
  while i - 1 >= lo and same_para(tokens, i - 1, j) do
    local t = tokens[i - 1]
    if in_run(t) and not (is_possessive(t) and not is_title_word(tokens[i])) then
      i = i - 1
    elseif links(t, tokens[i - 2]) and i - 2 >= lo and in_run(tokens[i - 2]) then
      i = i - 2
    else
      break
    end
  end
  -- A run starts with a capital: "a special envoy of Russian President
  -- Vladimir Putin" gives "Russian President Vladimir Putin".
  while i < j and not is_cap(tokens[i]) do i = i + 1 end
  return i
end

--- Extends a run rightwards from token i; returns its last index or nil.
function M.run_right(tokens, i, hi)
  if not in_run(tokens[i]) then return nil end
  local j = i
  if hi > i + MAX_RUN then hi = i + MAX_RUN end
  while j + 1 <= hi and same_para(tokens, j + 1, i) do
    local t = tokens[j + 1]
    if is_possessive(tokens[j]) and not is_title_word(t) then break end
    if in_run(t) then
      j = j + 1
    elseif links(t, tokens[j]) and j + 2 <= hi and in_run(tokens[j + 2]) then
      j = j + 2
    else
      break
    end
  end
  return j
end

--- Collects the names an article uses: returns an index whose lookup(key)
-- gives the fullest name with that last word (the word before a suffix:
-- "Reyes" of "Tom Reyes Jr"), as { name=, title=? }.
-- Built a stretch of tokens at a time (names.index_add), so that a long
-- text can be read a window at a time; names.index(tokens, text) is one
-- stretch.  One pass over the tokens.
function M.index_new()
  local by_key = {}
  return {
    by_key = by_key,
    -- The keys of by_key in the order they came, for the readers that go
    -- through every name: a loop over an array, not over pairs() (see
    -- doc/hostile-input.md, "LuaJIT"), and the same order in every run.
    keys = {},
    lookup = function(key) return by_key[key] end,
    -- Keys of names that come with a title: people, not places.
    is_person = function(key) local r = by_key[key]; return r ~= nil and r.title ~= nil end,
    -- A name is known for a person when it is full (two words or more) or
    -- titled: "Rubio" after "Marco Rubio", not "Russia".
    is_known = function(key)
      local r = by_key[key]
      return r ~= nil and (r.words >= 2 or r.title ~= nil)
    end,
  }
end

--- Adds the names of tokens[1..#tokens] to the index ix.  A stretch must
-- not end inside a run (its last token neither in a run nor a link word).
function M.index_add(ix, tokens, text)
  local by_key = ix.by_key
  local n = #tokens
  local i = 1
  -- The strings of a name are made only when the index takes them: on a
  -- long text most runs name someone the index already has.
  local function consider(a, b)
    local first, ti, te = split_at(tokens, a, b)
    if not first then return end
    local key, words, titled = bare_key(tokens[key_token(tokens, first, b)]),
      b - first + 1, te >= ti
    local old = by_key[key]
    if not old then ix.keys[#ix.keys + 1] = key end
    if not old or words > old.words or (words == old.words
         and not old.title and titled) then
      local r = M.split(tokens, text, a, b)
      by_key[key] = { name = r.name, title = r.title or (old and old.title),
                      words = words }
    elseif not old.title and titled then
      old.title = text:sub(math.floor(tokens[ti].s), math.floor(tokens[te].e))
    end
  end
  while i <= n do
    if in_run(tokens[i]) and is_cap(tokens[i]) then
      local j = M.run_right(tokens, i, n)
      -- "Donald Trump’s special envoy Steve Witkoff": two names, the
      -- possessive one and the one its title leads to.
      local from = i
      for p = i, j - 1 do
        if is_possessive(tokens[p]) then
          consider(from, p)
          from = p
        end
      end
      consider(from, j)
      -- A possessive ends one run and may head the next title:
      -- "Putin’s envoy Kirill Dmitriev".
      if is_possessive(tokens[j]) and j + 1 <= n and is_title_word(tokens[j + 1]) then
        local k = M.run_right(tokens, j + 1, n)
        if k then consider(j, k); j = k end
      end
      i = j + 1
    else
      i = i + 1
    end
  end
  return ix
end

-- The sounds one name keeps across the agencies' transliterations, as a
-- key: "Gaddafi", "Qadhafi" and "Kadafi" give "kadafi"; "Zelensky" and
-- "Zelenskyy" give "zelenski"; "Qadhouri" and "Gaddouri" give "kaduri".
-- word: a folded (lower-case) word.  Letters that stand for one sound in
-- one scheme and another in the next are made one: q, g, c and ck before
-- a vowel or at the start as k; the digraphs dh, th, kh, gh, ph, sh/sch
-- as one letter; ou, oo and u as u; y, ee, ie and ij as i; j and dj as j;
-- doubled letters as one; a final h or e dropped.  Non-ASCII bytes are
-- kept as they are.
local SPELLING_STEPS = {
  { "sch", "s" }, { "tch", "c" }, { "ck", "k" }, { "dh", "d" }, { "th", "t" },
  { "kh", "k" }, { "gh", "k" }, { "ph", "f" }, { "sh", "s" }, { "ch", "c" },
  { "dj", "j" }, { "dzh", "j" }, { "zh", "j" }, { "ou", "u" }, { "oo", "u" },
  { "ee", "i" }, { "ie", "i" }, { "ij", "i" }, { "w", "v" }, { "y", "i" },
  { "q", "k" }, { "g", "k" }, { "x", "ks" },
}
function M.spelling_key(word)
  local k = word
  for _, step in ipairs(SPELLING_STEPS) do k = k:gsub(step[1], step[2]) end
  local n
  repeat k, n = k:gsub("(%a)%1", "%1") until n == 0
  if #k > 3 then k = k:gsub("[he]$", "") end
  return k
end

function M.index(tokens, text)
  return M.index_add(M.index_new(), tokens, text)
end

return M
