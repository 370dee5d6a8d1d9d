-- lede.claims: casualty counts and quotes merged across the articles of one
-- story, with agreements and conflicts.  The articles are the project's own
-- fixtures (spec/fixtures/strike), written in the shapes of the samples.
local lede = require("lede")
local claims = require("lede.claims")

local function read(name)
  local f = assert(io.open("spec/fixtures/strike/" .. name, "rb"))
  local text = f:read("*a")
  f:close()
  return text
end

local DOCS = {
  read("a_dateline.txt"),  -- "eight fatalities … in the Kherson region"
  read("b_headings.txt"),  -- "rose to eight, with 30 people injured"
  read("c_chrome.txt"),    -- "killed eight people and injured 27 others"
  read("d_bold.txt"),      -- "killed at least 35 people and injured 117 …"
}

-- A casualty record as lede.casualties gives one, for the phrase of docs[d].
local function rec(docs, d, phrase, fields)
  local s, e = docs[d]:find(phrase, 1, true)
  assert(s, "fixture lacks: " .. phrase)
  local r = { s = s, e = e }
  for k, v in pairs(fields) do r[k] = v end
  return r
end

local function casualty(result, kind, place)
  for _, c in ipairs(result.claims) do
    if c.type == "casualty" and c.kind == kind and c.place == place then return c end
  end
  return nil
end

