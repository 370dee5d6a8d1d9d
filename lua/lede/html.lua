--- HTML pages: the main text of a page, its metadata, and the way back from
-- offsets in that text to offsets in the page.
--
--   html.is_html(text)        --> true when text reads as an HTML page
--   html.format(text, format) --> "html" | "text" | "markdown" (format, when
--                                 given, is checked and wins)
--   html.extract(page)        --> doc:
--     { text = main text (paragraphs joined by blank lines, entities decoded),
--       paragraphs = { { text=, s=, e=, ts=, te=, kind=, heading=, level=? } },
--       title=, byline=, date=, source=, description=, lang=,
--       spans = { title = {s=, e=}, ... },  -- where the page says them
--       charset=, declared=?, reason=? (why text is empty), peak= }
--     s/e are 1-based inclusive offsets into page; ts/te into doc.text.
--   html.to_page(doc, s, e)   --> ps, pe: a span of doc.text as a span of
--                                 the page (whole units: an entity maps to
--                                 all of "&amp;")
--   html.remap(doc, result)   --> result, its s/e and NAME_s/NAME_e moved
--                                 from doc.text to the page
--   html.article(page)        --> lede.article's table for the page, every
--                                 span into the page
--   html.prepare(text, format)--> text to analyse, doc or nil: for the
--                                 entry points that take a text (summarize,
--                                 claims, quotes); remap spans with to_page
--
-- The parsing and the choice of the main text are in C (csrc/lede_html*.c,
-- libgumbo); this file reads the metadata (JSON-LD, OpenGraph, <meta>) and
-- maps spans.
local core = require("lede.core")

local type, ipairs, pairs, error, pcall, require =
  type, ipairs, pairs, error, pcall, require
local sub, find, lower, match, gsub, gmatch = string.sub, string.find, string.lower,
  string.match, string.gsub, string.gmatch
local concat = table.concat
local floor = math.floor

local M = {}

local FORMATS = { html = true, text = true, markdown = true }

-- An HTML page starts (after a BOM, white space and comments) with a
-- doctype or one of the tags a page opens with; a fragment has several
-- closing tags of blocks in its first 8 KiB.
local OPENERS = { "<!doctype html", "<html", "<head", "<body", "<meta", "<title",
                  "<!--", "<article", "<div", "<p>", "<p ", "<section", "<main", "<link" }

