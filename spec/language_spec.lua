-- summarize's opts.language: the Snowball stemmer and stop words of each
-- language (lexicon/languages.tsv), on short stories written for this spec.
local lede = require("lede")

-- One story per language: two sentences share the story's content words
-- (inflected differently), one is made of function words only.
local STORIES = {
  es = { text = "Las inundaciones cortaron la carretera del valle el lunes. " ..
    "Los vecinos dijeron que las inundaciones llegaron de noche. " ..
    "Es lo que es, y para los que no lo ven, lo que hay es lo que hay con todo. " ..
    "El alcalde pidió ayuda para limpiar la carretera tras la inundación.",
    lead = "Las inundaciones cortaron la carretera del valle el lunes." },
  fr = { text = "Les pompiers ont maîtrisé l'incendie de la forêt mardi. " ..
    "Selon les pompiers, l'incendie a détruit trois cents hectares. " ..
    "Il est vrai que ce qui est dit est dit, et que nous ne le savons pas pour eux. " ..
    "Le préfet a remercié les pompiers pour leur travail contre les incendies.",
    lead = "Les pompiers ont maîtrisé l'incendie de la forêt mardi." },
  de = { text = "Die Feuerwehr löschte den Brand im Hafen am Dienstag. " ..
    "Nach Angaben der Feuerwehr zerstörte der Brand zwei Lagerhallen. " ..
    "Es ist so, dass er es nicht war und dass sie es auch nicht mit ihm hat. " ..
    "Der Bürgermeister dankte der Feuerwehr für die Arbeit an den Bränden.",
    lead = "Die Feuerwehr löschte den Brand im Hafen am Dienstag." },
  it = { text = "I pompieri hanno spento gli incendi nei boschi sopra il paese martedì. " ..
    "Secondo il comandante dei pompieri, un incendio ha bruciato il bosco vicino al paese. " ..
    "È così, e non è che lui non lo sia stato per loro, ma è quello che è con tutti noi. " ..
    "Il sindaco ha ringraziato il corpo dei pompieri per il lavoro contro ogni incendio nel bosco.",
    lead = "I pompieri hanno spento gli incendi nei boschi sopra il paese martedì." },
}

-- Centrality alone decides: no position prior, no headline.
local function central(text, language)
  return (lede.summarize(text, { sentences = 1, language = language, lead = 0, headline = 0 }))
end

describe("summarize opts.language", function()
  for code, story in pairs(STORIES) do
    it("picks the most central sentence of a story in " .. code, function()
      assert.are.equal(story.lead, central(story.text, code))
    end)

    it("reads " .. code .. " otherwise than English does", function()
      -- English keeps this language's function words as terms and leaves
      -- its accented words unstemmed, so the graph differs
      assert.are_not.equal(central(story.text, code), central(story.text, "en"))
    end)
  end

  it("defaults to English", function()
    local text = STORIES.es.text
    assert.are.equal(central(text, "en"), central(text, nil))
  end)

  it("keeps spans into the caller's text in every language", function()
    for code, story in pairs(STORIES) do
      local _, picks = lede.summarize(story.text, { sentences = 2, language = code })
      assert.are.equal(2, #picks)
      for _, p in ipairs(picks) do
        assert.are.equal(p.text, story.text:sub(p.s, p.e))
      end
    end
  end)

  it("refuses a language it has no lexicon for, naming the option", function()
    for _, bad in ipairs({ "xx", "english", "", 3, true }) do
      local ok, err = pcall(lede.summarize, "One sentence. Two sentences.", { language = bad })
      assert.is_false(ok)
      assert.matches("bad option 'language' to 'summarize'", err, 1, true)
      assert.matches("'en', 'es', 'fr', 'de', 'it'", err, 1, true)
    end
  end)
end)
