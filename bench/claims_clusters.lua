-- Scores lede.claims on the multi-article clusters of bench/claims_clusters/
-- (articles the project wrote in the shapes of wire stories: a toll rising
-- over days, sources disagreeing on one day, two events in one story,
-- compatible figures, a place with two names, a story with no casualties)
-- against bench/claims_clusters/expected.txt.  Each cluster is a directory
-- of articles read in file order as plain strings, so every date comes from
-- the article's own date line.
--   LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/claims_clusters.lua [dir]
-- Prints, per cluster, each expected claim as found or MISSING, the casualty
-- claims nobody expected as EXTRA, then recall and precision of casualty
-- claims (kind, place, figure and status all right), the conflicts reported
-- where none is expected, and quote recall (speaker and words); then the
-- same figures per category (expected.txt's "category" lines: rising tolls,
-- conflicts, two events, compatible figures, ...).
local lede = require("lede")
local claims = require("lede.claims")

local dir = ... or "bench/claims_clusters"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local function split(line)
  local t = {}
  for field in (line .. "|"):gmatch("%s*(.-)%s*|") do t[#t + 1] = field end
  return t
end

-- expected[cluster] = { casualties = {...}, quotes = {...}, none = bool }
local expected, order = {}, {}
for line in read(dir .. "/expected.txt"):gmatch("[^\n]+") do
  if not line:find("^%s*#") then
    local f = split(line)
    local name = f[2]
    if not expected[name] then
      expected[name] = { casualties = {}, quotes = {} }
      order[#order + 1] = name
    end
    local e = expected[name]
    if f[1] == "casualty" then
      e.casualties[#e.casualties + 1] = { kind = f[3], place = f[4], count = f[5], status = f[6] }
    elseif f[1] == "quote" then
      e.quotes[#e.quotes + 1] = { speaker = f[3], words = f[4] }
    elseif f[1] == "none" then
      e.none = true
    elseif f[1] == "category" then
      e.category = f[3]
    end
  end
end

local function status_of(c)
  if c.conflict then return "conflict" end
  if c.history then return "revised" end
  if c.compatible then return "compatible" end
  return "agreed"
end

local function figure_of(c, result)
  if c.conflict then
    local t = {}
    for _, v in ipairs(result.conflicts[c.conflict].values) do t[#t + 1] = tostring(v.count) end
    table.sort(t, function(a, b) return tonumber(a) > tonumber(b) end)
    return table.concat(t, "/")
  end
  return ("%d"):format(c.count)
end

local function same_place(want, got)
  if want == "-" then return got == nil end -- (a count with no place)
  if got == nil then return false end
  return claims.place_key(want) == claims.place_key(got)
end

local function new_totals()
  return { want = 0, found = 0, predicted = 0, correct = 0, quotes = 0, quotes_found = 0,
           spurious_conflicts = 0, clusters = 0, clusters_exact = 0 }
end
local totals = new_totals()
local by_category, categories = {}, {}
-- Adds one cluster's figures to the whole and to its category.
local function add(one, category)
  if not by_category[category] then
    by_category[category] = new_totals()
    categories[#categories + 1] = category
  end
  for _, t in ipairs({ totals, by_category[category] }) do
    for k, v in pairs(one) do t[k] = t[k] + v end
  end
end
for _, name in ipairs(order) do
  local e = expected[name]
  local one = new_totals()
  local files = {}
  for f in io.popen('ls "' .. dir .. "/" .. name .. '"'):lines() do
    if f:find("%.txt$") then files[#files + 1] = f end
  end
  table.sort(files)
  local docs = {}
  for i, f in ipairs(files) do docs[i] = read(dir .. "/" .. name .. "/" .. f) end
  local r = lede.claims(docs)
  print(("== %s (%d articles)"):format(name, #docs))
  local used, exact = {}, true
  for _, w in ipairs(e.casualties) do
    one.want = one.want + 1
    local hit
    for i, c in ipairs(r.claims) do
      if not used[i] and c.type == "casualty" and c.kind == w.kind and same_place(w.place, c.place)
         and figure_of(c, r) == w.count and status_of(c) == w.status then
        hit = i
        break
      end
    end
    if hit then
      used[hit] = true
      one.found = one.found + 1
      print(("  ok       %s %s %s %s"):format(w.kind, w.place, w.count, w.status))
    else
      exact = false
      print(("  MISSING  %s %s %s %s"):format(w.kind, w.place, w.count, w.status))
    end
  end
  local expect_conflict = false
  for _, w in ipairs(e.casualties) do if w.status == "conflict" then expect_conflict = true end end
  for i, c in ipairs(r.claims) do
    if c.type == "casualty" then
      one.predicted = one.predicted + 1
      if used[i] then
        one.correct = one.correct + 1
      else
        exact = false
        print(("  EXTRA    %s %s %s %s"):format(c.kind, tostring(c.place), figure_of(c, r), status_of(c)))
      end
    end
  end
  if not expect_conflict and #r.conflicts > 0 then
    one.spurious_conflicts = one.spurious_conflicts + #r.conflicts
  end
  for _, w in ipairs(e.quotes) do
    one.quotes = one.quotes + 1
    local hit = false
    for _, c in ipairs(r.claims) do
      if c.type == "quote" and c.speaker == w.speaker and c.text:find(w.words, 1, true) then hit = true end
    end
    if hit then one.quotes_found = one.quotes_found + 1 end
    print(("  %-8s quote %s: %s"):format(hit and "ok" or "MISSING", w.speaker, w.words))
  end
  one.clusters = one.clusters + 1
  if exact then one.clusters_exact = one.clusters_exact + 1 end
  add(one, e.category or "other")
end

local function pct(a, b) return b > 0 and ("%.1f%% (%d/%d)"):format(100 * a / b, a, b) or "n/a" end
print("== claims clusters")
print("  casualty recall     " .. pct(totals.found, totals.want))
print("  casualty precision  " .. pct(totals.correct, totals.predicted))
print("  clusters exactly right " .. pct(totals.clusters_exact, totals.clusters))
print("  conflicts where none is expected: " .. totals.spurious_conflicts)
print("  quote recall        " .. pct(totals.quotes_found, totals.quotes))
print("== per category: casualty recall, precision, clusters right, spurious conflicts, quote recall")
for _, c in ipairs(categories) do
  local t = by_category[c]
  print(("  %-15s %-16s %-16s %-14s %d  %s"):format(c, pct(t.found, t.want), pct(t.correct, t.predicted),
    pct(t.clusters_exact, t.clusters), t.spurious_conflicts, pct(t.quotes_found, t.quotes)))
end
