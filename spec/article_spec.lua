-- lede.article on the fixture articles: each fixture's expected structure,
-- and the span rule (text:sub(s, e) is every field) on all of them.
local article = require("lede.article")

local DIR = "spec/fixtures/articles/"

local helpers = require("helpers")

local function read(name) return helpers.read(DIR .. name) end

local function fixtures() return helpers.txt_files(DIR) end

local function kinds_of(art)
  local set = {}
  for _, r in ipairs(art.removed) do set[r.kind] = (set[r.kind] or 0) + 1 end
  return set
end

local function has(s, needle) return s:find(needle, 1, true) ~= nil end

-- Expected structure per fixture.  nil fields must be nil: a fixture
-- without a headline must not get one.  removed: kinds that must be
-- reported (with counts when given as numbers); gone: text that must not be
-- in the body; kept: text that must be.
local cases = {
  ["seed000_dateline_endash.txt"] = {
    dateline = "VALDORA", paragraphs = 4,
    kept = { "U.S. Coast Guard", "two people had been taken to hospital" },
  },
  ["seed001_lossy_mojibake.txt"] = {
    source = "NWS",
    headings = { "Opposition Claims a Win", "Markets and Ratings", "What Comes Next" },
    paragraphs = 8, gone = { "NWS\n" },
  },
  ["seed002_markdown_ai.txt"] = {
    title = "Harbour workers in Tessaly strike over automation plans",
    source = "AI", byline = "AI",
    headings = { "Port Operators and Unions Clash Over Robot Cranes",
      "Ships Diverted to Nearby Ports", "Government Urges Return to Talks" },
    removed = { share = 1 }, gone = { "Share This Article", "By AI", "**" },
    kept = { "The coming week should tell." },
  },
  ["seed003_duplicated_body.txt"] = {
    dateline = "GRENVILLE", paragraphs = 4, removed = { ["repeat"] = 1 },
  },
  ["seed004_site_chrome.txt"] = {
    title = "Flood Barrier Talks Resume as Storm Season Nears",
    date = "14 March 2026", section = "Environment", dateline = "PORT ELLIS, Ore.",
    byline = "Lena Torvik",
    removed = { breaking = 2, bio = 2, byline = 1, comments = 1 },
    gone = { "BREAKING NEWS", "Never miss", "Written By", "View Full Bio", "Leave a Reply",
      "covers climate" },
    kept = { "For ongoing coverage" },
  },
  ["wire_reuters.txt"] = {
    title = "Almera central bank holds rates, signals cut later this year",
    byline = "Paul Renner", dateline = "LISBETH", agency = "Reuters",
    removed = { credit = 1 }, gone = { "Editing by", "(Reuters)" }, paragraphs = 3,
  },
  ["wire_ap.txt"] = {
    title = "Wildfire forces thousands from homes near Kessington",
    byline = "MARIA DELGADO and TOM BRECK", dateline = "KESSINGTON, Nev.", agency = "AP",
    removed = { copyright = 1 }, gone = { "All rights reserved", "Associated Press" },
  },
  ["blog_comments.txt"] = {
    title = "Why our town library should stay open on Sundays",
    byline = "Greta Holm", date = "March 3, 2026", paragraphs = 3,
    removed = { comments = 1 }, gone = { "Comments", "Harold", "Reply", "everyone should go" },
  },
  ["liveblog.txt"] = {
    title = "Northport election night: results as they come in",
    headings = { "Turnout passes 60 percent", "First results from the eastern wards", "Polls close" },
    removed = { timestamp = 4 }, gone = { "GMT" }, paragraphs = 3,
  },
  ["press_release.txt"] = {
    title = "Corvane Water Utility Completes Upgrade of Eastside Treatment Plant",
    dateline = "CORVANE, Wash.", agency = "PRNewswire", removed = { release = 2 },
    gone = { "IMMEDIATE", "About Corvane", "supplies drinking water", "555-0142", "/PRNewswire/" },
    paragraphs = 3,
  },
  ["photo_captions.txt"] = {
    title = "Rescuers search rubble after quake strikes Dravik valley",
    dateline = "DRAVIK", agency = "Reuters", removed = { caption = 3 },
    gone = { "Photo:", "Getty", "Photograph:" }, paragraphs = 3,
  },
  ["crlf_entities.txt"] = {
    title = "Ferry operator fined over safety lapses", byline = "Karl Jensen", paragraphs = 3,
  },
  ["markdown_article.txt"] = {
    title = "Solar farm plan splits Hedley villagers", byline = "Rosa Klein",
    headings = { "What is proposed", "The objections" }, removed = { caption = 1 },
    gone = { "panels.jpg", "## ", "*By" }, kept = { "- The panels would stay for 40 years." },
  },
  ["related_links.txt"] = {
    title = "Grain exports resume from Port Valen after blockade ends", dateline = "PORT VALEN",
    removed = { related = 2, more = 1 }, paragraphs = 3,
    gone = { "Related Articles", "Dockworkers strike halts", "Farmers fear losses",
      "Read more", "You may also like", "Five things" },
    kept = { "Wage arrears will be paid" },
  },
  ["cookie_copyright.txt"] = {
    title = "Hospital waiting lists fall for the first time in five years",
    removed = { cookie = 3, copyright = 1, nav = 1 }, paragraphs = 3,
    gone = { "cookies", "Skip to content", "©", "Privacy Policy" },
  },
  ["full_mojibake.txt"] = {
    title = "Caf\195\131\194\169 owners protest new terrace fees",
    byline = "\195\131\226\128\176lodie Marchand", paragraphs = 3,
  },
  ["lossy_mojibake_short.txt"] = {
    title = "Regional airline cancels winter flights to Skerra", dateline = "SKERRA",
    paragraphs = 3,
  },
  ["mojibake_dateline.txt"] = {
    title = "Talks on shared river rights open in Geneva", dateline = "GENEVA", paragraphs = 2,
    gone = { "GENEVA" },
  },
  ["french_correct.txt"] = {
    title = "Le château de Morvel rouvre ses portes après deux ans de travaux",
    byline = "Hélène Dufresne", dateline = "MORVEL", paragraphs = 4,
    kept = { "Âgés de 8 à 80 ans", "plâtres", "théâtre" },
  },
  ["portuguese_correct.txt"] = {
    title = "Câmara de Vila Serena aprova nova ciclovia à beira-rio",
    dateline = "VILA SERENA", paragraphs = 4, kept = { "ÂNCORA DO PROJETO", "AMANHÔ" },
  },
  ["hard_wrapped.txt"] = {
    title = "Rail union calls off weekend strike after late pay offer", paragraphs = 3,
  },
  ["guardian_style.txt"] = {
    title = "Mountain rescue volunteers stretched as hiking numbers soar",
    section = "World", date = "Sun 8 Mar 2026 10.32 GMT",
    removed = { share = 3, nav = 1, newsletter = 1, related = 1 }, paragraphs = 4,
    gone = { "Share", "Sign up", "Most viewed", "Skip to" },
    kept = { "Record numbers of walkers" },
  },
  ["newsletter_prompts.txt"] = {
    title = "City to plant 10,000 trees along its main roads", byline = "Tomas Reyes",
    date = "3 hours ago", removed = { ad = 2, subscribe = 1, follow = 1 }, paragraphs = 4,
    gone = { "ADVERTISEMENT", "Subscribe", "Story continues", "Follow us" },
  },
  ["iso_date_author.txt"] = {
    title = "Startup raises $12 million for battery recycling plant",
    byline = "Mei Lin Tan", date = "2026-02-17T09:30:00Z", paragraphs = 2,
  },
  ["author_bio_box.txt"] = {
    title = "Inside the fight to save Marlow's last bookshop", byline = "Daniel Ferro",
    date = "April 12, 2026", removed = { bio = 1, byline = 1 }, paragraphs = 3,
    gone = { "About the author", "features writer" },
  },
  ["nbsp_zero_width.txt"] = {
    title = "School meals to be free for all primary pupils", byline = "Ruth\194\160Ambler",
    paragraphs = 2,
  },
  ["repeated_paragraph.txt"] = {
    title = "Toll road operator raises fees by 9 percent", removed = { ["repeat"] = 1 },
    paragraphs = 6,
  },
  ["agency_only_dateline.txt"] = {
    title = "Rescue crews reach stranded climbers on Mount Ardel", byline = "Nadia Brooks",
    date = "10:32 AM EST, Sun December 21, 2025", agency = "CNN", paragraphs = 3,
    gone = { "(CNN)", "Published" },
  },
  ["broadcaster_menu.txt"] = {
    title = "Flooding closes schools across the Marren valley", byline = "Leah Corran",
    date = "2 hours ago", paragraphs = 2,
    removed = { nav = 5, share = 1, byline = 1, caption = 2, related = 1 },
    gone = { "Home", "Sport", "correspondent", "Image", "Related", "Rivers burst" },
  },
  ["wire_site_suffix.txt"] = {
    title = "Almera court blocks port sale", byline = "Paul Renner", dateline = "LISBETH",
    agency = "Reuters", paragraphs = 2, removed = { site = 1, more = 1, credit = 2 },
    gone = { "World News", "min read", "Reporting by", "Standards" },
  },
  ["no_structure.txt"] = {
    paragraphs = 3, kept = { "By Tuesday, the fire" },
  },
}

