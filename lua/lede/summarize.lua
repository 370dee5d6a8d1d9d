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
-- picks: { {text=, score=, doc=, index=, words=, s=, e=}, ... } in document
-- order (by document, then position); doc is the document's index in
-- text_or_docs, index the sentence's place in that document's body, and
-- docs[doc].text:sub(s, e) == text (for a string input,
-- text_or_docs:sub(s, e)).  summary_text is the picks joined by one space.
--
-- opts (all optional):
--   sentences=N | words=N | bytes=N | ratio=r   at most one budget; words are
--       runs of non-white-space bytes; bytes counts the summary text with its
--       one-byte separators; ratio is a share of the input's words, in (0, 1].
--       Default: 3 sentences for one document, 5 for several.  A sentence is
--       never cut: one that does not fit is left out.
--   method = "rank" (default) | "lead" (the first sentences, a baseline)
--   title = headline of a single string document
--   article = true: find each document's body with lede.article (above)
--   format = "html" | "text" | "markdown": how to read the documents
--       (default: HTML pages are detected).  An HTML page is read for its
--       main text (lua/lede/html.lua); its picks' s/e point into the page,
--       and their text is the page's decoded text.
--   lead, centrality, headline, coverage (weights >= 0), redundancy (0, 1]:
--       the rank method's knobs; the defaults are tuned (see csrc/lede_rank.c).
--   language = "en" (default) | "es" | "fr" | "de": the Snowball stemmer and
--       stop words (lexicon/<code>/stopwords.tsv) the terms are made with.
local core = require("lede.core")

local type, pairs, ipairs, tostring = type, pairs, ipairs, tostring
local floor, huge = math.floor, math.huge
local concat = table.concat
local format = string.format

local M = {}

local FN = "summarize"
local BUDGETS = { "sentences", "words", "bytes", "ratio" }
local KNOBS = { lead = true, centrality = true, headline = true, coverage = true }
local KNOWN = { sentences = true, words = true, bytes = true, ratio = true,
                method = true, title = true, redundancy = true, article = true,
                format = true, language = true }
