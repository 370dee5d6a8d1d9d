-- Casualty counts on ../shared/data/casualties/gva_docs_dev.jsonl (1,000
-- local news articles on US shootings, silver incident totals), two
-- readings against the labels, agreement split by zero and non-zero labels:
--   largest claim    the largest killed / injured count of one claim of
--                    lede.casualties (0 when none; subsets left out)
--   document total   lede.casualty_totals(text), what a caller gets (groups
--                    of a sentence added, "shot" with no outcome less the
--                    dead, cited figures left out; 0 when none)
--   lede.claims      the largest killed / injured count among the casualty
--                    claims lede.claims gives for the article alone
-- --errors N prints the first N articles the document total gets wrong.
-- Prints a note and exits 0 when ../shared is absent.
--   lua5.4 bench/casualty_eval.lua [data.jsonl] [--errors N]
-- Run from the project root; the module built for this Lua is used.
local abi = ({ ["Lua 5.1"] = "5.1", ["Lua 5.3"] = "5.3", ["Lua 5.4"] = "5.4" })[_VERSION]
package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
package.cpath = "build/lua" .. (abi or "5.4") .. "/?.so;" .. package.cpath
local lede = require("lede")
local json = require("lede.json")
local casualty_totals = require("lede.casualty_totals")

local path = "../shared/data/casualties/gva_docs_dev.jsonl"
local show = 0
local i = 1
while arg[i] do
  if arg[i] == "--errors" then
    show = tonumber(arg[i + 1]) or 10
    i = i + 2
  else
    path = arg[i]
    i = i + 1
  end
end

local f = io.open(path, "r")
if not f then
  print("casualty eval: " .. path .. " not found, skipped")
  os.exit(0)
end

local kinds = { "killed", "injured" }
local function new_stat()
  local st = {}
  for _, k in ipairs(kinds) do st[k] = { zero = { 0, 0 }, nonzero = { 0, 0 } } end
  return st
end
local stat, stat_doc, stat_claims = new_stat(), new_stat(), new_stat()
local function tally(st, gold, found)
  local wrong = false
  for _, k in ipairs(kinds) do
    local g = gold[k] or 0
    local bucket = g == 0 and st[k].zero or st[k].nonzero
    bucket[2] = bucket[2] + 1
    if (found[k] or 0) == g then bucket[1] = bucket[1] + 1 else wrong = true end
  end
  return wrong
end
local n, shown, bytes, secs = 0, 0, 0, 0
for line in f:lines() do
  if line:find("%S") then
    local item = assert(json.decode(line))
    local gold = {}
    for _, e in ipairs(item.expect) do gold[e.kind] = e.count end
    local t0 = os.clock()
    local claims = lede.casualties(item.text)
    secs = secs + os.clock() - t0
    bytes = bytes + #item.text
    local best = { killed = 0, injured = 0 }
    for _, c in ipairs(claims) do
      if not c.subset and best[c.kind] and c.count > best[c.kind] then
        best[c.kind] = c.count
      end
    end
    n = n + 1
    tally(stat, gold, best)
    local via = { killed = 0, injured = 0 }
    for _, c in ipairs(lede.claims(item.text).claims) do
      if c.type == "casualty" and via[c.kind] and c.count > via[c.kind] then
        via[c.kind] = c.count
      end
    end
    tally(stat_claims, gold, via)
    best = casualty_totals.totals(item.text)
    local wrong = tally(stat_doc, gold, best)
    if wrong and shown < show then
      shown = shown + 1
      print(("--- %s gold killed=%s injured=%s, found killed=%s injured=%s")
        :format(item.id, tostring(gold.killed), tostring(gold.injured),
                tostring(best.killed or 0), tostring(best.injured or 0)))
      for _, c in ipairs(claims) do
        print(("    %s %s%s%s [%s]"):format(c.kind, tostring(c.count),
          c.subset and " subset" or "", c.shot and " shot" or "", c.text))
      end
    end
  end
end
f:close()

local function pct(a, b) return b > 0 and ("%.1f%%"):format(100 * a / b) or "-" end
print(("casualty eval: %d articles (%s)"):format(n, path))
local function report(title, st)
  print("  " .. title)
  for _, k in ipairs(kinds) do
    local z, nz = st[k].zero, st[k].nonzero
    print(("    %-8s agreement %s (%d/%d)   label 0: %s (%d/%d)   label > 0: %s (%d/%d)")
      :format(k, pct(z[1] + nz[1], z[2] + nz[2]), z[1] + nz[1], z[2] + nz[2],
              pct(z[1], z[2]), z[1], z[2], pct(nz[1], nz[2]), nz[1], nz[2]))
  end
end
report("largest claim (lede.casualties)", stat)
report("document total (lede.casualty_totals)", stat_doc)
report("largest count of lede.claims", stat_claims)
print(("  speed (Lua call included): %.1f MB/s"):format(bytes / 1e6 / math.max(secs, 1e-9)))
