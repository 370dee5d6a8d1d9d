-- lede.casualties on hand-labelled sentences of real news
-- (bench/casualty_sentences.tsv: the labels, their conventions and how the
-- sentences were picked). The labels hold no text, only where each sentence
-- is in ../shared/data and a hash of its bytes; this script reads the texts,
-- runs lede.casualties on each sentence alone and prints precision, recall
-- and F1 over claims:
--   kind+count            a claim matches a label of the same kind and count
--   +qualifier            and of the same qualifier too
-- overall, per half (dev / check) and per genre. A subset claim (the part
-- of a group, "including a girl") is left out: the labels count a group
-- once. --list [dev|check|all] prints the misses and false claims of that
-- half (dev when not said): tune on dev only.
-- A label whose bytes no longer hash the same (the data changed) is left
-- out and counted; one whose span is no longer one lede sentence (the
-- splitter changed) is scored on the same bytes and counted.
-- Prints a note and exits 0 when ../shared is absent.
--   lua5.4 bench/casualty_sentences.lua [SHARED_DIR] [--list [dev|check|all]]
-- Run from the project root; the module built for this Lua is used.
local abi = ({ ["Lua 5.1"] = "5.1", ["Lua 5.3"] = "5.3", ["Lua 5.4"] = "5.4" })[_VERSION]
package.path = "lua/?.lua;lua/?/init.lua;bench/?.lua;" .. package.path
package.cpath = "build/lua" .. (abi or "5.4") .. "/?.so;" .. package.cpath
local lede = require("lede")
local benchutil = require("benchutil")

local LABELS = "bench/casualty_sentences.tsv"
local shared, list = "../shared", nil
do
  local i = 1
  while arg[i] do
    if arg[i] == "--list" then
      local which = arg[i + 1]
      if which == "dev" or which == "check" or which == "all" then
        list, i = which, i + 2
      else
        list, i = "dev", i + 1
      end
    else
      shared, i = arg[i], i + 1
    end
  end
end

local FILES = {
  bbc = "/data/summ/bbc_news_summary.dev.jsonl",
  multiling = "/data/summ/multiling2011_en.dev.jsonl",
  gva = "/data/casualties/gva_docs_dev.jsonl",
}
if not io.open(shared .. FILES.bbc) then
  print("casualty sentences: " .. shared .. FILES.bbc .. " not found, skipped")
  os.exit(0)
end

--- Stops with a message naming the bad label (no traceback: it is the
-- data, not the script).
local function fail(msg)
  io.stderr:write("casualty sentences: ", msg, "\n")
  os.exit(1)
end

