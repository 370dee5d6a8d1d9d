--- Quotes and who said them.
--
-- local quotes = require("lede.quotes")
-- quotes.find(text) --> {
--   { kind = "direct" | "reported",
--     text = "…",            -- the words quoted (direct: inside the marks;
--                            -- reported: the clause that reports them)
--     s =, e =,              -- text == text:sub(s, e) of the caller's text
--     speaker = "Volodymyr Zelenskyy" | "he" | "Ukrainian officials" | nil,
--     title = "Ukrainian President" | nil,
--     speaker_s =, speaker_e =,   -- where the speaker is named, when it is
--     resolved = true | false,    -- true when speaker is a person's name
--   }, ... }                      -- in text order
--
-- Direct quotes: “…” and "…" (also «…» and „…", and ‘…’ when not inside
-- another quote); one pair of marks may hold several sentences; single
-- quotes inside double ones (and the reverse) are nested and stay in the
-- outer quote.  The marks are paired in the C pass (csrc/lede_quotes.c), one
-- token at a time: with no quote open, “ « „ open one, and so does " when
-- no space follows it, and ‘ after a space, at the start of the text or
-- after punctuation; inside a double quote ” » or a " with no nested single
-- quote open close it, ‘ (or ' after a space) opens a nested one and ’ or '
-- closes that; inside a single quote ’ closes it when no letter follows and
-- no nested double quote is open.  A quote left open at the end of a
-- paragraph ends there, and one still open when “ « „ come ends before
-- them; when the next paragraph opens with a quote mark it is the same
-- speaker going on.
-- Attribution: “…,” Dmitriev said / said Zelenskyy / he said / X told
-- reporters; X noted, “…”; X said: “…”; a quote that opens the sentence after
-- an attributed quote continues it.  Short quoted fragments (up to three
-- words) with no speaker are scare quotes and are left out.
--
-- Reported speech: X said (that) …, X told reporters (that) …, according to
-- X, …, … , X said.  and …, said X.  Only a sentence holding a cue word
-- (a speech verb, a participle, "according", "called") is read for it.
--
-- People introduced by what they do: lower-case words before a name are
-- its title ("said fan Lior Basko", "according to fire inspector Lukas
-- Veer"); a determiner and a noun naming a person ("one stallholder said",
-- "a nurse at the city hospital, who …, said") make a role speaker, which
-- becomes the person the article names next with that role as the last
-- word of a title, when that is one person.  A quote left open at the end
-- of a paragraph takes the speaker of the quote that opens the next one.
-- A country or capital as the subject ("Kestova said") is kept as written
-- (its government speaks); lede.claims drops only the places of the
-- story's counts.
--
-- Speakers resolve within the article to the fullest name used with the
-- same last word, and keep their title apart.  "he"/"she"/"they" resolve to
-- the person last named before them; when that sentence names several, to
-- its first if that is the last one quoted ("Jeremy Edwards said he had
-- nominated Bez ... He said": Edwards), never to one the article already
-- called the other pronoun, and never to an organisation ("Wells Fargo
-- Bank"); otherwise the pronoun stays, with resolved = false.
--
-- Runs in time linear in the text: one pass in C over the tokens
-- (core.quote_scan) for paragraphs, sentences, marks, cue words and the
-- runs of names, then each attribution, in C too (scan:direct,
-- scan:reported), looks at a bounded window of tokens around its marks or
-- cue.  Memory: 12 bytes a token in the C pass; the Lua side makes no
-- table per token.
local lede_core = require("lede.core")
local names = require("lede.names")
local fix = require("lede.fix")

local math = math
local ipairs, pairs, type, error = ipairs, pairs, type, error

local M = {}

-- A set of the words in a space-separated list.
local set = names.set

-- Verbs that report speech or writing.
local SPEECH = set([[
  said says say told tells added adds noted stated explained
  explains warned warns insisted insists argued argues claimed declared
  announced announces asserted wrote writes posted tweeted continued
  confirmed confirms acknowledged emphasized emphasised stressed
  replied responded asked asks urged urges recalled admitted observed
  remarked commented suggested suggests indicated signaled signalled
  reiterated revealed predicted vowed promised pledged cautioned conceded
  concluded maintained alleged alleges testified denied denies
]])

-- Participles that report speech after a comma, their subject the
-- clause's ("Peskov dismissed the talks, claiming …", "The Kremlin has
-- tempered expectations, saying …").
local PARTICIPLE = set([[
  saying stating claiming affirming stressing emphasizing emphasising
  adding noting insisting arguing warning asserting explaining declaring
  telling suggesting
]])

-- Words that may be the finite verb after a clause's subject (so that
-- "Dmitriev described …" names its subject, and "US-led diplomatic" does
-- not): the past tense in -ed, and common irregular ones.
local FINITE = set([[
  has had have is was were are will would said says told made gave took
  drew met spoke went sought came held left wrote did does could can
  may might must shall should began saw sent kept brought
]])

-- Words allowed between a subject and its verb ("Rubio also said").
local BETWEEN = set([[
  also later then has had have previously repeatedly again earlier once
  reportedly further separately subsequently had himself herself
]])

-- Verbs that may report a clause without "that" ("Rubio said a bus was
-- hit"); the others need "that", or they take an object ("signaled his
-- support") that is not speech.
local BARE_CLAUSE = set("said says told tells added adds")

-- After a speech verb these words start a phrase that is not yet the clause
-- reported ("said in a statement", "said on Saturday").
local PREP = set("in on at during to with for of about after before by from")

local QUOTE_WORDS_MIN = 4   -- shorter unattributed quotes are scare quotes


-- --------------------------------------------------------- the token pass

-- The words the C pass flags as cues (core.quote_scan): every word whose
-- key any rule below reads across tokens to attribute speech.  Reported
-- speech and the speaker of a sentence are looked for at these tokens only.
-- With them, the word lists of the name rules (lua/lede/names.lua), in
-- the order core.quote_scan takes them.
local function list_of(...)
  local list = {}
  for _, words in ipairs({ ... }) do
    for w in pairs(words) do list[#list + 1] = w end
  end
  table.sort(list)
  return list
end
local SCAN_LISTS = {
  list_of({ according = true, called = true }, SPEECH, PARTICIPLE),
  list_of(names.TITLE), list_of(names.NOT_NAME), list_of(names.LINK),
  list_of(names.LINK_TITLE), list_of(names.DEMONYM), names.DEMONYM_ENDINGS,
  list_of(names.GIVEN_NAMES), list_of(names.ORG_END),
}
M._scan_lists = SCAN_LISTS -- (for the specs)
local SCAN_WORDS = lede_core.quote_words(SCAN_LISTS) -- (read once, not per text)

-- Puts the names the scan found in the text's runs into the empty names
-- index idx, as names.index_add does from its runs: for each key, the name the
-- scan kept for it (the one with the most words, a titled one before one
-- with none) and the first title it came with (scan:add_names, in one call;
-- the scan compares the names, so that this makes one record a key).
local function add_names(idx, scan, text)
  scan:add_names(text, idx.by_key, idx.keys)
end
M._add_names = add_names -- (for the specs)

-- --------------------------------------------------------- speakers

-- The speaker rules are in C (csrc/lede_quote_speakers.c and
-- lede_quote_direct.c); these are their word lists with the ones above.

-- Role words that make a speaker without a name: "officials said".
local ROLE = set([[
  officials official police authorities spokesman spokeswoman spokesperson
  witnesses witness residents ministry army military government officers
  sources source leader president minister governor mayor envoy diplomats
  prosecutors investigators analysts experts statement
  eyewitness eyewitnesses fan fans relative relatives survivors medics
  doctors nurses spokespeople
  command authority leadership embassy cabinet presidency junta
]])
for w in pairs(names.TITLE) do ROLE[w] = true end

-- --------------------------------------------------------- resolution

-- Words of a role phrase that say which office, and those that name any
-- head of a government: "the Ukrainian leader" is the person whose title
-- is "Ukrainian President" or "Ukrainian Prime Minister".
local HEAD = names.set("leader president premier chancellor prime")
local ROLE_SKIP = names.set("the a an of")

-- q is a role speaker ("the Ukrainian leader", "the envoy"): it becomes the
-- last titled speaker before it whose title holds every word of the role,
-- a head-of-government word standing for any other ("leader" for
-- "President"), when exactly that person fits among the last LOOKBACK.
local LOOKBACK = 8

-- Does a title hold every word of a role (a head word standing for any)?
local function title_holds(title, words)
  title = " " .. lede_core.fold(title) .. " "
  for _, w in ipairs(words) do
    if not title:find(" " .. w .. " ", 1, true) then
      local head = false
      if HEAD[w] then
        for h in pairs(HEAD) do
          if title:find(" " .. h .. " ", 1, true) then head = true; break end
        end
      end
      if not head then return false end
    end
  end
  return true
end

-- title_holds, remembered in fits (fits[title] for the role's words; the
-- same few titles are tried for every quote of a role).
local function title_fits(title, words, fits)
  local yes = fits[title]
  if yes == nil then
    yes = title_holds(title, words)
    fits[title] = yes
  end
  return yes
end

-- The one titled person of the article (persons: { {speaker=, title=},
-- ... }, every titled name of the names index) whose title fits a role
-- naming an office or a nationality, or nil when none or several do, or when the article
-- names more than PERSONS_READ (a handful of officials is an article; a
-- list of thousands gives no answer).
local PERSONS_READ = 64
-- Role words that stand for one person (not "the ministry", "officials").
local OFFICE = names.set([[
  leader president premier chancellor prime minister mayor governor envoy
  spokesman spokeswoman spokesperson secretary ambassador director chief
  commander king queen pope
]])
local function only_fitting(persons, words, fits)
  local office = false
  for _, w in ipairs(words) do office = office or OFFICE[w] == true end
  -- (a nationality alone stands for one person too: "the American")
  if not office and #words == 1 then office = names.is_demonym(words[1]) end
  if not office or #persons > PERSONS_READ then return nil end
  local pick
  for k = 1, #persons do
    local p = persons[k]
    if title_fits(p.title, words, fits) then
      if pick then return nil end
      pick = p
    end
  end
  return pick
end

-- fits_by_role: title_fits's answers, by the words of the role.
local function resolve_role(q, titled, persons, fits_by_role)
  local words = {}
  for w in lede_core.fold(q.speaker):gmatch("[%w\128-\255]+") do
    if not ROLE_SKIP[w] then words[#words + 1] = w end
  end
  if #words == 0 or #words > 4 then return end
  local role_key = table.concat(words, " ")
  local fits = fits_by_role[role_key]
  if not fits then
    fits = {}
    fits_by_role[role_key] = fits
  end
  local pick
  for k = #titled, math.max(1, #titled - LOOKBACK), -1 do
    local p = titled[k]
    if title_fits(p.title, words, fits) then
      if pick and pick.speaker ~= p.speaker then return end -- two fit: leave it
      pick = pick or p
    end
  end
  -- No speaker before it fits: "the Ukrainian leader" is the one person the
  -- article names with a fitting title ("Ukrainian President Volodymyr
  -- Zelenskyy met the envoy. The Ukrainian leader said …").
  if not pick then pick = only_fitting(persons(), words, fits) end
  if pick then
    q.speaker, q.title, q.resolved = pick.speaker, pick.title, true
    q.role_phrase = nil
  end
end

-- A role naming one person, left unresolved by the speakers before it, is
-- the person the article names next with that role as the last word of
-- a title: "…,” one stallholder said. / The stallholder, Renata Kalm,
-- said …".  Only among the next LOOKBACK titled speakers, and only when
-- they are one person; bodies and groups ("police", "officials",
-- "residents") are never one person.
local BODIES = set([[
  officials police authorities ministry army military government officers
  sources witnesses residents diplomats prosecutors investigators analysts
  experts statement command authority leadership embassy cabinet presidency
  junta
]])
local function resolve_named_later(pending, pending_at, titled)
  local last_word = {} -- a title's folded last word (false: none), read once
  for k = 1, #pending do
    local q = pending[k]
    local words = {}
    for w in lede_core.fold(q.speaker):gmatch("[%w\128-\255]+") do
      if not ROLE_SKIP[w] then words[#words + 1] = w end
    end
    local last = words[#words]
    if last and #words <= 4 and not BODIES[last] then
      local pick
      for i = pending_at[k] + 1, math.min(#titled, pending_at[k] + LOOKBACK) do
        local p = titled[i]
        local tw = last_word[p.title]
        if tw == nil then
          tw = lede_core.fold(p.title):match("([%w\128-\255]+)%s*$") or false
          last_word[p.title] = tw
        end
        if tw == last and title_holds(p.title, words) then
          if pick and pick.speaker ~= p.speaker then pick = false; break end
          pick = pick or p
        end
      end
      if pick then q.speaker, q.title, q.resolved = pick.speaker, pick.title, true end
    end
  end
end

-- The pronoun a title implies, or a name that starts with one: "Mr
-- Blair" is he, "Ms Roche" she.
local TITLE_HE = names.set("mr sir lord king prince father brother")
local TITLE_SHE = names.set("mrs ms miss lady dame baroness queen princess sister")
local function title_gender(title)
  local w = title and title:match("^%a+")
  if not w then return nil end
  w = w:lower()
  return TITLE_HE[w] and "he" or TITLE_SHE[w] and "she" or nil
end

-- Is byte b in the sentence after the one byte a ends in (at most one
-- sentence end between them, read over a short stretch only)?
local function just_before(text, a, b)
  if not a or b <= a or b - a > 400 then return false end
  local _, ends = text:sub(a, b):gsub("[%.!?][\"”’']*%s", "")
  return ends <= 1
end

-- Resolves names to the fullest form the article uses (idx: the names of
-- the whole text), and pronouns to the person last named before them.
-- Quotes are in text order.
local function resolve(scan, text, idx, quotes)
  -- Named speakers, to recognise later mentions of them (people_keys:
  -- the keys of people, in the order they came).
  local people, people_keys, pronouns = {}, {}, false
  for _, q in ipairs(quotes) do
    -- "Campese said" after "David Campese": a one-word role (a word with a
    -- nationality's ending) that is the last word of a name the article
    -- uses is that name
    if q.role and q.speaker:find("^%u") and not q.speaker:find("%s") then
      local k = lede_core.fold(q.speaker)
      local full = names.is_demonym(k) and idx.lookup(k)
      if full and full.words >= 2 then q.key, q.role = k, nil end
    end
    if q.key then
      local full = idx.lookup(q.key)
      if full then
        q.speaker = full.name
        q.title = q.title or full.title
      end
      if not people[q.key] then people_keys[#people_keys + 1] = q.key end
      people[q.key] = q.speaker
      q.resolved = idx.is_known(q.key)
    else
      q.resolved = false
    end
    pronouns = pronouns or q.pronoun ~= nil
  end
  -- Every mention of a known speaker, and of every titled name the
  -- article uses, in text order (scan:last_mention reads them in C, only
  -- as far as the pronouns need): the words that start with a capital,
  -- are not inside quote marks and whose key (without a possessive) is a
  -- key of people.
  if pronouns then
    for i = 1, #idx.keys do
      local k = idx.keys[i]
      local r = idx.by_key[k]
      -- (not an organisation: "he" is never "Wells Fargo Bank")
      if r.title ~= nil and not people[k] and not names.ORG_END[k] then
        people[k] = r.name
        people_keys[#people_keys + 1] = k
      end
    end
    scan:mentions(text, people_keys)
  end
  local spoke_last -- the key of the last named speaker
  local named_end -- where the last speaker named by name ends (a byte)
  local gender = {} -- key -> "he" or "she", as the article's pronouns say
  local titled = {} -- speakers with a title, in text order
  local persons -- every titled name of the article, made when a role asks
  local fits_by_role = {} -- (for title_fits)
  local pending, pending_at = {}, {} -- roles left, and #titled when they came
  local function titled_names()
    if not persons then
      persons = {}
      for i = 1, #idx.keys do
        local r = idx.by_key[idx.keys[i]]
        if r.title and r.words >= 2 then
          persons[#persons + 1] = { speaker = r.name, title = r.title }
          if #persons > PERSONS_READ then break end -- (no answer then)
        end
      end
    end
    return persons
  end
  for _, q in ipairs(quotes) do
    if q.pronoun then
      -- the person last named before it
      local k, last_ambiguous, first = scan:last_mention(text, q.speaker_s)
      local key = k and people_keys[k]
      -- of several people in that sentence, the first when it is the one
      -- who spoke last: "Jeremy Edwards said he had nominated Bez ... He
      -- said" is Edwards; "Ruth Abend met Paul Mercer. ... he said" is
      -- nobody
      -- (or the last of them when it is the person named as the speaker
      -- in the sentence just before: "…,” said Yukos spokesman Alexander
      -- Shadrin. He said")
      if key and last_ambiguous and not (key == spoke_last and idx.is_known(key)
                                         and just_before(text, named_end, q.speaker_s)) then
        key = people_keys[first] == spoke_last and spoke_last or nil
      end
      -- never a person the article already called the other pronoun, or
      -- whose title says otherwise ("Mr", "Ms")
      local p = q.pronoun
      local full = key and idx.lookup(key)
      local g = key and (gender[key] or title_gender(full and full.title)
                         or title_gender(people[key]))
      if g and (p == "he" or p == "she") and g ~= p then key = nil end
      -- "he" and "she" are people the article names in full or with a
      -- title, not a one-word speaker ("BT said …, he added")
      if key and (p == "he" or p == "she") and not idx.is_known(key) then key = nil end
      if key then
        q.speaker = people[key]
        q.title = full and full.title or nil
        q.resolved = true
        if p == "he" or p == "she" then gender[key] = p end
        spoke_last = key
      end
    elseif q.key then
      spoke_last = q.key
      named_end = q.speaker_e
    end
    if q.role then
      resolve_role(q, titled, titled_names, fits_by_role)
      if not q.resolved then
        pending[#pending + 1] = q
        pending_at[#pending] = #titled
      end
    end
    if q.resolved and q.title then titled[#titled + 1] = q end
    q.key, q.pronoun, q.role = nil, nil, nil
  end
  resolve_named_later(pending, pending_at, titled)
end

-- --------------------------------------------------------- reported speech

-- Reported speech is found in C (core.quote_rules, scan:reported;
-- csrc/lede_quote_reported.c), with the speaker rules above ported there
-- as well (csrc/lede_quote_speakers.c); these are its word lists.

-- Words of a short phrase that may follow the verb of "…, X said" before
-- the sentence ends: "officials said on Sunday", "said in a statement",
-- "said late on Friday".
local TAIL = set([[
  on in at late early earlier later yesterday today tonight overnight
  this last a an the statement briefing interview news conference
  monday tuesday wednesday thursday friday saturday sunday morning
  afternoon evening night week weekend
]])

-- In the order of the core's enum lede_quote_rule_list.
local RULES = lede_core.quote_rules({
  list_of(SPEECH), list_of(PARTICIPLE), list_of(FINITE), list_of(BETWEEN),
  list_of(BARE_CLAUSE), list_of(PREP), list_of(TAIL), list_of(ROLE),
  list_of(names.TITLE), list_of(names.PRONOUN), list_of(names.ORG_END),
})

M._rules = RULES -- (for the specs)

-- The speaker record of a speaker the C rules found: kind "name" (key:
-- the name's), "pronoun" (key: the pronoun) or "role", its span and its
-- title's span when it has one.
-- Copies the fields of a speaker record (speaker_record's, or the one a
-- quote takes from the quote before) into quote record r; field by field,
-- not through pairs() (see doc/hostile-input.md, "LuaJIT").
local function take_speaker(r, sp)
  r.speaker, r.speaker_s, r.speaker_e = sp.speaker, sp.speaker_s, sp.speaker_e
  if sp.title ~= nil then r.title = sp.title end
  if sp.key ~= nil then r.key = sp.key end
  if sp.pronoun ~= nil then r.pronoun = sp.pronoun end
  if sp.role ~= nil then r.role = sp.role end
end

local function speaker_record(text, kind, ss, se, key, ts, te)
  local sp = { speaker = text:sub(ss, se), speaker_s = ss, speaker_e = se }
  if kind == "pronoun" then
    sp.pronoun = key
  elseif kind == "role" then
    sp.role = true
  else
    sp.key = key
  end
  if ts then sp.title = text:sub(ts, te) end
  return sp
end

-- --------------------------------------------------------- lossy mojibake

-- The two bytes that stand for the "â" at byte at: a quote mark and a
-- space (in the order that keeps the words apart), or nil to keep it.
local function lossy_mark(text, at)
  local before = at > 1 and text:sub(at - 1, at - 1) or " "
  local after = text:sub(at + 2, at + 2)
  local open = before:find("[%s%(%[]") and after:find("[%w\128-\255]")
  local close = after:find("^[%s%)%].,;:!?]?$") or after:find("[%s%.,;:!?%)]")
  if open then return ' "' end
  if close and before:find("[%w%.,!?\128-\255]") then return '" ' end
  return nil
end

-- Text whose “ ” ’ — were all turned into a lone "â" (UTF-8 read as
-- Latin-1, then cut) still shows where its quotes are: an "â" with a space
-- on one side and a letter on the other.  This gives a copy of the text of
-- the same length in which those "â" are a straight quote and a space, so
-- every span stays valid for the caller's text.  Only for text that has the
-- telltale "Trumpâs" and no curly quotes; other text is returned as is.
local function lossy_quote_marks(text)
  if not text:find("\195\162") or text:find("“", 1, true) or text:find("”", 1, true) then
    return text
  end
  if not text:find("%a\195\162s[^%a\128-\255]") then return text end
  -- Each "â" is found by a plain search (a pattern starting with a
  -- position capture is tried at every byte of the text), and the text is
  -- copied in the pieces between the ones replaced.
  local parts, n, from = {}, 0, 1
  local at = text:find("\195\162", 1, true)
  while at do
    local mark = lossy_mark(text, at)
    if mark then
      parts[n + 1], parts[n + 2] = text:sub(from, at - 1), mark
      n, from = n + 2, at + 2
    end
    at = text:find("\195\162", at + 2, true)
  end
  if n == 0 then return text end
  parts[n + 1] = text:sub(from)
  return table.concat(parts)
end

-- --------------------------------------------------------- main

-- The direct quotes of the nmarks pairs of marks of the scan, each with
-- its speaker when the rules find one.  Appends to st.quotes; flags the
-- verbs that attribute them (scan:use).
local function find_direct(text, scan, nmarks, st)
  local quotes = st.quotes
  local prev, prev_end -- the previous direct quote, the previous pair's last token
  local speaker_of_sentence, sentence_sp -- the sentence speaker last read
  for qi = 1, nmarks do
    local open, close, last = scan:mark(qi)
    local qend = close or last
    local a, b = open + 1, close and close - 1 or last
    if a <= b then
      local s, e = scan:span(a, b)
      -- Leave a trailing comma inside the marks out of the quoted words.
      while e > s and text:sub(e, e) == "," do e = e - 1 end
      local r = { kind = "direct", s = s, e = e, text = text:sub(s, e) }
      local sp
      local first = scan:sentence_of(open)
      -- Attribution after the closing mark, or before the opening one.
      local verb, kind, ss, se, key, ts, te = scan:direct(text, RULES, qi, prev_end or 0)
      if verb then sp = speaker_record(text, kind, ss, se, key, ts, te) end
      if not sp and first < open then
        -- A fragment inside a sentence that names its speaker.
        -- Not marked used: the sentence's reported clause is kept too.
        -- Read once a sentence, however many quotes it holds (a scan per
        -- quote made a sentence of many short quotes quadratic).
        if speaker_of_sentence ~= first then
          speaker_of_sentence = first
          local v
          v, kind, ss, se, key, ts, te = scan:sentence_speaker(text, RULES, open)
          sentence_sp = v and speaker_record(text, kind, ss, se, key, ts, te) or false
        end
        sp = sentence_sp or nil
      end
      local para_open, sent_open = scan:info(open)
      if not sp and prev and prev.speaker and first == open
         and (para_open == prev.para or (para_open == prev.para + 1 and prev.open_ended))
         and sent_open <= prev.end_sent + 1 then
        -- The next sentence of the same speaker: “…,” he said. “…”
        sp = { speaker = prev.speaker, title = prev.title, key = prev.key,
               pronoun = prev.pronoun, role = prev.role,
               speaker_s = prev.speaker_s, speaker_e = prev.speaker_e }
      end
      if verb then scan:use(verb) end
      if sp or scan:words(a, b) >= QUOTE_WORDS_MIN then
        if sp then take_speaker(r, sp) end
        if sp and prev and not prev.speaker and prev.open_ended and first == open
           and para_open == prev.para + 1 then
          -- A quote over two paragraphs, its speaker named at the end of
          -- the second: “… (no closing mark) / “…,” Volk said.
          take_speaker(prev, sp)
        end
        r.para = para_open
        r.open_ended = close == nil
        local _, end_sent = scan:info(qend)
        if verb then
          local _, verb_sent = scan:info(verb)
          end_sent = math.max(end_sent, verb_sent)
        end
        r.end_sent = end_sent
        quotes[#quotes + 1] = r
        prev = r
      end
    end
    prev_end = qend
  end
end

-- Reported speech: the sentences holding cues, but those with a verb
-- that attributes a direct quote (scan:use).  Appends to st.reported, in
-- text order.
local function find_reported(text, scan, ncues, st)
  local out = st.reported
  local c = 1
  while c <= ncues do
    local s, e, kind, ss, se, key, ts, te
    c, s, e, kind, ss, se, key, ts, te = scan:next_reported(text, RULES, c)
    if not c then break end
    local sp = speaker_record(text, kind, ss, se, key, ts, te)
    sp.kind, sp.s, sp.e, sp.text = "reported", s, e, text:sub(s, e)
    out[#out + 1] = sp
  end
end

--- Finds the quotes of one article.  text: a string (invalid UTF-8 and NUL
-- bytes are tolerated: they are never quote marks or names).
--
-- The C pass (core.quote_scan) reads every token once: it numbers their
-- paragraphs and sentences, pairs the quote marks and flags the cue words
-- and the words that may be capitalized, in arrays of 12 bytes a token.
-- The attribution rules (in C) read bounded windows of those arrays around
-- each pair of marks and each sentence holding a cue; the names of the
-- article are resolved at the end.  The Lua side makes a table per quote
-- and per name, none per token.
function M.find(text)
  if type(text) ~= "string" then
    error("bad argument #1 to 'quotes' (string expected, got " .. type(text) .. ")", 2)
  end
  -- Work on a same-length copy with lossy quote marks readable; the
  -- quoted words are taken from the caller's text at the end.
  local original = text
  -- Full mojibake repaired first (lede.fix): the spans found in the
  -- repaired text are mapped back to the caller's bytes at the end.
  local back
  text, back = fix.for_spans(text)
  text = lossy_quote_marks(text)
  local scan, _, nmarks, ncues = lede_core.quote_scan(text, SCAN_WORDS)
  local st = { quotes = {}, reported = {} }
  local idx = names.index_new()
  add_names(idx, scan, text)
  -- The direct quotes first, then the reported speech of the sentences
  -- whose cues attribute none of them (a verb that attributes a direct
  -- quote is in the sentence of the quote's opening mark or after it).
  find_direct(text, scan, nmarks, st)
  find_reported(text, scan, ncues, st)

  -- Merge the two lists in text order.
  local quotes, reported = st.quotes, st.reported
  local all, i, j = {}, 1, 1
  while quotes[i] or reported[j] do
    local q, r = quotes[i], reported[j]
    if r and (not q or r.s < q.s) then
      all[#all + 1] = r; j = j + 1
    else
      all[#all + 1] = q; i = i + 1
    end
  end
  resolve(scan, text, idx, all)
  scan:close() -- (its arrays are not the collector's to see)
  for _, q in ipairs(all) do
    q.para, q.open_ended, q.end_sent = nil, nil, nil
    if back then
      q.s, q.e = back(q.s, q.e)
      if q.speaker_s then q.speaker_s, q.speaker_e = back(q.speaker_s, q.speaker_e) end
    end
    if text ~= original then q.text = original:sub(q.s, q.e) end
  end
  return all
end

-- An HTML page is read for its main text (lua/lede/html.lua); the quotes'
-- spans then point into the page.  opts.format = "html" | "text" |
-- "markdown" says how to read text (default: detected).
-- (html.is_html tells a text with no "<" in its head without reading it
-- further: lede.claims asks for the quotes of every document)
local find_text = M.find
function M.find(text, opts)
  local html = require("lede.html")
  if type(text) == "string" and html.format(text, opts and opts.format, "quotes") == "html" then
    local doc = html.extract(text)
    return html.remap(doc, find_text(doc.text))
  end
  return find_text(text)
end

return M
