--- The place model of lede.claims: the key and shown form of a place a
-- count names ("the Odesa region" -> "odesa", "Odesa"), sharpened by the
-- words after it; the places of a dateline; the index of a story's places
-- and the last of them a context names.
--
-- local places = require("lede.claim_places")
-- places.place_key(place) --> key, shown (nil when the text names no place)
-- places.record_place(text, r, flags) --> key, shown, joint: the place record
--   r of text names (flags: a sentence_flags(text), or nil); joint = true
--   (and no key) when it names two together ("in Kolstad and Merrovia")
-- places.sentence_flags(text) --> flags(r, name, test): test(sentence)
--   once per sentence of r and name
-- places.dateline_place(place) --> key, shown
-- places.place_index(keys) --> { is =, leads = }; places.place_at(words, i,
--   index), places.last_place_in(context, index), places.same_place(a, b)
-- places.PLACE_REACH, places.NEAR_REACH: the bytes around a count read.
local core = require("lede.core")

local math, table = math, table
local ipairs, type = ipairs, type

local M = {}

local floor = math.floor
local function int(x) return x and floor(x) or nil end

-- Words that say what kind of place a name is, not which.
-- The run of capitalized words (upper-case ASCII or any non-ASCII first
-- byte) that opens rest, joined by spaces; nil when rest opens otherwise.
-- ("Poltava in the east" -> "Poltava"; "the city" -> nil)
local function capitalized_run(rest)
  -- (find, not gmatch: this runs for every record, and an iterator costs
  -- a state of its own each time)
  local first, last, init = nil, nil, 1
  while true do
    local a, b = rest:find("%S+", init)
    if not a then break end
    local c = rest:byte(a)
    if not (c >= 65 and c <= 90 or c >= 0xC0) then break end
    first, last, init = first or a, b, b + 1
  end
  if first then return (rest:sub(first, last):gsub("%s+", " ")) end
end

local GENERIC = {}
for w in ([[region oblast province district city town village area county
  governorate state port municipality capital suburb outskirts neighbourhood
  neighborhood regions]]):gmatch("%S+") do GENERIC[w] = true end

