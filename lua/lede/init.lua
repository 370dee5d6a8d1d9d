--- lede: summaries and claims of news articles.
--
-- local lede = require("lede")
-- lede.sentences(text) --> { {text=, s=, e=}, ... }
-- lede.tokens(text)    --> { {text=, kind=, s=, e=, key=?}, ... }
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

-- issue 5: summaries (lua/lede/summarize.lua checks the options) ----------
-- lede.summarize(text_or_docs, opts) --> summary_text, picks
M.summarize = require("lede.summarize").summarize
-- end issue 5 ---------------------------------------------------------------

return M