function M.is_html(text)
  if type(text) ~= "string" then return false end
  -- every opener and closing tag holds a "<": a plain text holds none in
  -- its head, and is not lower-cased to be told so
  local lt = find(text, "<", 1, true)
  if not lt or lt > 8192 then return false end
  local head = lower(sub(text, 1, 8192))
  -- (a BOM, then white space: "^\239\187\191?" would make only its last
  -- byte optional)
  local at = match(head, "^%s*()", sub(head, 1, 3) == "\239\187\191" and 4 or 1)
  for _, o in ipairs(OPENERS) do
    if sub(head, at, at + #o - 1) == o then return true end
  end
  -- (most texts hold no "</" at all: no pattern walk over them)
  if not find(head, "</", 1, true) then return false end
  local closes = 0
  for _ in head:gmatch("</%a[%w]*%s*>") do
    closes = closes + 1
    if closes >= 3 then break end
  end
  return closes >= 3 and (find(head, "</p>", 1, true) or find(head, "</div>", 1, true)) ~= nil
end

function M.format(text, format, fname)
  if format == nil then
    return M.is_html(text) and "html" or "text"
  end
  if not FORMATS[format] then
    error(("bad option 'format' to '%s' (\"html\", \"text\" or \"markdown\" expected, got %s)")
      :format(fname or "lede", type(format) == "string" and ('"' .. format .. '"') or type(format)), 3)
  end
  return format
end

-- ------------------------------------------------------------ JSON-LD

local decode
do
  local ok, cjson = pcall(require, "cjson.safe")
  if ok and type(cjson) == "table" then
    decode = cjson.decode
  elseif type(vim) == "table" and vim.json then -- luacheck: ignore
    decode = function(s) local ok2, v = pcall(vim.json.decode, s) return ok2 and v or nil end -- luacheck: ignore
  else
    local json = require("lede.json")
    decode = function(s) local ok2, v = pcall(json.decode, s) return ok2 and v or nil end
  end
end

-- The JSON of a JSON-LD script, without the CDATA section or comment some
-- pages wrap it in ("<![CDATA[ {...} ]]>", "//<![CDATA[", "<!-- -->").
local function ld_json(s)
  local inner = match(s, "^%s*/?/?%s*<!%[CDATA%[(.*)%]%]>%s*$")
    or match(s, "^%s*<!%-%-(.*)%-%->%s*$")
  if not inner then return s end
  return (gsub(gsub(inner, "%s*//%s*$", ""), "%s*/%*%s*$", ""))
end

local function str(v)
  if type(v) == "string" and v ~= "" then return v end
  return nil
end

local ARTICLE_TYPES = { NewsArticle = true, Article = true, ReportageNewsArticle = true,
  BlogPosting = true, AnalysisNewsArticle = true, WebPage = false, Report = true,
  ScholarlyArticle = true, TechArticle = true, OpinionNewsArticle = true, SocialMediaPosting = true }

local function person_names(a)
  if type(a) == "string" then return str(a) end
  if type(a) ~= "table" then return nil end
  if a.name then return str(a.name) end
  local names = {}
  for _, p in ipairs(a) do
    local n = person_names(p)
    if n then names[#names + 1] = n end
  end
  return names[1] and concat(names, ", ") or nil
end

-- Finds the article object among JSON-LD values (a list, a @graph, or one
-- object); fills facts from it.
local function read_ld(v, facts, depth)
  if type(v) ~= "table" or depth > 4 then return end
  if v["@graph"] then read_ld(v["@graph"], facts, depth + 1) end
  if v[1] ~= nil then
    for _, x in ipairs(v) do read_ld(x, facts, depth + 1) end
    return
  end
  local t = v["@type"]
  if type(t) == "table" then t = t[1] end
  if not ARTICLE_TYPES[t] then return end
  facts.title = facts.title or str(v.headline) or str(v.name)
  facts.date = facts.date or str(v.datePublished) or str(v.dateCreated)
  facts.byline = facts.byline or person_names(v.author) or person_names(v.creator)
  local pub = v.publisher
  if type(pub) == "table" then facts.source = facts.source or str(pub.name) end
  facts.description = facts.description or str(v.description)
  facts.body = facts.body or str(v.articleBody)
end

-- ------------------------------------------------------------ metadata

-- The first of these meta keys that is set gives the field.
local META_KEYS = {
  title = { "meta:og:title", "meta:twitter:title", "meta:dc.title", "meta:title",
            "meta:headline" },
  byline = { "meta:author", "meta:article:author", "meta:dc.creator", "meta:byl",
             "meta:parsely-author", "meta:sailthru.author", "meta:twitter:creator" },
  date = { "meta:article:published_time", "meta:og:published_time",
           "meta:datepublished", "meta:date", "meta:pubdate", "meta:publishdate",
           "meta:dc.date", "meta:dc.date.issued", "meta:parsely-pub-date",
           "meta:sailthru.date", "meta:article.published", "time" },
  source = { "meta:og:site_name", "meta:application-name", "meta:publisher" },
  description = { "meta:og:description", "meta:description", "meta:twitter:description" },
}

local function squash(s)
  return (gsub(gsub(s, "%s+", " "), "^ ", ""):gsub(" $", ""))
end

-- "Story headline | Site" -> "Story headline" when the first part is long
-- enough to be a headline.
local function clean_title(t)
  local first = match(t, "^(.-)%s+[|%-\226][\128-\191]*[\128-\191]*%s+")
  if first and #gsub(first, "%S+", "") >= 3 then return first end
  return t
end

local function meta_facts(d)
  local by = {}
  local facts, spans = {}, {}
  local ld = {}
  for _, m in ipairs(d.meta) do
    if m.key == "ld+json" then
      local v = decode(ld_json(m.value))
      if v then read_ld(v, ld, 0) end
      if ld.body and not ld.body_meta then ld.body_meta = m end
    elseif by[m.key] == nil and str(m.value) then
      by[m.key] = m
    end
  end
  for field, keys in pairs(META_KEYS) do
    for _, k in ipairs(keys) do
      local m = by[k]
      if m and not (field == "byline" and find(m.value, "^https?://")) then
        facts[field] = squash(m.value)
        if m.s then spans[field] = { s = m.s, e = m.e } end
        break
      end
    end
  end
  for _, f in ipairs({ "title", "byline", "date", "source", "description" }) do
    if ld[f] and (f ~= "title" or not facts.title) then
      facts[f] = squash(ld[f])
      spans[f] = nil
    end
  end
  if not facts.title and by.title then
    facts.title = clean_title(squash(by.title.value))
  end
  if not facts.title and by.h1 then
    facts.title, spans.title = squash(by.h1.value), by.h1.s and { s = by.h1.s, e = by.h1.e }
  end
  if not facts.byline and by.byline then
    facts.byline = squash(gsub(by.byline.value, "^[Bb][Yy]%s+", ""))
    spans.byline = by.byline.s and { s = by.byline.s, e = by.byline.e }
  end
  facts.lang = by.lang and by.lang.value
  return facts, spans, ld.body and { text = ld.body, meta = ld.body_meta }
end

-- ------------------------------------------------------------ offsets

-- The segment whose text holds offset t (1-based), by bisection in the
-- flat list { t, tlen, p, plen, exact, ... }; in a gap between segments,
-- the one after it (after = true) or before it.
local STRIDE = 5

local function seg_at(segs, t, after)
  local n = floor(#segs / STRIDE)
  local lo, hi = 1, n
  while lo <= hi do
    local mid = floor((lo + hi) / 2)
    local base = (mid - 1) * STRIDE
    local st = segs[base + 1]
    if t < st then
      hi = mid - 1
    elseif t >= st + segs[base + 2] then
      lo = mid + 1
    else
      return mid
    end
  end
  if after then return lo <= n and lo or nil end
  return hi >= 1 and hi or nil
end

-- A page offset for offset t of the raw extracted text; `last` says t is
-- the end of a span.
local function page_of(segs, t, last)
  local k = seg_at(segs, t, not last)
  if not k then return nil end
  local b = (k - 1) * STRIDE
  local st, tl, p, pl = segs[b + 1], segs[b + 2], segs[b + 3], segs[b + 4]
  if t < st then return p end
  if t >= st + tl then return p + pl - 1 end
  if segs[b + 5] == 1 then return p + (t - st) end
  return last and p + pl - 1 or p
end

-- doc.text offset -> the raw C text offset (paragraphs may have been
-- dropped since, so offsets moved).
local function raw_of(doc, t)
  local ps = doc.paragraphs
  local lo, hi = 1, #ps
  while lo <= hi do
    local mid = floor((lo + hi) / 2)
    local p = ps[mid]
    if t < p.ts then hi = mid - 1
    elseif t > p.te + 2 then lo = mid + 1
    else return p.raw + (t - p.ts) end
  end
  return t
end

function M.to_page(doc, s, e)
  local segs = doc.segs
  local ps = page_of(segs, raw_of(doc, s), false)
  local pe = page_of(segs, raw_of(doc, e), true)
  if not ps or not pe then return s, e end
  if pe < ps then pe = ps end
  return ps, pe
end

-- ------------------------------------------------------------ extract

local function same_words(a, b)
  local function key(s) return (gsub(lower(s), "[%s%p]+", "")) end
  return key(a) == key(b)
end

-- ------------------------------------------------------------ articleBody

-- The page's text is thin next to the article body its JSON-LD gives when
-- it has under a third of its words (a page that builds its text with
-- scripts, or hides it behind a wall).
local function thin(text, body)
  local function words(x) local _, n = gsub(x, "%S+", "") return n end
  return words(text) * 3 < words(body)
end

-- The paragraphs of a JSON-LD articleBody, laid out as doc.text is, with
-- segments into the page: a paragraph found as it is in the script's bytes
-- maps byte for byte; one the JSON escapes changed maps to the script.
local function body_doc(page, body, meta)
  local paragraphs, texts, segs = {}, {}, {}
  local at, from = 1, meta.s
  for para in gmatch(gsub(body, "\r", ""), "[^\n]+") do
    local t = squash(para)
    if t ~= "" then
      local p = { text = t, ts = at, te = at + #t - 1, raw = at, kind = "paragraph", heading = false }
      local ps = from and find(page, t, from, true)
      if ps and ps + #t - 1 <= meta.e then
        segs[#segs + 1], segs[#segs + 2], segs[#segs + 3] = at, #t, ps
        segs[#segs + 1], segs[#segs + 2] = #t, 1
        from = ps + #t
      elseif meta.s then
        segs[#segs + 1], segs[#segs + 2], segs[#segs + 3] = at, #t, meta.s
        segs[#segs + 1], segs[#segs + 2] = meta.e - meta.s + 1, 0
      end
      paragraphs[#paragraphs + 1] = p
      texts[#texts + 1] = t
      at = at + #t + 2
    end
  end
  return paragraphs, texts, segs
end

function M.extract(page)
  if type(page) ~= "string" then
    error(("bad argument #1 to 'html' (string expected, got %s)"):format(type(page)), 2)
  end
  local d = core.html(page)
  local facts, spans, body = meta_facts(d)
  local raw = d.text
  local paragraphs, texts = {}, {}
  local at = 1
  for i, b in ipairs(d.blocks) do
    local t = sub(raw, b.s, b.e)
    -- the headline repeated at the top of the text belongs to the metadata
    local dup = i <= 3 and b.kind == "heading" and facts.title and same_words(t, facts.title)
    if not dup then
      local p = { text = t, ts = at, te = at + #t - 1, raw = b.s, kind = b.kind,
                  heading = b.kind == "heading", level = b.level }
      paragraphs[#paragraphs + 1] = p
      texts[#texts + 1] = t
      at = at + #t + 2
    end
  end
  local segs, from = d.segs, "page"
  if body and thin(raw, body.text) then
    paragraphs, texts, segs = body_doc(page, body.text, body.meta)
    from = "json-ld"
  end
  local doc = { text = concat(texts, "\n\n"), paragraphs = paragraphs, segs = segs,
                spans = spans, charset = d.charset, declared = d.declared,
                reason = from == "page" and d.reason or nil, peak = d.peak, body_from = from }
  for k, v in pairs(facts) do doc[k] = v end
  for _, p in ipairs(paragraphs) do p.s, p.e = M.to_page(doc, p.ts, p.te) end
  if doc.text == "" and not doc.reason then doc.reason = "no main text found" end
  return doc
end

-- ------------------------------------------------------------ article

local FIELDS = { "title", "byline", "date", "source" }

-- Moves every span of t from doc.text to the page: the pairs s/e and
-- NAME_s/NAME_e of each table inside t (once each).  docs: when given, a
-- table with a number `doc` takes the page of docs[doc] (nil: left as it
-- is) instead of doc.
local function remap(doc, t, seen, docs)
  if type(t) ~= "table" or seen[t] then return end
  seen[t] = true
  local own = doc
  if docs and type(t.doc) == "number" then own = docs[t.doc] end
  if own then
    local pairs_found = {}
    for k, v in pairs(t) do
      if type(v) == "number" and type(k) == "string" then
        local stem = k == "s" and "" or match(k, "^(.*_)s$")
        if stem and type(t[stem .. "e"]) == "number" then pairs_found[#pairs_found + 1] = stem end
      end
    end
    for _, stem in ipairs(pairs_found) do
      local sk, ek = stem .. "s", stem .. "e"
      if t[ek] >= t[sk] then t[sk], t[ek] = M.to_page(own, t[sk], t[ek]) end
    end
  end
  for k, v in pairs(t) do
    if type(v) == "table" and k ~= "segs" then remap(own or doc, v, seen, docs) end
  end
end

--- Moves the spans of a result computed on doc.text to the page.
function M.remap(doc, result) remap(doc, result, {}) return result end

--- The same for a result over several documents, some of them pages:
-- pages[d] is the doc of page d (nil for a text).
function M.remap_docs(pages, result) remap(nil, result, {}, pages) return result end

--- For entry points taking docs (lede.claims): the docs to analyse, the
-- same shape as `docs` with each HTML page's text replaced by its main
-- text, and pages[d] for those pages (nil when none is).  Docs that
-- lede.docs does not accept are given back as they are, for the caller's
-- own check to reject with its own message.
function M.prepare_all(docs, format, fname)
  local dates = require("lede.docs")
  local ok, items = pcall(dates.read, docs, fname)
  if not ok then return docs, nil end
  local texts, pages = {}, nil
  for i, d in ipairs(items) do
    local item = d.item
    if M.format(d.text, format, fname) == "html" then
      pages = pages or {}
      local page = M.extract(d.text)
      pages[i] = page
      -- the page's own date (datePublished, article:published_time) orders
      -- it in time unless the caller gave one; a date lede cannot read is
      -- left out rather than refused
      local date = d.date == nil and page.date and dates.parse_date(page.date) and page.date
      if type(item) == "table" or date then
        local copy = {}
        if type(item) == "table" then
          for k, v in pairs(item) do copy[k] = v end
        end
        copy.text, copy.date = page.text, copy.date or date or nil
        item = copy
      else
        item = page.text
      end
    end
    texts[i] = item
  end
  -- (one page given as a string stays one document: a dated page becomes
  -- a {text=, date=} table, which only an array may hold)
  if type(docs) == "string" and type(texts[1]) == "string" then texts = texts[1] end
  return texts, pages
end

--- For lede.summarize's documents ({ text=, s=, e=, parts=?, title=? }):
-- each whole page becomes its main text (title from the page when none is
-- given).  Returns pages[d] as prepare_all does.
function M.prepare_summary(docs, format, fname)
  local pages
  for i, d in ipairs(docs) do
    if not d.parts and d.s == 1 and d.e == #d.text
      and M.format(d.text, format, fname) == "html" then
      local doc = M.extract(d.text)
      pages = pages or {}
      pages[i] = doc
      d.text, d.s, d.e = doc.text, 1, #doc.text
      if d.title == nil then d.title = doc.title end
    end
  end
  return pages
end

function M.article(page)
  local doc = M.extract(page)
  local art = require("lede.article").article(doc.text, { format = "text" })
  remap(doc, art, {})
  art.spans = art.spans or {}
  for _, f in ipairs(FIELDS) do
    if art[f] == nil and doc[f] then
      art[f] = doc[f]
      art.spans[f] = doc.spans[f]
    end
  end
  -- a title the article grammar took from the first paragraph is kept only
  -- when the page names none
  if doc.title and art.title ~= doc.title then
    art.title, art.spans.title = doc.title, doc.spans.title
  end
  art.description, art.lang = doc.description, doc.lang
  art.format, art.charset = "html", doc.charset
  if doc.reason then art.reason = doc.reason end
  return art, doc
end

function M.prepare(text, format, fname)
  if M.format(text, format, fname) ~= "html" then return text, nil end
  local doc = M.extract(text)
  return doc.text, doc
end

return M
