-- lede.claims on wordings wire copy uses: a toll worded as changed, places
-- named by "off X", "X's ministry" and "a storm hit X", a count of wider
-- scope kept apart from a town's and one with the place giving its figure, a
-- place corrected by a later article, repeats of
-- one figure, documents dated only by their dateline, dates with the time
-- first and a zone name.
local lede = require("lede")
local docs = require("lede.docs")
local filter = require("lede.casualty_filter")

local function killed(result)
  for _, c in ipairs(result.claims) do
    if c.type == "casualty" and c.kind == "killed" then return c end
  end
  return nil
end

describe("lede.claims wire wordings", function()
  it("reads 'raising the death toll to N' as a toll worded as changed", function()
    local text = "A second slide killed 40 more, raising the death toll to 128, officials said."
    local changed = {}
    for _, r in ipairs(lede.casualties(text)) do changed[r.count] = filter.worded_change(text, r) end
    assert.is_false(changed[40])
    assert.is_true(changed[128])
    local plain = "Police said 12 people were killed in the crash."
    for _, r in ipairs(lede.casualties(plain)) do assert.is_false(filter.worded_change(plain, r)) end
  end)

  it("takes a place from 'off X' and from 'X's health ministry'", function()
    assert.equal("Varnholm", killed(lede.claims(
      "Fishermen said two boats sank off Varnholm and 14 people were killed.")).place)
    assert.equal("Varnland", killed(lede.claims(
      "Varnland's health ministry said 16 people were killed in the flooding.")).place)
  end)

  it("gives a count of wider scope no place from the dateline", function()
    for _, opening in ipairs({ "Across the region", "Nationwide" }) do
      local c = killed(lede.claims("DUNMORE, Tesland (Wire) — " .. opening
        .. ", 30 people were killed by the storm, officials said."))
      assert.equal(30, c.count)
      assert.is_nil(c.place)
    end
    -- the same count without the wider words is the dateline's
    assert.equal("Dunmore", killed(lede.claims(
      "DUNMORE, Tesland (Wire) — The storm killed 30 people, officials said.")).place)
  end)

  it("keeps a town's count apart from the region's total of the same event", function()
    local function counts(text)
      local by = {}
      for _, c in ipairs(lede.claims(text).claims) do
        if c.type == "casualty" and c.kind == "killed" then
          by[c.count] = c.place or "-"
          assert.is_nil(c.revised)
        end
      end
      return by
    end
    assert.same({ [3] = "Dunmore", [30] = "-" }, counts("A storm hit Dunmore on Monday, "
      .. "killing 3 people in the town. Across the region, 30 people were killed."))
    -- without a place the town's figure is still not revised by the region's
    assert.same({ [3] = "-", [30] = "-" }, counts("The storm killed 3 people in the town "
      .. "on Monday. Across the region, 30 people were killed."))
    assert.same({ [30] = "-", [3] = "Dunmore" }, counts("Across the region, 30 people "
      .. "were killed. In Dunmore, 3 people died."))
  end)

  it("moves a figure to the place a later article corrects it to", function()
    local r = lede.claims({
      { text = "Flash floods killed nine people in Tessby on Sunday, police said.",
        date = "2026-11-02" },
      { text = "The nine people killed by the floods died in the village of Orrin, and "
        .. "not in Tessby as first reported, police said.", date = "2026-11-03" },
    })
    local places = {}
    for _, c in ipairs(r.claims) do
      if c.type == "casualty" then places[#places + 1] = c.place .. " " .. c.count end
    end
    assert.same({ "Orrin 9" }, places)
    -- "not" between two places that share no figure joins nothing
    r = lede.claims("Shelling killed 5 people in Harlow and not in Merrin, officials said. "
      .. "Three people were injured in Merrin.")
    local shown = {}
    for _, c in ipairs(r.claims) do
      if c.type == "casualty" then shown[c.kind] = c.place end
    end
    assert.equal("Harlow", shown.killed)
    assert.equal("Merrin", shown.injured)
  end)

  it("reads a regional total and the place that gives its figure as one", function()
    local r = lede.claims({
      { text = "Quake kills 40 across Dravonia\n\nIn Kessa, 11 people were killed when a "
        .. "school fell. Across the highlands, 40 people were killed, officials said.",
        date = "2026-10-14" },
      { text = "Dravonia quake toll climbs to 52\n\nThe death toll in Kessa rose to 13. In "
        .. "all, the quake has killed 52 people across the highlands region.",
        date = "2026-10-15" },
    })
    local shown = {}
    for _, c in ipairs(r.claims) do
      if c.type == "casualty" then shown[#shown + 1] = (c.place or "-") .. " " .. c.count end
    end
    table.sort(shown)
    assert.same({ "- 52", "Kessa 13" }, shown)
  end)

  it("reads a count followed by 'across' as of the whole country, not the town its part names", function()
    local r = lede.claims({
      "Storm in Orsk\n\nJanuary 5, 2026\n\nA winter storm killed five people in Orsk on Monday.",
      "Storm toll\n\nJanuary 6, 2026\n\nThe storm has now killed 11 people across Keldan, "
        .. "including five in Orsk, the ministry said.",
    })
    local shown = {}
    for _, c in ipairs(r.claims) do
      if c.type == "casualty" then shown[#shown + 1] = tostring(c.place) .. " " .. c.count end
    end
    assert.same({ "Orsk 5", "nil 11" }, shown)
    -- a headline's toll across a region and the body's are one thing
    r = lede.claims("Heat toll passes 1,200 across the south\n\nThe heat wave has killed 1,240 "
      .. "people, health officials said.")
    assert.equal(1, #r.claims)
    assert.equal(1240, r.claims[1].count)
  end)

  it("takes a place from what an event hit or struck", function()
    assert.equal("Osterby", killed(lede.claims(
      "The earthquake struck Osterby before dawn, killing 12 people.")).place)
  end)

  it("counts repeats of one figure in one article as one source with mentions", function()
    local c = killed(lede.claims("Officials said 7 people were killed in Bresk. The 7 people "
      .. "killed were all adults, and 7 killed is the worst toll in years."))
    assert.equal(7, c.count)
    assert.equal(1, #c.sources)
    assert.equal(3, c.sources[1].mentions)
  end)

  it("orders documents dated only by their dateline", function()
    local c = killed(lede.claims({
      "BRESK, Tesland, Oct. 2 (Wire) — A fire killed 9 people in Bresk, officials said.",
      "BRESK, Tesland, Oct. 1 (Wire) — A fire killed 4 people in Bresk, officials said.",
    }))
    assert.equal(9, c.count)
    assert.equal(4, c.history[1].count)
    assert.equal("--10-01", c.history[1].date)
    assert.equal("--10-02", c.history[2].date)
  end)

  it("reads a date with the time first and shifts it by its zone", function()
    local edt = docs.parse_date("4:53 PM EDT, October 6, 2026")
    local gmt = docs.parse_date("10:32 GMT, 6 October 2026")
    assert.same({ 2026, 10, 6, 16, 53 }, { edt.y, edt.m, edt.d, edt.hh, edt.mm })
    assert.same({ 2026, 10, 6, 10, 32 }, { gmt.y, gmt.m, gmt.d, gmt.hh, gmt.mm })
    local plain = docs.parse_date("October 6, 2026 4:53 PM")
    -- EDT is four hours behind UTC: the same clock reading is later
    assert.equal(240, edt.key - plain.key)
  end)
end)

describe("lede.claims places around the dateline", function()
  local function by_figure(result)
    local t = {}
    for _, c in ipairs(result.claims) do
      if c.type == "casualty" then t[c.kind .. " " .. c.count] = c.place or "-" end
    end
    return t
  end

  it("reads the country after a dateline's town as no place of the first count", function()
    local got = by_figure(lede.claims("LISCA, Norvenia (Wire) — The drought has killed 800 "
      .. "people in three countries, officials said.\n\nIn Norvenia, 420 people have died "
      .. "since June, the health ministry said.\n\nIn Castmoor, 380 people were killed, "
      .. "officials there said.\n"))
    assert.are.equal("-", got["killed 800"])
    assert.are.equal("Norvenia", got["killed 420"])
    assert.are.equal("Castmoor", got["killed 380"])
  end)

  it("still gives a first count the dateline's town when the story names it", function()
    local got = by_figure(lede.claims("Five hurt at Harrow market\n\nHARROW, Tesland (Wire) — "
      .. "Five people were injured when a stall caught fire, police said.\n"))
    assert.are.equal("Harrow", got["injured 5"])
  end)

  it("gives the dateline's place to a count of a kind the article places nowhere", function()
    local got = by_figure(lede.claims("ORVANA, Tesland (Wire) — The toll from Thursday's "
      .. "earthquake in Orvana rose to 27 on Friday, the agency said. It had earlier said 12.\n\n"
      .. "More than 90 people were injured, the agency said.\n"))
    assert.are.equal("Orvana", got["killed 27"])
    assert.are.equal("Orvana", got["injured 90"])
    -- an article whose counts name another place leaves it unplaced
    got = by_figure(lede.claims("ORVANA, Tesland (Wire) — The quake killed 27 people in Pell, "
      .. "the agency said.\n\nRescuers worked through the night with dogs and cranes.\n\n"
      .. "More than 90 people were injured, the agency said.\n"))
    assert.are.equal("Pell", got["killed 27"])
    assert.are.equal("-", got["injured 90"])
  end)
end)

describe("lede.claims speakers across the story", function()
  local function speakers(result)
    local t = {}
    for _, c in ipairs(result.claims) do
      if c.type == "quote" then t[#t + 1] = c.speaker or "-" end
    end
    return t
  end
  local first = "OSTRA, Keldan (Wire) — A train derailed near Ostra on Thursday, killing nine "
    .. "people.\n\nTransport Minister Jonas Ferrel said that the track had been inspected "
    .. "last month.\n"
  local second = "OSTRA, Keldan (Wire) — The minister on Friday ordered an inquiry into the "
    .. "derailment.\n\nThe minister said that the inquiry would report within a month.\n"

  it("gives a role named in a later article the one person holding it", function()
    assert.are.same({ "Jonas Ferrel", "Jonas Ferrel" }, speakers(lede.claims({ first, second })))
    local r = lede.claims({ first, second })
    assert.are.equal("Transport Minister", r.claims[#r.claims].title)
  end)

  it("leaves the role when two people hold it, or when it is a body", function()
    local two = first .. "\nHealth Minister Ana Lusk said that the injured were stable.\n"
    assert.are.same({ "Jonas Ferrel", "Ana Lusk", "minister" },
      speakers(lede.claims({ two, second })))
    -- "police said" is the force, not its chief; "the police chief" is him
    local chief = "OSTRA, Keldan (Wire) — Police Chief Ivo Marn said that the line was shut "
      .. "for a day.\n"
    local later = "OSTRA, Keldan (Wire) — The line was shut for a day.\n\nTwo people had "
      .. "been questioned about the fire, police said.\n\nThe line would reopen on Monday, "
      .. "the police chief said.\n"
    assert.are.same({ "Ivo Marn", "police", "Ivo Marn" }, speakers(lede.claims({ chief, later })))
  end)
end)
