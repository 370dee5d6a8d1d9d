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
local split = require("lede.split")

local type, error, ipairs, pairs = type, error, ipairs, pairs
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

local function build(text)
  local mode = mojibake.scan(text)
  -- nothing in the text a repair could change (the usual case): every
  -- line's view is the line itself, and clean has nothing to repair
  local untouched = not mojibake.changes(text, mode)
  local ls, le, n = lines.split(text)
  local art = { spans = {}, paragraphs = {}, headings = {}, removed = {} }
  local removed = art.removed
  local views = {}
  local function view(k)
    local v = views[k]
    if not v then
      if le[k] - ls[k] + 1 > 400 then
        v = sub(text, ls[k], ls[k] + 399)
      elseif untouched then
        v = sub(text, ls[k], le[k])
      else
        v = lines.view(text, ls[k], le[k], mode)
      end
      views[k] = v
    end
    return v
  end
  -- trigger words of in-line chrome ("Getty Images") this text has at all
  local low_text = lower(text)
  local present = grammar.triggers_in(low_text)
  -- where those words are: lines holding one are searched for chrome
  local hits = present[1] and grammar.trigger_hits(low_text, present) or {}
  local hit = 1
  local function classify_chrome(v)
    return grammar.chrome(lower(v), present)
  end
  local function set(field, s, e)
    art[field] = sub(text, s, e)
    art.spans[field] = { s = s, e = e }
  end

  -- Pass 1: chrome and header lines.  kinds[k] says what line k is.
  local kinds = {}
  local header = true -- still above the first paragraph of the story
  local k = 1
  local pending_label = false -- the last line was "Written By"
  local body_lines = 0
  local last_word = false -- the last line with text was one word: a menu
  while k <= n do
    local s, e = ls[k], le[k]
    if e < s then
      kinds[k] = "blank"
      k = k + 1
    else
      local v = view(k)
      local one_word = #v <= 20 and not find(v, "[%s%p]")
      -- most lines of a story can start no chrome, bio, byline, date,
      -- clock or separator: the prefilter spares them the six grammars
      while hits[hit] and hits[hit] < s do hit = hit + 1 end
      local maybe = not untouched or e - s >= 300 or (hits[hit] and hits[hit] <= e)
        or grammar.maybe(text, s)
      local kind, flag
      if maybe then kind, flag = classify_chrome(v) end
      local bio_s, bio_e
      if maybe and not kind then
        bio_s, bio_e = grammar.bio(text, s, e)
        if bio_s and not pending_label then
          -- a bio without a label is one right above "View Full Bio"
          local nb = k + 1
          while nb <= n and le[nb] < ls[nb] do nb = nb + 1 end
          if not (nb <= n and classify_chrome(view(nb)) == "bio") then bio_s = nil end
        end
      end
      pending_label = false
      if bio_s then
        kinds[k] = "chrome"
        add_removed(removed, text, "bio", s, e)
        if not art.byline then set("byline", bio_s, bio_e) end
        k = k + 1
      elseif kind then
        kinds[k] = "chrome"
        if flag == "cut" and body_lines == 0 then
          -- a "Comments" link above the story is a line, not a section
          add_removed(removed, text, kind, s, e)
          k = k + 1
        elseif flag == "cut" then
          -- everything from here on is the comment section
          local last = k
          for j = k + 1, n do
            if le[j] >= ls[j] then last = j end
            kinds[j] = "chrome"
          end
          add_removed(removed, text, kind, s, le[last])
          k = n + 1
        elseif flag == "list" then
          -- the short lines after "Related" are the list of links
          local last, j = k, k + 1
          while j <= n do
            if le[j] < ls[j] then
              j = j + 1
            else
              local item = view(j)
              local bullet = find(item, "^[%-%*%+\226]") ~= nil
              if #item <= 160 and (bullet or not ends_sentence(item))
                and not grammar.marked(text, ls[j], le[j]) then
                last = j
                j = j + 1
              else
                break
              end
            end
          end
          for q = k, last do kinds[q] = "chrome" end
          add_removed(removed, text, kind, s, le[last])
          k = last + 1
        else
          if flag == "label" then pending_label = true end
          add_removed(removed, text, kind, s, e)
          k = k + 1
        end
      elseif maybe and #v <= 80 and grammar.separator(v) then
        kinds[k] = "chrome"
        add_removed(removed, text, "separator", s, e)
        k = k + 1
      else
        local ns, ne, ds, de, section
        if maybe then ns, ne = grammar.byline(text, s, e) end
        if maybe and not ns then ds, de, section = grammar.date(text, s, e) end
        if ns then
          kinds[k] = "byline"
          if not art.byline then set("byline", ns, ne) else add_removed(removed, text, "byline", s, e) end
        elseif ds and body_lines <= 1 and not art.date then
          -- the date line of the header (a standfirst may come first)
          kinds[k] = "date"
          set("date", ds, de)
          if section and not art.section then set("section", e - #section + 1, e) end
        elseif ds or (maybe and grammar.clock(v)) then
          kinds[k] = "clock"
        else
          local nb = k + 1 -- the next line with text
          while nb <= n and le[nb] < ls[nb] do nb = nb + 1 end
          if header and not art.title and grammar.section_label(v)
            and (art.section or last_word
              or (nb <= n and grammar.section_label(view(nb)))) then
            -- a menu: "Home", "News", "Sport" one per line
            kinds[k] = "chrome"
            add_removed(removed, text, "nav", s, e)
          elseif header and not art.title and grammar.section_label(v) then
            kinds[k] = "section"
            set("section", s, e)
          elseif header and art.title and not art.byline and nb <= n
            and grammar.name_line(text, s, e) and grammar.role_line(view(nb)) then
            -- "Leah Corran" over "Environment correspondent"
            kinds[k] = "byline"
            set("byline", grammar.name_line(text, s, e))
            kinds[nb] = "chrome"
            add_removed(removed, text, "byline", ls[nb], le[nb])
            k = nb
          elseif header and not art.source and not art.title and grammar.source_tag(v)
            and not grammar.marked(text, s, e) then
            kinds[k] = "source"
            set("source", s, e)
          elseif header and not art.source and art.title and grammar.source_tag(v) then
            kinds[k] = "source"
            set("source", s, e)
          elseif header and not art.title then
            local cs, ce = grammar.marked(text, s, e)
            if cs then
              kinds[k] = "title"
              set("title", cs, ce)
            elseif grammar.heading(v, HEADLINE_WORDS) and not find(v, "^[%-%*%+]%s") then
              kinds[k] = "title"
              -- "Headline | Site Name": the site is not the headline
              local bar = find(sub(text, s, e), " | ", 1, true)
              if bar and bar > 1 then
                set("title", s, s + bar - 2)
                add_removed(removed, text, "site", s + bar, e)
              else
                set("title", s, e)
              end
            else
              kinds[k] = "body"
              header = false
            end
          else
            kinds[k] = "body"
            header = false
          end
        end
        if kinds[k] == "body" then body_lines = body_lines + 1 end
        k = k + 1
      end
      last_word = one_word
    end
  end

  -- Pass 2: paragraphs.  A block is a run of body lines; it is one
  -- paragraph when hard-wrapped, else one paragraph per line.
  local units = {}
  local stamp -- the last live-blog time stamp, for the next paragraph
  k = 1
  while k <= n do
    if kinds[k] == "clock" then
      add_removed(removed, text, "timestamp", ls[k], le[k])
      stamp = sub(text, ls[k], le[k])
      k = k + 1
    elseif kinds[k] ~= "body" then
      k = k + 1
    else
      local j = k
      while j + 1 <= n and kinds[j + 1] == "body" do j = j + 1 end
      local wrapped = j > k
      local widest = 0
      for q = k, j do
        local w = le[q] - ls[q] + 1
        if w > widest then widest = w end
      end
      if widest > WRAP_MAX then wrapped = false end
      if wrapped then
        local unpunctuated = 0
        for q = k, j - 1 do
          local len = le[q] - ls[q] + 1
          if len < WRAP_MIN or len < 0.6 * widest or grammar.marked(text, ls[q], le[q])
            or find(view(q + 1), "^[%-%*%+]%s") or find(view(q + 1), "^%d+[%.%)]%s") then
            wrapped = false
            break
          end
          if not ends_sentence(view(q)) then unpunctuated = unpunctuated + 1 end
        end
        if wrapped and unpunctuated * 2 < (j - k) then wrapped = false end
      end
      if wrapped then
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

  -- Headings: marked ones always; a short unpunctuated line only when a
  -- paragraph follows it.
  for u = 1, #units do
    local unit = units[u]
    if unit.single then
      local cs, ce, level = grammar.marked(text, unit.s, unit.e)
      if cs then
        unit.heading, unit.s, unit.e, unit.level = true, cs, ce, level
      else
        local nextu = units[u + 1]
        local v = view(unit.line)
        if nextu and #v <= HEADING_BYTES and grammar.heading(v, HEADING_WORDS)
          and not (nextu.single and grammar.heading(view(nextu.line), HEADING_WORDS)
            and not grammar.marked(text, nextu.s, nextu.e)) then
          unit.heading = true
        end
      end
    end
  end

  -- Dateline: at the start of the first paragraph of the story.
  for u = 1, #units do
    local unit = units[u]
    if not unit.heading then
      local ps, pe, after, as, ae = grammar.dateline(text, unit.s)
      if after and after <= unit.e then
        -- s/e: the place, or the agency when there is no place ("(CNN) —")
        art.dateline = { place = ps and sub(text, ps, pe) or nil, s = ps or as, e = pe or ae,
                         agency = as and sub(text, as, ae) or nil,
                         text = sub(text, unit.s, after - 1) }
        unit.s = after
      end
      break
    end
  end

  -- Repeats: a paragraph whose text was seen before (spaces ignored).
  local seen = {}
  for u = 1, #units do
    local unit = units[u]
    -- a single trimmed line is its own key; a joined block is compared
    -- with its line breaks as spaces
    local key
    local line = unit.line
    if unit.single and untouched and unit.s == ls[line] and unit.e == le[line]
      and unit.e - unit.s < 400 and views[line] then
      key = views[line] -- the same bytes, already copied for the view
    else
      key = sub(text, unit.s, unit.e)
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
  local u = 1
  while u <= #units do
    if units[u].repeated then
      local v = u
      while units[v + 1] and units[v + 1].repeated do v = v + 1 end
      add_removed(removed, text, "repeat", units[u].s, units[v].e)
      u = v + 1
    else
      u = u + 1
    end
  end

  -- Paragraphs and body.  joined[i]: paragraph i is lines joined (for clean)
  local body, joined = {}, {}
  for q = 1, #units do
    local unit = units[q]
    if not unit.repeated and unit.e >= unit.s then
      -- the unit becomes the paragraph: { text=, s=, e=, heading=, level=, time= }
      local p = unit
      p.text = unit.text or sub(text, unit.s, unit.e)
      p.heading = unit.heading or false
      art.paragraphs[#art.paragraphs + 1] = p
      joined[#art.paragraphs] = not unit.single
      p.line, p.single, p.repeated = nil, nil, nil
      if p.heading then
        art.headings[#art.headings + 1] = p.text
      else
        body[#body + 1] = p.text
        art.body_s = art.body_s or p.s
        art.body_e = p.e
      end
    end
  end
  art.body = concat(body, "\n\n")
  if #body == 0 and find(text, "[%w\128-\255]") then
    joined = own_body(art, text, ls, le, n, kinds)
  end
  -- found mostly in order: sort only when they are not
  for i = 2, #removed do
    if removed[i].s < removed[i - 1].s then
      sort(removed, by_start)
      break
    end
  end
  return art, mode, untouched, joined
end

-- What clean needs of a parse.  copy: the article table went to a caller
-- (who may change it), so the parts clean reads are copied.
local function core_of(art, mode, untouched, joined, copy)
  local c = { mode = mode, untouched = untouched, joined = joined, pt = {},
              ps = {}, pe = {}, ph = {}, title = art.title,
              source = art.source, date = art.date, byline = art.byline,
              section = art.section, removed = art.removed, headings = art.headings,
              dateline = art.dateline }
  local paras = art.paragraphs
  for i = 1, #paras do
    local p = paras[i]
    c.ps[i], c.pe[i], c.ph[i], c.pt[i] = p.s, p.e, p.heading, p.text
  end
  if copy then
    local removed, headings = {}, {}
    for i = 1, #art.removed do
      local r = art.removed[i]
      removed[i] = { kind = r.kind, text = r.text, s = r.s, e = r.e }
    end
    for i = 1, #art.headings do headings[i] = art.headings[i] end
    c.removed, c.headings = removed, headings
    if art.dateline then
      local d = {}
      for k, v in pairs(art.dateline) do d[k] = v end
      c.dateline = d
    end
  end
  return c
end

-- The last text article() parsed: clean(text) right after article(text),
-- the usual order, does not parse it again.
local last_text, last_core = nil, nil

--- The structure of one article (see the module comment).
function M.article(text)
  check_text("article", text)
  local art, mode, untouched, joined = build(text)
  last_text, last_core = text, core_of(art, mode, untouched, joined, true)
  return art
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
  -- markdown that would read as words: link targets, bold marks
  if find(out, "](", 1, true) then out = gsub(out, "%[([^%]\n]+)%]%(%S-%)", "%1") end
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

--- The article body as plain text for summarizing, and a report:
-- { title=, source=, date=, byline=, dateline=, headings={...},
--   removed={...} (as article), repairs={ {kind=, from=, to=, s=, e=} },
--   counts={ nbsp=, ["zero-width"]=, crlf= } }.  Repairs point into text.
-- Headings are left out of the body (they are not sentences); the report
-- lists them.
function M.clean(text)
  check_text("clean", text)
  local art
  if text == last_text then
    art = last_core
    last_text, last_core = nil, nil
  else
    local a, mode, untouched, joined = build(text)
    art = core_of(a, mode, untouched, joined, false)
  end
  local mode = art.mode
  local report = { repairs = {}, counts = {}, removed = art.removed,
                   headings = art.headings, dateline = art.dateline,
                   mojibake = (mode.lossy and "lossy") or (mode.full and "full") or nil }
  if find(text, "\r", 1, true) then
    local _, crlf = gsub(text, "\r\n?", "")
    report.counts.crlf = crlf
  end
  -- quiet: plain() would give back each one-line paragraph as it is (no
  -- repair, no markdown, no runs of spaces; lines are trimmed)
  local quiet = art.untouched and not find(text, "](", 1, true)
    and not find(text, "**", 1, true) and not find(text, "  ", 1, true)
    and not find(text, "\t", 1, true)
  local scratch = { repairs = {}, counts = {} }
  for _, f in ipairs(FIELDS) do
    local v = art[f]
    if v then report[f] = quiet and v or plain(v, mode, 0, scratch) end
  end
  local out = {}
  local ps, pe, ph, pt, joined = art.ps, art.pe, art.ph, art.pt, art.joined
  for i = 1, #ps do
    if not ph[i] then
      local t
      if quiet and not joined[i] then
        t = pt[i]
      else
        t = plain(sub(text, ps[i], pe[i]), mode, ps[i] - 1, report)
      end
      if t ~= "" then out[#out + 1] = t end
    end
  end
  return concat(out, "\n\n"), report
end

-- ---------------------------------------------------------------- split

--- The articles of a file that holds several; see lede/split.lua.
function M.split_articles(text)
  check_text("split_articles", text)
  return split.split(text)
end

return M
