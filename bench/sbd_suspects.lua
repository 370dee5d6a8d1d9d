-- Suspicious sentence splits on real news text that has no gold splits.
-- Splits every text of the development sets in ../shared/data with
-- lede.sentences and counts, per 1,000 sentences, the sentences whose
-- shape a correct split rarely gives:
--   title_end    ends with a title that stands before a name ("Mr.", "Gov.")
--   initial_end  ends with one capital and a period ("J.") and the next
--                sentence goes on with a capitalized word on the same line
--   number_mark  ends with "No." "Vol." "pp." "c." ... and the next sentence
--                starts with a digit ("No. | 10")
--   lower_start  starts in lower case (not "iPhone", "eBay") on the same
--                line as the sentence before
--   short        fewer than 3 words, in running prose (the sentences on
--                both sides on the same line)
--   unsplit      holds a plain sentence end inside it: a lower-case word,
--                a period, one space and a word that opens sentences
--                ("fell. The")
--   speaker_cut  the sentence before ends with a quoted question or
--                exclamation and this one starts with its speaker: names and
--                a verb of speech ('"Why?" | Harris asked.')
--   closer_start starts with a closing quote or bracket that belongs to the
--                sentence before
--   quotes       unbalanced double quotes or brackets (many are quotes that
--                run over several sentences: a figure to compare, not zero)
-- A sentence may count in several classes.
--
--   lua5.4 bench/sbd_suspects.lua [SHARED_DIR] [--show CLASS [N]]
-- Skipped (exit 0) when the data is absent.
local lede = require("lede")
local util = require("benchutil")

local shared, show, show_n = util.shared_args(arg)
local data = shared .. "/data"

local function set_of(words)
  local s = {}
  for w in words:gmatch("%S+") do s[w] = true end
  return s
end

local TITLES = set_of([[Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Capt Sgt Prof Rev Maj
  Adm Cmdr Supt Insp Hon Messrs Msgr Fr Cpl Pres Sens Reps Govt]])
local NUMBER_MARKS = set_of("No Nos no Vol vol Op op pp p c ca b d Fig fig Art art")
local OPENERS = set_of([[The He She It They We But However In This That There His Her
  Their A An Its Mr Mrs Ms Police Officials]])
-- Lower-case words a period may follow inside a sentence ("etc. The" is
-- rare but "vs. The" and "al. The" are not sentence ends).
local SPEECH = set_of([[said says asked asks told added adds replied shouted wrote
  explained insisted recalled warned admitted declared cried yelled screamed]])
local INNER = set_of("vs v al etc cf approx")

local function words(s)
  local n = 0
  for w in s:gmatch("%S+") do
    if w:find("[%w\128-\255]") then n = n + 1 end
  end
  return n
end

local function same_line(text, e, s)
  return s and not text:sub(e + 1, s - 1):find("[\n\r]")
end

local function count_of(s, pat)
  local _, n = s:gsub(pat, "")
  return n
end

-- The first letters after opening quotes and brackets.
local function opening(s)
  return s:gsub("^[\"'(%[]+", ""):gsub("^\226\128[\156\152]", "")
end

