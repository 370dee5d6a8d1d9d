-- Speed of lede.summarize from Lua, end to end (argument checks, the C
-- core, the result tables):
--   1. one ~5 KB article (the sample articles of examples/articles joined);
--   2. a 10-article cluster (each article the samples in another order,
--      ~50 KB in all);
--   3. a scaling table from 10 KB to 10 MB of generated prose (words drawn
--      from the samples with a skewed, Zipf-like law), with time, time per
--      MB, the Lua heap and the process's peak resident memory (VmHWM).
-- Usage: lua bench/summarize_bench.lua [DIR] [MAX_MB]
local lede = require("lede")

local dir = arg[1] or "examples/articles"
local max_mb = tonumber(arg[2]) or 10

local util = require("benchutil")
local read, peak_mb = util.read, util.peak_mb

local names = util.articles(dir)
local samples = {}
for i, name in ipairs(names) do samples[i] = read(name) end

-- Median CPU time of `rounds` calls (enough calls to fill ~0.2 s).
local function time_of(fn)
  fn()
  local t0, calls = os.clock(), 0
  repeat
    fn()
    calls = calls + 1
  until os.clock() - t0 > 0.2 or calls >= 2000
  local per = (os.clock() - t0) / calls
  local times = {}
  for r = 1, 5 do
    collectgarbage()
    local k = math.max(1, math.floor(0.04 / math.max(per, 1e-7)))
    local s0 = os.clock()
    for _ = 1, k do fn() end
    times[r] = (os.clock() - s0) / k
  end
  table.sort(times)
  return times[3]
end

print(("lede.summarize (%s)"):format(_VERSION .. (rawget(_G, "jit") and " / " .. jit.version or "")))

local article = table.concat(samples, "\n\n")
local t = time_of(function() lede.summarize(article) end)
print(("  one article, %5.1f KB, 3 sentences        %8.3f ms   (target < 0.5 ms)"):format(
  #article / 1024, t * 1e3))
t = time_of(function() lede.summarize(article, { words = 100 }) end)
print(("  one article, %5.1f KB, words=100          %8.3f ms"):format(#article / 1024, t * 1e3))

local cluster, csize = {}, 0
for k = 1, 10 do
  local parts = {}
  for i = 1, #samples do parts[i] = samples[(i + k - 2) % #samples + 1] end
  cluster[k] = table.concat(parts, "\n\n")
  csize = csize + #cluster[k]
end
t = time_of(function() lede.summarize(cluster, { words = 250 }) end)
print(("  10-article cluster, %5.1f KB, words=250   %8.3f ms   (target < 5 ms)"):format(
  csize / 1024, t * 1e3))

-- Generated prose: a deterministic linear congruential generator drawing
-- words of the samples, frequent words more often.
local vocab, seen = {}, {}
for _, s in ipairs(samples) do
  for w in s:gmatch("[%a][%a'%-]*") do
    if not seen[w] then
      seen[w] = true
      vocab[#vocab + 1] = w
    end
  end
end
local seed = 12345
local function rand()
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
end
local function prose(bytes)
  local out, size, n = {}, 0, 0
  while size < bytes do
    local len = 8 + math.floor(rand() * 22)
    local w = {}
    for i = 1, len do w[i] = vocab[1 + math.floor(#vocab * rand() ^ 2.5)] end
    w[1] = w[1]:sub(1, 1):upper() .. w[1]:sub(2)
    local s = table.concat(w, " ") .. "."
    n = n + 1
    out[n] = (n % 5 == 0) and (s .. "\n\n") or (s .. " ")
    size = size + #out[n]
  end
  return table.concat(out)
end

print("  scaling (generated prose, words=250):")
print("      input   sentences     time    ms/MB   Lua heap   peak RSS")
local size = 10 * 1024 -- 10 KB, 100 KB, 1000 KB, 10000 KB
while size <= max_mb * 1024 * 1024 do
  local text = prose(size)
  local nsent = #lede.sentences(text)
  collectgarbage()
  local t0 = os.clock()
  local _, picks = lede.summarize(text, { words = 250 })
  local dt = os.clock() - t0
  if size < 1024 * 1024 then -- small inputs: repeat for a stable figure
    dt = time_of(function() lede.summarize(text, { words = 250 }) end)
  end
  local heap = collectgarbage("count") / 1024
  assert(#picks > 0)
  print(("  %9s  %10d  %8.2f ms %7.1f  %6.1f MB  %7.1f MB"):format(
    size >= 1024 * 1024 and ("%.0f MB"):format(size / 1048576) or ("%.0f KB"):format(size / 1024),
    nsent, dt * 1e3, dt * 1e3 / (#text / 1048576), heap, peak_mb()))
  text = nil
  collectgarbage()
  size = size * 10
end
