-- The parts lede.claims is made of, each on its own: the quote merge
-- (lede.claim_quotes) and the place model (lede.claim_places).  The texts
-- are written here, in the shapes of wire copy.
local claim_quotes = require("lede.claim_quotes")
local claim_places = require("lede.claim_places")

local function quote(text, speaker, s)
  return { kind = "direct", text = text, speaker = speaker, s = s or 1, e = (s or 1) + #text - 1 }
end

describe("lede.claim_quotes.merge", function()
  it("merges one statement told by two articles, and keeps two statements apart", function()
    local docs = { "a", "b" }
    local lists = {
      { quote("We will rebuild the bridge before the winter comes", "Mara Velic") },
      { quote("we will rebuild the bridge before winter comes", "Velic", 40),
        quote("The river rose faster than any forecast said", "Velic", 120) },
    }
    local out = claim_quotes.merge(docs, function(d) return lists[d] end)
    assert.are.equal(2, #out)
    assert.are.equal("We will rebuild the bridge before the winter comes", out[1].text)
    assert.are.equal("Mara Velic", out[1].speaker)
    assert.are.same({ 1, 2 }, { out[1].sources[1].doc, out[1].sources[2].doc })
    assert.are.equal(40, out[1].sources[2].s)
    assert.are.equal(1, #out[2].sources)
  end)

  it("joins a speaker spelled one letter off, and keeps another speaker's same words apart", function()
    local lists = {
      { quote("they closed the bridge at dawn today", "Ilse Moravek") },
      { quote("they closed the bridge at dawn today", "Moravec", 9),
        quote("they closed the bridge at dawn today", "Tomas Brenner", 60) },
    }
    local out = claim_quotes.merge({ "a", "b" }, function(d) return lists[d] end)
    assert.are.equal(2, #out)
    assert.are.equal(2, #out[1].sources)
    assert.are.equal("Tomas Brenner", out[2].speaker)
  end)

  it("leaves out quotes of fewer than four words, and names a bad record", function()
    local out = claim_quotes.merge({ "a" }, function() return { quote("Not now, thanks", "Oda") } end)
    assert.are.equal(0, #out)
    local ok, err = pcall(claim_quotes.merge, { "a" }, function() return { { text = 7 } } end)
    assert.is_false(ok)
    assert.matches("quote 1 of document 1 needs text", err)
  end)
end)

describe("lede.claim_places", function()
  it("keys a place by its name, without the words for its kind", function()
    assert.are.same({ "velmar", "Velmar" }, { claim_places.place_key("the Velmar region") })
    assert.are.same({ "velmar", "Velmar" }, { claim_places.place_key("the port city of Velmar") })
    assert.is_nil(claim_places.place_key("the region"))
  end)

  it("finds the last story place a folded context names", function()
    local index = claim_places.place_index({ "velmar", "osk", "lake varna" })
    assert.are.equal("osk", claim_places.last_place_in("a ferry sank near velmar, off osk", index))
    assert.are.equal("lake varna", claim_places.last_place_in("it sank on lake varna", index))
    assert.is_nil(claim_places.last_place_in("it sank at dawn", index))
  end)
end)
