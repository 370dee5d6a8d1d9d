--- lede.summarize: option checking and the Lua face of the C summarizer.
--
-- lede.summarize(text_or_docs, opts) --> summary_text, picks
--
-- text_or_docs is one article (a string) or an array of documents on one
-- story.  A document is a string, or a table
--   { text = original, s = first, e = last, title = headline? }
-- whose body is text:sub(s, e) (s and e default to the whole text), or
--   { text = original, parts = { {s=, e=}, ... }, title = headline? }
-- whose body is those pieces of text, in order (the paragraphs an article
-- parser kept).  Either way the spans point into the caller's original
-- string.  With opts.article = true each document goes through
-- lede.article first: its headline, byline, dateline, chrome and repeated
-- paragraphs are left out, and its headline is used as the title.
--
-- picks: { {text=, score=, doc=, index=, words=, s=, e=}, ... } in reading
-- order: documents in time order when their dates are known (a document's
-- `date`, or with article = true the article's own date line; documents
-- without one keep their place after the dated ones; with no date at all,
-- the given order, but the document whose pick is nearest its start comes
-- first: a lead opens the summary), then by position in
-- each document; doc is the document's index in
-- text_or_docs, index the sentence's place in that document's body, and
-- docs[doc].text:sub(s, e) == text (for a string input,
-- text_or_docs:sub(s, e)).  summary_text is the picks joined by one space.
--
-- opts (all optional):
--   sentences=N | words=N | bytes=N | ratio=r   at most one budget; words are
--       runs of non-white-space bytes; bytes counts the summary text with its
--       one-byte separators; ratio is a share of the input's words, in (0, 1].
--       Default: 3 sentences for one document, 5 for several.  A sentence is
--       never cut: one that does not fit is left out.  Fragments (fewer than
--       8 words, list items, a lower-case start) come in only when a count
--       of sentences or a ratio asks for more than the other sentences give,
--       or when there is nothing else; a sentence that opens with a word
--       pointing back (He, But, However ...) only when one of the 3 sentences
--       before it is in the summary too; a quote that runs over several
--       sentences as a whole or not at all.  So a words or bytes budget may
--       stay partly unused.  For one document a words or bytes budget is
--       filled with the set of sentences whose words are worth most in all
--       (an exact knapsack within these rules), not greedily.
--   method = "rank" (default) | "lead" (the first sentences, a baseline)
--   title = headline of a single string document
--   focus = "words or a phrase": ranks towards the sentences that share its
--       words (stemmed); a focus on the toll ("casualties", "killed" ...)
--       counts any sentence that reports one; focus_weight (>= 0, default 1)
--   article = true: find each document's body with lede.article (above)
--   format = "html" | "text" | "markdown": how to read the documents
--       (default: HTML pages are detected).  An HTML page is read for its
--       main text (lua/lede/html.lua); its picks' s/e point into the page,
--       and their text is the page's decoded text.
--   lead, centrality, headline, coverage (weights >= 0), redundancy (0, 1]:
--       the rank method's knobs; the defaults are tuned (see csrc/lede_rank.c).
--   language = "en" (default) | "es" | "fr" | "de" | "it": the Snowball
--       stemmer and stop words (lexicon/<code>/stopwords.tsv) the terms are made with.
local core = require("lede.core")
local require = require

local type, pairs, ipairs, tostring = type, pairs, ipairs, tostring
local floor = math.floor
local find = string.find
local concat, sort = table.concat, table.sort
local format = string.format

local M = {}

local FN = "summarize"
local BUDGETS = { "sentences", "words", "bytes", "ratio" }
-- The values of these are checked by the C core
-- (lede_summary_options_problem), which names the bad one.
local KNOWN = { sentences = true, words = true, bytes = true, ratio = true,
                method = true, redundancy = true, lead = true, centrality = true,
                headline = true, coverage = true, focus = true, focus_weight = true,
                title = true, article = true, format = true, language = true }
-- The languages lexicon/languages.tsv gives, for the message that names them.
local LANGUAGE_LIST = {}
for _, code in ipairs(require("lede.languages")) do
  LANGUAGE_LIST[#LANGUAGE_LIST + 1] = format("'%s'", code)
end
LANGUAGE_LIST = "one of " .. concat(LANGUAGE_LIST, ", ")

local function describe(v)
  if type(v) == "number" then
    if v ~= v then return "nan" end
    return tostring(v)
  elseif type(v) == "string" then
    return format("%q", v)
  end
  return type(v)
end

-- level 4 blames the caller of summarize when called from check_options.
local function bad_option(name, expected, v)
  error(format("bad option '%s' to '%s' (%s expected, got %s)",
    name, FN, expected, describe(v)), 4)
end

-- The options' shape here (a table, known keys, one budget, the Lua-only
-- title and article); their values in C.  Returns the title.
local function check_options(opts)
  if opts == nil then return nil end
  if type(opts) ~= "table" then
    error(format("bad argument #2 to '%s' (table expected, got %s)", FN, type(opts)), 3)
  end
  for k in pairs(opts) do
    if not KNOWN[k] then
      error(format("unknown option '%s' to '%s'", tostring(k), FN), 3)
    end
  end
  local chosen
  for _, name in ipairs(BUDGETS) do
    if opts[name] ~= nil then
      if chosen then
        error(format("options '%s' and '%s' to '%s' are exclusive: give one budget",
          chosen, name, FN), 3)
      end
      chosen = name
    end
  end
  local field, expected = core.summary_options_problem(opts)
  if field == "language" then expected = LANGUAGE_LIST end
  if field then bad_option(field, expected, opts[field]) end
  if opts.title ~= nil and type(opts.title) ~= "string" then
    bad_option("title", "string", opts.title)
  end
  if opts.article ~= nil and type(opts.article) ~= "boolean" then
    bad_option("article", "boolean", opts.article)
  end
  return opts.title