--- The key and display form of a place: "the Odesa region", "Ukraine’s
-- Black Sea region of Odesa" and "the port city of Odesa" -> "odesa", "Odesa".
function M.place_key(place)
  if type(place) == "table" then place = place.text end
  if type(place) ~= "string" or place == "" then return nil end
  if not place:find("%s") then
    -- one word (most places): what the steps below give it, without
    -- splitting it into a list of one
    local first = place:byte(1)
    if first >= 97 and first <= 122 or place:find("’s$") or place:find("'s$")
       or GENERIC[core.fold(place)] then
      return nil
    end
    local shown = place:gsub("[%p]+$", "")
    if shown == "" then return nil end
    return core.fold(shown), shown
  end
  local words = {}
  for w in place:gmatch("%S+") do words[#words + 1] = w end
  -- "… region of X": X is the place.
  for i = #words - 1, 2, -1 do
    if core.fold(words[i]) == "of" and GENERIC[core.fold(words[i - 1])] then
      local rest = {}
      for k = i + 1, #words do rest[#rest + 1] = words[k] end
      words = rest
      break
    end
  end
  -- Drop leading lower-case words and possessives, trailing generic words.
  local a, b = 1, #words
  while a <= b do
    local w = words[a]
    local first = w:byte(1)
    local lower = first and first >= 97 and first <= 122
    if lower or w:find("’s$") or w:find("'s$") then a = a + 1 else break end
  end
  while b >= a and GENERIC[core.fold(words[b])] do b = b - 1 end
  if b < a then return nil end
  local shown = table.concat(words, " ", a, b):gsub("[%p]+$", "")
  if shown == "" then return nil end
  return core.fold(shown), shown
end

-- "Ukrainian", "Russian": nationality words name no place of their own.
local function is_demonym(key)
  return key:find("ians?$") ~= nil or key:find("ese$") ~= nil
    or key:find("ish$") ~= nil or key:find("eans?$") ~= nil
end

-- The "region of …", "city of …" phrases of s: for each " of " after a
-- generic word, that word and what follows (matched by rest_pattern).
-- Found from each " of " (a plain search), never by a pattern that starts
-- at every letter: "(%a+) of" backtracked over a long run of letters.
-- Read at most MAX_OF phrases: a record's sentence names its place early.
local MAX_OF = 32
-- Bytes around a record where its place is looked for.
local PLACE_REACH = 400
-- Bytes after a count where two places named together are its own.
local JOINT_AFTER = 16
-- Bytes around a record where "near X", "at X", "X’s mayor" are read.
local NEAR_REACH = 120
local function generic_of(s, rest_pattern)
  local init, n = 1, 0
  return function()
    while n < MAX_OF do
      local a, b = s:find(" of ", init, true)
      if not a then return nil end
      init, n = b, n + 1
      local w = s:sub(math.max(1, a - 20), a - 1):match("(%a+)$")
      if w and GENERIC[w:lower()] then
        return w, s:match("^" .. rest_pattern, b + 1)
      end
    end
    return nil
  end
end

-- "VELMAR, Ostrelia" -> "velmar", "Velmar": the first name of a
-- dateline's place, in the case a sentence would write it.
local function dateline_place(place)
  if type(place) ~= "string" then return nil end
  local first = place:match("^%s*([^,(]-)%s*[,(]") or place:match("^%s*(.-)%s*$")
  if not first or first == "" or #first > 40 then return nil end
  if not first:find("%l") then
    first = first:lower():gsub("(%f[%w\128-\255])(%a)", function(_, c) return c:upper() end)
  end
  return M.place_key(first)
end

-- Months and weekdays: "in March", "at Sunday's rally" name no place.
local NOT_PLACE = {}
for _, m in ipairs(require("lede.lexicon_en").months) do
  if not m.abbreviation then NOT_PLACE[m.name] = true end
end
for w in ("monday tuesday wednesday thursday friday saturday sunday"):gmatch("%S+") do
  NOT_PLACE[w] = true
end

-- Words after "X’s" that make X a place: "Kharkiv’s mayor", "Castel's
-- health ministry".
local OF_PLACE = {}
for w in ([[mayor governor capital region province city police authorities
  officials hospital hospitals district port airport army government ministry
  health interior president emergency disaster coast]]):gmatch("%S+") do
  OF_PLACE[w] = true
end

-- A place the words near a record name without "in": "near Tarnow",
-- "outside Harlow", "off Varno island", "at the Sava district hospital",
-- "Kharkiv’s mayor", "the storm hit Dunmore".
-- (after the prepositions, the verbs of what hits a place: "a storm hit
-- Dunmore, killing 3 people in the town")
local PREPS = { "outside", "off", "across", "at", "in", "hit", "struck", "battered",
                "ravaged", "through" }
local MARKS = { "’", "'" }

local function is_ascii_letter(c)
  return c ~= nil and (c >= 97 and c <= 122 or c >= 65 and c <= 90)
end

-- The first place at or after init where word starts a word of s
-- (%f[%a]) and spaces follow it: its start and the byte after the
-- spaces; nil when there is none.  (A plain find, then the edges: a
-- pattern that opens with a frontier is tried at every byte.)
local function word_then_space(s, word, init)
  while true do
    local a, b = s:find(word, init, true)
    if not a then return nil end
    if not is_ascii_letter(s:byte(a - 1)) then
      local after = s:match("^%s+()", b + 1)
      if after then return a, after end
    end
    init = a + 1
  end
end

local function nearby_place(window)
  local init = 1
  while true do
    -- the first "near" or "Near", whichever comes first
    local a, run_at = word_then_space(window, "near", init)
    local a2, run_at2 = word_then_space(window, "Near", init)
    if a2 and (not a or a2 < a) then a, run_at = a2, run_at2 end
    if not a then break end
    local run = capitalized_run(window:sub(run_at, run_at + 80))
    if run then return run end
    init = a + 1
  end
  for _, prep in ipairs(PREPS) do
    init = 1
    while true do
      local a, run_at = word_then_space(window, prep, init)
      if not a then break end
      local rest = window:sub(run_at, run_at + 80):gsub("^the%s+", "")
      local run = capitalized_run(rest)
      if run and not NOT_PLACE[run:lower():match("^[%a\128-\255]*")] then return run end
      init = a + 1
    end
  end
  for _, mark in ipairs(MARKS) do
    if window:find(mark .. "s", 1, true) then
      local pattern = "(%u[%w\128-\255]-)" .. mark .. "s%s+(%a+)"
      init = 1
      while true do
        local _, b, name, nextw = window:find(pattern, init)
        if not b then break end
        if OF_PLACE[nextw:lower()] then return name end
        init = b + 1
      end
    end
  end
  return nil
end

-- "Marenza reported 390 deaths", "Solvia has recorded 240 deaths": a
-- country or town that opens the sentence and reports the count right
-- after is its place, unless the word names who reports (police, a news
-- agency) -- or is written in capitals ("CNN").
local REPORTS = { reported = true, recorded = true, registered = true, confirmed = true,
                  counted = true }
local REPORTERS = {}
for w in ([[police officials authorities hospitals doctors rescuers medics witnesses
  residents activists monitors media investigators officers firefighters troops rebels
  militants sources ministry government army military officials health reuters xinhua
  interfax tass yonhap kyodo bloomberg he she it they we this that officials
  organizers organisers]]):gmatch("%S+") do
  REPORTERS[w] = true
end
local function reporting_place(text, sentence_s, s)
  -- (each verb ends "ed ": told by three bytes, with no string made)
  if text:byte(s - 1) ~= 32 or text:byte(s - 2) ~= 100 or text:byte(s - 3) ~= 101 then
    return nil
  end
  local before = text:sub(sentence_s, s - 1)
  if #before > 40 then return nil end
  local name, verb = before:match("^%s*(%u%l[%w\128-\255]*)%s+(%l+)%s+$")
  if not name then name, verb = before:match("^%s*(%u%l[%w\128-\255]*)%s+ha[sv]e?%s+(%l+)%s+$") end
  if name and REPORTS[verb] and not REPORTERS[name:lower()] and not NOT_PLACE[name:lower()] then
    return name
  end
  return nil
end

-- What the sentence of a record may hold, tested once a sentence: a
-- sentence of a hundred thousand counts ("12 killed 12 killed …") asks
-- each question once, not once a count.  flags(r, name, test) is
-- test(sentence) for the sentence of r, remembered while the records stay
-- in that sentence (they come in order); true when r gives no sentence.
-- A test says whether a window of the sentence can hold what a search
-- looks for: false only when no window can, so skipping the search then
-- changes nothing.
local function sentence_flags(text)
  local s, e, known = nil, nil, nil
  return function(r, name, test)
    if type(r.sentence_s) ~= "number" or type(r.sentence_e) ~= "number" then return true end
    local a, b = int(r.sentence_s), int(r.sentence_e)
    if a ~= s or b ~= e then s, e, known = a, b, { text = text:sub(a, b) } end
    local v = known[name]
    if v == nil then
      v = test(known)
      known[name] = v
    end
    return v
  end
end

-- Can a window of the sentence name a place without "in X" given? (the
-- words nearby_place and generic_of look for, without their word edges)
local function may_name_place(sentence)
  local t = sentence.text
  if t:find(" of ", 1, true) or t:find("’s", 1, true) or t:find("'s", 1, true)
     or t:find("[Nn]ear%s") then
    return true
  end
  for _, prep in ipairs(PREPS) do
    local at = t:find(prep, 1, true)
    if at and t:find(prep .. "%s", at) then return true end
  end
  return false
end

-- Is the mention text[s..e] of a place one of two named together ("in
-- Kolstad and Merrovia", "in Merrovia and Kolstad")?  Then the count is
-- of both, and of neither alone.  (The other is a capitalized word that
-- is no month or weekday: "killed in Kolstad and three hurt" is one.  Two
-- streets are one corner: "Mills and Peterson Streets", "the area of
-- Broadway and Lathrop", "Fruitridge Road and Lawrence Drive".)
local STREET = {}
for w in ([[street streets st avenue avenues ave road roads rd drive dr boulevard
  blvd lane ln way court ct highway route parkway terrace place square]]):gmatch("%S+") do
  STREET[w] = true
end
local CORNER = { area = true, corner = true, intersection = true, block = true, junction = true }
local function is_street(word)
  return word ~= nil and STREET[(word:gsub("%.$", "")):lower()] == true
end
local function two_places(text, s, e)
  -- ("and" after or before the mention first: most have neither)
  local after, next_word = text:match("^%s+and%s+(%u[%w\128-\255]*)%s*([%a%.]*)", e + 1)
  local before = not after and text:sub(math.max(1, s - 5), s - 1):find("and%s+$")
  if not (after or before) then return false end
  if is_street(text:sub(s, e):match("(%S+)$")) then return false end
  local before_of = text:sub(math.max(1, s - 20), s - 1):match("(%a+)%s+of%s+$")
  if before_of and CORNER[before_of:lower()] then return false end
  if after then
    return not NOT_PLACE[after:lower()] and not is_street(next_word) and not is_street(after)
  end
  if is_street(text:match("^%s*([%a%.]*)", e + 1)) then return false end
  return text:sub(math.max(1, s - 60), s - 1)
    :find("%f[%a][Ii]n%s+%u[%w\128-\255]*%s+and%s+$") ~= nil
end

-- The place a record names, sharpened by the words after it in the text:
-- "the Ukrainian city of Sumy" (place "Ukrainian city") gives Sumy, and
-- "Ukraine’s Black Sea region of Odesa" (place "Ukraine") gives Odesa.
local function record_place(text, r, flags)
  local p = r.place
  if type(p) == "table" then p = p.text end
  if type(p) ~= "string" or p == "" then
    if type(r.sentence_s) == "number" and int(r.s) - int(r.sentence_s) <= 40 then
      local name = reporting_place(text, int(r.sentence_s), int(r.s))
      if name then return M.place_key(name) end
    end
    if flags and not flags(r, "place", may_name_place) then return nil end
    -- No place given: "in the city of Poltava" in the record's sentence
    -- still names one.
    -- Only the words near the record: a sentence of thousands of
    -- records is not read once for each.
    local sentence
    if type(r.sentence_s) == "number" and type(r.sentence_e) == "number" then
      sentence = text:sub(math.max(int(r.sentence_s), int(r.s) - PLACE_REACH),
                          math.min(int(r.sentence_e), int(r.e) + PLACE_REACH))
    elseif type(r.sentence) == "string" then
      sentence = r.sentence:sub(1, 2 * PLACE_REACH)
    end
    if not sentence then return nil end
    for _, rest in generic_of(sentence, "[^,.;:!?]*") do
      local run = capitalized_run(rest)
      if run then return M.place_key(run) end
    end
    local near = sentence
    if type(r.sentence_s) == "number" and type(r.sentence_e) == "number" then
      near = text:sub(math.max(int(r.sentence_s), int(r.s) - NEAR_REACH),
                      math.min(int(r.sentence_e), int(r.e) + NEAR_REACH))
    end
    local run = nearby_place(near)
    if run then
      local key, shown = M.place_key(run)
      if key and not is_demonym(key) then return key, shown end
    end
    return nil
  end
  -- The mention nearest the record, looking a little around it (in a
  -- copy of those bytes: a search of the whole text for a place named
  -- once would run to its end for every record).
  local lo = math.max(1, int(r.s) - PLACE_REACH)
  local window = text:sub(lo, int(r.e) + PLACE_REACH + #p - 1)
  -- (one inside the record's own words first: a dateline's "ARVEN,
  -- Kolstad" just before "the death toll from the floods in Kolstad and
  -- Merrovia has risen to 83" is not the count's)
  local best, best_in
  local rs, re = int(r.s), int(r.e)
  local init = 1
  while true do
    local s, e = window:find(p, init, true)
    if not s then break end
    init = e + 1
    s, e = s + lo - 1, e + lo - 1
    local inside = s >= rs and e <= re
    if not best or (inside and not best_in)
       or (inside == best_in and math.abs(s - r.s) < math.abs(best - r.s)) then
      best, best_in = e, inside
    end
  end
  -- (two places named together are the count's when its own words hold
  -- them or they follow it: "the toll in Kolstad and Merrovia rose to 83",
  -- "killed 83 people in Kolstad and Merrovia"; not "treated at
  -- hospitals in Dunkirk and Buffalo")
  if best and (best_in or (best - #p + 1 > re and best - #p + 1 - re <= JOINT_AFTER))
     and two_places(text, best - #p + 1, best) then
    return nil, nil, true
  end
  if best then
    local tail = p .. (text:sub(best + 1, best + 80):match("^[^,.;:!?\n]*") or "")
    for _, rest in generic_of(tail, ".*") do
      local run = capitalized_run(rest)
      if run then p = run end
    end
  end
  local key, shown = M.place_key(p)
  if key and NOT_PLACE[key] then return nil end -- "killed in March"
  if key then
    local all_demonym = true
    for w in key:gmatch("%S+") do
      if not is_demonym(w) then all_demonym = false; break end
    end
    if all_demonym then return nil end
  end
  return key, shown
end

local function split_words(key)
  local t = {}
  for w in key:gmatch("%S+") do t[#t + 1] = w end
  return t
end

-- Do place keys a and b name the same place?  Equal, or one is a run of
-- the other's words ("kryvyi rih" and "rih" are; "odesa" and "sumy" not).
local function same_place(a, b)
  if a == b then return true end
  local wa, wb = split_words(a), split_words(b)
  if #wa > #wb then wa, wb = wb, wa end
  for start = 1, #wb - #wa + 1 do
    local ok = true
    for k = 1, #wa do
      if wb[start + k - 1] ~= wa[k] then ok = false; break end
    end
    if ok then return true end
  end
  return false
end

-- Finds the last story place named in context (folded), as whole words:
-- looks up each run of one to three words in the set of place keys, so the
-- cost is the context's length, whatever the number of places.  places =
-- place_index(keys): is[key] for a place, leads[words] for the first
-- words of a longer one (a run is made longer only while it leads to a
-- place: most words lead nowhere, and cost no string).
local MAX_PLACE_WORDS = 3

local function place_index(keys)
  local is, leads = {}, {}
  for _, k in ipairs(keys) do
    is[k] = true
    local n, at = 0, 1
    while n < MAX_PLACE_WORDS - 1 do
      local _, e = k:find("^[%w\128-\255]+", at)
      if not e or e == #k then break end
      n = n + 1
      leads[k:sub(1, e)] = true
      at = e + 2
    end
  end
  return { is = is, leads = leads }
end

-- The longest place among the runs of one to three words from words[i]:
-- key, number of words; nil when none.
local function place_at(words, i, places)
  local is, leads = places.is, places.leads
  local key, best, best_n = words[i], nil, 0
  if is[key] then best, best_n = key, 1 end
  local n = 2
  while n <= MAX_PLACE_WORDS and leads[key] and words[i + n - 1] do
    key = key .. " " .. words[i + n - 1]
    if is[key] then best, best_n = key, n end
    n = n + 1
  end
  return best, best_n
end

-- The longest place among a, "a b" and "a b c" (b and c nil past the
-- end of the words): place_at on three words (MAX_PLACE_WORDS), without a
-- table of them.
local function place_of(a, b, c, is, leads)
  local best = is[a] and a or nil
  if b and leads[a] then
    local key = a .. " " .. b
    if is[key] then best = key end
    if c and leads[key] then
      key = key .. " " .. c
      if is[key] then best = key end
    end
  end
  return best
end

-- The place that starts last in folded context (the longest at its
-- start).  The words stream through a window of three: a context is read
-- for every count without a place, and makes no table.
local function last_place_in(context, places)
  local is, leads = places.is, places.leads
  local a, b, best = nil, nil, nil -- (the two words before w)
  for w in context:gmatch("[%w\128-\255]+") do
    -- (most words start no place: no call for them)
    if a and (is[a] or leads[a]) then best = place_of(a, b, w, is, leads) or best end
    a, b = b, w
  end
  if a and (is[a] or leads[a]) then best = place_of(a, b, nil, is, leads) or best end
  if b and (is[b] or leads[b]) then best = place_of(b, nil, nil, is, leads) or best end
  return best
end

M.record_place = record_place
M.sentence_flags = sentence_flags
M.dateline_place = dateline_place
M.place_index = place_index
M.place_at = place_at
M.last_place_in = last_place_in
M.same_place = same_place
M.PLACE_REACH = PLACE_REACH
M.NEAR_REACH = NEAR_REACH

return M
