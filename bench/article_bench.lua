--- Throughput of lede.article + lede.clean, in MB/s.
--
--   lua5.4 bench/article_bench.lua [MB] [dir | file.jsonl]
--   luajit bench/article_bench.lua 10 ../shared/seeds
--   lua5.4 bench/article_bench.lua 10 ../shared/data/casualties/gva_docs_dev.jsonl
--
-- The corpus is the articles (the .txt files of dir, by default the spec
-- fixtures, or the "text" of each line of a JSON-lines file) repeated
-- until it reaches the size.  The fixtures are short made-up snippets
-- (about 750 bytes, many with mojibake or entities), so they measure the
-- cost per article as much as per byte; the GVA file holds 1,000 news
-- pages as scraped (about 1.9 KB each).  The corpus is run two ways:
-- article by article (what callers do), and as one text (the grammar must
-- stay linear on a file of many articles).  Each figure is the best of
-- three runs.  Loads lede.article directly, so the C core need not be
-- built.
local article = require("lede.article")
local json = require("lede.json")

local target = (tonumber(arg[1]) or 10) * 1e6
local SOURCE = arg[2] or "spec/fixtures/articles"

local docs = {}
if SOURCE:match("%.jsonl$") then
  for line in io.lines(SOURCE) do
    local record = json.decode(line)
    if type(record) == "table" and type(record.text) == "string" then
      docs[#docs + 1] = record.text
    end
  end
else
  local DIR = SOURCE .. "/"
  local p = assert(io.popen('ls "' .. DIR .. '"'))
  for name in p:lines() do
    if name:match("%.txt$") then
      local f = assert(io.open(DIR .. name, "rb"))
      docs[#docs + 1] = f:read("*a")
      f:close()
    end
  end
  p:close()
end
assert(#docs > 0, "no articles in " .. SOURCE)

local corpus, size = {}, 0
while size < target do
  for _, d in ipairs(docs) do
    corpus[#corpus + 1] = d
    size = size + #d
    if size >= target then break end
  end
end

-- Best of three: the machines are shared, and the slow runs measure the
-- neighbours.
local function run(label, f)
  local dt = math.huge
  for _ = 1, 3 do
    collectgarbage()
    local t0 = os.clock()
    f()
    dt = math.min(dt, os.clock() - t0)
  end
  print(("%-44s %7.2f MB in %6.3f s  %7.2f MB/s"):format(label, size / 1e6, dt, size / 1e6 / dt))
end

print(_VERSION .. (jit and (" / " .. jit.version) or "") .. ", " .. #corpus
  .. " articles from " .. SOURCE)
run("article + clean, one article at a time", function()
  for i = 1, #corpus do
    article.article(corpus[i])
    article.clean(corpus[i])
  end
end)
run("article, one article at a time", function()
  for i = 1, #corpus do article.article(corpus[i]) end
end)
run("clean, one article at a time", function()
  for i = 1, #corpus do article.clean(corpus[i]) end
end)
local whole = table.concat(corpus, "\n\n")
-- one text: linear time on a big file (the repeats are found and dropped,
-- so clean has less to do; this is a check, not a throughput figure)
run("article + clean, the corpus as one text", function()
  article.article(whole)
  article.clean(whole)
end)
