--- Claims of one story, merged across its articles, with the places where
-- the sources agree and where they conflict.
--
-- local claims = require("lede.claims")
-- claims.claims(docs) --> result
--   docs: one article (a string) or an array of articles on one story,
--   each a string or { text =, date =?, name =? } (lede.docs reads them:
--   exactly #docs items; errors name the argument and field).  An article
--   without date is dated by its own date line (lede.article).
--   Casualty counts come from lede.casualties when the core has it, quotes
--   from lede.quotes.
-- claims.merge(docs, records) --> result
--   The same merging from records the caller supplies: records[d] =
--   { casualties = { casualty, ... }, quotes = { quote, ... } } for docs[d],
--   each casualty shaped like lede.casualties' ({kind=, count=, min=?,
--   max=?, qualifier=?, who=?, place=?, subset=?, revised=?, s=, e=, sentence=?,
--   sentence_s=?}) and
--   each quote like lede.quotes'.  Bad records raise, naming them.
-- claims.place_key(place) --> key, shown  ("the Odesa region" -> "odesa",
--   "Odesa"); nil when the text names no place.
-- claims.has_casualties() --> true when the core reads casualty counts.
--
-- Errors: docs that is not a string or an array of documents raises,
-- naming the argument (or docs[i], docs[i].date).  Empty articles give empty lists; invalid
-- UTF-8 and NUL bytes are read as well as they can be.
--
-- result = {
--   claims = {
--     { type = "casualty",
--       kind = "killed",           -- killed injured missing displaced ...
--       count = 8,                 -- the value most sources give (ties: the
--       min = 8, max = 8,          --   higher count); bounds and qualifier
--       qualifier = "exact",       --   from the first source giving it
--       who = "people",            -- victim group, when a source names one
--       place = "Odesa",           -- as written, without "the … region of"
--       date = "2025-12-21",       -- the date of the figure shown, if known
--       agreed = true,             -- every source gives the same count
--       compatible = true,         -- the figures differ but overlap
--       conflict = 2,              -- index into conflicts: figures of one
--                                  --   time that disagree
--       values = { {count =, qualifier =, min =, max =, date =, sources =}, ... },
--                                  -- the distinct figures, when several
--       history = { {count =, qualifier =, doc =, name =, date =, s =, e =,
--                    text =}, ... },  -- in time order, when a figure was
--                                  --   revised by a later one (undated last)
--       cited = { {doc =, s =, e =, text =, count =, attributed = true}, ... },
--                                  -- figures the articles cite from others
--       other_time = true,         -- every source's figure is of another
--                                  --   time than its article's event
--       sources = { {doc = 1, name =, date =, s =, e =, text =, count =,
--                    qualifier =, total =?, summed =?, other_time =?}, ... },
--                                  -- one per document: its figure; total:
--                                  --   its article's total of the kind
--                                  --   (lede.casualty_totals), summed: added
--                                  --   up from the counts of s..e
--       revised = { {doc =, s =, e =, text =, count =}, ... },  -- the other
--                                  -- figures a document gave for it
--     },
--     { type = "quote",
--       kind = "direct" | "reported",
--       text = "…",                -- the longest wording (direct preferred),
--                                  -- mojibake and entities repaired, as are
--                                  -- speaker, title, place and who; the
--                                  -- sources keep their spans' exact bytes
--       speaker = "Kirill Dmitriev", title = "Kremlin envoy",  -- or nil
--       sources = { {doc =, s =, e =, text =, speaker =}, ... },
--     }, ...
--   },                             -- casualties first, then quotes, each in
--                                  -- order of first appearance
--   conflicts = {
--     { type = "casualty", kind = "injured", place = "Odesa", claim = 3,
--       compatible = false,        -- true when the bounds overlap
--                                  -- ("at least 30" and 35)
--       values = { {count = 30, qualifier =, min =, max =,
--                   sources = { {doc =, s =, e =, text =}, ... }}, ... } },
--   },
-- }
--
-- Spans: doc is the index of the article in docs, s/e 1-based inclusive
-- byte offsets into it (docs[doc]:sub(s, e) == text).
--
-- How casualty counts are matched.  Two counts are about the same thing when
-- they have the same kind and their places agree ("the Odesa region",
-- "Ukraine’s Black Sea region of Odesa" and "Odesa" all give Odesa), or
-- when one names no place: it then takes the place a story place is named
-- in its own or the previous sentence ("a strike on Odesa. The attack
-- killed eight"; a count of another time only its own sentence's, and
-- never the dateline's), else the place of the other count of its sentence, else
-- the place of the one same-kind count of its document, else the one
-- same-kind count of the story with the same value; otherwise it stays a
-- claim with no place (a different value may be another event).  A place
-- is read past its generic words ("the Ukrainian city of Sumy" is Sumy);
-- nationality words alone ("Ukrainian") are no place, nor are months.
-- Without "in": "near/outside/at X", "X’s mayor", "the X district
-- hospital", what an event hit or struck ("a storm hit Dunmore"), a
-- country that reports the count ("Marenza reported 390 deaths"); a
-- document whose counts name no place, even inferred, takes its
-- dateline's place, and so does a count of a kind the document places
-- nowhere when every place its counts name is the dateline's.  The
-- dateline names only its own place: "LISCA, Veranto (Wire) —" gives a
-- count of the first sentence no place Veranto.  A count of wider scope ("across the region",
-- "nationwide", "in total"; or right after it: "killed 11 people across
-- Keldan, including five in Orsk", over the place its part names) takes
-- no place from around it and is never
-- the same thing as a count without such words (the region's 30 dead do
-- not revise the town's 3); it is one with the count of the one place in
-- its document that gives its figure, and one with a count of no place
-- in its document that is not smaller (a headline's "toll passes 1,200
-- across the south" and "has killed 1,240").  Counts with no number still name story places.
-- Two names of one event are one place: a count's sentence naming story
-- place A, then a locator word ("near", "outside", "off", "from") and story
-- place B within a few words ("sank on Lake Varna near the town of Osk")
-- joins A to B, shown as B, unless the story gives counts of one kind at
-- both with no figure in common (two events: "in Pokrovsk, near Donetsk,
-- killed 3 ... in Donetsk 5 were killed").  A part of a town named as
-- such ("the Seldin district of Norva", "Sela, a suburb of Norva") joins
-- it to the town unless one document gives counts at both with no figure
-- in common.  A count of two places named together ("the floods in
-- Kolstad and Merrovia have killed 83") or of several ("83 in two
-- countries") is of wider scope: of neither place alone.
-- Within one document a count of a thing replaces the one before when it
-- is not smaller or is worded as a change (revised = true: "the toll rose
-- to eight"); a smaller later one (or one after a worded change that is not
-- worded so itself) is kept under revised: the article's main toll is
-- never hidden there.  An unplaced count joins the document's only placed
-- count of its kind only when the figure is the same or worded as a change.
--
-- One answer.  A document's claims and lede.casualty_totals of its text
-- agree on every kind: the total is the figure of one claim, marked on its
-- source (total = true), and no claim of the article's own time gives more.
-- A total no one count gives (groups a sentence adds up, the people shot
-- less those who died, "a fatal shooting") is a count of its own (summed =
-- true) in the place of the counts it adds up; larger figures of the
-- article's time (those "shot" who died, a toll told before it was
-- lowered) go under its revised; a larger figure of another time ("days
-- after a strike killed 35") stays a claim, marked other_time.
--
-- Time (lede.claim_time).  Across documents, the figures of one thing are
-- ordered by the documents' dates.  A later, higher figure, or a higher one
-- worded as a change, or a later one worded as a change, is a revision: the
-- claim shows the latest figure and lists all under history.  Figures that
-- cannot be ordered (the same day unless both dates give a time of day, an
-- undated figure against another, a later lower one not worded as a change)
-- and whose bounds do not overlap are a conflict; overlapping ones ("at
-- least 30" and 35) are compatible, never a conflict.  Only figures nothing
-- revised can conflict.  A story none of whose documents carries a date
-- (no date, date line, head or dateline date) is read in the order given,
-- as wire copy is listed, oldest first.
--
-- Figures that are not the article's own (lede.casualty_filter): cited
-- ones ("than the 17 given by officials") sit under cited and never win;
-- hypotheticals ("could prevent 30,000 deaths") are dropped.  Counts with no
-- number (qualifier "unspecified") are left out,
-- and so are counts of people "shot" with no word on the outcome (shot =
-- true) in a document whose totals leave nobody injured beside its dead.
-- Counts a sentence splits into groups ("three
-- soldiers and two civilians") stay apart by who.  Subset counts
-- ("including a young girl") are not claims of their own.
--
-- How quotes are matched: same speaker (last name equal up to one letter:
-- Zelensky/Zelenskyy, Dmitriev/Dimitriev, or in another transliteration:
-- Qadhafi/Gaddafi) and at least half of the shorter
-- quote's word pairs shared.  Quoted fragments of fewer than four words are
-- left out.  Unattributed quotes merge only when nearly identical.
-- One person under one spelling: speakers with the same given name whose
-- last names are one edit apart (five letters or more: "Kirill Dmitriev"
-- and "Kirill Dimitriev") are one speaker, shown in the spelling most of
-- the story's quote sources use (ties: the first), with the first title
-- any of them has.  A place is never a speaker: a quote whose unresolved
-- speaker is only a place the story names ("Odesa said") keeps its words
-- with no speaker.  Speakers, titles, role phrases ("the Ukrainian leader"
-- -> the president named before; "the mayor of Kharkiv") and the said-tail
-- forms are lede.quotes' (see its header).  A role lede.quotes leaves
-- unresolved ("The minister said", in a follow-up article) is the one
-- person of the story whose title holds it ("Transport Minister Jonas
-- Ferrel"), never a body ("police said") or a bystander ("a neighbor").
--
-- Cost: linear in the input apart from a per-story number of places and
-- groups; quotes are matched through an index of word pairs, not pairwise.
local core = require("lede.core")
local quotes = require("lede.quotes")
local casualty_totals = require("lede.casualty_totals")
local claim_time = require("lede.claim_time")
local docs_arg = require("lede.docs")
local filter = require("lede.casualty_filter")
local mojibake = require("lede.mojibake")
local claim_quotes = require("lede.claim_quotes")
local places_model = require("lede.claim_places")

local math, table = math, table
local ipairs, pairs, next, type, error = ipairs, pairs, next, type, error

local M = {}

local record_place, sentence_flags = places_model.record_place, places_model.sentence_flags
local dateline_place, place_index = places_model.dateline_place, places_model.place_index
local place_at, last_place_in = places_model.place_at, places_model.last_place_in
local same_place = places_model.same_place
local PLACE_REACH, NEAR_REACH = places_model.PLACE_REACH, places_model.NEAR_REACH

--- The key and display form of a place (lede.claim_places).
M.place_key = places_model.place_key

local HUGE = math.huge

-- ------------------------------------------------------------- arguments

-- The documents as texts, with their dates and names: docs.read checks
-- the argument (exactly #docs items; errors name the argument and field);
-- a document without date takes its own date line (lede.article).
local function read_docs(arg, fname)
  local items = docs_arg.read(arg, fname, 2)
  local texts, dates, names, datelines, dateline_end = {}, {}, {}, {}, {}
  local near -- a full date of the story, for the year a dateline leaves out
  for i, it in ipairs(items) do
    texts[i] = it.text
    local head = docs_arg.header(it.text)
    dates[i] = it.date or head.date
    near = near or dates[i]
    if head.dateline then
      datelines[i] = head.dateline.place
      dateline_end[i] = head.dateline.place and head.dateline.e
    end
    names[i] = it.name
  end
  -- Wire copy may date itself only in its dateline ("MORVA, Tesland,
  -- Oct. 2 (Wire) —"), or in a head the article reader reads as no date
  -- line ("Published 9:40 AM ET Sept. 21, 2026", or without the year,
  -- "Published 3:45 PM ET Oct. 2": lede.claim_time.head_date).  A date
  -- without its year is put in the year of the story's other dates.
  local yearless = {} -- (documents dated without a year before near was known)
  local function date_of(i)
    local d
    if dateline_end[i] then d = docs_arg.dateline_date(texts[i], dateline_end[i], near) end
    return d or claim_time.head_date(texts[i], near)
  end
  for i = 1, #texts do
    if not dates[i] then
      dates[i] = date_of(i)
      if dates[i] and dates[i].no_year and not near then yearless[#yearless + 1] = i end
      if dates[i] and not dates[i].no_year then near = near or dates[i] end
    end
  end
  if near then
    for _, i in ipairs(yearless) do dates[i] = date_of(i) end
  end
  for i = 1, #texts do
    -- (a time of day its date line leaves out: "October 2, 2026 / 3:45 PM")
    if not items[i].date then dates[i] = claim_time.with_time(dates[i], texts[i]) end
  end
  return texts, { dates = dates, names = names, datelines = datelines,
                  dateline_end = dateline_end }
end

-- "2025-12-21" or "2025-12-21 14:30" (UTC), for a parsed date.
local function date_text(d)
  if not d then return nil end
  -- (ISO 8601's "--10-02" for a date whose year no source gives)
  local day = d.no_year and ("--%02d-%02d"):format(d.m, d.d)
    or ("%04d-%02d-%02d"):format(d.y, d.m, d.d)
  if d.hh then
    local t = d.key % 1440
    return ("%s %02d:%02d"):format(day, math.floor(t / 60), t % 60)
  end
  return day
end

local floor = math.floor
local function int(x) return x and floor(x) or nil end

-- ------------------------------------------------------------- casualties

local GENERIC_WHO = { people = true, persons = true, person = true }

local function text_or_empty(x) return type(x) == "string" and x or "" end

local function check_record(r, d, i)
  if type(r) ~= "table" or type(r.kind) ~= "string" or type(r.count) ~= "number"
     or type(r.s) ~= "number" or type(r.e) ~= "number" then
    error(("lede.claims: casualty record %d of document %d needs kind (string), "
      .. "count, s and e (numbers)"):format(i, d), 3)
  end
end

-- Bounds a record implies: exact counts are points, "at least" has a min,
-- "about" none.
local function bounds(r)
  local q = r.qualifier or "exact"
  local lo = r.min or (q == "exact" and r.count) or -HUGE
  local hi = r.max or (q == "exact" and r.count) or HUGE
  return lo, hi
end

local function source_of(doc, text, r)
  local s, e = int(r.s), int(r.e)
  return { doc = doc, s = s, e = e, text = text:sub(s, e), count = r.count,
           qualifier = r.qualifier or "exact" }
end

-- Walks the sentences of text in order (core.each_sentence: no table per
-- sentence, so a text of a million sentences costs no more than one).
-- seek(pos), with pos never decreasing, moves to sentence k -- the last one
-- that starts at or before pos, or the first -- and returns k and the
-- starts of sentences k - 1 and k (nil when there is none).
local function sentence_cursor(text)
  local next_sentence = core.each_sentence(text)
  local k, prev_s, cur_s, next_s, started = 1, nil, nil, nil, false
  return function(pos)
    if not started then
      started = true
      cur_s = next_sentence()
      next_s = cur_s and next_sentence()
    end
    while next_s and next_s <= pos do
      prev_s, cur_s, k = cur_s, next_s, k + 1
      next_s = next_sentence()
    end
    return k, prev_s, cur_s
  end
end

-- Gives each record of one document .place_key/.place_shown, inferring
-- missing places from the sentence context (see the header).
-- The words of the dateline (up to dateline_e) name one place, the
-- dateline's own (dateline_key): the country after it ("LISCA, Veranto
-- (Wire) — The heat wave has killed 1,240 people") says nothing of where
-- a count of the story's first sentences happened.
local function place_records(text, recs, places, dateline_e, dateline_key, other)
  if next(places.is) == nil then return end -- (the story names no place)
  local seek = sentence_cursor(text)
  for _, c in ipairs(recs) do
    if not c.place_key and not c.wide then
      -- The sentence holding the record, and the one before it; only its
      -- own for a count of another time (other[rec]: "The slide came a
      -- decade after floods killed 200" is not of the town just named)
      local _, prev_s, cur_s = seek(c.s)
      local from = other[c.rec] and cur_s or prev_s or cur_s
      local s = math.max(from or c.s, c.s - 2 * PLACE_REACH)
      local in_dateline = dateline_e and s <= dateline_e and dateline_e < c.s
      if in_dateline then s = dateline_e + 1 end
      local context = core.fold(text:sub(int(s), int(c.rec.e)))
      local p = last_place_in(context, places)
      if not p and in_dateline and dateline_key and places.is[dateline_key] then
        p = dateline_key
      end
      if p then c.place_key = p end
    end
  end
end

-- Two names of one event: "a ferry sank on Lake Varna near the town of
-- Osk" names the lake and the town it lies by.  A count's own sentence
-- that names story place A, then within LOCATE_GAP words a locator word
-- ("near", "outside", "off", "from") and within LOCATE_GAP words after it
-- story place B, joins A to B (B, the place A is located by, is shown),
-- unless the story gives counts of one kind at both with no figure in
-- common (then they may be two events: "shelling in Pokrovsk, near
-- Donetsk, killed 3 … in Donetsk 5 were killed").  A correction goes the
-- other way: "died in Orrin, and not in Tessby as first reported" joins
-- B to A (A shown), when the story gives one figure at both.
local LOCATOR = { near = "locates", outside = "locates", off = "locates", from = "locates",
                  ["not"] = "corrects" }
local LOCATE_GAP = 8
-- A part of a town named as such locates it too: "the Seldin district of
-- Norva", "Sela, a suburb of Norva" join Seldin and Sela to Norva.
local PART_OF = { district = true, suburb = true, neighbourhood = true, neighborhood = true,
                  quarter = true, borough = true, outskirts = true }

-- The join word w of words makes: LOCATOR's, or "of" after a PART_OF word.
local function locator_at(words, w)
  local how = LOCATOR[words[w]]
  if not how and words[w] == "of" and PART_OF[words[w - 1]] then how = "part" end
  return how
end

-- The story places of folded context in word order: { {key=, at=, last=} }
-- (word indexes), the longest key starting at each word.
local function places_in(context, places)
  local is, leads = places.is, places.leads
  local words, found, n = {}, {}, 0
  for w in context:gmatch("[%w\128-\255]+") do n = n + 1; words[n] = w end
  local i = 1
  while i <= n do
    local best, best_n
    if is[words[i]] or leads[words[i]] then best, best_n = place_at(words, i, places) end
    if best then
      found[#found + 1] = { key = best, at = i, last = i + best_n - 1 }
      i = i + best_n
    else
      i = i + 1
    end
  end
  return found, words
end

-- The joins (alias[A] = B) that the counts' sentences make; counts[key]
-- [kind] is the set of figures the story gives at a place.
-- Can a window of the sentence hold a locator word?
local function may_locate(sentence)
  local folded = core.fold(sentence.text)
  for w in pairs(LOCATOR) do
    if folded:find(w, 1, true) then return true end
  end
  -- ("district of": the word before each " of ")
  local init = 1
  while true do
    local a = folded:find(" of ", init, true)
    if not a then return false end
    if PART_OF[folded:sub(math.max(1, a - 14), a - 1):match("(%a+)$") or ""] then return true end
    init = a + 3
  end
end

-- Do the story's counts at places a and b share a figure of some kind
-- (share), and do they give counts of one kind with none in common (apart)?
local function figures_shared(counts, a, b)
  local ca, cb, share, apart = counts[a] or {}, counts[b] or {}, false, false
  for kind, set_a in pairs(ca) do
    local set_b = cb[kind]
    if set_b then
      local common = false
      for n in pairs(set_a) do common = common or set_b[n] == true end
      share, apart = share or common, apart or not common
    end
  end
  return share, apart
end

-- Puts count c's figure in counts[place][kind].
local function add_figure(counts, c)
  local by_kind = counts[c.place_key] or {}
  counts[c.place_key] = by_kind
  by_kind[c.kind] = by_kind[c.kind] or {}
  by_kind[c.kind][c.rec.count] = true
end

-- Does one document give counts of one kind at places a and b with no
-- figure in common?  (Read from its counts when a join asks: few do.)
local function apart_in_a_document(per_doc, a, b)
  for d = 1, #per_doc do
    local mine = {}
    for _, c in ipairs(per_doc[d]) do
      if c.place_key == a or c.place_key == b then add_figure(mine, c) end
    end
    local _, apart = figures_shared(mine, a, b)
    if apart then return true end
  end
  return false
end

local function place_joins(docs, per_doc, places, counts)
  local alias, target = {}, {}
  for d = 1, #docs do
    local flags = sentence_flags(docs[d])
    for _, c in ipairs(per_doc[d]) do
      local r = c.rec
      if c.place_key and type(r.sentence_s) == "number" and type(r.sentence_e) == "number"
         and flags(r, "locator", may_locate) then
        local window = docs[d]:sub(math.max(int(r.sentence_s), int(r.s) - NEAR_REACH),
                                   math.min(int(r.sentence_e), int(r.e) + NEAR_REACH))
        local found, words = places_in(core.fold(window), places)
        for k = 1, #found - 1 do
          local a, b = found[k], found[k + 1]
          if a.key ~= b.key and b.at - a.last - 1 <= 2 * LOCATE_GAP
             and (a.key == c.place_key or b.key == c.place_key) then
            -- the locator word nearest b says which way the join goes
            local how
            for w = a.last + 1, math.min(b.at - 1, a.last + LOCATE_GAP) do
              local at = locator_at(words, w)
              if at and b.at - w <= LOCATE_GAP then how = at end
            end
            -- "near B" locates A by B; "A …, not in B" corrects B to A
            local from, to = a.key, b.key
            if how == "corrects" then from, to = b.key, a.key end
            -- (one join a place: no chains to follow)
            if how and not alias[from] and not alias[to] and not target[from] then
              local share, apart = figures_shared(counts, from, to)
              -- a part of a town is of it whatever the figures of other
              -- times: only one document's counts at both with no figure
              -- in common keep them apart
              if how == "part" then apart = apart_in_a_document(per_doc, from, to) end
              -- a correction moves a figure: both places must give it
              if not apart and (how ~= "corrects" or share) then
                alias[from], target[to] = to, true
              end
            end
          end
        end
      end
    end
  end
  return alias
end

-- A count its sentence says is of a wider scope than any one place
-- ("Across the region, the storm has killed 140", "nationwide", "in
-- total") takes no place from the sentences around it.
-- Plural place words after "in two", "in both" ("toll rises to 83 in two
-- countries"): a count of several places.
local SEVERAL_PLACES = { countries = true, nations = true, provinces = true, states = true,
                         regions = true, districts = true, towns = true, villages = true,
                         cities = true }
local SEVERAL = { both = true, two = true, three = true, four = true, five = true,
                  several = true, many = true }
-- (each "in " found plainly, then the words after it: a frontier pattern
-- would be tried at every byte of the sentence)
local function several_places(words)
  local init = 1
  while true do
    local a = words:find("in ", init, true)
    if not a then return false end
    local n, plural = words:match("^in (%a+) (%a+)", a)
    if n and SEVERAL[n] and SEVERAL_PLACES[plural] and (a == 1 or not words:find("^%a", a - 1)) then
      return true
    end
    init = a + 3
  end
end
local WIDE = { "%f[%a]across%f[%A]", "%f[%a]nationwide%f[%A]", "%f[%a]in total%f[%A]",
               "%f[%a]in all%f[%A]", "%f[%a]overall%f[%A]" }
local WIDE_WORDS = { "across", "nationwide", "in total", "in all", "overall" }
local function may_be_wide(sentence)
  local t = sentence.text:lower()
  for _, w in ipairs(WIDE_WORDS) do
    if t:find(w, 1, true) then return true end
  end
  return several_places(t)
end

-- Can a window of the sentence word its count as changed?  (It needs a
-- "to": lede.casualty_filter.worded_change.)
local function may_word_change(sentence)
  return sentence.text:lower():find("to", 1, true) ~= nil
end

-- "has now killed 11 people across Keldan, including five in Orsk": the
-- words right after a count say its scope, over the place its sentence
-- names for a part.
local WIDE_NEXT = { "^%s+across%f[%A]", "^%s+nationwide%f[%A]", "^%s+in total%f[%A]",
                    "^%s+in all%f[%A]", "^%s+overall%f[%A]" }
local WIDE_AFTER = 24 -- bytes after a count that may say its scope
local function wide_after(text, r)
  local hi = type(r.sentence_e) == "number" and int(r.sentence_e) or #text
  local after = text:sub(int(r.e) + 1, math.min(hi, int(r.e) + WIDE_AFTER)):lower()
  for _, w in ipairs(WIDE_NEXT) do
    if after:find(w) then return true end
  end
  return after:find("^%s+in %a+ %a+") ~= nil and several_places(after)
end

local function wide_scope(text, r, flags)
  if flags and not flags(r, "wide", may_be_wide) then return false end
  local lo = type(r.sentence_s) == "number" and int(r.sentence_s) or int(r.s)
  local words = text:sub(math.max(lo, int(r.s) - NEAR_REACH), int(r.e)):lower()
  for _, w in ipairs(WIDE) do
    if words:find(w) then return true end
  end
  return several_places(words) or wide_after(text, r)
end

-- Counts a's mentions of a figure with b's (a count or source that says
-- none is one mention; no b is one more).
local function add_mentions(a, b)
  a.mentions = (a.mentions or 1) + (b and b.mentions or 1)
end

-- casualties_of(d) gives the casualty records of docs[d]; each list is
-- read once, so that the records a document does not keep can go before
-- the next document's are made.
local function casualty_groups(docs, casualties_of, meta)
  -- Pass 1: places the story names, and records sorted per document.
  local per_doc, keys, shown_of = {}, {}, {}
  for d = 1, #docs do
    local recs, seen, order = {}, {}, {}
    local list = casualties_of(d)
    for i, r in ipairs(list) do check_record(r, d, i) end
    local flags = sentence_flags(docs[d])
    -- The document's totals (lede.casualty_totals), and the count each
    -- record became, so that its claims give the same figures (one_answer).
    local totals, total_from, other_time = casualty_totals.of_records(docs[d], list)
    local count_of = {}
    meta.totals[d], meta.total_from[d], meta.count_of[d] = totals, total_from, count_of
    meta.other_time[d] = other_time
    -- "He was shot" (shot = true) says nothing of the outcome: it is an
    -- injured count only when the document's totals leave someone injured
    -- beyond those it says died.
    local shot_ok = (totals.injured or 0) > 0
    local function shot_counts(r)
      return not r.shot or shot_ok
    end
    for i, r in ipairs(list) do
      -- A count with no number ("civilians were killed") agrees or
      -- conflicts with nothing, but the place it names is a place of the
      -- story ("Patients died in the hospital in Velm. The toll reached
      -- nine." is about Velm).
      if r.qualifier == "unspecified" then
        local key, shown = record_place(docs[d], r, flags)
        if key and not shown_of[key] then
          shown_of[key] = shown
          keys[#keys + 1] = key
        end
      end
      if r.cited and not r.subset then
        -- A figure the article cites ("than the 17 given by officials"):
        -- shown on the claim of its kind, never its value.
        local key = record_place(docs[d], r, flags)
        meta.cited[d] = meta.cited[d] or {}
        local list_d = meta.cited[d]
        list_d[#list_d + 1] = { rec = r, kind = r.kind, place_key = key }
      elseif not r.subset and r.qualifier ~= "unspecified" and shot_counts(r) then
        local key, shown, joint = record_place(docs[d], r, flags)
        if key and flags(r, "wide", may_be_wide) and wide_after(docs[d], r) then key = nil end
        local changed = (r.revised == true or flags(r, "change", may_word_change))
          and filter.worded_change(docs[d], r) or nil
        if key and not shown_of[key] then
          shown_of[key] = shown
          keys[#keys + 1] = key
        end
        -- A sentence that gives one figure of one thing again and again
        -- makes one count with its mentions, not a table for each.
        local again
        if type(r.sentence_s) == "number" then
          -- (a caller's record may give who or qualifier as anything)
          again = r.sentence_s .. "\0" .. r.kind .. "\0" .. text_or_empty(r.who) .. "\0" .. r.count
            .. "\0" .. text_or_empty(r.qualifier) .. "\0" .. (key or "") .. (changed and "\0" or "")
        end
        local first = again and seen[again]
        if first then
          add_mentions(first)
          count_of[r] = first
        else
          -- (few fields: a text of many counts holds one of these each)
          local c = { rec = r, kind = r.kind, place_key = key, s = r.s, changed = changed,
                      wide = not key and (joint or wide_scope(docs[d], r, flags)) or nil }
          if again then seen[again] = c end
          count_of[r] = c
          recs[#recs + 1] = c
          order[c] = i
        end
      end
    end
    local sorted = true -- (lede.casualties gives them in order)
    for k = 2, #recs do
      if recs[k].s < recs[k - 1].s then sorted = false; break end
    end
    if not sorted then
      table.sort(recs, function(a, b)
        if a.s ~= b.s then return a.s < b.s end
        return order[a] < order[b]
      end)
    end
    per_doc[d] = recs
  end
  local key_set = place_index(keys)
  -- The figures of each kind the story gives at each place, for the joins.
  local counts = {}
  for d = 1, #docs do
    for _, c in ipairs(per_doc[d]) do
      if c.place_key then add_figure(counts, c) end
    end
  end
  local alias = place_joins(docs, per_doc, key_set, counts)
  -- The dateline's place ("VELMAR, Ostrelia (Wire) —" gives Velmar) is
  -- a story place too, and the place of a document that names no other.
  local dateline_key = {}
  for d = 1, #docs do
    local key, shown = dateline_place(meta.datelines[d])
    if key then
      dateline_key[d] = key
      if not shown_of[key] then
        shown_of[key] = shown
        keys[#keys + 1] = key
      end
    end
  end
  -- Pass 2: infer missing places from context, then from the other count
  -- of the same sentence, then from the dateline.
  for d = 1, #docs do
    local recs = per_doc[d]
    -- (the records of another time than the event's, of_records' other:
    -- another event, placed only by their own sentence)
    local other = meta.other_time[d]
    place_records(docs[d], recs, key_set, meta.dateline_end[d], dateline_key[d], other)
    local seek = sentence_cursor(docs[d])
    local sent_place, sent_of = {}, {} -- (sent_of[k]: the sentence of recs[k])
    for k, c in ipairs(recs) do
      -- lede.casualties gives the sentence's span; records from elsewhere
      -- are placed in the sentences found here.
      if type(c.rec.sentence_s) == "number" then
        sent_of[k] = "s" .. c.rec.sentence_s
      else
        sent_of[k] = "k" .. seek(c.s)
      end
      if c.place_key and not sent_place[sent_of[k]] then sent_place[sent_of[k]] = c.place_key end
    end
    for k, c in ipairs(recs) do
      if not c.place_key and not c.wide and sent_place[sent_of[k]] then
        c.place_key = sent_place[sent_of[k]]
      end
    end
    -- A document whose counts name no place, even inferred, is about the
    -- place of its dateline; so is a count of a kind it gives no placed
    -- count of, when every place its counts name is the dateline's ("The
    -- toll in Orvalo rose to 27 ... More than 90 people were injured").
    local placed, elsewhere, placed_kind = false, false, {}
    for _, c in ipairs(recs) do
      if c.place_key then
        placed, placed_kind[c.kind] = true, true
        if not same_place(c.place_key, dateline_key[d] or "") then elsewhere = true end
      end
    end
    -- (a count of another time, "a decade after floods killed 200", is of
    -- another event: the dateline's place is not its)
    if dateline_key[d] and not elsewhere then
      for _, c in ipairs(recs) do
        if not c.wide and not c.place_key and not (placed and placed_kind[c.kind])
          and not other[c.rec] then
          c.place_key = dateline_key[d]
        end
      end
    end
    -- Two names of one event are one place.
    for _, c in ipairs(recs) do
      if c.place_key and alias[c.place_key] then c.place_key = alias[c.place_key] end
    end
    -- Groups a sentence splits by who stay apart by who.
    local whos = {}
    for k, c in ipairs(recs) do
      local who = c.rec.who
      local w = who and not GENERIC_WHO[who] and who or nil
      local slot = sent_of[k] .. "\0" .. c.kind
      whos[slot] = whos[slot] or {}
      if w then whos[slot][w] = true end
    end
    for k, c in ipairs(recs) do
      local n = 0
      for _ in pairs(whos[sent_of[k] .. "\0" .. c.kind]) do n = n + 1 end
      if n > 1 then c.who_key = c.rec.who end
    end
  end
  meta.places = shown_of
  return per_doc
end

-- Same thing?  Same kind and who key, and places that agree.
-- A count of wider scope ("across the region") is never the same thing as
-- a count without it: the region's 30 dead do not revise the town's 3.
local function fits(g, c)
  if g.kind ~= c.kind or g.who_key ~= c.who_key or g.wide ~= c.wide then return false end
  if g.place_key and c.place_key then return same_place(g.place_key, c.place_key) end
  return g.place_key == nil and c.place_key == nil
end

-- Groups of counts, found by kind, who and place without a scan of all of
-- them: an exact place key is one lookup; a place named differently ("Kryvyi
-- Rih" and "Rih") is looked for among the groups of the same kind only, and
-- only while there are few of them (a story has a handful of events; a
-- list of a thousand towns gets exact matching).
local SCAN_LIMIT = 64

local function new_index()
  return { buckets = {}, exact = {}, list = {} }
end

local function bucket_of(c)
  return c.kind .. "\0" .. (c.who_key or "") .. (c.wide and "\0wide" or "")
end

-- The bucket of the placed groups c may join (counts with a place are
-- never of wider scope).
local function placed_bucket(c)
  return c.kind .. "\0" .. (c.who_key or "")
end

local function index_find(ix, c)
  local b = bucket_of(c)
  local hit = ix.exact[b .. "\0" .. (c.place_key or "")]
  if hit or not c.place_key then return hit end
  local bucket = ix.buckets[b]
  if bucket and #bucket <= SCAN_LIMIT then
    for _, h in ipairs(bucket) do
      if fits(h, c) then return h end
    end
  end
  return nil
end

local function index_add(ix, g)
  local b = bucket_of(g)
  ix.buckets[b] = ix.buckets[b] or {}
  local bucket = ix.buckets[b]
  bucket[#bucket + 1] = g
  local k = b .. "\0" .. (g.place_key or "")
  if not ix.exact[k] then ix.exact[k] = g end
  ix.list[#ix.list + 1] = g
end

-- One value of a story claim as the claim lists it (its sources made
-- once: the claim's values and its conflict share them).
local function value_entry(v)
  if not v.sources then
    v.sources = {}
    for i, src in ipairs(v.srcs) do
      v.sources[i] = { doc = src.doc, s = src.s, e = src.e, text = src.text }
    end
  end
  return { count = v.count, qualifier = v.qualifier,
           min = v.lo ~= -HUGE and v.lo or nil, max = v.hi ~= HUGE and v.hi or nil,
           date = date_text(v.date), sources = v.sources }
end

-- The figures of claim's sources in time order (undated ones last, in
-- document order), for a claim whose figure was revised.
local function history_of(claim, members, meta)
  local history = {}
  for i, src in ipairs(claim.sources) do
    local date = meta.dates[members[i].doc]
    history[i] = { count = src.count, qualifier = src.qualifier, doc = src.doc,
                   name = src.name, date = src.date, s = src.s, e = src.e,
                   text = src.text, key = date and date.key, i = i }
  end
  table.sort(history, function(x, y)
    local kx, ky = x.key or HUGE, y.key or HUGE
    if kx ~= ky then return kx < ky end
    return x.i < y.i
  end)
  for _, x in ipairs(history) do x.key, x.i = nil, nil end
  return history
end

-- The figures of one document's group g that are not the one it shows,
-- onto claim.revised (made only when there is one), and the mentions of
-- the one it shows onto src.
local function add_revised(claim, g, docs, src)
  for _, old in ipairs(g.revised or {}) do
    -- (the figure the document shows is never also under revised)
    if old.rec.count ~= src.count then
      local rs = source_of(g.doc, docs[g.doc], old.rec)
      rs.qualifier, rs.mentions = nil, old.mentions
      claim.revised = claim.revised or {}
      claim.revised[#claim.revised + 1] = rs
    else
      add_mentions(src, old)
    end
  end
end

-- The claim of story group h (its members: one group per document), and
-- its conflict entry when its figures conflict (lede.claim_time's rules).
local NO_CONFLICT = {}
local function story_claim(h, docs, meta, shown_of)
  local values, by_count = {}, {}
  local claim = { type = "casualty", kind = h.kind, sources = {} }
  if h.place_key then claim.place = shown_of[h.place_key] or h.place_key end
  for _, g in ipairs(h.members) do
    local r = g.best.rec
    local date = meta.dates[g.doc]
    local src = source_of(g.doc, docs[g.doc], r)
    src.date, src.name, src.mentions = date_text(date), meta.names[g.doc], g.best.mentions
    -- the document's total of the kind (one_answer), and how it was read
    src.total, src.summed = g.is_total or nil, r.summed
    if meta.other_time[g.doc][r] and not g.is_total then src.other_time = true end
    claim.sources[#claim.sources + 1] = src
    local v = by_count[r.count]
    if not v then
      local lo, hi = bounds(r)
      v = { count = r.count, qualifier = r.qualifier or "exact", lo = lo, hi = hi,
            revised = false, srcs = {}, rec = r, n = 0 }
      by_count[r.count] = v
      values[#values + 1] = v
    end
    v.n = v.n + 1
    v.revised = v.revised or g.best.changed == true
    if date and (not v.time or date.key > v.time) then
      v.time, v.day, v.timed, v.date = date.key, date.day, date.hh ~= nil, date
    elseif meta.undated and (not v.time or g.doc > v.time) then
      -- a story none of whose documents is dated: their order is its time
      v.time, v.day, v.timed = g.doc, g.doc, false
    end
    v.srcs[#v.srcs + 1] = src
    for _, x in ipairs(meta.cited[g.doc] or {}) do
      if x.kind == h.kind and (x.place_key == nil or x.place_key == h.place_key) then
        local cs = source_of(g.doc, docs[g.doc], x.rec)
        cs.attributed = true
        claim.cited = claim.cited or {}
        claim.cited[#claim.cited + 1] = cs
      end
    end
    add_revised(claim, g, docs, src)
  end
  -- a figure of another time than the event's in every source ("days
  -- after a strike killed 35"): another event, told beside the story's
  local other = true
  for _, src in ipairs(claim.sources) do other = other and src.other_time == true end
  claim.other_time = other or nil
  -- (one figure: nothing to order, nothing to conflict)
  local current, conflicting, revision = 1, NO_CONFLICT, false
  if #values > 1 then
    local picks = {}
    for i, v in ipairs(values) do
      picks[i] = { count = v.count, lo = v.lo, hi = v.hi, revised = v.revised,
                   time = v.time, day = v.day, timed = v.timed, sources = v.n }
    end
    current, conflicting, revision = claim_time.resolve(picks)
  end
  local top = values[current]
  claim.count, claim.qualifier = top.count, top.qualifier
  claim.min, claim.max = bounds(top.rec)
  if claim.min == -HUGE then claim.min = nil end
  if claim.max == HUGE then claim.max = nil end
  claim.who = top.rec.who
  claim.date = date_text(top.date)
  claim.agreed = #values == 1
  if #values > 1 then
    claim.values = {}
    for _, v in ipairs(values) do claim.values[#claim.values + 1] = value_entry(v) end
    claim.compatible = next(conflicting) == nil or nil
  end
  if revision then claim.history = history_of(claim, h.members, meta) end
  if next(conflicting) == nil then return claim end
  local list = {}
  for i, v in ipairs(values) do
    if conflicting[i] then list[#list + 1] = value_entry(v) end
  end
  return claim, { type = "casualty", kind = h.kind, place = claim.place,
                  compatible = false, values = list, claim_ref = claim }
end

-- Do counts a and b give one figure, worded alike?
local function same_figure(a, b)
  return a.rec.count == b.rec.count and a.changed == b.changed
end

-- Keeps count c under group g's revised: the other figures a document
-- gave for it, each once, with the number of its mentions.
local function keep_revised(g, c)
  g.revised = g.revised or {}
  g.revised_at = g.revised_at or {}
  local known = g.revised_at[c.rec.count]
  if known then
    add_mentions(known, c)
  else
    g.revised_at[c.rec.count] = c
    g.revised[#g.revised + 1] = c
  end
end

-- One answer: a document's largest figure of each kind is its total
-- (lede.casualty_totals), so that lede.claims and lede.casualty_totals
-- never disagree and the main toll is never hidden under revised.  The
-- group showing it marks its source total = true.  The
-- total is the figure of a group when one gives it; else it is a count of
-- its own (summed = true), spanning the records of the sentence the total
-- is read from ("A man and two women were killed" is 3; "killed three
-- workers" then "killed himself" is 4), in their place when they name
-- one; the figures of the kind that are larger (another time's, people
-- "shot" who died) go under its revised, unless they are of another time
-- (another event, told beside the article's own: other_time = true).
local function summed_count(kind, total, recs, count_of)
  local r1 = recs and recs[1]
  if not r1 then return nil end
  local s, e, place, one_place, who, wide, q = HUGE, -HUGE, nil, true, text_or_empty(r1.who), true, "exact"
  for _, r in ipairs(recs) do
    s, e = math.min(s, r.s), math.max(e, r.e)
    local c = count_of[r]
    local key = c and c.place_key
    if key and place and key ~= place then one_place = false end
    place = place or key
    if text_or_empty(r.who) ~= who then who = nil end
    if not (c and c.wide) then wide = false end
    local rq = type(r.qualifier) == "string" and r.qualifier or "exact"
    if rq ~= "exact" then q = (q == "exact" or q == rq) and rq or "about" end
  end
  if #recs == 1 and r1.count == total then q = r1.qualifier or "exact" end
  local rec = { kind = kind, count = total, qualifier = q, who = who ~= "" and who or nil, s = s, e = e,
                sentence_s = r1.sentence_s, summed = true }
  if #recs == 1 and r1.count == total then rec.min, rec.max = r1.min, r1.max end
  return { rec = rec, kind = kind, s = s, place_key = one_place and place or nil,
           wide = wide or nil }
end

local function one_answer(d, own, meta)
  local totals = meta.totals[d]
  if not totals or next(totals) == nil then return end
  local by_kind = {}
  for _, g in ipairs(own.list) do
    if not g.dropped and g.best then
      by_kind[g.kind] = by_kind[g.kind] or {}
      local list = by_kind[g.kind]
      list[#list + 1] = g
    end
  end
  for kind, total in pairs(totals) do
    local list, top, main = by_kind[kind] or {}, -HUGE, nil
    for _, g in ipairs(list) do
      local n = g.best.rec.count
      if n > top then top = n end
      if n == total and (main == nil or (main.wide and not g.wide)) then main = g end
    end
    if main then main.is_total = true end
    if top ~= total then
      if not main then
        local c = summed_count(kind, total, meta.total_from[d][kind], meta.count_of[d])
        if not c and list[1] then
          -- (no sentence gives the total: "injured 0" when the one hurt is
          -- the one who died) the total in the words of the largest figure
          local big = list[1]
          for _, g in ipairs(list) do
            if g.best.rec.count > big.best.rec.count then big = g end
          end
          c = summed_count(kind, total, { big.best.rec }, meta.count_of[d])
          c.rec.qualifier, c.rec.min, c.rec.max = "exact", nil, nil
        end
        if c then
          main = index_find(own, c)
          -- (an unplaced group merged into a placed one is that one now)
          while main and main.into do main = main.into end
          if main and (main.dropped or not main.best) then main = nil end
          if main then
            keep_revised(main, main.best)
            main.best = c
          else
            main = { kind = kind, place_key = c.place_key, wide = c.wide, doc = d, best = c }
            index_add(own, main)
          end
        end
      end
      if main then main.is_total = true end
      local other = meta.other_time[d]
      for _, g in ipairs(main and list or {}) do
        -- (a larger figure of another time is another event: "days after
        -- a strike on Sumy killed 35" beside the article's own toll)
        if g ~= main and g.best.rec.count > total and not other[g.best.rec] then
          keep_revised(main, g.best)
          for _, r in ipairs(g.revised or {}) do keep_revised(main, r) end
          g.dropped = true
        end
      end
    end
  end
end

-- Within one document, a count of wider scope with no place and a count
-- with no place of the same kind and group are both the article's whole
-- toll ("Heat wave toll passes 1,200 across southern Europe" above "has
-- killed 1,240 people"): one thing of wider scope, when the plain count is
-- not the smaller (a town's part of the region's toll is).
local function whole_toll(own)
  local plain, wide = {}, {}
  for _, g in ipairs(own.list) do
    if not g.dropped and g.best and not g.place_key then
      local slot = g.kind .. "\0" .. (g.who_key or "")
      local list = g.wide and wide or plain
      list[slot] = list[slot] == nil and g or false
    end
  end
  for slot, w in pairs(wide) do
    local p = plain[slot]
    -- (a smaller plain count may be a part: "3 people in the town", then
    -- "across the region, 30")
    if w and p and p.best.rec.count >= w.best.rec.count then
      local big, small = p, w
      keep_revised(big, small.best)
      for _, r in ipairs(small.revised or {}) do keep_revised(big, r) end
      small.dropped, small.into = true, big
      -- (of wider scope: one with the other articles' counts across the
      -- region, never with a town's)
      big.wide, big.best.wide = true, true
    end
  end
end

-- The story's groups of counts, one per thing, each with its members (a
-- group per document).
local function story_groups(docs, casualties_of, meta)
  local per_doc = casualty_groups(docs, casualties_of, meta)
  local story = new_index()
  local groups = story.list
  for d = 1, #docs do
    -- Within the document: the latest record of a thing wins.
    local own = new_index()
    local mine = own.list
    local unplaced = {}
    for _, c in ipairs(per_doc[d]) do
      local g = index_find(own, c)
      if not g then
        g = { kind = c.kind, place_key = c.place_key, who_key = c.who_key, wide = c.wide,
              doc = d }
        index_add(own, g)
      elseif g.best then
        local b = g.best
        if same_figure(b, c) then
          -- the same figure again: the later mention is the source, and
          -- counts the earlier ones
          add_mentions(c, b)
        elseif (b.changed and not c.changed) or (c.rec.count < b.rec.count and not c.changed) then
          -- "the toll rose to eight" stays the value over a later mention
          -- of an earlier figure ("five were killed at first"), and the
          -- main toll over a later smaller count ("one baby was killed"):
          -- the document's figure is never hidden under revised
          keep_revised(g, c)
          c = nil
        else
          keep_revised(g, b)
        end
      end
      if c then g.best = c end
    end
    -- An unplaced count of a document that has one placed count of its
    -- kind is about that place when it gives the same figure, or words
    -- itself as the change of it ("the toll rose to nine"); another figure
    -- may be another event, and stays a claim of its own.  A count of wider
    -- scope is one with the count of the one place that gives its figure
    -- ("40 killed across Dravonia" and "across the highlands, 40 were
    -- killed"), however many places the document names, and never the
    -- change of another's.
    for _, g in ipairs(mine) do
      if not g.place_key then unplaced[#unplaced + 1] = g end
    end
    for _, g in ipairs(unplaced) do
      local only, same, n_same = nil, nil, 0
      for _, h in ipairs(own.buckets[placed_bucket(g)] or {}) do
        if h.place_key then
          if only == nil then only = h else only = false end
          if h.best.rec.count == g.best.rec.count then n_same, same = n_same + 1, h end
          if only == false and n_same > 1 then break end
        end
      end
      local target
      if g.wide then
        target = n_same == 1 and same or nil
      elseif only and (only.best.rec.count == g.best.rec.count or g.best.changed) then
        target = only
      end
      if target then
        local early, late = target.best, g.best
        if late.s < early.s then early, late = late, early end
        if same_figure(early, late) then
          add_mentions(late, early)
        else
          keep_revised(target, early)
        end
        target.best = late
        for _, r in ipairs(g.revised or {}) do keep_revised(target, r) end
        g.dropped, g.into = true, target
      end
    end
    whole_toll(own)
    one_answer(d, own, meta)
    -- Into the story.
    for _, g in ipairs(mine) do
      if not g.dropped then
        local c = g.best
        local target = index_find(story, c)
        if not target and not c.place_key then
          -- The one placed group of the kind with the same value.
          local same, n_same = nil, 0
          for _, h in ipairs(story.buckets[placed_bucket(c)] or {}) do
            if h.place_key and h.counts[c.rec.count] then n_same, same = n_same + 1, h end
          end
          -- A different value with no place may be another event: only
          -- the same value joins.
          if n_same == 1 then target = same end
        end
        if not target then
          target = { kind = c.kind, place_key = c.place_key, who_key = c.who_key,
                     wide = c.wide, members = {}, counts = {} }
          index_add(story, target)
        end
        target.members[#target.members + 1] = g
        target.counts[c.rec.count] = true
      end
    end
  end

  return groups
end

local function merge_casualties(docs, casualties_of, meta)
  meta.cited, meta.totals, meta.total_from, meta.count_of = {}, {}, {}, {}
  meta.other_time = {}
  meta.undated = #docs > 1 and next(meta.dates) == nil
  local groups = story_groups(docs, casualties_of, meta)
  local shown_of = meta.places
  -- Claims and conflicts.  Each group is let go once its claim is made
  -- (with the records it holds): a story of many counts never holds its
  -- groups and all its claims at once.
  local out, conflicts = {}, {}
  for i = 1, #groups do
    local claim, conflict = story_claim(groups[i], docs, meta, shown_of)
    groups[i] = false
    out[#out + 1] = claim
    if conflict then conflicts[#conflicts + 1] = conflict end
  end
  return out, conflicts
end

-- The words a claim shows (a quote's wording, speaker and title; a count's
-- place and group) with the mojibake and entities of its first source's
-- document repaired: "weâre" reads "we’re".  The sources keep the exact
-- bytes of their spans.
local FIELDS_SHOWN = { "text", "speaker", "title", "place", "who" }
local function readable(docs, claims)
  local modes = {}
  for _, c in ipairs(claims) do
    local d = c.sources and c.sources[1] and c.sources[1].doc or 1
    local mode = modes[d]
    if not mode then
      mode = mojibake.scan(docs[d] or "")
      modes[d] = mode
    end
    for _, f in ipairs(FIELDS_SHOWN) do
      if type(c[f]) == "string" then c[f] = mojibake.repair(c[f], mode, { spaces = true }) end
    end
  end
end

-- ------------------------------------------------------------- public

-- M.merge on checked arguments (called as a tail call, so that the errors
-- merge_quotes raises name the caller of M.merge).  records = nil
-- (M.claims): the quotes of each document are found, and merged, one
-- document at a time and before the casualty records are made, so that a
-- long text never holds its quote records with another document's, with
-- its casualty records, or with the garbage of the casualty merge.
local function merge(docs, meta, records)
  local quote_claims, casualties_of
  if records then
    casualties_of = function(d) return records[d] and records[d].casualties or {} end
  else
    quote_claims = claim_quotes.merge(docs, function(d) return quotes.find(docs[d]) end, true)
    casualties_of = function(d)
      local text = docs[d]
      return core.casualties and filter.own(text, core.casualties(text)) or {}
    end
  end
  local cas, conflicts = merge_casualties(docs, casualties_of, meta)
  table.sort(cas, function(a, b)
    local fa, fb = a.sources[1], b.sources[1]
    if fa.doc ~= fb.doc then return fa.doc < fb.doc end
    -- (a total before the parts it spans: "killed 5" before "killed 3")
    if fa.s ~= fb.s then return fa.s < fb.s end
    if fa.e ~= fb.e then return fa.e > fb.e end
    return fa.summed == true and fb.summed ~= true
  end)
  local all = {}
  for i, c in ipairs(cas) do
    c.index = i
    all[#all + 1] = c
  end
  table.sort(conflicts, function(a, b) return a.claim_ref.index < b.claim_ref.index end)
  for i, x in ipairs(conflicts) do
    x.claim = x.claim_ref.index
    x.claim_ref.conflict = i
    x.claim_ref = nil
  end
  for _, c in ipairs(cas) do c.index = nil end
  quote_claims = quote_claims or claim_quotes.merge(docs, function(d)
    return records[d] and records[d].quotes or {}
  end)
  claim_quotes.no_place_speakers(quote_claims, meta.places)
  claim_quotes.one_spelling(quote_claims)
  claim_quotes.story_roles(quote_claims)
  for _, q in ipairs(quote_claims) do
    q.resolved = nil
    all[#all + 1] = q
  end
  readable(docs, all)
  return { claims = all, conflicts = conflicts }
end

--- Merges the claims of records the caller supplies (see the header).
function M.merge(docs, records)
  local texts, meta = read_docs(docs, "merge")
  if type(records) ~= "table" then
    error(("bad argument #2 to 'merge' (table expected, got %s)"):format(type(records)), 2)
  end
  return merge(texts, meta, records)
end

--- The claims of one story: docs is an article or an array of them.
function M.claims(docs)
  local texts, meta = read_docs(docs, "claims")
  return merge(texts, meta, nil) -- (finds the counts and quotes)
end

--- True when casualty counts are available (the core has lede.casualties).
function M.has_casualties()
  return core.casualties ~= nil
end

-- HTML pages among the docs are read for their main text
-- (lua/lede/html.lua); their spans then point into the page.
-- opts.format = "html" | "text" | "markdown" says how to read every doc
-- (default: detected).
local claims_of_texts = M.claims
function M.claims(docs, opts)
  local html = require("lede.html")
  local texts, pages = html.prepare_all(docs, opts and opts.format, "claims")
  if pages then return html.remap_docs(pages, claims_of_texts(texts)) end
  return claims_of_texts(docs)
end

return M
