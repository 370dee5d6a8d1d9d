-- The command line as a module: lede.cli.main(args, env) with real files
-- for stdin/stdout/stderr.  spec/cli_test.sh runs bin/lede as a process.
local cli = require("lede.cli")
local json = require("lede.json")
local lede = require("lede")

local FIX = "spec/fixtures/hosts/"
local ARTICLE = FIX .. "harbor-fire.txt"
local ARTICLE2 = FIX .. "harbor-fire-2.txt"

local function slurp(path)
  local fh = assert(io.open(path, "rb"))
  local s = fh:read("*a")
  fh:close()
  return s
end

-- Runs the cli; returns status, stdout text, stderr text.
local function run(args, stdin_text, env)
  env = env or {}
  local stdin = io.tmpfile()
  stdin:write(stdin_text or "")
  stdin:seek("set")
  env.stdin, env.stdout, env.stderr = stdin, io.tmpfile(), io.tmpfile()
  local status = cli.main(args, env)
  local function text(fh) fh:seek("set") return fh:read("*a") end
  return status, text(env.stdout), text(env.stderr)
end

local function lines_of(s)
  local out = {}
  for line in s:gmatch("([^\n]*)\n") do out[#out + 1] = line end
  return out
end

describe("lede cli", function()
  local article = slurp(ARTICLE)

  it("prints one sentence per line", function()
    local status, out, err = run({ "sentences", ARTICLE })
    assert.are.equal(0, status, err)
    local expected = lede.sentences(article)
    local got = lines_of(out)
    assert.is_true(#expected >= 5)
    assert.are.equal(#expected, #got)
    assert.are.equal("The cause of the fire is not yet known.", got[#got])
  end)

  it("reads standard input for '-'", function()
    local status, out = run({ "sentences", "-" }, article)
    local _, from_file = run({ "sentences", ARTICLE })
    assert.are.equal(0, status)
    assert.are.equal(from_file, out)
  end)

  it("prints tokens as kind and text", function()
    local status, out = run({ "tokens", "-" }, "Fire at 9 pm, www.elsin.example says.")
    assert.are.equal(0, status)
    local got = lines_of(out)
    assert.are.equal("word\tFire", got[1])
    assert.are.equal("number\t9", got[3])
    assert.truthy(out:find("url\twww.elsin.example", 1, true))
  end)

  it("prints sentences and tokens as it goes, the same lines as the lists give", function()
    -- more lines than one write holds (4096), and sentences over lines
    local text = ("Yes. It rained\nall day.  "):rep(3000)
    local status, out = run({ "sentences", "-" }, text)
    assert.are.equal(0, status)
    local want = {}
    for i, s in ipairs(lede.sentences(text)) do want[i] = s.text:gsub("%s+", " ") end
    assert.are.same(want, lines_of(out))
    status, out = run({ "tokens", "-" }, text)
    assert.are.equal(0, status)
    want = {}
    for i, t in ipairs(lede.tokens(text)) do want[i] = t.kind .. "\t" .. t.text end
    assert.are.same(want, lines_of(out))
  end)

  it("prints --json results whose spans point into the input", function()
    local status, out = run({ "sentences", "--json", ARTICLE })
    assert.are.equal(0, status)
    local r = assert(json.decode(out))
    assert.is_true(#r.sentences >= 5)
    for _, s in ipairs(r.sentences) do
      assert.are.equal(s.text, article:sub(s.s, s.e))
    end
  end)

  it("answers --help for the tool and for each command", function()
    local status, out = run({ "--help" })
    assert.are.equal(0, status)
    assert.truthy(out:find("usage: lede COMMAND", 1, true))
    for _, name in ipairs(cli.commands) do
      local st, o = run({ name, "--help" })
      assert.are.equal(0, st)
      assert.truthy(o:find("usage: lede " .. name, 1, true), name)
      local st2, o2 = run({ "help", name })
      assert.are.equal(0, st2)
      assert.are.equal(o, o2)
    end
  end)

  it("marks the commands this build lacks in --help", function()
    local _, out = run({ "--help" })
    for _, name in ipairs(cli.commands) do
      local line = out:match("\n  " .. name .. " [^\n]*")
      assert.truthy(line, name)
      local fn = name == "fix" and "fix_text" or name
      assert.are.equal(lede[fn] == nil, line:find("not available in this build", 1, true) ~= nil)
    end
  end)

  it("exits 2 on usage errors, with a hint", function()
    local cases = {
      {},
      { "frobnicate", ARTICLE },
      { "sentences" },
      { "sentences", "--bogus", ARTICLE },
      { "sentences", ARTICLE, ARTICLE2 },
      { "sentences", "-", "-" },
      { "sentences", "--json", "--jsonl" },
      { "summarize", "--sentences", "0", ARTICLE },
      { "summarize", "--sentences", "two", ARTICLE },
      { "summarize", "--ratio", "1.5", ARTICLE },
      { "summarize", "--sentences", "2", "--words", "40", ARTICLE },
      { "summarize", "--words" },
    }
    for _, args in ipairs(cases) do
      local status, out, err = run(args)
      assert.are.equal(2, status, table.concat(args, " "))
      assert.truthy(err:find("^lede: ") or err:find("^usage: "), err)
      if #args > 0 then
        assert.are.equal("", out)
        assert.truthy(err:find("try 'lede", 1, true), err)
      end
    end
  end)

  it("exits 1 on input problems, naming the input", function()
    local status, _, err = run({ "sentences", FIX .. "no-such-file.txt" })
    assert.are.equal(1, status)
    assert.truthy(err:find("no-such-file.txt", 1, true))

    status, _, err = run({ "sentences", FIX })
    assert.are.equal(1, status)
    assert.truthy(err:find("cannot read", 1, true), err)

    status, _, err = run({ "sentences", "-" }, " \n\t\n")
    assert.are.equal(1, status)
    assert.truthy(err:find("standard input is empty", 1, true), err)
  end)

  it("survives NUL bytes and invalid UTF-8, printing valid JSON", function()
    local text = "Smoke rose.\0 Two were hurt \255\254 near the quay. Crews left."
    local status, out = run({ "sentences", "--json", "-" }, text)
    assert.are.equal(0, status)
    local r = assert(json.decode(out))
    assert.is_true(#r.sentences >= 2)
  end)

  it("prints an article's casualty totals, one kind a line, or as an object", function()
    local status, out = run({ "casualty_totals", FIX .. "conflict-a.txt" })
    assert.are.equal(0, status)
    assert.are.equal("injured\t22\nkilled\t6\n", out)
    status, out = run({ "casualty_totals", "--json", FIX .. "conflict-a.txt" })
    assert.are.equal(0, status)
    assert.are.same({ killed = 6, injured = 22 }, json.decode(out).casualty_totals)
    -- no count at all: an empty object, not a list
    status, out = run({ "casualty_totals", "--json", "-" }, "The ferry left on time.")
    assert.are.equal(0, status)
    assert.are.equal('{"casualty_totals":{}}\n', out)
  end)

  it("says a missing capability is not available in this build", function()
    local partial = { sentences = lede.sentences, tokens = lede.tokens, version = lede.version }
    for _, name in ipairs({ "summarize", "claims", "article", "clean", "numbers", "casualties",
                            "casualty_totals" }) do
      local status, out, err = run({ name, ARTICLE }, nil, { lede = partial })
      assert.are.equal(2, status)
      assert.are.equal("", out)
      assert.truthy(err:find("'" .. name .. "' is not available in this build", 1, true), err)
    end
  end)

  it("wires each command of the real library when it exists", function()
    for _, name in ipairs(cli.commands) do
      local status, out, err = run({ name, "--json", ARTICLE })
      if lede[name == "fix" and "fix_text" or name] then
        assert.are.equal(0, status, name .. ": " .. err)
        local r = assert(json.decode(out))
        local key = name == "summarize" and "summary" or name == "fix" and "changes" or name
        assert.is_not_nil(r[key], name)
      else
        assert.are.equal(2, status)
        assert.truthy(err:find("not available in this build", 1, true))
      end
    end
  end)

  if lede.summarize then
    it("summarizes under a sentence budget, one or several files", function()
      local status, out = run({ "summarize", "--sentences", "2", "--json", ARTICLE })
      assert.are.equal(0, status)
      local r = assert(json.decode(out))
      assert.is_true(#r.sentences >= 1 and #r.sentences <= 2)
      for _, s in ipairs(r.sentences) do assert.are.equal(s.text, article:sub(s.s, s.e)) end
      local texts = { article, slurp(ARTICLE2) }
      status, out = run({ "summarize", "--words", "60", "--json", ARTICLE, ARTICLE2 })
      assert.are.equal(0, status)
      r = assert(json.decode(out))
      for _, s in ipairs(r.sentences) do
        assert.are.equal(s.text, texts[s.doc]:sub(s.s, s.e))
      end
      local plain_status, plain = run({ "summarize", "--sentences", "2", ARTICLE })
      assert.are.equal(0, plain_status)
      assert.truthy(#plain > 20)
    end)
  end

  if lede.summarize and lede.article then
    it("summarizes the article body unless --no-article", function()
      local body_s = lede.article(article).body_s
      assert.is_true(body_s > 1)
      local status, out = run({ "summarize", "--json", ARTICLE })
      assert.are.equal(0, status)
      for _, p in ipairs(assert(json.decode(out)).sentences) do
        assert.is_true(p.s >= body_s, p.text)
      end
      status, out = run({ "summarize", "--json", "--no-article", "--method", "lead",
        "--sentences", "1", ARTICLE })
      assert.are.equal(0, status)
      local picks = assert(json.decode(out)).sentences
      assert.are.equal(1, #picks)
      assert.is_true(picks[1].s < body_s, picks[1].text)
    end)
  end

  if lede.claims then
    it("lists claims across files and marks where they conflict", function()
      local a, b = FIX .. "conflict-a.txt", FIX .. "conflict-b.txt"
      local status, out, err = run({ "claims", a, b })
      assert.are.equal(0, status, err)
      assert.truthy(out:find("CONFLICT", 1, true), out)
      assert.truthy(out:find("conflict-a.txt", 1, true), out)
      status, out = run({ "claims", "--json", a, b })
      assert.are.equal(0, status)
      local r = assert(json.decode(out))
      assert.is_true(#r.claims >= 1)
      assert.is_true(#r.conflicts >= 1)
      local texts = { slurp(a), slurp(b) }
      for _, c in ipairs(r.claims) do
        for _, src in ipairs(c.sources) do
          assert.are.equal(src.text, texts[src.doc]:sub(src.s, src.e))
        end
      end
    end)
  end

  describe("--jsonl", function()
    it("writes one line per input line, with its id", function()
      local input = table.concat({
        json.encode({ id = "a1", text = "Crews arrived at dawn. The fire was out by noon." }),
        "",
        json.encode({ id = 7, text = article }),
        "   ",
        json.encode({ id = "a3", text = "One sentence only." }),
      }, "\n") .. "\n"
      local status, out, err = run({ "sentences", "--jsonl" }, input)
      assert.are.equal(0, status, err)
      local got = lines_of(out)
      assert.are.equal(3, #got)
      local ids = {}
      for i, line in ipairs(got) do
        local r = assert(json.decode(line))
        ids[i] = r.id
        assert.is_nil(r.error)
        assert.is_true(#r.sentences >= 1)
      end
      assert.are.same({ "a1", 7, "a3" }, ids)
      assert.are.equal("", err)
    end)

    it("answers a bad line with an error object and goes on", function()
      local input = table.concat({
        '{"id":"ok1","text":"Smoke rose over the quay."}',
        '{"id":"broken", "text":',
        '["not", "an", "object"]',
        '{"id":"n","text":42}',
        '{"id":"e","text":"   "}',
        '{"id":"d","docs":["A story."]}',
        '{"id":"both","text":"x.","docs":["y."]}',
        '{"text":"No id here, still processed."}',
        '{"id":"ok2","text":"Crews left at noon."}',
      }, "\n")
      local status, out, err = run({ "sentences", "--jsonl" }, input)
      assert.are.equal(0, status)
      local got = lines_of(out)
      assert.are.equal(9, #got)
      local r = {}
      for i, line in ipairs(got) do r[i] = assert(json.decode(line)) end
      assert.are.equal("ok1", r[1].id)
      assert.is_nil(r[1].error)
      assert.are.equal(json.null, r[2].id)
      assert.are.equal(2, r[2].line)
      assert.truthy(r[2].error:find("not JSON", 1, true))
      assert.truthy(r[3].error:find("JSON object", 1, true))
      assert.are.equal("n", r[4].id)
      assert.truthy(r[4].error:find('"text" must be a string', 1, true))
      assert.truthy(r[5].error:find("empty", 1, true))
      assert.truthy(r[6].error:find("not \"docs\"", 1, true))
      assert.truthy(r[7].error:find("not both", 1, true))
      assert.are.equal(json.null, r[8].id)
      assert.is_nil(r[8].error)
      assert.are.equal("ok2", r[9].id)
      assert.is_nil(r[9].error)
      assert.truthy(err:find("6 of 9 lines failed", 1, true), err)

      local strict = run({ "sentences", "--jsonl", "--strict" }, input)
      assert.are.equal(1, strict)
    end)

    it("reads JSONL files given as arguments", function()
      local path = os.tmpname()
      local fh = assert(io.open(path, "wb"))
      fh:write('{"id":1,"text":"First. Second."}\r\n{"id":2,"text":"Third."}\n')
      fh:close()
      local status, out = run({ "tokens", "--jsonl", path })
      os.remove(path)
      assert.are.equal(0, status)
      local got = lines_of(out)
      assert.are.equal(2, #got)
      assert.are.equal(2, assert(json.decode(got[2])).id)
    end)

    it("draws a progress line on stderr only when asked", function()
      local lines = {}
      for i = 1, 250 do lines[i] = json.encode({ id = i, text = "Line " .. i .. " here." }) end
      local input = table.concat(lines, "\n")
      local status, out, err = run({ "tokens", "--jsonl" }, input, { progress = true })
      assert.are.equal(0, status)
      assert.are.equal(250, #lines_of(out))
      assert.truthy(err:find("lede: 250 lines, 0 errors\n", 1, true), err)
      local _, _, quiet = run({ "tokens", "--jsonl", "--no-progress" }, input, { progress = true })
      assert.are.equal("", quiet)
    end)

    if lede.summarize then
      it("summarizes text and docs lines with per-line options", function()
        local input = table.concat({
          json.encode({ id = "one", text = article, opts = { sentences = 1 } }),
          json.encode({ id = "two", docs = { article, slurp(ARTICLE2) } }),
          json.encode({ id = "bad", text = article, opts = { sentences = "many" } }),
        }, "\n")
        local status, out = run({ "summarize", "--jsonl", "--sentences", "2" }, input)
        assert.are.equal(0, status)
        local got = lines_of(out)
        assert.are.equal(3, #got)
        local one = assert(json.decode(got[1]))
        assert.are.equal(1, #one.sentences)
        local two = assert(json.decode(got[2]))
        assert.is_true(#two.sentences >= 1 and #two.sentences <= 2)
        assert.are.equal("string", type(two.summary))
        local bad = assert(json.decode(got[3]))
        assert.are.equal("bad", bad.id)
        assert.are.equal("string", type(bad.error))
      end)
    end
  end)
end)
