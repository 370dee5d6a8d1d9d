-- HTML pages in: lede.article, lede.clean, lede.summarize, lede.claims and
-- lede.quotes read the main text of a page, and every span they give
-- points into the page the caller passed.
local lede = require("lede")
local html = require("lede.html")
local helpers = require("helpers")

local DIR = "spec/fixtures/html/"
local function read(name) return helpers.read(DIR .. name) end
local function has(s, needle) return s:find(needle, 1, true) ~= nil end

-- The page bytes of a span, with tags and references taken out and white
-- space folded: what a reader sees there.
local function seen(page, s, e)
  local t = page:sub(s, e):gsub("<[^>]*>", " "):gsub("&[#%w]+;", "_"):gsub("%s+", " ")
  return t
end

describe("lede.html", function()
  local page = read("wildfire.html")

  it("detects pages and fragments, and leaves text and markdown alone", function()
    assert.is_true(html.is_html(page))
    assert.is_true(html.is_html("\239\187\191  <!DOCTYPE html><p>x</p>"))
    assert.is_true(html.is_html("<div><p>One.</p><p>Two.</p><p>Three.</p></div>"))
    assert.is_false(html.is_html("MIAMI, Fla. -- A storm hit.\n\nIt rained <b>a lot</b>."))
    assert.is_false(html.is_html("# Title\n\nSome *markdown* with a [link](http://x.org)."))
    assert.is_false(html.is_html(""))
  end)

  it("finds the story and drops the chrome around it", function()
    local doc = html.extract(page)
    assert.is_true(has(doc.text, "forced about 3,000 people"))
    assert.is_true(has(doc.text, "blankets & cots"))
    assert.is_true(has(doc.text, "sheriff\226\128\153s office said"))
    assert.is_true(has(doc.text, "We packed the car"), "block quote kept")
    for _, chrome in ipairs({ "Sports", "cookies", "Share on", "Subscribe", "Related",
        "third fire this summer", "All rights reserved", "Photo: L. Marsh",
        "Advertisement", "window.ads", "line-height" }) do
      assert.is_false(has(doc.text, chrome), chrome)
    end
  end)

  it("reads title, byline, date and source from the page's metadata", function()
    local doc = html.extract(page)
    assert.are.equal("Wildfire forces 3,000 from homes near Carrow Ridge", doc.title)
    assert.are.equal("Dana Whitlock, Omar Feld", doc.byline)
    assert.are.equal("2026-08-14T06:30:00-07:00", doc.date)
    assert.are.equal("The Northern Courier", doc.source)
    assert.is_false(has(doc.text, "Wildfire forces 3,000 from homes"), "headline not in the body")
  end)

  it("maps every paragraph back to the page bytes it came from", function()
    local doc = html.extract(page)
    assert.is_true(#doc.paragraphs >= 6)
    for _, p in ipairs(doc.paragraphs) do
      local words = p.text:gsub("[^%w%s]", " "):gsub("%s+", " ")
      local first = words:match("^%s*(%w+)")
      local last = words:match("(%w+)%s*$")
      local there = seen(page, p.s, p.e)
      assert.is_truthy(there:find(first, 1, true), p.text)
      assert.is_truthy(there:find(last, 1, true), p.text)
      if p.text:match("^%w") then assert.are.equal(first, page:sub(p.s, p.s + #first - 1)) end
    end
  end)

  it("maps a span inside a paragraph exactly, and an entity to the whole reference", function()
    local doc = html.extract(page)
    local s, e = doc.text:find("Red Cross", 1, true)
    local ps, pe = html.to_page(doc, s, e)
    assert.are.equal("Red Cross", page:sub(ps, pe))
    s = doc.text:find(" & ", 1, true) + 1
    ps, pe = html.to_page(doc, s, s)
    assert.are.equal("&amp;", page:sub(ps, pe))
  end)

  it("reads a windows-1252 page, offsets still into its bytes", function()
    local p = read("cafe-1252.html")
    local doc = html.extract(p)
    assert.are.equal("windows-1252", doc.charset)
    assert.is_true(has(doc.text, "The caf\195\169 on Rue Mercier lost \226\130\172 4,000"))
    assert.is_true(has(doc.text, "\226\128\156we will stay open\226\128\157"))
    assert.are.equal("Caf\195\169 owners \226\128\147 a hard winter", doc.title)
    local s, e = doc.text:find("Jos\195\169 Brandt", 1, true)
    local ps, pe = html.to_page(doc, s, e)
    assert.are.equal("Jos\233 Brandt", p:sub(ps, pe))
  end)

  it("repairs mojibake in the text of a page, as in any text", function()
    -- a page whose UTF-8 was once read as windows-1252: "itâ€™s"
    local p = "<html><body><article><p>The mayor said it\195\162\226\130\172\226\132\162s "
      .. "too early to count the damage, and crews would work through the night.</p>"
      .. "</article></body></html>"
    local text = lede.clean(p)
    assert.is_true(has(text, "it\226\128\153s too early"))
  end)

  it("checks the format option", function()
    assert.has_error(function() lede.article("x", { format = "pdf" }) end,
      "bad option 'format' to 'article' (\"html\", \"text\" or \"markdown\" expected, got \"pdf\")")
    -- forced text: the tags stay
    local a = lede.article("<p>Hello there, said the man at the door.</p>", { format = "text" })
    assert.is_true(has(a.body, "<p>"))
    -- forced html on a fragment detection would not take
    a = lede.article("Plain words <b>in bold</b> for the lead of the story, long enough.",
      { format = "html" })
    assert.is_false(has(a.body, "<b>"))
  end)
end)

describe("HTML everywhere", function()
  local page = read("wildfire.html")

  it("lede.article: structure from the text, metadata from the page, spans into the page", function()
    local a = lede.article(page)
    assert.are.equal("html", a.format)
    assert.are.equal("Wildfire forces 3,000 from homes near Carrow Ridge", a.title)
    assert.are.equal("Dana Whitlock, Omar Feld", a.byline)
    assert.are.equal("The Northern Courier", a.source)
    assert.are.equal("CARROW RIDGE, Ore.", a.dateline.place)
    assert.are.equal("CARROW RIDGE, Ore.", page:sub(a.dateline.s, a.dateline.e))
    for _, p in ipairs(a.paragraphs) do
      local word = p.text:match("^[%w]+")
      if word then assert.are.equal(word, page:sub(p.s, p.s + #word - 1)) end
    end
  end)

  it("lede.clean gives the story as plain text", function()
    local text, report = lede.clean(page)
    assert.is_true(has(text, "The fire had burned more than 12,000 acres"))
    assert.is_false(has(text, "<"))
    assert.is_false(has(text, "Share on"))
    assert.are.equal("html", report.format)
  end)

  it("lede.summarize picks sentences of the story, spans into the page", function()
    local summary, picks = lede.summarize(page, { article = true, sentences = 2 })
    assert.is_false(has(summary, "<"))
    assert.are.equal(2, #picks)
    for _, p in ipairs(picks) do
      local there = seen(page, p.s, p.e)
      local first = p.text:match("^%W*(%w+)")
      assert.is_truthy(there:find(first, 1, true))
      assert.is_true(p.e - p.s + 1 >= #p.text - 12, "the span covers the sentence")
    end
    -- also without article=true, and mixed with a text document
    local _, picks2 = lede.summarize({ page, "The council met on Monday. It voted to hire crews." })
    assert.is_true(#picks2 > 0)
  end)

  it("lede.claims and lede.quotes read pages; spans into the page", function()
    local r = lede.claims({ page })
    local injured
    for _, c in ipairs(r.claims) do
      if c.type == "casualty" and c.kind == "injured" then injured = c end
    end
    assert.is_truthy(injured)
    assert.are.equal(4, injured.count)
    local src = injured.sources[1]
    assert.are.equal("injured at least four firefighters", page:sub(src.s, src.e))
    local qs = lede.quotes(page)
    local sheriff
    for _, q in ipairs(qs) do
      if not sheriff and q.speaker and has(q.speaker, "Calloway") then sheriff = q end
    end
    assert.is_truthy(sheriff)
    assert.is_truthy(page:sub(sheriff.s, sheriff.e):find("We are asking everyone", 1, true))
  end)
end)

describe("the command line on pages", function()
  local cli = require("lede.cli")
  local function run(args, stdin)
    local out, err = io.tmpfile(), io.tmpfile()
    local status = cli.main(args, { stdin = stdin, stdout = out, stderr = err })
    out:seek("set")
    local text = out:read("*a")
    out:close()
    err:close()
    return status, text
  end

  it("lede summarize page.html prints sentences of the story, no markup", function()
    local status, text = run({ "summarize", DIR .. "wildfire.html" })
    assert.are.equal(0, status)
    assert.is_true(has(text, "A fast-moving wildfire forced about 3,000 people"))
    assert.is_false(has(text, "<"))
  end)

  it("lede summarize - reads a page on standard input (curl ... | lede summarize -)", function()
    local f = assert(io.open(DIR .. "wildfire.html", "rb"))
    local status, text = run({ "summarize", "-" }, f)
    f:close()
    assert.are.equal(0, status)
    assert.is_true(has(text, "A fast-moving wildfire"))
    assert.is_false(has(text, "&mdash;"))
  end)

  it("lede claims a.html b.html merges the pages' claims", function()
    local status, text = run({ "claims", "--json", DIR .. "wildfire.html", DIR .. "cafe-1252.html" })
    assert.are.equal(0, status)
    assert.is_true(has(text, "firefighters"))
    assert.is_true(has(text, "we will stay open"))
  end)
end)
