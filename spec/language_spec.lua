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

-- The sentence splitter under a language: its abbreviations
-- (lexicon/<code>/abbreviations.tsv) and, in German, ordinals ("am 3.
-- Oktober") keep a sentence whole where the English lists would cut it.
local SPLITS = {
  de = { text = "Der Prozess beginnt am 3. Oktober vor dem Landgericht. " ..
    "Angeklagt sind u.a. zwei Beamte der Stadtverwaltung, z.B. der Leiter des Bauamts. " ..
    "Dr. Hoffmann vertritt die Stadt. Die Zeugen, ca. dreißig Personen, " ..
    "werden ab dem 12. November gehört. Es geht um Aufträge, Rechnungen usw. " ..
    "Die Anklage spricht von Untreue.",
    want = { "Der Prozess beginnt am 3. Oktober vor dem Landgericht.",
      "Angeklagt sind u.a. zwei Beamte der Stadtverwaltung, z.B. der Leiter des Bauamts.",
      "Dr. Hoffmann vertritt die Stadt.",
      "Die Zeugen, ca. dreißig Personen, werden ab dem 12. November gehört.",
      "Es geht um Aufträge, Rechnungen usw.",
      "Die Anklage spricht von Untreue." } },
  fr = { text = "M. Lefèvre a présenté le budget de la commune lundi. " ..
    "Mme. Garnier, son adjointe, a chiffré les travaux à env. deux millions d'euros. " ..
    "Les écoles, p. ex. celle du centre, seront rénovées.",
    want = { "M. Lefèvre a présenté le budget de la commune lundi.",
      "Mme. Garnier, son adjointe, a chiffré les travaux à env. deux millions d'euros.",
      "Les écoles, p. ex. celle du centre, seront rénovées." } },
  es = { text = "La Sra. Morales presentó la denuncia ante la Dra. Ortega el viernes. " ..
    "El expediente tiene aprox. doscientas páginas. " ..
    "El Sr. Núñez dijo que no. Su abogado pidió más tiempo.",
    want = { "La Sra. Morales presentó la denuncia ante la Dra. Ortega el viernes.",
      "El expediente tiene aprox. doscientas páginas.",
      "El Sr. Núñez dijo que no.",
      "Su abogado pidió más tiempo." } },
  it = { text = "Il Sig. Ferri ha incontrato il dott. Galli in municipio. " ..
    "Hanno discusso di strade, scuole, parcheggi ecc. " ..
    "Poi il sindaco ha convocato il consiglio.",
    want = { "Il Sig. Ferri ha incontrato il dott. Galli in municipio.",
      "Hanno discusso di strade, scuole, parcheggi ecc.",
      "Poi il sindaco ha convocato il consiglio." } },
}

local function texts(list)
  local out = {}
  for i, s in ipairs(list) do out[i] = s.text end
  return out
end

describe("the sentence splitter under a language", function()
  for code, case in pairs(SPLITS) do
    it("reads the abbreviations of " .. code, function()
      assert.are.same(case.want, texts(lede.sentences(case.text, code)))
    end)

    it("cuts " .. code .. " otherwise with the English lists", function()
      assert.are_not.same(case.want, texts(lede.sentences(case.text)))
    end)

    it("gives summarize whole sentences of " .. code, function()
      local _, picks = lede.summarize(case.text, { ratio = 1, language = code })
      assert.are.same(case.want, texts(picks))
      for _, p in ipairs(picks) do
        assert.are.equal(p.text, case.text:sub(p.s, p.e))
      end
    end)
  end

  it("keeps the English split with no language or 'en'", function()
    local text = "Mr. Park met Gen. Ito on Jan. 5. The talks ended at 3 p.m. Both left."
    local plain = lede.sentences(text)
    assert.are.same(plain, lede.sentences(text, "en"))
    assert.are.same(plain, lede.sentences(text, nil))
    assert.are.equal(3, #plain)
  end)

  it("refuses a language the lexicon does not have, naming the argument", function()
    for _, bad in ipairs({ "xx", "german", "", 3, true, "de\0x" }) do
      local ok, err = pcall(lede.sentences, "One. Two.", bad)
      assert.is_false(ok)
      assert.matches("bad argument #2 to 'sentences'", err, 1, true)
    end
  end)
end)
