-- Readability of lede's summaries, read as a person reads them: each pick
-- on its own, in summary order.  For every item of a development set
-- (the JSON lines rouge.py reads) it summarizes the documents with the
-- item's budget, as bench/summarize_adapter.lua does, and counts the picks
-- that have a defect:
--   opener    opens with a word that points back (He, They, But, However,
--             This ...) while the pick before it in the summary is not one
--             of the 3 sentences before it in its document
--   quotes    unbalanced quotation marks in its passage (the run of picks
--             that are consecutive sentences of one document, which reads
--             as one piece): a quote opened or closed elsewhere
--   dateline  a wire dateline ("NAIROBI, Kenya _", "JERUSALEM (AP) --",
--             "Meadow Lake, Saskatchewan -")
--   short     fewer than 8 words
--   fragment  starts in lower case or with a list marker, or has no final
--             mark
-- A pick counts once however many defects it has; the share of defective
-- picks is the figure (the goal: at most 2%).
--
--   lua5.4 bench/summarize_readability.lua FILE.jsonl [--show]
local lede = require("lede")
local ok, cjson = pcall(require, "cjson")
local decode = ok and cjson.decode or require("lede.json").decode
local budget = dofile((arg[0]:match("^(.*)/") or ".") .. "/summary_budget.lua")

local path = arg[1]
local show = arg[2] == "--show"
if not path then
  io.stderr:write("usage: summarize_readability.lua FILE.jsonl [--show]\n")
  os.exit(2)
end

local BACK = {}
for w in ([[But However He She They It Its His Her Their Them This These That
  Those Also And Yet Still Meanwhile Instead Moreover Furthermore Nevertheless
  Nonetheless Such Thus Therefore Hence So Then Besides Otherwise Or Nor Later
  Afterwards Both Another Others Too Indeed Again Consequently]]):gmatch("%a+") do
  BACK[w] = true
end

local function opener(text)
  local w = text:match("^[\"'\226\128\156]*(%a+)[^%a\128-\255]")
  if not w then return false end
  return BACK[w] or (w == "The" and text:match("^%W*The (%a+)") == "latter")
    or (w == "The" and text:match("^%W*The (%a+)") == "former")
end

-- A passage (its picks' texts): unbalanced when a straight quote is left
-- open or curly marks do not pair.  A quote left open at the end of a
-- pick goes on when the next pick opens with a mark again (news style
-- across paragraphs), so that mark is not counted.
local function quotes(texts)
  local straight, curly = 0, 0
  for i, text in ipairs(texts) do
    local _, n = text:gsub('"', "")
    if i > 1 and straight % 2 == 1 and text:find('^%s*"') then n = n - 1 end
    straight = straight + n
    local _, open = text:gsub("\226\128\156", "")
    local _, close = text:gsub("\226\128\157", "")
    if i > 1 and curly > 0 and text:find("^%s*\226\128\156") then open = open - 1 end
    curly = curly + open - close
  end
  return straight % 2 == 1 or curly ~= 0
end

local DASH = "%s*[_%-\226]"
local function dateline(text)
  local caps = text:match("^[%u][%u%.'%- ]+[%u%.]") -- NAIROBI, JERUSALEM
  if caps and #caps >= 2 then
    local rest = text:sub(#caps + 1)
    rest = rest:gsub("^, [%u][%a%.]*[%a%. ]*", "", 1):gsub("^%s*%b()", "", 1)
    if rest:find("^" .. DASH) then return true end
  end
  if text:find("^%s*%(%a[%a%s]*%)" .. DASH) then return true end -- (AP) _
  -- title case needs a region and a real dash
  return text:find("^%u%l+[%a ]*, %u[%a%.]*[%a ]* [\226][\128][\147\148]") ~= nil
end

local function words(text)
  local n = 0
  for _ in text:gmatch("%S+") do n = n + 1 end
  return n
end

local function fragment(text)
  if text:find("^%l") and not text:find("^%l%u") then return true end -- not "eBay"
  if text:find("^[%-%*] ") or text:find("^\226\128\162") or text:find("^%d+[:%)]") then
    return true
  end
  local last = text:gsub("[\"'%)%]]+$", ""):gsub("\226\128[\157\153]$", "")
  return not (last:find("[%.!%?]$") or last:find("\226\128\166$"))
end

local kinds = { "opener", "quotes", "dateline", "short", "fragment" }
local counts, picks_total, defective, items = {}, 0, 0, 0
for _, k in ipairs(kinds) do counts[k] = 0 end

for line in io.lines(path) do
  local item = decode(line)
  local opts = budget(item)
  local _, picks = lede.summarize(item.docs, opts)
  items = items + 1
  -- passages: runs of consecutive sentences of one document
  local passage, texts = {}, {}
  for i, p in ipairs(picks) do
    local prev = picks[i - 1]
    local joined = prev and prev.doc == p.doc and prev.index == p.index - 1
    passage[i] = joined and passage[i - 1] or i
    if not joined then texts[i] = {} end
    local t = texts[passage[i]]
    t[#t + 1] = p.text
  end
  for i, p in ipairs(picks) do
    local text = p.text:gsub("%s+", " ")
    local prev = picks[i - 1]
    local found = {}
    if opener(text) and p.index > 1
        and not (prev and prev.doc == p.doc and p.index - prev.index <= 3) then
      found[#found + 1] = "opener"
    end
    if quotes(texts[passage[i]]) then found[#found + 1] = "quotes" end
    if dateline(text) then found[#found + 1] = "dateline" end
    if words(text) < 8 then found[#found + 1] = "short" end
    if fragment(text) then found[#found + 1] = "fragment" end
    picks_total = picks_total + 1
    for _, k in ipairs(found) do counts[k] = counts[k] + 1 end
    if #found > 0 then
      defective = defective + 1
      if show then
        print(("%s %s: %s"):format(item.id, table.concat(found, ","), text:sub(1, 160)))
      end
    end
  end
end

local function pct(n) return picks_total > 0 and 100 * n / picks_total or 0 end
print(("readability: %d items, %d picks, %d defective (%.1f%%)"):format(
  items, picks_total, defective, pct(defective)))
for _, k in ipairs(kinds) do
  print(("  %-9s %5d  %5.1f%%"):format(k, counts[k], pct(counts[k])))
end
