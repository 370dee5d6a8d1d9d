--- Throughput of lede.article + lede.clean, in MB/s.
--
--   lua5.4 bench/article_bench.lua [MB] [dir]   (default 10, the fixtures)
--   luajit bench/article_bench.lua 10 ../shared/seeds
--
-- The corpus is the fixture articles repeated until it reaches the size;
-- it is run two ways: article by article (what callers do), and as one
-- text (the grammar must stay linear on a file of many articles).  Each
-- figure is the best of three runs.  Loads
-- lede.article directly, so the C core need not be built.
local article = require("lede.article")

local target = (tonumber(arg[1]) or 10) * 1e6
local DIR = (arg[2] or "spec/fixtures/articles") .. "/"

local docs = {}
local p = assert(io.popen('ls "' .. DIR .. '"'))
for name in p:lines() do
  if name:match("%.txt$") then
    local f = assert(io.open(DIR .. name, "rb"))
    docs[#docs + 1] = f:read("*a")
    f:close()
  end
end
p:close()
assert(#docs > 0, "no fixtures in " .. DIR)

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
  .. " articles from " .. DIR)
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
