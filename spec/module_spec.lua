local lede = require("lede")

describe("the lede module", function()
  it("has a version", function()
    assert.are.equal("0.1.0", lede.version)
    assert.is_truthy(lede.version:match("^%d+%.%d+%.%d+$"))
  end)

  -- Every build has the whole API: a spec or host that tests a function only
  -- "if lede.x then" would vanish without a word if one went missing.
  it("has every function of the public API", function()
    for _, name in ipairs({ "tokens", "sentences", "fold", "each_token", "each_sentence",
                            "numbers", "casualties", "casualty_totals", "article", "clean",
                            "split_articles", "quotes", "claims", "claims_table",
                            "summarize", "fix_text" }) do
      assert.are.equal("function", type(lede[name]), "lede." .. name)
    end
  end)

  it("loads the native core built for this Lua", function()
    local core = require("lede.core")
    local abi = ({ ["Lua 5.1"] = 501, ["Lua 5.3"] = 503, ["Lua 5.4"] = 504 })[_VERSION]
    assert.are.equal(abi, core._ABI)
    assert.is_truthy(core.utf8proc_version:match("^%d+%.%d+"))
  end)

  it("refuses a core built for another Lua", function()
    -- A core from the wrong build directory must fail loudly when loaded.
    local other = _VERSION == "Lua 5.4" and "build/lua5.1/lede/core.so"
      or "build/lua5.4/lede/core.so"
    local f = io.open(other, "rb")
    assert.is_not_nil(f, other .. " must be built before the specs run")
    f:close()
    local loader, err = package.loadlib(other, "luaopen_lede_core")
    if loader then
      local ok, msg = pcall(loader)
      assert.is_false(ok, "loading " .. other .. " into " .. _VERSION .. " must fail")
      assert.is_truthy(tostring(msg):find("version"))
    else
      assert.is_truthy(err:find("undefined symbol") or err:find("version"), err)
    end
  end)

  it("names the function and argument in type errors", function()
    for _, name in ipairs({ "tokens", "sentences", "fold" }) do
      for _, bad in ipairs({ { nil, "nil" }, { 42, "number" }, { {}, "table" },
                             { true, "boolean" }, { io.stdout, "userdata" } }) do
        local ok, err = pcall(lede[name], bad[1])
        assert.is_false(ok)
        assert.is_truthy(err:find(("bad argument #1 to '%s' (string expected, got %s)")
          :format(name, bad[2]), 1, true), err)
      end
    end
  end)
end)
