-- lede.quotes: direct and reported speech with their speakers.
local lede = require("lede")

-- Every quote's spans must point into the text it came from.
local function quotes_of(text)
  local qs = lede.quotes(text)
  for _, q in ipairs(qs) do
    assert.are.equal(q.text, text:sub(q.s, q.e))
    if q.speaker_s then
      assert.is_true(q.speaker_e >= q.speaker_s)
    end
  end
  return qs
end

local function find(qs, kind, needle)
  for _, q in ipairs(qs) do
    if q.kind == kind and q.text:find(needle, 1, true) then return q end
  end
  return nil
end

describe("lede.quotes direct quotes", function()
  it("finds a curly quote with the speaker after it", function()
    local text = "“The bridge will reopen on Monday,” Halvorsen said."
    local qs = quotes_of(text)
    assert.are.equal(1, #qs)
    assert.are.equal("direct", qs[1].kind)
    assert.are.equal("The bridge will reopen on Monday", qs[1].text)
    assert.are.equal("Halvorsen", qs[1].speaker)
    assert.are.equal("Halvorsen", text:sub(qs[1].speaker_s, qs[1].speaker_e))
  end)

  it("finds straight quotes and a speaker after the verb", function()
    local qs = quotes_of('"We have nothing left to sell," said Marta Lindqvist.')
    assert.are.equal(1, #qs)
    assert.are.equal("We have nothing left to sell", qs[1].text)
    assert.are.equal("Marta Lindqvist", qs[1].speaker)
    assert.is_true(qs[1].resolved)
  end)

  it("keeps a quote of several sentences in one piece", function()
    local text = "“The water is rising fast. We moved the families out at dawn. "
      .. "Nobody slept,” the mayor said."
    local qs = quotes_of(text)
    assert.are.equal(1, #qs)
    assert.truthy(qs[1].text:find("Nobody slept", 1, true))
    assert.truthy(qs[1].text:find("The water", 1, true))
    assert.are.equal("mayor", qs[1].speaker)
    assert.is_false(qs[1].resolved)
  end)

  it("keeps nested single quotes inside the outer quote", function()
    local text = "“He told me, ‘leave the car’, and I ran to the school,” Ibsen said."
    local qs = quotes_of(text)
    assert.are.equal(1, #qs)
    assert.truthy(qs[1].text:find("‘leave the car’", 1, true))
    assert.truthy(qs[1].text:find("school", 1, true))
    assert.are.equal("Ibsen", qs[1].speaker)
  end)

  it("reads top-level single quotes and apostrophes inside them", function()
    local qs = quotes_of("‘We won’t stop until the pay is fair,’ Okafor said.")
    assert.are.equal(1, #qs)
    assert.are.equal("We won’t stop until the pay is fair", qs[1].text)
    assert.are.equal("Okafor", qs[1].speaker)
  end)

  it("takes the speaker from before the quote: X noted, “…” and X said: “…”", function()
    local qs = quotes_of("Speaking to the press, Brandt noted, “The key question is the price "
      .. "of gas.” Later, Moreau said: “We will see the figures next week.”")
    assert.are.equal(2, #qs)
    assert.are.equal("Brandt", qs[1].speaker)
    assert.are.equal("Moreau", qs[2].speaker)
  end)

  it("gives a quote that opens the next sentence to the same speaker", function()
    local text = "“The discussions are going well,” Varga said. “They will go on tomorrow "
      .. "and on Sunday.”"
    local qs = quotes_of(text)
    assert.are.equal(2, #qs)
    assert.are.equal("Varga", qs[2].speaker)
  end)

  it("resolves the speaker to the fullest name and keeps the title apart", function()
    local text = "Ukrainian President Volodymyr Zelenskyy met the envoys on Friday. "
      .. "“We need more air defence this winter,” Zelenskyy said."
    local qs = quotes_of(text)
    local q = find(qs, "direct", "air defence")
    assert.are.equal("Volodymyr Zelenskyy", q.speaker)
    assert.are.equal("Ukrainian President", q.title)
    assert.are.equal("Zelenskyy", text:sub(q.speaker_s, q.speaker_e))
    assert.is_true(q.resolved)
  end)

  it("reads a title given after the name", function()
    local qs = quotes_of("“The corridor is open again,” said Andrii Sybenko, Ukraine’s "
      .. "infrastructure minister.")
    assert.are.equal("Andrii Sybenko", qs[1].speaker)
    assert.are.equal("Ukraine’s infrastructure minister", qs[1].title)
  end)

  it("reads a speaker past an appositive, either way round", function()
    local qs = quotes_of('"We are shocked by what happened at our store," Javier Avalos, '
      .. "the chain's regional manager, said in a statement. \"Our thoughts are with the families.\"")
    assert.are.equal(2, #qs)
    assert.are.equal("Javier Avalos", qs[1].speaker)
    assert.are.equal("chain's regional manager", qs[1].title)
    assert.are.equal("Javier Avalos", qs[2].speaker)
    qs = quotes_of("“We heard six shots,” a neighbour, Rosa Diaz, told the station.")
    assert.are.equal("Rosa Diaz", qs[1].speaker)
    assert.are.equal("neighbour", qs[1].title)
  end)

  it("resolves he to the person named last when nobody else is named", function()
    local text = "Finance Minister Petra Kolar presented the budget on Tuesday. "
      .. "“Every line of it is paid for,” she said."
    local q = find(quotes_of(text), "direct", "paid for")
    assert.are.equal("Petra Kolar", q.speaker)
    assert.are.equal("Finance Minister", q.title)
    assert.is_true(q.resolved)
  end)

  it("leaves he unresolved when two people are named before it", function()
    local text = "Senator Ruth Abend met Governor Paul Mercer in the capital. "
      .. "“It was a useful meeting,” he said."
    local q = find(quotes_of(text), "direct", "useful meeting")
    assert.are.equal("he", q.speaker)
    assert.is_false(q.resolved)
  end)

  it("leaves he unresolved when no one was named", function()
    local q = find(quotes_of("“We are tired of waiting,” he said."), "direct", "tired")
    assert.are.equal("he", q.speaker)
    assert.is_false(q.resolved)
  end)

  it("drops scare quotes but keeps a quoted word of a named speaker", function()
    local qs = quotes_of("The so-called “peace plan” was met with silence.")
    assert.are.equal(0, #qs)
    qs = quotes_of("Governor Ana Ruiz urged residents to stay “calm and indoors” tonight.")
    local q = find(qs, "direct", "calm and indoors")
    assert.truthy(q)
    assert.are.equal("Ana Ruiz", q.speaker)
  end)

  it("keeps an unattributed quote of four words or more, with no speaker", function()
    local qs = quotes_of("A banner read “no more war in our town” above the square.")
    assert.are.equal(1, #qs)
    assert.is_nil(qs[1].speaker)
    assert.is_false(qs[1].resolved)
  end)

  it("ends a quote left open at the end of its paragraph", function()
    local text = "“We lost the roof and the harvest,” Novak said. “We do not know "
      .. "what comes next.\n\nThe village council met on Monday."
    local qs = quotes_of(text)
    local q = find(qs, "direct", "what comes next")
    assert.truthy(q)
    assert.is_nil(q.text:find("council", 1, true))
    assert.are.equal("Novak", q.speaker)
  end)
end)

describe("lede.quotes reported speech", function()
  it("reads X said that …", function()
    local text = "Foreign Minister Lena Holm said that the embassy would reopen in May."
    local q = find(quotes_of(text), "reported", "embassy")
    assert.are.equal("the embassy would reopen in May", q.text)
    assert.are.equal("Lena Holm", q.speaker)
    assert.are.equal("Foreign Minister", q.title)
  end)

  it("reads X said … without that", function()
    local q = find(quotes_of("Mayor Tomas Reid said a school was hit during the night."),
      "reported", "school")
    assert.are.equal("a school was hit during the night", q.text)
    assert.are.equal("Tomas Reid", q.speaker)
  end)

  it("reads X told reporters …", function()
    local q = find(quotes_of("Dmitri Orlov told reporters the talks had been constructive."),
      "reported", "talks")
    assert.are.equal("the talks had been constructive", q.text)
    assert.are.equal("Dmitri Orlov", q.speaker)
  end)

  it("reads according to X at either end", function()
    local qs = quotes_of("According to local officials, the dam held overnight. "
      .. "Two bridges were closed, according to the police.")
    local a = find(qs, "reported", "dam held")
    assert.are.equal("the dam held overnight", a.text)
    assert.are.equal("local officials", a.speaker)
    local b = find(qs, "reported", "bridges")
    assert.are.equal("Two bridges were closed", b.text)
    assert.are.equal("police", b.speaker)
  end)

  it("reads …, X said. and …, said X.", function()
    local qs = quotes_of("The ferry will run again on Friday, Captain Ilse Berg said. "
      .. "The port is safe, said the coast guard commander.")
    local a = find(qs, "reported", "ferry")
    assert.are.equal("The ferry will run again on Friday", a.text)
    assert.are.equal("Ilse Berg", a.speaker)
    assert.are.equal("Captain", a.title)
    local b = find(qs, "reported", "port is safe")
    assert.truthy(b)
  end)

  it("resolves he said that … to the person just named", function()
    local text = "Defence Secretary Alan Price visited the base on Monday. "
      .. "He said that more troops would arrive in spring."
    local q = find(quotes_of(text), "reported", "more troops")
    assert.are.equal("Alan Price", q.speaker)
    assert.are.equal("He", text:sub(q.speaker_s, q.speaker_e))
  end)

  it("does not take verbs with an object for speech", function()
    assert.are.equal(0, #quotes_of("Moreau signaled his support with a short post."))
    assert.are.equal(0, #quotes_of("The army claimed two villages in the east."))
    assert.are.equal(0, #quotes_of("Twelve senators killed the bill on Tuesday."))
  end)
end)

describe("lede.quotes bad input", function()
  it("raises on a value that is not a string, naming the argument", function()
    for _, bad in ipairs({ 42, {}, true }) do
      local ok, err = pcall(lede.quotes, bad)
      assert.is_false(ok)
      assert.truthy(tostring(err):find("string expected", 1, true))
      assert.truthy(tostring(err):find(type(bad), 1, true))
    end
    local ok, err = pcall(lede.quotes, nil)
    assert.is_false(ok)
    assert.truthy(tostring(err):find("got nil", 1, true))
  end)

  it("returns nothing for empty or quote-free text", function()
    assert.are.same({}, lede.quotes(""))
    assert.are.same({}, lede.quotes("   \n\n  "))
    assert.are.same({}, lede.quotes("The river rose by two metres overnight."))
  end)

  it("survives invalid UTF-8 and NUL bytes and keeps spans exact", function()
    local text = "“The \255\254 line is down,\0” Ana Kova said. \192 “Half \237\160\128 done,” he said."
    local qs = quotes_of(text)
    assert.are.equal(2, #qs)
    assert.are.equal("Ana Kova", qs[1].speaker)
    assert.are.equal("Ana Kova", qs[2].speaker)
  end)

  it("reads quotes whose curly marks were lost to mojibake (a lone â)", function()
    local text = "The mayorâs office was closed. \195\162We are rebuilding the school "
      .. "first,\195\162 Lindqvist said. \195\162Then the clinic.\195\162"
    local qs = quotes_of(text)
    assert.are.equal(2, #qs)
    assert.are.equal("We are rebuilding the school first", qs[1].text)
    assert.are.equal("Lindqvist", qs[1].speaker)
    assert.are.equal("Then the clinic.", qs[2].text)
    assert.are.equal("Lindqvist", qs[2].speaker)
    -- Text without the telltale "mayorâs" keeps its â as a letter.
    assert.are.equal(0, #quotes_of("Le \195\162ge du ch\195\162teau, dit Marie."))
  end)

  it("handles an unclosed quote at the end of the text", function()
    local qs = quotes_of("Rana said: “the water is still rising and the road is gone")
    assert.are.equal(1, #qs)
    assert.are.equal("Rana", qs[1].speaker)
  end)

  it("handles a long text #large", function()
    local para = "“The line held again tonight,” Kova said. Ministers met in the capital. "
      .. "Mayor Tomas Reid said that the school would reopen. "
    local big = string.rep(para, 2000)           -- about 250 KB
    local qs = lede.quotes(big)
    assert.are.equal(4000, #qs)
  end)
end)

-- Names and pronouns resolve across the whole article, and a long
-- sentence is read whole (lua/lede/quotes.lua, M.find).
describe("lede.quotes across an article", function()
  it("resolves a pronoun to the sentence's first person when that one spoke last", function()
    local text = "“I want to leave the house,” said Bez Tarn. Former actor Jeremy Osk said he "
      .. "had nominated Tarn after he became upset on Friday. “He needs help and rest,” he said."
    local q = find(quotes_of(text), "direct", "help and rest")
    assert.are.equal("Jeremy Osk", q.speaker)
    assert.is_true(q.resolved)
  end)

  it("never resolves he to a person the article called she, nor to an organisation", function()
    local text = "Judge Mara Holt heard the case. “The law is clear on this,” she said. "
      .. "Holt met Tomas Reid later. “We will appeal the ruling,” he said."
    local q = find(quotes_of(text), "direct", "appeal the ruling")
    assert.are.equal("he", q.speaker)
    text = "“Rates will rise slowly this year,” said Ana Voss, chief economist at Orrin "
      .. "Savings Bank. “Growth is steady,” she added."
    q = find(quotes_of(text), "direct", "Growth is steady")
    assert.are.equal("Ana Voss", q.speaker)
    text = "“Prices will fall this spring,” said Mr Tom Reid. Mr Reid met the bankers later. "
      .. "“Rates stay where they are,” she said."
    q = find(quotes_of(text), "direct", "Rates stay")
    assert.are.equal("she", q.speaker)
  end)

  it("resolves names and pronouns across the article", function()
    -- the full name and title come first, the quotes and their pronouns
    -- far later; two people named in one sentence make the pronoun after
    -- them ambiguous
    local text = "Interior Minister Ilse Marrow visited the dam on Monday. "
      .. ("The water rose over the bank. "):rep(30)
      .. "“We will rebuild,” Marrow said. “It will take a year,” she added. "
      .. ("The town waited. "):rep(30)
      .. "Marrow met Mayor Tomas Reid there. “Not this winter,” he said.\n\n"
      .. "Reid said that the school would reopen."
    local whole = lede.quotes(text)
    assert.are.equal("Ilse Marrow", whole[1].speaker)
    assert.are.equal("Ilse Marrow", whole[2].speaker)
    assert.are.equal("he", whole[3].speaker)
    assert.is_false(whole[3].resolved)
    assert.are.equal("Tomas Reid", whole[4].speaker)
  end)

  it("reads a long sentence whole", function()
    local plain = ("flood water rose over the river bank and the town "):rep(200)
    local direct = lede.quotes(plain .. "“We left at dawn,” Kova said.")
    assert.are.equal(1, #direct)
    assert.are.equal("Kova", direct[1].speaker)
    -- a speech verb at the end of a long sentence reports all of it
    local reported = lede.quotes(plain .. " officials said that it rose.")
    assert.are.equal(1, #reported)
    assert.are.equal("it rose", reported[1].text)
    local according = lede.quotes(plain .. ", according to Reuters. " .. plain)
    assert.are.equal(1, #according)
    assert.are.equal("Reuters", according[1].speaker)
    assert.are.equal(plain:sub(1, -2), according[1].text)
  end)
end)

describe("lede.quotes wordings of reported speech", function()
  local function one(text)
    local q = lede.quotes(text)
    assert.are.equal(1, #q, "one quote in: " .. text)
    return q[1]
  end

  local cases = {
    { "Kremlin spokesman Orest Vlad dismissed the talks, claiming the rivals were stalling.",
      "Orest Vlad", "Kremlin spokesman", "the rivals were stalling" },
    { "After the meeting, Vlad described the talks as useful and confirmed that they would resume on Monday.",
      "Vlad", nil, "they would resume on Monday" },
    { "In Brest, President Ana Moll reiterated her support for the plan but stressed that talks must go on.",
      "Ana Moll", "President", "talks must go on" },
    { "The Kremlin has lowered expectations, saying progress will be slow.",
      "Kremlin", nil, "progress will be slow" },
    { "The envoy, Keith Arlo, drew criticism for remarks which he later clarified, stating he backed a force.",
      "Keith Arlo", nil, "he backed a force" },
    { "Governor Lin Ash sought to calm residents by affirming that aid was on its way.",
      "Lin Ash", "Governor", "aid was on its way" },
    { "Governor Lin Ash emphasized that the order remained in force.",
      "Lin Ash", "Governor", "the order remained in force" },
    { "The National Weather Service in Miami said the storm would strengthen tonight.",
      "National Weather Service", nil, "the storm would strengthen tonight" },
    { "Hydrologist Mira Kell of the State Water Board said the river would crest on Thursday.",
      "Mira Kell", "Hydrologist", "the river would crest on Thursday" },
    { "Port Director Ana Velic said the harbour would stay closed until Friday.",
      "Ana Velic", "Port Director", "the harbour would stay closed until Friday" },
    { "Officials said 40 homes were destroyed by the flood.",
      "Officials", nil, "40 homes were destroyed by the flood" },
    { "The river will crest near the old bridge, agency spokeswoman Lena Ortiz said.",
      "Lena Ortiz", "agency spokeswoman", "The river will crest near the old bridge" },
    { "Mayor Ivo Brand, who heads the crisis team, said that schools would reopen next week.",
      "Ivo Brand", "Mayor", "schools would reopen next week" },
    { "VARNA, Bulgaria — The storm weakened overnight near the coast, officials said.",
      "officials", nil, "The storm weakened overnight near the coast" },
    { "Nine drones were shot down over the capital, officials said on Sunday.",
      "officials", nil, "Nine drones were shot down over the capital" },
    { "Prices rose 2% in May from a year earlier, the statistics office said last week.",
      "statistics office", nil, "Prices rose 2% in May from a year earlier" },
    { "The dam held through the night, said Engineer Pia Lund in a statement.",
      "Pia Lund", "Engineer", "The dam held through the night" },
    { "The mayor of Kharkiv said two schools were hit overnight.",
      "mayor of Kharkiv", nil, "two schools were hit overnight" },
  }
  for _, c in ipairs(cases) do
    it(("finds %q"):format(c[4]), function()
      local q = one(c[1])
      assert.are.equal("reported", q.kind)
      assert.are.equal(c[2], q.speaker)
      assert.are.equal(c[3], q.title)
      assert.are.equal(c[4], q.text)
      assert.are.equal(q.text, c[1]:sub(q.s, q.e))
    end)
  end

  it("keeps a title apart from the name after the verb: said farmer Tomas Orue", function()
    local q = one("“The water came up to the roof in minutes,” said farmer Tomas Orue.")
    assert.are.equal("Tomas Orue", q.speaker)
    assert.are.equal("farmer", q.title)
  end)
end)

describe("lede.quotes role phrases", function()
  it("resolves 'the Ukrainian leader' to the president named before, and not a stranger", function()
    local q = lede.quotes("Ukrainian President Ana Moll said the talks were useful. "
      .. "The Ukrainian leader said Kyiv would support the plan. The envoy said nothing was agreed.")
    assert.are.equal(3, #q)
    assert.are.equal("Ana Moll", q[2].speaker)
    assert.are.equal("Ukrainian President", q[2].title)
    assert.is_true(q[2].resolved)
    assert.are.equal("envoy", q[3].speaker)
  end)

  it("resolves a role to the one person the article names with that title", function()
    local q = lede.quotes("Ukrainian President Ana Moll met the envoy on Friday in Brest. "
      .. "The Ukrainian leader said that the meeting had been useful.")
    assert.are.equal(1, #q)
    assert.are.equal("Ana Moll", q[1].speaker)
    assert.are.equal("Ukrainian President", q[1].title)
    assert.is_true(q[1].resolved)
  end)

  it("resolves 'the mayor of X' to the titled mayor the article names", function()
    local q = lede.quotes("Kharkiv Mayor Ihor Sova toured the damage. "
      .. "The mayor of Kharkiv said two schools were hit overnight.")
    assert.are.equal(1, #q)
    assert.are.equal("Ihor Sova", q[1].speaker)
  end)

  it("leaves a role unresolved when the article names two who fit, or only a body", function()
    local q = lede.quotes("Ukrainian President Ana Moll met Ukrainian Prime Minister Ivo Tarr on Friday. "
      .. "The Ukrainian leader said that the meeting had been useful.")
    assert.are.equal("Ukrainian leader", q[1].speaker)
    q = lede.quotes("Foreign Ministry spokeswoman Lia Ren spoke on Friday. "
      .. "The ministry said that the border would stay open.")
    assert.are.equal("ministry", q[1].speaker)
  end)

  it("leaves a role two people fit unresolved", function()
    local q = lede.quotes("Ukrainian President Ana Moll said talks went well. "
      .. "Ukrainian Prime Minister Ivo Tarr said the plan was fair. The Ukrainian leader said more was needed.")
    assert.are.equal("Ukrainian leader", q[3].speaker)
  end)
end)

-- The C pass (core.quote_scan) finds the names of a text's runs with the
-- rules and word lists of lua/lede/names.lua: the index it gives must be
-- the one names.index_add gives on the same tokens, or one of the two has
-- changed without the other.
describe("lede.quotes token pass", function()
  local core = require("lede.core")
  local names = require("lede.names")
  local quotes = require("lede.quotes")
  local helpers = require("helpers")

  -- names.index_add over core.tokens, paragraphs as the finder numbers them
  local function lua_index(text)
    local toks, para, p = lede.tokens(text), {}, 1
    for i, t in ipairs(toks) do
      if i > 1 and text:sub(toks[i - 1].e + 1, t.s - 1):find("\n", 1, true) then p = p + 1 end
      para[i] = p
    end
    toks.para = para
    return names.index(toks, text).by_key
  end

  local function scan_index(text)
    local scan, _, _, _, _, nkeys = core.quote_scan(text, quotes._scan_lists)
    local idx = names.index_new()
    quotes._add_names(idx, scan, text, nkeys)
    return idx.by_key
  end

  it("finds the names names.index_add finds, on the fixtures and examples", function()
    local n = 0
    for _, dir in ipairs({ "spec/fixtures/articles/", "spec/fixtures/strike/",
                           "spec/fixtures/hosts/", "examples/articles/" }) do
      for _, name in ipairs(helpers.txt_files(dir)) do
        local text = helpers.read(dir .. name)
        assert.are.same(lua_index(text), scan_index(text), name)
        n = n + 1
      end
    end
    assert.is_true(n >= 40)
  end)

  it("finds the names names.index_add finds, on random runs", function()
    local P = { " ", " ", "\n", "The", "the", "a", "President", "president", "Ukrainian",
      "Swiss", "Chinese", "Putin’s", "Putin's", "PUTIN’S", "envoy", "Kirill", "Dmitriev",
      "of", "to", "for", "de", "van", "al-", "Mr.", "U.S.", "Élise", "Ærø", "élan", "Ömer",
      "İstanbul", "Monday", "He", "But", "said", ",", ".", "“", "40", "Minister", "Foreign",
      "Water", "Board", "Mayor", "Tomas", "Reid’s", "State", "AN", "An", "spokeswoman" }
    local random = helpers.random_gen(23)
    for _ = 1, 300 do
      local parts = {}
      for k = 1, random(200) do parts[k] = P[random(#P)] end
      local text = table.concat(parts, random(3) == 1 and "" or " ")
      assert.are.same(lua_index(text), scan_index(text), text)
    end
  end)

  it("checks its arguments", function()
    assert.has_error(function() core.quote_scan(42, quotes._scan_lists) end,
      "bad argument #1 to 'quote_scan' (string expected, got number)")
    assert.has_error(function() core.quote_scan("x", { {} }) end,
      "bad argument #2 to 'quote_scan' (table of word lists expected)")
    local scan, n = core.quote_scan("Rubio said it.", quotes._scan_lists)
    assert.are.equal(4, n)
    assert.are.same({ 7, 10 }, { scan:span(2, 2) })
    local rules = quotes._rules
    assert.has_error(function() scan:next_reported("Rubio said it!!", rules, 1) end,
      "bad argument #2 to 'next_reported' (not the text that was scanned)")
    assert.has_error(function() scan:next_reported("Rubio said it.", {}, 1) end)
    assert.has_error(function() scan:next_reported("Rubio said it.", rules, 3) end,
      "bad argument #4 to 'next_reported' (index out of range)")
    assert.has_error(function() scan:direct("Rubio said it.", rules, 1, 0) end,
      "bad argument #4 to 'direct' (index out of range)")
    assert.are.same({ 2, 12, 13, "name", 1, 5, "rubio" },
      { scan:next_reported("Rubio said it.", rules, 1) })
    assert.are.same({}, { scan:next_reported("Rubio said it.", rules, 2) })
    scan:use(2) -- "said" attributes a direct quote: its sentence reports none
    assert.are.same({}, { scan:next_reported("Rubio said it.", rules, 1) })
    assert.has_error(function() scan:use(5) end,
      "bad argument #2 to 'use' (index out of range)")
    assert.has_error(function() core.quote_rules({ {} }) end,
      "bad argument #1 to 'quote_rules' (table of word lists expected)")
    local long = {}
    for k = 1, 11 do long[k] = {} end
    long[1][1] = ("x"):rep(300)
    assert.has_error(function() core.quote_rules(long) end,
      "bad argument #1 to 'quote_rules' (a word longer than 255 bytes)")
    -- the mentions of keys before a byte, read forward
    assert.has_error(function() scan:last_mention("Rubio said it.", 9) end,
      "bad argument #1 to 'last_mention' (no keys (scan:mentions))")
    assert.has_error(function() scan:mentions("Rubio said it.", { 7 }) end,
      "bad argument #3 to 'mentions' (keys must be strings)")
    assert.has_error(function() scan:mentions("Rubio", { "rubio" }) end,
      "bad argument #2 to 'mentions' (not the text that was scanned)")
    scan:mentions("Rubio said it.", { "x", "rubio" })
    assert.are.same({}, { scan:last_mention("Rubio said it.", 1) })
    assert.are.same({ 2, false, 2 }, { scan:last_mention("Rubio said it.", 9) })
    scan:close() -- an empty scan after
    assert.are.same({}, { scan:next_reported("Rubio said it.", rules, 1) })
    assert.has_error(function() scan:span(1, 1) end,
      "bad argument #2 to 'span' (index out of range)")
  end)

  it("maps quotes in repaired mojibake back to the caller's bytes", function()
    -- “…” and ’ read as Latin-1: the quote is found in the repaired text,
    -- its spans are the broken text's
    local text = "\195\162\194\128\194\156The dam held,\195\162\194\128\194\157 "
      .. "Mayor Ana Velic said. Velic\195\162\194\128\194\153s office agreed."
    local qs = quotes_of(text)
    assert.are.equal(1, #qs)
    assert.are.equal("Ana Velic", qs[1].speaker)
    assert.are.equal("Velic", text:sub(qs[1].speaker_s, qs[1].speaker_e):match("%a+$"))
  end)
end)

describe("lede.quotes people introduced by what they do", function()
  local function speaker_of(text, needle)
    local qs = quotes_of(text)
    for _, q in ipairs(qs) do
      if q.text:find(needle, 1, true) then return q end
    end
    error("no quote holds " .. needle)
  end

  it("keeps lower-case words before a name after the verb as its title", function()
    local cases = {
      { '"The gates were shut too early," said fan Ivo Marsk.', "Ivo Marsk", "fan" },
      { '"Smoke filled the hall," said factory worker Lena Brod.', "Lena Brod", "factory worker" },
      { '"Nobody warned us," said season ticket holder Ada Pohl.', "Ada Pohl", "season ticket holder" },
      { '"The water came at night," said retired teacher Oto Varn, 71.', "Oto Varn", "retired teacher" },
    }
    for _, c in ipairs(cases) do
      local q = speaker_of(c[1], " ")
      assert.are.equal(c[2], q.speaker, c[1])
      assert.are.equal(c[3], q.title, c[1])
      assert.is_true(q.resolved, c[1])
      assert.are.equal(c[2], c[1]:sub(q.speaker_s, q.speaker_e))
    end
  end)

  it("reads 'according to fire inspector X' and gives the quoted fragment to X", function()
    local text = 'According to fire inspector Rolf Haan, the doors had been "chained from the outside".'
    local qs = quotes_of(text)
    local r = find(qs, "reported", "the doors had been")
    assert.are.equal("Rolf Haan", r.speaker)
    assert.are.equal("fire inspector", r.title)
    local d = find(qs, "direct", "chained from the outside")
    assert.truthy(d, "the fragment is kept")
    assert.are.equal("Rolf Haan", d.speaker)
  end)

  it("reads an unnamed person: 'one stallholder said', 'a nurse at the hospital, who …, said'", function()
    local q = speaker_of('"The roof just folded," one stallholder said.', "roof")
    assert.are.equal("stallholder", q.speaker)
    assert.is_false(q.resolved)
    q = speaker_of("A nurse at the district hospital, who asked not to be named, said that "
      .. "the wards were full.", "wards")
    assert.are.equal("nurse", q.speaker)
    q = speaker_of("The head of the river commission said the dam would hold.", "dam")
    assert.are.equal("head of the river commission", q.speaker)
    -- a word that names no person, or no determiner: no speaker made up
    for _, text in ipairs({ "The rain kept falling, the radio said.",
                            "Shortly after the storm said the roads were closed." }) do
      for _, x in ipairs(quotes_of(text)) do
        assert.are_not.equal("radio", x.speaker, text)
        assert.are_not.equal("storm", x.speaker, text)
      end
    end
  end)

  it("resolves an unnamed person to the one the article names next with that role", function()
    local text = '"The beams cracked and the roof came down," one stallholder said.\n\n'
      .. "The stallholder, Vera Lusk, said she had reported leaks for months.\n\n"
      .. "Fire Chief Odo Brann said the market had passed an inspection."
    local qs = quotes_of(text)
    local q = find(qs, "direct", "roof came down")
    assert.are.equal("Vera Lusk", q.speaker)
    assert.are.equal("stallholder", q.title)
    assert.is_true(q.resolved)
    -- two people named next with the role: it stays as it was
    text = '"The roof came down," one witness said.\n\n'
      .. "Witness Ana Pell said she ran.\n\nWitness Ivo Tamm said he hid."
    q = find(quotes_of(text), "direct", "roof came down")
    assert.are.equal("witness", q.speaker)
    assert.is_false(q.resolved)
    -- a body is never one person
    text = '"Stay away from the river banks," police said.\n\n'
      .. "Police officer Ana Pell said the water was rising."
    q = find(quotes_of(text), "direct", "river banks")
    assert.are.equal("police", q.speaker)
  end)

  it("gives a quote running over two paragraphs to the speaker named at its end", function()
    local text = 'Passenger Ola Brisk described the crash.\n\n'
      .. '"The driver kept closing his eyes and the bus drifted across the road.\n\n'
      .. '"Then we went through the barrier," Brisk said.'
    local qs = quotes_of(text)
    local first = find(qs, "direct", "kept closing his eyes")
    assert.are.equal("Ola Brisk", first.speaker)
    assert.are.equal("Ola Brisk", find(qs, "direct", "through the barrier").speaker)
  end)

  it("does not give a quote that ends its sentence to the next sentence's speech", function()
    local text = 'The minister wanted "a truce that lasts, not a pause." '
      .. "The head of the delegation said his farmers had lost the harvest."
    local qs = quotes_of(text)
    local d = find(qs, "direct", "a truce that lasts")
    assert.are_not.equal("head of the delegation", d.speaker)
    local r = find(qs, "reported", "his farmers had lost")
    assert.truthy(r, "the next sentence's reported speech is kept")
    assert.are.equal("head of the delegation", r.speaker)
  end)
end)

describe("lede.quotes titles and roles around a name", function()
  local function first_quote(text)
    local qs = quotes_of(text)
    assert.is_true(#qs >= 1, text)
    return qs[1]
  end

  it("reads what a person is after the name's comma, and a role before it", function()
    local cases = {
      { '"The gates were shut," said Lior Basko, a fan from Dunmere.', "Lior Basko", "fan from Dunmere" },
      { '"We are searching," said the rescue team leader, Ana Ruiz.', "Ana Ruiz", "rescue team leader" },
      { '"It is a tragedy," the mayor of Dunmere, Ana Ruiz, said.', "Ana Ruiz", "mayor of Dunmere" },
    }
    for _, c in ipairs(cases) do
      local q = first_quote(c[1])
      assert.are.equal(c[2], q.speaker, c[1])
      assert.are.equal(c[3], q.title, c[1])
      assert.are.equal(c[2], c[1]:sub(q.speaker_s, q.speaker_e), c[1])
    end
  end)

  it("ends a long title on a whole phrase, never half-way into a name", function()
    local cases = {
      -- cut where the attribution's reach ends: before its last phrase
      { '"It is bad," said Ana Berg, a fellow at the Marlow Institute and a co-founder of the Tax Policy '
        .. 'Center in Arden.', "fellow at the Marlow Institute" },
      { '"It is bad," said Pat Hume, vice president of electrical engineering and planning for Cole '
        .. 'Edison, the utility.', "vice president of electrical engineering and planning" },
      -- a link or "and" inside a name is part of it
      { '"It is bad," said Ria Sand, head of currency strategy at Bank of Arden in North Falls.',
        "head of currency strategy at Bank of Arden" },
      -- a title that fits is kept whole
      { '"It is bad," said Pat Hume, vice president of planning for Cole Edison.',
        "vice president of planning for Cole Edison" },
    }
    for _, c in ipairs(cases) do
      assert.are.equal(c[2], first_quote(c[1]).title, c[1])
    end
  end)

  it("shows an unnamed speaker without its determiner", function()
    local cases = {
      { '"We had nowhere to go," said one resident, who gave only her first name.', "resident" },
      { '"We have no water," said a woman who gave her name as Ana.', "woman" },
      { '"It was chaos," an eyewitness told local television.', "eyewitness" },
      { "A spokesperson for the ministry said the toll could rise.", "spokesperson for the ministry" },
    }
    for _, c in ipairs(cases) do
      local q = first_quote(c[1])
      assert.are.equal(c[2], q.speaker, c[1])
      assert.is_false(q.resolved, c[1])
    end
  end)

  it("reads 'denied that' as reported speech, a country as its government", function()
    local q = first_quote("Kestova denied that its forces had shelled the town.")
    assert.are.equal("reported", q.kind)
    assert.are.equal("its forces had shelled the town", q.text)
    assert.are.equal("Kestova", q.speaker)
    assert.are.equal(0, #quotes_of("Kestova denied the claims."))
  end)
end)

describe("lede.quotes ages, clauses and particles around a name", function()
  it("reads the speaker past an age, a clause with no commas, a particle", function()
    local cases = {
      { '"The gates were shut," Maria Lopez, 34, said.', "Maria Lopez" },
      { "Maria Lopez, 34, said the gates were shut.", "Maria Lopez" },
      { "Lior Basko, 34, a fan from Dunmere, said the gates were shut.", "Lior Basko", "fan from Dunmere" },
      { "An official who spoke on condition of anonymity said the convoy was hit.", "official" },
      { "Ahmed al-Masri said there was no electricity.", "Ahmed al-Masri" },
      { '"We lost everything," said Ana Ruiz, whose house was swept away.', "Ana Ruiz" },
      { "The toll rose to 23 on Sunday, hospital director Leila Mansour said.", "Leila Mansour",
        "hospital director" },
    }
    for _, c in ipairs(cases) do
      local qs = quotes_of(c[1])
      assert.are.equal(1, #qs, c[1])
      assert.are.equal(c[2], qs[1].speaker, c[1])
      assert.are.equal(c[3], qs[1].title, c[1])
    end
    -- a relative clause does not make a speaker of a plain word
    for _, q in ipairs(quotes_of("People who saw the crash said the bus was fast.")) do
      assert.are_not.equal("People", q.speaker)
    end
  end)
end)

describe("lede.quotes speakers with no person named, ages, datelines", function()
  local function one(text)
    local qs = quotes_of(text)
    assert.are.equal(1, #qs, "one quote in: " .. text)
    return qs[1]
  end

  it("gives speech to the organisation when no person is named", function()
    local cases = {
      { "The rebel command denied that its fighters had shelled the market on Tuesday.",
        "rebel command", "its fighters had shelled the market on Tuesday" },
      { "The ferry will not sail before Friday, the harbour authority said.",
        "harbour authority", "The ferry will not sail before Friday" },
      { "The army command said that two brigades had pulled back from the ridge.",
        "army command", "two brigades had pulled back from the ridge" },
    }
    for _, c in ipairs(cases) do
      local q = one(c[1])
      assert.are.equal("reported", q.kind, c[1])
      assert.are.equal(c[2], q.speaker, c[1])
      assert.are.equal(c[3], q.text, c[1])
      assert.is_false(q.resolved, c[1])
    end
    -- a body named in the sentence does not take speech its verb has not
    assert.are.equal(0, #quotes_of("The rebel command held the ridge."))
  end)

  it("reads the name after an age: said 12-year-old Sami Haddad", function()
    local q = one("“We ran when the first shell hit,” said 12-year-old Sami Haddad.")
    assert.are.equal("direct", q.kind)
    assert.are.equal("Sami Haddad", q.speaker)
    assert.is_true(q.resolved)
    q = one("The stalls burned for hours, said 12-year-old Sami Haddad, who lost his home.")
    assert.are.equal("reported", q.kind)
    assert.are.equal("Sami Haddad", q.speaker)
    assert.are.equal("The stalls burned for hours", q.text)
    q = one("The gates were shut by noon, 45-year-old driver Omar Tal said.")
    assert.are.equal("Omar Tal", q.speaker)
    assert.are.equal("driver", q.title)
  end)

  it("leaves the dateline out of speech whose place is only in the dateline", function()
    local lines = {
      "LONDON -- The port will reopen on Monday, officials said.",
      "Velmar, March 3 (Reuters) - The port will reopen on Monday, officials said.",
      "VELMAR, March 3 (Reuters) -- The port will reopen on Monday, officials said.",
      "Velmar (Reuters) – The port will reopen on Monday, officials said.",
      "VELMAR, Kestova, March 3, 2024 /PRNewswire/ -- The port will reopen on Monday, officials said.",
      "VELMAR: The port will reopen on Monday, officials said.",
    }
    for _, line in ipairs(lines) do
      local q = one(line)
      assert.are.equal("The port will reopen on Monday", q.text, line)
      assert.are.equal("officials", q.speaker, line)
    end
    -- a capitalized subject with a dash is speech, not a dateline
    local q = one("Velmar - a port of 40,000 people - will reopen on Monday, officials said.")
    assert.are.equal("Velmar - a port of 40,000 people - will reopen on Monday", q.text)
  end)
end)

describe("lede.quotes speakers on real news shapes", function()
  it("resolves he past the names inside the quote to the person named before it", function()
    local text = "Analyst Tom Reyes follows the games industry for a living. "
      .. "“Kestrel promised May, and Kestrel never ships on time,” he said. "
      .. "Kestrel said on Monday that the console was ready."
    local q = quotes_of(text)[1]
    assert.are.equal("direct", q.kind)
    assert.are.equal("Tom Reyes", q.speaker)
    assert.is_true(q.resolved)
  end)

  it("keeps a party word and a post of parliament out of the name", function()
    local cases = {
      { "Tory MP Ana Reid said the plan was unfair to farmers.", "Ana Reid", "Tory MP" },
      { "Conservative Tom Hale said the plan was unfair to farmers.", "Tom Hale", "Conservative" },
      { "Chancellor of the Exchequer Gordon Brown said the plan was fair.", "Gordon Brown" },
    }
    for _, c in ipairs(cases) do
      local q = quotes_of(c[1])[1]
      assert.are.equal(c[2], q.speaker, c[1])
      if c[3] then assert.are.equal(c[3], q.title, c[1]) end
    end
  end)
end)

describe("lede.quotes names and speakers that real news gets wrong", function()
  it("reads a given name with a nationality's ending as a name, not a title", function()
    local cases = {
      { "Ian Harris said the council would close the pool in May.", "Ian Harris" },
      { "Sean Dyer, the club's manager, said the fans deserved better.", "Sean Dyer",
        "club's manager" },
      { "“We lost our way,” said Brian Okafor.", "Brian Okafor" },
      { "Former Australian wing David Campese said the fans deserved better.", "David Campese",
        false },
      { "Russian President Vladimir Putin said the talks would go on.", "Vladimir Putin",
        "Russian President" },
    }
    for _, c in ipairs(cases) do
      local q = quotes_of(c[1])[1]
      assert.are.equal(c[2], q.speaker, c[1])
      if c[3] ~= false then assert.are.equal(c[3], q.title, c[1]) end
    end
  end)

  it("gives speech to a department, not to the subject it is for", function()
    local cases = {
      { "The Department for Education said schools would reopen on Monday.",
        "Department for Education" },
      { "A spokesman for the Ministry of Defence said two ships were ready.",
        "spokesman for the Ministry of Defence" },
      { "The Office for National Statistics said prices rose 2% in May.",
        "Office for National Statistics" },
    }
    for _, c in ipairs(cases) do
      local q = quotes_of(c[1])[1]
      assert.are.equal(c[2], q.speaker, c[1])
      assert.is_nil(q.title, c[1])
    end
  end)

  it("keeps two people with the suffix Jr apart", function()
    local text = "Tom Reyes Jr said the dam would hold through the winter. "
      .. "Ana Velic Jr said the town should leave by noon. "
      .. "Reyes said the river had already peaked."
    local qs = quotes_of(text)
    assert.are.equal(3, #qs)
    assert.are.equal("Tom Reyes Jr", qs[1].speaker)
    assert.are.equal("Ana Velic Jr", qs[2].speaker)
    assert.are.equal("Tom Reyes Jr", qs[3].speaker)
  end)

  it("gives the quote after 'saying:' to the subject of the clause", function()
    local text = "Mayor Lena Ortiz rejected the plan on Friday, saying: "
      .. "“We cannot move three thousand people by boat.”"
    local qs = quotes_of(text)
    local q = find(qs, "direct", "three thousand")
    assert.truthy(q)
    assert.are.equal("Lena Ortiz", q.speaker)
    assert.are.equal(1, #qs)
  end)

  it("reads 'X, from Y, said' as X", function()
    local cases = {
      { "Tom Reyes, from the Harbour Trust, said: “The quay will not be rebuilt this year.”",
        "Tom Reyes" },
      { "“We need more storage for every film we make,” Ana Velic, from Kestrel's "
        .. "film laboratory, said.", "Ana Velic" },
    }
    for _, c in ipairs(cases) do
      local q = quotes_of(c[1])[1]
      assert.are.equal("direct", q.kind, c[1])
      assert.are.equal(c[2], q.speaker, c[1])
    end
  end)

  it("resolves 'the American' to the one person the article titles so", function()
    local text = "American Andy Kell beat Tomas Orue in four sets on Sunday. "
      .. "“I felt pretty good out there all afternoon,” said the American."
    local q = quotes_of(text)[1]
    assert.are.equal("Andy Kell", q.speaker)
    assert.is_true(q.resolved)
    -- two Americans: the role stays a role, with its noun
    q = quotes_of("American Andy Kell beat American Tom Reyes. "
      .. "“We will come back stronger next year,” said the American coach.")[1]
    assert.are.equal("American coach", q.speaker)
    assert.is_false(q.resolved)
  end)

  it("resolves 'he' to the speaker named in the sentence just before, past the firm", function()
    local text = "Kestrel said on Monday that the port was shut. "
      .. "“The port will not reopen this week,” said Kestrel spokesman "
      .. "Tomas Orue. He said the cranes had been damaged by the storm."
    local q = find(quotes_of(text), "reported", "cranes")
    assert.truthy(q)
    assert.are.equal("Tomas Orue", q.speaker)
    assert.is_true(q.resolved)
    -- two sentences on, naming another, the pronoun is nobody's
    text = "“The port will not reopen this week,” said Velmar Harbour spokesman "
      .. "Tomas Orue. Mayor Ana Velic met the crews. Velic later spoke to Orue. "
      .. "He said the cranes had been damaged by the storm."
    q = find(quotes_of(text), "reported", "cranes")
    assert.are.equal("He", q.speaker)
    assert.is_false(q.resolved)
  end)

  it("keeps an occupation that opens the sentence, and an adverb, out of the name", function()
    local cases = {
      { "Singer Tomas Orue said the band would tour in May.", "Tomas Orue", "Singer" },
      { "Wasps coach Ana Velic said the squad was tired.", "Ana Velic", "Wasps coach" },
      { "Now Mr Harlow says the plan will cost more.", "Mr Harlow" },
    }
    for _, c in ipairs(cases) do
      local q = quotes_of(c[1])[1]
      assert.are.equal(c[2], q.speaker, c[1])
      assert.are.equal(c[3], q.title, c[1])
    end
  end)

  it("reads no speech in 'added' with an object ('added 18 points'), but in a clause", function()
    assert.are.equal(0, #quotes_of("Kestrel added more than five million new customers in 2004."))
    assert.are.equal(0, #quotes_of("Full-back Ivo Marsk added 18 points for the visitors."))
    local q = quotes_of("Marsk added the squad had been tired for weeks.")[1]
    assert.are.equal("the squad had been tired for weeks", q.text)
  end)

  it("never resolves 'he' to a one-word speaker such as a firm", function()
    local text = "Kestrel said its network handled 180 million calls a day. "
      .. "“Monitoring every one of them is quite a task,” he added."
    local q = find(quotes_of(text), "direct", "Monitoring")
    assert.are.equal("he", q.speaker)
    assert.is_false(q.resolved)
  end)

  it("reads a surname with a nationality's ending alone as the person named in full", function()
    local text = "Former wing David Campese criticised the coach on Monday. "
      .. "Campese said the pack had no leaders."
    local q = find(quotes_of(text), "reported", "no leaders")
    assert.are.equal("David Campese", q.speaker)
    assert.is_true(q.resolved)
  end)
end)
