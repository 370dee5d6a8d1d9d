local lede = require("lede")
local h = require("helpers")

local function split(text)
  local sents = lede.sentences(text)
  h.assert_spans(text, sents)
  return h.texts(sents)
end

describe("lede.sentences", function()
  it("splits on final marks and keeps abbreviations, initials and decimals", function()
    assert.are.same({
      "Gen. Okafor met Mr. Reinholt of the U.S. Army at 9 a.m. on Jan. 5.",
      "The fund lost $1.5 billion, or 2.5% of its value.",
      "Dr. H. Varga said so.",
    }, split("Gen. Okafor met Mr. Reinholt of the U.S. Army at 9 a.m. on Jan. 5. "
      .. "The fund lost $1.5 billion, or 2.5% of its value. Dr. H. Varga said so."))
  end)

  it("ends a sentence on an abbreviation when a new one plainly starts", function()
    assert.are.same({ "The aid came from the U.S.", "It arrived on Friday." },
      split("The aid came from the U.S. It arrived on Friday."))
    assert.are.same({ "They met at 6 P.M.", "Mr. Reinholt left early." },
      split("They met at 6 P.M. Mr. Reinholt left early."))
    assert.are.same({ "Talks with Pitt & Co. resumed." },
      split("Talks with Pitt & Co. resumed."))
    assert.are.same({ "No. 10 is closed." }, split("No. 10 is closed."))
  end)

  it("handles datelines", function()
    assert.are.same({ "GENEVA, Switzerland — Envoys met on Sunday.", "They talked." },
      split("GENEVA, Switzerland — Envoys met on Sunday. They talked."))
    assert.are.same({ "TAMPA, Fla. — A storm hit the coast.", "Power is out." },
      split("TAMPA, Fla. — A storm hit the coast. Power is out."))
    assert.are.same({ "KYIV (Reuters) - Six people were killed.", "Ten were hurt." },
      split("KYIV (Reuters) - Six people were killed. Ten were hurt."))
  end)

  it("keeps quotes and brackets with the sentence they close", function()
    assert.are.same({
      "“The talks are going well,” Reinholt said.",
      "“Will they last?” she asked.",
      "“No!” came the answer.",
      "He left (as planned.) after lunch.",
    }, split("“The talks are going well,” Reinholt said. “Will they last?” she asked. "
      .. "“No!” came the answer. He left (as planned.) after lunch."))
    assert.are.same({ "She said, \"It is over.\"", "Then she left." },
      split("She said, \"It is over.\" Then she left."))
  end)

  it("treats ! and ? inside names and ellipses as the text needs", function()
    assert.are.same({ "She works at Yahoo! in Geneva." }, split("She works at Yahoo! in Geneva."))
    assert.are.same({ "Really?!", "Yes." }, split("Really?! Yes."))
    assert.are.same({ "He paused … then went on." }, split("He paused … then went on."))
    assert.are.same({ "It ended....", "Nobody knew." }, split("It ended.... Nobody knew."))
  end)

  it("breaks at blank lines, headings and lines without final marks", function()
    assert.are.same({
      "Strike on the Port", "Six people were killed in the attack.",
      "What Comes Next", "The talks resume on Monday.",
    }, split("Strike on the Port\nSix people were killed in the attack.\n\n"
      .. "What Comes Next\n\nThe talks resume on Monday.\n\n\n"))
    assert.are.same({ "**Talks Open**", "Envoys met." }, split("**Talks Open**\n\nEnvoys met."))
  end)

  it("joins prose wrapped in mid-sentence", function()
    assert.are.same({ "The envoys said the talks would\ncontinue into Monday." },
      split("The envoys said the talks would\ncontinue into Monday."))
    assert.are.same({ "features", "contact list" }, split("features\ncontact list\n"))
    -- before a capital: a line that ends in a comma or in "the", "and" ...
    assert.are.same({ "The envoys met the foreign minister and\nPresident Ana Varga on Monday." },
      split("The envoys met the foreign minister and\nPresident Ana Varga on Monday."))
    assert.are.same({ "Among the dead were Dale Ortiz, Lee Park,\nAnn Dale and two children." },
      split("Among the dead were Dale Ortiz, Lee Park,\nAnn Dale and two children."))
    -- a heading, a byline or a short line of code still ends there
    assert.are.same({ "Storm Hits the Coast", "Power Is Out" },
      split("Storm Hits the Coast\nPower Is Out"))
    assert.are.same({ "status,", "Count" }, split("status,\nCount"))
  end)

  it("splits lists", function()
    assert.are.same({ "1. Ceasefire line", "2. Prisoner exchange", "3. Bridge" },
      split("1. Ceasefire line 2. Prisoner exchange 3. Bridge"))
    assert.are.same({ "• first point", "• second point" },
      split("• first point • second point"))
    assert.are.same({ "a) one thing", "b) another" }, split("a) one thing b) another"))
  end)

  it("keeps URLs and e-mail addresses whole", function()
    assert.are.same({ "See https://example.org/news/item.html.", "Then write to desk@example.org." },
      split("See https://example.org/news/item.html. Then write to desk@example.org."))
  end)

  it("finds sentences with no space after the period", function()
    assert.are.same({ "Prices rose.", "Then they fell 1,000.", "That was all." },
      split("Prices rose.Then they fell 1,000.That was all."))
  end)

  it("handles CRLF, CR-only and Unicode line separators", function()
    assert.are.same({ "Heading", "Body text." }, split("Heading\r\n\r\nBody text."))
    assert.are.same({ "Heading", "Body text." }, split("Heading\rBody text."))
    assert.are.same({ "Heading", "Body text." }, split("Heading\226\128\168Body text."))
  end)

  it("splits the sample articles into sentences with exact spans", function()
    for _, name in ipairs({ "01_wire_talks", "03_headline_byline", "05_dated_chrome" }) do
      local text = h.read("examples/articles/" .. name .. ".txt")
      local sents = lede.sentences(text)
      h.assert_spans(text, sents)
      assert.is_true(#sents >= 6, name)
      for _, s in ipairs(sents) do
        assert.are.equal(s.text, s.text:match("^%s*(.-)%s*$"), "trimmed")
      end
    end
    local wire = split(h.read("examples/articles/01_wire_talks.txt"))
    assert.are.equal("Speaking in Geneva, Varga said only a united front from the E.U. and "
      .. "the U.S. could persuade Valdorian leaders to accept a lasting ceasefire.", wire[2])
  end)

  it("gives a best effort on invalid UTF-8 and NUL bytes", function()
    local text = "Bad \255\254 bytes here. A NUL \0 inside. \226\128 End"
    local sents = split(text)
    assert.are.same({ "Bad \255\254 bytes here.", "A NUL \0 inside.", "\226\128 End" }, sents)
  end)

  it("returns nothing for empty and blank input", function()
    assert.are.same({}, lede.sentences(""))
    assert.are.same({}, lede.sentences("  \n\n\t  "))
  end)

  it("splits a 10 MB text #large", function()
    local unit = "The council met on Monday. It voted 7-2 for the plan, officials said.\n\n"
    local reps = math.floor(10e6 / #unit)
    local text = unit:rep(reps)
    local sents = lede.sentences(text)
    assert.are.equal(2 * reps, #sents)
    assert.are.equal("It voted 7-2 for the plan, officials said.", sents[#sents].text)
  end)

  it("ends a sentence after a time of day, a unit or before a brand in lower case", function()
    assert.are.same({ "The blast came after 2 a.m.", "Residents fled." },
      split("The blast came after 2 a.m. Residents fled."))
    assert.are.same({ "They met at 9 a.m. Monday in the hall." },
      split("They met at 9 a.m. Monday in the hall."))
    assert.are.same({ "At 5 a.m. Mr. Okafor left." }, split("At 5 a.m. Mr. Okafor left."))
    assert.are.same({ "Shares were up 1.8p to 472.5p.", "Rivals fell." },
      split("Shares were up 1.8p to 472.5p. Rivals fell."))
    assert.are.same({ "iPhone sales fell.", "eBay did not." }, split("iPhone sales fell. eBay did not."))
  end)

  it("ends a sentence after a street's abbreviation or a lettered variant", function()
    assert.are.same({ "The bus stopped on Harbor St.", "Passengers walked to the pier." },
      split("The bus stopped on Harbor St. Passengers walked to the pier."))
    assert.are.same({ "Shops on Fifth Ave.", "Crowds came later." },
      split("Shops on Fifth Ave. Crowds came later."))
    assert.are.same({ "The mayor visited St. Louis in May." },
      split("The mayor visited St. Louis in May."))
    assert.are.same({ "The club kept a Plan B.", "Many fans doubted it." },
      split("The club kept a Plan B. Many fans doubted it."))
    assert.are.same({ "The drink adds vitamin C.", "Doctors were unsure." },
      split("The drink adds vitamin C. Doctors were unsure."))
    assert.are.same({ "The letter was signed by J. Okafor of the union." },
      split("The letter was signed by J. Okafor of the union."))
  end)

  it("splits no list at a number in mid-sentence after a numbered heading", function()
    assert.are.same({ "1. Background The fleet has nine ships.", "Its size fell by 2.",
                      "The rest sail in May." },
      split("1. Background The fleet has nine ships. Its size fell by 2. The rest sail in May."))
    assert.are.same({ "1. Background", "The fleet grew by 2. and then shrank." },
      split("1. Background\n\nThe fleet grew by 2. and then shrank."))
    -- a list on lines of its own still splits, sentences inside its items too
    assert.are.same({ "1. Load the ship.", "Check the ropes.", "2. Sail at dawn." },
      split("1. Load the ship. Check the ropes.\n2. Sail at dawn."))
  end)

  it("goes on after c. b. v. Op. and No. before what they mark", function()
    for _, t in ipairs({ "The chapel was built c. 1818 in the hills.",
                         "The painter (b. March 1962) lives in Lyon.",
                         "The case Smith v. Jones was heard in May.",
                         "The band played Op. 46 last night.",
                         "He read No. 5 aloud." }) do
      assert.are.same({ t }, split(t))
    end
  end)
end)

describe("lede.sentences on news shapes", function()
  it("ends a sentence on an abbreviation or a lone capital before a new one", function()
    assert.are.same({ "The sirens stopped after 2 a.m.", "Residents went back inside." },
      split("The sirens stopped after 2 a.m. Residents went back inside."))
    assert.are.same({ "A truck overturned on Main St.", "Traffic backed up for miles." },
      split("A truck overturned on Main St. Traffic backed up for miles."))
    assert.are.same({ "The envoys met in Washington, D.C.", "The talks ran late." },
      split("The envoys met in Washington, D.C. The talks ran late."))
    assert.are.same({ "The envoys met in Washington, D.C. on Monday." },
      split("The envoys met in Washington, D.C. on Monday."))
    assert.are.same({ "The council had no Plan B.", "Few members objected." },
      split("The council had no Plan B. Few members objected."))
    assert.are.same({ "The pills add vitamin D.", "Researchers were split." },
      split("The pills add vitamin D. Researchers were split."))
    assert.are.same({ "The grain went to the U.S.", "The rest stayed in port." },
      split("The grain went to the U.S. The rest stayed in port."))
    assert.are.same({ "The U.K. envoy and the U.S. envoy met." },
      split("The U.K. envoy and the U.S. envoy met."))
  end)

  it("goes on after titles, initials, dates, times and numbered names", function()
    for _, t in ipairs({
      "J. R. R. Tolkien wrote it in Oxford.",
      "The minister left No. 10 Downing St. in a hurry.",
      "The briefing starts at 10 a.m. ET on Tuesday.",
      "Gov. Okafor and Lt. Col. Varga toured the site.",
      "The vote was set for Jan. 5 in the capital.",
      "Version 3.5.1 of the app fixed 2.5 bugs on average.",
      "The court fined him Rs. 5,000 on Monday.",
    }) do
      assert.are.same({ t }, split(t))
    end
    assert.are.same({ "The minister left No. 10 Downing St.", "The cabinet met later." },
      split("The minister left No. 10 Downing St. The cabinet met later."))
  end)

  it("reads ellipses and quotes as news writes them", function()
    assert.are.same({ "He stopped…", "Then he went on." }, split("He stopped… Then he went on."))
    assert.are.same({ "He stopped . . . then went on." }, split("He stopped . . . then went on."))
    -- a space lost after the final mark: a closing quote stays with its
    -- sentence, an opening one (an even count so far) goes with the next
    assert.are.same({ "\"I'm up for it.\"", "Earlier, he had doubts." },
      split("\"I'm up for it.\"Earlier, he had doubts."))
    assert.are.same({ "The school was locked down.", "\"We were scared,\" she said." },
      split("The school was locked down.\"We were scared,\" she said."))
    assert.are.same({ "\"Run!\"", "He ran." }, split("\"Run!\"He ran."))
    assert.are.same({ "He calls it unacceptable.", "“We will act,” he said." },
      split("He calls it unacceptable.“We will act,” he said."))
    assert.are.same({ "Yahoo!Inc rose." }, split("Yahoo!Inc rose."))
    -- an ellipsis after a finished sentence opens the next one
    assert.are.same({ "\"The law forbids that.", "... It was late.\"" },
      split("\"The law forbids that. ... It was late.\""))
    assert.are.same({ "“I’m next.", "… By luck he missed.”" },
      split("“I’m next. … By luck he missed.”"))
    assert.are.same({ "\"We are leaving.\" he said." }, split("\"We are leaving.\" he said."))
    assert.are.same({ "\"Are we leaving?\" she asked.", "Nobody knew." },
      split("\"Are we leaving?\" she asked. Nobody knew."))
  end)

  it("keeps a quoted question or exclamation with the speaker after it", function()
    assert.are.same({ "\"Why did they shoot?\" Okafor asked.", "\"Nobody knows.\"" },
      split("\"Why did they shoot?\" Okafor asked. \"Nobody knows.\""))
    assert.are.same({ "“Get out now!” Mr. Varga shouted, waving.", "The crowd ran." },
      split("“Get out now!” Mr. Varga shouted, waving. The crowd ran."))
    -- a word that opens sentences, or a speaker whose verb goes on, starts anew
    assert.are.same({ "\"Is it safe?\"", "He said nothing." },
      split("\"Is it safe?\" He said nothing."))
    assert.are.same({ "\"Is it safe?\"", "Mr Okafor said the roads were closed." },
      split("\"Is it safe?\" Mr Okafor said the roads were closed."))
  end)

  it("splits bylines, datelines, headlines, lists, links and addresses", function()
    assert.are.same({ "Port Reopens After Storm", "By Ana Varga", "Associated Press",
                      "HAVANA (AP) — The port reopened on Tuesday.", "Ships queued." },
      split("Port Reopens After Storm\nBy Ana Varga\nAssociated Press\n\n"
        .. "HAVANA (AP) — The port reopened on Tuesday. Ships queued."))
    assert.are.same({ "The plan has parts:", "- a ceasefire", "- a prisoner swap" },
      split("The plan has parts:\n- a ceasefire\n- a prisoner swap"))
    assert.are.same({ "Read more at www.example.org.", "Or write to tips@news.example.com." },
      split("Read more at www.example.org. Or write to tips@news.example.com."))
  end)
end)

-- The shapes of US local news: states, ranks, streets and station credits.
describe("lede.sentences on local news", function()
  it("ends a sentence after a state that follows its town, not in a dateline", function()
    assert.are.same({ "The driver was from Dalton, Ga.", "Charges are pending." },
      split("The driver was from Dalton, Ga. Charges are pending."))
    assert.are.same({ "She wrote for a paper in Billings, Mont.", "Throughout her career she won prizes." },
      split("She wrote for a paper in Billings, Mont. Throughout her career she won prizes."))
    for _, t in ipairs({
      "DALTON, Ga. (AP) — Two men were hurt in a shooting.",
      "The Dalton, Ga., police chief spoke on Monday.",
      "A Casselberry (Fla.) Police Department officer came.",
    }) do
      assert.are.same({ t }, split(t))
    end
  end)

  it("reads a state's abbreviation only capitalized, an acronym as a word", function()
    assert.are.same({ "The mill bought iron ore.", "Its rivals paid less." },
      split("The mill bought iron ore. Its rivals paid less."))
    assert.are.same({ "He asked for more time, but the board said no.", "Ortiz left." },
      split("He asked for more time, but the board said no. Ortiz left."))
    assert.are.same({ "The trial enrolled patients with MS.", "Final results come in May." },
      split("The trial enrolled patients with MS. Final results come in May."))
    assert.are.same({ "Copyright 2016 WXYZ.", "All rights reserved." },
      split("Copyright 2016 WXYZ. All rights reserved."))
    assert.are.same({ "MR. VARGA LEFT EARLY." }, split("MR. VARGA LEFT EARLY."))
    -- the last letter of a hyphened word is no initial
    assert.are.same({ "They met at Dale's Bar-B-Q.", "Family members came too." },
      split("They met at Dale's Bar-B-Q. Family members came too."))
  end)

  it("goes on after the ranks and roads of police news", function()
    for _, t in ipairs({
      "Anyone with information should call Det. Ana Varga at the station.",
      "An Army Spc. Dale Ortiz and Pvt. Lee Park testified.",
      "The crash closed Rt. 33 near the park.",
      "A fire broke out in Apt. 4 of the building.",
      "Mayor Ann Dale and U.S. Sen. Marco Ortiz toured the site.",
      "The victim was taken to Mercy St. Vincent Medical Center.",
      "It happened in the 300 block of North St. Louis Avenue.",
      "The St. Louis County police are asking for help.",
      "Traffic is moving again at 15th Ave. SW near the bridge.",
    }) do
      assert.are.same({ t }, split(t))
    end
  end)

  it("ends a sentence after a street with a number, a suffix or a company", function()
    assert.are.same({ "Two men were shot in the 800 block of 19th St.", "Another was hurt." },
      split("Two men were shot in the 800 block of 19th St. Another was hurt."))
    assert.are.same({ "The car stopped on Harbor Parkway W.", "Police searched it." },
      split("The car stopped on Harbor Parkway W. Police searched it."))
    assert.are.same({ "A warrant was issued for Dale Ortiz Jr.", "Anyone who sees him should call police." },
      split("A warrant was issued for Dale Ortiz Jr. Anyone who sees him should call police."))
    assert.are.same({ "Copyright 2017 Example Broadcasting, Inc.", "All rights reserved." },
      split("Copyright 2017 Example Broadcasting, Inc. All rights reserved."))
    assert.are.same({ "They played hits by Queen, Blur, etc.", "Much of it was new." },
      split("They played hits by Queen, Blur, etc. Much of it was new."))
    -- a title of courtesy after an abbreviation starts anew, where one of
    -- office goes on ("U.S. Sen." above)
    assert.are.same({ "The firm moved its offices to the U.S.", "Mr. Varga stayed behind." },
      split("The firm moved its offices to the U.S. Mr. Varga stayed behind."))
  end)

  it("keeps a time of day with the sentence it opens", function()
    assert.are.same({ "Shortly after 8 p.m. Ortiz walked up to the car." },
      split("Shortly after 8 p.m. Ortiz walked up to the car."))
    assert.are.same({ "Just before 11 p.m. Sgt. Dale Park heard shots." },
      split("Just before 11 p.m. Sgt. Dale Park heard shots."))
    assert.are.same({ "Police were called to the house at 2 p.m.", "Sgt. Dale Park found the boy." },
      split("Police were called to the house at 2 p.m. Sgt. Dale Park found the boy."))
    for _, t in ipairs({
      "On Jan. 13, 2017 at 10:44 p.m. State Police got a call.",
      "A few minutes after 1 a.m. Mr. Ortiz left the club.",
    }) do
      assert.are.same({ t }, split(t))
    end
  end)
end)
