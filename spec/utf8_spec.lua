-- core.utf8_decode and core.utf8_valid: the C core's one UTF-8 decoder
-- (strict, as utf8proc: no overlong forms, no surrogates) for Lua code.
local core = require("lede.core")

describe("core.utf8_decode", function()
  it("reads one character and its length", function()
    assert.are.same({ 97, 1 }, { core.utf8_decode("a", 1) })
    assert.are.same({ 0xE9, 2 }, { core.utf8_decode("caf\195\169", 4) })
    assert.are.same({ 0x2014, 3 }, { core.utf8_decode("x\226\128\148", 2) })
    assert.are.same({ 0x1F44D, 4 }, { core.utf8_decode("\240\159\145\141", 1) })
  end)

  it("gives nil and one byte for what utf8proc rejects", function()
    for _, bad in ipairs({ "\192\175", "\224\128\175", "\237\160\128", "\244\144\128\128",
                           "\128", "\226\128" }) do
      local cp, n = core.utf8_decode(bad, 1)
      assert.is_nil(cp)
      assert.are.equal(1, n)
    end
  end)

  it("refuses a position outside the string, naming the argument", function()
    local ok, err = pcall(core.utf8_decode, "abc", 4)
    assert.is_false(ok)
    assert.matches("bad argument #2", err, 1, true)
    assert.is_false((pcall(core.utf8_decode, "abc", 0)))
    assert.is_false((pcall(core.utf8_decode, {}, 1)))
  end)
end)

describe("core.utf8_valid", function()
  it("accepts valid text, the empty string included", function()
    assert.is_true(core.utf8_valid("Kyiv \226\128\148 Ky\195\175v"))
    assert.is_true(core.utf8_valid(""))
  end)

  it("gives the position of the first bad byte", function()
    assert.are.same({ false, 3 }, { core.utf8_valid("ab\192\175cd") })
    assert.are.same({ false, 2 }, { core.utf8_valid("a\237\160\128") })
    assert.are.same({ false, 1 }, { core.utf8_valid("\255") })
  end)

  it("reads NUL bytes as characters", function()
    assert.is_true(core.utf8_valid("a\0b"))
  end)

  it("reads from a given byte, so that a caller can go on past a bad one", function()
    local text = "ab\192\175cd\255"
    assert.are.same({ false, 4 }, { core.utf8_valid(text, 4) })
    assert.are.same({ false, 7 }, { core.utf8_valid(text, 5) })
    assert.is_true(core.utf8_valid("abc", 4)) -- past the end: nothing to read
    assert.is_true(core.utf8_valid("\255abc", 2))
  end)

  it("refuses a start outside the string, naming the argument", function()
    for _, i in ipairs({ 0, -1, 5 }) do
      local ok, err = pcall(core.utf8_valid, "abc", i)
      assert.is_false(ok)
      assert.matches("bad argument #2", err, 1, true)
    end
  end)
end)
