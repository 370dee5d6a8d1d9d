--- Scores main-text extraction (lede.html) on a directory of pages with
-- their expected text: ../shared/data/html/readability/index.jsonl.
--
--   lua5.4 bench/html_eval.lua DIR [--worst N] [--show NAME]
--
-- The score is that of DIR/../README.md: word 4-gram shingles, tokens the
-- runs of word characters (letters, digits, '_', and every code point
-- outside the punctuation and symbol blocks), case kept.  Per page tp, fp,
-- fn count shingles (as multisets) in both texts, only in ours, only in
-- the gold; precision is averaged over the pages with an output, recall
-- over all pages; F1 = 2PR/(P+R) of the averages.
local html = require("lede.html")
local ok, cjson = pcall(require, "cjson")
local decode = ok and cjson.decode or require("lede.json").decode

local dir = arg[1] or "../shared/data/html/readability"
local worst_n, show = 10, nil
for i = 2, #arg do
  if arg[i] == "--worst" then worst_n = tonumber(arg[i + 1]) end
  if arg[i] == "--show" then show = arg[i + 1] end
end

-- Code points that are not word characters: ASCII punctuation and space,
-- and the Latin-1, general, CJK and full-width punctuation and symbols.
local function is_word_cp(cp)
  if cp < 128 then
    return (cp >= 48 and cp <= 57) or (cp >= 65 and cp <= 90) or (cp >= 97 and cp <= 122)
      or cp == 95
  end
  if cp >= 0x80 and cp <= 0xBF then return cp == 0xAA or cp == 0xB5 or cp == 0xBA end
  if cp == 0xD7 or cp == 0xF7 then return false end
  if cp >= 0x2000 and cp <= 0x2BFF then return false end
  if cp >= 0x3000 and cp <= 0x303F then return false end
  if cp >= 0xFE30 and cp <= 0xFE4F then return false end
  if cp >= 0xFF00 and cp <= 0xFF0F then return false end
  if cp >= 0xFF1A and cp <= 0xFF20 then return false end
  return true
end

local function tokens(s)
  local out, cur = {}, {}
  local i, n = 1, #s
  while i <= n do
    local c = s:byte(i)
    local cp, w = c, 1
    if c >= 0xF0 then
      cp, w = ((c % 8) * 262144) + ((s:byte(i + 1) or 128) % 64) * 4096
        + ((s:byte(i + 2) or 128) % 64) * 64 + (s:byte(i + 3) or 128) % 64, 4
    elseif c >= 0xE0 then
      cp, w = ((c % 16) * 4096) + ((s:byte(i + 1) or 128) % 64) * 64 + (s:byte(i + 2) or 128) % 64, 3
    elseif c >= 0xC0 then
      cp, w = ((c % 32) * 64) + (s:byte(i + 1) or 128) % 64, 2
    end
    if is_word_cp(cp) then
      cur[#cur + 1] = s:sub(i, i + w - 1)
    elseif #cur > 0 then
      out[#out + 1] = table.concat(cur)
      cur = {}
    end
    i = i + w
  end
  if #cur > 0 then out[#out + 1] = table.concat(cur) end
  return out
end

local function shingles(s)
  local t = tokens(s)
  local bag, n = {}, 0
  if #t > 0 and #t < 4 then
    bag[table.concat(t, " ")] = 1
    return bag, 1
  end
  for i = 1, #t - 3 do
    local k = t[i] .. " " .. t[i + 1] .. " " .. t[i + 2] .. " " .. t[i + 3]
    bag[k] = (bag[k] or 0) + 1
    n = n + 1
  end
  return bag, n
end

local function score(out, gold)
  local bo, no = shingles(out)
  local bg, ng = shingles(gold)
  local tp = 0
  for k, c in pairs(bo) do
    local g = bg[k]
    if g then tp = tp + (c < g and c or g) end
  end
  return tp, no - tp, ng - tp
end

local f = assert(io.open(dir .. "/index.jsonl", "rb"))
local rows = {}
for line in f:lines() do rows[#rows + 1] = decode(line) end
f:close()

local psum, pn, rsum = 0, 0, 0
local bytes, seconds = 0, 0
local per = {}
for _, row in ipairs(rows) do
  local pf = assert(io.open(dir .. "/" .. row.source, "rb"))
  local page = pf:read("*a")
  pf:close()
  local t0 = os.clock()
  local okx, doc = pcall(html.extract, page)
  seconds = seconds + os.clock() - t0
  bytes = bytes + #page
  local text = okx and doc.text or ""
  if show == row.name then
    print(text)
    print("---- reason:", okx and doc.reason or doc)
  end
  local tp, fp, fn = score(text, row.expected_text)
  local p = (tp + fp) > 0 and tp / (tp + fp) or nil
  local r = (tp + fn) > 0 and tp / (tp + fn) or 1
  if p then psum, pn = psum + p, pn + 1 end
  rsum = rsum + r
  local f1 = p and (p + r > 0) and 2 * p * r / (p + r) or 0
  per[#per + 1] = { name = row.name, p = p or 0, r = r, f1 = f1, err = not okx and doc or nil }
end

local P, R = psum / math.max(pn, 1), rsum / #rows
local F = (P + R) > 0 and 2 * P * R / (P + R) or 0
table.sort(per, function(a, b) return a.f1 < b.f1 end)
print(("html extraction: %d pages, precision %.3f, recall %.3f, F1 %.3f"):format(#rows, P, R, F))
print(("  %.1f MB in %.2f s of extraction: %.1f MB/s (lua5.4, html.extract)")
  :format(bytes / 1e6, seconds, bytes / 1e6 / math.max(seconds, 1e-9)))
print(("  worst %d pages (F1, precision, recall):"):format(worst_n))
for i = 1, math.min(worst_n, #per) do
  local x = per[i]
  print(("    %-40s %.3f  %.3f  %.3f%s"):format(x.name, x.f1, x.p, x.r, x.err and ("  " .. tostring(x.err)) or ""))
end
