-- lede.json: what the hosts add around lua-cjson.  Its UTF-8 repair goes
-- through the core's one decoder (core.utf8_valid), so it rejects what
-- utf8proc rejects: overlong forms, surrogates, code points past U+10FFFF.
local json = require("lede.json")

local FFFD = "\239\191\189"

describe("lede.json.valid_utf8", function()
  it("gives valid text back as it is", function()
    local text = "Kyiv \226\128\148 Ky\195\175v, 12\194\176C \240\159\145\141 a\0b"
    assert.are.equal(text, json.valid_utf8(text))
    assert.are.equal("", json.valid_utf8(""))
  end)

  it("replaces each byte that starts no valid sequence with U+FFFD", function()
    assert.are.equal("a" .. FFFD .. "b", json.valid_utf8("a\255b"))
    assert.are.equal(FFFD .. FFFD .. "x", json.valid_utf8("\192\175x"))        -- overlong '/'
    assert.are.equal(FFFD:rep(3), json.valid_utf8("\237\160\128"))             -- a surrogate
    assert.are.equal(FFFD:rep(4), json.valid_utf8("\244\144\128\128"))         -- past U+10FFFF
    assert.are.equal("caf" .. FFFD .. FFFD, json.valid_utf8("caf\226\130"))    -- cut short
    assert.are.equal("\195\169" .. FFFD .. "\195\169", json.valid_utf8("\195\169\128\195\169"))
  end)

  it("makes every string encode() writes valid JSON", function()
    local out = json.encode({ text = "two were hurt \255\254 near the quay", ["k\192"] = 1 })
    local back = assert(json.decode(out))
    assert.are.equal("two were hurt " .. FFFD .. FFFD .. " near the quay", back.text)
    assert.are.equal(1, back["k" .. FFFD])
  end)

  it("repairs a text of many bad bytes whole", function()
    local bad = ("\255a"):rep(50000)
    local fixed = json.valid_utf8(bad)
    assert.are.equal((FFFD .. "a"):rep(50000), fixed)
  end)
end)
