-- lede.clean: the body as plain text, mojibake and entities repaired, and a
-- report whose spans point into the caller's text.
local article = require("lede.article")
local mojibake = require("lede.mojibake")

local DIR = "spec/fixtures/articles/"

local helpers = require("helpers")

local function read(name) return helpers.read(DIR .. name) end

local function has(s, needle) return s:find(needle, 1, true) ~= nil end

local function fixtures() return helpers.txt_files(DIR) end

describe("lede.clean", function()
  for _, pair in ipairs({
    { "seed001_lossy_mojibake.txt", "seed001_lossy_mojibake.expected" },
    { "lossy_mojibake_short.txt", "lossy_mojibake_short.expected" },
    { "full_mojibake.txt", "full_mojibake.expected" },
  }) do
    it("repairs " .. pair[1] .. " into the text it was made from", function()
      local broken, good = read(pair[1]), read(pair[2])
      local fixed, report = article.clean(broken)
      local want = article.clean(good)
      assert.are.equal(want, fixed)
      assert.is_false(has(fixed, "\195\162"), "â left")
      assert.is_false(has(fixed, "\195\130"), "Â left")
      assert.is_false(has(fixed, "\195\131"), "Ã left")
      assert.is_true(#report.repairs > 0)
      assert.is_truthy(report.mojibake)
      for _, r in ipairs(report.repairs) do
        assert.are.equal(r.from, broken:sub(r.s, r.e))
      end
    end)
  end

  it("guesses each lost character of lossy mojibake from its neighbours", function()
    local body, report = article.clean(read("seed001_lossy_mojibake.txt"))
    assert.are.equal("lossy", report.mojibake)
    assert.is_true(has(body, "Reisz\226\128\153s coalition"))
    assert.is_true(has(body, "\226\128\156a floor, not a ceiling\226\128\157 and"))
    assert.is_true(has(body, "fuel duty\226\128\148one of its central demands\226\128\148and"))
    assert.is_true(has(body, "doesn\226\128\153t forget them"))
    assert.is_true(has(body, "paid,\226\128\157 Reisz said. \226\128\156That"))
    assert.are.equal("NWS", report.source)
  end)

  it("repairs the title and byline it reports, not only the body", function()
    local _, report = article.clean(read("full_mojibake.txt"))
    assert.are.equal("Café owners protest new terrace fees", report.title)
    assert.are.equal("Élodie Marchand", report.byline)
    assert.are.equal("full", report.mojibake)
  end)

  for _, name in ipairs({ "french_correct.txt", "portuguese_correct.txt" }) do
    it("leaves correct text alone: " .. name, function()
      local text = read(name)
      local fixed, changes = mojibake.fix(text)
      assert.are.equal(text, fixed)
      assert.are.same({}, changes)
      local mode = mojibake.scan(text)
      assert.is_false(mode.full)
      assert.is_false(mode.lossy)
      local body, report = article.clean(text)
      assert.are.same({}, report.repairs)
      -- every cleaned paragraph is a paragraph of the input, byte for byte
      for para in (body .. "\n\n"):gmatch("(.-)\n\n") do
        assert.is_true(has(text, para), para)
      end
    end)
  end

  it("does not repair a real capital followed by a quote without other evidence", function()
    local s = "O lema era \226\128\156PEDALAR \195\137 O AMANH\195\131\226\128\157, disse ela."
    assert.are.equal(s, (mojibake.fix(s)))
    local fixed = mojibake.fix("Caf\195\131\194\169 e o AMANH\195\131\226\128\157 fim")
    assert.is_true(has(fixed, "Café"))
  end)

  it("turns CRLF, HTML entities and no-break spaces into plain text", function()
    local text = read("crlf_entities.txt")
    local body, report = article.clean(text)
    assert.is_false(has(body, "\r"))
    assert.is_false(body:find("&%a+;") ~= nil)
    assert.is_false(body:find("&#%d+;") ~= nil)
    assert.is_true(has(body, "company\226\128\153s chief executive"))
    assert.is_true(has(body, "\226\128\156unacceptable\226\128\157"))
    assert.is_true(has(body, "\226\130\172250,000"))
    assert.is_true(has(body, "Hollum & Vester"))
    assert.is_true(has(body, "Passengers on the"))
    assert.is_true(report.counts.crlf >= 3)
    local entity_repairs = 0
    for _, r in ipairs(report.repairs) do
      assert.are.equal(r.from, text:sub(r.s, r.e))
      if r.kind == "entity" then entity_repairs = entity_repairs + 1 end
    end
    assert.are.equal(8, entity_repairs)
  end)

  it("drops zero-width characters, byte order marks and no-break spaces", function()
    local text = read("nbsp_zero_width.txt")
    local body, report = article.clean(text)
    assert.is_false(has(body, "\194\160"))
    assert.is_false(has(body, "\226\128\139"))
    assert.is_false(has(body, "\239\187\191"))
    assert.is_true(has(body, "district council said"))
    assert.is_true(has(body, "9 million pounds"))
    assert.are.equal(2, report.counts["zero-width"])
    assert.is_true(report.counts.nbsp >= 1)
    assert.are.equal("Ruth Ambler", report.byline)
  end)

  it("leaves headlines, headings, datelines and chrome out of the body", function()
    local body, report = article.clean(read("seed004_site_chrome.txt"))
    assert.is_false(has(body, "Flood Barrier Talks Resume"))
    assert.is_false(has(body, "PORT ELLIS"))
    assert.is_false(has(body, "BREAKING"))
    assert.is_true(body:find("^Negotiations over") ~= nil)
    assert.are.equal("PORT ELLIS, Ore.", report.dateline.place)
    local body2, report2 = article.clean(read("seed002_markdown_ai.txt"))
    assert.are.equal(3, #report2.headings)
    for _, h in ipairs(report2.headings) do assert.is_false(has(body2, h)) end
    assert.is_false(has(body2, "**"))
  end)

  it("joins hard-wrapped lines and separates paragraphs by one blank line", function()
    local body = article.clean(read("hard_wrapped.txt"))
    local paras = {}
    for p in (body .. "\n\n"):gmatch("(.-)\n\n") do paras[#paras + 1] = p end
    assert.are.equal(3, #paras)
    assert.is_true(has(paras[1], "planned for this weekend after"))
    assert.is_false(has(body, "\n\n\n"))
    assert.is_false(body:find("%s$") ~= nil)
  end)

  it("keeps link text and drops link targets in markdown", function()
    local body = article.clean(read("markdown_article.txt"))
    assert.is_true(has(body, "old Hedley Way footpath. A petition"))
    assert.is_false(has(body, "https://"))
  end)

  it("keeps every repair span inside the caller's text on all fixtures", function()
    for _, name in ipairs(fixtures()) do
      local text = read(name)
      local body, report = article.clean(text)
      assert.is_string(body)
      for _, r in ipairs(report.repairs) do
        assert.are.equal(r.from, text:sub(r.s, r.e), name)
      end
      for _, r in ipairs(report.removed) do
        assert.are.equal(r.text, text:sub(r.s, r.e), name)
        for line in r.text:gmatch("[^\n]+") do
          -- (short lines such as a topic name may occur inside a sentence)
          if #line > 24 and r.kind ~= "repeat" then assert.is_false(has(body, line), name .. ": " .. line) end
        end
      end
    end
  end)

  it("returns the same body for a clean article as its paragraphs", function()
    local text = read("seed000_dateline_endash.txt")
    local art = article.article(text)
    local body = article.clean(text)
    local paras = {}
    for _, p in ipairs(art.paragraphs) do paras[#paras + 1] = p.text end
    assert.are.equal(table.concat(paras, "\n\n"), body)
  end)
end)