--- djb2 of s mod 2^32 as 8 hex digits (the labels' hash of a sentence).
local function djb2(s)
  local h = 5381
  for i = 1, #s do h = (h * 33 + s:byte(i)) % 4294967296 end
  return h
end
local function hex(h) return string.format("%08x", h) end

local function split(s, sep)
  local out = {}
  for part in (s .. sep):gmatch("(.-)" .. sep) do out[#out + 1] = part end
  return out
end

local function set(words)
  local t = {}
  for w in words:gmatch("[^,]+") do t[w] = true end
  return t
end
local KINDS = set("killed,injured,missing,displaced,evacuated,abducted,casualties")
local QUALIFIERS = set("exact,at least,more than,about,nearly,up to,fewer than,range,vague,unspecified,hedged")

--- The claims of a label column: { {kind=, count=, qualifier=, who=}, ... }.
local function parse_claims(col, where)
  local claims = {}
  if col == "-" then return claims end
  for _, text in ipairs(split(col, ";")) do
    local f = split(text, ":")
    local count = tonumber(f[2])
    if not (KINDS[f[1]] and count and QUALIFIERS[f[3]]) then
      fail(LABELS .. ":" .. where .. ": bad claim '" .. text .. "' (kind:count:qualifier[:who])")
    end
    claims[#claims + 1] = { kind = f[1], count = count, qualifier = f[3], who = f[4] }
  end
  return claims
end

--- The labelled rows of the TSV file.
local function read_labels()
  local rows, n = {}, 0
  for line in io.lines(LABELS) do
    n = n + 1
    if not line:find("^#") and line:find("%S") then
      local f = split(line, "\t")
      if #f < 9 then fail(LABELS .. ":" .. n .. ": " .. #f .. " columns, 10 expected") end
      local row = {
        line = n, dataset = f[1], item = f[2], doc = tonumber(f[3]),
        s = tonumber(f[4]), e = tonumber(f[5]), hash = f[6], half = f[7],
        genre = f[8], gold = parse_claims(f[9], n), note = f[10] or "",
      }
      if not FILES[row.dataset] then fail(LABELS .. ":" .. n .. ": unknown dataset " .. row.dataset) end
      local half = math.floor(djb2(row.item) / 65536) % 2 == 0 and "dev" or "check"
      if half ~= row.half then
        fail(LABELS .. ":" .. n .. ": half is " .. row.half .. ", the item's hash gives " .. half)
      end
      rows[#rows + 1] = row
    end
  end
  return rows
end

--- The documents the rows need: texts[dataset][item] = { doc text, ... };
-- false for a dataset whose file is absent.
local function read_texts(rows)
  local wanted, texts = {}, {}
  for _, r in ipairs(rows) do
    wanted[r.dataset] = wanted[r.dataset] or {}
    wanted[r.dataset][r.item] = true
  end
  for dataset, items in pairs(wanted) do
    local got = {}
    local found = benchutil.read_jsonl(shared .. FILES[dataset], function(o)
      if items[o.id] then got[o.id] = o.docs or { o.text } end
    end)
    texts[dataset] = found and got
  end
  return texts
end

--- Is s..e one sentence of lede.sentences(text)? (spans cached per text)
local spans_of = setmetatable({}, { __mode = "k" })
local function is_sentence(text, s, e)
  local spans = spans_of[text]
  if not spans then
    spans = {}
    for _, sent in ipairs(lede.sentences(text)) do spans[sent.s .. ":" .. sent.e] = true end
    spans_of[text] = spans
  end
  return spans[s .. ":" .. e] == true
end

--- lede's claims of one sentence, subsets left out.
local function found_claims(sentence)
  local out = {}
  for _, c in ipairs(lede.casualties(sentence)) do
    if not c.subset then
      out[#out + 1] = { kind = c.kind, count = c.count, qualifier = c.qualifier, who = c.who }
    end
  end
  return out
end

--- Matches gold and found claims one to one, on kind and count (and on the
-- qualifier too when strict); returns matched, the gold left, the found left.
local function match(gold, found, strict)
  local used, missed, matched = {}, {}, 0
  for _, g in ipairs(gold) do
    local hit
    for j, f in ipairs(found) do
      if not used[j] and f.kind == g.kind and f.count == g.count
          and (not strict or f.qualifier == g.qualifier) then
        hit = j
        break
      end
    end
    if hit then
      used[hit], matched = true, matched + 1
    else
      missed[#missed + 1] = g
    end
  end
  local extra = {}
  for j, f in ipairs(found) do
    if not used[j] then extra[#extra + 1] = f end
  end
  return matched, missed, extra
end

local function show(claims)
  local parts = {}
  for _, c in ipairs(claims) do
    parts[#parts + 1] = string.format("%s %d %s", c.kind, c.count, c.qualifier or "?")
  end
  return #parts > 0 and table.concat(parts, "; ") or "none"
end

local rows = read_labels()
local texts = read_texts(rows)

-- tallies[group] = { sentences, gold, found, matched, strict }
local tallies, order = {}, {}
local function tally(group, gold_n, found_n, matched, strict)
  local t = tallies[group]
  if not t then
    t = { 0, 0, 0, 0, 0 }
    tallies[group], order[#order + 1] = t, group
  end
  t[1], t[2], t[3] = t[1] + 1, t[2] + gold_n, t[3] + found_n
  t[4], t[5] = t[4] + matched, t[5] + strict
end

local absent, changed, resplit = {}, 0, 0
local listed = {}
for _, r in ipairs(rows) do
  local docs = texts[r.dataset]
  local text = docs and docs[r.item] and docs[r.item][r.doc]
  if not docs then
    absent[r.dataset] = (absent[r.dataset] or 0) + 1
  elseif not text then
    fail(LABELS .. ":" .. r.line .. ": " .. r.item .. " doc " .. r.doc .. " not in " .. FILES[r.dataset])
  else
    local sentence = text:sub(r.s, r.e)
    if hex(djb2(sentence)) ~= r.hash then
      changed = changed + 1
      print(string.format("  changed: %s:%d %s doc %d %d-%d no longer hashes %s",
        LABELS, r.line, r.item, r.doc, r.s, r.e, r.hash))
    else
      if not is_sentence(text, r.s, r.e) then resplit = resplit + 1 end
      local found = found_claims(sentence)
      local matched, missed, extra = match(r.gold, found, false)
      local strict = match(r.gold, found, true)
      for _, group in ipairs({ "all", "half " .. r.half, "data " .. r.dataset, "genre " .. r.genre }) do
        tally(group, #r.gold, #found, matched, strict)
      end
      if list and (list == "all" or list == r.half) and (#missed > 0 or #extra > 0) then
        listed[#listed + 1] = string.format(
          "%s:%d %s %s %s\n    labelled: %s  (%s)\n    lede:     %s\n    missed: %s | false: %s\n    %s",
          LABELS, r.line, r.half, r.genre, r.item, show(r.gold), r.note, show(found),
          show(missed), show(extra), sentence:gsub("%s+", " "))
      end
    end
  end
end

local function prf(matched, gold, found)
  local p = found > 0 and matched / found or 1
  local rc = gold > 0 and matched / gold or 1
  local f1 = p + rc > 0 and 2 * p * rc / (p + rc) or 0
  return p, rc, f1
end

for dataset, n in pairs(absent) do
  print(string.format("casualty sentences: %s not found, its %d labels skipped", shared .. FILES[dataset], n))
end
print(string.format("%-16s %5s %5s %5s  %-20s  %-20s", "", "sents", "gold", "found",
  "kind+count P/R/F1", "+qualifier P/R/F1"))
table.sort(order, function(a, b)
  local rank = function(g)
    return g == "all" and 0 or g:find("^half") and 1 or g:find("^data") and 2 or 3
  end
  if rank(a) ~= rank(b) then return rank(a) < rank(b) end
  return a < b
end)
for _, group in ipairs(order) do
  local t = tallies[group]
  if t[2] == 0 then
    -- no labelled claim: only false claims can be counted
    print(string.format("%-16s %5d %5d %5d  (no claim labelled: %d false)", group, t[1], t[2], t[3], t[3]))
  else
    local p, rc, f1 = prf(t[4], t[2], t[3])
    local sp, sr, sf = prf(t[5], t[2], t[3])
    print(string.format("%-16s %5d %5d %5d  %.2f %.2f %.3f      %.2f %.2f %.3f",
      group, t[1], t[2], t[3], p, rc, f1, sp, sr, sf))
  end
end
print(string.format("labels: %d; data changed (left out): %d; span no longer one lede sentence: %d",
  #rows, changed, resplit))
if list then
  print(string.format("== misses and false claims, half %s: %d sentences", list, #listed))
  for _, s in ipairs(listed) do print(s) end
end
