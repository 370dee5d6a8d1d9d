--- The line grammars of an article, one per family, built once at load.
--
--   chrome(low, present) -> kind, flag        "share this article", "Leave a Reply"
--   triggers_in(low)     -> present           in-line chrome words a text has
--   byline(text, s, e)   -> name_s, name_e    "By Jane Doe", "Written by Ann Lee | Reuters"
--   date(text, s, e)     -> ds, de, section   "21 December 2025 World", "Updated 3 hours ago"
--   clock(view)          -> true              "10:32 GMT", "2h ago"  (live-blog stamps)
--   dateline(text, s)    -> place_s, place_e, after, agency
--                                             "MIAMI, Fla. —", "KYIV (Reuters) -"
--   heading(view)        -> true              a short line without final punctuation
--   marked(text, s, e)   -> cs, ce, level     "# Title", "**Title**": the inside
--   source_tag(view)     -> true              "GLR", "AI"
--   section_label(view)  -> true              "World" above a headline
--   bio(text, s, e)      -> name_s, name_e    "Jane Doe covers courts and ..."
--   name_line(text, s, e) -> name_s, name_e   "Leah Corran" (over a job line)
--   role_line(view)      -> true              "Environment correspondent"
--   separator(line)      -> "strong"|"weak"   "=====", "Article 2 of 5" | "---"
--   maybe(text, s)       -> bool              might line s be any of chrome..separator
--   trigger_hits(low, present) -> { offset, ... }  where in-line chrome words are
-- Positions are offsets into the text the grammar was given; views are only
-- ever matched for a yes/no.
local lpeg = require("lpeg")
local chrome_list = require("lede.chrome")

local P, R, S, C, Cp, Cc, V = lpeg.P, lpeg.R, lpeg.S, lpeg.C, lpeg.Cp, lpeg.Cc, lpeg.V
local byte, sub, find, match, lower = string.byte, string.sub, string.find, string.match,
  string.lower
local ipairs = ipairs

local M = {}

local upper, lowerc, digit = R("AZ"), R("az"), R("09")
local alpha = R("az", "AZ")
local hi = R("\128\255")
local sp = S(" \t") ^ 1
local osp = S(" \t") ^ 0
local eol = osp * -P(1)

-- ---------------------------------------------------------------- word lists

