-- lede.numbers: number mentions in digits and words, with sentences
-- written for these specs.
local lede = require("lede")
local cases = require("cases")

-- The mention whose text is exactly `span`, or nil.
local function find(text, span)
  for _, n in ipairs(lede.numbers(text)) do
    if n.text == span then return n end
  end
  return nil
end

local function kinds(text)
  local out = {}
  for _, n in ipairs(lede.numbers(text)) do out[#out + 1] = n.kind end
  return table.concat(out, ",")
end

-- A value in the shortest form that reads back exactly (as the case file
-- writes it).
local function shortest(v)
  local s = string.format("%.15g", v)
  if tonumber(s) ~= v then s = string.format("%.17g", v) end
  return s
end

describe("lede.numbers", function()
  -- the cases of spec/cases/numbers.txt, which the C test reads too, and
  -- the worked example of the guide to adding a wording
  local examples = {}
  for _, path in ipairs({ "spec/cases/numbers.txt", "doc/adding-a-wording.md" }) do
    for _, case in ipairs(cases.read(path)) do
      case.file = path:match("[^/]*$")
      examples[#examples + 1] = case
    end
  end
  for _, case in ipairs(examples) do
    it(("%s (%s:%d)"):format(case.section, case.file, case.line), function()
      local got = {}
      for _, n in ipairs(lede.numbers(case.input)) do
        got[#got + 1] = table.concat({ n.text, shortest(n.value), n.kind,
          n.qualifier or "exact", n.unit }, " | ")
      end
      assert.are.same(case.expected, got)
    end)
  end

  it("gives the casualty readings a qualified count (the guide's worked example)", function()
    local c = lede.casualties("Floods killed in excess of 20 people.")
    assert.are.equal(1, #c)
    assert.are.same({ "killed", 20, "more than", 21 }, { c[1].kind, c[1].count, c[1].qualifier, c[1].min })
  end)

  it("returns spans that text:sub gives back", function()
    local text = "Crews cleared 1,500 tonnes of debris and €21 billion was pledged."
    local nums = lede.numbers(text)
    assert.are.equal(2, #nums)
    for _, n in ipairs(nums) do
      assert.are.equal(n.text, text:sub(n.s, n.e))
      assert.are.equal("boolean", type(n.approx))
    end
  end)



  it("reads percents and money with their units", function()
    local p = find("Support fell to 38%.", "38%")
    assert.are.equal("percent", p.kind)
    assert.are.equal(38, p.value)
    local m = find("The dam will cost $1.5 billion.", "$1.5 billion")
    assert.are.same({ "money", 1.5e9, "USD" }, { m.kind, m.value, m.unit })
    local e = find("Donors gave €21 billion.", "€21 billion")
    assert.are.same({ "money", 21e9, "EUR" }, { e.kind, e.value, e.unit })
    local g = find("The club spent £300m.", "£300m")
    assert.are.same({ "money", 3e8, "GBP" }, { g.kind, g.value, g.unit })
    local c = find("Fares went up 75 cents.", "75 cents")
    assert.are.same({ "money", 75, "cent" }, { c.kind, c.value, c.unit })
  end)

  it("reads numbers in words", function()
    assert.are.equal(8, find("eight trucks arrived", "eight").value)
    assert.are.equal(12, find("Twelve crews worked.", "Twelve").value)
    assert.are.equal(25, find("It took twenty-five days to rebuild.", "twenty-five days").value)
    assert.are.equal(112, find("He counted one hundred and twelve tents.",
                               "one hundred and twelve").value)
    assert.are.equal(12, find("She bought a dozen rolls.", "a dozen").value)
    assert.are.equal(500000, find("Officials expect half a million visitors.",
                                  "half a million").value)
    assert.are.equal(1.5e6, find("The town of 1.5 million people", "1.5 million").value)
  end)

  it("marks ordinals, fractions and percents in words", function()
    local o = find("It was the third blast this week.", "third")
    assert.are.same({ "ordinal", 3 }, { o.kind, o.value })
    assert.are.equal("ordinal", find("The 21st session opened.", "21st").kind)
    local f = find("Two-thirds of the homes lost power.", "Two-thirds")
    assert.are.equal("fraction", f.kind)
    assert.is_true(math.abs(f.value - 2 / 3) < 1e-12)
    assert.are.equal("percent", find("Turnout was forty percent.", "forty percent").kind)
  end)

  it("gives vague quantities a lower bound", function()
    local d = find("Dozens of roofs collapsed.", "Dozens")
    assert.are.same({ "vague", 24, true }, { d.qualifier, d.min, d.approx })
    assert.are.equal(200, find("Hundreds gathered.", "Hundreds").min)
    assert.are.equal(2000, find("Thousands fled.", "Thousands").min)
    assert.are.equal(200000, find("Hundreds of thousands fled.", "Hundreds of thousands").min)
    assert.are.equal("vague", find("Scores of cars burned.", "Scores").qualifier)
  end)

  it("reads ranges and qualifiers with whole-number bounds", function()
    local r = find("Between 10 and 15 barges sank.", "Between 10 and 15")
    assert.are.same({ "range", 10, 15 }, { r.qualifier, r.min, r.max })
    r = find("Expect 10-15 inches of snow.", "10-15 inches")
    assert.are.same({ "range", 10, 15, "in" }, { r.qualifier, r.min, r.max, r.unit })
    r = find("They drove 10 to 15 trucks.", "10 to 15")
    assert.are.same({ 10, 15 }, { r.min, r.max })
    local m = find("More than 200 came.", "More than 200")
    assert.are.same({ "more than", 201, true }, { m.qualifier, m.min, m.approx })
    assert.is_nil(m.max)
    assert.are.equal(39, find("nearly 40 remain", "nearly 40").max)
    assert.are.equal(35, find("at least 35 came", "at least 35").min)
    assert.are.equal(700, find("up to 700 jobs", "up to 700").max)
    assert.are.equal("about", find("about 300 trucks", "about 300").qualifier)
    assert.are.equal("about", find("some 2,000 workers", "some 2,000").qualifier)
    assert.are.equal(19, find("fewer than 20 boats", "fewer than 20").max)
    local plain = find("Officials counted 35 boats.", "35")
    assert.is_false(plain.approx)
    assert.is_nil(plain.qualifier)
  end)

  it("tells years, dates, times, phones and ages from counts", function()
    assert.are.equal("year", find("The bridge opened in 1998.", "1998").kind)
    assert.are.equal("date", find("Talks resumed on March 3, 2022.", "March 3, 2022").kind)
    assert.are.equal("date", find("We met on the 4th of July.", "4th of July").kind)
    assert.are.equal("time", find("The blast came at 11:12 p.m. local time.", "11:12 p.m.").kind)
    assert.are.equal("phone", find("Call 203-555-0187 now.", "203-555-0187").kind)
    assert.are.equal("age", find("A 35-year-old was held.", "35-year-old").kind)
    assert.are.equal("cardinal", find("2000 people marched.", "2000").kind)
    assert.are.equal("", kinds("Which one is it?"))
    assert.are.equal("time", find("Shots rang out about 12:50 a.m. Monday.", "about 12:50 a.m.").kind)
  end)

  it("keeps going through NUL bytes and invalid UTF-8", function()
    local text = "12\0 boats \255\254 and 30 cars"
    local nums = lede.numbers(text)
    assert.are.equal(2, #nums)
    assert.are.same({ 12, 30 }, { nums[1].value, nums[2].value })
    assert.are.equal("30", text:sub(nums[2].s, nums[2].e))
    assert.are.same({}, lede.numbers(""))
    assert.are.same({}, lede.numbers("\255\254\253"))
  end)

  it("raises on a wrong argument type, naming it", function()
    assert.has_error(function() lede.numbers(nil) end)
    assert.has_error(function() lede.numbers(42) end)
    local ok, err = pcall(lede.numbers, {})
    assert.is_false(ok)
    assert.truthy(tostring(err):find("string expected", 1, true))
  end)
end)
