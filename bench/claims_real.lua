-- lede.claims on real news nobody here wrote, where there are no labels to
-- score against: the figures that show a wrong answer without one.
--   LUA_PATH='lua/?.lua;lua/?/init.lua;bench/?.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/claims_real.lua [shared-dir] [--list]
-- Reads ../shared/data/summ: each MultiLing topic as one story (ten dated
-- WikiNews articles over days or weeks), and each BBC article alone.
-- Prints, per MultiLing topic, the casualty claims with their status
-- (conflicts are what a reader checks first: a rising toll or a lower bound
-- read as a conflict is wrong), then for both sets the quotes whose speaker
-- is suspect: a pronoun ("He", "They"), a nationality word ("Brazilian"),
-- or a place the story's counts name.  --list prints each suspect quote.
local lede = require("lede")
local util = require("benchutil")

local shared, list = "../shared", false
for _, a in ipairs(arg) do
  if a == "--list" then list = true else shared = a end
end

local PRONOUN = { he = true, she = true, they = true, it = true, we = true, i = true,
                  you = true, him = true, her = true, them = true }

-- A single capitalized word with a nationality ending: "Brazilian",
-- "Chinese", "Kurdish", "American", "Korean" (not "-i": "Audi", "Vivendi").
local function nationality(word)
  if not word:find("^%u%l+$") then return false end
  return word:find("ian$") or word:find("ese$") or word:find("ish$")
    or word:find("[ce]an$")
end

local function suspect(speaker, places)
  if not speaker then return nil end
  if PRONOUN[speaker:lower()] then return "pronoun" end
  if nationality(speaker) then return "nationality" end
  if places[speaker] then return "place" end
  return nil
end

local quotes_seen, suspects, by_why = 0, 0, {}

local function check_quotes(id, result)
  local places = {}
  for _, c in ipairs(result.claims) do
    if c.type == "casualty" and c.place then places[c.place] = true end
  end
  for _, c in ipairs(result.claims) do
    if c.type == "quote" then
      quotes_seen = quotes_seen + 1
      local why = suspect(c.speaker, places)
      if why then
        suspects = suspects + 1
        by_why[why] = (by_why[why] or 0) + 1
        if list then
          print(("  suspect %-11s %s: %s | %s"):format(why, id, c.speaker,
            (c.text or ""):gsub("%s+", " "):sub(1, 70)))
        end
      end
    end
  end
end

local summ = shared .. "/data/summ/"
local ml = {}
if not util.read_jsonl(summ .. "multiling2011_en.dev.jsonl", function(o) ml[#ml + 1] = o end) then
  print("claims_real: " .. summ .. " not found, skipped")
  return
end

print("== MultiLing 2011 DEV topics as stories: casualty claims")
local conflicts, claims_n = 0, 0
for _, item in ipairs(ml) do
  local docs = {}
  for i, text in ipairs(item.docs) do
    local date = item.doc_dates and item.doc_dates[i]
    docs[i] = { text = text, name = "d" .. i, date = type(date) == "string" and date or nil }
  end
  local ok, result = pcall(lede.claims, docs)
  if not ok then -- a date lede cannot read: the articles' own date lines
    for _, d in ipairs(docs) do d.date = nil end
    result = lede.claims(docs)
  end
  print(("  %s (%d articles)"):format(item.id, #docs))
  for _, c in ipairs(result.claims) do
    if c.type == "casualty" then
      claims_n = claims_n + 1
      local status = c.conflict and "CONFLICT" or c.history and "revised"
        or c.compatible and "compatible" or ""
      if c.conflict then conflicts = conflicts + 1 end
      print(("    %-10s %-9s %-10s %-14s %s"):format(c.kind, tostring(c.count),
        tostring(c.qualifier), tostring(c.place or "-"), status))
    end
  end
  check_quotes(item.id, result)
end
print(("  casualty claims %d, conflicts %d"):format(claims_n, conflicts))

local kinds, articles_with, bbc = {}, 0, 0
util.read_jsonl(summ .. "bbc_news_summary.dev.jsonl", function(item)
  bbc = bbc + 1
  local result = lede.claims(item.docs[1])
  local any = false
  for _, c in ipairs(result.claims) do
    if c.type == "casualty" then
      kinds[c.kind] = (kinds[c.kind] or 0) + 1
      any = true
    end
  end
  if any then articles_with = articles_with + 1 end
  check_quotes(item.id, result)
end)
local ks = {}
for k, n in pairs(kinds) do ks[#ks + 1] = k .. " " .. n end
table.sort(ks)
print(("== BBC News Summary DEV: %d articles, %d with casualty claims (%s)"):format(
  bbc, articles_with, table.concat(ks, ", ")))

local whys = {}
for why, n in pairs(by_why) do whys[#whys + 1] = why .. " " .. n end
table.sort(whys)
print(("== suspect speakers, both sets: %d of %d quotes (%.1f%%)%s"):format(suspects,
  quotes_seen, quotes_seen > 0 and 100 * suspects / quotes_seen or 0,
  #whys > 0 and (": " .. table.concat(whys, ", ")) or ""))
