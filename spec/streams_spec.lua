-- lede.each_token and lede.each_sentence: the spans of lede.tokens and
-- lede.sentences one at a time, in bounded memory.  Every spec compares
-- the iterator with the table form on the same text; the optional second
-- argument makes the batches tiny, so that items fall across every cut.
local lede = require("lede")
local helpers = require("helpers")

local function same_tokens(text, batch) helpers.same_tokens(lede, text, batch) end
local function same_sentences(text, chunk) helpers.same_sentences(lede, text, chunk) end

-- Every .txt file under the fixture and example directories.
local function all_texts()
  local out = {}
  for _, dir in ipairs({ "spec/fixtures/", "spec/fixtures/articles/", "spec/fixtures/hosts/",
                         "spec/fixtures/strike/", "examples/articles/" }) do
    for _, name in ipairs(helpers.txt_files(dir)) do
      out[#out + 1] = helpers.read(dir .. name)
    end
  end
  return out
end

describe("lede.each_token", function()
  it("gives s, e, kind of each token, like lede.tokens", function()
    local got = {}
    for s, e, kind in lede.each_token("Mr. Okafor paid $4.5 million, he said.") do
      got[#got + 1] = { s, e, kind }
    end
    assert.are.same({ { 1, 3, "word" }, { 5, 10, "word" }, { 12, 15, "word" },
      { 17, 17, "symbol" }, { 18, 20, "number" }, { 22, 28, "word" }, { 29, 29, "punct" },
      { 31, 32, "word" }, { 34, 37, "word" }, { 38, 38, "punct" } }, got)
  end)

  it("gives nothing for empty or blank text", function()
    for _, text in ipairs({ "", " \n\t\r\n " }) do
      for _ in lede.each_token(text) do error("a token in blank text") end
    end
  end)

  it("matches lede.tokens on every fixture and example, whatever the batch", function()
    local n = 0
    for _, text in ipairs(all_texts()) do
      for _, batch in ipairs({ 1, 2, 3, 7, 100 }) do same_tokens(text, batch) end
      same_tokens(text)
      n = n + 1
    end
    assert.is_true(n >= 50, "texts: " .. n)
  end)

  it("matches lede.tokens when a URL, address or number meets the batch end", function()
    -- tokens whose scan looks far ahead (an e-mail's local part, a URL's
    -- trailing dots) or behind (a sign after a space) at every position
    local text = "see a.b.c.d.e@example.com. http://x.org/a_(b)... -5 +7 U.S.A. "
      .. "www.lede.example?! 1,234,567.89 3:45pm don't re-run 👍🏽 🇺🇦"
    for batch = 1, 12 do
      for pad = 0, 12 do same_tokens(("x "):rep(pad) .. text, batch) end
    end
  end)

  it("keeps the text alive while it runs", function()
    local iter = lede.each_token(("word%d "):format(7) .. ("more "):rep(3000))
    collectgarbage()
    collectgarbage()
    local n = 0
    for s, e in iter do
      n = n + 1
      if n % 1000 == 0 then collectgarbage() end
      assert(e >= s)
    end
    assert.are.equal(3001, n)
  end)

  it("raises for a batch size that is not a whole number from 1", function()
    for _, bad in ipairs({ 0, -1, 2.5, 0 / 0, "3", 1e30 }) do
      local ok, err = pcall(lede.each_token, "text", bad)
      assert.is_false(ok)
      assert.truthy(err:find("bad argument #2 to 'each_token' (batch size", 1, true), err)
    end
  end)
end)

describe("lede.each_sentence", function()
  it("gives s, e of each sentence, like lede.sentences", function()
    local text = "Gen. Okafor met Mr. Reinholt. They talked!\n\nNext day"
    local got = {}
    for s, e in lede.each_sentence(text) do got[#got + 1] = text:sub(s, e) end
    assert.are.same({ "Gen. Okafor met Mr. Reinholt.", "They talked!", "Next day" }, got)
  end)

  it("gives nothing for empty or blank text", function()
    for _, text in ipairs({ "", " \n\t\r\n " }) do
      for _ in lede.each_sentence(text) do error("a sentence in blank text") end
    end
  end)

  it("matches lede.sentences on every fixture and example, whatever the chunk", function()
    for _, text in ipairs(all_texts()) do
      for _, chunk in ipairs({ 1, 2, 3, 5, 16, 17, 100, 1000 }) do same_sentences(text, chunk) end
      same_sentences(text)
    end
  end)

  it("matches lede.sentences with each cut at every offset near a decision", function()
    -- decisions that look back (abbreviations, the words of a line, list
    -- markers) and ahead (the next word, closing quotes, blank lines)
    local pieces = {
      "He met the U.S. Thebes envoy. ", "It ended.... Nobody knew. ",
      "compounds. . . . . The rest. ", "world.Today it rained. ", "Wwa.Next one. ",
      "“Will they last?” she asked. ", "The envoys said the talks would\ncontinue. ",
      "1. Ceasefire line 2. Prisoner exchange 3. Bridge\n\n", "• first • second\n",
      "He was 5. Then he was 6. Then 7. ", "a. one b. two\r\nc) three d) four\n",
      "At 5 a.m. Mr. Smith left. ", "Yahoo! in Geneva. ", "\n\n\n", "x@y.com. Next. ",
    }
    local text = table.concat(pieces)
    for chunk = 1, 40 do
      for pad = 0, 7 do same_sentences((" "):rep(pad) .. text, chunk) end
    end
  end)

  it("matches lede.sentences on texts longer than the default chunk", function()
    local all = table.concat(all_texts(), "\n\n")
    local text = (all .. "\n"):rep(math.ceil(300000 / #all))
    same_sentences(text)
    same_sentences(text, 4093)
    same_tokens(text)
  end)

  it("pairs list markers far apart, across many chunks", function()
    -- "5." and "6." pair (and stop sentences at them) only because both are
    -- in the paragraph: the pair is 20 KB apart, the chunks 64 bytes
    local filler = ("word "):rep(4000)
    for _, text in ipairs({
      "He was 5. Then " .. filler .. "she was 6. Then it ended.",
      "He was 5. Then " .. filler .. "\n\nshe was 6. Then it ended.",
      "a) one " .. filler .. "b) two 1. x " .. filler .. "2. y",
    }) do
      same_sentences(text, 64)
      same_sentences(text, 1000)
    end
  end)

  it("matches lede.sentences on random texts of tricky pieces", function()
    local P = { " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\f", "\0", "1. ", "2. ",
      "1) ", "2.) ", "a. ", "b. ", "c) ", "• ", "‣ ", "The", "he", "Mr.", "U.S.", "e.g.",
      "No.", "N°", "J.", "said", "Yes", "x@y.com", "http://a.b/c.", "www.", ".", ". . .",
      "...", "…", "!", "?", "‼", "。", "\"", "“", "”", "(", ")", "12", "3.5", "—", ",",
      "\226\128\168", "\194\133", "\194\160", "\226\128", "\255", "É", "😀", "a", "Z" }
    local random = helpers.random_gen(7)
    for _ = 1, 400 do
      local parts = {}
      for k = 1, random(150) do parts[k] = P[random(#P)] end
      local text = table.concat(parts)
      same_tokens(text, random(5))
      same_sentences(text, random(4))
      same_sentences(text, random(60))
    end
  end)

  it("keeps the text alive while it runs, and ends for good", function()
    local iter = lede.each_sentence(("Yes. "):rep(5000), 100)
    collectgarbage()
    local n = 0
    for s, e in iter do
      n = n + 1
      if n % 1000 == 0 then collectgarbage() end
      assert(e == s + 3)
    end
    assert.are.equal(5000, n)
    assert.is_nil(iter())
  end)

  it("raises for a chunk size that is not a whole number from 1", function()
    for _, bad in ipairs({ 0, -1, 2.5, 0 / 0, "3", {} }) do
      local ok, err = pcall(lede.each_sentence, "text", bad)
      assert.is_false(ok)
      assert.truthy(err:find("bad argument #2 to 'each_sentence' (batch size", 1, true), err)
    end
  end)
end)
