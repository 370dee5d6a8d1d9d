--- `make bench`: HTML extraction speed and memory.
--
--   lua5.4 bench/html_bench.lua [DIR]
--
-- DIR (default ../shared/data/html/readability) holds real pages, one
-- source.html per folder; without it the bench uses the fixture pages of
-- spec/fixtures/html.  Prints MB/s of HTML for the C extraction alone
-- (core.html) and for lede.html (metadata, paragraphs, span mapping), the
-- memory as a multiple of the page, and the time per MB of one page grown
-- 1x, 4x and 16x (linear: the figures stay flat).
--
-- Memory is counted, not sampled: the C side's peak is what lede_html_extract
-- held from malloc at its fullest (gumbo's tree in the pool, the walk's
-- arrays, the copy gumbo parsed and its anchors; then the choosing and the
-- result), and the Lua side's is what lede.html.extract allocates with the
-- collector stopped (its tables, strings and garbage: more than it holds).
-- The C peak comes before the Lua tables are built, so the two do not add.
local core = require("lede.core")
local html = require("lede.html")

local dir = arg[1] or "../shared/data/html/readability"
local clock = os.clock

local pages = {}
local p = io.popen('ls "' .. dir .. '" 2>/dev/null')
for name in p:lines() do
  local f = io.open(dir .. "/" .. name .. "/source.html", "rb")
  if f then pages[#pages + 1] = f:read("*a") f:close() end
end
p:close()
if #pages == 0 then
  dir = "spec/fixtures/html"
  for _, n in ipairs({ "wildfire.html", "cafe-1252.html" }) do
    local f = assert(io.open(dir .. "/" .. n, "rb"))
    pages[#pages + 1] = f:read("*a")
    f:close()
  end
end

local function rate(fn, rounds)
  local bytes, t0 = 0, clock()
  for _ = 1, rounds do
    for _, page in ipairs(pages) do fn(page) bytes = bytes + #page end
  end
  return bytes / 1e6 / (clock() - t0)
end

local total = 0
for _, page in ipairs(pages) do total = total + #page end
local rounds = math.max(1, math.floor(30e6 / total))
print(("html bench: %d pages from %s, %.1f MB, %d round(s) (%s)")
  :format(#pages, dir, total / 1e6, rounds, _VERSION))
print(("  core.html (C: gumbo + extraction)  %7.1f MB/s"):format(rate(core.html, rounds)))
print(("  lede.html (with metadata, spans)   %7.1f MB/s"):format(rate(html.extract, rounds)))

-- Small pages are dominated by what any parse holds (gumbo's parser, the
-- first chunk of its tree): the floor is printed, and the pages of 10 KB
-- and more are counted apart.
-- The Lua side's allocation for one page, in bytes (collector stopped).
local function lua_bytes(page)
  collectgarbage()
  collectgarbage("stop")
  local k0 = collectgarbage("count")
  html.extract(page)
  local k1 = collectgarbage("count")
  collectgarbage("restart")
  return (k1 - k0) * 1024
end

local worst, sum, large, over, large_worst = 0, 0, 0, 0, 0
local lsum, lworst, lover = 0, 0, 0
for _, page in ipairs(pages) do
  local r = core.html(page).peak / math.max(#page, 1)
  sum = sum + r
  if r > worst then worst = r end
  if #page >= 10000 then
    local l = lua_bytes(page) / #page
    large = large + 1
    if r > 8 then over = over + 1 end
    if r > large_worst then large_worst = r end
    lsum = lsum + l
    if l > lworst then lworst = l end
    if l > 8 then lover = lover + 1 end
  end
end
print(("  peak C memory / page size: mean %.1fx, worst %.1fx (an empty page holds %d bytes)")
  :format(sum / #pages, worst, core.html("").peak))
print(("  pages of 10 KB and more: %d, C peak: worst %.1fx, %d over 8x;"
  .. " Lua allocation: mean %.1fx, worst %.1fx, %d over 8x")
  :format(large, large_worst, over, lsum / math.max(large, 1), lworst, lover))

-- linear time: the biggest page's body repeated
local big = pages[1]
for _, page in ipairs(pages) do if #page > #big then big = page end end
local body = big:match("<body.->(.*)</body>") or big
for _, k in ipairs({ 1, 4, 16 }) do
  local page = "<html><body>" .. body:rep(k) .. "</body></html>"
  local t0 = clock()
  local d = core.html(page)
  local dt = clock() - t0
  print(("  one page x%-2d %7.1f MB  %6.1f ms/MB  peak %.1fx"):format(k, #page / 1e6,
    dt * 1e3 / (#page / 1e6), d.peak / #page))
end
