-- Sentence-splitting errors on real news that nobody here wrote, counted
-- without gold splits, in two ways:
--
-- 1. BBC extractive references (../shared/data/summ/bbc_*.dev.jsonl): each
--    reference line is a sentence of its article, so a line that is not one
--    of lede's sentences of that article is a disagreement:
--      cut_inside   lede cuts inside the reference sentence
--      joined       the reference sentence is part of a longer lede sentence
--      not_in_text  the line is not in the article (the data's own
--                   re-splitting of summaries that had no spaces)
--    The references' splitter makes errors of its own ("Kerrang! | magazine"),
--    so this is a ceiling check, not a gold.
--
-- 2. Corpus evidence on every dev text (BBC, MultiLing, GVA casualties, the
--    HTML pages' expected text): each period followed by a space and a
--    capitalized word on the same line is decided again from statistics of
--    the whole corpus, with none of lede's word lists:
--      - the word before the period is an abbreviation when it is short and
--        the corpus shows it with a period inside sentences (before a
--        comma, a lower-case word or a digit) more often than without one,
--        or with a period before names more than twice as often as before
--        common words (a title: "Det. Steve"), or it is one capital (an
--        initial);
--      - the capitalized word after it is a common word when the corpus has
--        it in lower case far more often than capitalized in mid-sentence
--        (after a lower-case word), and a name when the other way round.
--    After an abbreviation or an initial, a common word starts a sentence
--    and a name goes on; after any other word a common word starts one.
--    Where lede decided otherwise the place counts as a suspect, in a class
--    that says which:
--      abbrev_common  no cut after an abbreviation before a common word
--                     ("Joplin, Mo. Charges ...")
--      abbrev_name    a cut after an abbreviation before a name
--                     ("near Rt. 33", "Det. Steve Riley")
--      initial_common no cut after an initial before a common word
--      initial_name   a cut after an initial before a name
--      word_end       no cut after an ordinary word ("iron ore. China's")
--    and, apart, every lower-case word, a final mark and maybe a quote with
--    no space before a capitalized word ("the challenge."Earlier in", "the
--    street.“We are") that lede does not cut:
--      no_space       (names such as "Yahoo!Inc" count too: a figure to
--                     compare, not zero)
--    Both sides are heuristics: a suspect is a place to look at, and most
--    of what remains after the fixes are names the statistics cannot tell.
--
--   lua5.4 bench/sbd_news.lua [SHARED_DIR] [--show CLASS [N]]
-- Skipped (exit 0) when the data is absent.
local lede = require("lede")
local util = require("benchutil")

local shared, show, show_n = util.shared_args(arg)
local data = shared .. "/data"

local read_jsonl = util.read_jsonl

local function doc_text(d) return type(d) == "table" and d.text or d end

local bbc_path = data .. "/summ/bbc_news_summary.dev.jsonl"
if not io.open(bbc_path) then
  print("sbd news: " .. data .. " not found, skipped")
  return
end

local function shown(list, s)
  if #list < show_n then list[#list + 1] = (s:gsub("\n", "\\n")) end
end

------------------------------------------------------------ 1. BBC references

local function bbc_check()
  local counts = { refs = 0, exact = 0, cut_inside = 0, joined = 0, not_in_text = 0 }
  local examples = {}
  read_jsonl(bbc_path, function(o)
    local text = doc_text(o.docs[1])
    local sents = lede.sentences(text)
    local ours = {}
    for _, s in ipairs(sents) do ours[s.text] = true end
    for ref in (o.refs[1] or ""):gmatch("[^\n]+") do
      counts.refs = counts.refs + 1
      local a, b = text:find(ref, 1, true)
      local class
      if ours[ref] then
        class = "exact"
      elseif not a then
        class = "not_in_text"
      else
        class = "joined"
        for k = 1, #sents - 1 do
          local e = sents[k].e
          if e >= a and e < b then
            class = "cut_inside"
            if show == class then
              shown(examples, o.id .. ": " .. text:sub(math.max(a, e - 50), e) .. " | "
                .. text:sub(sents[k + 1].s, math.min(b, sents[k + 1].s + 40)))
            end
          end
        end
        if class == "joined" and show == class then
          shown(examples, o.id .. ": " .. text:sub(math.max(1, b - 50), b) .. " || "
            .. text:sub(b + 1, b + 40))
        end
      end
      counts[class] = counts[class] + 1
    end
  end)
  print(string.format("BBC extractive references: %d of %d are lede sentences; "
    .. "cut_inside %d, joined %d, not_in_text %d", counts.exact, counts.refs,
    counts.cut_inside, counts.joined, counts.not_in_text))
  for _, s in ipairs(examples) do print("    " .. s) end
end

------------------------------------------------------------ 2. corpus evidence

local texts = {}
read_jsonl(bbc_path, function(o)
  for _, d in ipairs(o.docs) do texts[#texts + 1] = doc_text(d) end
end)
read_jsonl(data .. "/summ/multiling2011_en.dev.jsonl", function(o)
  for _, d in ipairs(o.docs) do texts[#texts + 1] = doc_text(d) end
end)
read_jsonl(data .. "/casualties/gva_docs_dev.jsonl", function(o) texts[#texts + 1] = o.text end)
read_jsonl(data .. "/html/readability/index.jsonl", function(o)
  if type(o.expected_text) == "string" then texts[#texts + 1] = o.expected_text end
end)

-- Word statistics of the whole corpus.
local lower_count, cap_mid = {}, {}    -- "charges" in lower case; "Tucker" after a lower-case word
local with_period, without = {}, {}    -- "Mo.," "Mo. on" "Mo. 5"; "Mo" with no period
local function add(t, k) t[k] = (t[k] or 0) + 1 end
for _, text in ipairs(texts) do
  for w in text:gmatch("%f[%a]%l+%f[%A]") do add(lower_count, w) end
  for w in text:gmatch("%f[%a]%l+ (%u%l+)%f[%A]") do add(cap_mid, w) end
  for w, after in text:gmatch("%f[%a](%a+)%.([ ,;]%p?%w?)") do
    if after:find("^[,;]") or after:find("^ [%l%d]") then add(with_period, w) end
  end
  for w, after in text:gmatch("%f[%a](%a+)([^%.%a]?)") do
    if after ~= "" then add(without, w) end
  end
end

-- "common", "name" or nil (the corpus cannot tell).
local function next_word_kind(w)
  local low, mid = lower_count[w:lower()] or 0, cap_mid[w] or 0
  if low >= 3 and low >= 4 * mid then return "common" end
  if mid >= 2 and mid > 4 * low then return "name" end
  return nil
end

-- A title ("Det. Steve Riley") is short and seen mostly before a name.
local before_name, before_common = {}, {}
for _, text in ipairs(texts) do
  for w, nxt in text:gmatch("%f[%a](%u%l?%l?%l?)%. (%u%l+)") do
    local kind = next_word_kind(nxt)
    if kind == "name" then add(before_name, w) end
    if kind == "common" then add(before_common, w) end
  end
end

local function is_abbrev(w)
  local p, q, t = with_period[w] or 0, without[w] or 0, before_name[w] or 0
  return #w <= 5 and ((p >= 2 and p > q) or (t >= 3 and t > 2 * (before_common[w] or 0)))
end

local CLASSES = { "abbrev_common", "abbrev_name", "initial_common", "initial_name", "word_end",
  "no_space" }

local function corpus_check()
  local counts, examples, places = {}, {}, 0
  for _, c in ipairs(CLASSES) do counts[c] = 0 end
  for _, text in ipairs(texts) do
    local ends = {}
    for _, s in ipairs(lede.sentences(text)) do ends[s.e] = true end
    for p, closers, q, nxt in text:gmatch("()%.([\"')\226\128\157\153]*)() [\"'(\226\128\156]*(%u%a*)") do
      local before = text:sub(math.max(1, p - 30), p - 1)
      local chunk = before:match("(%S*)$")
      local w = chunk:match("(%a+)$")
      -- a list marker or a number ("2." "$5.") and URLs are left out
      if w and not chunk:find("[/@]") then
        local cut = false
        for e = p, q - 1 do cut = cut or ends[e] end
        places = places + 1
        local kind = next_word_kind(nxt)
        local initial = #w == 1 and w:find("%u")
        local abbrev = not initial and (chunk:find("%a%.%a+$") or is_abbrev(w))
        local class
        if initial or abbrev then
          local what = initial and "initial_" or "abbrev_"
          if kind == "common" and not cut then class = what .. "common" end
          if kind == "name" and cut then class = what .. "name" end
        elseif not cut and kind == "common" then
          class = "word_end"
        end
        if class then
          counts[class] = counts[class] + 1
          if show == class then
            shown(examples, text:sub(math.max(1, p - 40), p) .. closers .. " | "
              .. text:sub(q + 1, q + 30))
          end
        end
      end
    end
  end
  -- marks with no space before the next sentence
  for _, text in ipairs(texts) do
    local ends = {}
    for _, s in ipairs(lede.sentences(text)) do ends[s.e] = true end
    for p, q in text:gmatch("%f[%a]%l%l+()[.!?][\"\226\128\157\156]*()%u%l") do
      local cut = false
      for e = p, q - 1 do cut = cut or ends[e] end
      if not cut and not text:sub(p - 30, p):find("[/@]%S*$") then
        counts.no_space = counts.no_space + 1
        if show == "no_space" then
          shown(examples, text:sub(math.max(1, p - 40), q - 1) .. " | " .. text:sub(q, q + 30))
        end
      end
    end
  end
  local row, total = {}, 0
  for _, c in ipairs(CLASSES) do
    row[#row + 1] = c .. " " .. counts[c]
    total = total + counts[c]
  end
  print(string.format("corpus evidence: %d suspects at %d periods before a capital, and marks"
    .. " with no space after (%s)", total, places, table.concat(row, ", ")))
  for _, s in ipairs(examples) do print("    " .. s) end
end

bbc_check()
corpus_check()
