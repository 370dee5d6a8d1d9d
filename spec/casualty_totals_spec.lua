-- lede.casualty_totals: one article's killed / injured totals from its
-- sentence-level claims (articles written for these specs).
local lede = require("lede")
local totals = require("lede.casualty_totals")

describe("lede.casualty_totals", function()
  it("adds the groups of one sentence", function()
    local t = lede.casualty_totals("A 23-year-old man and a 19-year-old woman were killed on Ash Road.")
    assert.are.equal(2, t.killed)
    t = lede.casualty_totals("The gunman killed three coworkers before killing himself.")
    assert.are.equal(4, t.killed)
    -- a death named beside the count of its sentence is part of it
    t = lede.casualty_totals("He is charged in the murder of Ann Kell and her son since the two "
      .. "were shot to death in May.")
    assert.are.equal(2, t.killed)
  end)

  it("counts each person of a group joined by 'and', whoever they are", function()
    -- "mother were injured" lies inside "Her sister and mother were injured":
    -- the second of the group, not the first read again
    local t = lede.casualty_totals("Her sister and mother were injured in the shooting on Elm Row.")
    assert.are.equal(2, t.injured)
    t = lede.casualty_totals("Police said his son and his daughter were wounded.")
    assert.are.equal(2, t.injured)
    -- a name told after its group is that person again
    t = lede.casualty_totals("One of the victims, Teo Marsh, later died at Bayview Hospital.")
    assert.are.equal(1, t.killed)
  end)

  it("counts once a group said again in one sentence", function()
    -- a headline and a caption run into the body, no full stop between
    local t = lede.casualty_totals("Orlin boy, 13, accidentally shoots himself with rifle [ ] "
      .. "Hide Caption [ ] Deputies in Orlin County said a boy accidentally shoots himself with "
      .. "a rifle on Friday. He was taken to Mercy Hospital.")
    assert.are.same({ nil, 1 }, { t.killed, t.injured })
    -- "after he shot himself": the boy the sentence has counted
    t = lede.casualty_totals("A 12-year-old boy was hospitalized on Sunday after he shot "
      .. "himself while cleaning his father's pistol, deputies said.")
    assert.are.same({ nil, 1 }, { t.killed, t.injured })
    -- two people in words of their own still add up
    t = lede.casualty_totals("A man was wounded on Pine Street and a woman was wounded on Oak "
      .. "Street, police said.")
    assert.are.equal(2, t.injured)
  end)

  it("takes the largest sentence total, not a sum over the article", function()
    local t = lede.casualty_totals("Four people were killed at the depot. "
      .. "Police said four people were killed and two were wounded. The four killed were guards.")
    assert.are.same({ 4, 2 }, { t.killed, t.injured })
  end)

  it("counts those shot less those who died", function()
    local t = lede.casualty_totals("Two men were shot on Pine Street late Sunday. "
      .. "One of them died at Vale General Hospital, police said.")
    assert.are.same({ 1, 1 }, { t.killed, t.injured })
    t = lede.casualty_totals("A man was shot and killed outside a bar in Ostra. "
      .. "He was shot in the head, police said.")
    assert.are.same({ 1, 0 }, { t.killed, t.injured })
    t = lede.casualty_totals("A woman was shot in the arm on Monday. Police have no suspect.")
    assert.are.same({ 1 }, { t.injured })
    assert.is_nil(t.killed)
  end)

  it("counts one more for those shot beyond the dead", function()
    -- "a fourth man", "was also shot": not one of the dead the shot count holds
    local t = lede.casualty_totals("Three men were shot and killed outside a bar on Birch Road. "
      .. "A fourth man suffered a gunshot wound in his arm, police said.")
    assert.are.same({ 3, 1 }, { t.killed, t.injured })
    t = lede.casualty_totals("Two brothers were shot to death in their driveway on Tuesday. "
      .. "A neighbor was also shot in the leg.")
    assert.are.same({ 2, 1 }, { t.killed, t.injured })
    -- taken to a hospital "in stable condition": one who lived, not one of the dead
    t = lede.casualty_totals("A man was shot and killed on Elm Street on Friday. "
      .. "His wife was taken to a hospital in stable condition.")
    assert.are.same({ 1, 1 }, { t.killed, t.injured })
  end)

  it("reads one person hurt, then dead, as one death", function()
    local t = lede.casualty_totals("A 14-year-old boy was found with a gunshot wound on Teal "
      .. "Street. He was in critical condition at Mercy Hospital. He died on Tuesday, police said.")
    assert.are.same({ 1, 0 }, { t.killed, t.injured })
    -- someone who lived is someone else
    t = lede.casualty_totals("A man was killed on Teal Street. His brother was in stable "
      .. "condition at Mercy Hospital.")
    assert.are.same({ 1, 1 }, { t.killed, t.injured })
    t = lede.casualty_totals("A woman was shot and killed on Teal Street, and her son was wounded.")
    assert.are.same({ 1, 1 }, { t.killed, t.injured })
  end)

  it("does not count one person twice when 'he' or 'she' tells of them again", function()
    local t = lede.casualty_totals("A 19-year-old woman is in critical condition after police said "
      .. "she was shot outside her home on Alder Street.")
    assert.are.equal(1, t.injured)
    t = lede.casualty_totals("Witnesses said the teen was shot near the store before he was shot "
      .. "again in the parking lot.")
    assert.are.equal(1, t.injured)
    -- two people named are still two
    t = lede.casualty_totals("A man and his daughter were found dead in the house on Lark Road.")
    assert.are.equal(2, t.killed)
  end)

  it("counts the attacker's own death once, beside his victims", function()
    -- the victims in one sentence, his death in another
    local t = lede.casualty_totals("A gunman killed three workers at a packing plant on Dale Road "
      .. "on Monday. Police said he then killed himself in the parking lot.")
    assert.are.equal(4, t.killed)
    t = lede.casualty_totals("Two sisters were killed at their home on Fenn Street. Deputies shot "
      .. "and killed the gunman an hour later.")
    assert.are.equal(3, t.killed)
    -- a count of the dead with no word on who killed them holds him
    t = lede.casualty_totals("Two people were found dead in a house on Fenn Street in what police "
      .. "called a murder-suicide. Investigators said the man shot his wife and then turned the gun "
      .. "on himself.")
    assert.are.equal(2, t.killed)
    -- the attacker named: "gunman Tomas Reyl" and, later, "Reyl was killed"
    t = lede.casualty_totals("Gunman Tomas Reyl opened fire in the hall, killing six guests. "
      .. "Reyl was killed in a gunfight with officers.")
    assert.are.equal(7, t.killed)
    -- a count that names him holds him: "Two guards, gunman killed"
    t = lede.casualty_totals("Two guards, gunman killed at Bell County jail\n\nThe gunman "
      .. "was killed by a deputy after he shot the two guards.")
    assert.are.equal(3, t.killed)
    -- his death told a second time: a count as large as the sentence that
    -- tells his death beside his victims' is that count again
    t = lede.casualty_totals("A 15-year-old boy killed his 8-year-old sister and then himself on "
      .. "Sunday, deputies said. Deputies found the boy and the girl dead inside the trailer on "
      .. "Fen Road.")
    assert.are.equal(2, t.killed)
    t = lede.casualty_totals("Man kills wife, then himself in Orlin\n\nA man shot and killed his "
      .. "wife and then himself at their home on Sorrel Lane, police said. The shooting killed "
      .. "two, a police spokesman said.")
    assert.are.equal(2, t.killed)
    -- a child who shot himself by accident is the victim, not an attacker
    t = lede.casualty_totals("A 4-year-old boy died Tuesday after he accidentally shot himself at "
      .. "his home on Clay Street.")
    assert.are.equal(1, t.killed)
    t = lede.casualty_totals("Officers said a 15-year-old boy shot himself in the leg while "
      .. "cleaning a rifle. He was treated at Mercy Hospital.")
    assert.are.same({ nil, 1 }, { t.killed, t.injured })
  end)

  it("reads a month alone as another time than the event's day", function()
    local text = "Two men were wounded in a shooting on Pine Street on Sunday, police said. "
      .. "A drive-by shooting on the same corner wounded nine people in March."
    assert.are.equal(2, lede.casualty_totals(text).injured)
    -- the event's own date is no other time
    text = "Two men were wounded in a shooting on Pine Street on March 3, police said."
    assert.are.equal(2, lede.casualty_totals(text).injured)
  end)

  it("leaves out the counts of another time than the event's", function()
    local t = lede.casualty_totals("Two men were killed in a shooting on Rook Street on Sunday. "
      .. "So far in 2017, 112 people have been killed in the city.")
    assert.are.equal(2, t.killed)
    t = lede.casualty_totals("A man was shot and killed outside a bar on Friday. The same "
      .. "block saw a shooting that killed three people two years ago.")
    assert.are.equal(1, t.killed)
    t = lede.casualty_totals("A teen was shot and killed on Marsh Street on Monday. Two other "
      .. "teens were killed in separate shootings across the city that weekend.")
    assert.are.equal(1, t.killed)
    t = lede.casualty_totals("Three officers were killed in the ambush, days after five officers "
      .. "were shot and killed in Dallas.")
    assert.are.equal(3, t.killed)
    -- the event's own date is no other time
    t = lede.casualty_totals("On June 4, 2016, a gunman killed five people at the Tenley mall.")
    assert.are.equal(5, t.killed)
    -- a court story: the event itself was "last year", and no other count
    t = lede.casualty_totals("Two men pleaded guilty on Thursday to charges from a shootout at a "
      .. "bar last year that left one man dead and three others injured.")
    assert.are.same({ 1, 3 }, { t.killed, t.injured })
  end)

  it("reads a fatal shooting with no count as one dead", function()
    local t = lede.casualty_totals("Police in Orrin are investigating a fatal shooting on Hale "
      .. "Street. Officers arrested a 20-year-old man on Sunday.")
    assert.are.equal(1, t.killed)
    t = lede.casualty_totals("A deadly shooting outside a bar left three people dead.")
    assert.are.equal(3, t.killed)
    t = lede.casualty_totals("The shooting was not fatal, and no one was killed.")
    assert.are.equal(0, t.killed)
    t = lede.casualty_totals("Detectives are looking into a non-fatal shooting on Ross Avenue.")
    assert.is_nil(t.killed)
    -- a place between the two words
    t = lede.casualty_totals("Deputies arrested two men in the fatal Birch Hollow apartment "
      .. "shooting, the sheriff said.")
    assert.are.equal(1, t.killed)
    t = lede.casualty_totals("Detectives are looking into a nonfatal Elm Park shooting.")
    assert.is_nil(t.killed)
  end)

  it("leaves subsets and counts with no number out", function()
    local t = lede.casualty_totals("The blast killed three people, including a young girl. "
      .. "Civilians were wounded.")
    assert.are.equal(3, t.killed)
    assert.is_nil(t.injured)
    assert.are.same({ injured = 0 }, lede.casualty_totals("A fire broke out, but no one was hurt."))
    assert.are.same({}, lede.casualty_totals(""))
  end)

  it("reads a toll worded as changed as holding the other counts of its sentence", function()
    local t = lede.casualty_totals("The death toll from Monday's chemical leak rose to five on "
      .. "Tuesday after two workers died in hospital, the governor said.")
    assert.are.equal(5, t.killed)
    -- a lowered toll is the article's latest word, the figure it replaced aside
    t = lede.casualty_totals("Police lowered the death toll from the crush at the arena to 19 "
      .. "on Sunday. They had earlier said 26 people were killed.")
    assert.are.equal(19, t.killed)
  end)

  it("reads one toll told twice in one sentence once", function()
    local t = lede.casualty_totals("Police said 17 people were killed when the bus left the "
      .. "road, while the district hospital put the toll at 19.")
    assert.are.equal(19, t.killed)
    t = lede.casualty_totals("Officials said 7 people were killed in Bresk. The 7 people "
      .. "killed were all adults, and 7 killed is the worst toll in years.")
    assert.are.equal(7, t.killed)
    -- groups of their own still add up
    assert.are.equal(5, lede.casualty_totals("Three soldiers and two medics died in Ostra.").killed)
  end)

  it("reads records given by the caller, and checks them", function()
    local t = totals.from_records({
      { kind = "killed", count = 2, sentence_s = 1 },
      { kind = "killed", count = 1, sentence_s = 1 },
      { kind = "injured", count = 5, shot = true, sentence_s = 40 },
    })
    assert.are.same({ killed = 3, injured = 2 }, t)
    assert.has_error(function() totals.from_records("x") end)
    assert.has_error(function() totals.from_records({ { kind = "killed" } }) end)
    assert.has_error(function() lede.casualty_totals(5) end)
  end)
end)
