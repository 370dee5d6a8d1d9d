-- `make demo`: what lede makes of the sample articles in a directory.
-- Usage: lua examples/demo.lua examples/articles
local lede = require("lede")

local dir = arg[1] or "examples/articles"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local names = {}
local p = assert(io.popen('ls "' .. dir .. '"/*.txt 2>/dev/null'))
for line in p:lines() do names[#names + 1] = line end
p:close()
if #names == 0 then
  io.stderr:write("demo: no .txt articles in ", dir, "\n")
  os.exit(1)
end

local function rule(title)
  print(("\n== %s %s"):format(title, ("="):rep(math.max(0, 72 - #title))))
end

for _, path in ipairs(names) do
  local text = read(path)
  local sents = lede.sentences(text)
  rule(path:match("[^/]+$") .. (" — %d sentences"):format(#sents))
  for i = 1, math.min(3, #sents) do
    print(("  %d. %s"):format(i, sents[i].text))
  end
end

-- issue 5: summaries ---------------------------------------------------------
-- One summary per article (the default: 3 sentences), then one summary of
-- all the articles together (one story from several sources: each fact once).
-- article = true: summaries are made from each article's body (lede.article).
if lede.summarize then
  local texts = {}
  for i, path in ipairs(names) do
    texts[i] = read(path)
    local _, picks = lede.summarize(texts[i], { article = true })
    rule("summary of " .. path:match("[^/]+$"))
    for _, p in ipairs(picks) do print(("  [%d] %s"):format(p.index, p.text)) end
  end
  local _, picks = lede.summarize(texts, { words = 120, article = true })
  rule(("summary of all %d articles (120 words)"):format(#texts))
  for _, p in ipairs(picks) do
    print(("  (%s) %s"):format(names[p.doc]:match("[^/]+$"), p.text))
  end
end
-- end issue 5 ------------------------------------------------------------------
