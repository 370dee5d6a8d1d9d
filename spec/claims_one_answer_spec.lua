-- One answer: for one article, lede.claims and lede.casualty_totals give
-- the same figure of every kind.  The claim whose source is marked total
-- gives the document total, no claim of the article's own time gives more
-- (another event's figure, "days after a strike killed 35", is marked
-- other_time), and the main toll is never left under revised.
local lede = require("lede")
local helpers = require("helpers")

-- Why the claims of text and its totals disagree, or nil.
local function disagreement(text)
  local totals = lede.casualty_totals(text)
  local marked, top = {}, {}
  for _, c in ipairs(lede.claims(text).claims) do
    if c.type == "casualty" then
      if c.sources[1].total then
        if marked[c.kind] then return c.kind .. ": two claims marked total" end
        marked[c.kind] = c.count
      end
      if not c.other_time and c.count > (top[c.kind] or -math.huge) then top[c.kind] = c.count end
    end
  end
  for kind, n in pairs(totals) do
    -- (a total of 0 may have no claim: "he was shot" of the one who died)
    if not (n == 0 and top[kind] == nil and marked[kind] == nil) then
      if marked[kind] ~= n then
        return ("%s: total %d, the claim marked total %s"):format(kind, n, tostring(marked[kind]))
      end
      if top[kind] > n then return ("%s: total %d, a claim of %d"):format(kind, n, top[kind]) end
    end
  end
  for kind, n in pairs(top) do
    if totals[kind] == nil then return ("%s: no total, a claim of %d"):format(kind, n) end
  end
  return nil
end

