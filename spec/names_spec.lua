-- lede.names: the name rules of quote attribution (spelling keys here; the
-- runs and titles are checked through lede.quotes in quotes_spec.lua).
local names = require("lede.names")
local lede = require("lede")

describe("lede.names spelling_key", function()
  it("gives one key to one name in the agencies' transliterations", function()
    local same = {
      { "gaddafi", "qadhafi", "kadafi", "qaddafi", "gadhafi" },
      { "zelensky", "zelenskyy", "zelenskiy", "zelenskij" },
      { "qadhouri", "gaddouri" },
      { "shevchenko", "schevchenko" },
    }
    for _, group in ipairs(same) do
      for i = 2, #group do
        assert.are.equal(names.spelling_key(group[1]), names.spelling_key(group[i]),
          group[1] .. " / " .. group[i])
      end
    end
  end)

  it("keeps different names apart", function()
    local apart = { { "peskov", "pesko" }, { "rubio", "rubin" }, { "marrow", "morrow" },
                    { "kellogg", "kelly" } }
    for _, pair in ipairs(apart) do
      assert.are_not.equal(names.spelling_key(pair[1]), names.spelling_key(pair[2]),
        pair[1] .. " / " .. pair[2])
    end
  end)

  it("keeps bytes it does not know and survives long or odd input", function()
    assert.are.equal("žuk", names.spelling_key("žuk"))
    assert.are.equal("", names.spelling_key(""))
    -- a run of one letter is one letter, however long
    assert.are.equal("bar", names.spelling_key("b" .. ("a"):rep(100000) .. "r"))
  end)
end)

describe("lede.claims one speaker in two transliterations", function()
  it("shows the speaker of both agencies' articles under one spelling", function()
    local a = "Rebels shell Bir Tala\n\nSeptember 21, 2026\n\n"
      .. "Militia commander Nabil Qadhouri said his fighters had targeted an army depot.\n\n"
      .. '"We did not fire on houses," Qadhouri said.\n'
    local b = "Rebel leader denies shelling\n\nSeptember 22, 2026\n\n"
      .. '"We did not fire on houses, we fired on the depot," Nabil Gaddouri said.\n\n'
      .. "Gaddouri added that his men would accept an independent inquiry.\n"
    local r = lede.claims({ a, b })
    local speakers = {}
    for _, c in ipairs(r.claims) do
      if c.type == "quote" then speakers[c.speaker] = (speakers[c.speaker] or 0) + 1 end
    end
    assert.is_nil(speakers["Nabil Gaddouri"])
    assert.is_true((speakers["Nabil Qadhouri"] or 0) >= 3)
  end)
end)
