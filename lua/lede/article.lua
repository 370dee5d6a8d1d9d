--- The structure of a pasted or scraped news article.
--
--   article.article(text) --> { title=, source=, date=, section=, byline=,
--       dateline={ place=, s=, e=, agency=? }, body=, body_s=, body_e=,
--       spans={ title=, source=, date=, byline=, section= }  -- each { s=, e= }
--       paragraphs={ { text=, s=, e=, heading=bool, level=?, time=? }, ... },
--       headings={ text, ... },
--       removed={ { kind=, text=, s=, e= }, ... } }
--   article.clean(text)   --> body as plain repaired text, report
--   article.split_articles(text) --> { article_text, ... }, { {s=, e=}, ... }
--
-- Every s/e is a 1-based inclusive byte offset into the caller's text, and
-- text:sub(s, e) is the field's text.  Fields found on no line are nil.
-- Pure Lua + LPeg: the C core is not needed here.
--
-- How: the text is cut into trimmed lines; each line is classified on a
-- repaired lowercase view (chrome, byline, date, source tag, headline); the
-- lines left are grouped into paragraphs (one line each, or a hard-wrapped
-- block joined); a dateline is looked for at the start of the first one;
-- paragraphs seen before are dropped as repeats.  All of it is one pass over
-- the lines plus hash lookups: linear in the text.
local lines = require("lede.lines")
local grammar = require("lede.grammar")
local mojibake = require("lede.mojibake")

local type, error, ipairs = type, error, ipairs
local sub, find, lower, gsub, match, byte = string.sub, string.find, string.lower,
  string.gsub, string.match, string.byte
local concat, sort = table.concat, table.sort

local M = {}

local function check_text(fname, text)
  if type(text) ~= "string" then
    error(("bad argument #1 to '%s' (string expected, got %s)")
      :format(fname, type(text)), 3)
  end
end

-- Limits that decide what a "short line" is.
local HEADLINE_WORDS = 25
local HEADING_WORDS = 14
local HEADING_BYTES = 120
local REPEAT_BYTES = 40 -- shorter paragraphs may repeat on purpose
local WRAP_MAX = 100 -- hard-wrapped text has lines at most this long
local WRAP_MIN = 30

-- ---------------------------------------------------------------- lines


local ends_sentence = lines.ends_sentence