local function docs_of(sources)
  local t = {}
  for _, s in ipairs(sources) do t[#t + 1] = s.doc end
  table.sort(t)
  return t
end

local function check_spans(docs, result)
  for _, c in ipairs(result.claims) do
    for _, s in ipairs(c.sources) do
      assert.are.equal(s.text, docs[s.doc]:sub(s.s, s.e))
    end
  end
end

-- The records a casualty reader gives for the fixtures; article c names
-- its place only in the sentence before the count.
local function fixture_records(docs)
  return {
    { casualties = {
      rec(docs, 1, "eight fatalities", { kind = "killed", count = 8, place = "the Kherson region" }) } },
    { casualties = {
      rec(docs, 2, "rose to eight", { kind = "killed", count = 8, place = "southern region of Kherson" }),
      rec(docs, 2, "30 people injured", { kind = "injured", count = 30, who = "people",
                                          place = "southern region of Kherson" }) } },
    { casualties = {
      rec(docs, 3, "killed eight people", { kind = "killed", count = 8, who = "people" }),
      rec(docs, 3, "injured 27 others", { kind = "injured", count = 27, who = "people" }) } },
    { casualties = {
      rec(docs, 4, "killed at least 35 people", { kind = "killed", count = 35, min = 35,
                                                  qualifier = "at least", place = "Poltava" }),
      rec(docs, 4, "injured 117", { kind = "injured", count = 117, place = "Poltava" }),
      rec(docs, 4, "killed at least 12 people", { kind = "killed", count = 12, min = 12,
                                                  qualifier = "at least", place = "Zaporizhzhia" }),
      rec(docs, 4, "killed two people", { kind = "killed", count = 2, place = "Sumy" }),
      rec(docs, 4, "a boy", { kind = "killed", count = 1, who = "boys", subset = true,
                              place = "Sumy" }) } },
  }
end

describe("lede.claims acceptance (records as lede.casualties gives them)", function()
  local result = claims.merge(DOCS, fixture_records(DOCS))

  it("merges the three reports of eight killed into one claim that agrees", function()
    local c = casualty(result, "killed", "Kherson")
    assert.truthy(c)
    assert.are.equal(8, c.count)
    assert.is_true(c.agreed)
    assert.is_nil(c.conflict)
    assert.are.same({ 1, 2, 3 }, docs_of(c.sources))
    check_spans(DOCS, result)
  end)

  it("reports the injured count as a conflict: 30 in one source, 27 in another", function()
    local c = casualty(result, "injured", "Kherson")
    assert.truthy(c)
    assert.is_false(c.agreed)
    local x = result.conflicts[c.conflict]
    assert.are.equal("injured", x.kind)
    assert.are.equal("Kherson", x.place)
    assert.is_false(x.compatible)
    assert.are.same(c, result.claims[x.claim])
    local by = {}
    for _, v in ipairs(x.values) do by[v.count] = docs_of(v.sources) end
    assert.are.same({ [30] = { 2 }, [27] = { 3 } }, by)
  end)

  it("keeps the other strike apart: at least 35 killed and 117 injured in Poltava", function()
    local k = casualty(result, "killed", "Poltava")
    assert.are.equal(35, k.count)
    assert.are.equal("at least", k.qualifier)
    assert.are.equal(35, k.min)
    assert.is_nil(k.max)
    assert.are.same({ 4 }, docs_of(k.sources))
    local i = casualty(result, "injured", "Poltava")
    assert.are.equal(117, i.count)
    assert.is_true(i.agreed)
  end)

  it("does not make a subset (including a boy) a claim of its own", function()
    local n = 0
    for _, c in ipairs(result.claims) do
      if c.type == "casualty" and c.place == "Sumy" then n = n + 1 end
    end
    assert.are.equal(1, n)
    assert.are.equal(2, casualty(result, "killed", "Sumy").count)
  end)

  it("has exactly one conflict and lists casualties in order of first mention", function()
    assert.are.equal(1, #result.conflicts)
    assert.are.equal("casualty", result.claims[1].type)
    assert.are.equal("Kherson", result.claims[1].place)
  end)
end)

describe("lede.claims merging rules", function()
  it("keeps the latest value of a document and lists the earlier one as revised", function()
    local docs = { "A strike on Lviv killed five people. Later the toll rose to seven." }
    local r = claims.merge(docs, { { casualties = {
      rec(docs, 1, "killed five people", { kind = "killed", count = 5, place = "Lviv" }),
      rec(docs, 1, "rose to seven", { kind = "killed", count = 7 }),
    } } })
    local c = casualty(r, "killed", "Lviv")
    assert.are.equal(7, c.count)
    assert.is_true(c.agreed)
    assert.are.equal(1, #c.sources)
    assert.are.equal("rose to seven", c.sources[1].text)
    assert.are.equal(1, #c.revised)
    assert.are.equal(5, c.revised[1].count)
    assert.are.equal(0, #r.conflicts)
  end)

  it("keeps a toll whose wording says it changed over a later earlier figure", function()
    local docs = { "The death toll in Ostra rose to nine on Monday. At first five were killed." }
    local r = claims.merge(docs, { { casualties = {
      rec(docs, 1, "rose to nine", { kind = "killed", count = 9, place = "Ostra", revised = true }),
      rec(docs, 1, "five were killed", { kind = "killed", count = 5 }),
    } } })
    local c = casualty(r, "killed", "Ostra")
    assert.are.equal(9, c.count)
    assert.are.equal(1, #c.revised)
    assert.are.equal(5, c.revised[1].count)
  end)

  it("leaves counts with no number out and groups by the records' sentences", function()
    local docs = { "Civilians were killed in Ostra. Three soldiers and two medics died in Ostra." }
    local r = lede.claims(docs)
    local kinds = {}
    for _, c in ipairs(r.claims) do
      if c.type == "casualty" then
        kinds[#kinds + 1] = c.kind .. " " .. c.count .. (c.sources[1].total and " total" or "")
      end
    end
    -- the groups apart by who, and the article's total of them first
    assert.are.same({ "killed 5 total", "killed 3", "killed 2" }, kinds)
    assert.are.equal(0, #r.conflicts)
  end)

  it("counts 'he was shot' as injured only when the article leaves him alive", function()
    local function kinds(text)
      local out = {}
      for _, c in ipairs(lede.claims(text).claims) do
        if c.type == "casualty" then out[#out + 1] = c.kind .. " " .. c.count end
      end
      return out
    end
    assert.are.same({ "killed 1" },
      kinds("A man was shot and killed on Elm Street. He was shot in the head, police said."))
    assert.are.same({ "injured 1" }, kinds("Tom Vale was shot in the leg on Elm Street."))
  end)

  it("keeps numbered groups of one sentence apart by who", function()
    local docs = { "The shelling of Avdiivka killed three soldiers and two civilians." }
    local r = claims.merge(docs, { { casualties = {
      rec(docs, 1, "three soldiers", { kind = "killed", count = 3, who = "soldiers", place = "Avdiivka" }),
      rec(docs, 1, "two civilians", { kind = "killed", count = 2, who = "civilians", place = "Avdiivka" }),
    } } })
    local n = 0
    for _, c in ipairs(r.claims) do if c.type == "casualty" then n = n + 1 end end
    assert.are.equal(2, n)
    assert.are.equal(0, #r.conflicts)
  end)

  it("takes a missing place from the same sentence's other count", function()
    local docs = { "Rockets hit Izium overnight.", "A rocket killed four people in Izium and wounded nine." }
    local r = claims.merge(docs, {
      { casualties = {} },
      { casualties = {
        rec(docs, 2, "killed four people", { kind = "killed", count = 4, place = "Izium" }),
        rec(docs, 2, "wounded nine", { kind = "injured", count = 9 }) } } })
    assert.are.equal(9, casualty(r, "injured", "Izium").count)
  end)

  it("joins an unplaced count to the story's place only when the value is the same", function()
    local docs = {
      "A drone strike on Kharkiv killed six people.",
      "Six people were killed, officials said.",
      "Fourteen people were killed, officials said.",
    }
    local r = claims.merge(docs, {
      { casualties = { rec(docs, 1, "killed six people", { kind = "killed", count = 6, place = "Kharkiv" }) } },
      { casualties = { rec(docs, 2, "Six people were killed", { kind = "killed", count = 6 }) } },
      { casualties = { rec(docs, 3, "Fourteen people were killed", { kind = "killed", count = 14 }) } },
    })
    local k = casualty(r, "killed", "Kharkiv")
    assert.are.same({ 1, 2 }, docs_of(k.sources))
    local loose = casualty(r, "killed", nil)
    assert.are.same({ 3 }, docs_of(loose.sources))
    assert.are.equal(0, #r.conflicts)
  end)

  it("calls overlapping values compatible, not a conflict: at least 30 and 35", function()
    local docs = { "The blast in Kramatorsk killed at least 30 people.",
                   "The blast in Kramatorsk killed 35 people." }
    local r = claims.merge(docs, {
      { casualties = { rec(docs, 1, "killed at least 30 people", { kind = "killed", count = 30, min = 30,
                                                                  qualifier = "at least", place = "Kramatorsk" }) } },
      { casualties = { rec(docs, 2, "killed 35 people", { kind = "killed", count = 35, place = "Kramatorsk" }) } },
    })
    assert.are.equal(0, #r.conflicts)
    local c = casualty(r, "killed", "Kramatorsk")
    assert.is_true(c.compatible)
    assert.is_false(c.agreed)
    assert.are.equal(35, c.count)
    assert.are.equal(2, #c.values)
  end)

  it("does not merge different kinds or different places", function()
    local docs = { "In Kherson the attack killed 4 people.", "In Mykolaiv the attack killed 4 people." }
    local r = claims.merge(docs, {
      { casualties = { rec(docs, 1, "killed 4 people", { kind = "killed", count = 4, place = "Kherson" }) } },
      { casualties = { rec(docs, 2, "killed 4 people", { kind = "killed", count = 4, place = "Mykolaiv" }) } },
    })
    assert.truthy(casualty(r, "killed", "Kherson"))
    assert.truthy(casualty(r, "killed", "Mykolaiv"))
  end)

  it("normalises places: region, city of, possessives, the", function()
    assert.are.equal("odesa", (claims.place_key("the Odesa region")))
    assert.are.equal("odesa", (claims.place_key("Ukraine’s Black Sea region of Odesa")))
    assert.are.equal("odesa", (claims.place_key("the port city of Odesa")))
    assert.are.equal("kryvyi rih", (claims.place_key("Kryvyi Rih")))
    local _, shown = claims.place_key("the Odesa region")
    assert.are.equal("Odesa", shown)
    assert.is_nil(claims.place_key(""))
    assert.is_nil(claims.place_key(nil))
  end)
end)

describe("lede.claims quotes", function()
  it("merges one statement reported by two articles, spelling of the name aside", function()
    local docs = {
      "“The talks are going well and will go on tomorrow,” Dmitriev said.",
      "“The talks are going well and will go on tomorrow morning,” Kirill Dimitriev said.",
    }
    local r = lede.claims(docs)
    local qs = {}
    for _, c in ipairs(r.claims) do if c.type == "quote" then qs[#qs + 1] = c end end
    assert.are.equal(1, #qs)
    assert.are.equal(2, #qs[1].sources)
    assert.are.equal("Kirill Dimitriev", qs[1].speaker)
    check_spans(docs, r)
  end)

  it("shows spelling variants of one name as one speaker, the spelling most sources use", function()
    local docs = {
      "Kremlin envoy Kirill Dmitriev said the talks had gone well and would resume soon.",
      "Kirill Dmitriev told reporters that the sanctions were not on the table this week.",
      "Kirill Dimitriev said that a prisoner exchange was being prepared for the spring.",
    }
    local r = lede.claims(docs)
    local speakers = {}
    for _, c in ipairs(r.claims) do
      if c.type == "quote" then speakers[#speakers + 1] = c.speaker .. " / " .. tostring(c.title) end
    end
    assert.are.same({ "Kirill Dmitriev / Kremlin envoy", "Kirill Dmitriev / Kremlin envoy",
                      "Kirill Dmitriev / Kremlin envoy" }, speakers)
    -- the sources keep the spelling each article uses
    for _, c in ipairs(r.claims) do
      if c.type == "quote" and c.sources[1].doc == 3 then
        assert.are.equal("Kirill Dimitriev", c.sources[1].speaker)
      end
    end
    check_spans(docs, r)
  end)

  it("keeps apart names whose given names differ or whose last names are far apart", function()
    local docs = {
      "Envoy Kirill Dmitriev said the talks had gone well and would resume soon.",
      "Envoy Oleg Dimitriev said that a prisoner exchange was being prepared.",
      "Envoy Kirill Dobrov said that the sanctions were not on the table.",
    }
    local speakers = {}
    for _, c in ipairs(lede.claims(docs).claims) do
      if c.type == "quote" then speakers[#speakers + 1] = c.speaker end
    end
    assert.are.same({ "Kirill Dmitriev", "Oleg Dimitriev", "Kirill Dobrov" }, speakers)
  end)

  it("never makes a place of the story a speaker", function()
    local docs = {
      "A missile strike on Odesa killed three people on Monday.",
      "Odesa said that the port would reopen on Friday after repairs.",
    }
    local q
    for _, c in ipairs(lede.claims(docs).claims) do
      if c.type == "quote" then q = c end
    end
    assert.truthy(q)
    assert.are.equal("the port would reopen on Friday after repairs", q.text)
    assert.is_nil(q.speaker)
  end)

  it("does not merge the same words from different speakers", function()
    local docs = {
      "“We will rebuild every house in the village,” Marek said.",
      "“We will rebuild every house in the village,” Halvorsen said.",
    }
    local n = 0
    for _, c in ipairs(lede.claims(docs).claims) do if c.type == "quote" then n = n + 1 end end
    assert.are.equal(2, n)
  end)

  it("shows a quote's words repaired, its source's words exact", function()
    -- lossy mojibake: only the lead byte of each ’ “ ” survived
    local A = "\195\162"
    local doc = "The mayor spoke on Monday. " .. A .. "We" .. A .. "re not leaving, and we"
      .. A .. "ll rebuild the pier,"  .. A .. " Mayor Ilse Varn said. Crews began work. "
      .. "Residents said the town" .. A .. "s harbour was quiet."
    local r = lede.claims(doc)
    local q
    for _, c in ipairs(r.claims) do if c.type == "quote" and c.kind == "direct" then q = c end end
    assert.truthy(q)
    assert.are.equal("Ilse Varn", q.speaker)
    assert.are.equal("We\226\128\153re not leaving, and we\226\128\153ll rebuild the pier", q.text)
    local src = q.sources[1]
    assert.are.equal(doc:sub(src.s, src.e), src.text)
    assert.truthy(src.text:find(A, 1, true))
  end)

  it("merges the fixtures' governor quote across articles b and c", function()
    local r = lede.claims(DOCS)
    local found
    for _, c in ipairs(r.claims) do
      if c.type == "quote" and c.text:find("full of people buying bread", 1, true) then found = c end
    end
    assert.truthy(found)
    assert.are.equal("Oleksandr Prokudin", found.speaker)
    assert.are.same({ 2, 3 }, docs_of(found.sources))
  end)
end)

describe("lede.claims end to end with lede.casualties", function()
  -- This branch carries the numbers branch, so the core reads casualties.
  it("has lede.casualties in this build", function()
    assert.is_function(lede.casualties)
    assert.is_true(claims.has_casualties())
  end)

  it("finds the fixtures' agreement and conflict from the raw articles", function()
    local r = lede.claims(DOCS)
    check_spans(DOCS, r)
    local k = casualty(r, "killed", "Kherson")
    assert.truthy(k)
    assert.are.equal(8, k.count)
    assert.is_true(k.agreed)
    assert.are.same({ 1, 2, 3 }, docs_of(k.sources))
    local i = casualty(r, "injured", "Kherson")
    assert.is_false(i.agreed)
    local counts = {}
    for _, v in ipairs(r.conflicts[i.conflict].values) do counts[#counts + 1] = v.count end
    table.sort(counts)
    assert.are.same({ 27, 30 }, counts)
    assert.are.equal(35, casualty(r, "killed", "Poltava").count)
    assert.are.equal(117, casualty(r, "injured", "Poltava").count)
  end)

  it("reads one article given as a string", function()
    local r = lede.claims(DOCS[4])
    assert.are.equal(35, casualty(r, "killed", "Poltava").count)
    assert.are.equal(1, r.claims[1].sources[1].doc)
  end)

  it("reads one dated HTML page given as a string, as it reads it in an array", function()
    local f = assert(io.open("spec/fixtures/html/wildfire.html", "rb"))
    local page = f:read("*a")
    f:close()
    local one, listed = lede.claims(page), lede.claims({ page })
    assert.is_true(#one.claims > 0)
    assert.are.same(listed, one)
    for _, c in ipairs(one.claims) do
      for _, src in ipairs(c.sources) do assert.are.equal(src.text, page:sub(src.s, src.e)) end
    end
  end)
end)

describe("lede.claims table", function()
  it("renders agreement, conflict and quotes as text", function()
    local out = lede.claims_table(claims.merge(DOCS, fixture_records(DOCS)),
                                  { names = { "a", "b", "c", "d" } })
    assert.truthy(out:find("killed%s+8%s+Kherson%s+agree: a, b, c"))
    assert.truthy(out:find("CONFLICT: 30 (b) vs 27 (c)", 1, true))
    assert.truthy(out:find("at least 35%s+Poltava%s+d"))
  end)

  it("says when there are no casualties and rejects what is not a result", function()
    assert.truthy(lede.claims_table({ claims = {}, conflicts = {} }):find("none found", 1, true))
    assert.is_false(pcall(lede.claims_table, nil))
    assert.is_false(pcall(lede.claims_table, "text"))
  end)
end)

describe("lede.claims bad input", function()
  it("raises for docs that are neither a string nor an array of strings", function()
    for _, bad in ipairs({ 42, true }) do
      local ok, err = pcall(lede.claims, bad)
      assert.is_false(ok)
      assert.truthy(tostring(err):find("string or array of documents expected, got " .. type(bad), 1, true))
    end
    local ok, err = pcall(lede.claims, nil)
    assert.is_false(ok)
    assert.truthy(tostring(err):find("got nil", 1, true))
  end)

  it("names the element that is not a string", function()
    local ok, err = pcall(lede.claims, { "fine", 7 })
    assert.is_false(ok)
    assert.truthy(tostring(err):find("docs[2] is a number", 1, true))
    ok, err = pcall(lede.claims, { "fine", { "nested" } })
    assert.is_false(ok)
    assert.truthy(tostring(err):find("docs[2].text must be a string", 1, true))
    ok, err = pcall(lede.claims, { title = "x" })
    assert.is_false(ok)
    assert.truthy(tostring(err):find("has key title", 1, true))
  end)

  it("returns empty lists for no articles and for empty articles", function()
    assert.are.same({ claims = {}, conflicts = {} }, lede.claims({}))
    assert.are.same({ claims = {}, conflicts = {} }, lede.claims(""))
    assert.are.same({ claims = {}, conflicts = {} }, lede.claims({ "", "  \n" }))
  end)

  it("survives invalid UTF-8 and NUL bytes", function()
    local docs = { "A strike on Kherson killed eight people.\255\0 “Bad \192 bytes here too,” Lind said." }
    local r = lede.claims(docs)
    check_spans(docs, r)
    assert.are.equal(8, casualty(r, "killed", "Kherson").count)
  end)

  it("rejects malformed records given to merge, naming them", function()
    local ok, err = pcall(claims.merge, { "x" }, { { casualties = { { kind = "killed" } } } })
    assert.is_false(ok)
    assert.truthy(tostring(err):find("casualty record 1 of document 1", 1, true))
    ok, err = pcall(claims.merge, { "x" }, { { quotes = { { text = 5 } } } })
    assert.is_false(ok)
    assert.truthy(tostring(err):find("quote 1 of document 1", 1, true))
    ok, err = pcall(claims.merge, { "x" }, "records")
    assert.is_false(ok)
    assert.truthy(tostring(err):find("bad argument #2", 1, true))
  end)

  it("keeps a long list of places apart", function()
    local parts, recs = {}, {}
    local pos = 1
    for i = 1, 3000 do
      local town = "Town" .. i
      local sentence = "A shell hit " .. town .. " and killed " .. (i % 7 + 1) .. " people. "
      local s = pos + #("A shell hit " .. town .. " and ")
      recs[#recs + 1] = { kind = "killed", count = i % 7 + 1, place = town, s = s,
                          e = s + #("killed " .. (i % 7 + 1)) - 1 }
      parts[#parts + 1] = sentence
      pos = pos + #sentence
    end
    local docs = { table.concat(parts) }
    local r = claims.merge(docs, { { casualties = recs } })
    assert.are.equal(3000, #r.claims)
    assert.are.equal(0, #r.conflicts)
    check_spans(docs, r)
  end)

  it("handles many long articles #large", function()
    local docs = {}
    for i = 1, 20 do docs[i] = string.rep(DOCS[(i % 4) + 1] .. "\n\n", 20) end  -- ~350 KB
    local r = lede.claims(docs)
    assert.truthy(casualty(r, "killed", "Kherson"))
  end)
end)
