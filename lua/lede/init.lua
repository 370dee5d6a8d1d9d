--- lede: summaries and claims of news articles.
--
-- local lede = require("lede")
-- lede.sentences(text) --> { {text=, s=, e=}, ... }
-- lede.tokens(text)    --> { {text=, kind=, s=, e=, key=?}, ... }
-- for s, e, kind in lede.each_token(text) do ... end     (bounded memory)
-- for s, e in lede.each_sentence(text) do ... end        (bounded memory)
--
-- Spans are 1-based inclusive byte offsets into the caller's text:
-- text:sub(s, e) is exactly the span.
local core = require("lede.core")

local expected_abi = ({ ["Lua 5.1"] = 501, ["Lua 5.2"] = 502,
                        ["Lua 5.3"] = 503, ["Lua 5.4"] = 504 })[_VERSION]
if core._ABI ~= expected_abi then
  error(("lede: the native module lede.core was built for Lua ABI %s but is loaded "
    .. "into %s; build it for this Lua (make LUA=...) or fix package.cpath")
    :format(tostring(core._ABI), _VERSION), 2)
end

local M = {}

M.version = core._VERSION
M._core = core

-- The C functions check their own arguments, so they are exported as they
-- are: argument errors then name the function the caller called.
M.tokens = core.tokens
M.sentences = core.sentences
M.fold = core.fold
-- The same spans one at a time, holding a batch, never the whole list: for
-- texts too big for a table per item (see doc/hostile-input.md).  Their
-- optional second argument, the batch size, is for the specs only.
M.each_token = core.each_token
M.each_sentence = core.each_sentence

-- Numbers and casualty claims, checked and built in C:
-- lede.numbers(text)    --> { {text=, value=, s=, e=, kind=, approx=,
--                              qualifier=?, unit=?, min=?, max=?}, ... }
-- lede.casualties(text) --> { {kind=, count=, min=?, max=?, qualifier=,
--                              who=?, place=?, subset=, revised=?, shot=?,
--                              s=, e=, sentence=, sentence_s=, sentence_e=}, ... }
M.numbers = core.numbers
M.casualties = core.casualties

-- One article's totals from its claims
-- (lua/lede/casualty_totals.lua):
-- lede.casualty_totals(text) --> { killed = n, injured = n, ... }
M.casualty_totals = require("lede.casualty_totals").totals

-- Encoding repair, no article logic (csrc/lede_repair.c, lua/lede/fix.lua):
-- lede.fix_text(text [, opts]) --> fixed, { {s=, e=, from=, to=, kind=}, ... }
M.fix_text = require("lede.fix").fix_text

-- Article structure (LPeg, lua/lede/article.lua: lede.article, lede.clean,
-- lede.split_articles) and quotes, claims across articles and their table
-- (lua/lede/quotes.lua, claims.lua, claims_table.lua) are loaded on first
-- use: building the article grammars is most of what require("lede") cost
-- (7 of 9 ms), and a summary or a sentence split does not need them.
local LAZY = {
  article = { "lede.article", "article" },
  clean = { "lede.article", "clean" },
  split_articles = { "lede.article", "split_articles" },
  quotes = { "lede.quotes", "find" },
  claims = { "lede.claims", "claims" },
  claims_table = { "lede.claims_table", "render" },
}
setmetatable(M, { __index = function(t, k)
  local where = LAZY[k]
  if not where then return nil end
  local fn = require(where[1])[where[2]]
  rawset(t, k, fn)
  return fn
end })
-- Summaries (lua/lede/summarize.lua checks the options)
-- lede.summarize(text_or_docs, opts) --> summary_text, picks
M.summarize = require("lede.summarize").summarize

return M