local function casualties(text)
  local out = {}
  for _, c in ipairs(lede.claims(text).claims) do
    if c.type == "casualty" then out[#out + 1] = c end
  end
  return out
end

local function marked(text, kind)
  for _, c in ipairs(casualties(text)) do
    if c.kind == kind and c.sources[1].total then return c end
  end
  return nil
end

describe("lede.claims and lede.casualty_totals: one answer", function()
  it("shows the toll a sentence adds up from its groups, beside the groups", function()
    local text = "A man and two women were killed when a gunman opened fire in a bakery "
      .. "in Sarno on Monday, police said."
    assert.is_nil(disagreement(text))
    local c = marked(text, "killed")
    assert.equal(3, c.count)
    assert.is_true(c.sources[1].summed)
    assert.equal("Sarno", c.place)
    -- its source spans the words it adds up
    assert.truthy(c.sources[1].text:find("^A man and two women were killed"))
    assert.equal(3, lede.casualty_totals(text).killed)
  end)

  it("never hides the main toll under revised behind a smaller later count", function()
    local text = "The fighting has killed more than 10,000 people since March, the health "
      .. "ministry said on Friday. In Olvido, one baby was killed when a shell hit a clinic."
    assert.is_nil(disagreement(text))
    local c = marked(text, "killed")
    assert.equal(10000, c.count)
    assert.equal("more than", c.qualifier)
  end)

  it("gives those shot less those who died, the other figure under revised", function()
    local text = "Two men were shot on Pine Street late Sunday, police said. "
      .. "One of them died at the hospital."
    assert.is_nil(disagreement(text))
    local injured = marked(text, "injured")
    assert.equal(1, injured.count)
    assert.equal(2, injured.revised[1].count)
    assert.equal(1, marked(text, "killed").count)
  end)

  it("reads a fatal shooting with no count as one dead, in its words", function()
    local text = "Police are investigating a fatal shooting on Birch Avenue early Saturday."
    assert.is_nil(disagreement(text))
    local c = marked(text, "killed")
    assert.equal(1, c.count)
    assert.equal("fatal shooting", c.sources[1].text)
  end)

  it("keeps a larger figure of another event, marked other_time, beside the article's", function()
    local text = "The talks came days after a missile strike killed at least 35 people in "
      .. "Sumy. Overnight, a drone attack on Dnipro killed three people, officials said."
    assert.is_nil(disagreement(text))
    assert.equal(3, marked(text, "killed").count)
    local other
    for _, c in ipairs(casualties(text)) do
      if c.count == 35 then other = c end
    end
    assert.is_true(other.other_time)
    assert.equal("Sumy", other.place)
  end)

  it("keeps a figure of another time apart when it names no place, not under revised", function()
    -- the town of the sentence before and the dateline's are the event's,
    -- not the older floods'
    local text = "HALVIK, Orvania (Wire) — A mudslide killed 12 people in Halvik on Monday, "
      .. "officials said.\n\nThe slide came a decade after floods in the same valley killed "
      .. "200 people in 2016.\n\nRescuers were still searching on Tuesday."
    assert.is_nil(disagreement(text))
    local main = marked(text, "killed")
    assert.equal(12, main.count)
    assert.is_nil(main.revised)
    local other
    for _, c in ipairs(casualties(text)) do
      if c.count == 200 then other = c end
    end
    assert.is_true(other.other_time)
    assert.is_nil(other.place)
  end)

  it("takes a lowered toll over the figure it replaced, in both", function()
    local text = "MARLO, Tesland (Wire) — Police lowered the death toll from Saturday's crush "
      .. "at the Marlo arena to 19 on Sunday, saying some victims had been counted twice. "
      .. "They had earlier said 26 people were killed."
    assert.is_nil(disagreement(text))
    assert.equal(19, lede.casualty_totals(text).killed)
    assert.equal(19, marked(text, "killed").count)
  end)

  it("reads one toll told twice in a sentence once, and the larger", function()
    local text = "Police said 17 people were killed when the bus left the road near Kolva, "
      .. "while the district hospital put the toll at 19."
    assert.is_nil(disagreement(text))
    assert.equal(19, lede.casualty_totals(text).killed)
  end)

  it("counts people taken to hospital beside the dead, not as holding them", function()
    local text = "Five people were killed when a bridge fell into the river outside Corvin "
      .. "on Monday. Eight people were taken to the Corvin district hospital."
    assert.is_nil(disagreement(text))
    assert.equal(8, lede.casualty_totals(text).injured)
    -- (one person taken to hospital may be the one who died)
    assert.equal(0, lede.casualty_totals("A man was shot on Elm Street. He was taken to "
      .. "the hospital, where he died.").injured or 0)
  end)

  it("adds up a caller's records whose optional fields are of any type", function()
    local docs = { "Two men and a woman were killed in Ostra. Police said 3 died." }
    for _, odd in ipairs({ {}, 5, true }) do
      local r = require("lede.claims").merge(docs, { { casualties = {
        { kind = "killed", count = 2, s = 1, e = 9, who = odd, qualifier = odd, sentence_s = 1 },
        { kind = "killed", count = 1, s = 15, e = 21, who = odd, sentence_s = 1, sentence = odd },
      } } })
      local total
      for _, c in ipairs(r.claims) do
        if c.sources[1].total then total = c end
      end
      assert.equal(3, total.count)
      assert.equal("exact", total.qualifier)
      assert.is_string(require("lede.claims_table").render(r))
    end
  end)

  it("holds for every article of the project's fixtures and clusters", function()
    local paths = {}
    local dirs = { "spec/fixtures/strike", "spec/fixtures/articles" }
    for cluster in io.popen("ls bench/claims_clusters"):lines() do
      if not cluster:find("%.") then dirs[#dirs + 1] = "bench/claims_clusters/" .. cluster end
    end
    for _, dir in ipairs(dirs) do
      for _, name in ipairs(helpers.txt_files(dir)) do paths[#paths + 1] = dir .. "/" .. name end
    end
    assert.is_true(#paths > 80)
    local wrong = {}
    for _, path in ipairs(paths) do
      local why = disagreement(helpers.read(path))
      if why then wrong[#wrong + 1] = path .. ": " .. why end
    end
    assert.are.same({}, wrong)
  end)
end)
