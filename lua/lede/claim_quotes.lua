--- The quote claims of a story: the quotes of its documents merged into
-- one claim per thing said (lua/lede/claims.lua's header gives the
-- claim's fields), one spelling per speaker, and roles read across the
-- story.
--
-- local claim_quotes = require("lede.claim_quotes")
-- claim_quotes.merge(docs, quotes_of, consume) --> quote claims
--   quotes_of(d) gives the quotes of docs[d] (lede.quotes' records);
--   consume: each list is owned here, and a record let go once read.
--   Bad records raise, naming them, at the caller of the caller's caller.
-- claim_quotes.no_place_speakers(claims, places), .one_spelling(claims),
-- .story_roles(claims): the steps after the merge, in that order.
local core = require("lede.core")
local names = require("lede.names")

local math = math
local ipairs, type, error = ipairs, type, error

local M = {}

local QUOTE_MIN_WORDS = 4
local QUOTE_OVERLAP = 0.5
local QUOTE_OVERLAP_UNATTRIBUTED = 0.8
local POSTING_CAP = 64   -- word pairs shared by more quotes say nothing

local floor = math.floor
local function int(x) return x and floor(x) or nil end

-- The word pairs of a quote are keys of numbers, not strings: each folded
-- word of the story gets a number (ids, kept through the merge), and the
-- pair of words a, b is a * PAIR + b, exact in a double.  Past PAIR words
-- (a story of tens of millions of them) a pair is the string "a b" of
-- their numbers, which no number equals.
local PAIR = 67108864 -- 2^26

local function pair_key(a, b)
  if a < PAIR and b < PAIR then return a * PAIR + b end
  return a .. " " .. b
end

-- The pairs of folded words of text into t[1..m] (the single word's key,
-- its negated number, when there is one), each once; returns m and the
-- number of words.  ids maps a word to its number (ids.n of them); seen is
-- an empty table, left empty.  t is kept from quote to quote (what lies
-- past m is stale): a long text has many quotes.
local function word_pairs(text, ids, t, seen)
  local m, n, prev = 0, 0, nil
  for w in core.fold(text):gmatch("[%w\128-\255]+") do
    local id = ids[w]
    if not id then
      id = ids.n + 1
      ids.n, ids[w] = id, id
    end
    n = n + 1
    if prev then
      local key = pair_key(prev, id)
      if not seen[key] then seen[key] = true; m = m + 1; t[m] = key end
    end
    prev = id
  end
  for i = 1, m do seen[t[i]] = nil end
  if n == 1 then t[1] = -prev; m = 1 end
  return m, n
end

-- A quote told again word for word (wire copy that several articles
-- carry) is read once more, and then no more: its pairs are kept from its
-- second telling on, so that a text told once costs only its entry in
-- told.  Returns the table of the pairs (t, or the kept one), their number
-- and the number of words.
local function pairs_of(text, ids, told, t, seen)
  local kept = told[text]
  if kept and kept ~= true then return kept, kept.m, kept.n end
  local m, n = word_pairs(text, ids, t, seen)
  if kept == true then
    kept = { m = m, n = n }
    for k = 1, m do kept[k] = t[k] end
    told[text] = kept
    return kept, m, n
  end
  told[text] = true
  return t, m, n
end

-- The number of words of a speaker name (0 for none), counted once a
-- name: memo maps a name to it (a story's quotes share a few speakers).
local function name_words(x, memo)
  if not x then return 0 end
  local n = memo[x]
  if not n then
    n = 0
    for _ in x:gmatch("%S+") do n = n + 1 end
    memo[x] = n
  end
  return n
end

-- Levenshtein distance of two short strings, stopping at 2; or one name
-- in two transliterations ("Qadhafi", "Gaddafi": names.spelling_key).
local function near(a, b)
  if a == b then return true end
  if #a >= 5 and #b >= 5 and names.spelling_key(a) == names.spelling_key(b) then return true end
  if math.abs(#a - #b) > 1 or #a < 5 then return false end
  local prev = {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    local cur = { [0] = i }
    local best = i
    for j = 1, #b do
      local cost = a:byte(i) == b:byte(j) and 0 or 1
      cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
      if cur[j] < best then best = cur[j] end
    end
    if best > 1 then return false end
    prev = cur
  end
  return prev[#b] <= 1
end

local PRONOUN = { he = true, she = true, they = true }

-- The folded last word of a speaker; none for an unresolved pronoun.
-- memo.last and memo.pronoun keep what a speaker name gives (false: none),
-- read once a name.
local function speaker_key(q, memo)
  local sp = q.speaker
  if type(sp) ~= "string" then return nil end
  local last = memo.last[sp]
  if last == nil then
    local word = sp:match("(%S+)%s*$")
    last = word and core.fold(word) or false
    memo.last[sp], memo.pronoun[sp] = last, PRONOUN[core.fold(sp)] == true
  end
  if q.resolved == false and memo.pronoun[sp] then return nil end
  return last or nil
end

-- The quote claims of docs; quotes_of(d) gives the quotes of docs[d].
-- consume (M.claims, whose quotes_of finds them): each list is owned here,
-- and a record the claims do not keep is let go as soon as it is read.
local function merge_quotes(docs, quotes_of, consume)
  local groups, postings = {}, {}
  local ids, told, sh, seen, shared, order = { n = 0 }, {}, {}, {}, {}, {}
  local key_memo, words_memo = { last = {}, pronoun = {} }, {}
  for d = 1, #docs do
    local list = quotes_of(d)
    for i, q in ipairs(list) do
      if consume then list[i] = false end
      if type(q) ~= "table" or type(q.text) ~= "string" or type(q.s) ~= "number" then
        error(("lede.claims: quote %d of document %d needs text (string) and s, e"):format(i, d), 3)
      end
      local pairs_q, nsh, nw = pairs_of(q.text, ids, told, sh, seen)
      if nw >= QUOTE_MIN_WORDS then
        local key = speaker_key(q, key_memo)
        -- Candidate groups: those sharing word pairs, counted once each.
        -- Postings hold the groups' numbers, and shared[number] counts
        -- (0 when none: an array, set back to 0 below).
        local norder = 0
        for k = 1, nsh do
          local p = postings[pairs_q[k]]
          local np = p and #p or 0
          if np <= POSTING_CAP then
            for j = 1, np do
              local gi = p[j]
              local c = shared[gi]
              if c > 0 then
                shared[gi] = c + 1
              else
                shared[gi] = 1; norder = norder + 1; order[norder] = gi
              end
            end
          end
        end
        local target
        for k = 1, norder do
          local g = groups[order[k]]
          local ratio = shared[order[k]] / math.min(nsh, g.n)
          local same
          if key and g.key then
            same = ratio >= QUOTE_OVERLAP and near(key, g.key)
          elseif not key and not g.key then
            same = ratio >= QUOTE_OVERLAP_UNATTRIBUTED
          end
          if same then target = g; break end
        end
        for k = 1, norder do shared[order[k]] = 0 end
        local src = { doc = d, s = int(q.s), e = int(q.e), text = q.text, speaker = q.speaker }
        if not target then
          target = { key = key, n = nsh, sources = {}, quote = q }
          local gi = #groups + 1
          groups[gi], shared[gi] = target, 0
          for k = 1, nsh do
            local x = pairs_q[k]
            local p = postings[x] or {}
            postings[x] = p
            p[#p + 1] = gi
          end
        else
          -- Keep the fullest wording (a direct quote over a report of it),
          -- the fullest speaker name and the first title.
          local cur = target.quote
          if (q.kind == "direct" and cur.kind ~= "direct")
             or (q.kind == cur.kind and #q.text > #cur.text) then
            target.quote = q
          end
          local shown = target.speaker or cur.speaker
          if name_words(q.speaker, words_memo) > name_words(shown, words_memo) then
            target.speaker = q.speaker
          end
          target.title = target.title or q.title
        end
        target.sources[#target.sources + 1] = src
      end
    end
  end
  local out = {}
  for _, g in ipairs(groups) do
    local q = g.quote
    out[#out + 1] = { type = "quote", kind = q.kind, text = q.text,
                      speaker = g.speaker or q.speaker, title = g.title or q.title,
                      sources = g.sources, resolved = q.resolved }
  end
  return out
end

-- One person under one spelling: speaker names with the same given name
-- (first word) and last names one letter apart ("Kirill Dmitriev" and
-- "Kirill Dimitriev": near(), five letters or more) are one speaker, shown
-- in the spelling most of the story's quote sources write (ties: the first
-- seen), with the first title any of them has.  A given name read by more than
-- VARIANTS_READ spellings is left as it is (no scan of a long list).
local VARIANTS_READ = 16
local function one_spelling(quote_claims)
  local by_given, forms, order = {}, {}, {}
  -- The form of a full name (given name and last name), made once.
  local function form_of(sp, title)
    if type(sp) ~= "string" then return nil end
    local given, last = sp:match("^(%S+).-%s(%S+)$")
    if not given then return nil end
    local key = core.fold(sp)
    local f = forms[key]
    if not f then
      given = core.fold(given)
      local list = by_given[given] or {}
      by_given[given] = list
      f = { shown = sp, last = core.fold(last), n = 0 }
      forms[key], order[#order + 1] = f, f
      if #list <= VARIANTS_READ then
        for _, other in ipairs(list) do
          if near(f.last, other.last) then f.person = other.person; break end
        end
        list[#list + 1] = f
      end
      f.person = f.person or { best = f }
    end
    f.person.title = f.person.title or title
    return f
  end
  for _, c in ipairs(quote_claims) do
    if c.resolved ~= false then
      c.form = form_of(c.speaker, c.title)
      for _, src in ipairs(c.sources) do
        local f = form_of(src.speaker)
        if f then f.n = f.n + 1 end
      end
    end
  end
  for _, f in ipairs(order) do
    local p = f.person
    if f.n > p.best.n then p.best = f end
  end
  for _, c in ipairs(quote_claims) do
    local f = c.form
    if f then
      c.speaker = f.person.best.shown
      c.title = c.title or f.person.title
    end
    c.form = nil
  end
end

-- A role across the story: a quote whose speaker the article could not
-- resolve and is only a role in lower case ("The minister said" in a
-- follow-up) is the one person of the story whose title holds the role's
-- words and ends with its last ("Transport Minister Jonas Ferrel" of an
-- earlier article).  Two such people, or none, leave it as it is, and so
-- does a story of more than VARIANTS_READ title holders (no long scans).
local ROLE_SKIP = { the = true, a = true, an = true }
-- Roles that are no one office: bodies ("police said" is not the police
-- chief) and bystanders (an unnamed neighbour is often another one).
local NOT_ONE_OFFICE = {}
for w in ([[police officials authorities officers ministry department government
  agency office investigators detectives residents witnesses neighbor neighbour
  neighbors neighbours witness resident friend relative survivor]]):gmatch("%S+") do
  NOT_ONE_OFFICE[w] = true
end

-- A title holder of the story: a name of two to four words, each opening
-- in upper case and holding a lower-case letter ("Jonas Ferrel", not
-- "WATCH RAW FOOTAGE"), with a title that opens in upper case.
local function title_holder(c)
  local sp, title = c.speaker, c.title
  if c.resolved == false or type(sp) ~= "string" or type(title) ~= "string"
     or not title:find("^%u") then
    return false
  end
  local n = 0
  for w in sp:gmatch("%S+") do
    n = n + 1
    if not w:find("^%u") or not w:find("%l") then return false end
  end
  return n >= 2 and n <= 4
end
local function role_words(text)
  local t = {}
  for w in core.fold(text):gmatch("[%w\128-\255]+") do
    if not ROLE_SKIP[w] then t[#t + 1] = w end
  end
  return t
end

local function story_roles(quote_claims)
  local people, seen, n = {}, {}, 0 -- title holders: { speaker, title, words }
  for _, c in ipairs(quote_claims) do
    if title_holder(c) and not seen[c.speaker] then
      if n == VARIANTS_READ then return end
      seen[c.speaker], n = true, n + 1
      people[n] = { speaker = c.speaker, title = c.title, words = role_words(c.title) }
    end
  end
  if n == 0 then return end
  for _, c in ipairs(quote_claims) do
    local sp = c.speaker
    if c.resolved == false and type(sp) == "string" and not sp:find("%u") then
      local role, found = role_words(sp), nil
      if NOT_ONE_OFFICE[role[#role] or ""] then role = {} end
      for k = 1, n do
        local p = people[k]
        local holds = #role > 0 and role[#role] == p.words[#p.words]
        for i = 1, #role - 1 do
          local has = false
          for _, w in ipairs(p.words) do has = has or w == role[i] end
          holds = holds and has
        end
        if holds then
          if found then found = false; break end
          found = p
        end
      end
      if found then c.speaker, c.title, c.resolved = found.speaker, found.title, true end
    end
  end
end

-- A place is never a speaker: a quote whose speaker is only the name of a
-- place the story names ("Odesa said …": the city's authorities, or a
-- misread subject) keeps its words, with no speaker.
local function no_place_speakers(quote_claims, places)
  for _, c in ipairs(quote_claims) do
    if type(c.speaker) == "string" and c.resolved == false and places[core.fold(c.speaker)] then
      c.speaker, c.title = nil, nil
    end
  end
end

M.merge = merge_quotes
M.no_place_speakers = no_place_speakers
M.one_spelling = one_spelling
M.story_roles = story_roles

return M
