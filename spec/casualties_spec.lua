-- lede.casualties: casualty claims, with sentences written for these specs
-- (invented places and people).
local lede = require("lede")
local cases = require("cases")

-- The claims as "kind count" strings, subsets marked with "+".
local function brief(text)
  local out = {}
  for _, c in ipairs(lede.casualties(text)) do
    out[#out + 1] = (c.subset and "+" or "") .. c.kind .. " " .. tostring(c.count)
  end
  return out
end

describe("lede.casualties", function()
  -- the cases of spec/cases/casualties.txt, which the C test reads too
  for _, case in ipairs(cases.read("spec/cases/casualties.txt")) do
    it(("%s (casualties.txt:%d)"):format(case.section, case.line), function()
      local got = {}
      for _, c in ipairs(lede.casualties(case.input)) do
        got[#got + 1] = (c.subset and "+" or "") .. c.kind .. " " .. tostring(c.count) ..
          " " .. c.qualifier
      end
      assert.are.same(case.expected, got)
    end)
  end

  it("returns the documented fields with exact spans", function()
    local text = "Officials spoke. A strike on Lissa killed at least 35 people and injured 117 on Sunday."
    local cs = lede.casualties(text)
    assert.are.equal(2, #cs)
    local k = cs[1]
    assert.are.same({ "killed", 35, 35, "at least", "people", "Lissa", false },
      { k.kind, k.count, k.min, k.qualifier, k.who, k.place, k.subset })
    assert.is_nil(k.max)
    assert.are.equal("killed at least 35 people", text:sub(k.s, k.e))
    assert.are.equal(k.text, text:sub(k.s, k.e))
    assert.are.equal("A strike on Lissa killed at least 35 people and injured 117 on Sunday.",
      k.sentence)
    local i = cs[2]
    assert.are.same({ "injured", 117, 117, 117, "exact", "people" },
      { i.kind, i.count, i.min, i.max, i.qualifier, i.who })
  end)

  it("reads tolls, nouns, passives and elided verbs", function()
    assert.are.same({ "killed 8", "injured 30" }, brief(
      "The death toll from the attack in the Varna region rose to eight, with 30 people injured."))
    assert.are.same({ "killed 12", "injured 24" },
      brief("Twelve people were killed and dozens wounded in the blast."))
  end)

  it("keeps a subset apart: the girl is one of the three", function()
    local cs = lede.casualties("The rocket killed three people, including a young girl.")
    assert.are.equal(2, #cs)
    assert.are.same({ 3, false }, { cs[1].count, cs[1].subset })
    assert.are.same({ 1, true, "girls" }, { cs[2].count, cs[2].subset, cs[2].who })
  end)

  it("keeps numbered groups apart", function()
    local cs = lede.casualties("Three soldiers and two civilians were killed near the border.")
    assert.are.equal(2, #cs)
    assert.are.same({ 3, "soldiers" }, { cs[1].count, cs[1].who })
    assert.are.same({ 2, "civilians" }, { cs[2].count, cs[2].who })
  end)


  it("reads what local crime reports say", function()
    assert.are.same({ "injured 2", "killed 1" },
      brief("Three people were shot, one of them fatally, on Elm Street."))
    assert.are.same({ "killed 1", "injured 2" },
      brief("One other person died and two others were injured in the shooting."))
  end)

  it("reads war and disaster wording", function()
    local cs = lede.casualties("Two police officers were among those injured.")
    assert.are.same({ "injured", 2, true, "officers" }, { cs[1].kind, cs[1].count, cs[1].subset, cs[1].who })
    cs = lede.casualties("Artillery fire killed 25 Dravians overnight, the ministry said.")
    assert.are.same({ 25, "Dravians" }, { cs[1].count, cs[1].who })
    cs = lede.casualties("Between 30 and 50 migrants are feared dead after the boat capsized.")
    assert.are.same({ "killed", "range", 30, 50 }, { cs[1].kind, cs[1].qualifier, cs[1].min, cs[1].max })
  end)


  it("gives qualifiers and whole-number bounds", function()
    local c = lede.casualties("More than 200 people were injured in the crush.")[1]
    assert.are.same({ "more than", 200, 201 }, { c.qualifier, c.count, c.min })
    c = lede.casualties("Nearly 40 were killed.")[1]
    assert.are.same({ "nearly", 39 }, { c.qualifier, c.max })
    c = lede.casualties("Dozens of people were injured.")[1]
    assert.are.same({ "vague", 24 }, { c.qualifier, c.min })
    c = lede.casualties("Between 10 and 15 miners were killed.")[1]
    assert.are.same({ "range", 10, 15 }, { c.qualifier, c.min, c.max })
  end)


  it("finds the place the sentence names", function()
    assert.are.equal("Dorvik", lede.casualties("Two people were injured in Dorvik.")[1].place)
    assert.are.equal("Lesny", lede.casualties("A drone strike on Lesny killed four.")[1].place)
    assert.are.equal("Orlova region",
      lede.casualties("Six were wounded in the Orlova region.")[1].place)
    assert.is_nil(lede.casualties("Six were wounded on Monday.")[1].place)
    assert.are.equal("Kesh",
      lede.casualties("In the south, a drone hit the port city of Kesh, killing two people.")[1].place)
  end)


  it("survives bad input", function()
    assert.are.same({}, lede.casualties(""))
    assert.are.same({}, lede.casualties("\255\254\0\0"))
    local cs = lede.casualties("Nine people were killed \255 in Dorn.\0 Ten were hurt.")
    assert.are.equal(2, #cs)
    -- one long sentence with thousands of claims: its text is shared (the
    -- counts differ: a claim repeated word for word is read once)
    local parts = {}
    for n = 1, 5000 do parts[n] = ("killed %d people, including %d boys, and "):format(n + 1, n) end
    local long = table.concat(parts) .. "left."
    cs = lede.casualties(long)
    assert.are.equal(10000, #cs)
    assert.are.equal(#long, #cs[1].sentence)
    assert.has_error(function() lede.casualties() end)
    assert.has_error(function() lede.casualties(12) end)
    local ok, err = pcall(lede.casualties, true)
    assert.is_false(ok)
    assert.truthy(tostring(err):find("string expected", 1, true))
  end)
end)

-- Local crime wording read since the first cut of the crime readings (sentences written for
-- these specs; invented people and places).
describe("lede.casualties on crime reports", function()
  it("reads the people a shooting killed", function()
    assert.are.same({ "killed 1" },
      brief("The driver was taken to Vale Medical Center in critical condition and pronounced dead."))
    assert.are.same({ "killed 1" },
      brief("A 5-year-old boy who was shot in the face at a home in Greenfield has died."))
    -- a comma joins no person: the office is nobody
    assert.are.same({ "injured 1" },
      brief("According to the Sheriff's Office, an unidentified man was wounded."))
  end)

  it("counts the shooter who took their own life", function()
    assert.are.same({ "killed 2", "killed 1" },
      brief("The gunman killed two people before killing himself."))
    assert.are.same({ "killed 1", "killed 1" },
      brief("Police say the man killed his girlfriend and then turned the gun on himself."))
    assert.are.same({ "injured 1", "killed 2", "killed 1" },
      brief("He shot 3 neighbors, killing 2, then himself."))
    assert.are.same({ "killed 1", "killed 1" },
      brief("A woman shot her son and then herself in an apparent murder-suicide."))
  end)

  it("reads the people a shooting wounded", function()
    -- "shot" with no word on the outcome: injured, marked shot
    local c = lede.casualties("Police said a 2-year-old was shot on Elm Street.")[1]
    assert.are.same({ "injured", 1, true }, { c.kind, c.count, c.shot })
    c = lede.casualties("A cyclist was shot in the arm and is in stable condition.")[1]
    assert.are.same({ "injured", 1 }, { c.kind, c.count })
    assert.is_nil(c.shot)
    assert.are.same({ "injured 3" },
      brief("Three other men at the scene were also hit by gunfire and taken to a hospital."))
    assert.are.same({ "injured 4" },
      brief("Four teens were taken to the hospital for non-life-threatening injuries."))
    assert.are.same({ "injured 3" },
      brief("Deputies say three men were found with gunshot wounds inside the bar."))
    assert.are.same({ "injured 4" },
      brief("Police seek the driver in the shooting that injured the four party guests."))
    -- "expected to survive", "expected to be OK" say the one shot lived
    c = lede.casualties("A bystander was shot in the hand but is expected to survive.")[1]
    assert.are.same({ "injured", 1 }, { c.kind, c.count })
    assert.is_nil(c.shot)
    c = lede.casualties("A bystander was shot in the hand, police said.")[1]
    assert.are.same({ "injured", 1, true }, { c.kind, c.count, c.shot })
    -- an age between commas is no count
    -- someone died in the sentence: "shot" alone is no injured claim
  end)

  it("keeps a hedged count, marked hedged", function()
    local c = lede.casualties("Three people may have died in the fire, the chief said.")[1]
    assert.are.same({ "killed", 3, "hedged", true, 3, 3 },
      { c.kind, c.count, c.qualifier, c.hedged, c.min, c.max })
    c = lede.casualties("At least 20 people may have been killed in the landslide.")[1]
    assert.are.same({ "at least", true }, { c.qualifier, c.hedged })
    assert.is_nil(lede.casualties("Seven people were killed in the landslide.")[1].hedged)
  end)

  it("marks the hurt whose outcome is not said, and counts another one apart", function()
    local c = lede.casualties("Two hikers were taken to a hospital in Brenna.")[1]
    assert.are.same({ "injured", 2, true }, { c.kind, c.count, c.shot })
    c = lede.casualties("Another teen was shot on Palm Street.")[1]
    assert.are.same({ "injured", 1 }, { c.kind, c.count })
    assert.is_nil(c.shot)
    local totals = require("lede.casualty_totals")
    assert.are.same({ killed = 2, injured = 1 }, totals.totals(
      "Two men were shot and killed on Palm Street. Another teen was shot."))
    assert.are.same({ killed = 2, injured = 0 }, totals.totals(
      "Two men were shot and killed on Palm Street. A teen was shot."))
  end)

  it("reads a toll from 'a third person has died'", function()
    local c = lede.casualties("A third person has died after the shooting at the fair.")[1]
    assert.are.same({ "killed", 3, true }, { c.kind, c.count, c.revised })
  end)

  it("marks revised tolls and gives the sentence span", function()
    local text = "Rescuers kept digging. The death toll rose to eight by Monday."
    local c = lede.casualties(text)[1]
    assert.are.same({ "killed", 8, true }, { c.kind, c.count, c.revised })
    assert.are.equal(c.sentence, text:sub(c.sentence_s, c.sentence_e))
    assert.are.equal(24, c.sentence_s)
    c = lede.casualties("Seven people were killed.")[1]
    assert.is_nil(c.revised)
    assert.are.same({ 1, 25 }, { c.sentence_s, c.sentence_e })
  end)

  it("says 'unspecified' for people with no number", function()
    local c = lede.casualties("Civilians were killed in the shelling of Ostra.")[1]
    assert.are.same({ "killed", "unspecified", 2, "civilians", "Ostra" },
      { c.kind, c.qualifier, c.min, c.who, c.place })
    assert.is_nil(c.max)
  end)

  it("finds the place past possessives and nationality words", function()
    assert.are.equal("Marivka", lede.casualties(
      "A missile hit a school in the city of Marivka, killing four people.")[1].place)
    assert.are.equal("Lesk", lede.casualties(
      "A drone strike in Dravia’s Black Sea region of Lesk killed two people.")[1].place)
    assert.are.equal("Kresk region", lede.casualties(
      "Four people died in Dravia's Kresk region overnight.")[1].place)
    assert.are.equal("Kresk", lede.casualties(
      "Two soldiers were killed in Dravian shelling of Kresk.")[1].place)
  end)

  it("takes no nationality word before its people for a place, and keeps places ending so", function()
    assert.is_nil(lede.casualties(
      "Border guards fired on Tibetan protesters, killing eight.")[1].place)
    assert.is_nil(lede.casualties(
      "Gunmen opened fire on Iraqi police, killing five.")[1].place)
    assert.are.equal("Mali", lede.casualties("A blast in Mali killed four soldiers.")[1].place)
    assert.are.equal("Miami", lede.casualties("Boy, 10, dead in Miami shooting")[1].place)
    assert.are.equal("Oman", lede.casualties("Two people were killed in Oman last week.")[1].place)
  end)

end)