local classes = {
  { "title_end", function(s)
      local w = s:match("(%a+)%.$")
      return w and TITLES[w] and not s:find("%a%.%a+%.$")
    end },
  { "initial_end", function(s, nxt, joined)
      return joined and s:find("%s%u%.$") and not s:find("%u%.%u%.$")
        and opening(nxt):find("^%u%l")
    end },
  { "number_mark", function(s, nxt)
      local w = s:match("%f[%a](%a+)%.$")
      return w and NUMBER_MARKS[w] and nxt and opening(nxt):find("^%d")
    end },
  { "lower_start", function(s, _, _, joined_before)
      local o = opening(s)
      return joined_before and o:find("^%l") and not o:find("^%l%u")
    end },
  { "short", function(s, _, joined, joined_before)
      return joined and joined_before and words(s) < 3
    end },
  { "unsplit", function(s)
      for w, nxt in s:gmatch("%f[%a](%l+)%. (%u%l*)%f[%A]") do
        if #w >= 2 and not INNER[w] and OPENERS[nxt] then return true end
      end
    end },
  { "speaker_cut", function(s, _, _, joined_before, prev)
      if not (joined_before and prev and (prev:find('[?!]"$') or prev:find("[?!]\226\128\157$"))) then
        return false
      end
      local names, verb = s:match("^(%u[%w%.%s]-)%s(%l+)%f[%A]")
      return names and SPEECH[verb] and not OPENERS[names:match("^%a+")]
    end },
  { "closer_start", function(s)
      return s:find("^[\"')%]]%s") or s:find("^\226\128\157") or s:find("^[)%]]")
    end },
  { "quotes", function(s)
      return count_of(s, '"') % 2 == 1
        or count_of(s, "\226\128\156") ~= count_of(s, "\226\128\157")
        or count_of(s, "%(") ~= count_of(s, "%)")
    end },
}

local read_jsonl = util.read_jsonl

-- The texts of each development set.
local sets = {
  { "summ BBC", function(add)
      return read_jsonl(data .. "/summ/bbc_news_summary.dev.jsonl", function(o)
        for _, d in ipairs(o.docs) do add(type(d) == "table" and d.text or d) end
      end)
    end },
  { "summ MultiLing", function(add)
      return read_jsonl(data .. "/summ/multiling2011_en.dev.jsonl", function(o)
        for _, d in ipairs(o.docs) do add(type(d) == "table" and d.text or d) end
      end)
    end },
  { "casualties GVA", function(add)
      return read_jsonl(data .. "/casualties/gva_docs_dev.jsonl", function(o) add(o.text) end)
    end },
  { "html readability", function(add)
      return read_jsonl(data .. "/html/readability/index.jsonl", function(o)
        if type(o.expected_text) == "string" then add(o.expected_text) end
      end)
    end },
}

local function scan(text, counts, shown)
  local sents = lede.sentences(text)
  for k, x in ipairs(sents) do
    local nxt, prev = sents[k + 1], sents[k - 1]
    local joined = nxt and same_line(text, x.e, nxt.s)
    local joined_before = prev and same_line(text, prev.e, x.s)
    for _, c in ipairs(classes) do
      if c[2](x.text, nxt and nxt.text, joined, joined_before, prev and prev.text) then
        counts[c[1]] = counts[c[1]] + 1
        if show == c[1] and #shown < show_n then
          shown[#shown + 1] = (prev and prev.text:sub(-40) .. " | " or "")
            .. (#x.text > 120 and x.text:sub(1, 50) .. " ... " .. x.text:sub(-60) or x.text)
            .. (nxt and " | " .. nxt.text:sub(1, 40) or "")
        end
      end
    end
  end
  return #sents
end

if not io.open(data .. "/summ/bbc_news_summary.dev.jsonl") then
  print("sbd suspects: " .. data .. " not found, skipped")
  return
end

local header = { string.format("%-17s %7s", "set", "sents") }
for _, c in ipairs(classes) do header[#header + 1] = string.format("%13s", c[1]) end
print(table.concat(header) .. "   (suspects per 1,000 sentences)")
for _, set in ipairs(sets) do
  local counts, shown, total = {}, {}, 0
  for _, c in ipairs(classes) do counts[c[1]] = 0 end
  local found = set[2](function(text) total = total + scan(text, counts, shown) end)
  if found then
    local row = { string.format("%-17s %7d", set[1], total) }
    for _, c in ipairs(classes) do
      row[#row + 1] = string.format("%13.2f", 1000 * counts[c[1]] / math.max(total, 1))
    end
    print(table.concat(row))
    for _, s in ipairs(shown) do print("    " .. s:gsub("\n", "\\n")) end
  else
    print(string.format("%-17s   not found, skipped", set[1]))
  end
end
