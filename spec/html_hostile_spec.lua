-- Hostile HTML: whatever the bytes, lede.html gives a result -- text, or no
-- text and a reason -- and never crashes, hangs or loses the text it
-- could read.  (doc/hostile-input.md, "HTML pages".)
local lede = require("lede")
local html = require("lede.html")

local function has(s, needle) return s:find(needle, 1, true) ~= nil end

local SENTENCE = "The river rose overnight and the town council met at dawn to decide what to do next. "

describe("hostile HTML", function()
  it("unclosed and misnested tags", function()
    local doc = html.extract("<html><body><div><p>" .. SENTENCE .. "<b><i>" .. SENTENCE
      .. "</b></i><p>" .. SENTENCE .. "<table><tr><td>" .. SENTENCE .. "</div></span>")
    assert.is_nil(doc.reason)
    local _, n = doc.text:gsub("The river rose", "")
    assert.are.equal(4, n)
  end)

  it("10,000 nested <div>s", function()
    local page = ("<div>"):rep(10000) .. "<p>" .. SENTENCE .. "</p>" .. ("</div>"):rep(10000)
    local doc = html.extract(page)
    assert.are.equal(SENTENCE:gsub(" $", ""), doc.text)
    local p = doc.paragraphs[1]
    assert.are.equal(SENTENCE:gsub(" $", ""), page:sub(p.s, p.e))
  end)

  it("</p> inside a script string is not markup", function()
    local page = "<p>" .. SENTENCE .. "</p><script>var s = '</p><p>from the script';"
      .. " if (a < b && c > d) {}</script><p>" .. SENTENCE .. "</p>"
    local doc = html.extract(page)
    assert.is_false(has(doc.text, "from the script"))
    assert.is_false(has(doc.text, "var s"))
    local _, n = doc.text:gsub("The river rose", "")
    assert.are.equal(2, n)
  end)

  it("binary junk and NUL bytes", function()
    local bytes = {}
    local seed = 7
    for i = 1, 20000 do
      seed = (seed * 1103515245 + 12345) % 2147483648
      bytes[i] = string.char(seed % 256)
    end
    local junk = table.concat(bytes)
    for _, page in ipairs({ junk, "<p>" .. junk .. "</p>", "\0\0\0<p>\0" .. SENTENCE .. "\0</p>" }) do
      local doc = html.extract(page)
      assert.is_string(doc.text)
      assert.is_true(doc.text ~= "" or type(doc.reason) == "string")
      for _, p in ipairs(doc.paragraphs) do
        assert.is_true(p.s >= 1 and p.e <= #page and p.s <= p.e)
      end
    end
    local doc = html.extract("\0\0\0<p>\0" .. SENTENCE .. "\0</p>")
    assert.is_true(has(doc.text, "The river rose overnight"))
  end)

  it("a page with no body: no text, and a reason", function()
    for _, page in ipairs({ "<html><head><title>Only a title</title></head></html>",
                            "<!doctype html>", "", "<script>only()</script>",
                            "<nav><a href=/>Home</a></nav>" }) do
      local doc = html.extract(page)
      assert.are.equal("", doc.text)
      assert.is_string(doc.reason)
      local a = lede.article(page, { format = "html" })
      assert.are.equal("", a.body)
      assert.is_string(a.reason)
    end
  end)

  it("wrong types are argument errors", function()
    assert.has_error(function() html.extract(nil) end,
      "bad argument #1 to 'html' (string expected, got nil)")
    assert.has_error(function() lede._core.html(42) end,
      "bad argument #1 to 'html' (string expected, got number)")
  end)

  it("a 50 MB page #large", function()
    local para = "<p>" .. SENTENCE:rep(4) .. "</p>\n"
    local page = "<html><body><article>" .. para:rep(math.floor(50e6 / #para))
      .. "</article></body></html>"
    assert.is_true(#page >= 49e6)
    local doc = html.extract(page)
    local last = doc.paragraphs[#doc.paragraphs]
    assert.are.equal(math.floor(50e6 / #para), #doc.paragraphs)
    assert.are.equal(last.text, page:sub(last.s, last.e))
  end)
end)