describe("lede.article", function()
  it("has an expected structure for at least 30 fixtures", function()
    local n = 0
    for _, name in ipairs(fixtures()) do
      if cases[name] then n = n + 1 end
    end
    assert.is_true(n >= 28, "fixtures with expectations: " .. n)
    assert.is_true(#fixtures() >= 30)
  end)

  for name, want in pairs(cases) do
    it("finds the structure of " .. name, function()
      local text = read(name)
      local art = article.article(text)
      for _, field in ipairs({ "title", "source", "byline", "date", "section" }) do
        assert.are.equal(want[field], art[field], field)
      end
      if want.dateline or want.agency then
        assert.is_table(art.dateline)
        assert.are.equal(want.dateline, art.dateline.place)
        assert.are.equal(want.agency, art.dateline.agency)
      else
        assert.is_nil(art.dateline)
      end
      local headings = {}
      for _, p in ipairs(art.paragraphs) do
        if p.heading then headings[#headings + 1] = p.text end
      end
      assert.are.same(want.headings or {}, headings)
      assert.are.same(headings, art.headings)
      if want.paragraphs then
        assert.are.equal(want.paragraphs, #art.paragraphs - #headings)
      end
      local kinds = kinds_of(art)
      for kind, count in pairs(want.removed or {}) do
        assert.are.equal(count, kinds[kind], "removed " .. kind)
      end
      if not want.removed then
        assert.is_nil(next(kinds), "nothing removed")
      end
      for _, g in ipairs(want.gone or {}) do
        assert.is_false(has(art.body, g), "body has " .. g)
      end
      for _, k in ipairs(want.kept or {}) do
        assert.is_true(has(art.body, k), "body lacks " .. k)
      end
      for _, h in ipairs(headings) do
        assert.is_false(has(art.body, h), "heading in body: " .. h)
      end
    end)
  end

  it("keeps every span pointing into the caller's text", function()
    for _, name in ipairs(fixtures()) do
      local text = read(name)
      local art = article.article(text)
      for field, span in pairs(art.spans) do
        assert.are.equal(art[field], text:sub(span.s, span.e), name .. " " .. field)
      end
      for _, p in ipairs(art.paragraphs) do
        assert.are.equal(p.text, text:sub(p.s, p.e), name)
        assert.are.equal(p.text, p.text:match("^%s*(.-)%s*$"), name .. ": untrimmed")
      end
      for _, r in ipairs(art.removed) do
        assert.are.equal(r.text, text:sub(r.s, r.e), name)
      end
      if art.dateline then
        local d = art.dateline
        assert.are.equal(d.place or d.agency, text:sub(d.s, d.e), name)
        assert.is_truthy(text:find(d.text, 1, true))
      end
      -- removed parts and paragraphs never overlap, and are in order
      local all = {}
      for _, p in ipairs(art.paragraphs) do all[#all + 1] = p end
      for _, r in ipairs(art.removed) do all[#all + 1] = r end
      table.sort(all, function(a, b) return a.s < b.s end)
      for i = 2, #all do
        assert.is_true(all[i].s > all[i - 1].e, name .. ": overlap at " .. all[i].s)
      end
      if art.body_s then
        assert.are.equal(art.paragraphs[1].heading and art.body_s or art.paragraphs[1].s, art.body_s)
      end
    end
  end)

  it("keeps the story after a dateline and the dateline out of the body", function()
    local text = read("seed004_site_chrome.txt")
    local art = article.article(text)
    assert.are.equal("PORT ELLIS, Ore. \226\128\148 ", art.dateline.text)
    assert.is_true(art.body:find("^Negotiations over a new flood barrier") ~= nil)
  end)

  it("reads datelines in capitals, in title case before a long dash, and agencies alone", function()
    local function dl(first)
      local d = article.article("A headline for the test\n\n" .. first).dateline
      return d and { d.place, d.agency } or false
    end
    assert.are.same({ "ST. PETERSBURG" }, dl("ST. PETERSBURG \226\128\148 Talks began."))
    assert.are.same({ "NEW YORK", "Reuters" }, dl("NEW YORK, Jan 5 (Reuters) - Stocks fell."))
    assert.are.same({ "Kyiv, Ukraine", "AP" }, dl("Kyiv, Ukraine (AP) \226\128\148 Sirens sounded."))
    assert.are.same({ "Miami" }, dl("Miami \226\128\147 Talks resumed."))
    assert.are.same({ nil, "CNN" }, dl("(CNN) \226\128\148 Talks resumed."))
    assert.are.same({ "GENEVA" }, dl("GENEVA \195\162 Talks resumed."))
    assert.is_false(dl("Meanwhile - the talks went on."))
    assert.is_false(dl("NATO \226\128\148 the alliance \226\128\148 met."))
    assert.is_false(dl("The talks in Miami \226\128\148 the third round \226\128\148 ended."))
  end)

  it("keeps the story when a comments link sits above it", function()
    local art = article.article("Comments\n\nA headline for the test\n\n"
      .. "The story has a first paragraph that is long enough to count.\n\nLeave a Reply\nGreat post.\n")
    assert.are.equal("A headline for the test", art.title)
    assert.are.equal("The story has a first paragraph that is long enough to count.", art.body)
    assert.are.equal("comments", art.removed[1].kind)
    assert.are.equal("Comments", art.removed[1].text)
    assert.are.equal("Leave a Reply\nGreat post.", art.removed[2].text)
  end)

  it("attaches live-blog time stamps to the entry that follows", function()
    local art = article.article(read("liveblog.txt"))
    local times = {}
    for _, p in ipairs(art.paragraphs) do
      if p.time then times[#times + 1] = p.time end
    end
    assert.are.same({ "23:40 GMT", "23:05 GMT", "22:30 GMT" }, times)
  end)

  it("reports a repeated run once, covering the whole repeat", function()
    local text = read("seed003_duplicated_body.txt")
    local art = article.article(text)
    local rep = art.removed[1]
    assert.are.equal("repeat", rep.kind)
    assert.is_true(has(rep.text, "Engineers who examined"))
    assert.is_true(has(rep.text, "weekly updates"))
    local _, n = art.body:gsub("Engineers who examined", "")
    assert.are.equal(1, n)
  end)

  it("keeps short paragraphs that repeat on purpose", function()
    local art = article.article(read("repeated_paragraph.txt"))
    local _, yes = art.body:gsub("\nYes%.\n", "")
    assert.are.equal(2, yes)
  end)

  it("raises on wrong argument types, naming the argument", function()
    assert.has_error(function() article.article(nil) end,
      "bad argument #1 to 'article' (string expected, got nil)")
    assert.has_error(function() article.article(42) end,
      "bad argument #1 to 'article' (string expected, got number)")
    assert.has_error(function() article.clean({}) end,
      "bad argument #1 to 'clean' (string expected, got table)")
    assert.has_error(function() article.split_articles(true) end,
      "bad argument #1 to 'split_articles' (string expected, got boolean)")
  end)

  it("gives a best effort on empty, binary and invalid UTF-8 input", function()
    local empty = article.article("")
    assert.are.equal("", empty.body)
    assert.are.same({}, empty.paragraphs)
    local junk = "Title line here\n\n\0\1\2 bad \255\254 bytes \192 and a NUL \0 inside a long enough paragraph."
    local art = article.article(junk)
    assert.are.equal("Title line here", art.title)
    assert.are.equal(1, #art.paragraphs)
    assert.are.equal(junk:sub(art.paragraphs[1].s, art.paragraphs[1].e), art.paragraphs[1].text)
    local bin = {}
    for i = 0, 255 do bin[#bin + 1] = string.char(i) end
    local s = table.concat(bin):rep(50)
    local a2 = article.article(s)
    for _, p in ipairs(a2.paragraphs) do assert.are.equal(s:sub(p.s, p.e), p.text) end
    local body = article.clean(s)
    assert.is_string(body)
  end)
end)
