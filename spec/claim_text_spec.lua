-- lede.claim_text: one claim as one line, for the hosts.
local claim_text = require("lede.claim_text")
local lede = require("lede")

local function slurp(path)
  local fh = assert(io.open(path, "rb"))
  local s = fh:read("*a")
  fh:close()
  return s
end

describe("lede.claim_text", function()
  -- Results in the shape lua/lede/claims.lua documents.
  local result = {
    claims = {
      { type = "casualty", kind = "killed", count = 6, min = 6, max = 6, qualifier = "exact",
        who = "people", place = "Velmar", agreed = true,
        sources = { { doc = 1, s = 1, e = 5 }, { doc = 2, s = 9, e = 14 } } },
      { type = "casualty", kind = "injured", count = 22, qualifier = "exact", place = "Velmar",
        agreed = false, conflict = 1, sources = { { doc = 1, s = 1, e = 5 }, { doc = 2, s = 1, e = 5 } } },
      { type = "casualty", kind = "missing", min = 10, max = 15, qualifier = "at least",
        sources = { { doc = 2, s = 3, e = 9 } } },
      { type = "quote", kind = "direct", text = "We will\nrebuild", speaker = "Anja Dorresk",
        title = "governor", sources = { { doc = 1, s = 1, e = 5 } } },
      { type = "quote", kind = "reported", text = "the depot was empty", sources = {} },
      { type = "number", value = 3.5, unit = "km" },
    },
    conflicts = {
      { type = "casualty", kind = "injured", place = "Velmar", claim = 2, values = {
        { count = 22, qualifier = "exact", sources = { { doc = 1 } } },
        { count = 19, qualifier = "more than", sources = { { doc = 2 }, { doc = 3 } } },
      } },
    },
  }
  local names = { "a.txt", "b.txt", "c.txt" }

  it("describes casualty claims with their count, place and sources", function()
    assert.are.equal("killed 6 people in Velmar (agree: a.txt, b.txt)",
      claim_text.describe(result.claims[1], result, names))
    assert.are.equal("killed 6 people in Velmar (agree: doc 1, doc 2)",
      claim_text.describe(result.claims[1], result))
    assert.are.equal("missing at least 10-15", claim_text.describe(result.claims[3], result, names))
  end)

  it("spells out a conflict with each value and its sources", function()
    assert.are.equal("injured in Velmar: 22 (a.txt) vs more than 19 (b.txt, c.txt)",
      claim_text.describe(result.claims[2], result, names))
    assert.is_true(claim_text.is_conflict(result.claims[2]))
    assert.is_false(claim_text.is_conflict(result.claims[1]))
    assert.is_false(claim_text.is_conflict("not a claim"))
  end)

  it("describes quotes and anything else", function()
    assert.are.equal("Anja Dorresk (governor): “We will rebuild”",
      claim_text.describe(result.claims[4], result, names))
    assert.are.equal("unattributed: the depot was empty", claim_text.describe(result.claims[5]))
    assert.are.equal("number unit=km value=3.5", claim_text.describe(result.claims[6]))
  end)

  it("describes the real claims of two articles that disagree", function()
    local docs = { slurp("spec/fixtures/hosts/conflict-a.txt"), slurp("spec/fixtures/hosts/conflict-b.txt") }
    local r = lede.claims(docs)
    local conflicts = 0
    for _, c in ipairs(r.claims) do
      local line = claim_text.describe(c, r, { "a", "b" })
      assert.are.equal("string", type(line))
      if claim_text.is_conflict(c) then
        conflicts = conflicts + 1
        assert.truthy(line:find("(a)", 1, true) and line:find("(b)", 1, true), line)
        assert.truthy(line:find(" vs ", 1, true), line)
      end
    end
    assert.is_true(conflicts >= 1)
  end)

  it("marks a figure of another time, and the table shows cited figures", function()
    local text = "HALVIK, Orvania (Reuters) - A mudslide killed 12 people in Halvik on Monday, "
      .. "officials said, a lower toll than the 17 given by a local radio station.\n\n"
      .. "The slide struck days after a flood in Kessa killed 35 people.\n\n"
      .. "Rescuers were still searching on Tuesday."
    local r = lede.claims(text)
    local lines = {}
    for _, c in ipairs(r.claims) do
      if c.type == "casualty" then lines[#lines + 1] = claim_text.describe(c, r, { "a" }) end
    end
    assert.are.same({ "killed 12 people in Halvik", "killed 35 people in Kessa (other time)" }, lines)
    local t = lede.claims_table(r, { names = { "a" } })
    assert.truthy(t:find("Halvik  a  cited: 17 (a)\n", 1, true), t)
    assert.truthy(t:find("Kessa   a  (other time)\n", 1, true), t)
  end)
end)
