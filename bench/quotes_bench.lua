-- Throughput of lede.quotes and lede.claims on the sample articles
-- repeated to about MB megabytes: the whole text as one document, and the
-- articles as a story of many documents.  os.clock, the best of three calls
-- (a loaded machine only ever adds time).  Not a test: `make bench`.
--   LUA_PATH='lua/?.lua;lua/?/init.lua;bench/?.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/quotes_bench.lua [DIR=examples/articles] [MB=5]
local lede = require("lede")
local util = require("benchutil")

local dir = arg[1] or "examples/articles"
local mb = tonumber(arg[2]) or 5

local names = util.articles(dir)
local articles = util.repeated(names, mb * 1e6)
local whole = table.concat(articles, "\n\n")

local function best_of(rounds, fn, x)
  local best = math.huge
  for _ = 1, rounds do
    collectgarbage()
    local t0 = os.clock()
    fn(x)
    best = math.min(best, os.clock() - t0)
  end
  return best
end

print(("lede.claims (%s), %.1f MB in %d articles (best of 3)"):format(
  _VERSION .. (jit and " / " .. jit.version or ""), #whole / 1e6, #articles))
local rows = {
  { "claims, one document", lede.claims, whole },
  { "claims, one story of the articles", lede.claims, articles },
  { "quotes, one document", lede.quotes, whole },
}
for _, row in ipairs(rows) do
  local dt = best_of(3, row[2], row[3])
  print(("  %-36s %7.2f s %7.2f MB/s"):format(row[1], dt, #whole / 1e6 / dt))
end
print(("  peak memory %.0f MB"):format(util.peak_mb()))
