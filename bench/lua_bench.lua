-- Throughput of the Lua API on a ~10 MB corpus made of the sample articles:
-- one call per article and one call on the whole text.
-- Usage: lua bench/lua_bench.lua [DIR] [MB]
local lede = require("lede")

local dir = arg[1] or "examples/articles"
local mb = tonumber(arg[2]) or 10

local util = require("benchutil")
local peak_mb = util.peak_mb

local names = util.articles(dir)
local articles = util.repeated(names, mb * 1e6)
local whole = table.concat(articles, "\n\n")

local function best_of(rounds, fn)
  local best = math.huge
  for _ = 1, rounds do
    collectgarbage()
    local t0 = os.clock()
    fn()
    local dt = os.clock() - t0
    if dt < best then best = dt end
  end
  return best
end

local function report(label, seconds)
  print(("  %-34s %8.0f MB/s"):format(label, #whole / 1e6 / seconds))
end

print(("Lua API (%s), corpus %.1f MB in %d articles (best of 3)"):format(
  _VERSION .. (jit and " / " .. jit.version or ""), #whole / 1e6, #articles))
local fns = { sentences = lede.sentences, tokens = lede.tokens }
for _, name in ipairs({ "sentences", "tokens" }) do
  local fn = fns[name]
  report(name .. ", one call per article", best_of(3, function()
    for i = 1, #articles do fn(articles[i]) end
  end))
  report(name .. ", one call on all", best_of(3, function() fn(whole) end))
end
print(("  peak memory %.0f MB (the corpus itself: %.0f MB, twice over)"):format(
  peak_mb(), #whole / 1e6))