end

local function is_int(v)
  return type(v) == "number" and v == v and floor(v) == v
end

local function bad_doc(i, what, ...)
  error(format("bad argument #1 to '%s' (docs[%d]" .. what .. ")", FN, i, ...), 4)
end

-- The body of document i (a table item): s/e or parts, and its title.
local function check_body(d, i, item, article)
  local text = d.text
  local s, e = item.s or 1, item.e or #text
  if not is_int(s) or not is_int(e) or s < 1 or e > #text or e < s - 1 then
    bad_doc(i, ": body range s=%s, e=%s outside its text of %d bytes",
      describe(s), describe(e), #text)
  end
  d.s, d.e = s, e
  local parts = item.parts
  if parts ~= nil then
    if item.s ~= nil or item.e ~= nil or type(parts) ~= "table" then
      bad_doc(i, ".parts must be an array of {s=, e=}, without s/e on the document")
    end
    if article then
      bad_doc(i, ".parts cannot be given with option 'article' (the article "
        .. "parser finds the parts; give the whole text)")
    end
    local last = 0
    for k = 1, #parts do
      local p = parts[k]
      local ps, pe = type(p) == "table" and p.s, type(p) == "table" and p.e
      if not is_int(ps) or not is_int(pe) or ps <= last or pe > #text or pe < ps - 1 then
        bad_doc(i, ".parts[%d] must be {s=, e=} after the previous part and inside "
          .. "the text", k)
      end
      last = pe
    end
    d.parts, d.s, d.e = parts, nil, nil
  end
  if item.title ~= nil and type(item.title) ~= "string" then
    bad_doc(i, ".title must be a string, got %s", type(item.title))
  end
  d.title = item.title
end

-- Turns the first argument into an array of { text=, s=, e= | parts=,
-- title=, date= }.
local function check_docs(input, title, article)
  if title ~= nil and type(input) == "table" then
    error(format("bad option 'title' to '%s' (one text expected with it; give each "
      .. "document its own { text =, title = })", FN), 3)
  end
  -- lede.docs on first use: it was a third of require("lede")
  local docs = require("lede.docs").read(input, FN, 2)
  for i, d in ipairs(docs) do
    if type(d.item) == "table" then
      check_body(d, i, d.item, article)
    else
      d.s, d.e = 1, #d.text
    end
    d.item = nil
  end
  if type(input) == "string" then docs[1].title = title end
  return docs
end

-- Replaces each document's body by the paragraphs lede.article keeps (not
-- its headings); its headline becomes the title unless one was given, and
-- its date line the date unless one was given.
local function use_articles(docs)
  local article = require("lede.article").article
  local parse_date = require("lede.docs").parse_date
  for _, d in ipairs(docs) do
    local a = article(d.text:sub(1, d.e))
    local parts = {}
    for _, p in ipairs(a.paragraphs) do
      if not p.heading and p.s >= d.s then parts[#parts + 1] = { s = p.s, e = p.e } end
    end
    d.parts, d.s, d.e = parts, nil, nil
    if d.title == nil then d.title = a.title end
    if d.date == nil and a.date then d.date = parse_date(a.date) end
  end
end

-- The document whose picks should open an undated summary: the one with
-- the pick nearest its start (a lead introduces the story; a later
-- sentence of the first document may not), the first such in the given
-- order.  nil when that is the first document anyway.
local function opening_doc(picks)
  local best, at
  for _, p in ipairs(picks) do
    if not at or p.index < at or (p.index == at and p.doc < best) then
      best, at = p.doc, p.index
    end
  end
  if best and best ~= picks[1].doc then return best end
end

-- Reading order: documents by date (undated ones after, in their order),
-- then sentences by position.  Without any date, the given order, except
-- that the document of the pick nearest its document's start comes first.
local function reading_order(picks, docs)
  local dated = false
  for _, d in ipairs(docs) do
    if d.date then dated = true break end
  end
  if #docs < 2 or #picks < 2 then return end
  local opener = not dated and opening_doc(picks)
  if not dated and not opener then return end
  local rank = {}
  for i, d in ipairs(docs) do
    rank[i] = { key = d.date and d.date.key or (i == opener and 0 or nil), i = i }
  end
  sort(rank, function(x, y)
    if x.key and y.key then
      if x.key ~= y.key then return x.key < y.key end
      return x.i < y.i
    end
    if x.key or y.key then return x.key ~= nil end
    return x.i < y.i
  end)
  local place = {}
  for r, v in ipairs(rank) do place[v.i] = r end
  sort(picks, function(x, y)
    if x.doc ~= y.doc then return place[x.doc] < place[y.doc] end
    return x.index < y.index
  end)
end

-- Can one of the documents be an HTML page?  Without a format option a
-- page is told by its tags, so a text without a "<" is none: the HTML
-- module (its detection reads 8 KB of each text) is then left alone.
local function may_be_html(docs, given)
  if given ~= nil then return true end
  for _, d in ipairs(docs) do
    if find(d.text, "<", 1, true) then return true end
  end
  return false
end

function M.summarize(text_or_docs, opts)
  local title = check_options(opts)
  local article = opts ~= nil and opts.article
  local docs = check_docs(text_or_docs, title, article)
  local given = opts and opts.format
  local html = may_be_html(docs, given) and require("lede.html")
  local pages = html and html.prepare_summary(docs, given, FN)
  if article then use_articles(docs) end
  local picks = core.summarize(docs, opts)
  if pages then html.remap_docs(pages, picks) end
  reading_order(picks, docs)
  local parts = {}
  for i, p in ipairs(picks) do parts[i] = p.text end
  return concat(parts, " "), picks
end

return M