-- Removed entries are collected in order of discovery and sorted at the end.
local function add_removed(out, text, kind, s, e)
  out[#out + 1] = { kind = kind, text = sub(text, s, e), s = s, e = e }
end

local function by_start(a, b) return a.s < b.s end

-- ---------------------------------------------------------------- article

-- A text with words but no body once its structure is taken out (a
-- headline alone, a line of chrome) is its own body: never an empty body.
-- Its lines that are not chrome become the paragraphs; when every line is
-- chrome, every line does.  What stays taken out stays in removed; the
-- header fields (title, byline...) stay as found.  Returns joined.
local function own_body(art, text, ls, le, n, kinds)
  local keep_chrome = false
  for k = 1, n do
    if le[k] >= ls[k] and kinds[k] ~= "chrome" then keep_chrome = true; break end
  end
  local paras, body, inside = {}, {}, {}
  for k = 1, n do
    if le[k] >= ls[k] and (kinds[k] ~= "chrome" or not keep_chrome) then
      local t = sub(text, ls[k], le[k])
      paras[#paras + 1] = { text = t, s = ls[k], e = le[k], heading = false }
      body[#body + 1] = t
      inside[#inside + 1] = paras[#paras]
    end
  end
  local removed = {}
  for _, r in ipairs(art.removed) do
    local used = false
    for _, p in ipairs(inside) do
      if r.s <= p.e and r.e >= p.s then used = true; break end
    end
    if not used then removed[#removed + 1] = r end
  end
  for i = #art.removed, 1, -1 do art.removed[i] = nil end
  for i, r in ipairs(removed) do art.removed[i] = r end
  art.paragraphs, art.headings, art.body = paras, {}, concat(body, "\n\n")
  art.body_s, art.body_e = paras[1] and paras[1].s, paras[#paras] and paras[#paras].e
  return {}
end

-- ---------------------------------------------------------------- parse
--
-- A parse is one value, p, that the passes below share: the text and its
-- lines (ls, le, n), the repair mode, the lines' views, kinds[k] (what
-- line k is), the article being filled (art) and its removed list.

-- Line k as classified: repaired (when the text needs repair), at most
-- 400 bytes, copied once.
local function view(p, k)
  local v = p.views[k]
  if not v then
    local s, e = p.ls[k], p.le[k]
    if e - s + 1 > 400 then
      v = sub(p.text, s, s + 399)
    elseif p.untouched then
      v = sub(p.text, s, e)
    else
      v = lines.view(p.text, s, e, p.mode)
    end
    p.views[k] = v
  end
  return v
end

-- The next line with text after line k (n + 1 when there is none).
local function next_text_line(p, k)
  local nb, ls, le = k + 1, p.ls, p.le
  while nb <= p.n and le[nb] < ls[nb] do nb = nb + 1 end
  return nb
end

local function classify_chrome(p, v)
  return grammar.chrome(lower(v), p.present)
end

local function set_field(p, field, s, e)
  p.art[field] = sub(p.text, s, e)
  p.art.spans[field] = { s = s, e = e }
end

local function new_parse(text)
  local mode = mojibake.scan(text)
  local ls, le, n = lines.split(text)
  local art = { spans = {}, paragraphs = {}, headings = {}, removed = {} }
  -- trigger words of in-line chrome ("Getty Images") this text has at all,
  -- and where they are: lines holding one are searched for chrome
  local low_text = lower(text)
  local present = grammar.triggers_in(low_text)
  return {
    text = text, low_text = low_text, mode = mode, ls = ls, le = le, n = n, art = art,
    removed = art.removed, views = {}, kinds = {},
    -- nothing in the text a repair could change (the usual case): every
    -- line's view is the line itself, and clean has nothing to repair
    untouched = not mojibake.changes(text, mode),
    present = present,
    hits = present[1] and grammar.trigger_hits(low_text, present) or {}, hit = 1,
    header = true, -- still above the first paragraph of the story
    pending_label = false, -- the last line was "Written By"
    body_lines = 0,
    last_word = false, -- the last line with text was one word: a menu
  }
end

-- ------------------------------------------------ pass 1: what each line is

-- Whether line k may start chrome, a bio, byline, date, clock or
-- separator: most lines of a story cannot, and the prefilter spares them
-- the six grammars.
local function may_be_structure(p, k)
  local s, e, hits = p.ls[k], p.le[k], p.hits
  while hits[p.hit] and hits[p.hit] < s do p.hit = p.hit + 1 end
  return not p.untouched or e - s >= 300 or (hits[p.hit] and hits[p.hit] <= e)
    or grammar.maybe(p.text, s, p.low_text)
end

-- The chrome kind of line k and its flag ("cut", "list", "label").
local function chrome_of(p, k, v)
  local kind, flag = classify_chrome(p, v)
  if flag == "heading-cut" then
    -- "About <name>" ends a press release only when the next paragraph
    -- is about that name; else it is the story's subheading
    local nb = next_text_line(p, k)
    if grammar.about_boilerplate(v, nb <= p.n and view(p, nb) or nil) then
      flag = "cut"
    else
      kind, flag = nil, nil
    end
  end
  return kind, flag
end

-- An author's bio on line k: one after a label, or one right above
-- "View Full Bio".  Returns the name's span.
local function bio_of(p, k)
  local bio_s, bio_e = grammar.bio(p.text, p.ls[k], p.le[k])
  if bio_s and not p.pending_label then
    local nb = next_text_line(p, k)
    if not (nb <= p.n and classify_chrome(p, view(p, nb)) == "bio") then bio_s = nil end
  end
  return bio_s, bio_e
end

-- The last line of the list of links that starts at line k ("Related"
-- and the short lines after it).
local function list_end(p, k)
  local ls, le, last, j = p.ls, p.le, k, k + 1
  while j <= p.n do
    if le[j] < ls[j] then
      j = j + 1
    else
      local item = view(p, j)
      local bullet = find(item, "^[%-%*%+\226]") ~= nil
      if #item <= 160 and (bullet or not ends_sentence(item))
        and not grammar.marked(p.text, ls[j], le[j]) then
        last = j
        j = j + 1
      else
        break
      end
    end
  end
  return last
end

-- Line k is chrome of this kind: removes it (and what its flag says goes
-- with it).  Returns the next line to classify.
local function take_chrome(p, k, kind, flag)
  local text, ls, le, kinds, removed = p.text, p.ls, p.le, p.kinds, p.removed
  kinds[k] = "chrome"
  if flag == "cut" and p.body_lines == 0 then
    -- a "Comments" link above the story is a line, not a section
    add_removed(removed, text, kind, ls[k], le[k])
    return k + 1
  elseif flag == "cut" then
    -- everything from here on is the comment section
    local last = k
    for j = k + 1, p.n do
      if le[j] >= ls[j] then last = j end
      kinds[j] = "chrome"
    end
    add_removed(removed, text, kind, ls[k], le[last])
    return p.n + 1
  elseif flag == "list" then
    local last = list_end(p, k)
    for q = k, last do kinds[q] = "chrome" end
    add_removed(removed, text, kind, ls[k], le[last])
    return last + 1
  end
  if flag == "label" then p.pending_label = true end
  add_removed(removed, text, kind, ls[k], le[k])
  return k + 1
end

-- Line k in the header with no title yet, and not a menu, section or
-- source: the headline (marked, or short enough), else the story starts.
local function title_or_body(p, k, v)
  local text, s, e = p.text, p.ls[k], p.le[k]
  local cs, ce = grammar.marked(text, s, e)
  if cs then
    p.kinds[k] = "title"
    set_field(p, "title", cs, ce)
  elseif grammar.heading(v, HEADLINE_WORDS) and not find(v, "^[%-%*%+]%s") then
    p.kinds[k] = "title"
    -- "Headline | Site Name": the site is not the headline
    local bar = find(sub(text, s, e), " | ", 1, true)
    if bar and bar > 1 then
      set_field(p, "title", s, s + bar - 2)
      add_removed(p.removed, text, "site", s + bar, e)
    else
      set_field(p, "title", s, e)
    end
  else
    p.kinds[k] = "body"
    p.header = false
  end
end

-- Line k, neither chrome nor a byline, date or clock: a header field
-- (menu, section, name over role, source, title) or the story.  Returns
-- the last line it used.
local function header_or_body(p, k, v)
  local text, s, e, art, kinds = p.text, p.ls[k], p.le[k], p.art, p.kinds
  local header = p.header
  local nb = next_text_line(p, k)
  if header and not art.title and grammar.section_label(v)
    and (art.section or p.last_word
      or (nb <= p.n and grammar.section_label(view(p, nb)))) then
    -- a menu: "Home", "News", "Sport" one per line
    kinds[k] = "chrome"
    add_removed(p.removed, text, "nav", s, e)
  elseif header and not art.title and grammar.section_label(v) then
    kinds[k] = "section"
    set_field(p, "section", s, e)
  elseif header and art.title and not art.byline and nb <= p.n
    and grammar.name_line(text, s, e) and grammar.role_line(view(p, nb)) then
    -- "Leah Corran" over "Environment correspondent"
    kinds[k] = "byline"
    set_field(p, "byline", grammar.name_line(text, s, e))
    kinds[nb] = "chrome"
    add_removed(p.removed, text, "byline", p.ls[nb], p.le[nb])
    return nb
  elseif header and not art.source and grammar.source_tag(v)
    and (art.title or not grammar.marked(text, s, e)) then
    -- (above the title, a marked line is the headline, not a source)
    kinds[k] = "source"
    set_field(p, "source", s, e)
  elseif header and not art.title then
    title_or_body(p, k, v)
  else
    kinds[k] = "body"
    p.header = false
  end
  return k
end

-- Line k, not chrome: a byline, the header's date, a clock, or what
-- header_or_body says.  Returns the next line to classify.
local function take_line(p, k, v, maybe)
  local text, s, e, art, kinds = p.text, p.ls[k], p.le[k], p.art, p.kinds
  local ns, ne, ds, de, section
  if maybe then ns, ne = grammar.byline(text, s, e) end
  if maybe and not ns then ds, de, section = grammar.date(text, s, e) end
  if ns then
    kinds[k] = "byline"
    if not art.byline then set_field(p, "byline", ns, ne) else add_removed(p.removed, text, "byline", s, e) end
  elseif ds and p.body_lines <= 1 and not art.date then
    -- the date line of the header (a standfirst may come first)
    kinds[k] = "date"
    set_field(p, "date", ds, de)
    if section and not art.section then set_field(p, "section", e - #section + 1, e) end
  elseif ds or (maybe and grammar.clock(v)) then
    kinds[k] = "clock"
  else
    k = header_or_body(p, k, v)
  end
  if kinds[k] == "body" then p.body_lines = p.body_lines + 1 end
  return k + 1
end

-- Line k has text: says what it is.  Returns the next line to classify.
local function classify_line(p, k)
  local s, e = p.ls[k], p.le[k]
  local v = view(p, k)
  local one_word = #v <= 20 and not find(v, "[%s%p]")
  local maybe = may_be_structure(p, k)
  local kind, flag
  if maybe then kind, flag = chrome_of(p, k, v) end
  local bio_s, bio_e
  if maybe and not kind then bio_s, bio_e = bio_of(p, k) end
  p.pending_label = false
  local nextk
  if bio_s then
    p.kinds[k] = "chrome"
    add_removed(p.removed, p.text, "bio", s, e)
    if not p.art.byline then set_field(p, "byline", bio_s, bio_e) end
    nextk = k + 1
  elseif kind then
    nextk = take_chrome(p, k, kind, flag)
  elseif maybe and #v <= 80 and grammar.separator(v) then
    p.kinds[k] = "chrome"
    add_removed(p.removed, p.text, "separator", s, e)
    nextk = k + 1
  else
    nextk = take_line(p, k, v, maybe)
  end
  p.last_word = one_word
  return nextk
end

-- Pass 1: chrome and header lines.  p.kinds[k] says what line k is.
local function classify_lines(p)
  local k = 1
  while k <= p.n do
    if p.le[k] < p.ls[k] then
      p.kinds[k] = "blank"
      k = k + 1
    else
      k = classify_line(p, k)
    end
  end
end

-- ------------------------------------------------ pass 2: paragraphs

-- Whether body lines k..j are one hard-wrapped paragraph: lines of like
-- width, none marked or a list item, most of them not ending a sentence.
local function hard_wrapped(p, k, j)
  if j == k then return false end
  local ls, le = p.ls, p.le
  local widest = 0
  for q = k, j do
    local w = le[q] - ls[q] + 1
    if w > widest then widest = w end
  end
  if widest > WRAP_MAX then return false end
  local unpunctuated = 0
  for q = k, j - 1 do
    local len = le[q] - ls[q] + 1
    if len < WRAP_MIN or len < 0.6 * widest or grammar.marked(p.text, ls[q], le[q])
      or find(view(p, q + 1), "^[%-%*%+]%s") or find(view(p, q + 1), "^%d+[%.%)]%s") then
      return false
    end
    if not ends_sentence(view(p, q)) then unpunctuated = unpunctuated + 1 end
  end
  return unpunctuated * 2 >= (j - k)
end

-- Pass 2: paragraphs.  A block is a run of body lines; it is one
-- paragraph when hard-wrapped, else one paragraph per line.  Returns the
-- units, each { s=, e=, line=, single=, time= }.
local function group_paragraphs(p)
  local ls, le, n, kinds = p.ls, p.le, p.n, p.kinds
  local units = {}
  local stamp -- the last live-blog time stamp, for the next paragraph
  local k = 1
  while k <= n do
    if kinds[k] == "clock" then
      add_removed(p.removed, p.text, "timestamp", ls[k], le[k])
      stamp = sub(p.text, ls[k], le[k])
      k = k + 1
    elseif kinds[k] ~= "body" then
      k = k + 1
    else
      local j = k
      while j + 1 <= n and kinds[j + 1] == "body" do j = j + 1 end
      if hard_wrapped(p, k, j) then
        units[#units + 1] = { s = ls[k], e = le[j], line = k, time = stamp }
        stamp = nil
      else
        for q = k, j do
          units[#units + 1] = { s = ls[q], e = le[q], line = q, single = true, time = stamp }
          stamp = nil
        end
      end
      k = j + 1
    end
  end
  return units
end

-- Headings: marked ones always; a short unpunctuated line only when a
-- paragraph follows it.
local function mark_headings(p, units)
  local text = p.text
  for u = 1, #units do
    local unit = units[u]
    if unit.single then
      local cs, ce, level = grammar.marked(text, unit.s, unit.e)
      if cs then
        unit.heading, unit.s, unit.e, unit.level = true, cs, ce, level
      else
        local nextu = units[u + 1]
        local v = view(p, unit.line)
        if nextu and #v <= HEADING_BYTES and grammar.heading(v, HEADING_WORDS)
          and not (nextu.single and grammar.heading(view(p, nextu.line), HEADING_WORDS)
            and not grammar.marked(text, nextu.s, nextu.e)) then
          unit.heading = true
        end
      end
    end
  end
end

-- Dateline: at the start of the first paragraph of the story.
local function find_dateline(p, units)
  local text = p.text
  for u = 1, #units do
    local unit = units[u]
    if not unit.heading then
      local ps, pe, after, as, ae = grammar.dateline(text, unit.s)
      if after and after <= unit.e then
        -- s/e: the place, or the agency when there is no place ("(CNN) —")
        p.art.dateline = { place = ps and sub(text, ps, pe) or nil, s = ps or as, e = pe or ae,
                           agency = as and sub(text, as, ae) or nil,
                           text = sub(text, unit.s, after - 1) }
        unit.s = after
      end
      break
    end
  end
end

-- Each unit's text, and unit.repeated for one whose text was seen before
-- (spaces ignored).
local function mark_repeats(p, units)
  local seen = {}
  for u = 1, #units do
    local unit = units[u]
    -- a single trimmed line is its own key; a joined block is compared
    -- with its line breaks as spaces
    local key
    local line = unit.line
    if unit.single and p.untouched and unit.s == p.ls[line] and unit.e == p.le[line]
      and unit.e - unit.s < 400 and p.views[line] then
      key = p.views[line] -- the same bytes, already copied for the view
    else
      key = sub(p.text, unit.s, unit.e)
    end
    unit.text = key
    if not unit.single then key = gsub(key, "%s+", " ") end
    if #key >= REPEAT_BYTES or unit.heading then
      local hkey = unit.heading and ("#" .. key) or key
      if seen[hkey] then
        unit.repeated = true
      else
        seen[hkey] = true
      end
    end
  end
  -- a repeated heading goes with the repeat after it, or stays
  for u = 1, #units do
    local unit = units[u]
    if unit.heading and unit.repeated then
      local nextu = units[u + 1]
      if not (nextu and nextu.repeated and not nextu.heading) then unit.repeated = false end
    end
  end
end

-- Repeats: each run of repeated units is one removed entry.
local function remove_repeats(p, units)
  local u = 1
  while u <= #units do
    if units[u].repeated then
      local v = u
      while units[v + 1] and units[v + 1].repeated do v = v + 1 end
      add_removed(p.removed, p.text, "repeat", units[u].s, units[v].e)
      u = v + 1
    else
      u = u + 1
    end
  end
end

-- Paragraphs and body from the units left.  Returns joined: joined[i] is
-- true when paragraph i is lines joined (clean repairs those).
local function fill_body(p, units)
  local art = p.art
  local body, joined = {}, {}
  for q = 1, #units do
    local unit = units[q]
    if not unit.repeated and unit.e >= unit.s then
      -- the unit becomes the paragraph: { text=, s=, e=, heading=, level=, time= }
      local para = unit
      para.text = unit.text or sub(p.text, unit.s, unit.e)
      para.heading = unit.heading or false
      art.paragraphs[#art.paragraphs + 1] = para
      joined[#art.paragraphs] = not unit.single
      para.line, para.single, para.repeated = nil, nil, nil
      if para.heading then
        art.headings[#art.headings + 1] = para.text
      else
        body[#body + 1] = para.text
        art.body_s = art.body_s or para.s
        art.body_e = para.e
      end
    end
  end
  art.body = concat(body, "\n\n")
  if #body == 0 and find(p.text, "[%w\128-\255]") then
    joined = own_body(art, p.text, p.ls, p.le, p.n, p.kinds)
  end
  return joined
end

-- Removed entries are found mostly in order: sorted only when they are not.
local function sort_removed(removed)
  for i = 2, #removed do
    if removed[i].s < removed[i - 1].s then
      sort(removed, by_start)
      return
    end
  end
end

-- The article of text and what clean needs besides: the repair mode,
-- whether the text needs repair at all, and which paragraphs were joined.
local function parse(text)
  local p = new_parse(text)
  classify_lines(p)
  local units = group_paragraphs(p)
  mark_headings(p, units)
  find_dateline(p, units)
  mark_repeats(p, units)
  remove_repeats(p, units)
  local joined = fill_body(p, units)
  sort_removed(p.removed)
  return { art = p.art, mode = p.mode, untouched = p.untouched, joined = joined }
end

-- "html" when text is to be read as an HTML page (lua/lede/html.lua
-- says, or opts.format).  A text without a "<" is no page: the HTML module
-- is then not loaded (it was a tenth of a one-article summary's start-up).
local function format_of(text, opts, fname)
  local given = opts and opts.format
  if given == nil and not find(text, "<", 1, true) then return "text" end
  return require("lede.html").format(text, given, fname)
end

--- The structure of one article (see the module comment).
function M.article(text, opts)
  check_text("article", text)
  -- an HTML page: its main text, spans into the page (lua/lede/html.lua)
  if format_of(text, opts, "article") == "html" then
    return (require("lede.html").article(text))
  end
  return parse(text).art
end

--- The date and dateline of a text's head as M.article reads them
-- ({ date =, dateline = }), without the passes after the dateline (repeats,
-- the body's fill): lede.claims reads only these of every document.
function M.head(text)
  check_text("head", text)
  local p = new_parse(text)
  classify_lines(p)
  local units = group_paragraphs(p)
  mark_headings(p, units)
  find_dateline(p, units)
  return { date = p.art.date, dateline = p.art.dateline }
end

-- ---------------------------------------------------------------- clean

-- repair's options for plain(), filled per call (repair only reads them)
local plain_opts = { spaces = true }

local function plain(s, mode, base, report)
  plain_opts.base, plain_opts.report, plain_opts.counts = base, report.repairs, report.counts
  local out = mojibake.repair(s, mode, plain_opts)
  plain_opts.report, plain_opts.counts = nil, nil
  -- each rewrite only when its trigger is there: most paragraphs are one
  -- clean line
  if find(out, "\n", 1, true) or find(out, "\r", 1, true) then
    out = gsub(out, "%s*[\r\n]%s*", " ")
  end
  -- markdown that would read as words: link targets, bold marks.  Neither
  -- the link text nor its target may hold the bracket that opens the next
  -- try, so a failed try stops there: "[a](" repeated is linear, where
  -- "%S-%)" scanned to the end of the paragraph from every "[".
  if find(out, "](", 1, true) then out = gsub(out, "%[([^%[%]\n]+)%]%([^%s()]*%)", "%1") end
  if find(out, "**", 1, true) then out = gsub(out, "%*%*(.-)%*%*", "%1") end
  if find(out, "  ", 1, true) or find(out, "\t", 1, true) then
    out = gsub(out, "[ \t]+", " ")
  end
  local b1, bn = byte(out, 1), byte(out, -1)
  if b1 == 32 or bn == 32 then out = match(out, "^ *(.-) *$") end
  return out
end

-- The header fields clean reports, repaired.
local FIELDS = { "title", "source", "date", "byline", "section" }

-- Whether plain() would give back each one-line paragraph as it is (no
-- repair, no markdown, no runs of spaces; lines are trimmed).
local function quiet_text(text, untouched)
  return untouched and not find(text, "](", 1, true)
    and not find(text, "**", 1, true) and not find(text, "  ", 1, true)
    and not find(text, "\t", 1, true)
end

-- The plain body and report of text from its parse.
local function clean_parsed(text, parsed)
  local art, mode, joined = parsed.art, parsed.mode, parsed.joined
  local report = { repairs = {}, counts = {}, removed = art.removed,
                   headings = art.headings, dateline = art.dateline,
                   mojibake = (mode.lossy and "lossy") or (mode.full and "full") or nil }
  if find(text, "\r", 1, true) then
    local _, crlf = gsub(text, "\r\n?", "")
    report.counts.crlf = crlf
  end
  local quiet = quiet_text(text, parsed.untouched)
  local scratch = { repairs = {}, counts = {} }
  for _, f in ipairs(FIELDS) do
    local v = art[f]
    if v then report[f] = quiet and v or plain(v, mode, 0, scratch) end
  end
  local out, paras = {}, art.paragraphs
  for i = 1, #paras do
    local para = paras[i]
    if not para.heading then
      local t
      if quiet and not joined[i] then
        t = para.text
      else
        t = plain(sub(text, para.s, para.e), mode, para.s - 1, report)
      end
      if t ~= "" then out[#out + 1] = t end
    end
  end
  return concat(out, "\n\n"), report
end

--- The article body as plain text for summarizing, and a report:
-- { title=, source=, date=, byline=, dateline=, headings={...},
--   removed={...} (as article), repairs={ {kind=, from=, to=, s=, e=} },
--   counts={ nbsp=, ["zero-width"]=, crlf= } }.  Repairs point into text.
-- Headings are left out of the body (they are not sentences); the report
-- lists them.
function M.clean(text, opts)
  check_text("clean", text)
  if format_of(text, opts, "clean") == "html" then
    local html = require("lede.html")
    -- the main text of the page, cleaned as text; the report's spans and
    -- the fields the text lacks come from the page
    local doc = html.extract(text)
    local out, report = M.clean(doc.text, { format = "text" })
    html.remap(doc, report)
    for _, f in ipairs({ "title", "byline", "date", "source" }) do
      if report[f] == nil then report[f] = doc[f] end
    end
    report.format, report.charset, report.reason = "html", doc.charset, doc.reason
    return out, report
  end
  return clean_parsed(text, parse(text))
end

-- ---------------------------------------------------------------- split

--- The articles of a file that holds several; see lede/split.lua.
function M.split_articles(text)
  check_text("split_articles", text)
  return require("lede.split").split(text)
end

return M
