--- lede: summaries and claims of news articles.
--
-- local lede = require("lede")
-- lede.sentences(text [, language]) --> { {text=, s=, e=}, ... }
-- lede.tokens(text)    --> { {text=, kind=, s=, e=, key=?}, ... }
-- for s, e, kind in lede.each_token(text) do ... end     (bounded memory)
-- for s, e in lede.each_sentence(text) do ... end        (bounded memory)
--
-- Spans are 1-based inclusive byte offsets into the caller's text:
-- text:sub(s, e) is exactly the span.
--
-- The ---@ lines are LuaCATS annotations (lua-language-server): the result
-- records as classes, and each function's parameters and results.  Most
-- functions are assigned from the modules that define them, so their
-- signatures are written as `---@type fun(...)`.
local core = require("lede.core")

local expected_abi = ({ ["Lua 5.1"] = 501, ["Lua 5.2"] = 502,
                        ["Lua 5.3"] = 503, ["Lua 5.4"] = 504 })[_VERSION]
if core._ABI ~= expected_abi then
  error(("lede: the native module lede.core was built for Lua ABI %s but is loaded "
    .. "into %s; build it for this Lua (make LUA=...) or fix package.cpath")
    :format(tostring(core._ABI), _VERSION), 2)
end

---@class lede.Span
---@field s integer first byte of the item in the caller's text (1-based)
---@field e integer last byte of the item (inclusive): text:sub(s, e)

---@class lede.Sentence: lede.Span
---@field text string the sentence, trimmed

---@alias lede.TokenKind "word"|"number"|"punct"|"symbol"|"url"|"email"|"emoji"|"other"

---@class lede.Token: lede.Span
---@field text string
---@field kind lede.TokenKind
---@field key? string a word's NFC, case-folded form

---@class lede.Number: lede.Span
---@field text string the mention as written
---@field value number
---@field kind string count, year, date, time, phone, percent, money, ordinal ...
---@field approx boolean
---@field qualifier? string
---@field unit? string
---@field min? number
---@field max? number

---@alias lede.CasualtyKind "killed"|"injured"|"missing"|"displaced"|"evacuated"|"abducted"|"casualties"

---@class lede.Casualty: lede.Span
---@field kind lede.CasualtyKind
---@field count number
---@field min? number whole-number bounds the wording implies
---@field max? number
---@field qualifier string exact, at least, more than, about, nearly, up to, fewer than, range, vague, unspecified
---@field who? string
---@field place? string
---@field subset boolean
---@field revised? boolean a toll worded as changed ("rose to eight")
---@field shot? boolean shot, with no word on the outcome
---@field sentence string the sentence holding the claim
---@field sentence_s integer
---@field sentence_e integer

---@alias lede.CasualtyTotals table<lede.CasualtyKind, number>

---@class lede.Quote: lede.Span
---@field kind string
---@field text string
---@field speaker? string
---@field title? string
---@field speaker_s? integer
---@field speaker_e? integer
---@field resolved boolean

---@class lede.Removed: lede.Span
---@field kind string what was cut: share, subscribe, bio, comments, repeated ...
---@field text string

---@class lede.Article
---@field title? string
---@field source? string
---@field date? string
---@field dateline? { place: string, s: integer, e: integer, agency?: string }
---@field byline? string
---@field body string
---@field body_s? integer
---@field paragraphs table[]
---@field removed lede.Removed[]

---@alias lede.ChangeKind "mojibake"|"lossy"|"c1"|"cp1252"|"cesu8"|"entity"|"space"|"invisible"

---@class lede.Change: lede.Span
---@field from string the bytes text:sub(s, e) as they were
---@field to string what they became
---@field kind lede.ChangeKind

---@class lede.FixOptions
---@field entities? boolean decode HTML character references
---@field spaces? boolean no-break and odd spaces to " ", zero-width ones out
---@field keep_bytes? boolean leave bytes that are not UTF-8 as they are

---@class lede.Doc
---@field text string
---@field date? string
---@field name? string

