-- lede.docs: the one reader of the `docs` argument, and the dates that order
-- documents in time.
local docs = require("lede.docs")

local function read(arg) return docs.read(arg, "claims") end

describe("docs.read", function()
  it("takes a string as one document", function()
    local d = read("Two people died.")
    assert.are.equal(1, #d)
    assert.are.equal("Two people died.", d[1].text)
    assert.are.equal(1, d[1].index)
  end)

  it("takes strings and {text=, date=, name=} tables in one array", function()
    local d = read({ "first", { text = "second", date = "2025-12-21", name = "wire.txt" } })
    assert.are.equal(2, #d)
    assert.are.equal("first", d[1].text)
    assert.is_nil(d[1].date)
    assert.are.equal("second", d[2].text)
    assert.are.equal("wire.txt", d[2].name)
    assert.are.same({ 2025, 12, 21 }, { d[2].date.y, d[2].date.m, d[2].date.d })
  end)

  it("hands the caller's table back as item, other fields and all", function()
    local t = { text = "x", title = "T", s = 1, e = 1 }
    assert.are.equal(t, read({ t })[1].item)
  end)

  it("names the argument and the field in its errors", function()
    local cases = {
      { 42, "string or array of documents expected, got number" },
      { { 1 }, "docs%[1%] is a number" },
      { { { date = "2025-01-01" } }, "docs%[1%]%.text must be a string, got nil" },
      { { { text = "a", name = 3 } }, "docs%[1%]%.name must be a string" },
      { { { text = "a", date = {} } }, "docs%[1%]%.date must be a string or a number" },
      { { { text = "a", date = "next Tuesday" } }, 'docs%[1%]%.date "next Tuesday" is not a date' },
      { { "a", x = "b" }, "has key x" },
      { { text = "a" }, "inside an array" },
    }
    for _, c in ipairs(cases) do
      local ok, err = pcall(read, c[1])
      assert.is_false(ok)
      assert.matches("bad argument #1 to 'claims'", err)
      assert.matches(c[2], err)
    end
  end)

  it("blames the caller of the public function", function()
    local function claims(arg)
      local d = docs.read(arg, "claims") -- not a tail call, which drops a frame
      return d
    end
    local ok, err = pcall(function() claims(7) end)
    assert.is_false(ok)
    assert.matches("docs_spec.lua:%d+:", err)
  end)

  it("reads exactly #docs items from a table that answers every index", function()
    local proxy = setmetatable({}, {
      __len = function() return 2 end,
      __index = function(_, k) if type(k) == "number" then return "doc " .. k end end,
    })
    local d = read(proxy)
    -- Lua 5.1 and LuaJIT ignore __len on tables: the raw length 0 is read
    local n = _VERSION == "Lua 5.1" and 0 or 2
    assert.are.equal(n, #d)
    if n == 2 then assert.are.equal("doc 2", d[2].text) end
  end)

  it("refuses a length that is not a whole number", function()
    for _, len in ipairs({ "1", 1.5, -1, 0 / 0 }) do
      local t = setmetatable({}, { __len = function() return len end })
      local ok, err = pcall(read, t)
      if _VERSION == "Lua 5.1" then
        assert.is_true(ok, err)
      else
        assert.is_false(ok)
        assert.matches("length of the documents array must be a whole number", err)
      end
    end
  end)
end)

describe("docs.parse_date", function()
  local function ymdhm(s)
    local d = docs.parse_date(s)
    return d and { d.y, d.m, d.d, d.hh, d.mm } or nil
  end

  it("reads the forms news pages and wire copy use", function()
    assert.are.same({ 2025, 12, 21 }, ymdhm("2025-12-21"))
    assert.are.same({ 2025, 12, 21 }, ymdhm("2025/12/21"))
    assert.are.same({ 2025, 12, 21, 14, 30 }, ymdhm("2025-12-21T14:30:00"))
    assert.are.same({ 2025, 12, 21, 14, 30 }, ymdhm("2025-12-21 14:30"))
    assert.are.same({ 2025, 12, 21 }, ymdhm("December 21, 2025"))
    assert.are.same({ 2025, 12, 21 }, ymdhm("Dec. 21, 2025"))
    assert.are.same({ 2025, 12, 21 }, ymdhm("21 December 2025"))
    assert.are.same({ 2025, 12, 21 }, ymdhm("Sunday, 21 December 2025"))
    assert.are.same({ 2025, 12, 21 }, ymdhm("Sun. Dec 21, 2025"))
    assert.are.same({ 2025, 12, 21, 14, 5 }, ymdhm("21 December 2025 14:05"))
    assert.are.same({ 2025, 12, 21, 14, 30 }, ymdhm("Dec 21, 2025 at 2:30 p.m."))
    assert.are.same({ 2025, 12, 21, 0, 15 }, ymdhm("Dec 21, 2025, 12:15 am"))
  end)

  it("keeps a time of day set off by a slash or a bar", function()
    assert.are.same({ 2026, 10, 2, 15, 45 }, ymdhm("October 2, 2026 / 3:45 PM"))
    assert.are.same({ 2026, 10, 2, 15, 45 }, ymdhm("Oct 2, 2026 | 3:45pm"))
    assert.are.same({ 2026, 10, 2, 15, 45 }, ymdhm("2 October 2026 | 15:45"))
    assert.are.same({ 2026, 10, 2, 15, 45 }, ymdhm("2026-10-02 / 15:45"))
    -- a zone it knows still turns the time into UTC
    assert.are.equal(docs.parse_date("2026-10-02T19:45Z").key,
      docs.parse_date("Oct 2, 2026 | 3:45 PM EDT").key)
  end)

  it("reads a time first with a zone it does not know, as UTC", function()
    -- ("ET" does not say whether summer time applies)
    assert.are.same({ 2026, 10, 2, 15, 45 }, ymdhm("3:45 PM ET Oct. 2, 2026"))
    assert.are.same({ 2026, 10, 2, 15, 45 }, ymdhm("3:45 p.m. ET, Oct. 2, 2026"))
    assert.is_nil(docs.parse_date("3:45 PM Tuesday"))
    assert.is_nil(docs.parse_date("3:45 PM in Oct. 2, 2026"))
  end)

  it("turns a zone offset into UTC", function()
    local utc = docs.parse_date("2025-12-21T12:00:00Z")
    assert.are.equal(utc.key, docs.parse_date("2025-12-21T14:00:00+02:00").key)
    assert.are.equal(utc.key, docs.parse_date("2025-12-21T07:00-0500").key)
  end)

  it("reads seconds since 1970 as UTC", function()
    assert.are.same({ 2025, 12, 21, 14, 30 }, ymdhm(1766327400))
    assert.are.same({ 1970, 1, 1, 0, 0 }, ymdhm(0))
  end)

  it("orders dates by key, days by day", function()
    local a, b, c = docs.parse_date("20 December 2025"), docs.parse_date("2025-12-21"),
      docs.parse_date("2025-12-21T09:00")
    assert.is_true(a.key < b.key and b.key < c.key)
    assert.are.equal(b.day, c.day)
    assert.are.equal(a.day + 1, b.day)
    assert.is_true(docs.parse_date("2024-12-31").day + 1 == docs.parse_date("2025-01-01").day)
  end)

  it("gives nil for what is not a date", function()
    for _, s in ipairs({ "", "yesterday", "Updated 3 hours ago", "2025-13-01", "2025-02-30",
                         "2023-02-29", "31 June 2025", "03/04/2025", "Smarch 3, 2025",
                         "2025-12-21T25:00", ("9"):rep(300), 0 / 0, {} }) do
      assert.is_nil(docs.parse_date(s), tostring(s))
    end
    assert.is_not_nil(docs.parse_date("2024-02-29"))
  end)
end)

describe("docs.date_near", function()
  local function ymdhm(s, near)
    local d = docs.date_near(s, near and docs.parse_date(near))
    return d and { d.y, d.m, d.d, d.hh, d.mm, d.no_year } or nil
  end

  it("puts a date without its year in the year nearest another date of the story", function()
    assert.are.same({ 2026, 10, 2, 15, 45, true }, ymdhm("3:45 PM ET Oct. 2", "2026-09-30"))
    assert.are.same({ 2026, 10, 2, 15, 45, true }, ymdhm("Oct. 2 / 3:45 PM", "2026-10-05"))
    assert.are.same({ 2026, 10, 2, nil, nil, true }, ymdhm("Oct. 2", "2026-10-05"))
    -- across the new year: "Dec. 30" near 2 January 2027 is of 2026
    assert.are.same({ 2026, 12, 30, nil, nil, true }, ymdhm("Dec. 30", "2027-01-02"))
  end)

  it("reads a full date as parse_date does, and gives nil for no date", function()
    assert.are.same({ 2025, 12, 21, 14, 5 }, ymdhm("21 December 2025 14:05", "2026-10-05"))
    assert.is_nil(ymdhm("Oct. 32", "2026-10-05"))
    assert.is_nil(ymdhm("on Monday", "2026-10-05"))
    assert.is_nil(ymdhm("3:45 PM", "2026-10-05"))
  end)

  it("uses a leap year when the story gives no year at all", function()
    local d = docs.date_near("Feb. 29")
    assert.are.same({ 2, 29, true }, { d.m, d.d, d.no_year })
    assert.is_true(docs.date_near("Feb. 28").key < docs.date_near("March 1").key)
  end)
end)

describe("docs.article_date", function()
  it("reads the date line of an article", function()
    local text = "Storm cuts power to the coast\n21 December 2025 World\n\n"
      .. "Thousands of homes were without power on Sunday after the storm.\n"
    local d = docs.article_date(text)
    assert.is_not_nil(d)
    assert.are.same({ 2025, 12, 21 }, { d.y, d.m, d.d })
  end)

  it("gives nil when the article has no date line", function()
    assert.is_nil(docs.article_date("Thousands of homes were without power on Sunday.\n"))
  end)
end)

describe("docs.header", function()
  local article = require("lede.article")
  -- A wire story of many paragraphs: the date line and dateline are in its
  -- head, and a long tail below it changes neither.
  local head = "Floods close the valley road\nBy Ana Ruiz\n14 March 2026 World\n\n"
    .. "PORTA, Velmar — Floodwater closed the only road into the valley on Saturday, "
    .. "leaving three villages cut off, officials said.\n\n"
  local paragraph = "Crews worked through the night to clear the mud from the road, and the "
    .. "regional office said it hoped to reopen one lane by Monday morning.\n\n"

  it("reads the date line and dateline as lede.article does", function()
    local text = head .. paragraph:rep(3)
    local a, h = article.article(text), docs.header(text)
    assert.are.same({ 2026, 3, 14 }, { h.date.y, h.date.m, h.date.d })
    assert.are.equal(a.dateline.place, h.dateline.place)
    assert.are.equal("PORTA, Velmar", h.dateline.place)
    assert.are.equal(a.dateline.e, h.dateline.e)
  end)

  it("reads only the head of a long article", function()
    -- (a date line deep in the body is no header date, for lede.article either)
    local text = head .. paragraph:rep(2000) .. "2 April 2026\n"
    local h = docs.header(text)
    assert.are.equal(14, h.date.d)
    assert.are.equal("PORTA, Velmar", h.dateline.place)
    assert.is_true(#text > 200000)
  end)

  it("gives no date and no dateline to a text without them", function()
    local h = docs.header(paragraph:rep(10))
    assert.is_nil(h.date)
    assert.is_nil(h.dateline)
    assert.are.same({}, docs.header(""))
  end)
end)
