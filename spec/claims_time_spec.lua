-- lede.claims over time: documents with dates, a toll rising over days as
-- revisions, figures of one time as conflicts, compatible figures, and the
-- main toll of an article never hidden under revised.
local lede = require("lede")
local claim_time = require("lede.claim_time")
local docs = require("lede.docs")

local function casualty(result, kind, place)
  for _, c in ipairs(result.claims) do
    if c.type == "casualty" and c.kind == kind and c.place == place then return c end
  end
  return nil
end

local function counts(result)
  local out = {}
  for _, c in ipairs(result.claims) do
    if c.type == "casualty" then
      out[#out + 1] = c.kind .. " " .. c.count .. " " .. tostring(c.place)
    end
  end
  return out
end

describe("lede.claims documents with dates", function()
  local storm = {
    { text = "Hurricane Mara killed 21 people in Honduras, officials said on Monday.",
      date = "2026-10-05", name = "wire-mon" },
    { text = "The death toll from Hurricane Mara in Honduras rose to 174, officials said.",
      date = "October 7, 2026", name = "wire-wed" },
    { text = "Hurricane Mara has killed at least 357 people in Honduras.",
      date = "2026-10-09T08:00Z", name = "wire-fri" },
  }

  it("reads a rising toll as revisions: the latest figure with its history", function()
    local r = lede.claims(storm)
    local c = casualty(r, "killed", "Honduras")
    assert.are.equal(357, c.count)
    assert.are.equal("at least", c.qualifier)
    assert.are.equal(0, #r.conflicts)
    assert.is_nil(c.conflict)
    local h = {}
    for _, x in ipairs(c.history) do h[#h + 1] = x.count .. "@" .. x.date .. "#" .. x.name end
    assert.are.same({ "21@2026-10-05#wire-mon", "174@2026-10-07#wire-wed",
                      "357@2026-10-09 08:00#wire-fri" }, h)
    assert.are.equal("2026-10-09 08:00", c.date)
  end)

  it("orders the documents by date, not by their place in the array", function()
    local shuffled = { storm[3], storm[1], storm[2] }
    local c = casualty(lede.claims(shuffled), "killed", "Honduras")
    assert.are.equal(357, c.count)
    assert.are.equal(21, c.history[1].count)
  end)

  it("shows the revisions in the claims table and in the one-line text", function()
    local r = lede.claims(storm)
    local t = lede.claims_table(r, { names = { "mon", "wed", "fri" } })
    assert.truthy(t:find("revised: 21 (mon, 2026-10-05) → 174 (wed, 2026-10-07) → at least 357 (fri,", 1, true))
    assert.falsy(t:find("CONFLICT", 1, true))
    local line = require("lede.claim_text").describe(casualty(r, "killed", "Honduras"), r, { "mon", "wed", "fri" })
    assert.truthy(line:find("revised: 21 (mon, 2026-10-05)", 1, true))
    assert.is_false(require("lede.claim_text").is_conflict(casualty(r, "killed", "Honduras")))
  end)

  it("keeps figures of one day that disagree as a conflict: 30 vs 27 injured", function()
    local r = lede.claims({
      { text = "The blast in Tarnow injured 30 people.", date = "2026-03-02" },
      { text = "The blast in Tarnow injured 27 people.", date = "2 March 2026" },
    })
    local c = casualty(r, "injured", "Tarnow")
    assert.are.equal(1, #r.conflicts)
    assert.are.equal(c.conflict, 1)
    assert.is_nil(c.history)
  end)

  it("calls a later lower figure not worded as a revision a conflict", function()
    local r = lede.claims({
      { text = "The blast in Tarnow injured 30 people.", date = "2026-03-02" },
      { text = "The blast in Tarnow injured 27 people.", date = "2026-03-04" },
    })
    assert.are.equal(1, #r.conflicts)
  end)

  it("reads a story none of whose articles is dated in the order given", function()
    -- (wire copy listed oldest first: a rising toll is revised, a later
    -- lower figure not worded as a change still conflicts)
    local r = lede.claims({ "The flood in Dunmore killed 12 people.",
                            "The flood in Dunmore killed 30 people.",
                            "The flood in Dunmore has killed at least 41 people." })
    local c = casualty(r, "killed", "Dunmore")
    assert.are.equal(0, #r.conflicts)
    assert.are.equal(41, c.count)
    assert.are.equal(3, #c.history)
    r = lede.claims({ "The blast in Tarnow injured 30 people.",
                      "The blast in Tarnow injured 27 people." })
    assert.are.equal(1, #r.conflicts)
  end)

  it("calls an undated figure that differs from a dated one a conflict", function()
    local r = lede.claims({
      "The blast in Tarnow injured 30 people.",
      { text = "The blast in Tarnow injured 27 people.", date = "2026-03-04" },
    })
    assert.are.equal(1, #r.conflicts)
  end)

  it("reads a higher figure worded as a revision as one, even without dates", function()
    local r = lede.claims({
      "The blast in Tarnow killed four people.",
      "The death toll from the blast in Tarnow rose to nine.",
    })
    local c = casualty(r, "killed", "Tarnow")
    assert.are.equal(9, c.count)
    assert.are.equal(0, #r.conflicts)
    assert.are.equal(2, #c.history)
  end)

  it("takes a document's date from its own date line when none is given", function()
    local r = lede.claims({
      "Flood toll rises\n\n3 May 2026\n\nFloods killed 40 people in Sava province on Sunday.",
      "Floods in Sava\n\n1 May 2026\n\nFloods killed 12 people in Sava province.",
    })
    local c = casualty(r, "killed", "Sava")
    assert.are.equal(40, c.count)
    assert.are.equal(0, #r.conflicts)
    assert.are.equal("2026-05-01", c.history[1].date)
  end)

  it("dates a document by a date written in its head in the forms wire pages print", function()
    local r = lede.claims({
      "Landslide in Vesna\n\nPosted 7:05 AM ET Feb. 2, 2026\n\nVESNA, Orvania (Wire) - A "
        .. "landslide killed 4 people in Vesna on Monday.",
      "Vesna landslide\n\nLast Updated: Feb. 3, 2026 / 11:20 AM\n\nVESNA, Orvania (Wire) - "
        .. "Nine people were killed by the landslide in Vesna, officials said.",
      "VESNA, Orvania — Feb. 5, 2026 — The landslide in Vesna killed 13 people, the governor said.",
    })
    local c = casualty(r, "killed", "Vesna")
    assert.are.equal(13, c.count)
    assert.are.equal(0, #r.conflicts)
    local dates = {}
    for i, h in ipairs(c.history) do dates[i] = h.date end
    assert.are.same({ "2026-02-02 07:05", "2026-02-03 11:20", "2026-02-05" }, dates)
    assert.are.equal(2026, claim_time.head_date("Updated: Feb. 3, 2026 / 11:20 AM").y)
    assert.is_nil(claim_time.head_date("A landslide killed 4 people on Monday."))
  end)

  it("dates a document by a date line that leaves its year out", function()
    -- given latest first: only the heads' dates put them in order
    local later = "Quake toll rises in Kessa\n\nUpdated: Oct. 3 / 9:10 AM\n\nKESSA, Tesland "
      .. "(Wire) - Twenty people were killed by the earthquake in Kessa, officials said."
    local earlier = "Quake strikes Kessa\n\nPublished 3:45 PM ET Oct. 2\n\nKESSA, Tesland "
      .. "(Wire) - An earthquake killed 12 people in Kessa on Friday, officials said."
    local r = lede.claims({ later, earlier })
    local c = casualty(r, "killed", "Kessa")
    assert.are.equal(20, c.count)
    assert.are.equal(0, #r.conflicts)
    -- (no article gives the year: ISO 8601's form without one)
    assert.are.same({ "--10-02 15:45" }, { c.history[1].date })
    -- a year another article gives is the year of the others
    r = lede.claims({ later, earlier, "Kessa quake\n\nOctober 4, 2026\n\nKESSA, Tesland "
      .. "(Wire) - The earthquake in Kessa killed 24 people, officials said." })
    c = casualty(r, "killed", "Kessa")
    assert.are.equal(24, c.count)
    assert.are.equal(0, #r.conflicts)
    assert.are.same({ "--10-02 15:45", "--10-03 09:10", "2026-10-04" },
      { c.history[1].date, c.history[2].date, c.history[3].date })
    assert.are.equal(2026, claim_time.head_date(earlier, docs.parse_date("2026-10-04")).y)
    -- a month and day in the lead is the event's, not the article's
    assert.is_nil(claim_time.head_date("Quake\n\nAn earthquake struck on Oct. 2, killing 12."))
  end)

  it("orders two updates of one day by the times their heads give", function()
    local r = lede.claims({
      "Factory fire\n\nOctober 6, 2026 / 9:10 AM\n\nBELGRAT, Tesland (Wire) - A fire at a "
        .. "factory in Belgrat killed 12 workers, the fire service said.",
      "Factory fire\n\nOctober 6, 2026 / 5:45 PM\n\nBELGRAT, Tesland (Wire) - Twenty workers "
        .. "were killed in a fire at a factory in Belgrat, the fire service said.",
    })
    local c = casualty(r, "killed", "Belgrat")
    assert.are.equal(20, c.count)
    assert.are.equal(0, #r.conflicts)
    assert.are.equal("2026-10-06 09:10", c.history[1].date)
    -- with no time of day, one day's figures that differ stay a conflict
    r = lede.claims({
      "Factory fire\n\nOctober 6, 2026\n\nA fire at a factory in Belgrat killed 12 workers.",
      "Factory fire\n\nOctober 6, 2026\n\nTwenty workers were killed in a fire at a factory "
        .. "in Belgrat.",
    })
    assert.are.equal(1, #r.conflicts)
  end)

  it("refuses a date it cannot read, naming the field", function()
    local ok, err = pcall(lede.claims, { { text = "x", date = "sometime soon" } })
    assert.is_false(ok)
    assert.truthy(tostring(err):find("docs[1].date", 1, true))
  end)

  it("reads exactly #docs items of a table whose __index answers every number", function()
    local lying = setmetatable({}, {
      __len = function() return 1 end,
      __index = function() return "Two people were killed in Vorsk." end,
    })
    local r = lede.claims(lying)
    -- (Lua 5.1 and LuaJIT have no __len for tables: # is 0 there)
    assert.are.same(#lying == 1 and { "killed 2 Vorsk" } or {}, counts(r))
  end)
end)

describe("lede.claims compatible figures", function()
  it("does not call at least 30 and 35 a conflict, and shows 35", function()
    local r = lede.claims({ "The crash in Olm killed 35 people.",
                            "The crash in Olm killed at least 30 people." })
    local c = casualty(r, "killed", "Olm")
    assert.are.equal(0, #r.conflicts)
    assert.are.equal(35, c.count)
    assert.is_true(c.compatible)
    assert.truthy(lede.claims_table(r):find("compatible: 35 (1), at least 30 (2)", 1, true))
  end)

  it("keeps an earlier full toll over later bodies recovered, a lower bound", function()
    local r = lede.claims({
      { text = "All 140 people on board are presumed dead after the ferry sank off Tarsa.",
        date = "2026-03-02", name = "mon" },
      { text = "Divers have recovered 16 bodies from the ferry that sank off Tarsa.",
        date = "2026-03-04", name = "wed" },
    })
    local c = casualty(r, "killed", "Tarsa")
    assert.are.equal(0, #r.conflicts)
    assert.are.equal(140, c.count)
    assert.is_true(c.compatible)
  end)
end)

describe("lede.claims one answer per article", function()
  it("never hides the article's main toll under a later smaller count", function()
    local text = "More than 10,000 people have been killed in the war. "
      .. "A baby was killed in Olvido on Sunday, officials said."
    local r = lede.claims(text)
    local main = casualty(r, "killed", nil)
    assert.truthy(main, "the main toll is a claim of its own")
    assert.are.equal(10000, main.count)
    assert.are.equal(lede.casualty_totals(text).killed, main.count)
  end)

  it("keeps the larger figure of one document over a later smaller one", function()
    local r = lede.claims("The fire in Kell killed nine people. One firefighter was killed, officials said.")
    local counts_seen = counts(r)
    assert.are.equal("killed 9 Kell", counts_seen[1])
  end)
end)

describe("lede.claim_time.resolve", function()
  local H = math.huge
  local function v(count, time, extra)
    local t = { count = count, lo = count, hi = count, revised = false, sources = 1,
                time = time, day = time and math.floor(time / 1440), timed = false }
    for k, x in pairs(extra or {}) do t[k] = x end
    return t
  end

  it("picks the latest figure and reports the revision", function()
    local cur, conflicting, rev = claim_time.resolve({ v(5, 0), v(9, 1440 * 2) })
    assert.are.equal(2, cur)
    assert.is_nil(next(conflicting))
    assert.is_true(rev)
  end)

  it("calls figures of one day apart a conflict unless both give a time", function()
    local _, c1 = claim_time.resolve({ v(5, 60), v(9, 600) })
    assert.is_true(c1[1] and c1[2])
    local _, c2, rev = claim_time.resolve({ v(5, 60, { timed = true }), v(9, 600, { timed = true }) })
    assert.is_nil(next(c2))
    assert.is_true(rev)
  end)

  it("lets a conflict of the first day go once a later figure revised it", function()
    local cur, conflicting = claim_time.resolve({ v(5, 0), v(6, 0), v(12, 1440 * 3) })
    assert.are.equal(3, cur)
    assert.is_nil(next(conflicting))
  end)

  it("treats open bounds as compatible", function()
    local _, conflicting = claim_time.resolve({ v(30, nil, { hi = H }), v(35) })
    assert.is_nil(next(conflicting))
  end)
end)

describe("lede.claims places", function()
  local function place_of(text)
    for _, c in ipairs(lede.claims(text).claims) do
      if c.type == "casualty" then return c.place end
    end
  end

  it("reads near, outside, at and the X district hospital", function()
    assert.are.equal("Tarnow", place_of("A bus crash near Tarnow killed 14 people."))
    assert.are.equal("Harlow", place_of("Gunmen killed five people outside Harlow on Sunday."))
    assert.are.equal("Velm", place_of("A fire at Velm killed three."))
    assert.are.equal("Sava", place_of("Six patients died at the Sava district hospital."))
  end)

  it("reads X’s mayor as a place, and never a month", function()
    assert.are.equal("Kharkiv", place_of("Kharkiv’s mayor said two people were killed."))
    assert.is_nil(place_of("Two people were killed in March, police said."))
  end)

  it("reads a country or town that reports its own toll as the place", function()
    assert.are.equal("Marenza", place_of("Marenza reported 390 deaths, most of them among the old."))
    assert.are.equal("Solvia", place_of("Solvia has recorded 240 deaths since the heat began."))
    -- (those who report a toll are not places)
    assert.is_nil(place_of("Police reported 3 deaths on the road."))
    assert.is_nil(place_of("Reuters reported 12 deaths."))
  end)

  it("takes the dateline's place when the article names no other", function()
    assert.are.equal("Velmar",
      place_of("VELMAR, Ostrelia (Wire) — Four people were killed when a bridge collapsed."))
  end)

  it("lets a count with no number name the place of the next", function()
    assert.are.equal("Velm", place_of("Patients died in the hospital in Velm. The toll reached nine."))
  end)

  it("joins two names of one event: a lake and the town it lies by", function()
    local r = lede.claims({
      "A ferry sank on Lake Varna near the town of Osk on Friday, killing seven people. "
        .. "Divers said seven people were killed on Lake Varna.",
      "Seven people died when a ferry sank on Lake Varna, officials said.",
      "The ferry disaster in Osk killed seven, the coast guard said.",
    })
    assert.are.same({ "killed 7 Osk" }, counts(r))
    local k = casualty(r, "killed", "Osk")
    assert.are.equal(3, #k.sources)
    assert.is_true(k.agreed)
  end)

  it("joins a district to the city it is a district of", function()
    local r = lede.claims({
      "Blast in Norva\n\n4 May 2026\n\nA gas explosion destroyed an apartment block in the "
        .. "Seldin district of Norva on Monday, killing five people, the fire brigade said.",
      "Norva blast toll rises\n\n5 May 2026\n\nRescuers in Seldin pulled two more bodies from "
        .. "the rubble, raising the death toll from Monday's explosion to seven.",
    })
    assert.are.same({ "killed 7 Norva" }, counts(r))
    assert.are.equal(2, #casualty(r, "killed", "Norva").history)
    -- ("Sela, a suburb of Norva" too)
    r = lede.claims("Floods hit Sela, a suburb of Norva, killing four people. "
      .. "Later four people were confirmed dead in Sela.")
    assert.are.same({ "killed 4 Norva" }, counts(r))
  end)

  it("gives a count of two places named together no place of either", function()
    local r = lede.claims({
      "Floods\n\n9 September 2026\n\nFloods have killed 48 people in Kolstad, officials said.",
      "Floods\n\n11 September 2026\n\nThe death toll from the floods in Kolstad and Merrovia "
        .. "has risen to 83, officials said. In Kolstad alone, 57 people died.",
    })
    assert.are.same({ "killed 57 Kolstad", "killed 83 nil" }, counts(r))
    -- a count worded as of several places takes the place of none
    r = lede.claims("Floods killed 40 people in Velmar. The toll rose to 83 in two countries "
      .. "on Friday.")
    assert.are.same({ "killed 40 Velmar", "killed 83 nil" }, counts(r))
    -- two streets are one corner, and the towns of its hospitals are no
    -- count's place
    assert.is_not_nil(place_of("A man was killed near Mills and Peterson Streets on Sunday."))
    assert.are.equal("Dunkirk", place_of("DUNKIRK, N.Y. (WIVB) — The child suffered non-life "
      .. "threatening injuries and was treated at hospitals in Dunkirk and Buffalo."))
    -- (a place whose name holds "and" is one place)
    assert.are.equal("Kolstad", place_of("Two people were killed in Kolstad and three were hurt."))
  end)

  it("keeps two places apart when their counts share no figure (two events)", function()
    local r = lede.claims("Shelling in Pokrovsk, near Donetsk, killed three people. "
      .. "In Donetsk, five people were killed in a separate attack.")
    assert.are.same({ "killed 3 Pokrovsk", "killed 5 Donetsk" }, counts(r))
  end)

  it("does not fold an unplaced count into the only placed one when they differ", function()
    local r = lede.claims("A strike on Kharkiv killed six people. Rescuers worked through the night. "
      .. "Across the country, 14 people were killed on Sunday.")
    local seen = {}
    for _, c in ipairs(r.claims) do
      if c.type == "casualty" then seen[#seen + 1] = c.count .. " " .. tostring(c.place) end
    end
    assert.are.same({ "6 Kharkiv", "14 nil" }, seen)
  end)
end)
