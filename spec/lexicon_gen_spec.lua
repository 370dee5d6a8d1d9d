-- lexicon/gen.lua on a copy of the tree: a key or a class that no C file of
-- the core tests fails `--check` (make test-lexicon), and only warns on a
-- plain run, which still writes the tables (a reading may not be written
-- yet).
local function interpreter()
  local i = -1
  while arg and arg[i - 1] do i = i - 1 end
  return arg and arg[i] or "lua5.4"
end
local LUA = interpreter()

-- Runs cmd in dir; returns its exit status and output (stdout and stderr).
-- Without the sanitizer runtime the ASan run preloads: cp and the plain
-- interpreter are not built for it.
local function run(dir, cmd)
  local p = assert(io.popen("unset LD_PRELOAD; cd '" .. dir .. "' && " .. cmd
    .. " 2>&1; echo \"rc=$?\""))
  local out = p:read("*a")
  p:close()
  local rc = tonumber(out:match("rc=(%d+)%s*$"))
  return rc, out:gsub("rc=%d+%s*$", "")
end

local function append(path, text)
  local f = assert(io.open(path, "ab"))
  f:write(text)
  f:close()
end

local function rewrite(path, from, to)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  local n
  s, n = s:gsub(from, to)
  f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
  return n
end

describe("lexicon/gen.lua", function()
  local dir
  before_each(function()
    dir = os.tmpname()
    os.remove(dir)
    assert.are.equal(0, (run(".", "mkdir -p '" .. dir .. "/lua/lede' && cp -R lexicon csrc '"
      .. dir .. "/' && cp lua/lede/lexicon_en.lua lua/lede/languages.lua '" .. dir .. "/lua/lede/'")))
  end)
  after_each(function()
    run(".", "rm -rf '" .. dir .. "'")
  end)

  it("passes --check on the tree as it is", function()
    local rc, out = run(dir, LUA .. " lexicon/gen.lua --check")
    assert.are.equal(0, rc, out)
    assert.matches("lexicon: 4 passed, 0 failed", out, 1, true)
  end)

  it("fails --check on a key no C file tests, naming it", function()
    append(dir .. "/lexicon/en/casualty_words.tsv", "tsunami\t\ttsunami\n")
    local rc, out = run(dir, LUA .. " lexicon/gen.lua")
    assert.are.equal(0, rc, out) -- a plain run writes the tables and warns
    assert.matches("warning: .*K_TSUNAMI", out)
    rc, out = run(dir, LUA .. " lexicon/gen.lua --check")
    assert.are_not.equal(0, rc)
    assert.matches("K_TSUNAMI", out, 1, true)
  end)

  it("fails --check on a class no reading tests any more", function()
    assert.is_true(rewrite(dir .. "/csrc/lede_casualties.c", "CC_PREVENT", "CC_NEGATION") > 0)
    local rc, out = run(dir, LUA .. " lexicon/gen.lua --check")
    assert.are_not.equal(0, rc)
    assert.matches("CC_PREVENT", out, 1, true)
  end)

  -- The splitter reads as many letters before a period as the longest
  -- English abbreviation has: gen.lua writes the figure from the file.
  it("writes LEDE_EN_ABBREV_MAX from the longest English abbreviation", function()
    local function max_in(path)
      local f = assert(io.open(path, "rb"))
      local n = f:read("*a"):match("#define LEDE_EN_ABBREV_MAX (%d+)")
      f:close()
      return tonumber(n)
    end
    assert.are.equal(6, max_in(dir .. "/csrc/lede_lexicon.h")) -- approx, messrs
    append(dir .. "/lexicon/en/abbreviations.tsv", "intl.dept\tabbreviation\n"
      .. "Lieut\ttitle\nsuperintendent\tabbreviation\n")
    local rc, out = run(dir, LUA .. " lexicon/gen.lua --check")
    assert.are_not.equal(0, rc)
    assert.matches("csrc/lede_lexicon.h: differs", out, 1, true)
    rc, out = run(dir, LUA .. " lexicon/gen.lua")
    assert.are.equal(0, rc, out)
    assert.are.equal(14, max_in(dir .. "/csrc/lede_lexicon.h"))
  end)

  it("fails on an English abbreviation the splitter cannot read, or a wrong kind", function()
    append(dir .. "/lexicon/en/abbreviations.tsv", "caf\195\169\tabbreviation\n")
    local rc, out = run(dir, LUA .. " lexicon/gen.lua")
    assert.are_not.equal(0, rc)
    assert.matches("ASCII letters and inner periods only", out, 1, true)
    rc = run(dir, "sed -i '$d' lexicon/en/abbreviations.tsv")
    assert.are.equal(0, rc)
    append(dir .. "/lexicon/de/abbreviations.tsv", "Bay\tplace\n")
    rc, out = run(dir, LUA .. " lexicon/gen.lua")
    assert.are_not.equal(0, rc)
    assert.matches("the kind of 'Bay' is abbreviation or title", out, 1, true)
  end)

  it("fails on a starter that is not one capitalized word", function()
    append(dir .. "/lexicon/en/starters.tsv", "the\n")
    local rc, out = run(dir, LUA .. " lexicon/gen.lua")
    assert.are_not.equal(0, rc)
    assert.matches("a starter is a capitalized ASCII word", out, 1, true)
  end)
end)
