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
    -- the page test reads the first 8 KiB: a tag after them makes no page
    assert.is_false(html.is_html(("plain words "):rep(700) .. "<div><p>a</p><p>b</p><p>c</p></div>"))
    assert.is_true(html.is_html(("\n"):rep(8000) .. "<!DOCTYPE html><p>x</p>"))
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

describe("the text-level readers on pages", function()
  -- a story whose "most read" box and scripts hold tolls of other stories
  local page = read("harbor-shooting.html")

  it("lede.casualties reads the story, not the boxes around it; spans into the page", function()
    local kinds = {}
    for _, c in ipairs(lede.casualties(page)) do
      kinds[#kinds + 1] = c.kind .. " " .. c.count
      assert.are.equal(c.text, page:sub(c.s, c.e))
      assert.is_truthy(seen(page, c.sentence_s, c.sentence_e):find(c.text, 1, true))
    end
    assert.are.same({ "killed 2", "injured 1", "injured 1" }, kinds)
    -- read as text, the boxes count too
    local raw = 0
    for _, c in ipairs(lede.casualties(page, { format = "text" })) do
      if c.count == 5 then raw = raw + 1 end
    end
    assert.are.equal(1, raw)
  end)

  it("lede.casualty_totals of a page are the story's totals", function()
    assert.are.same({ killed = 2, injured = 1 }, lede.casualty_totals(page))
    assert.are.equal(5, lede.casualty_totals(page, { format = "text" }).injured)
  end)

  it("lede.numbers maps its spans into the page", function()
    local nums = lede.numbers(page)
    assert.is_true(#nums > 0)
    for _, n in ipairs(nums) do
      assert.are.equal(n.text, seen(page, n.s, n.e))
      -- the ages and counts of the "most read" box are no numbers of the story
      assert.is_false(n.value == 16 or n.value == 40 or n.value == 5, n.text)
    end
  end)

  it("a text stays a text, and the options are checked", function()
    local text = "Three people were killed in Varn on Monday."
    assert.are.same(lede.casualties(text), lede.casualties(text, {}))
    assert.are.same(lede.numbers(text), lede.numbers(text, { format = "text" }))
    -- markup read as text when asked, as the other entry points do
    local frag = "<p>Two were hurt.</p><p>One was killed.</p><div>x</div></p>"
    assert.are.equal(1, lede.casualty_totals(frag, { format = "html" }).killed)
    assert.has_error(function() lede.casualties(page, "html") end,
      "bad argument #2 to 'casualties' (table of options expected, got string)")
    assert.has_error(function() lede.numbers(page, { format = "pdf" }) end)
    assert.has_error(function() lede.casualty_totals(42) end,
      "bad argument #1 to 'casualty_totals' (string expected, got number)")
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

  it("sentences, casualties and casualty_totals read a page's story; --input text reads its bytes", function()
    local f = DIR .. "harbor-shooting.html"
    local status, text = run({ "sentences", f })
    assert.are.equal(0, status)
    assert.is_true(has(text, "Two men were killed"))
    assert.is_false(has(text, "<"))
    assert.is_false(has(text, "Most read"))
    status, text = run({ "sentences", "--input", "text", f })
    assert.are.equal(0, status)
    assert.is_true(has(text, "<"))
    status, text = run({ "casualty_totals", f })
    assert.are.equal(0, status)
    assert.are.equal("injured\t1\nkilled\t2\n", text)
    status, text = run({ "casualties", "--json", f })
    assert.are.equal(0, status)
    local page = read("harbor-shooting.html")
    local r = require("lede.json").decode(text)
    assert.are.equal("Two men were killed", page:sub(r.casualties[1].s, r.casualties[1].e))
    status, text = run({ "tokens", "--input=html", f })
    assert.are.equal(0, status)
    assert.is_false(has(text, "<"))
  end)

  it("--input is checked, and fix takes none", function()
    local f = DIR .. "harbor-shooting.html"
    assert.are.equal(cli.USAGE, (run({ "sentences", "--input", "pdf", f })))
    assert.are.equal(cli.USAGE, (run({ "fix", "--input", "html", f })))
  end)

  it("lede claims a.html b.html merges the pages' claims", function()
    local status, text = run({ "claims", "--json", DIR .. "wildfire.html", DIR .. "cafe-1252.html" })
    assert.are.equal(0, status)
    assert.is_true(has(text, "firefighters"))
    assert.is_true(has(text, "we will stay open"))
  end)
end)

describe("structured data of a page", function()
  -- A page whose scripts draw the story: its DOM holds a teaser, its
  -- JSON-LD the whole article body.
  local function script_page(body_json, wrap)
    local ld = ('{"@context":"https://schema.org","@type":"NewsArticle",'
      .. '"headline":"Ferry service resumes after storm","datePublished":"2026-01-09T07:15:00Z",'
      .. '"author":{"@type":"Person","name":"Ines Marlowe"},'
      .. '"publisher":{"@type":"Organization","name":"Harbour Gazette"},'
      .. '"articleBody":%s}'):format(body_json)
    if wrap then ld = "//<![CDATA[\n" .. ld .. "\n//]]>" end
    return "<!doctype html><html><head><title>Harbour Gazette</title>"
      .. '<script type="application/ld+json">' .. ld .. "</script></head>"
      .. '<body><div id="app"><p>Loading the story...</p></div>'
      .. '<script>window.render("app")</script></body></html>'
  end
  local BODY = '"PORT ELLIS -- Ferries to the outer islands ran again on Friday after four days'
    .. ' in harbour, the operator said.\\n\\nThe first crossing left at dawn with 212 passengers'
    .. ' and a cargo of fuel and groceries.\\n\\nOfficials said the \\"storm surge\\" had damaged'
    .. ' two piers, which would stay closed until repairs were finished."'

  it("takes the article body from JSON-LD when the page's own text is thin", function()
    local page = script_page(BODY)
    local doc = html.extract(page)
    assert.are.equal("json-ld", doc.body_from)
    assert.are.equal(3, #doc.paragraphs)
    assert.is_true(has(doc.text, "The first crossing left at dawn with 212 passengers"))
    assert.is_true(has(doc.text, 'the "storm surge" had damaged'), "JSON escapes decoded")
    assert.is_false(has(doc.text, "Loading the story"))
    assert.is_nil(doc.reason)
    -- a paragraph the JSON writes as it is maps to its bytes in the script,
    -- one with escapes to the whole script
    local p2 = doc.paragraphs[2]
    assert.are.equal(p2.text, page:sub(p2.s, p2.e))
    local p3 = doc.paragraphs[3]
    assert.is_true(has(page:sub(p3.s, p3.e), '\\"storm surge\\"'))
    -- and everything downstream reads it, spans into the page
    local art = lede.article(page)
    assert.are.equal("Ferry service resumes after storm", art.title)
    assert.are.equal("Ines Marlowe", art.byline)
    assert.are.equal("Harbour Gazette", art.source)
    local r = lede.claims({ page })
    local found
    for _, c in ipairs(r.claims) do
      for _, s in ipairs(c.sources or {}) do
        if page:sub(s.s, s.e):find("212 passengers", 1, true) then found = true end
      end
    end
    assert.is_true(found, "a claim of the JSON-LD body points into the page")
  end)

  it("keeps the page's text when it is the story, JSON-LD or not", function()
    local page = script_page('"Short."'):gsub("<p>Loading the story...</p>",
      "<p>PORT ELLIS -- Ferries to the outer islands ran again on Friday after four days in"
      .. " harbour, the operator said, and the first crossing left at dawn.</p>")
    local doc = html.extract(page)
    assert.are.equal("page", doc.body_from)
    assert.is_true(has(doc.text, "the first crossing left at dawn"))
  end)

  it("reads JSON-LD wrapped in a CDATA section", function()
    local doc = html.extract(script_page(BODY, true))
    assert.are.equal("Ferry service resumes after storm", doc.title)
    assert.are.equal("2026-01-09T07:15:00Z", doc.date)
    assert.are.equal("Ines Marlowe", doc.byline)
    assert.are.equal("json-ld", doc.body_from)
  end)

  it("orders pages in time by the date they publish (a toll that rises is a revision)", function()
    local function page(date, n)
      return ('<!doctype html><html><head><meta property="article:published_time" content="%s">'
        .. "</head><body><article><p>BRANDT VALLEY -- Floods killed %d people in the valley,"
        .. " the regional emergency office said, as rescue teams searched villages cut off by"
        .. " the water.</p><p>Roads into the valley stayed closed and more rain was expected"
        .. " through the week.</p></article></body></html>"):format(date, n)
    end
    local later, earlier = page("2026-03-04T09:00:00Z", 12), page("2026-03-02T09:00:00Z", 5)
    local r = lede.claims({ later, earlier })
    local killed
    for _, c in ipairs(r.claims) do
      if c.kind == "killed" then killed = c end
    end
    assert.is_truthy(killed)
    assert.are.equal(0, #r.conflicts)
    assert.are.equal(12, killed.count)
    assert.are.equal(2, #killed.history)
    assert.are.equal(5, killed.history[1].count)
    assert.are.equal(2, killed.history[1].doc)
    assert.are.equal("killed 5 people", earlier:sub(killed.history[1].s, killed.history[1].e))
    -- a date the caller gives wins over the page's; one lede cannot read is
    -- left out, not an error
    local r2 = lede.claims({ { text = later, date = "2026-03-01" }, earlier })
    for _, c in ipairs(r2.claims) do
      if c.kind == "killed" then assert.are.equal(5, c.count) end
    end
    assert.has_no.errors(function() lede.claims({ page("sometime soon", 3) }) end)
  end)
end)

describe("an article split into parts", function()
  -- The opening paragraphs sit in one block, a pull quote between, the rest
  -- in a second block one level less deep; a box of related stories (mostly
  -- links) sits beside them.
  local function para(s) return "<p>" .. s .. "</p>" end
  local opening = {
    "Wind farms off the northern coast produced more power last winter than the grid could"
      .. " take, and operators were paid to switch turbines off, according to figures released"
      .. " on Tuesday.",
    "The payments, which reached a record in January, have grown each year since the first"
      .. " offshore sites opened, the energy regulator said in its annual report.",
    "Engineers say the bottleneck is a single line of pylons, built decades ago, that carries"
      .. " power south to the cities where most of it is used.",
    "Some turbines stood still for days at a time, even on the windiest nights of the year,"
      .. " while gas plants further south kept running.",
  }
  local rest = {
    "The regulator said a second line, planned for years, would not be ready before the end"
      .. " of the decade, and that costs would keep rising until then, however mild the winters.",
    "Storage schemes, from batteries to pumped water in old quarries, could absorb some of the"
      .. " surplus, but none is yet large enough to matter, the report said.",
    "Several operators have asked to build hydrogen plants next to the turbines, so that power"
      .. " the grid cannot take is turned into fuel, stored, and sold later.",
    "Local councils, which receive a share of the rent paid by the wind farms, said they"
      .. " welcomed the plans, though residents have raised concerns about traffic and noise.",
    "The government is expected to respond to the report in the spring, when it publishes its"
      .. " plans for the grid, ministers said.",
  }
  local function paras(list)
    local t = {}
    for i, s in ipairs(list) do t[i] = para(s) end
    return table.concat(t)
  end
  local page = "<!doctype html><html><head><title>Turbines paid to stop</title></head><body>"
    .. '<div class="wrap"><div class="story-top"><div class="lead"><section class="outer">'
    .. '<div class="flex"><div class="section"><div class="text">'
    .. paras(opening)
    .. "</div></div></div></section></div></div>"
    .. '<div class="pullquote-block"><blockquote>"The line is full."</blockquote></div>'
    .. '<div class="story-main"><section class="outer"><div class="flex"><div class="section">'
    .. '<div class="text">'
    .. paras(rest)
    .. "</div></div></div></section></div>"
    .. '<div class="more"><h3>More stories</h3><ul>'
    .. '<li><a href="/a">Ferry service resumes after storm, with delays expected</a></li>'
    .. '<li><a href="/b">Council votes on harbour parking, residents object</a></li>'
    .. '<li><a href="/c">New school opens in the valley, pupils arrive</a></li></ul></div>'
    .. "</div></body></html>"

  it("keeps both parts, in order, and leaves the links box out", function()
    local doc = html.extract(page)
    local first = doc.text:find("Wind farms off the northern coast", 1, true)
    local later = doc.text:find("The government is expected to respond", 1, true)
    assert.is_truthy(first, "the opening block")
    assert.is_truthy(later, "the main block")
    assert.is_true(first < later)
    assert.is_false(has(doc.text, "Ferry service resumes"))
    for _, p in ipairs(doc.paragraphs) do
      assert.is_true(has(page:sub(p.s, p.e), p.text:sub(1, 20)))
    end
  end)
end)

describe("lists inside the article", function()
  it("keeps a list full of links that is part of the story, not the menus around it", function()
    local page = "<!doctype html><html><head><title>Release notes</title></head><body>"
      .. '<nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li></ul></nav>'
      .. '<article><div class="entry"><p>This week the browser team closed more bugs than in any'
      .. " week this year, thanks to a push before the holidays, and several long-standing crashes"
      .. " are finally gone, the release managers said.</p>"
      .. "<p>Volunteers wrote many of the fixes, and the team thanked them by name in the weekly"
      .. " meeting, as it does every month, before the list of changes below.</p>"
      .. '<ul><li><a href="/b/1">Bug 4410</a> fixed a crash on start-up</li>'
      .. '<li><a href="/b/2">Bug 4417</a> made tabs load faster</li>'
      .. '<li><a href="/b/3">Bug 4425, the printing of long tables</a></li>'
      .. '<li><a href="/b/4">Bug 4431, a leak in the video player</a></li></ul>'
      .. "<p>The next release is planned for the second week of January, with more fixes, the team"
      .. " said, and testers can try it now.</p>"
      .. "<p>Crash reports, which the browser sends only when users agree, fell by a third over the"
      .. " month, and the start-up fix alone accounts for half of that drop, engineers said.</p>"
      .. "<p>Work on the new settings page continues, and a first version, still rough in places,"
      .. " is expected in the nightly builds before the end of the month.</p>"
      .. "</div></article></body></html>"
    local doc = html.extract(page)
    assert.is_true(has(doc.text, "Bug 4410 fixed a crash on start-up"))
    assert.is_true(has(doc.text, "Bug 4431, a leak in the video player"))
    assert.is_true(has(doc.text, "The next release is planned"))
    assert.is_false(has(doc.text, "Home"))
  end)
end)
