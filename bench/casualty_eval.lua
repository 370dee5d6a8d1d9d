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
--                    (other_time claims, another event's, left out)
-- And a property: lede.claims and lede.casualty_totals give one answer.
-- For every article and every kind, the claim whose source is marked
-- total gives the document total, no claim of the article's own time gives
-- more (a total of 0 may have no claim), and a kind the totals leave out
-- has no claim; the articles where
-- they disagree are printed and the eval exits 1.
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
-- Why result (lede.claims of one article) and totals disagree, or nil.
local function one_answer(result, totals)
  local shown, top = {}, {}
  for _, c in ipairs(result.claims) do
    if c.type == "casualty" then
      if c.sources[1].total then
        if shown[c.kind] then return c.kind .. ": two claims marked total" end
        shown[c.kind] = c.count
      end
      if not c.other_time and c.count > (top[c.kind] or -math.huge) then top[c.kind] = c.count end
    end
  end
  for kind, n in pairs(totals) do
    -- (0 with no claim of the kind: "he was shot" of the one who died
    -- gives injured 0 and no claim)
    local none = n == 0 and top[kind] == nil and shown[kind] == nil
    if not none and shown[kind] ~= n then
      return ("%s: total %s, the claim marked total %s"):format(kind, n, tostring(shown[kind]))
    end
    if not none and top[kind] > n then return ("%s: total %s, a claim of %s"):format(kind, n, top[kind]) end
  end
  for kind, n in pairs(top) do
    if totals[kind] == nil then return ("%s: no total, a claim of %s"):format(kind, n) end
  end
  return nil
end

local n, shown, bytes, secs, disagree = 0, 0, 0, 0, 0
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
    local result = lede.claims(item.text)
    for _, c in ipairs(result.claims) do
      if c.type == "casualty" and not c.other_time and via[c.kind] and c.count > via[c.kind] then
        via[c.kind] = c.count
      end
    end
    tally(stat_claims, gold, via)
    best = casualty_totals.totals(item.text)
    local why = one_answer(result, best)
    if why then
      disagree = disagree + 1
      if disagree <= 10 then print(("--- %s: lede.claims and casualty_totals disagree: %s"):format(item.id, why)) end
    end
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
print(("  one answer (lede.claims = lede.casualty_totals, every kind): %d/%d articles")
  :format(n - disagree, n))
print(("  speed (Lua call included): %.1f MB/s"):format(bytes / 1e6 / math.max(secs, 1e-9)))
if disagree > 0 then os.exit(1) end
