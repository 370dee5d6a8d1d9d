-- lede.mojibake and lede.entities on small strings: each guess, each
-- refusal, and the cost on hostile input.
local mojibake = require("lede.mojibake")
local article = require("lede.article")

local LQ, RQ, AP = "\226\128\156", "\226\128\157", "\226\128\153"
local ND, MD = "\226\128\147", "\226\128\148"
local A = "\195\162" -- the lone "â" lossy mojibake leaves

local function fix(s) return (mojibake.fix(s)) end

describe("lossy mojibake", function()
  -- two signs of lossy mojibake make the text count as lossy
  local ctx = " " .. A .. "Yes," .. A .. " she said."

  it("guesses apostrophes, quotes and dashes from the neighbours", function()
    assert.are.equal(" " .. LQ .. "Yes," .. RQ .. " she said.", fix(ctx))
    assert.are.equal("Trump" .. AP .. "s plan." .. " " .. LQ .. "Yes," .. RQ .. " she said.",
      fix("Trump" .. A .. "s plan." .. ctx))
    assert.are.equal("we" .. AP .. "re here" .. " " .. LQ .. "Yes," .. RQ .. " she said.",
      fix("we" .. A .. "re here" .. ctx))
    assert.are.equal("persist" .. MD .. "particularly" .. " " .. LQ .. "Yes," .. RQ .. " she said.",
      fix("persist" .. A .. "particularly" .. ctx))
    assert.are.equal("World War II" .. MD .. "as" .. " " .. LQ .. "Yes," .. RQ .. " she said.",
      fix("World War II" .. A .. "as" .. ctx))
    assert.are.equal("M" .. A .. "con" .. " " .. LQ .. "Yes," .. RQ .. " she said.",
      fix("M" .. A .. "con" .. ctx))
    assert.are.equal("2019" .. ND .. "2020" .. " " .. LQ .. "Yes," .. RQ .. " she said.",
      fix("2019" .. A .. "2020" .. ctx))
    assert.are.equal("one " .. MD .. " two" .. " " .. LQ .. "Yes," .. RQ .. " she said.",
      fix("one " .. A .. " two" .. ctx))
  end)

  it("closes an open quote after a word, else reads an apostrophe", function()
    assert.are.equal("a " .. LQ .. "special operation" .. RQ .. " and the leaders" .. AP .. " talks"
      .. " " .. LQ .. "Yes," .. RQ .. " she said.",
      fix("a " .. A .. "special operation" .. A .. " and the leaders" .. A .. " talks" .. ctx))
  end)

  it("drops a stray Â where a no-break space was", function()
    assert.are.equal("the end.", fix("the end.\195\130"))
    assert.are.equal("the end. Next", fix("the end.\195\130 Next"))
    assert.are.equal("\195\130me", fix("\195\130me"))
  end)

  it("leaves a lone â alone when the text shows no lossy mojibake", function()
    for _, s in ipairs({ "le ch" .. A .. "teau", "p" .. A .. "te et g" .. A .. "teau",
      "Trump" .. A .. "s", "th\195\169" .. A .. "tre", "rel" .. A .. "cher" }) do
      assert.are.equal(s, fix(s))
    end
    assert.is_false(mojibake.scan("un ch" .. A .. "teau, l'" .. A .. "ge d'or").lossy)
  end)

  it("keeps short lowercase stems even in lossy text: ch|âteau, p|âte", function()
    local s = "le ch" .. A .. "teau" .. ctx
    assert.is_true(fix(s):find("ch" .. A .. "teau", 1, true) ~= nil)
  end)
end)

describe("changes", function()
  -- clean and article take a fast path when changes() is false, so it must
  -- be true whenever repair would change the text
  local plain = { full = false, lossy = false }
  local lossy = { full = false, lossy = true }

  it("is false on correct French, German and symbols outside lossy text", function()
    for _, s in ipairs({ "le ch\195\162teau et l'\195\169t\195\169", "\195\130g\195\169s de 8 ans",
      "Gr\195\182\195\159e \195\156bung", "\194\163300 at 20\194\176C \194\169 2026",
      "caf\195\169 \226\128\156quoted\226\128\157 \226\128\148 done" }) do
      assert.is_false(mojibake.changes(s, plain), s)
      assert.are.equal(s, mojibake.repair(s, plain, { spaces = true }))
    end
  end)

  it("is true wherever a repair starts", function()
    for _, s in ipairs({ "caf\195\131\194\169", "it\195\162\226\130\172\226\132\162s",
      "a\194\160b", "soft\194\173hyphen", "end.\195\130", "zero\226\128\139width",
      "AT&amp;T", "\239\187\191bom", "cp\2331252" }) do
      assert.is_true(mojibake.changes(s, plain), s)
      assert.are_not.equal(s, mojibake.repair(s, plain, { spaces = true }), s)
    end
  end)

  it("counts a lone \195\162 only in text that shows lossy mojibake", function()
    local s = "Trump\195\162s talks"
    assert.is_false(mojibake.changes(s, plain))
    assert.is_true(mojibake.changes(s, lossy))
    assert.is_true(mojibake.changes(s))
  end)
end)

