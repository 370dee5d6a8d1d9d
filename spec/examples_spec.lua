-- The runnable examples, run as a user would run them.
local lua = arg and arg[-1] or "lua5.4"

local function run(cmd)
  local p = assert(io.popen(cmd .. " 2>&1"))
  local out = p:read("*a")
  local ok = p:close()
  return out, ok
end

describe("examples", function()
  it("demo.lua shows every sample article", function()
    local out = run(lua .. " examples/demo.lua examples/articles")
    for _, name in ipairs({ "01_wire_talks", "02_tagged_mojibake", "03_headline_byline",
                            "04_duplicated_body", "05_dated_chrome" }) do
      assert.is_truthy(out:find(name, 1, true), name .. " missing from the demo")
    end
    -- structure, repaired text, one-story summary and the claims table
    assert.is_truthy(out:find("headline: Geneva Talks Inch Forward", 1, true), out)
    assert.is_truthy(out:find("removed: breaking ×2, byline, bio ×2, comments", 1, true), out)
    assert.is_falsy(out:find("â", 1, true), "mojibake left in the demo")
    assert.is_truthy(out:find("one story, 5 sources", 1, true), out)
    assert.is_truthy(out:find("killed%s+6%s+Marisol%s+agree: 01, 02, 03, 05"), out)
    assert.is_truthy(out:find("CONFLICT: 41 (02) vs 38 (05)", 1, true), out)
  end)

  it("claims.lua prints the claims table of a directory", function()
    local out = run(lua .. " examples/claims.lua examples/articles")
    assert.is_truthy(out:find("injured%s+41 | 38%s+Marisol"), out)
  end)

  it("demo.lua fails clearly on a directory without articles", function()
    local out = run(lua .. " examples/demo.lua spec/c")
    assert.is_truthy(out:find("no .txt articles", 1, true), out)
  end)
end)
