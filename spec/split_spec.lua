-- lede.split_articles: one file holding several articles.
local article = require("lede.article")

local DIR = "spec/fixtures/articles/"

local helpers = require("helpers")

local function read(name) return helpers.read(DIR .. name) end

local function first_line(s) return (s:match("^[^\r\n]*")) end

-- fixture -> the first line of each article it holds
local cases = {
  ["two_articles_dashes.txt"] = {
    "Tram line extension approved in Harwick",
    "Fishing quotas cut for second year in the Sorrel Sea",
  },
  ["three_articles_equals.txt"] = {
    "Museum returns stolen icons to monastery",
    "Heatwave warning issued for southern provinces",
    "Local team wins national rowing title",
  },
  ["articles_formfeed.txt"] = {
    "Bakery chain to open 20 new shops",
    "River cruise season starts early",
  },
  ["articles_numbered.txt"] = {
    "City opens new cycling bridge",
    "Hospital appoints new director",
    "Snow closes mountain pass",
  },
  ["articles_no_separator.txt"] = {
    "Council approves new school in Brackley",
    "Dam repair delays push water prices up",
  },
  -- "* * *" inside the first story is a scene break, "***" before a
  -- headline and byline starts the second article
  ["articles_stars.txt"] = {
    "The last ferryman of Lake Orlo",
    "Vineyards count the cost of spring frost",
  },
  -- single articles stay whole, chrome and section headings included
  ["seed004_site_chrome.txt"] = { "Flood Barrier Talks Resume as Storm Season Nears" },
  ["seed001_lossy_mojibake.txt"] = { "NWS" },
  ["seed003_duplicated_body.txt"] = { "GRENVILLE \226\128\147 The city council of Grenville voted on Wednesday"
    .. " to close the old Harlow Bridge to heavy traffic after inspectors found cracks in two of its"
    .. " steel supports. Trucks over 7.5 tonnes will be diverted through the industrial ring road from Monday." },
  ["blog_comments.txt"] = { "Why our town library should stay open on Sundays" },
  ["liveblog.txt"] = { "Northport election night: results as they come in" },
  ["markdown_article.txt"] = { "# Solar farm plan splits Hedley villagers" },
  ["wire_reuters.txt"] = { "Almera central bank holds rates, signals cut later this year" },
}

describe("lede.split_articles", function()
  for name, firsts in pairs(cases) do
    it("splits " .. name .. " into " .. #firsts .. " article(s)", function()
      local text = read(name)
      local parts, spans = article.split_articles(text)
      local got = {}
      for i, p in ipairs(parts) do
        got[i] = first_line(p)
        assert.are.equal(p, text:sub(spans[i].s, spans[i].e))
        assert.are.equal(p, p:match("^%s*(.-)%s*$"), "trimmed")
      end
      assert.are.same(firsts, got)
    end)
  end

  it("keeps the scene break inside the story it belongs to", function()
    local parts = article.split_articles(read("articles_stars.txt"))
    assert.is_truthy(parts[1]:find("* * *", 1, true))
    assert.is_truthy(parts[1]:find("biscuit tin", 1, true))
    assert.is_nil(parts[2]:find("***", 1, true))
  end)

  it("leaves separator lines and markers out of every article", function()
    for _, name in ipairs({ "two_articles_dashes.txt", "three_articles_equals.txt",
      "articles_numbered.txt", "articles_formfeed.txt" }) do
      for _, p in ipairs(article.split_articles(read(name))) do
        assert.is_nil(p:find("\n%-%-%-"), name)
        assert.is_nil(p:find("=====", 1, true), name)
        assert.is_nil(p:find("Article %d of"), name)
        assert.is_nil(p:find("\f", 1, true), name)
      end
    end
  end)

  it("gives each piece to lede.article with its own headline and byline", function()
    local parts = article.split_articles(read("articles_no_separator.txt"))
    local a1, a2 = article.article(parts[1]), article.article(parts[2])
    assert.are.equal("Nora Quist", a1.byline)
    assert.are.equal("Arjun Mehta", a2.byline)
    assert.are.equal("SELLWOOD", a2.dateline.place)
    assert.is_nil(a1.body:find("Sellwood", 1, true))
  end)

  it("returns nothing for empty or blank text", function()
    assert.are.same({}, (article.split_articles("")))
    assert.are.same({}, (article.split_articles("\n\n  \n\f\n")))
    assert.are.same({}, (article.split_articles("-----\n=====\n")))
  end)

  it("splits CRLF text at rules too", function()
    local t = "First story headline\r\n\r\n"
      .. "A first paragraph that is long enough to count as the body of a story, with a full stop.\r\n"
      .. "=====\r\nSecond story headline\r\n\r\n"
      .. "Another paragraph that is long enough to count as the body of a story, also with a stop.\r\n"
    local parts = article.split_articles(t)
    assert.are.equal(2, #parts)
    assert.are.equal("Second story headline", first_line(parts[2]))
  end)
end)
