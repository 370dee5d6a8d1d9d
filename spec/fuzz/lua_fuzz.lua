-- A random-input fuzzer for the Lua side (article, clean, split_articles,
-- quotes, claims, claims_table, summarize, and the iterators each_token and
-- each_sentence and core.tokens_into against tokens and sentences), which
-- libFuzzer does not reach.
-- Texts are strung together from pieces that trip the grammars (quote
-- marks, bylines, separators, mojibake, entities, CR, NUL, invalid UTF-8,
-- emoji) and every result is checked: no error, spans exact, no word lost.
--
--   lua5.4 spec/fuzz/lua_fuzz.lua SECONDS [SEED]
--
-- Prints "lua_fuzz: N inputs in S s, no failure" or the failing input
-- (as a Lua string literal) and exits 1.
local lede = require("lede")

local seconds = tonumber(arg[1]) or 10
local seed = tonumber(arg[2]) or os.time()
math.randomseed(seed)

local PIECES = {
  " ", " ", " ", "\n", "\n\n", "\r", "\r\n", "\t", "\0", "\f",
  "The", "said", "killed", "12", "people", "at least", "were", "injured",
  "Varnholt", "Ilse Marrow", "By ", "BY ", "Reuters", "AP", "(AP)", "—", " -- ",
  ".", ",", "!", "?", ":", ";", "\"", "'", "“", "”", "‘", "’", "«", "»",
  "(", ")", "[", "]", "Share", "Subscribe", "Advertisement", "Read more",
  "* * *", "---", "====", "Copyright", "©", "&amp;", "&nbsp;", "&#8217;",
  "â€™", "â€œ", "Ã©", "Â ", "â", "\192\175", "\237\160\128", "\226\128",
  "\128", "\255", "\240\159\152\128", "\240\159\145\168\226\128\141\240\159\145\169",
  "\226\128\139", "\194\160", "March 3, 2024", "Updated", "Photo:", "http://x.y/z",
  "he said.", "she told reporters", "according to", "Mr.", "U.S.", "1.", "- ",
  "2. ", "a. ", "b) ", "• ", "...", "?!",
}