describe("full mojibake", function()
  it("maps Windows-1252 and Latin-1 readings back to the bytes", function()
    assert.are.equal("caf\195\169", fix("caf\195\131\194\169"))
    assert.are.equal(AP, fix("\195\162\226\130\172\226\132\162"))
    assert.are.equal(LQ .. "hi" .. RQ, fix("\195\162\226\130\172\197\147hi\195\162\226\130\172\194\157"))
    assert.are.equal("\194\160", fix("\195\130\194\160"))
    -- the third byte of ” lost: "â€" alone
    assert.are.equal("said." .. RQ, fix("said.\195\162\226\130\172"))
  end)

  it("reports each change with a span into the input", function()
    local s = "x caf\195\131\194\169 \195\162\226\130\172\226\132\162 y"
    local out, changes = mojibake.fix(s)
    assert.are.equal("x caf\195\169 " .. AP .. " y", out)
    assert.are.equal(2, #changes)
    for _, c in ipairs(changes) do assert.are.equal(c.from, s:sub(c.s, c.e)) end
  end)

  it("refuses sequences that are not UTF-8 once mapped back", function()
    -- "Ã" + "(" is no sequence; overlong E0 80 80 ("à€€") stays
    for _, s in ipairs({ "\195\131(", "\195\160\226\130\172\226\130\172" }) do
      assert.are.equal(s, fix(s))
    end
  end)
end)

describe("text in Windows-1252", function()
  it("is read as Windows-1252 when cleaned, and left alone by fix", function()
    local s = "The minister\146s plan \150 \147a start\148, she said. Caf\233 cr\232me."
    local body, report = article.clean(s)
    assert.are.equal("The minister" .. AP .. "s plan " .. ND .. " " .. LQ .. "a start" .. RQ
      .. ", she said. Caf\195\169 cr\195\168me.", body)
    assert.are.equal(6, #report.repairs)
    assert.are.equal(s, fix(s))
  end)
end)

describe("entities", function()
  local function clean(s) return (article.clean(s)) end
  it("decodes named, decimal, hexadecimal and Windows-1252 references", function()
    assert.are.equal("a & b " .. AP .. " " .. AP .. " " .. MD .. " " .. AP,
      clean("a &amp; b &rsquo; &#8217; &#x2014; &#146;"))
  end)
  it("leaves unknown names, bare ampersands and NUL references", function()
    assert.are.equal("AT&T &bogus; &#0; &#xD800;", clean("AT&T &bogus; &#0; &#xD800;"))
  end)
end)

-- Speed and linearity are measured by `make bench` (bench/article_bench.lua),
-- not asserted here: these specs check that hostile input is handled at all
-- (the mojibake detector once overflowed LPeg's backtrack stack on them).
describe("hostile input", function()
  it("handles lines made to make searches backtrack", function()
    local cases = {
      ("a b c d e f g h i j "):rep(15), -- 300 bytes of one-letter words
      ("\195\169\195\160 "):rep(60), -- French letters, every one a lead byte
      ("\195\131"):rep(150), -- "Ã" repeated: sequence starts everywhere
      ("&"):rep(300), ("&#"):rep(150), ("(photo "):rep(40),
      (A .. "s "):rep(100), ("\226\128"):rep(150),
    }
    for _, line in ipairs(cases) do
      local one = line .. "\n"
      local many = one:rep(2000)
      local art = article.article(many)
      for _, p in ipairs(art.paragraphs) do assert.are.equal(many:sub(p.s, p.e), p.text) end
      assert.is_string((article.clean(many)))
    end
  end)

  it("handles a single 4 MB line and 100 000 blank lines #large", function()
    local big = ("word "):rep(800000)
    local art = article.article(big)
    assert.are.equal(1, #art.paragraphs)
    local body = article.clean(big)
    assert.are.equal(#big - 1, #body)
    local blanks = ("\n"):rep(100000) .. "One paragraph at the end that is long enough, truly."
    art = article.article(blanks)
    assert.are.equal(1, #art.paragraphs)
    assert.are.equal(100001, art.paragraphs[1].s)
  end)

  it("never crashes on NUL bytes and invalid UTF-8, and loses nothing", function()
    local s = "A head\0line here\n\nBody \255\254 text \0 with \192\128 bad bytes, ending here."
    local art = article.article(s)
    assert.are.equal("A head\0line here", art.title)
    local body, report = article.clean(s)
    -- bytes that are not UTF-8 are read as Windows-1252, and reported
    assert.are.equal("Body \195\191\195\190 text \0 with \195\128\226\130\172 bad bytes, ending here.", body)
    assert.are.equal(2, #report.repairs) -- each run of stray bytes is one repair
    for _, r in ipairs(report.repairs) do
      assert.are.equal("cp1252", r.kind)
      assert.are.equal(r.from, s:sub(r.s, r.e))
    end
  end)
end)

describe("clean after article", function()
  it("gives what clean alone gives, even if the article table was changed", function()
    local text = "Headline for a test\n\nBy Ann Lee\n\n"
      .. "OSLO \226\128\148 First paragraph of the story, long enough.\n\nShare this article\n"
    local alone, ralone = article.clean(text)
    local art = article.article(text)
    art.paragraphs[1].s, art.paragraphs[1].heading = 1, true
    art.removed[1].kind = "changed"
    local after, rafter = article.clean(text)
    assert.are.equal(alone, after)
    assert.are.same(ralone, rafter)
    assert.are.equal("share", rafter.removed[1].kind)
  end)
end)
