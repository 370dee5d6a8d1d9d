local lede = require("lede")
local h = require("helpers")

local function kinds_of(text)
  local out = {}
  for _, t in ipairs(lede.tokens(text)) do out[#out + 1] = t.text .. "/" .. t.kind end
  return out
end

local function token(text, wanted)
  for _, t in ipairs(lede.tokens(text)) do
    if t.text == wanted then return t end
  end
end

describe("lede.tokens", function()
  it("keeps apostrophes and hyphens inside words", function()
    assert.are.same({ "Kestria’s/word", "don't/word", "O'Neill/word", "ceasefire-line/word",
                      "twenty-five/word" },
      kinds_of("Kestria’s don't O'Neill ceasefire-line twenty-five"))
  end)

  it("keeps abbreviations and initials with their periods", function()
    assert.are.same({ "the/word", "U.S./word", "and/word", "U.K./word", "sent/word",
                      "Gen./word", "J./word", "Okafor/word", "to/word", "Tampa/word",
                      ",/punct", "Fla./word", "at/word", "9/number", "a.m./word" },
      kinds_of("the U.S. and U.K. sent Gen. J. Okafor to Tampa, Fla. at 9 a.m."))
  end)

  it("reads numbers with separators, decimals, currency and percent", function()
    assert.are.same({ "1,000/number", "1.5/number", "€/symbol", "21/number", "30/number",
                      "%/symbol", "$/symbol", "4.2bn/number", "21st/number", "-3/number",
                      "10:30/number" },
      kinds_of("1,000 1.5 €21 30% $4.2bn 21st -3 10:30"))
  end)

  it("recognises URLs, e-mail addresses and emoji", function()
    local text = "Read https://news.example.org/a/b?id=4. Write to tips@example.co.uk, "
      .. "or react 👍🏽 🇺🇦 👨‍👩‍👧."
    assert.are.equal("url", token(text, "https://news.example.org/a/b?id=4").kind)
    assert.are.equal("email", token(text, "tips@example.co.uk").kind)
    assert.are.equal("emoji", token(text, "👍🏽").kind)
    assert.are.equal("emoji", token(text, "🇺🇦").kind)
    assert.are.equal("emoji", token(text, "👨‍👩‍👧").kind)
  end)

  it("handles Unicode dashes, quotes and non-ASCII names", function()
    local text = "“Kryvyi Rih” — Zelenskyy, Élysée, Москва and Dvůr Králové"
    assert.are.same({ "“/punct", "Kryvyi/word", "Rih/word", "”/punct", "—/punct",
                      "Zelenskyy/word", ",/punct", "Élysée/word", ",/punct",
                      "Москва/word", "and/word", "Dvůr/word", "Králové/word" },
      kinds_of(text))
  end)

  it("gives words NFC, case-folded keys and keeps byte spans", function()
    local text = "MOSCOW said E\204\129lyse\204\129e and Straße"
    local toks = lede.tokens(text)
    h.assert_spans(text, toks)
    assert.are.equal("moscow", toks[1].key)
    assert.are.equal("élysée", toks[3].key) -- composed from e + U+0301
    assert.are.equal("strasse", toks[5].key)
    assert.is_nil(lede.tokens("42")[1].key)
    assert.are.equal("élysée", lede.fold("ÉLYSÉE"))
  end)

  it("keeps invalid UTF-8 and NUL bytes as tokens of their own", function()
    local text = "ok \128 \192\175 a\0b \237\160\128 end"
    local toks = lede.tokens(text)
    h.assert_spans(text, toks)
    local joined = {}
    for _, t in ipairs(toks) do joined[#joined + 1] = t.text end
    -- every non-space byte is in some token: nothing is lost
    assert.are.equal((text:gsub(" ", "")), table.concat(joined))
  end)

  it("returns an empty list for empty or blank text", function()
    assert.are.same({}, lede.tokens(""))
    assert.are.same({}, lede.tokens(" \n\t "))
  end)

  it("tokenizes a 10 MB text #large", function()
    local unit = "The council met on Monday. It voted 7-2 for the plan, officials said. "
    local text = unit:rep(math.floor(10e6 / #unit))
    local toks = lede.tokens(text)
    assert.are.equal(18 * math.floor(10e6 / #unit), #toks)
    local last = toks[#toks]
    assert.are.equal(".", last.text)
    assert.are.equal(#text - 1, last.e)
  end)
end)

describe("core.tokens_into", function()
  local core = require("lede.core")

  -- The records of tokens_into read max at a time into one reused list.
  local function read_all(text, max)
    local list, out, pos = {}, {}, 1
    while pos do
      local n
      n, pos = core.tokens_into(text, pos, max, list)
      for i = 1, n do
        local t = list[i]
        out[#out + 1] = { text = t.text, s = t.s, e = t.e, kind = t.kind, key = t.key }
      end
      if n < max then assert.is_nil(pos) end
    end
    return out
  end

  it("gives the records of core.tokens, whatever the count, reusing one list", function()
    local text = ("Mr. Okafor said: “We saw 12 (twelve) FIRES — at 9 a.m.” Élysée, "):rep(40)
      .. "https://x.example/a tips@example.org 👍🏽 end"
    local want = {}
    for _, t in ipairs(core.tokens(text)) do
      want[#want + 1] = { text = t.text, s = t.s, e = t.e, kind = t.kind, key = t.key }
    end
    assert.is_true(#want > 600) -- more than one step of 256 inside a call
    for _, max in ipairs({ 1, 7, 255, 256, 257, 600, 4096 }) do
      assert.are.same(want, read_all(text, max))
    end
  end)

  it("clears the key of a reused record that is no longer a word", function()
    local list = {}
    local n = core.tokens_into("Alpha beta", 1, 2, list)
    assert.are.equal(2, n)
    local first = list[1]
    assert.are.equal("alpha", first.key)
    n = core.tokens_into("(, beta", 1, 2, list)
    assert.are.equal(2, n)
    assert.are.equal(first, list[1]) -- the same table, refilled
    assert.are.same({ "(", "punct" }, { list[1].text, list[1].kind })
    assert.is_nil(list[1].key)
    assert.is_nil(list[2].key)
  end)

  it("leaves the slots past the count alone and says where to go on", function()
    local keep = { kept = true }
    local list = { nil, nil, keep }
    local n, next_pos = core.tokens_into("one two three four", 1, 2, list)
    assert.are.same({ 2, 8 }, { n, next_pos }) -- on from the space after "two"
    assert.are.equal(keep, list[3])
    n, next_pos = core.tokens_into("one two", 4, 5, list)
    assert.are.same({ 1, nil }, { n, next_pos })
    assert.are.same({ 0, nil }, { core.tokens_into("   ", 1, 5, list) })
  end)

  it("names bad arguments", function()
    local cases = {
      { { 42, 1, 1, {} }, "#1 to 'tokens_into' (string expected, got number)" },
      { { "text", 9, 1, {} }, "#2 to 'tokens_into' (position outside the text)" },
      { { "text", 1, 0, {} }, "#3 to 'tokens_into' (count must be" },
      { { "text", 1, 1, "list" }, "#4 to 'tokens_into' (table expected)" },
    }
    for _, c in ipairs(cases) do
      local ok, err = pcall(core.tokens_into, (table.unpack or unpack)(c[1], 1, 4))
      assert.is_false(ok)
      assert.truthy(tostring(err):find(c[2], 1, true), err)
    end
  end)
end)
