--- Runs lede.article and lede.clean on the sample articles and prints, per
-- file, what was found and what was removed, then the checks the article
-- issue names for the seeds.
--
--   lua5.4 bench/article_eval.lua ../shared/seeds
--   lua5.4 bench/article_eval.lua --short ../shared/seeds
--
-- Exits 0 with a message when the directory is absent.  Loads lede.article
-- directly, so the C core need not be built.
local article = require("lede.article")

-- "--short": one line per file and the failed checks only
local short_mode = arg[1] == "--short"
local dir = (short_mode and arg[2]) or (not short_mode and arg[1]) or "../shared/seeds"

local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end

local function list(d)
  local p = io.popen('ls "' .. d .. '" 2>/dev/null')
  local names = {}
  if p then
    for name in p:lines() do
      if name:match("%.txt$") then names[#names + 1] = name end
    end
    p:close()
  end
  return names
end

local names = list(dir)
if #names == 0 then
  print("article_eval: no *.txt in " .. dir .. "; nothing to evaluate")
  os.exit(0)
end

local function short(s, n)
  s = s:gsub("%s+", " ")
  if #s > n then s = s:sub(1, n) .. "..." end
  return s
end

local failures, checks = 0, 0
local function check(ok, what)
  checks = checks + 1
  if not ok then failures = failures + 1 end
  if not ok or not short_mode then
    print(("  check %-4s %s"):format(ok and "ok" or "FAIL", what))
  end
end

local results = {}
for _, name in ipairs(names) do
  local text = read(dir .. "/" .. name)
  local art = article.article(text)
  local body, report = article.clean(text)
  results[name:sub(1, 3)] = { key = name:sub(1, 3), text = text, art = art, body = body,
                              report = report }
  if short_mode then
    local kinds = {}
    for _, r in ipairs(art.removed) do kinds[#kinds + 1] = r.kind end
    print(("%s title=%s | source=%s | byline=%s | date=%s | dateline=%s | %d headings | removed: %s")
      :format(name:sub(1, 3), tostring(report.title), tostring(report.source),
        tostring(report.byline), tostring(report.date),
        art.dateline and tostring(art.dateline.place) or "nil", #report.headings,
        #kinds > 0 and table.concat(kinds, ",") or "-"))
  end
  local print = short_mode and function() end or print
  print(("== %s (%d bytes)"):format(name, #text))
  print("  title:    " .. tostring(report.title))
  print("  source:   " .. tostring(report.source))
  print("  byline:   " .. tostring(report.byline))
  print("  date:     " .. tostring(report.date) .. (art.section and ("  section: " .. art.section) or ""))
  local dl = art.dateline
  local agency = dl and dl.agency and (" (" .. dl.agency .. ")") or ""
  print("  dateline: " .. (dl and (dl.place .. agency) or "nil"))
  for _, h in ipairs(report.headings) do print("  heading:  " .. h) end
  local np = 0
  for _, p in ipairs(art.paragraphs) do if not p.heading then np = np + 1 end end
  print(("  body:     %d paragraphs, %d bytes clean; mojibake: %s, %d repairs")
    :format(np, #body, tostring(report.mojibake), #report.repairs))
  for _, r in ipairs(art.removed) do
    print(("  removed:  %-10s %s"):format(r.kind, short(r.text, 70)))
  end
end

print("== checks")
local function has(s, needle) return s:find(needle, 1, true) ~= nil end
local r = results["001"]
if r then
  check(not has(r.body, "\195\162") and not has(r.body, "\195\130"), "001: no â/Â left in the cleaned body")
  check(r.report.source == "GLR", "001: source tag GLR")
  check(#r.report.headings >= 5, "001: section headings found (" .. #r.report.headings .. ")")
end
r = results["002"]
if r then
  local lines = {}
  for l in (r.body .. "\n"):gmatch("([^\n]*)\n") do lines[l] = true end
  check(not lines["AI"] and not lines["By AI"] and not has(r.body, "Share This Article"),
    "002: AI / By AI / Share This Article gone from the body")
  check(r.report.title ~= nil, "002: headline found: " .. tostring(r.report.title))
end
r = results["003"]
if r then
  local first = r.body:sub(1, 60)
  local _, times = r.body:gsub(first:gsub("%p", "%%%0"), "")
  check(times == 1, "003: body once (its opening appears " .. times .. " time(s))")
  local para = "Trump expressed dissatisfaction"
  local _, t2 = r.body:gsub(para, "")
  check(t2 == 1, "003: the repeated run is dropped (" .. t2 .. ")")
  check(not r.body:find("%s$"), "003: no trailing blank lines")
end
r = results["004"]
if r then
  local ok = true
  for _, chrome in ipairs({ "BREAKING NEWS", "Never miss a breaking news alert!", "Written By",
    "View Full Bio", "Leave a Reply", "covers film, television" }) do
    if has(r.body, chrome) then ok = false end
  end
  check(ok, "004: none of the chrome lines in the body")
  check(r.report.title ~= nil, "004: headline found: " .. tostring(r.report.title))
  check(r.report.date ~= nil, "004: date found: " .. tostring(r.report.date))
  check(r.art.dateline ~= nil, "004: dateline found")
end
r = results["000"]
if r then
  check(r.art.dateline ~= nil and r.art.dateline.place == "MIAMI", "000: dateline MIAMI")
end
for _, res in pairs(results) do
  local key = res.key
  for _, p in ipairs(res.art.paragraphs) do
    if res.text:sub(p.s, p.e) ~= p.text then
      check(false, key .. ": paragraph span mismatch at " .. p.s)
    end
  end
  for _, p in ipairs(res.art.removed) do
    if res.text:sub(p.s, p.e) ~= p.text then
      check(false, key .. ": removed span mismatch at " .. p.s)
    end
  end
end
-- The later stages run on the cleaned body: when the C core is built for
-- this Lua, split the bodies into sentences and check that no headline,
-- heading, byline or removed line became a sentence.
local ok_lede, lede = pcall(require, "lede")
local keys = {}
for key in pairs(results) do keys[#keys + 1] = key end
table.sort(keys)
if ok_lede and lede.sentences then
  for _, key in ipairs(keys) do
    local res = results[key]
    local banned = {}
    if res.report.title then banned[res.report.title] = "title" end
    if res.report.byline then banned[res.report.byline] = "byline" end
    for _, h in ipairs(res.report.headings) do banned[h] = "heading" end
    for _, cut in ipairs(res.art.removed) do
      for line in cut.text:gmatch("[^\n]+") do banned[line] = cut.kind end
    end
    local bad, n = nil, 0
    for _, sentence in ipairs(lede.sentences(res.body)) do
      n = n + 1
      if banned[sentence.text] then bad = sentence.text end
    end
    check(bad == nil, ("%s: %d sentences in the body, none a headline/heading/chrome%s")
      :format(key, n, bad and (": " .. bad) or ""))
  end
else
  print("  (lede.core not built for " .. _VERSION .. ": sentence check skipped)")
end
print(("%d checks, %d failed"):format(checks, failures))
os.exit(failures == 0 and 0 or 1)
