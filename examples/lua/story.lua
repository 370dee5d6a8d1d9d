-- A plain Lua script using lede: the sentences of an article, its summary,
-- its casualty counts and its claims.
--
--   lua5.4 examples/lua/story.lua ARTICLE.txt [MORE.txt ...]
--
-- (from a lede checkout after `make`; LuaJIT after `make LUA=luajit`.)
-- Several files are read as several articles on one story.

-- Use the checkout's lua/ and build/ when run from it; a rock otherwise.
local here = (arg and arg[0] or ""):match("^(.*)[/\\]") or "."
local abi = _VERSION:match("%d+%.%d+")
package.path = here .. "/../../lua/?.lua;" .. here .. "/../../lua/?/init.lua;" .. package.path
package.cpath = here .. "/../../build/lua" .. abi .. "/?.so;" .. package.cpath

local lede = require("lede")

local function read(path)
  local fh = assert(io.open(path, "rb"))
  local text = fh:read("*a")
  fh:close()
  return text
end

if #arg == 0 then
  io.stderr:write("usage: story.lua ARTICLE.txt [MORE.txt ...]\n")
  os.exit(2)
end
local texts = {}
for i = 1, #arg do texts[i] = read(arg[i]) end

print(("lede %s, %s"):format(lede.version, _VERSION))

-- Sentences of the first article, with the spans that point into its bytes.
local first = texts[1]
local sentences = lede.sentences(first)
print(("\n%d sentences in %s:"):format(#sentences, arg[1]))
for i, s in ipairs(sentences) do
  assert(first:sub(s.s, s.e) == s.text) -- the span is exactly the sentence
  print(("%3d  [%d-%d]  %s"):format(i, s.s, s.e, (s.text:gsub("%s+", " "))))
end

local summary = lede.summarize(#texts == 1 and first or texts, { sentences = 2 })
print("\nsummary:\n" .. summary)

print("\ncasualties:")
for _, c in ipairs(lede.casualties(first)) do
  print(("  %s %s (%s)"):format(c.kind, tostring(c.count), tostring(c.qualifier)))
end

local result = lede.claims(#texts == 1 and first or texts)
print("\nclaims:")
local claim_text = require("lede.claim_text")
for _, c in ipairs(result.claims) do
  print((claim_text.is_conflict(c) and "  CONFLICT: " or "  ") .. claim_text.describe(c, result, arg))
end
