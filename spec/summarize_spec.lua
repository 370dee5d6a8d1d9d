-- lede.summarize: budgets, spans, determinism, multi-document redundancy,
-- degenerate input and option errors.  Fixtures are the project's own
-- (spec/fixtures/summ_*.txt: three invented reports of one harbor accident).
local lede = require("lede")

local function fixture(name)
  local f = assert(io.open("spec/fixtures/" .. name, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local A = fixture("summ_harbor_a.txt")
local B = fixture("summ_harbor_b.txt")
local C = fixture("summ_harbor_c.txt")

local function words(s)
  local n = 0
  for _ in s:gmatch("%S+") do n = n + 1 end
  return n
end

local function total_words(picks)
  local n = 0
  for _, p in ipairs(picks) do n = n + words(p.text) end
  return n
end

-- A long article made of distinct invented sentences.
local function long_article(n)
  local parts = {}
  for i = 1, n do
    parts[i] = ("Inspector %d checked crane %d on quay %d and logged %d faults in the record."):format(
      i, i % 97, i % 13, i % 7)
  end
  return table.concat(parts, " ")
end

local function check_spans(docs, picks)
  for _, p in ipairs(picks) do
    local d = docs[p.doc]
    local text = type(d) == "table" and d.text or d
    assert.are.equal(p.text, text:sub(p.s, p.e))
  end
end

describe("lede.summarize", function()
  describe("budgets", function()
    it("sentences=N gives exactly N sentences when there are enough", function()
      for n = 1, 6 do
        local _, picks = lede.summarize(A, { sentences = n })
        assert.are.equal(n, #picks)
      end
    end)

    it("defaults to 3 sentences for one article and 5 for several", function()
      local _, one = lede.summarize(A)
      assert.are.equal(3, #one)
      local _, several = lede.summarize({ A, B, C })
      assert.are.equal(5, #several)
    end)

    it("words=N never exceeds N and counts words as the summary shows them", function()
      for _, n in ipairs({ 10, 25, 40, 60, 100, 1000 }) do
        for _, method in ipairs({ "rank", "lead" }) do
          local summary, picks = lede.summarize({ A, B, C }, { words = n, method = method })
          assert.is_true(words(summary) <= n)
          assert.are.equal(words(summary), total_words(picks))
          local sum = 0
          for _, p in ipairs(picks) do sum = sum + p.words end
          assert.are.equal(words(summary), sum)
          assert.is_true(#picks > 0)
        end
      end
    end)

    it("the lead method fills a words budget with the first sentences that fit", function()
      local _, all = lede.summarize(A, { method = "lead", sentences = 100 })
      local _, picks = lede.summarize(A, { method = "lead", words = 60 })
      local used, expect = 0, {}
      for _, p in ipairs(all) do
        if used + p.words <= 60 then
          used = used + p.words
          expect[#expect + 1] = p.text
        end
      end
      assert.are.equal(#expect, #picks)
      for i, p in ipairs(picks) do assert.are.equal(expect[i], p.text) end
    end)

    it("bytes=N bounds the summary text's length", function()
      for _, n in ipairs({ 80, 150, 300, 700 }) do
        local summary, picks = lede.summarize({ A, B, C }, { bytes = n })
        assert.is_true(#summary <= n)
        assert.is_true(#picks > 0)
      end
    end)

    it("ratio=r keeps at most that share of the input's words", function()
      local input = words(A) + words(B)
      for _, r in ipairs({ 0.1, 0.3, 0.5, 1 }) do
        local summary = lede.summarize({ A, B }, { ratio = r })
        assert.is_true(words(summary) <= math.floor(r * input))
        assert.is_true(words(summary) > 0)
      end
      local whole, picks = lede.summarize(A, { ratio = 1 })
      assert.is_true(#picks > 3)
      assert.is_true(words(whole) <= words(A))
    end)

    it("never cuts a sentence: one too long for the budget is left out", function()
      local s = "The harbor authority said the crane collapsed on Tuesday morning."
      local summary, picks = lede.summarize(s, { words = 5 })
      assert.are.equal("", summary)
      assert.are.same({}, picks)
      summary = lede.summarize(s, { words = words(s) })
      assert.are.equal(s, summary)
    end)
  end)

  describe("spans and order", function()
    it("point into the caller's string, 1-based inclusive", function()
      local docs = { A, B, C }
      local _, picks = lede.summarize(docs, { sentences = 8 })
      check_spans(docs, picks)
      local _, one = lede.summarize(A, { sentences = 5 })
      check_spans({ A }, one)
    end)

    it("point into the original text when a body range is given", function()
      local prefix = "SITE MENU | Subscribe | Log in\n\n"
      local suffix = "\n\nShare this article\nComments (0)"
      local page = prefix .. A .. suffix
      local doc = { text = page, s = #prefix + 1, e = #prefix + #A }
      local _, picks = lede.summarize({ doc }, { sentences = 4 })
      assert.are.equal(4, #picks)
      for _, p in ipairs(picks) do
        assert.are.equal(page:sub(p.s, p.e), p.text)
        assert.is_true(p.s > #prefix and p.e <= #prefix + #A)
      end
      local _, direct = lede.summarize(A, { sentences = 4 })
      for i, p in ipairs(picks) do
        assert.are.equal(direct[i].text, p.text)
        assert.are.equal(direct[i].s + #prefix, p.s)
      end
    end)

    it("summarizes only the given parts of a text", function()
      local chrome = "Subscribe to our newsletter\n\nShare this article\n\n"
      local page = chrome .. A .. "\n\nRelated: Port strikes in the north\n\n" .. B
      local sa = #chrome + 1
      local sb = page:find(B, 1, true)
      local doc = { text = page, parts = { { s = sa, e = sa + #A - 1 }, { s = sb, e = #page } } }
      local _, picks = lede.summarize({ doc }, { sentences = 6 })
      assert.are.equal(6, #picks)
      local seen_b = false
      for i, p in ipairs(picks) do
        assert.are.equal(page:sub(p.s, p.e), p.text)
        assert.is_true((p.s >= sa and p.e < sa + #A) or p.s >= sb)
        assert.is_nil(p.text:find("Related", 1, true))
        if p.s >= sb then seen_b = true end
        if i > 1 then assert.is_true(picks[i - 1].index < p.index) end
      end
      assert.is_true(seen_b)
      local _, none = lede.summarize({ { text = page, parts = {} } })
      assert.are.same({}, none)
    end)

    it("with article = true, leaves the headline and site chrome out", function()
      local page = "Crane collapse at Port Veldin kills four dock workers\n\n"
        .. "By Mira Test, Harbor Correspondent\n\n" .. A:match("\n\n(.*)$")
        .. "\n\nShare this article\n\nLeave a Reply\n"
      local _, picks = lede.summarize(page, { article = true, sentences = 50 })
      assert.is_true(#picks > 3)
      for _, p in ipairs(picks) do
        assert.are.equal(page:sub(p.s, p.e), p.text)
        assert.is_nil(p.text:find("Crane collapse at", 1, true))
        assert.is_nil(p.text:find("Mira Test", 1, true))
        assert.is_nil(p.text:find("Leave a Reply", 1, true))
      end
      local _, several = lede.summarize({ page, B }, { article = true, words = 80 })
      assert.is_true(#several > 0)
      for _, p in ipairs(several) do
        assert.are.equal(({ page, B })[p.doc]:sub(p.s, p.e), p.text)
      end
    end)

    it("orders one article's picks as in the article", function()
      local _, picks = lede.summarize(A, { sentences = 5 })
      for i = 2, #picks do assert.is_true(picks[i - 1].s < picks[i].s) end
    end)

    it("orders several articles' picks by document, then position, a lead first", function()
      local _, picks = lede.summarize({ A, B, C }, { sentences = 8 })
      local first = picks[1].doc -- the document whose pick is nearest its start
      for _, p in ipairs(picks) do assert.is_true(picks[1].index <= p.index) end
      local function place(d) return d == first and 0 or d end
      for i = 2, #picks do
        local a, b = picks[i - 1], picks[i]
        assert.is_true(place(a.doc) < place(b.doc) or (a.doc == b.doc and a.s < b.s))
      end
    end)

    it("gives every pick a finite score and its sentence index", function()
      local _, picks = lede.summarize({ A, B }, { sentences = 4 })
      for _, p in ipairs(picks) do
        assert.are.equal("number", type(p.score))
        assert.is_true(p.score == p.score and p.score > -math.huge and p.score < math.huge)
        assert.is_true(p.index >= 1)
        -- the sentence, less a wire dateline ("PORT VELDIN — ") before it
        local whole = lede.sentences(({ A, B })[p.doc])[p.index]
        assert.are.equal(whole.e, p.e)
        assert.is_true(p.s >= whole.s and whole.text:sub(-#p.text) == p.text)
      end
    end)
  end)

  describe("determinism", function()
    it("gives the same picks for the same input and options", function()
      local s1, p1 = lede.summarize({ A, B, C }, { words = 90 })
      lede.summarize(B, { sentences = 2 }) -- no state carried between calls
      local s2, p2 = lede.summarize({ A, B, C }, { words = 90 })
      assert.are.equal(s1, s2)
      assert.are.same(p1, p2)
    end)

    -- The words of each summary are kept (stems, stop words) for the next
    -- ones in the same Lua state: that may change speed, never a pick.
    it("gives the same picks and scores with the words of other summaries kept", function()
      local text = "Der Hafen bleibt geschlossen. Die Kräne stehen still, sagte "
        .. "der Direktor am Dienstag. Die Arbeiter streiken seit Montag."
      local _, first = lede.summarize(A, { words = 60 })
      local _, german = lede.summarize(text, { language = "de", sentences = 2 })
      for _ = 1, 3 do
        local _, again = lede.summarize(A, { words = 60 })
        assert.are.same(first, again)
        local _, de_again = lede.summarize(text, { language = "de", sentences = 2 })
        assert.are.same(german, de_again)
      end
    end)
  end)

  describe("redundancy", function()
    it("states a fact reported by three articles once", function()
      for _, budget in ipairs({ { sentences = 3 }, { sentences = 6 }, { words = 120 }, {} }) do
        local _, picks = lede.summarize({ A, B, C }, budget)
        local n = 0
        for _, p in ipairs(picks) do
          if p.text:lower():find("four dock workers", 1, true) then n = n + 1 end
        end
        assert.are.equal(1, n)
      end
    end)

    it("never picks both copies of a body pasted twice", function()
      local doubled = A .. "\n\n" .. A
      local _, picks = lede.summarize(doubled, { sentences = 6 })
      assert.are.equal(6, #picks)
      local seen = {}
      for _, p in ipairs(picks) do
        assert.is_nil(seen[p.text])
        seen[p.text] = true
      end
    end)

    it("the lead baseline does not remove redundancy", function()
      local _, picks = lede.summarize({ A, A }, { method = "lead", sentences = 2 })
      assert.are.equal(picks[1].text, picks[2].text)
    end)
  end)

  describe("degenerate input", function()
    it("returns an empty summary for empty text and no documents", function()
      local s, p = lede.summarize("")
      assert.are.equal("", s)
      assert.are.same({}, p)
      s, p = lede.summarize({})
      assert.are.equal("", s)
      assert.are.same({}, p)
      s, p = lede.summarize({ "", "" })
      assert.are.equal("", s)
      assert.are.same({}, p)
    end)

    it("returns an empty summary when there is no sentence", function()
      local s, p = lede.summarize(" \n\n\t  \n")
      assert.are.equal("", s)
      assert.are.same({}, p)
    end)

    it("returns the only sentence", function()
      local one = "Cranes were idle."
      local s, p = lede.summarize(one)
      assert.are.equal(one, s)
      assert.are.equal(1, #p)
      assert.are.equal(1, p[1].s)
      assert.are.equal(#one, p[1].e)
    end)

    it("handles 10,000 sentences within the budget", function()
      local text = long_article(10000)
      local summary, picks = lede.summarize(text, { words = 300 })
      assert.is_true(words(summary) <= 300 and #picks > 0)
      check_spans({ text }, picks)
      local _, many = lede.summarize(text, { sentences = 200 })
      assert.are.equal(200, #many)
    end)

    it("handles one sentence of 1 MB without cutting it", function()
      local parts = {}
      for i = 1, 80000 do parts[i] = "crane" .. (i % 500) .. " quay" end
      local big = table.concat(parts, " ") .. "."
      assert.is_true(#big > 1000000)
      local s, p = lede.summarize(big, { sentences = 1 })
      assert.are.equal(big, s)
      assert.are.equal(#big, p[1].e)
      s, p = lede.summarize(big, { words = 100 })
      assert.are.equal("", s)
      assert.are.same({}, p)
    end)

    -- Sentences without a content word (stopwords, one-letter words) have
    -- no node in the similarity graph; their rank and score come from their
    -- position (memory bounds).  These figures are the ones every
    -- sentence got when each had its own slot in the ranking arrays.
    it("ranks sentences without content words by their position alone", function()
      local text = ("Yes. "):rep(200)
      local _, picks = lede.summarize(text, { sentences = math.huge })
      assert.are.equal(200, #picks)
      for i, p in ipairs(picks) do
        assert.are.equal(i, p.index)
        -- one document: score = fragment factor 0.3 * teleport weight
        -- (0.3 / sqrt(position) + 0.7) relative to the first sentence's
        assert.is_true(math.abs(p.score - 0.3 * (0.3 / math.sqrt(i) + 0.7)) < 1e-12)
      end
      local s, three = lede.summarize(text)
      assert.are.equal("Yes. Yes. Yes.", s)
      assert.are.same({ 1, 2, 3 }, { three[1].index, three[2].index, three[3].index })
    end)

    it("picks among sentences with and without content words as before", function()
      local content = {
        "Cranes at the harbor quay stopped after the storm damaged the rails overnight.",
        "The storm damaged rails and two cranes on the north quay, the port said.",
        "Workers cleared the quay by noon and the cranes were inspected for damage.",
        "The port expects the cranes on the north quay to work again next week.",
      }
      local parts = {}
      for i = 1, 4 do
        parts[#parts + 1] = content[i]
        parts[#parts + 1] = "And then it was all over for them." -- no content word
        parts[#parts + 1] = "Yes."
        parts[#parts + 1] = "So it is, and so it was, as they had said."
      end
      local text = table.concat(parts, " ")
      local function got(input, opts)
        local _, picks = lede.summarize(input, opts)
        local r = {}
        for i, p in ipairs(picks) do r[i] = { p.doc, p.index, p.score } end
        return r
      end
      local function same(want, have)
        assert.are.equal(#want, #have)
        for i, w in ipairs(want) do
          assert.are.same({ w[1], w[2] }, { have[i][1], have[i][2] })
          assert.is_true(math.abs(w[3] - have[i][3]) <= 1e-12 * w[3])
        end
      end
      -- one document: the score adds the mean frequency of the words (the
      -- four copies of "So it is ..." share "said" with content[2])
      same({ { 1, 1, 0.96549946478504234 }, { 1, 5, 1.2222222222222223 },
             { 1, 8, 1.013411170237309 } },
        got(text))
      -- no limit: every copy of the sentence without content words comes in
      -- (nothing to be redundant with), a repeated one with content only
      -- once; the short "Yes." fills the count once the rest is in, and
      -- "So it is ..." (8), which points back, comes once a sentence just
      -- before it is in
      same({ { 1, 1, 0.96549946478504234 }, { 1, 2, 0.11326544150782869 },
             { 1, 3, 0.032529487598352558 }, { 1, 5, 1.2222222222222223 },
             { 1, 6, 0.10213207343443269 }, { 1, 7, 0.030301173336192297 },
             { 1, 8, 1.013411170237309 }, { 1, 9, 0.79911422850155356 },
             { 1, 10, 0.098704035079228924 }, { 1, 11, 0.029446741376974589 },
             { 1, 13, 0.78659014751472611 }, { 1, 14, 0.09687988634980528 },
             { 1, 15, 0.028962686029617341 } },
        got(text, { sentences = math.huge }))
      -- a words budget is filled with the sentences whose words are worth
      -- most in all: 1 and 5 (13 and 14 words), not 5 and 8 (14 and 11)
      same({ { 1, 1, 0.96549946478504234 }, { 1, 5, 1.2222222222222223 } },
        got(text, { words = 30 }))
      -- "So it is ..." (8) opens with a word that points back: taken only
      -- with one of the 3 sentences before it (5)
      same({ { 1, 5, 1.2222222222222223 }, { 1, 8, 1.013411170237309 } },
        got(text, { bytes = 120 }))
      same({ { 1, 1, 2.3961044100031073 }, { 1, 2, 1.541391745863208 }, { 1, 4, 2 },
             { 1, 5, 1.790247428110429 }, { 1, 6, 0.93117385055698199 },
             { 1, 9, 0.89256455068934482 } },
        got({ text, ("Yes. "):rep(3) .. "And then it was all over for them. "
          .. "So it is, and so it was, as they had said. " .. content[2] }, { sentences = 6 }))
    end)

    it("keeps spans exact on invalid UTF-8 and NUL bytes", function()
      local text = "The crane \255\254 fell on the quay at dawn.\0 Four workers died there. "
        .. "The union called a stoppage at the port."
      local _, picks = lede.summarize(text, { sentences = 3 })
      assert.is_true(#picks >= 2)
      check_spans({ text }, picks)
    end)
  end)

  describe("errors", function()
    local function err(f)
      local ok, msg = pcall(f)
      assert.is_false(ok)
      return tostring(msg)
    end

    it("rejects a first argument that is not text or documents", function()
      assert.matches("bad argument #1 to 'summarize' %(string or array of documents expected, got number%)",
        err(function() lede.summarize(42) end))
      assert.matches("bad argument #1 to 'summarize'", err(function() lede.summarize(nil) end))
      assert.matches("docs%[2%] is a boolean, string or {text=, date=, name=} expected",
        err(function() lede.summarize({ A, true }) end))
      assert.matches("docs%[1%]%.text must be a string, got nil",
        err(function() lede.summarize({ { s = 1 } }) end))
      assert.matches("docs%[1%]: body range",
        err(function() lede.summarize({ { text = A, s = 5, e = #A + 10 } }) end))
      assert.matches("array of documents expected, has key x",
        err(function() lede.summarize({ x = A }) end))
      assert.matches("docs%[1%]%.parts%[2%] must be {s=, e=} after the previous part",
        err(function() lede.summarize({ { text = A, parts = { { s = 10, e = 20 }, { s = 15, e = 30 } } } }) end))
      assert.matches("docs%[1%]%.parts%[1%] must be",
        err(function() lede.summarize({ { text = A, parts = { { s = 1, e = #A + 1 } } } }) end))
      assert.matches("docs%[1%]%.parts must be an array",
        err(function() lede.summarize({ { text = A, s = 1, parts = {} } }) end))
      assert.matches("bad option 'article' to 'summarize' %(boolean expected, got \"yes\"%)",
        err(function() lede.summarize(A, { article = "yes" }) end))
      assert.matches("docs%[1%]%.title must be a string",
        err(function() lede.summarize({ { text = A, title = 3 } }) end))
    end)

    it("rejects options that are not a table", function()
      assert.matches("bad argument #2 to 'summarize' %(table expected, got string%)",
        err(function() lede.summarize(A, "words=3") end))
    end)

    it("names the bad option and the value", function()
      assert.matches("bad option 'words' to 'summarize' %(positive integer expected, got %-3%)",
        err(function() lede.summarize(A, { words = -3 }) end))
      assert.matches("bad option 'sentences' to 'summarize' %(positive integer expected, got 1.5%)",
        err(function() lede.summarize(A, { sentences = 1.5 }) end))
      assert.matches("bad option 'bytes' to 'summarize' %(positive integer expected, got nan%)",
        err(function() lede.summarize(A, { bytes = 0 / 0 }) end))
      assert.matches("bad option 'words' to 'summarize' %(positive integer expected, got \"10\"%)",
        err(function() lede.summarize(A, { words = "10" }) end))
      assert.matches("bad option 'sentences' to 'summarize' %(positive integer expected, got 0%)",
        err(function() lede.summarize(A, { sentences = 0 }) end))
      assert.matches("bad option 'ratio' to 'summarize' %(number in %(0, 1%] expected, got 2%)",
        err(function() lede.summarize(A, { ratio = 2 }) end))
      assert.matches("bad option 'ratio' to 'summarize'",
        err(function() lede.summarize(A, { ratio = 0 / 0 }) end))
      assert.matches("bad option 'method' to 'summarize' %('rank' or 'lead' expected, got \"best\"%)",
        err(function() lede.summarize(A, { method = "best" }) end))
      assert.matches("bad option 'lead' to 'summarize'",
        err(function() lede.summarize(A, { lead = -1 }) end))
      assert.matches("bad option 'redundancy' to 'summarize'",
        err(function() lede.summarize(A, { redundancy = 0 }) end))
      assert.matches("bad option 'title' to 'summarize'",
        err(function() lede.summarize(A, { title = {} }) end))
      assert.matches("bad option 'title' to 'summarize' %(one text expected with it",
        err(function() lede.summarize({ A, B }, { title = "Crane collapse" }) end))
    end)

    it("blames the caller's line", function()
      local msg = err(function() lede.summarize(A, { words = -3 }) end)
      assert.matches("summarize_spec.lua:%d+: bad option 'words'", msg)
      msg = err(function() lede.summarize(A, { ratio = 3 }) end)
      assert.matches("summarize_spec.lua:%d+: bad option 'ratio'", msg)
      msg = err(function() lede.summarize(true) end)
      assert.matches("summarize_spec.lua:%d+: bad argument #1", msg)
    end)

    it("allows one budget at a time", function()
      assert.matches("options 'sentences' and 'words' to 'summarize' are exclusive",
        err(function() lede.summarize(A, { sentences = 2, words = 30 }) end))
    end)

    it("rejects unknown options", function()
      assert.matches("unknown option 'word' to 'summarize'",
        err(function() lede.summarize(A, { word = 30 }) end))
    end)

    it("takes a huge budget as no limit", function()
      local _, all = lede.summarize(A, { method = "lead", sentences = 1000 })
      for _, v in ipairs({ math.huge, 1e300, 2 ^ 53 }) do
        local _, picks = lede.summarize(A, { method = "lead", words = v })
        assert.are.equal(#all, #picks)
        _, picks = lede.summarize(A, { method = "lead", bytes = v })
        assert.are.equal(#all, #picks)
      end
    end)
  end)

  describe("plain text", function()
    it("is summarized without the HTML module (no '<', no format: no page)", function()
      local saved = package.loaded["lede.html"]
      package.loaded["lede.html"] = nil
      local ok, err = pcall(lede.summarize, "The ferry sailed at noon. It reached the island by dusk.")
      local loaded = package.loaded["lede.html"]
      package.loaded["lede.html"] = saved
      assert.is_true(ok, err)
      assert.is_nil(loaded)
      -- a page is still read as one
      local _, picks = lede.summarize("<html><body><p>The ferry sailed at noon from the old "
        .. "harbour of the town.</p></body></html>")
      assert.are.equal("The ferry sailed at noon from the old harbour of the town.", picks[1].text)
    end)
  end)

  describe("facts", function()
    -- A council story told by three papers: the first two say in other
    -- words that the mayor appointed the treasurer on Tuesday.
    local function council(first, second)
      return {
        "The harbour council met for six hours in Port Ellis on Tuesday to settle its budget. "
          .. first .. " The budget keeps the ferry subsidy and cuts the road repair fund by a "
          .. "tenth. Dock workers who crowded the public gallery cheered when the ferry subsidy "
          .. "passed.",
        "Port Ellis has a new treasurer. " .. second .. " Okafor ran the port authority's "
          .. "accounts for twelve years before she joined the council. She said her first task "
          .. "would be an audit of the road repair fund.",
        "The Port Ellis budget passed by seven votes to four late on Tuesday. Opponents said the "
          .. "cuts to road repairs would leave the coast road unsafe by winter. The ferry subsidy, "
          .. "worth two million a year, was the part of the budget the dock workers feared for. "
          .. "Council officers will publish the full budget next week.",
      }
    end
    local APPOINTED = "Mayor Daniel Reyes appointed Maria Okafor treasurer on Tuesday, minutes "
      .. "after the vote on the harbour budget had closed."
    local function has(picks, what)
      for _, p in ipairs(picks) do
        if p.text:find(what, 1, true) then return true end
      end
      return false
    end

    it("leaves out a paraphrase of a chosen sentence's fact (same names and day)", function()
      local docs = council(APPOINTED, "On Tuesday Maria Okafor was named the new treasurer by "
        .. "Mayor Daniel Reyes, who praised her long record at the port authority.")
      local _, picks = lede.summarize(docs, { sentences = 12 })
      assert.are.equal(11, #picks) -- every sentence but one
      assert.are_not.equal(has(picks, "appointed Maria Okafor"), has(picks, "was named the new"))
    end)

    it("keeps both when the dates differ: another event, not a repeat", function()
      local docs = council(APPOINTED, "On Monday Maria Okafor was named the new treasurer by "
        .. "Mayor Daniel Reyes, who praised her long record at the port authority.")
      local _, picks = lede.summarize(docs, { sentences = 12 })
      assert.are.equal(12, #picks)
    end)
  end)

  describe("tolls", function()
    it("counts a sentence that reports a casualty count as content", function()
      local text = table.concat({
        "Ministers from the river states met in Dunmore on Monday to agree how the flood "
          .. "defences of the valley will be paid for.",
        "The talks, which the regional government called after last week's storms, are due to "
          .. "run until Thursday.",
        "Officials from the river states said the flood defences would need new money from "
          .. "every state in the valley.",
        "The regional government wants the river states to share the cost of the flood "
          .. "defences by the size of their towns.",
        "The storm that broke the flood defences of the river states on Saturday killed 14 "
          .. "people and injured 30 others.",
        "Several of the river states say the regional government should pay for the flood "
          .. "defences alone.",
        "A statement on the talks is expected from the regional government on Thursday evening.",
      }, " ")
      local _, picks = lede.summarize(text)
      local got = {}
      for i, p in ipairs(picks) do got[i] = p.index end
      assert.are.same({ 4, 5, 6 }, got) -- without the toll's weight: 3, 4, 6
      -- the same text as parts, one a sentence (the counts of a document
      -- are read once, across its parts)
      local parts, at = {}, 1
      while at <= #text do
        local e = text:find("%. ", at) or #text
        parts[#parts + 1] = { s = at, e = e }
        at = e + 2
      end
      assert.are.equal(7, #parts)
      _, picks = lede.summarize({ { text = text, parts = parts } })
      got = {}
      for i, p in ipairs(picks) do got[i] = p.index end
      assert.are.same({ 4, 5, 6 }, got)
    end)
  end)

  describe("the main event", function()
    -- Five invented reports of one day of peace talks: each leads with the
    -- talks; the drone strike's toll comes second in the first report and
    -- deep in two others.
    local function talks(strike_elsewhere)
      local toll2 = strike_elsewhere
        and "In the port of Marisol, officials said the toll of a drone strike overnight had "
          .. "risen to six dead, with 38 people injured."
        or "In the port of Marisol, officials said the harbour cranes had been repaired."
      local toll4 = strike_elsewhere
        and "The drone strike on Marisol killed six people, Kestrian officials said."
        or "The harbour of Marisol reopened to ships on Sunday, Kestrian officials said."
      return {
        "As envoys of Valdoria and Kestria met in Geneva for a second day of peace talks, a "
          .. "drone strike hit the Kestrian port of Marisol. The strike on the port of Marisol "
          .. "killed six people and injured 38 others, officials said. The Valdorian envoy told "
          .. "reporters in Geneva that the peace talks were making slow progress. The Kestrian "
          .. "envoy said Kestria would not give up land for a ceasefire.",
        "Kestrian Foreign Minister Anneli Varga urged European governments on Sunday to keep up "
          .. "pressure on Valdoria as envoys of both countries met in Geneva for peace talks. "
          .. "Varga said sanctions on Valdoria were the only language its government understood. "
          .. "European ministers will meet in Brussels next week to discuss new sanctions. Varga "
          .. "spoke after a visit to the front in the east of Kestria. " .. toll2,
        "Envoys of Valdoria and Kestria sat down in Geneva on Saturday for the first direct "
          .. "peace talks since the war began, with Swiss diplomats as hosts. The peace talks in "
          .. "Geneva are expected to last a week. Swiss diplomats said both envoys had agreed to "
          .. "discuss an exchange of prisoners first. A ceasefire would be discussed only after "
          .. "the exchange. The war has gone on for three years.",
        "Valdorian and Kestrian envoys met for a second day of peace talks in Geneva on Sunday, "
          .. "with the Swiss hosts saying the atmosphere had improved since Saturday. The envoys "
          .. "discussed an exchange of prisoners for four hours. A Swiss diplomat said a deal on "
          .. "prisoners could come within days. " .. toll4,
        "Valdoria's president said on Sunday that his troops were advancing in the east of "
          .. "Kestria while his envoys held peace talks in Geneva. He said Valdoria would reach "
          .. "its aims by force if the peace talks in Geneva failed. Kestria called the remarks a "
          .. "threat to the peace talks.",
      }
    end
    local function tolls(picks)
      local n = 0
      for _, p in ipairs(picks) do
        if p.text:find("six people", 1, true) or p.text:find("six dead", 1, true) then
          n = n + 1
        end
      end
      return n
    end

    it("puts a toll that several articles give in a summary of their leads", function()
      local _, picks = lede.summarize(talks(true))
      assert.are.equal(5, #picks)
      assert.are.equal(1, tolls(picks)) -- once: the others are the same fact
      -- the lead that names the strike opens the summary, the toll after it
      assert.are.same({ 1, 1 }, { picks[1].doc, picks[1].index })
      assert.are.same({ 1, 2 }, { picks[2].doc, picks[2].index })
    end)

    it("leaves a toll that one article gives to its score", function()
      -- only the first report has it: the five leads, as without a toll
      local _, picks = lede.summarize(talks(false))
      assert.are.equal(0, tolls(picks))
      for _, p in ipairs(picks) do assert.are.equal(1, p.index) end
    end)

    it("needs room for three sentences", function()
      local _, picks = lede.summarize(talks(true), { sentences = 2 })
      assert.are.equal(0, tolls(picks))
    end)
  end)

  describe("title", function()
    it("moves a headline's sentence up when the headline weight is raised", function()
      -- Without a headline the union paragraph is not chosen for one sentence;
      -- with a headline about the union and a strong weight it is.
      local _, plain = lede.summarize(B, { sentences = 1 })
      local _, titled = lede.summarize({ { text = B, title = "Union secretary Orlek: cranes must be checked" } },
        { sentences = 1, headline = 5 })
      assert.is_false(plain[1].text:find("Orlek", 1, true) ~= nil)
      assert.is_truthy(titled[1].text:find("Orlek", 1, true))
    end)
  end)
end)