---@class lede.Claims
---@field claims table[] casualty and quote claims, each with its sources
---@field conflicts table[] different values for the same thing

---@class lede.ClaimsTableOptions
---@field width? number columns (default 100)
---@field names? string[] a name per document

---@class lede.SummaryOptions
---@field sentences? integer at most one budget: sentences, words, bytes or ratio
---@field words? integer
---@field bytes? integer
---@field ratio? number a share of the input's words, in (0, 1]
---@field method? "rank"|"lead"
---@field title? string headline of a single string document
---@field article? boolean find each document's body with lede.article first
---@field lead? number the rank method's weights (>= 0)
---@field centrality? number
---@field headline? number
---@field coverage? number
---@field redundancy? number in (0, 1]
---@field focus? string words or a phrase to rank towards
---@field focus_weight? number weight of the focus (>= 0, default 1)
---@field language? "en"|"es"|"fr"|"de"|"it" the stemmer and stop words of the terms
---@field format? "html"|"text"|"markdown" how to read the documents

---@class lede.Pick: lede.Span
---@field text string
---@field score number
---@field doc integer the document's index in text_or_docs
---@field index integer the sentence's place in that document's body
---@field words integer

---@class lede
---@field article fun(text: string, opts?: {format?: string}): lede.Article
--- clean: the body as plain text, and a report of what was cut and repaired;
--- claims: docs are one article, or articles (strings or lede.Doc) on one story.
---@field clean fun(text: string, opts?: {format?: string}): string, table
---@field split_articles fun(text: string): string[]
---@field quotes fun(text: string): lede.Quote[]
---@field claims fun(docs: string|(string|lede.Doc)[]): lede.Claims
---@field claims_table fun(result: lede.Claims, opts?: lede.ClaimsTableOptions): string
---@field html fun(page: string): table main text and metadata of an HTML page, spans into the page
local M = {}

---@type string
M.version = core._VERSION
M._core = core

-- The C functions check their own arguments, so they are exported as they
-- are: argument errors then name the function the caller called.
---@type fun(text: string): lede.Token[]
M.tokens = core.tokens
--- language ("de", "fr" ...: lexicon/languages.tsv) reads that language's
--- abbreviations in place of the English ones.
---@type fun(text: string, language?: string): lede.Sentence[]
M.sentences = core.sentences
--- The NFC-normalized, case-folded key of text.
---@type fun(text: string): string
M.fold = core.fold
-- The same spans one at a time, holding a batch, never the whole list: for
-- texts too big for a table per item (see doc/hostile-input.md).  Their
-- optional second argument, the batch size, is for the specs only.
---@type fun(text: string, batch?: integer): fun(): integer?, integer?, lede.TokenKind?
M.each_token = core.each_token
---@type fun(text: string, batch?: integer): fun(): integer?, integer?
M.each_sentence = core.each_sentence