-- The words as a tree on their bytes, longest match first; literal(run)
-- is the pattern of a run of bytes.  A run of bytes that only one branch
-- goes through is one literal, not a pattern per byte: building the tree
-- costs a few LPeg operations per branch rather than per byte (the date
-- lists with their case forms were a third of the grammars' load time).
-- The words are sorted first, so the words under a node are a range of the
-- list and the bytes they share are those its first and last words share:
-- no table per node, no word compared with each other (the branches of a
-- node start with different bytes, so their order does not change what
-- the tree matches).  starts_only: the tree only says whether some word
-- starts the subject, so below the end of a word nothing more is needed.
-- at_prefix(sorted, first_i, last_i) is called where the word
-- sorted[first_i] (not "") ends and the longer ones up to sorted[last_i] go on.
local function tree_node(sorted, first_i, last_i, depth, literal, starts_only, at_prefix)
  -- sorted[first_i .. last_i]: the words sharing their first depth bytes
  local ends = #sorted[first_i] == depth
  if ends and starts_only then return P(true) end
  if ends and at_prefix and first_i < last_i and depth > 0 then at_prefix(sorted, first_i, last_i) end
  local p
  local i = ends and first_i + 1 or first_i
  while i <= last_i do
    local first = sorted[i]
    local c = byte(first, depth + 1)
    local j = i
    while j < last_i and byte(sorted[j + 1], depth + 1) == c do j = j + 1 end
    local last = sorted[j]
    local stop, nf, nl = depth + 1, #first, #last
    while stop < nf and stop < nl and byte(first, stop + 1) == byte(last, stop + 1) do
      stop = stop + 1
    end
    local branch = literal(sub(first, depth + 1, stop))
    if i < j then
      branch = branch * tree_node(sorted, i, j, stop, literal, starts_only, at_prefix)
    end
    p = p and p + branch or branch
    i = j + 1
  end
  if ends then p = p and p + P(true) or P(true) end
  return p or P(false)
end

local function byte_tree(words, literal, starts_only, at_prefix)
  local sorted, seen = {}, {}
  for i = 1, #words do
    local w = words[i]
    if not seen[w] then
      seen[w] = true
      sorted[#sorted + 1] = w
    end
  end
  if not sorted[1] then return P(false) end
  table.sort(sorted)
  return tree_node(sorted, 1, #sorted, 0, literal, starts_only, at_prefix)
end

-- One of the literal words, as the ordered choice w1 + w2 + ... would find
-- it, but as a tree on their bytes: a line meets a test per byte it shares
-- with some word instead of one alternative per word (the date and byline
-- lists have hundreds with their case forms, tried on every line).  The
-- choice takes the first word in list order that matches; the tree takes
-- the longest, so it is used only when no word comes after one of its own
-- longer forms ("Jun" after "June", as the lists are written).
local function word_tree(words)
  local first, last = {}, {}
  for i = #words, 1, -1 do first[words[i]] = i end
  for i = 1, #words do last[words[i]] = i end
  -- (the tree finds the words that start longer ones: no pair of words
  -- is compared, nor a prefix of each copied)
  local ordered = false
  local tree = byte_tree(words, P, false, function(sorted, first_i, last_i)
    local long = 0
    for k = first_i + 1, last_i do
      if last[sorted[k]] > long then long = last[sorted[k]] end
    end
    if first[sorted[first_i]] < long then ordered = true end
  end)
  if not ordered then return tree end
  local p = P(false)
  for _, w in ipairs(words) do p = p + P(w) end
  return p
end

-- ---------------------------------------------------------------- chrome

local function phrase(ph)
  local p, i = P(true), 1
  while i <= #ph do
    local c = sub(ph, i, i)
    if c == " " then
      p, i = p * sp, i + 1
    elseif c == "#" then
      p, i = p * digit ^ 1, i + 1
    else
      local j = find(ph, "[ #]", i) or #ph + 1
      p, i = p * P(sub(ph, i, j - 1)), j
    end
  end
  return p
end

-- Whether any of the (lowercase) words starts the subject, a lowercased
-- text, as a tree on their bytes; "" (a phrase starting with "#") stands
-- for a digit.  (On the text as written each byte would be a pattern of its
-- two cases: the tree took three times the operations to build, and was a
-- fifth of the grammars' load time.)
local function first_word_tree(words)
  local list, digits = {}, false
  for _, w in ipairs(words) do
    if w == "" then digits = true else list[#list + 1] = w end
  end
  return byte_tree(list, P, true) + (digits and digit or P(false))
end

-- After a whole-line phrase only symbols may follow ("Read more →").
local tail = (1 - R("az", "09")) ^ 0 * -P(1)
-- Markdown and bullet decoration before a chrome line.
local lead = (S("*_>#-+|") + P("\226\128\162") + sp) ^ 0

-- Literal words that phrases found inside lines contain: a line without
-- any of them is not searched (plain finds are much cheaper than a search).
local triggers = {}

-- The second bytes a phrase can have: a table of bytes, or nil for any.
local function second_bytes(core)
  local c1, c2 = sub(core, 1, 1), sub(core, 2, 2)
  if c1 == "#" or c2 == "" or c2 == "#" then return nil end
  if c2 == " " then return { 32, 9 } end
  return { byte(c2) }
end

-- A list entry's phrase without its "..." marks, and which ends had them:
-- "...x" is found inside a line, "x..." starts one, "...x..." both.
local function dotted(ph)
  local pre, post = sub(ph, 1, 3) == "...", sub(ph, -3) == "..."
  local core = ph
  if pre then core = sub(core, 4) end
  if post then core = sub(core, 1, -4) end
  return core, pre, post
end

-- The longest literal chunk of a phrase found inside lines goes into
-- triggers (once): a line without any trigger is not searched.
local function add_trigger(core, seen)
  local best = ""
  for chunk in string.gmatch(core, "[^ #]+") do
    if #chunk > #best then best = chunk end
  end
  if not seen[best] then
    seen[best] = true
    triggers[#triggers + 1] = best
  end
end

-- Files line-start phrase k under the first bytes it can have (all ten
-- digits for "#"); its second bytes are read when that first byte's group
-- is built (chrome_head below).
local function add_first(firsts, core, k)
  local b = byte(core)
  if not b then return end
  local d, last = b, b
  if b == 35 then d, last = 48, 57 end
  for key = d, last do
    local f = firsts[key]
    if not f then
      f = {}
      firsts[key] = f
    end
    f[#f + 1] = k
  end
end

-- The chrome list is read at load: each entry's phrase without its
-- marks, the first words of the phrases that start a line, the trigger
-- words.  Their patterns are built on first use (below): a text meets the
-- phrases of a few first bytes, and building every pattern at load was
-- a third of require("lede.article").
local entries = {} -- k -> { core =, pre =, post =, long = }
local firsts = {} -- first byte -> { k, ... }, the phrases that can start with it
local firsts_words = {} -- the first word of each line-start phrase
do
  local seen = {}
  for k, entry in ipairs(chrome_list) do
    local core, pre, post = dotted(entry[2])
    entries[k] = { core = core, pre = pre, post = post, long = entry[3] == "long" }
    if pre then
      add_trigger(core, seen)
    else
      firsts_words[#firsts_words + 1] = match(core, "^[^ #]*")
      add_first(firsts, core, k)
    end
  end
end

-- items[k]: the pattern of entry k, capturing k.
local items = setmetatable({}, { __index = function(t, k)
  local e = entries[k]
  local p = phrase(e.core)
  local item
  if e.pre and e.post then
    item = p * Cc(k)
  elseif e.pre then
    item = p * tail * Cc(k)
  else
    item = p * (e.post and P(true) or tail) * Cc(k)
  end
  t[k] = item
  return item
end })

-- The choice of the entries' items for which keep(entry) holds, in list
-- order; P(false) when there are none.
local function choice_of(keep, pattern_of)
  local p
  for k, e in ipairs(entries) do
    if keep(e) then
      local item = pattern_of and pattern_of(k, e) or items[k]
      p = p and p + item or item
    end
  end
  return p or P(false)
end

-- The phrases of one first byte (list: their k) grouped by their second:
-- group[b2] holds those that fit b2, group.any those that may have any
-- second byte (all a line gets when its second byte has no group); each in
-- list order.
local function group_by_second(list)
  local keys, seconds = {}, {}
  for i, k in ipairs(list) do
    seconds[i] = second_bytes(entries[k].core) or false
    for _, b2 in ipairs(seconds[i] or {}) do keys[b2] = true end
  end
  local group = {}
  for b2 in pairs(keys) do
    local p = P(false)
    for i, k in ipairs(list) do
      local fits = not seconds[i]
      for _, c in ipairs(seconds[i] or {}) do
        if c == b2 then fits = true end
      end
      if fits then p = p + items[k] end
    end
    group[b2] = p
  end
  local any, some = P(false), false
  for i, k in ipairs(list) do
    if not seconds[i] then any, some = any + items[k], true end
  end
  group.any = some and any or nil
  return group
end

-- A pattern built on its first use.
local function once(build)
  local p
  return function()
    if not p then p = build() end
    return p
  end
end

-- Whole-line and prefix phrases grouped by their first two bytes, so a
-- line meets only the phrases that can start it; chrome_head[b1] is built
-- the first time a line starts with b1.
local chrome_head = setmetatable({}, { __index = function(t, b1)
  local list = firsts[b1]
  if not list then return nil end
  local group = group_by_second(list)
  t[b1] = group
  return group
end })
-- lines of 121 to 300 bytes: the long phrases that start a line
local chrome_mid = once(function()
  return lead * choice_of(function(e) return e.long and not e.pre end)
end)
-- lines over 300 bytes: the long phrases, at the start or inside
local chrome_long = once(function()
  return choice_of(function(e) return e.long end, function(k, e)
    return e.pre and P({ items[k] + 1 * V(1) }) or lead * items[k]
  end)
end)
-- phrases inside a line are tried at word starts and punctuation only
-- a loop rather than a recursive grammar: repetition keeps no choice
-- points, so a failed search costs one pass and no backtrack stack
local chrome_inside = once(function()
  local search = choice_of(function(e) return e.pre end)
  local skip = R("az", "09") ^ 1 + 1
  return (-search * skip) ^ 0 * search
end)
local chrome_starts = lead * first_word_tree(firsts_words)

-- a trigger that contains another one is redundant ("(photo:" has "(photo")
do
  local kept = {}
  for _, t in ipairs(triggers) do
    local redundant = false
    for _, u in ipairs(triggers) do
      if u ~= t and find(t, u, 1, true) then redundant = true end
    end
    if not redundant then kept[#kept + 1] = t end
  end
  triggers = kept
end
local after_lead = lead * Cp()
-- bytes lead can start with: a line starting with another byte has none
local lead_first = {}
for c in string.gmatch("*_>#-+| \t\226", ".") do lead_first[byte(c)] = true end

local function has_trigger(low, list)
  for i = 1, #list do
    if find(low, list[i], 1, true) then return true end
  end
  return false
end

--- The trigger words present in a whole lowercased text: a list for
-- M.chrome, so each line is searched only for the words its text has (most
-- texts have none: one pass per word over the text instead of one call per
-- word and line).
function M.triggers_in(low_text)
  local present = {}
  for i = 1, #triggers do
    if find(low_text, triggers[i], 1, true) then present[#present + 1] = triggers[i] end
  end
  return present
end

--- Chrome kind and flag of a line, given its lowercased view (nil if none).
-- present: triggers_in() of the whole text (default: all trigger words).
-- Whole-line phrases are short: lines over 120 bytes only meet the phrases
-- found inside lines and the long ones (cookie banners, copyright).
function M.chrome(low, present)
  present = present or triggers
  local k
  local n = #low
  if n <= 120 then
    local at, b, b2 = 1, byte(low, 1, 2)
    if lead_first[b] then
      at = after_lead:match(low)
      b, b2 = byte(low, at, at + 1)
    end
    local group = chrome_head[b]
    if group then group = b2 and group[b2] or group.any end
    k = group and group:match(low, at)
  elseif n <= 300 then
    k = chrome_mid():match(low)
  else
    k = chrome_long():match(sub(low, 1, 300))
  end
  if not k and n <= 300 and present[1] and has_trigger(low, present) then
    k = chrome_inside():match(low)
  end
  if not k then return nil end
  local entry = chrome_list[k]
  if entry[3] == "heading-cut" then
    -- "About Corvane Water": a heading, not "About 300 people came."
    -- Whether it is boilerplate the next line says (about_boilerplate).
    if #low > 80 or find(low, "[%.!?,;]%s*$") then return nil end
    return entry[1], "heading-cut"
  end
  return entry[1], entry[3]
end

-- "About Corvane Water Utility" then "Corvane Water Utility supplies ...":
-- the name of the heading, capitalized, opens the next paragraph.
local about_name = P("About") * sp * (P("the") * sp + P("The") * sp) ^ -1
  * C((upper + hi) * (alpha + hi + S("-'&.")) ^ 0)

--- Is the heading "About <name>" a press release's boilerplate about its
-- issuer?  Only when the paragraph after it (next, its first line) starts
-- by naming the same name: a story's own subheading ("About the victims",
-- "About the flood") is followed by more story, and cutting there would
-- drop the rest of the story.
function M.about_boilerplate(heading, next)
  local subject = about_name:match(heading)
  if not subject or not next then return false end
  local at = find(sub(next, 1, 120), subject, 1, true)
  if not at then return false end
  local b = byte(next, at + #subject) or 32 -- the byte after the name
  local word_goes_on = (b >= 48 and b <= 57) or (b >= 65 and b <= 90) or (b >= 97 and b <= 122)
  return (at == 1 or byte(next, at - 1) == 32) and not word_goes_on
end

-- ---------------------------------------------------------------- names

-- A capitalized word, an initial, or a word in a script without case.
local apos = P("'") + P("\226\128\153")
local name_word = (upper + hi) * (alpha + hi + S(".-") + apos) ^ 0
local connector = (P("and") + "de" + "da" + "do" + "dos" + "das" + "van" + "von"
  + "der" + "den" + "del" + "della" + "di" + "du" + "la" + "le" + "al" + "el"
  + "bin" + "ibn" + "&") * #sp
local name = name_word * (sp * (name_word + connector)) ^ 0

-- ---------------------------------------------------------------- byline

local by = word_tree({ "By", "BY", "by" })
-- "Par", "Por", "Von", "Door": bylines of French, Portuguese/Spanish,
-- German and Dutch pages
local by_prefix = S("*_") ^ 0 * (word_tree({ "Written", "WRITTEN", "Words", "Story", "Posted",
  "Text", "Reported", "Published" }) * sp * by + by + word_tree({ "Par", "PAR", "Por", "POR",
  "Von", "VON", "Door" })) * (osp * P(":")) ^ -1 * sp
  + S("*_") ^ 0 * word_tree({ "Author", "AUTHOR", "Authors", "Byline" }) * osp * P(":") * osp
local byline_pat = by_prefix * Cp() * name * Cp()

-- lowercase words that may follow a name on a byline line
local byline_ok = {
  ["and"] = true, ["in"] = true, ["at"] = true, ["for"] = true, ["the"] = true,
  ["min"] = true, ["read"] = true, ["ago"] = true, ["hours"] = true, ["hour"] = true,
  ["minutes"] = true, ["on"] = true, ["of"] = true, ["senior"] = true,
  ["staff"] = true, ["writer"] = true, ["correspondent"] = true,
  ["reporter"] = true, ["editor"] = true, ["contributor"] = true,
  ["updated"] = true, ["published"] = true, ["a.m."] = true, ["p.m."] = true,
  ["am"] = true, ["pm"] = true,
}

--- Name span of a byline line text[s..e] ("By Jane Doe, Reuters"), or nil.
-- bytes a byline line can start with
local byline_first = {}
for c in string.gmatch("BbWSPTRAVD*_", ".") do byline_first[byte(c)] = true end

function M.byline(text, s, e)
  if e - s + 1 > 160 or not byline_first[byte(text, s)] then return nil end
  -- matched in place first (names and spaces never cross a line end); the
  -- line is copied only for the few that start like a byline
  local ns0, ne0 = byline_pat:match(text, s)
  if not ns0 or ne0 == ns0 or ne0 > e + 1 then return nil end
  local line = sub(text, s, e)
  local ns, ne = ns0 - s + 1, ne0 - s + 1
  local rest = sub(line, ne)
  local words = 0
  for w in string.gmatch(rest, "%a[%a%.]*") do
    if find(w, "^%l") and not byline_ok[w] then words = words + 1 end
  end
  if words > 1 or find(line, "[!?]$") then return nil end
  -- "By Tuesday." or a name ending a sentence: a byline has no full stop
  -- after a word of three or more lowercase letters
  if find(line, "%l%l%l%.$") then return nil end
  -- drop a trailing comma or dash the name pattern took in
  local taken = sub(line, ns, ne - 1)
  local trimmed = match(taken, "^(.-)[%s,%-]*$")
  return s + ns - 1, s + ns - 1 + #trimmed - 1
end

--- Name span of an author bio line ("Jane Doe covers courts ..."), or nil.
local bio_verb = sp * (P("is") + "covers" + "writes" + "reports" + "has" + "was"
  + "joined" + "serves" + "specializes" + "specialises" + "leads" + "edits"
  + "works" + "previously" + "began")
local bio_pat = Cp() * name_word * sp * name_word * (sp * name_word) ^ -2 * Cp() * bio_verb
function M.bio(text, s, e)
  local b = byte(text, s)
  if not b or b < 65 or (b > 90 and b < 0xC0) then return nil end
  -- matched in place: names and spaces never run past the line's end
  local ns, ne = bio_pat:match(text, s)
  if not ns or ne - 1 > e then return nil end
  return ns, ne - 1
end

-- ---------------------------------------------------------------- dates

local function any_case(words)
  local forms = {}
  for _, w in ipairs(words) do
    forms[#forms + 1] = w
    forms[#forms + 1] = w:upper()
    forms[#forms + 1] = w:lower()
  end
  return word_tree(forms)
end

-- Month names from the lexicon (lexicon/en/months.tsv), capitalized, in
-- its order -- longer names first: an ordered choice does not come back to
-- try "June" after "Jun" matched.
local month_names = {}
for _, m in ipairs(require("lede.lexicon_en").months) do
  month_names[#month_names + 1] = m.name:sub(1, 1):upper() .. m.name:sub(2)
end
local month = any_case(month_names) * P(".") ^ -1
local weekday = any_case({ "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
  "Saturday", "Sunday", "Tues", "Thurs", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
  "Sun" }) * P(".") ^ -1 * P(",") ^ -1 * sp
local day = digit * digit ^ -1 * (P("st") + "nd" + "rd" + "th") ^ -1
local year = digit * digit * digit * digit
local comma = P(",") ^ -1 * sp
local ampm = osp * (P("a.m.") + "p.m." + "am" + "pm" + "AM" + "PM" + "A.M." + "P.M.")
local zone = sp * upper * upper * upper ^ -3 * (S("+-") * digit ^ 1) ^ -1
local clock_time = digit * digit ^ -1 * S(":.") * digit * digit * (P(":") * digit * digit) ^ -1
  * ampm ^ -1 * zone ^ -1
local time_sep = osp * (P(",") + "at" + "|" + "-" + "\226\128\147" + "\226\128\148"
  + "\194\183" + "\226\128\162") ^ -1 * osp
local iso = year * "-" * digit * digit * "-" * digit * digit
  * (S("T ") * digit * digit * ":" * digit * digit * (":" * digit * digit) ^ -1
    * (P(".") * digit ^ 1) ^ -1 * (P("Z") + S("+-") * digit * digit * (P(":") ^ -1 * digit * digit) ^ -1) ^ -1) ^ -1
local numeric = digit * digit ^ -1 * "/" * digit * digit ^ -1 * "/" * year
local unit = any_case({ "minutes", "minute", "mins", "min", "hours", "hour", "hrs",
  "hr", "days", "day", "weeks", "week", "months", "month", "h", "m", "d" })
local relative = (digit ^ 1 + any_case({ "an", "a", "one", "two", "three" })) * osp * unit * sp * any_case({ "ago" })
local label = any_case({ "Published", "Updated", "Posted", "Last updated",
  "First published", "Modified", "Last modified", "Date" })
  * (sp * any_case({ "on", "at" })) ^ -1 * osp * P(":") ^ -1 * osp

-- The date grammars share their big parts as rules: a rule is one copy in
-- a grammar however often it is used, where a pattern is copied into each
-- pattern using it (the month tree was four times in a date line, eight in
-- the prefilter below; LPeg compiles each copy on the first match).
local date_rules = {
  month = month, weekday = weekday, clock_time = clock_time, label = label, relative = relative,
  day_month = day * sp * V("month") * comma * year + V("month") * sp * day * comma * year,
  date_core = (V("weekday") ^ -1 * V("day_month") + numeric) * (time_sep * V("clock_time")) ^ -1
    + V("clock_time") * time_sep * V("weekday") ^ -1 * V("day_month")
    + iso + V("relative") + any_case({ "Yesterday", "Today" }) * (time_sep * V("clock_time")) ^ -1,
  date = osp * V("label") ^ -1 * Cp() * V("date_core") * Cp(),
  clock_start = osp * V("label") ^ -1 * (V("weekday") ^ -1 * V("clock_time") + V("relative")
    + any_case({ "Just now" })),
}
local DATE_RULES = { "month", "weekday", "clock_time", "label", "relative", "day_month",
  "date_core", "date" }
local CLOCK_RULES = { "weekday", "clock_time", "label", "relative", "clock_start" }

-- The grammar of pattern start with the rules named in each list given.
local function with_rules(start, rules, ...)
  local g = { "start", start = start }
  for i = 1, select("#", ...) do
    for _, rule in ipairs((select(i, ...))) do g[rule] = rules[rule] end
  end
  return P(g)
end

local date_pat = with_rules(V("date"), date_rules, DATE_RULES)
local section_pat = (osp * (S("|-,/") + "\226\128\147" + "\226\128\148" + "\194\183"
  + "\226\128\162") * osp + sp) * C(name_word * (sp * (name_word + connector)) ^ -3) * eol

--- Span of the date on a date line text[s..e], and the section that may
-- follow it ("21 December 2025 World" -> date, "World"); nil otherwise.
function M.date(text, s, e)
  if e - s + 1 > 120 then return nil end
  local ds0, de0 = date_pat:match(text, s)
  if not ds0 or de0 > e + 1 then return nil end
  local line = sub(text, s, e)
  local ds, de = ds0 - s + 1, de0 - s + 1
  local rest = sub(line, de)
  local section
  if find(rest, "^%s*$") then
    section = nil
  else
    section = section_pat:match(rest)
    if not section then
      -- "| 4 min read", "| Updated 3 hours ago": short, no sentence
      if #rest > 60 or find(rest, "[%.!?]%s*$") then return nil end
      local lw = 0
      for w in string.gmatch(rest, "%a+") do
        if find(w, "^%l") and w ~= "min" and w ~= "read" and w ~= "ago" then lw = lw + 1 end
      end
      if lw > 2 then return nil end
    end
  end
  return s + ds - 1, s + de - 2, section
end

local clock_line = with_rules(V("clock_start") * osp * (S("|-") * osp) ^ -1 * -P(1),
  date_rules, CLOCK_RULES)
--- A live-blog time stamp line ("10:32 GMT", "Updated 14.05", "2h ago").
function M.clock(view)
  return #view <= 40 and clock_line:match(view) ~= nil
end

-- ---------------------------------------------------------------- dateline

local hi_upper = R("\192\223") * R("\128\191")
local upword = (upper + hi_upper) * (upper + hi_upper + S(".-") + apos) ^ 1
local place = upword * (P(" ") * upword) ^ -4
local region_word = upper * (alpha + P(".")) ^ 0
local region = P(",") * sp * region_word * (P(" ") * region_word) ^ -2
local wire_date = P(",") * sp * month * sp * day * (P(",") * sp * year) ^ -1
-- "_" is the dash of old wire copy ("NAIROBI, Kenya _ ", "(AP) _ ")
local dash = P("--") + "-" + "_" + "\226\128\147" + "\226\128\148" + "\226\128\149"
  + "\195\162\226\130\172\226\128\156" + "\195\162\226\130\172\226\128\157"
  + "\195\162\226\130\172" + "\195\162" + "&mdash;" + "&ndash;" + "&#8212;" + "&#8211;"
local agency = osp * P("(") * Cp() * (1 - S("()\r\n")) ^ 1 * Cp() * P(")")
  + osp * P("/") * Cp() * (alpha + digit + S(" .-")) ^ 1 * Cp() * P("/")
local opener = upper + digit + hi + S("\"'(\226")
-- in capitals an agency alone also ends it when a sentence follows
-- ("BEIJING, March 5 (AFP) The ...", not "KUTV (CBS) SALT LAKE CITY - ")
local no_agency = Cc(nil) * Cc(nil)
-- (the wire date, with its month tree, is a rule: one copy where it is
-- used twice or four times)
local wire_rules = { wire_date = wire_date }
local dateline_pat = with_rules(Cp() * place * (region - V("wire_date")) ^ -1 * Cp()
  * V("wire_date") ^ -1
  * ((agency + no_agency) * osp * dash * osp * Cp() * #opener
    + agency * sp * Cp() * #(upper * lowerc)), wire_rules, { "wire_date" })
-- "Kyiv, Ukraine (AP) —", "Miami —", "Tokyo, Japan - ": a place in title
-- case needs an agency, a real dash (en/em), or a region or date before
-- a hyphen
local two_byte = R("\195\223") * R("\128\191") -- "ã" of "São": Latin, Greek, Cyrillic
local title_word = upper * (lowerc + two_byte) * (alpha + two_byte + S(".-") + apos) ^ 0
local title_place = title_word * (P(" ") * title_word) ^ -2
local long_dash = P("\226\128\147") + "\226\128\148" + "&mdash;" + "&ndash;"
  + "\195\162\226\130\172\226\128\156" + "\195\162\226\130\172\226\128\157"
local title_dateline = with_rules(Cp() * title_place
  * ((region - V("wire_date")) * Cp() * V("wire_date") ^ -1 + Cp() * V("wire_date")) * no_agency
  * osp * dash * osp * Cp() * #opener
  + Cp() * title_place * (region - V("wire_date")) ^ -1 * Cp() * V("wire_date") ^ -1
  * (agency * osp * dash + no_agency * osp * long_dash) * osp * Cp() * #opener,
  wire_rules, { "wire_date" })
-- "(CNN) —": an agency and no place
local agency_dateline = Cc(nil) * Cc(nil) * agency * osp * dash * osp * Cp() * #opener

--- A dateline at text[s..]: place span (nil, nil for an agency alone), the
-- offset where the story starts, and the agency span if any; nil when there
-- is no dateline.
function M.dateline(text, s)
  local ps, pe, as, ae, after = dateline_pat:match(text, s)
  if not ps then ps, pe, as, ae, after = title_dateline:match(text, s) end
  if not ps then
    as, ae, after = select(3, agency_dateline:match(text, s))
    if not after or ae - as > 30 then return nil end
    return nil, nil, after, as, ae - 1
  end
  if pe - ps > 60 then return nil end
  if after and after - ps > 90 then return nil end
  return ps, pe - 1, after, as, ae and ae - 1
end

-- ---------------------------------------------------------------- headings

local md_heading = P("#") ^ 1 * sp * Cp() * (1 - P(-1)) ^ 1
local bold = P("**") * Cp() * (1 - P("**")) ^ 1 * Cp() * P("**") * S(":.") ^ -1 * eol
  + P("__") * Cp() * (1 - P("__")) ^ 1 * Cp() * P("__") * eol

--- Content span of a marked heading ("## Heading", "**Heading**") in
-- text[s..e] and its level (1 for "#", 2 for "##", 3 for bold), or nil.
function M.marked(text, s, e)
  local b = byte(text, s)
  if e - s + 1 > 300 or not (b == 35 or b == 42 or b == 95) then return nil end
  local line = sub(text, s, e)
  local cs = md_heading:match(line)
  if cs then
    local level = #match(line, "^#+")
    local inner = match(sub(line, cs), "^(.-)[%s#]*$")
    if inner == "" then return nil end
    inner = match(inner, "^%*%*(.-)%*%*$") or inner
    local off = find(line, inner, cs, true)
    return s + off - 1, s + off + #inner - 2, level
  end
  local bs, be = bold:match(line)
  if bs then
    local inner = sub(line, bs, be - 1)
    local a = find(inner, "%S")
    if not a then return nil end
    local z = #match(inner, "^(.-)%s*$")
    return s + bs - 1 + a - 1, s + bs - 2 + z, 3
  end
  return nil
end

local word = S(" \t") ^ 0 * (1 - S(" \t")) ^ 1
local two_words = word ^ 2
local more_than = setmetatable({}, { __index = function(t, n)
  local p = word ^ (n + 1)
  t[n] = p
  return p
end })

local final_punct = {
  ["."] = true, [","] = true, [";"] = true, [":"] = true, ["!"] = true,
}

--- A short line without final punctuation: a headline or section heading.
-- max_words bounds it (headlines are longer than section headings).
function M.heading(view, max_words)
  local n = #view
  if n < 3 or n > 200 then return false end
  local b = byte(view, 1)
  -- starts with a capital, a digit, a quote or a non-ASCII letter
  if not ((b >= 65 and b <= 90) or (b >= 48 and b <= 57) or b >= 0xC0
    or b == 34 or b == 39) then
    return false
  end
  -- ends without sentence punctuation (closing quotes looked through)
  local j = n
  while j > 0 do
    local c = byte(view, j)
    if c == 34 or c == 39 or c == 41 or c == 32 or c == 9 then
      j = j - 1
    elseif (c == 0x99 or c == 0x9D) and j > 2 and byte(view, j - 1) == 0x80
      and byte(view, j - 2) == 0xE2 then
      j = j - 3
    else
      break
    end
  end
  if j == 0 or final_punct[sub(view, j, j)] then return false end
  if sub(view, j - 2, j) == "\226\128\166" then return false end
  if not two_words:match(view) or more_than[max_words or 20]:match(view) then
    return false
  end
  -- a list item or a table row is not a heading
  if find(view, "^[%-%*%+]%s") or find(view, "^%d+[%.%)]%s") or find(view, "|.*|") then
    return false
  end
  -- at least one lowercase word or an all-caps line with several words:
  -- "US Signals Cautious Optimism", "WHAT HAPPENS NEXT"
  return true
end

local tag_pat = (upper + digit) * (upper + digit + S("&.-")) ^ 0
local source_pat = tag_pat * (P(" ") * tag_pat) ^ -1 * -P(1)
-- A name alone on its line ("Leah Corran"), and a line naming a job
-- ("Environment correspondent"): a byline without "By".
local name_only = Cp() * name_word * sp * name_word * (sp * (name_word + connector)) ^ -3 * Cp() * eol
local roles = { "correspondent", "reporter", "editor", "writer", "journalist",
  "contributor", "columnist", "staff", "analyst", "producer", "bureau chief" }
function M.name_line(text, s, e)
  if e - s + 1 > 60 then return nil end
  local b = byte(text, s)
  if not b or b < 65 or (b > 90 and b < 0xC0) then return nil end
  local ns, ne = name_only:match(sub(text, s, e))
  if not ns then return nil end
  return s + ns - 1, s + ne - 2
end
function M.role_line(view)
  if #view > 80 or find(view, "[%.!?]$") then return false end
  local low = string.lower(view)
  for i = 1, #roles do
    if find(low, roles[i], 1, true) then return true end
  end
  return false
end

--- A section label above a headline: one capitalized word ("World").
local section_line = upper * lowerc ^ 1 * -P(1)
function M.section_label(view)
  return #view <= 20 and section_line:match(view) ~= nil
end

--- A source tag line: one or two all-caps tokens ("GLR", "AI", "AP NEWS").
function M.source_tag(view)
  return #view <= 16 and source_pat:match(view) ~= nil and find(view, "%u%u") ~= nil
end

-- ---------------------------------------------------------------- separators

local rule = (P("=") ^ 5 + P("-") ^ 5 + P("*") ^ 5 + P("_") ^ 5 + P("#") ^ 5
  + P("~") ^ 5 + P("+") ^ 5) * eol
local weak_rule = (P("-") ^ 3 + P("*") ^ 3 + P("_") ^ 3 + P("=") ^ 3 + P("~") ^ 3
  + P("* * *") + P("- - -") + P("\226\129\130") + P("\194\167")) * eol
local deco = (S("=-*#_~[]()<>|:") + sp) ^ 0
local marker_start = deco * any_case({ "Article", "Story", "Item", "Document" }) * sp
local marker = marker_start
  * Cp() * digit ^ 1 * (sp * any_case({ "of" }) * sp * digit ^ 1 + P("/") * digit ^ 1) ^ -1
  * deco * -P(1)

--- "strong" for a separator that always splits (=====, Article 2 of 5),
-- "weak" for one that splits only before a new article (---, ***).
local separator_first = {}
for c in string.gmatch("=-*_#~+[]()<>|: \t\226\194AaSsIiDd", ".") do
  separator_first[byte(c)] = true
end

function M.separator(line)
  local b = byte(line)
  if not separator_first[b] then return nil end
  -- a line starting with a letter can only be a marker ("Article 2 of 5")
  if (b >= 65 and b <= 90) or (b >= 97 and b <= 122) then
    return marker:match(line) and "strong" or nil
  end
  if rule:match(line) or marker:match(line) then return "strong" end
  if weak_rule:match(line) then return "weak" end
  return nil
end

-- ---------------------------------------------------------------- prefilter

-- Where a line can start to be chrome, a bio, a byline, a date, a clock or
-- a separator: each of those grammars without what must follow its start
-- (in a PEG a sequence matches only where its first part matches, so each
-- start matches every line its grammar does, and more).  Most lines of a
-- story start none of them, and article.lua then skips the six calls.
-- Matched on the text itself, so only for lines whose view is the line;
-- chrome phrases' first words on the lowercased text, as chrome() matches
-- the phrases on the lowercased line.  Not covered, left to the caller: lines over 300
-- bytes (chrome searched inside them) and lines holding a trigger word.
local separator_start = P("=") ^ 3 + P("-") ^ 3 + P("*") ^ 3 + P("_") ^ 3 + P("#") ^ 5
  + P("~") ^ 3 + P("+") ^ 5 + P("* * *") + P("- - -") + P("\226\129\130") + P("\194\167")
  + marker_start
local line_starts = with_rules(bio_pat + byline_pat + V("date")
  + V("clock_start") + separator_start, date_rules, DATE_RULES, CLOCK_RULES)

--- False when the line starting at text[s] is certainly none of chrome
-- (but for the exceptions above), bio, byline, date, clock or separator.
-- low: the text lowercased (string.lower), where the chrome phrases' first
-- words are looked for, as chrome() looks for the phrases in a lowercased
-- line; without it the line is lowercased here.
function M.maybe(text, s, low)
  if line_starts:match(text, s) then return true end
  if low then return chrome_starts:match(low, s) ~= nil end
  local e = find(text, "\n", s, true)
  return chrome_starts:match(lower(sub(text, s, e))) ~= nil
end

--- Sorted start offsets of every trigger word of present in low: the
-- lines holding one are the ones chrome() searches inside.
function M.trigger_hits(low, present)
  local hits = {}
  for i = 1, #present do
    local w, pos = present[i], 1
    while true do
      local a = find(low, w, pos, true)
      if not a then break end
      hits[#hits + 1] = a
      pos = a + 1
    end
  end
  if #present > 1 then table.sort(hits) end
  return hits
end

-- Under LuaJIT these functions stay in the interpreter.  Each is a few
-- tests around an LPeg call, which a trace cannot enter: compiled, they
-- only added side traces, and with them the machine code of an article
-- parse outgrew LuaJIT's code area, which is then flushed and compiled
-- again and again (the speed swung between 7 and 24 MB/s from run to run).
do
  local jit = package.loaded.jit
  if type(jit) == "table" and type(jit.off) == "function" then
    for _, f in pairs(M) do
      if type(f) == "function" then jit.off(f) end
    end
  end
end

return M
