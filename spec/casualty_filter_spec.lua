-- lede.casualty_filter: figures that are not the article's own (cited,
-- hypothetical, a subset read twice), as lede.claims and
-- lede.casualty_totals see them.
local lede = require("lede")

local function casualties(text)
  local out = {}
  for _, c in ipairs(lede.claims(text).claims) do
    if c.type == "casualty" then out[#out + 1] = c end
  end
  return out
end

describe("figures that are not the article's own", function()
  it("marks a compared figure as cited: it never wins, and is not in the totals", function()
    local text = "Rescuers said 25 people were killed in Velm, a higher toll than the 17 given by officials."
    local c = casualties(text)
    assert.are.equal(1, #c)
    assert.are.equal(25, c[1].count)
    assert.are.equal(1, #c[1].cited)
    assert.is_true(c[1].cited[1].attributed)
    assert.truthy(c[1].cited[1].text:find("17", 1, true))
    assert.are.equal(25, lede.casualty_totals(text).killed)
  end)

  it("leaves a figure an article disputes out of its totals", function()
    local text = "Officials said 40 people were killed. That is lower than the 52 deaths reported by the hospital."
    assert.are.equal(40, lede.casualty_totals(text).killed)
    assert.are.equal(40, casualties(text)[1].count)
  end)

  it("reads a figure an article calls another's claim as cited", function()
    local text = "The regional hospital said 12 people were killed in the clashes, disputing "
      .. "a rebel claim of 40 deaths."
    assert.are.equal(12, lede.casualty_totals(text).killed)
    local c = casualties(text)
    assert.are.equal(12, c[1].count)
    assert.are.equal(40, c[1].cited[1].count)
  end)

  it("keeps 'more than N' as the article's own figure", function()
    local c = casualties("More than 10,000 people have been killed in the war.")
    assert.are.equal(10000, c[1].count)
    assert.is_nil(c[1].cited)
  end)

  it("gives nothing for hypotheticals", function()
    assert.are.equal(0, #casualties("The new barrier could prevent 30,000 deaths in Velm each year."))
    assert.is_nil(lede.casualty_totals("The new barrier could prevent 30,000 deaths in Velm each year.").killed)
  end)

  it("does not add a subset to its total: including 45 dead", function()
    local text = "The fire in Velm killed 60 people, including 45 dead in the basement."
    assert.are.equal(60, lede.casualty_totals(text).killed)
    assert.are.equal(1, #casualties(text))
  end)

  it("gives nothing for a question", function()
    assert.are.equal(0, #casualties("How many died in Velm? Nobody knows."))
  end)

  it("reads records from any host without failing on odd shapes", function()
    local filter = require("lede.casualty_filter")
    assert.are.same({}, filter.own(nil, nil))
    local kept = filter.own("x", { { kind = "killed", count = 1 }, "junk" })
    assert.are.equal(2, #kept)
  end)
end)
