-- `make demo`: what lede makes of the articles in a directory (one story).
-- For each article: its structure (headline, dateline, byline, the site
-- chrome removed, the repairs made) and a short summary of its cleaned
-- body; then one summary of all of them together, and the claims of the
-- story with where the sources agree and conflict.
-- Usage: lua examples/demo.lua [dir]   (default examples/articles)
local lede = require("lede")

local dir = arg[1] or "examples/articles"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local paths = {}
local p = assert(io.popen('ls "' .. dir .. '"/*.txt 2>/dev/null'))
for line in p:lines() do paths[#paths + 1] = line end
p:close()
if #paths == 0 then
  io.stderr:write("demo: no .txt articles in ", dir, "\n")
  os.exit(1)
end

local function rule(title)
  print(("\n== %s %s"):format(title, ("="):rep(math.max(0, 74 - #title))))
end

-- "kind: text" for the structure lede.article found, in a fixed order.
local function structure(a)
  local parts = {}
  local function add(label, value)
    if value and value ~= "" then parts[#parts + 1] = label .. ": " .. value end
  end
  add("headline", a.title)
  add("source", a.source)
  add("date", a.date)
  add("dateline", a.dateline and a.dateline.place)
  add("byline", a.byline)
  return parts
end

local function removed_kinds(a)
  local count, order = {}, {}
  for _, r in ipairs(a.removed or {}) do
    if not count[r.kind] then order[#order + 1] = r.kind end
    count[r.kind] = (count[r.kind] or 0) + 1
  end
  for i, kind in ipairs(order) do
    order[i] = count[kind] > 1 and ("%s ×%d"):format(kind, count[kind]) or kind
  end
  return order
end

local bodies, short = {}, {}
for i, path in ipairs(paths) do
  local text = read(path)
  local a = lede.article(text)
  local body, report = lede.clean(text)
  bodies[i] = body
  short[i] = path:match("([^/]+)%.txt$")
  rule(short[i])
  for _, line in ipairs(structure(a)) do print("  " .. line) end
  local removed = removed_kinds(a)
  if #removed > 0 then print("  removed: " .. table.concat(removed, ", ")) end
  if report and report.repairs and #report.repairs > 0 then
    print(("  repaired: %d places (mojibake, entities, spaces)"):format(#report.repairs))
  end
  local _, picks = lede.summarize(body)
  print("  summary:")
  for _, pick in ipairs(picks) do print("    • " .. pick.text) end
end

rule(("one story, %d sources: summary in 120 words"):format(#bodies))
local _, picks = lede.summarize(bodies, { words = 120 })
for _, pick in ipairs(picks) do
  print(("  • %s  [%s]"):format(pick.text, short[pick.doc]))
end

rule("claims: where the sources agree and conflict")
local names = {}
for i, name in ipairs(short) do names[i] = name:match("^(%d+)") or name end
io.write(lede.claims_table(lede.claims(bodies), { names = names, width = 90 }))
