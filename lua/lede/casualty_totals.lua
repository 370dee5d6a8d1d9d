--- Document-level casualty totals: how many were killed, injured, ... in
-- the event one article reports, read from its sentence-level claims.
--
-- local totals = require("lede.casualty_totals")
-- totals.totals(text) --> { killed = n, injured = n, missing = n, ... }
-- totals.from_records(records) --> the same, from lede.casualties records
--   (each {kind=, count=, subset=?, shot=?, sentence_s=?}), and from:
--   from[kind] lists the records of the sentence the total is read from.
-- totals.of_records(text, records) --> totals, from, other: totals(text)
--   on the records of text the caller already has (casualty_filter.own's);
--   other[r] is true for a record of another time, left out.
-- Kinds the article never counts are absent (nil), not 0; "no one was hurt"
-- gives injured = 0.
--
-- Why not the largest single claim: an article splits its toll across
-- sentences and groups, and "shot" says nothing of who lived.  The rules:
--   0. Claims with no number (qualifier "unspecified": "civilians were
--      killed") give no total, nor do figures the article cites (cited =
--      true: "a higher toll than the 17 given by officials") or its
--      hypotheticals ("could prevent 30,000 deaths"), lede.casualty_filter.
--   1. Groups of one sentence add up: "A man and a boy were killed" is 2,
--      "killing two, then himself" is 3, but one figure of one group said
--      again ("the 7 killed ... 7 killed is the worst") is once; a death named beside a count
--      ("the murder of Ann Kell ... since the two were shot") adds nothing.
--      The same words said again in one sentence (a headline or a caption
--      run into the body) are one group, and "he shot himself" after one
--      person of its sentence is that person ("a boy was hospitalized after
--      he shot himself" is 1).
--      Subsets ("including a girl") are part of another count and never
--      add, nor does "he" / "she" after one person of the sentence ("A
--      woman is in critical condition after she was shot" is 1).
--      A toll worded as changed ("rose to five after two workers died in
--      hospital", lede.casualty_filter.worded_change; of_records only)
--      holds the other counts of its sentence: five.
--   2. The article's total of a kind is the largest sentence total: later
--      sentences repeat or revise the count more often than they add to it.
--   3. Injured read from "shot" with no word on the outcome (records with
--      shot = true: "he was shot in the leg") count only the people shot
--      beyond those the article says died: "Two men were shot. One died."
--      gives 1 killed and 1 injured; "He was shot in the head" next to "he
--      was pronounced dead" adds no injured.  So is one person hurt ("he
--      was in critical condition") in sentences that tell of no death and
--      of no one else, when the article tells of a death: the same person.
--   4. A fatal shooting with no count of the dead ("police are investigating
--      a fatal shooting", "the shooting death of a teen") says one died:
--      killed 1 when the article counts no dead (totals(text) only, which
--      has the text; "no one was killed" stays 0).
--   5. The attacker's own death counts once, beside his victims: "killed
--      three workers" and, later, "he then killed himself" is 4; "the
--      gunman was killed by police" adds 1, and so does the death of the
--      one the article names its attacker ("gunman Tomas Reyl", then "Reyl
--      was killed").  A count of the dead that says
--      nothing of who killed them ("two people were found dead in a
--      murder-suicide") already holds him, and so does a count as large as
--      the total of a sentence that tells his death beside his victims'
--      ("killed his sister and then himself", later "found the boy and the
--      girl dead": 2, his death told twice).  A child who "accidentally
--      shot himself" is the victim, not an attacker.
--   6. Counts of another time than the event's ("So far in 2017, 150
--      people have been murdered", "the Pulse massacre last year killed
--      49", "two years ago", "in separate shootings", what follows "days
--      after", "in March": a month alone) are left out (totals(text)
--      only), unless they are all the article counts of a kind: a court
--      story's "a shootout last year left one man dead".
--   7. (totals(text) and of_records only) A toll worded as lowered
--      ("lowered the death toll to 24", "revised the toll down to 16",
--      lede.casualty_filter.worded_lower) is the article's latest word on
--      its kind, larger figures notwithstanding ("They had earlier said 31
--      people were killed"); the last one in the text is the total.  (A
--      toll that "rose to" a figure below the largest is a part's: "the
--      toll in Kessa rose to 13" beside the region's 52.)
-- Cost: linear in the number of records.
local core = require("lede.core")
local filter = require("lede.casualty_filter")

local ipairs, pairs, type, error, next = ipairs, pairs, type, error, next
local byte, find, lower, match = string.byte, string.find, string.lower, string.match

local M = {}

-- A claim that names a death rather than counting it: "death of Ann Kell",
-- "the murder of a toddler", "shooting deaths of".
-- "he was shot", "she is in critical condition": one person the sentence
-- has already counted.
local function pronoun_subject(text)
  local w = type(text) == "string" and text:match("^(%a+)%f[^%a]")
  if not w then return false end
  w = w:lower()
  return w == "he" or w == "she"
end

local function mention(text)
  local w = text:match("^(%a+)%s+of%s")
  if not w then return false end
  w = w:lower()
  return w == "death" or w == "deaths" or w == "murder" or w == "killing"
    or w == "slaying" or w == "murders" or w == "killings"
end

-- What a sentence says once for all its records, read once (a sentence
-- may hold thousands of records; each reading it again would be
-- quadratic): "accident", a word of someone who lived, another time.
-- Filled in below, where the word lists are.
local read_sentence

local function sentence_facts(r, story)
  story.facts = story.facts or {}
  local f = story.facts[r.sentence]
  if not f then
    f = read_sentence(r.sentence:lower())
    story.facts[r.sentence] = f
  end
  return f
end

-- The attacker's own death.  Incident totals count the attacker with the
-- victims, while articles tell of his death apart: "killed himself",
-- "turned the gun on herself", "took his own life", "the gunman was
-- killed", "the suspect died".  A reflexive is the attacker's death only
-- beside another claim of its sentence ("killed his wife and then
-- himself") or in an article that says "suicide": alone, "a boy
-- accidentally shot himself" is the victim.
-- (the first three share "sel": one search rules them out)
local SELF_WORDS = { "himself", "herself", "themselves" }
local function reflexive(text)
  local l = lower(text)
  if find(l, "own life", 1, true) then return true end
  if not find(l, "sel", 1, true) then return false end
  for _, w in ipairs(SELF_WORDS) do
    if find(l, w, 1, true) then return true end
  end
  return false
end

-- The names an article gives its attacker: "gunman Omar Mateen", "the
-- suspect, Larry Gordon,", "shooter Hubert Allen Jr." -- the surname,
-- lower case (a suffix "Jr." left out).  One pass over the text.
local ATTACKER_NOUNS = { gunman = true, shooter = true, suspect = true, killer = true,
                         attacker = true, assailant = true, gunmen = true }
local SUFFIX = { Jr = true, Sr = true, II = true, III = true }
local NAME_WINDOW = 60 -- bytes after the noun that may hold the name
local function attacker_names(text, l)
  local names = {}
  for noun in pairs(ATTACKER_NOUNS) do
    -- each "gunman" reads a bounded window after it: linear (a pattern
    -- "%a+ Name" over the whole text retries every start of a long word)
    local at = l:find(noun, 1, true)
    while at do
      local after = at + #noun
      if not l:sub(at - 1, at - 1):find("%a") and not l:sub(after, after):find("%a") then
        -- the name on the same line: "Shooter Underway\n\nA teen ..." is none
        local name = text:sub(after, after + NAME_WINDOW):match("^,?[ \t]+(%u%a+[%a \t%.]*)")
        local last
        for w in (name or ""):gmatch("%a+") do
          if not w:find("^%u%l") then break end
          if not SUFFIX[w] then last = w end
        end
        if last then names[last:lower()] = true end
      end
      at = l:find(noun, after, true)
    end
  end
  return names
end

-- Is byte i of s an ASCII letter (what %a reads)?  False past either end.
local function letter_at(s, i)
  local b = byte(s, i)
  return b ~= nil and (b >= 97 and b <= 122 or b >= 65 and b <= 90)
end

-- Does l (lower case) hold word as a whole word?  A plain search, then a
-- look at the bytes either side: a frontier pattern is tried at every
-- byte of the text, some hundred times the cost.  (find, not gmatch,
-- whose state is garbage per record: a sentence of thousands of claims
-- made its collector let the heap grow to 3.6 times the records.)
local function has_word(l, word)
  local at = find(l, word, 1, true)
  while at do
    if not letter_at(l, at - 1) and not letter_at(l, at + #word) then return true end
    at = find(l, word, at + 1, true)
  end
  return false
end

local ATTACKER_WORDS = { "assailant", "attacker", "gunman", "gunmen", "killer", "shooter",
                         "suspect" }
for _, noun in ipairs(ATTACKER_WORDS) do assert(ATTACKER_NOUNS[noun]) end

local function names_attacker(text)
  if type(text) ~= "string" then return false end
  local l = lower(text)
  for _, word in ipairs(ATTACKER_WORDS) do
    if has_word(l, word) then return true end
  end
  return false
end

-- "Omar Mateen was killed", "Gordon died": a death of one the article
-- names as its attacker (the record's first name words).
local function named_attacker(r, attackers)
  if type(r.text) ~= "string" or next(attackers) == nil then return false end
  for w in r.text:gmatch("%a+") do
    if not w:find("^%u") then return false end
    if attackers[w:lower()] then return true end
  end
  return false
end

-- "killed his wife and then himself", "shot two men, then turned the gun
-- on himself", "police said he killed himself": a reflexive after a
-- joining word or a pronoun has the subject of the story's attacker; "a
-- boy fatally shot himself" has one of its own, the victim.
local JOINS = { ["then"] = true, ["and"] = true, before = true, after = true, he = true,
                she = true }
local ADVERBS = { ["then"] = true, later = true, also = true, finally = true, allegedly = true }
local function same_subject(r)
  if type(r.sentence) ~= "string" or type(r.s) ~= "number" or type(r.sentence_s) ~= "number" then
    return false
  end
  -- the words just before the record (a bounded window: linear)
  local at = r.s - r.sentence_s
  local before = r.sentence:sub(math.max(1, at - 40), at)
  for _ = 1, 3 do
    if before:find(",%s*$") then return true end
    local w = before:match("(%a+)%s*$")
    if not w then return false end
    w = w:lower()
    if not (ADVERBS[w] or w:find("ly$")) then return JOINS[w] == true end
    before = before:sub(1, #before - #before:match("%a+%s*$"))
  end
  return false
end

-- (refl: reflexive(r.text), read once per record by from_records)
local function attacker_death(r, story, company, refl)
  if type(r.text) ~= "string" or r.count ~= 1 then return false end
  if r.kind == "killed" and (r.who == "suspects" or named_attacker(r, story.attackers)) then
    return true
  end
  if r.kind ~= "killed" and not (r.kind == "injured" and r.shot == true) then return false end
  if not refl then return false end
  -- "accidentally shot himself": the victim, not an attacker
  if sentence_facts(r, story).accident then return false end
  -- "shot himself" says nothing of a death but in a murder-suicide
  if r.kind == "injured" and not story.suicide then return false end
  return same_subject(r) or (company == nil and story.suicide)
end

-- An active reading ("killed his wife", "shot two women"), whose subject
-- is the one a reflexive after it names; "the death of a man who shot
-- himself" is one person.
local function active(r)
  return type(r.text) == "string" and r.text:find("^%l") ~= nil and not mention(r.text)
end

-- A count of the dead with no word on who killed them ("five people were
-- found dead", "Two people are dead"): in an article that tells of the
-- attacker's death, such a count holds him; "killed three people", "the
-- deaths of 49 victims", "two officers dead" count only his victims.
local function plain_dead(r)
  if r.count < 2 then return false end
  if r.who ~= nil and r.who ~= "people" then return false end
  local l = type(r.text) == "string" and r.text:lower() or ""
  return not (l:find("kill", 1, true) or l:find("slay", 1, true) or l:find("slain", 1, true)
    or l:find("murder", 1, true) or l:find("shot", 1, true) or l:find("victim", 1, true)
    or l:find("execut", 1, true))
end

-- "He was in critical condition", "the girl was hospitalized": one person
-- hurt, who may be the one the article says died; "in stable condition",
-- "another man was shot", "expected to survive" tell of someone who lived.
local LIVED = { "stable", "survive", "released", "non%-life", "not life", "minor", "good condition",
                "fair condition", "recover", "another", "also", "second", "third", "fourth", "fifth",
                "both", "intensive care", "coma", "treated and" }
local function lived_said(l)
  for _, w in ipairs(LIVED) do
    if l:find(w) then return true end
  end
  return false
end
local function may_be_dead(r, story)
  if type(r.sentence) ~= "string" then
    return not (type(r.text) == "string" and lived_said(r.text:lower()))
  end
  local f = sentence_facts(r, story)
  -- (read when first asked: most sentences have no one hurt to ask of)
  if f.lived == nil then f.lived = lived_said(r.sentence:lower()) end
  return not f.lived
end

-- "Eight people were taken to the district hospital": people taken to
-- hospital, several and with no word of a gun, are the hurt beside the
-- dead, not a count that holds them ("he was taken to the hospital, where
-- he died" is one).
local GUN_WORDS = { "shot", "shoot", "gun", "struck", "strik", "hit", "fire", "wound", "graz" }
local function taken_many(r)
  if r.count < 2 or type(r.text) ~= "string" then return false end
  local l = r.text:lower()
  for _, w in ipairs(GUN_WORDS) do
    if l:find(w, 1, true) then return false end
  end
  return true
end

-- One sentence's claims, added up (rules 1 and 3 above).
local GENERIC = { [""] = true, people = true, persons = true, bodies = true }
-- (a caller's record may give who as anything)
local function who_of(r) return type(r.who) == "string" and r.who or "" end
-- What later passes read of a sentence: its totals, the attacker's deaths
-- it tells (selfs), the people shot (shot) and the records each total is
-- read from (by[kind]); the rest (sums, ones, ...) serves add_record.
-- The tables a sentence may not need are made when first written.
local function new_sentence()
  return { sums = {}, shot = 0, selfs = 0, holds_attacker = false, by = {}, last_of = {},
           said = {} }
end

-- st[field][kind], made when first written
local function field(st, name)
  local t = st[name]
  if not t then t = {}; st[name] = t end
  return t
end

-- The records a sentence total of kind is read from ("shot" for the people
-- shot), for totals' from.
local function counted(st, kind, r)
  local list = st.by[kind]
  if not list then list = {}; st.by[kind] = list end
  list[#list + 1] = r
end

-- refl: reflexive(r.text), read once per record by from_records.
-- Does record r, inside record last, open after an "and" of last's words
-- ("Her sister and mother were injured": "mother were injured" is a second
-- person of the group, not the first read again; "and her mother" too)?
local function after_and(r, last)
  local sent, ss = r.sentence, r.sentence_s
  if type(sent) ~= "string" or type(ss) ~= "number" or r.s <= last.s then return false end
  local at = r.s - ss + 1
  local before = sent:sub(math.max(1, at - 12), at - 1)
  return find(before, "%f[%a]and%s+$") ~= nil
    or find(before, "%f[%a]and%s+[Hh][ei][rs]%s+$") ~= nil
    or find(before, "%f[%a]and%s+their%s+$") ~= nil
end

local function add_record(st, r, story, company, refl)
  local kind, count = r.kind, r.count
  -- "he" / "she" after one person of the sentence: that person again
  if r.subset or r.cited or r.qualifier == "unspecified"
    or (count == 1 and st.ones and st.ones[kind] and pronoun_subject(r.text)) then
    -- "three people dead, including the gunman": the count holds him
    if r.subset and kind == "killed" and r.who == "suspects" then st.holds_attacker = true end
    return
  end
  if attacker_death(r, story, company, refl) then
    -- counted once, as a death, however the sentence words it
    st.selfs = st.selfs + 1
    st.sums.killed = (st.sums.killed or 0) + 1
    counted(st, "killed", r)
    return
  end
  -- "One of the victims, Cedric Ginger later died" read again as "Cedric
  -- Ginger later died": a record inside the one before, of no other group,
  -- is that one ("A man and a woman were killed" holds "a woman were
  -- killed", another)
  local last = st.last_of[kind]
  if last and type(r.s) == "number" and type(r.e) == "number" and type(last.s) == "number"
    and type(last.e) == "number" and r.s >= last.s and r.e <= last.e and count == last.count
    and (r.who == nil or r.who == last.who) and not after_and(r, last) then
    return
  end
  st.last_of[kind] = r
  if type(r.text) == "string" then
    -- a headline or a caption run into the body says its words again in
    -- the same sentence ("shot himself ... [ ] Hide Caption ... shot himself")
    local said = st.said[kind]
    if not said then said = {}; st.said[kind] = said end
    if said[r.text] == count then return end
    said[r.text] = count
    -- "was hospitalized after he shot himself": the one the sentence has
    -- counted hurt himself
    if count == 1 and refl and st.ones and st.ones[kind] then return end
  end
  if count == 1 then
    local ones = field(st, "ones")
    ones[kind] = (ones[kind] or 0) + 1
  end
  -- "The 7 people killed were all adults, and 7 killed is the worst toll":
  -- one figure of one group said again is no second group
  if count >= 2 then
    local again = kind .. "\0" .. count .. "\0" .. who_of(r) .. (r.shot and "\0shot" or "")
    local figures = field(st, "figures")
    if figures[again] then return end
    figures[again] = true
  end
  if r.shot and kind == "injured" and not taken_many(r) then
    st.shot = st.shot + count
    counted(st, "shot", r)
    return
  end
  -- "Police said 17 were killed, while the hospital put the toll at 19",
  -- "rose to six after firefighters found two bodies": two figures of no
  -- group of their own in one sentence are one toll told twice (or its
  -- part), the larger; "three soldiers and two medics" add up
  if count >= 2 and GENERIC[who_of(r)] then
    local generic = field(st, "generic")
    local before = generic[kind]
    if before then
      if count <= before then return end
      st.sums[kind] = st.sums[kind] - before
    end
    generic[kind] = count
  end
  st.sums[kind] = (st.sums[kind] or 0) + count
  -- (whether a count of the dead holds the attacker, plain_dead and
  -- names_attacker, and whether one hurt is someone who lived, may_be_dead,
  -- are read from by when the article needs them)
  counted(st, kind, r)
  if story.changed[r] then
    local changed = field(st, "changed")
    if count > (changed[kind] or -1) then changed[kind] = count end
  end
  if type(r.text) == "string" and count >= 1 and mention(r.text) then
    local refs = field(st, "refs")
    refs[kind] = (refs[kind] or 0) + count
  else
    local most = field(st, "most")
    if count > (most[kind] or 0) then most[kind] = count end
  end
end

-- Does a sentence's count of the dead hold the attacker (rule 5)?  "Two
-- bailiffs, shooter killed" names him; a count of the dead that says
-- nothing of who killed them ("Two people are dead", plain_dead), beside
-- the attacker's death told apart, holds him.
local function holds_attacker(st, attacker)
  if st.holds_attacker then return true end
  local plain = true
  for _, r in ipairs(st.by.killed or {}) do
    -- "Two bailiffs, shooter killed": a count that names him holds him
    if r.count >= 2 and names_attacker(r.text) then return true end
    if not plain_dead(r) then plain = false end
  end
  return plain and attacker > 0
end

-- Does the sentence tell of someone hurt who is not one of the dead: more
-- than one, or one with a word of having lived (rule 3)?
local function tells_distinct(st, story)
  for _, r in ipairs(st.by.injured or {}) do
    if not (r.count == 1 and may_be_dead(r, story)) then return true end
  end
  return false
end

-- A sentence's totals per kind: "the murder of Ann Kell and her son, since
-- the two were shot": a mention of deaths beside a count of the same
-- sentence is part of that count (and the count not less than those named).
-- A toll worded as changed holds the counts of its sentence: "The toll
-- rose to five after two workers died in hospital" is five.
local NONE = {}
local function sentence_totals(st)
  local t = {}
  local refs, most, changed = st.refs or NONE, st.most or NONE, st.changed or NONE
  for kind, n in pairs(st.sums) do
    if refs[kind] and most[kind] and most[kind] > 0 then
      n = math.max(n - refs[kind], refs[kind])
    end
    t[kind] = changed[kind] or n
  end
  return t
end

--- Totals from casualty records (lede.casualties' shape).  story, when
-- given, tells what the records alone cannot: { suicide = true } when the
-- article calls the event a murder-suicide, attackers = { surname = true }
-- (lower case) for the names it gives the gunman (totals(text) reads both).
function M.from_records(records, story)
  if type(records) ~= "table" then
    error(("bad argument #1 to 'from_records' (table expected, got %s)"):format(type(records)), 2)
  end
  -- a copy: the caller's table is left as it was
  story = type(story) == "table" and story or {}
  story = { suicide = story.suicide == true,
            attackers = type(story.attackers) == "table" and story.attackers or {},
            facts = type(story.facts) == "table" and story.facts or {},
            changed = type(story.changed) == "table" and story.changed or {} }
  local sentences, refls = {}, {}
  local i, n = 1, #records
  while i <= n do
    local r = records[i]
    if type(r) ~= "table" or type(r.kind) ~= "string" or type(r.count) ~= "number" then
      error(("bad argument #1 to 'from_records' (records[%d] needs kind and count)"):format(i), 2)
    end
    -- the records of one sentence: records[i .. j]
    local key, j = r.sentence_s or i, i
    while j < n and type(records[j + 1]) == "table" and records[j + 1].sentence_s ~= nil
      and records[j + 1].sentence_s == key do
      j = j + 1
    end
    -- each record's reflexive, read once; and, in a sentence that has one,
    -- what else it reads beside its reflexives: "active", "other" or
    -- nothing (nil)
    local st, company, any = new_sentence(), nil, false
    for k = i, j do
      local text = records[k].text
      local refl = type(text) == "string" and reflexive(text)
      refls[k - i + 1] = refl
      any = any or refl
    end
    if any then
      for k = i, j do
        if not refls[k - i + 1] then
          if active(records[k]) then company = "active" elseif company == nil then company = "other" end
        end
      end
    end
    for k = i, j do add_record(st, records[k], story, company, refls[k - i + 1]) end
    st.totals = sentence_totals(st)
    sentences[#sentences + 1] = st
    i = j + 1
  end
  -- told_with[n]: a sentence tells the attacker's death beside his victims'
  -- and counts n dead in all ("killed his sister and then himself": 2)
  local attacker, told_with = 0, {}
  for _, st in ipairs(sentences) do
    if st.selfs > attacker then attacker = st.selfs end
    local killed = st.totals.killed
    if st.selfs > 0 and killed and killed > st.selfs then told_with[killed] = true end
  end
  local best, best_shot, at, shot_at = {}, 0, {}, nil
  for _, st in ipairs(sentences) do
    for kind, total in pairs(st.totals) do
      -- rule 5: the attacker, once, beside a count of his victims only
      -- (a count as large as a sentence's that holds him is that count
      -- told again: "found the boy and the girl dead")
      if kind == "killed" and attacker > 0 and st.selfs == 0 and not told_with[total]
        and not holds_attacker(st, attacker) then
        total = total + attacker
      end
      if best[kind] == nil or total > best[kind] then best[kind], at[kind] = total, st end
    end
    if st.shot > best_shot then best_shot, shot_at = st.shot, st end
  end
  -- rule 3 again: one hurt, in sentences that tell of no death and of no
  -- one else, beside a death the article tells of, is the one who died
  if best.injured == 1 and (best.killed or 0) >= 1 then
    local distinct = false
    for _, st in ipairs(sentences) do
      if (st.sums.injured and st.sums.killed) or tells_distinct(st, story) then
        distinct = true
        break
      end
    end
    if not distinct then best.injured, at.injured = 0, nil end
  end
  if best_shot > 0 then
    local rest = best_shot - (best.killed or 0)
    if rest > 0 and (best.injured == nil or rest > best.injured) then
      best.injured, at.injured = rest, shot_at
      shot_at.by.injured = shot_at.by.shot
    elseif best.injured == nil then
      best.injured = 0
    end
  end
  -- where each total is read: the records its sentence adds up (the
  -- people shot, for injured read from "shot")
  local from = {}
  for kind, st in pairs(at) do from[kind] = st.by[kind] end
  return best, from
end

-- "a fatal shooting", "the deadly stabbing", "the shooting death of":
-- someone died, though the article may give no count.  One lower-case
-- copy of the text and a plain search a phrase: linear.
local FATAL = { "fatal shooting", "deadly shooting", "fatal stabbing", "deadly stabbing",
                "shooting death", "stabbing death" }
-- "a non-fatal shooting", "nonfatal": nobody died
local function negated(l, at)
  local before = l:sub(math.max(1, at - 4), at - 1)
  return before:find("non%-?$") ~= nil or before:find("^n?on$") ~= nil
end

-- "a fatal Foothill Farms apartment shooting", "the deadly Oak Park
-- shooting": up to three words of place between the two.  Each "fatal"
-- reads a window of at most APART bytes after it: linear.
local APART = 48
local function fatal_apart(l)
  for _, word in ipairs({ "fatal", "deadly" }) do
    local at = l:find(word, 1, true)
    while at do
      local window = l:sub(at + #word, at + #word + APART)
      local rest, e = window:match("^%s+([%a%s%-']-)%s*shooting()")
      if rest and not negated(l, at) and select(2, rest:gsub("%S+", "")) <= 3 then
        return at, at + #word + e - 2
      end
      at = l:find(word, at + #word, true)
    end
  end
  return nil
end

-- The first span that says someone died (s, e), or nil; l is the text
-- in lower case.
local function fatal_event(l)
  for _, phrase in ipairs(FATAL) do
    local at = l:find(phrase, 1, true)
    while at do
      if not negated(l, at) then return at, at + #phrase - 1 end
      at = l:find(phrase, at + 1, true)
    end
  end
  return fatal_apart(l)
end

-- A sentence about another time than the article's event: "So far in
-- 2017, 150 people have been murdered", "the Pulse massacre last year
-- killed 49", "since 1982", "three years ago".  A date of the event itself
-- ("On June 12, 2016, a gunman killed 49") is no other time: a year
-- counts only after a bare "in".
local OTHER_TIME = { "%f[%a]in 19%d%d%f[%D]", "%f[%a]in 20%d%d%f[%D]", "%f[%a]since %d", "%f[%a]since the start",
                     "%f[%a]so far%f[%A]",
                     "%f[%a]this year%f[%A]", "%f[%a]last year", "%f[%a]years? ago%f[%A]",
                     "%f[%a]months ago%f[%A]", "%f[%a]a decade%f[%A]", "%f[%a]per year%f[%A]",
                     "%f[%a]each year%f[%A]", "%f[%a]every year%f[%A]", "%f[%a]annually%f[%A]",
                     "%f[%a]separate%f[%A]", "%f[%a]earlier this month", "%f[%a]last month",
                     "%f[%a]previous%f[%A]" }
-- ... and what follows "days after" in its sentence: "Three officers were
-- killed, days after five officers were killed in Dallas"
local OTHER_AFTER = { "%f[%a]days after%f[%A]", "%f[%a]weeks after%f[%A]",
                      "%f[%a]months after%f[%A]" }
-- Each pattern's words, searched plainly first: a frontier pattern is
-- tried at every byte, a plain search is a memory scan (most sentences
-- hold none of these words).
-- (the plain words a pattern opens with, after its frontier: "in " of
-- "%f[%a]in [12][09]%d%d", "year" of "years? ago")
local function words_of(pattern)
  local body = pattern:gsub("^%%f%[%%a%]", "")
  local plain, stop = body:match("^([^%[%%%?%*%+%-%.]*)(.?)")
  if stop == "?" then plain = plain:sub(1, -2) end
  assert(#plain >= 2, "a time pattern opens with words")
  return plain
end
-- The patterns in groups under a word they share ("year" of "this year",
-- "per year", "years ago"): a sentence is searched for each group's word
-- once, and for its patterns' own words only when it holds that word.
local SHARED = { "year", "month" }
local function grouped(patterns)
  local groups, of = {}, {}
  for _, pattern in ipairs(patterns) do
    local plain = words_of(pattern)
    local gate = plain
    for _, w in ipairs(SHARED) do
      if plain:find(w, 1, true) then gate = w; break end
    end
    if not of[gate] then
      of[gate] = { gate = gate }
      groups[#groups + 1] = of[gate]
    end
    local g = of[gate]
    g[#g + 1] = { plain = plain, pattern = pattern }
  end
  return groups
end
local OTHER_TIME_GROUPS, OTHER_AFTER_GROUPS = grouped(OTHER_TIME), grouped(OTHER_AFTER)

-- "in March": an article tells its own event by its day ("on Sunday",
-- "on March 3"), a month alone by another time ("a drive-by that injured
-- a dozen others in March").  ("may" is left out: "in may" is no date.)
local MONTHS = {}
for m in ([[january february march april june july august september october november
  december]]):gmatch("%a+") do
  MONTHS[m] = true
end
local function in_month(l)
  local at = find(l, "in ", 1, true)
  while at do
    local word = match(l, "^%a+", at + 3)
    if word and MONTHS[word] and not letter_at(l, at - 1) then return true end
    at = find(l, "in ", at + 3, true)
  end
  return false
end

read_sentence = function(l)
  local f = { accident = find(l, "accident", 1, true) ~= nil, other_time = in_month(l) or nil }
  for _, g in ipairs(OTHER_TIME_GROUPS) do
    if f.other_time then break end
    if find(l, g.gate, 1, true) then
      for _, p in ipairs(g) do
        if find(l, p.plain, 1, true) and find(l, p.pattern) then f.other_time = true; break end
      end
    end
  end
  for _, g in ipairs(OTHER_AFTER_GROUPS) do
    if find(l, g.gate, 1, true) then
      for _, p in ipairs(g) do
        local at = find(l, p.plain, 1, true) and find(l, p.pattern)
        if at and (f.after_at == nil or at < f.after_at) then f.after_at = at end
      end
    end
  end
  return f
end

local function other_time(r, story)
  if type(r.sentence) ~= "string" then return false end
  -- "the 2015 slayings": a year, not a count
  if r.count >= 1900 and r.count <= 2100 and type(r.text) == "string"
    and r.text:find("^%d%d%d%d %a+$") then
    return true
  end
  local f = sentence_facts(r, story)
  if f.other_time then return true end
  return f.after_at ~= nil and type(r.s) == "number" and type(r.sentence_s) == "number"
    and f.after_at < r.s - r.sentence_s + 1
end

-- The article calls the event a suicide: "murder-suicide", "committed
-- suicide", "apparent suicide" (plain searches: linear).
local SUICIDE = { "murder-suicide", "murder/suicide", "murder suicide", "committed suicide",
                  "commits suicide", "commit suicide", "committing suicide", "apparent suicide" }
local function suicide_said(l)
  for _, phrase in ipairs(SUICIDE) do
    if l:find(phrase, 1, true) then return true end
  end
  return false
end

-- What of the whole text its records need read: whether the article says
-- "murder-suicide" only beside a reflexive that may tell the attacker's
-- death (rule 5: "shot himself"), and the names it gives its attacker only
-- beside one death told with a capital ("Reyl was killed").  Each search
-- reads the whole text.
local function story_needs(records)
  local suicide, names = false, false
  for _, r in ipairs(records) do
    if r.count == 1 and type(r.text) == "string" then
      -- (named_attacker reads the record's first words of letters)
      if r.kind == "killed" and find(r.text, "^[^%a]*%u") then names = true end
      if not suicide and (r.kind == "killed" or (r.kind == "injured" and r.shot == true))
        and reflexive(r.text) then
        suicide = true
      end
    end
  end
  return suicide, names
end

--- Totals of one article's text from its own records (filter.own of
-- lede.casualties(text)): totals, from.  from[kind] lists the records of
-- the sentence a total is read from (absent when no sentence gives it:
-- "injured 0" from rule 3, "killed 1" from "a fatal shooting"), so that
-- lede.claims shows the same figure where the article gives it; other[r]
-- is true for the records of another time than the event's (rule 6) that
-- the totals leave out.
function M.of_records(text, records)
  -- (the lower-case text, made when first read: most articles need none)
  local l
  local story = { suicide = false, attackers = {}, changed = {} }
  local suicide_needed, names_needed = story_needs(records)
  if suicide_needed or names_needed then l = lower(text) end
  if suicide_needed then story.suicide = suicide_said(l) end
  if names_needed then story.attackers = attacker_names(text, l) end
  for _, r in ipairs(records) do
    if filter.worded_change(text, r) then story.changed[r] = true end
  end
  local now, other = {}, {}
  for _, r in ipairs(records) do
    if other_time(r, story) then other[r] = true else now[#now + 1] = r end
  end
  -- rule 6: the counts of the event's own time; another time's only when
  -- the article gives no other (a court story tells of "a shootout last
  -- year")
  local t, from = M.from_records(now, story)
  -- (read again only when another time's records hold a kind the
  -- event's leave at 0)
  local wanted = false
  for r in pairs(other) do
    if (t[r.kind] or 0) == 0 or (r.shot and (t.injured or 0) == 0) then wanted = true; break end
  end
  if wanted then
    local all, all_from = M.from_records(records, story)
    for kind, n in pairs(all) do
      if (t[kind] or 0) == 0 and n > 0 then
        t[kind], from[kind] = n, all_from[kind]
        -- (all the article counts of the kind: its own, then)
        for _, r in ipairs(records) do
          if r.kind == kind or (kind == "injured" and r.shot) then other[r] = nil end
        end
      end
    end
  end
  -- rule 7: a toll worded as lowered ("lowered the death toll to 24 ...
  -- had earlier said 31") is the article's latest word on it
  local changed = {}
  for _, r in ipairs(now) do
    if not r.subset and not r.cited and not r.shot and r.qualifier ~= "unspecified"
      and (t[r.kind] or 0) > r.count and filter.worded_lower(text, r) then
      changed[r.kind] = r
    end
  end
  for kind, r in pairs(changed) do
    if t[kind] ~= r.count then t[kind], from[kind] = r.count, { r } end
  end
  if t.killed == nil then
    local s, e = fatal_event(l or lower(text))
    if s then
      t.killed = 1
      from.killed = { { kind = "killed", count = 1, qualifier = "exact", s = s, e = e } }
    end
  end
  return t, from, other
end

--- Totals of one article's text.
function M.totals(text)
  if type(text) ~= "string" then
    -- the public name, as lede.casualty_totals reports it
    error(("bad argument #1 to 'casualty_totals' (string expected, got %s)")
      :format(type(text)), 2)
  end
  return (M.of_records(text, filter.own(text, core.casualties(text))))
end

return M