local function random_pieces(n)
  local out = {}
  for i = 1, n do out[i] = PIECES[math.random(#PIECES)] end
  return table.concat(out)
end

-- The hostile shapes, a few kilobytes at most (the fuzzer checks
-- results; bench/complexity.lua measures cost): one piece run many times,
-- many short quotes, many claims in one sentence, links that never close.
local SHAPES = {
  function() return PIECES[math.random(#PIECES)]:rep(math.random(50, 2000)) end,
  function() return ("x " .. ('x "a b" '):rep(math.random(10, 200))) end,
  function() return ("12 killed "):rep(math.random(10, 200)) .. "." end,
  function() return "Five people were killed " .. ("a"):rep(math.random(100, 3000)) .. "." end,
  function() return ("[a]("):rep(math.random(10, 500)) end,
  function() return ("a\f"):rep(math.random(10, 500)) end,
  function() return ("About the victims\n\n"):rep(math.random(1, 20)) .. random_pieces(50) end,
}

-- Mostly pieces strung together; one input in eight a shape, alone or
-- inside pieces.
local function random_text()
  if math.random(8) > 1 then return random_pieces(math.random(0, 200)) end
  local shape = SHAPES[math.random(#SHAPES)]()
  if math.random(2) == 1 then return shape end
  return random_pieces(math.random(0, 50)) .. shape .. random_pieces(math.random(0, 50))
end

-- The ASCII words of s, after what clean rewrites on purpose: HTML
-- entities (&amp; is "&"), markdown link targets (even across the lines
-- of a paragraph), zero-width characters
-- (dropped: "a\u200Bb" is "ab" to clean, two tokens to the core).
-- Entities are decoded in the input only (the pieces' three), once.
local function words(s, input)
  s = s:gsub("\226\128[\139-\141]", ""):gsub("\226\129\160", "")
    :gsub("\239\187\191", ""):gsub("\194\173", "")
  if input then
    -- (clean joins a paragraph's lines before it drops link targets)
    s = s:gsub("&amp;", "&"):gsub("&nbsp;", " "):gsub("&#8217;", "'")
      :gsub("%s*[\r\n]%s*", " "):gsub("%[([^%[%]\n]+)%]%([^%s()]*%)", " %1 ")
  end
  local out = {}
  for w in s:gmatch("[%w]+") do out[#out + 1] = w end
  return table.concat(out, " ")
end

local function exact(text, list, field, what)
  for i, r in ipairs(list) do
    if type(r.s) ~= "number" or type(r.e) ~= "number" or r.s < 1 or r.e > #text
       or text:sub(r.s, r.e) ~= r[field] then
      error(("%s %d: span %s..%s is not its %s"):format(what, i, tostring(r.s),
        tostring(r.e), field))
    end
  end
end

-- The iterators give the table forms' spans, with a random small batch.
local function same_as_tables(text)
  local toks, i = lede.tokens(text), 0
  for s, e, kind in lede.each_token(text, math.random(1, 9)) do
    i = i + 1
    local t = toks[i]
    if not t or t.s ~= s or t.e ~= e or t.kind ~= kind then
      error(("each_token: token %d differs from lede.tokens"):format(i))
    end
  end
  if i ~= #toks then error("each_token: not as many tokens as lede.tokens") end
  -- core.tokens_into (what lede.quotes reads through), a random count at a
  -- time into one reused list: the same records.
  local core, list, pos, max = require("lede.core"), {}, 1, math.random(1, 300)
  i = 0
  while pos do
    local n
    n, pos = core.tokens_into(text, pos, max, list)
    for k = 1, n do
      i = i + 1
      local t, u = toks[i], list[k]
      if not t or t.s ~= u.s or t.e ~= u.e or t.kind ~= u.kind or t.text ~= u.text
         or t.key ~= u.key then
        error(("tokens_into: token %d differs from lede.tokens"):format(i))
      end
    end
  end
  if i ~= #toks then error("tokens_into: not as many tokens as lede.tokens") end
  local sents = lede.sentences(text)
  i = 0
  for s, e in lede.each_sentence(text, math.random(1, 40)) do
    i = i + 1
    local t = sents[i]
    if not t or t.s ~= s or t.e ~= e then
      error(("each_sentence: sentence %d differs from lede.sentences"):format(i))
    end
  end
  if i ~= #sents then error("each_sentence: not as many sentences as lede.sentences") end
end

local function check(text)
  same_as_tables(text)
  local art = lede.article(text)
  exact(text, art.paragraphs, "text", "paragraph")
  exact(text, art.removed, "text", "removed")
  local body, report = lede.clean(text)
  local expect = {}
  for _, p in ipairs(art.paragraphs) do
    if not p.heading then expect[#expect + 1] = words(p.text, true) end
  end
  -- every word of the kept paragraphs is in the clean body, in order (a
  -- repaired byte may split a word, so the body may have more)
  local wa, wb = words(table.concat(expect, " ")), " " .. words(body) .. " "
  local pos = 1
  for w in wa:gmatch("%S+") do
    local a, b = wb:find(w, pos, true)
    if not a then
      error(("clean lost the word %q (after byte %d of its words)"):format(w, pos))
    end
    pos = b + 1
  end
  for i, r in ipairs(report.repairs) do
    if text:sub(r.s, r.e) ~= r.from then error(("repair %d does not point at its text"):format(i)) end
  end
  -- fix_text: every change points at its bytes, and the changes applied
  -- to the text, in order, give the fixed text
  local fixed, changes = lede.fix_text(text, { entities = #text % 2 == 0, spaces = #text % 3 == 0,
    ligatures = #text % 5 < 2, widths = #text % 5 == 1, controls = #text % 7 < 3,
    line_breaks = #text % 7 == 2 })
  local parts, at = {}, 1
  for i, c in ipairs(changes) do
    if c.s < at or text:sub(c.s, c.e) ~= c.from then
      error(("fix_text change %d does not point at its text"):format(i))
    end
    parts[#parts + 1] = text:sub(at, c.s - 1) .. c.to
    at = c.e + 1
  end
  if table.concat(parts) .. text:sub(at) ~= fixed then error("fix_text: the changes do not give the fixed text") end
  local arts, spans = lede.split_articles(text)
  for i, a in ipairs(arts) do
    if text:sub(spans[i].s, spans[i].e) ~= a then error(("article %d is not its span"):format(i)) end
  end
  exact(text, lede.quotes(text), "text", "quote")
  local r = lede.claims({ text, text:sub(1, math.floor(#text / 2)) })
  for _, c in ipairs(r.claims) do
    for _, s in ipairs(c.sources) do
      local doc = s.doc == 1 and text or text:sub(1, math.floor(#text / 2))
      if doc:sub(s.s, s.e) ~= s.text then error("claim source is not its span") end
    end
  end
  if type(lede.claims_table(r)) ~= "string" then error("claims_table") end
  for _, opts in ipairs({ {}, { article = true }, { words = 12 }, { ratio = 0.5 } }) do
    local _, picks = lede.summarize(text, opts)
    exact(text, picks, "text", "pick")
  end
end

-- Lying tables: a docs array whose __len is not what it holds (or not a
-- number) and options whose __index answers every key.  Each call gives a
-- result that reads exactly #docs items, or a clear error naming the
-- function -- never a raw Lua error, never a hang.
local LENGTHS = { 0, 1, 2, 3, -1, 2.5, "2", 0 / 0, math.huge }
local JUNK = { "x", 0, -1, 1e300, true, {}, print }
-- A clear error names the function it was raised for ("... to 'claims'").
local function try(what, name, ...)
  local ok, r = pcall(lede[name], ...)
  if not ok and not tostring(r):find("'" .. name .. "'", 1, true) then
    error(("%s raised an error that does not name %s: %s"):format(what, name, tostring(r)))
  end
  return ok, r
end
local function check_lies(text)
  local len = LENGTHS[math.random(#LENGTHS)]
  local docs = setmetatable({}, { __len = function() return len end,
    __index = function(_, k) if type(k) == "number" then return text end end })
  local ok, r = try("a lying docs array", "claims", docs)
  if ok then
    for _, c in ipairs(r.claims) do
      for _, src in ipairs(c.sources) do
        if src.doc > len then error("claims read past the docs array's length") end
      end
    end
  end
  local junk = JUNK[math.random(#JUNK)]
  local opts = setmetatable({}, { __index = function() return junk end })
  try("lying options", "claims", { text }, opts)
  try("lying options", "summarize", text, opts)
  try("lying options", "fix_text", text, opts)
  try("a lying result", "claims_table",
    setmetatable({}, { __index = function() return junk end }))
end

local t0, n = os.clock(), 0
while os.clock() - t0 < seconds do
  local text = random_text()
  local ok, err = pcall(check, text)
  if ok and math.random(8) == 1 then ok, err = pcall(check_lies, text) end
  if not ok then
    print(("lua_fuzz: FAILED (seed %d, input %d): %s"):format(seed, n + 1, tostring(err)))
    print(("%q"):format(text))
    local f = io.open("build/lua_fuzz-crash.txt", "wb")
    if f then f:write(text); f:close() end
    os.exit(1)
  end
  n = n + 1
end
print(("lua_fuzz: %d inputs in %.0f s (seed %d), no failure"):format(n, os.clock() - t0, seed))