for k in pairs(KNOBS) do KNOWN[k] = true end
local METHODS = { rank = true, lead = true }
local LANGUAGES, LANGUAGE_LIST = {}, {}
for _, code in ipairs(require("lede.languages")) do
  LANGUAGES[code] = true
  LANGUAGE_LIST[#LANGUAGE_LIST + 1] = format("'%s'", code)
end
LANGUAGE_LIST = concat(LANGUAGE_LIST, ", ")

local function describe(v)
  if type(v) == "number" then
    if v ~= v then return "nan" end
    return tostring(v)
  elseif type(v) == "string" then
    return format("%q", v)
  end
  return type(v)
end

-- level: 4 blames the caller of summarize when called from check_options.
local function bad_option(name, expected, v, level)
  error(format("bad option '%s' to '%s' (%s expected, got %s)",
    name, FN, expected, describe(v)), level or 4)
end

-- A count: a whole number >= 1 (math.huge means no limit).
local function check_count(name, v)
  if type(v) ~= "number" or v ~= v or v < 1 or (v ~= huge and floor(v) ~= v) then
    bad_option(name, "positive integer", v, 5)
  end
  return v
end

local function check_options(opts)
  local c = {}
  if opts == nil then return c, nil end
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
    local v = opts[name]
    if v ~= nil then
      if chosen then
        error(format("options '%s' and '%s' to '%s' are exclusive: give one budget",
          chosen, name, FN), 3)
      end
      chosen = name
      if name == "ratio" then
        if type(v) ~= "number" or not (v > 0 and v <= 1) then
          bad_option(name, "number in (0, 1]", v)
        end
      else
        check_count(name, v)
      end
      c.budget, c.amount = name, v
    end
  end
  if opts.method ~= nil then
    if not METHODS[opts.method] then bad_option("method", "'rank' or 'lead'", opts.method) end
    c.method = opts.method
  end
  for k in pairs(KNOBS) do
    local v = opts[k]
    if v ~= nil then
      if type(v) ~= "number" or not (v >= 0 and v <= 1e6) then
        bad_option(k, "number in [0, 1e6]", v)
      end
      c[k] = v
    end
  end
  if opts.redundancy ~= nil then
    local v = opts.redundancy
    if type(v) ~= "number" or not (v > 0 and v <= 1) then
      bad_option("redundancy", "number in (0, 1]", v)
    end
    c.redundancy = v
  end
  if opts.language ~= nil then
    if not LANGUAGES[opts.language] then
      bad_option("language", "one of " .. LANGUAGE_LIST, opts.language)
    end
    c.language = opts.language
  end
  if opts.title ~= nil and type(opts.title) ~= "string" then
    bad_option("title", "string", opts.title)
  end
  if opts.article ~= nil and type(opts.article) ~= "boolean" then
    bad_option("article", "boolean", opts.article)
  end
  return c, opts.title
end

local function is_int(v)
  return type(v) == "number" and v == v and floor(v) == v
end

-- Turns the first argument into an array of { text=, s=, e=, title= }.
local function check_docs(input, title)
  if type(input) == "string" then
    return { { text = input, s = 1, e = #input, title = title } }
  end
  if title ~= nil and type(input) == "table" then
    error(format("bad option 'title' to '%s' (one text expected with it; give each "
      .. "document its own { text =, title = })", FN), 3)
  end
  if type(input) ~= "table" then
    error(format("bad argument #1 to '%s' (string or array of documents expected, got %s)",
      FN, type(input)), 3)
  end
  local docs = {}
  local n = #input
  for k in pairs(input) do
    if not is_int(k) or k < 1 or k > n then
      error(format("bad argument #1 to '%s' (array of documents expected, found key %s)",
        FN, describe(k)), 3)
    end
  end
  for i = 1, n do
    local d = input[i]
    if type(d) == "string" then
      docs[i] = { text = d, s = 1, e = #d }
    elseif type(d) == "table" then
      local text = d.text
      if type(text) ~= "string" then
        error(format("bad argument #1 to '%s' (document %d: text string expected, got %s)",
          FN, i, type(text)), 3)
      end
      local s, e = d.s or 1, d.e or #text
      if not is_int(s) or not is_int(e) or s < 1 or e > #text or e < s - 1 then
        error(format("bad argument #1 to '%s' (document %d: body range s=%s, e=%s "
          .. "outside its text of %d bytes)", FN, i, describe(s), describe(e), #text), 3)
      end
      local parts = d.parts
      if parts ~= nil then
        if d.s ~= nil or d.e ~= nil or type(parts) ~= "table" then
          error(format("bad argument #1 to '%s' (document %d: parts must be an array "
            .. "of {s=, e=}, without s/e on the document)", FN, i), 3)
        end
        local last = 0
        for k = 1, #parts do
          local ps, pe = type(parts[k]) == "table" and parts[k].s, type(parts[k]) == "table" and parts[k].e
          if not is_int(ps) or not is_int(pe) or ps <= last or pe > #text or pe < ps - 1 then
            error(format("bad argument #1 to '%s' (document %d: part %d must be {s=, e=} "
              .. "after the previous part and inside the text)", FN, i, k), 3)
          end
          last = pe
        end
      end
      docs[i] = { text = text, s = s, e = e, parts = parts, title = d.title }
      if parts then docs[i].s, docs[i].e = nil, nil end
      if d.title ~= nil and type(d.title) ~= "string" then
        error(format("bad argument #1 to '%s' (document %d: title string expected, got %s)",
          FN, i, type(d.title)), 3)
      end
    else
      error(format("bad argument #1 to '%s' (document %d: string or table expected, got %s)",
        FN, i, type(d)), 3)
    end
  end
  return docs
end

-- Replaces each document's body by the paragraphs lede.article keeps (not
-- its headings); its headline becomes the title unless one was given.
local function use_articles(docs)
  local article = require("lede.article").article
  for _, d in ipairs(docs) do
    local a = article(d.text:sub(1, d.e))
    local parts = {}
    for _, p in ipairs(a.paragraphs) do
      if not p.heading and p.s >= d.s then parts[#parts + 1] = { s = p.s, e = p.e } end
    end
    d.parts, d.s, d.e = parts, nil, nil
    if d.title == nil then d.title = a.title end
  end
end

function M.summarize(text_or_docs, opts)
  local c, title = check_options(opts)
  local docs = check_docs(text_or_docs, title)
  local pages = require("lede.html").prepare_summary(docs, opts and opts.format, FN)
  if opts and opts.article then use_articles(docs) end
  local picks = core.summarize(docs, c)
  if pages then require("lede.html").remap_docs(pages, picks) end
  local parts = {}
  for i, p in ipairs(picks) do parts[i] = p.text end
  return concat(parts, " "), picks
end

return M
