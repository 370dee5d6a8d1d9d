-- Throughput of lede.claims on the sample articles repeated to about MB
-- megabytes: the articles given as many documents (a story of many
-- articles), and joined as one text.  Each figure is the best of ROUNDS
-- calls (os.clock: a loaded machine only ever adds time).
--   LUA_PATH='lua/?.lua;lua/?/init.lua;bench/?.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/claims_bench.lua [DIR] [MB] [ROUNDS]
-- (luajit with build/lua5.1).
local lede = require("lede")
local util = require("benchutil")

local dir = arg[1] or "examples/articles"
local mb = tonumber(arg[2]) or 2
local rounds = tonumber(arg[3]) or 3

local docs, size = {}, 0
local names = util.articles(dir)
while size < mb * 1e6 do
  for _, name in ipairs(names) do
    local text = util.read(name)
    docs[#docs + 1] = text
    size = size + #text
  end
end
local whole = table.concat(docs, "\n\n")

local function best_of(fn)
  local best, n = math.huge, 0
  for _ = 1, rounds do
    collectgarbage()
    local t0 = os.clock()
    n = fn()
    local dt = os.clock() - t0
    if dt < best then best = dt end
  end
  return best, n
end

local function row(label, bytes, fn)
  local dt, n = best_of(fn)
  print(("%-28s %7.2f MB/s  %8.3f s  %6d claims"):format(label, bytes / 1e6 / dt, dt, n))
end

print(("lede.claims, %s, %.1f MB of %d articles, best of %d"):format(
  jit and jit.version or _VERSION, size / 1e6, #docs, rounds))
row("many documents", size, function() return #lede.claims(docs).claims end)
row("one text", #whole, function() return #lede.claims(whole).claims end)
print(("peak memory %.0f MB"):format(util.peak_mb()))