-- fn(text) for a text; for an HTML page (or what opts.format says), fn on
-- the page's main text with its spans moved into the page
-- (lua/lede/html.lua).  The tokenizer and the splitter above read the
-- bytes they are given: they are the parts the readers are built of.
local function reads_pages(fn, name)
  return function(text, opts)
    -- (raised here, at level 2, so that the message names the caller's line)
    if type(text) ~= "string" then
      error(("bad argument #1 to '%s' (string expected, got %s)"):format(name, type(text)), 2)
    end
    if opts ~= nil and type(opts) ~= "table" then
      error(("bad argument #2 to '%s' (table of options expected, got %s)")
        :format(name, type(opts)), 2)
    end
    local format = opts and opts.format
    -- every page holds a "<" in its head (its first 8 KiB, all
    -- html.is_html reads): a text without one is read as it is, and
    -- lede.html is not loaded for it
    if format == nil and not string.find(string.sub(text, 1, 8192), "<", 1, true) then
      return fn(text)
    end
    local html = require("lede.html")
    -- (html.format called from here, not through html.prepare, raises a
    -- bad format at the caller's line)
    if html.format(text, format, name) ~= "html" then return fn(text) end
    local doc = html.extract(text)
    return html.remap(doc, fn(doc.text))
  end
end

-- Numbers and casualty claims, checked and built in C:
-- lede.numbers(text [, opts])    --> { {text=, value=, s=, e=, kind=, approx=,
--                              qualifier=?, unit=?, min=?, max=?}, ... }
-- lede.casualties(text [, opts]) --> { {kind=, count=, min=?, max=?, qualifier=,
--                              who=?, place=?, subset=, revised=?, shot=?,
--                              s=, e=, sentence=, sentence_s=, sentence_e=}, ... }
-- opts.format = "html" | "text" | "markdown" says how to read text.
---@type fun(text: string, opts?: {format?: string}): lede.Number[]
M.numbers = reads_pages(core.numbers, "numbers")
---@type fun(text: string, opts?: {format?: string}): lede.Casualty[]
M.casualties = reads_pages(core.casualties, "casualties")

-- One article's totals from its claims
-- (lua/lede/casualty_totals.lua, loaded on first use):
-- lede.casualty_totals(text [, opts]) --> { killed = n, injured = n, ... }
---@type fun(text: string, opts?: {format?: string}): lede.CasualtyTotals
M.casualty_totals = reads_pages(function(text)
  return require("lede.casualty_totals").totals(text)
end, "casualty_totals")

-- LPeg on Lua 5.1 sets a global `lpeg` when it loads; lede leaves the
-- caller's globals as they were (see the end of this file).
local had_lpeg = rawget(_G, "lpeg") ~= nil

-- Encoding repair, no article logic (csrc/lede_repair.c, lua/lede/fix.lua):
-- lede.fix_text(text [, opts]) --> fixed, { {s=, e=, from=, to=, kind=}, ... }
---@type fun(text: string, opts?: lede.FixOptions): string, lede.Change[]
-- (loaded on first use, see LAZY below)

-- Loaded on first use, so that require("lede") stays cheap (building the
-- article grammars was 7 of its 9 ms, and a summary or a sentence split does
-- not need them): article structure (LPeg, lua/lede/article.lua:
-- lede.article, lede.clean, lede.split_articles); quotes, claims across
-- articles and their table (lua/lede/quotes.lua, claims.lua,
-- claims_table.lua); HTML pages (csrc/lede_html*.c with libgumbo,
-- lua/lede/html.lua: lede.html(page) --> { text=, paragraphs=, title=,
-- byline=, date=, source=, charset=, reason=?, ... }, spans into the page;
-- article, clean, summarize, claims and quotes read pages too).
local LAZY = {
  article = { "lede.article", "article" },
  clean = { "lede.article", "clean" },
  split_articles = { "lede.article", "split_articles" },
  quotes = { "lede.quotes", "find" },
  claims = { "lede.claims", "claims" },
  claims_table = { "lede.claims_table", "render" },
  html = { "lede.html", "extract" },
  -- this and lede.casualty_totals's module (above) were a third of
  -- require("lede") (2.2M of 7.5M instructions)
  fix_text = { "lede.fix", "fix_text" },
  -- compiling lua/lede/summarize.lua was two fifths of require("lede")
  -- (1.4M of 3.5M instructions); a host that only splits sentences or
  -- reads claims never needs it
  summarize = { "lede.summarize", "summarize" },
}
setmetatable(M, { __index = function(t, k)
  local where = LAZY[k]
  if not where then return nil end
  local fn = require(where[1])[where[2]]
  rawset(t, k, fn)
  return fn
end })
-- Summaries (lua/lede/summarize.lua checks the options):
-- lede.summarize(text_or_docs, opts) --> summary_text, picks
---@type fun(text_or_docs: string|(string|table)[], opts?: lede.SummaryOptions): string, lede.Pick[]
-- (loaded on first use, see LAZY above)
if not had_lpeg then rawset(_G, "lpeg", nil) end

return M
