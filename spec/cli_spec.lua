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

  it("lists every command in --help", function()
    local _, out = run({ "--help" })
    for _, name in ipairs(cli.commands) do
      assert.truthy(out:find("\n  " .. name .. " ", 1, true), name)
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

  it("prints valid JSON for invalid UTF-8, and refuses binary input (finding 6)", function()
    local text = "Smoke rose. Two were hurt \255\254 near the quay. Crews left."
    local status, out = run({ "sentences", "--json", "-" }, text)
    assert.are.equal(0, status)
    local r = assert(json.decode(out))
    assert.is_true(#r.sentences >= 2)
    assert.truthy(out:find("\239\191\189", 1, true), out) -- U+FFFD for the bad bytes
    -- machine code (NUL bytes) and terminal escapes are not text: exit 1, nothing printed
    for _, binary in ipairs({ "\127ELF\2\1\1\0\0\0 code", ("\27[2J\27[31m red"):rep(20),
                              "\255\254a\0b\0" }) do
      local st, o, err = run({ "summarize", "-" }, binary)
      assert.are.equal(1, st)
      assert.are.equal("", o)
      assert.truthy(err:find("standard input is not a text file", 1, true), err)
    end
    -- a stray control character in real text is shown as U+FFFD, not sent to the terminal
    local st, o = run({ "sentences", "-" }, "Crews left at \27noon. Smoke rose over the quay.")
    assert.are.equal(0, st)
    assert.falsy(o:find("\27", 1, true), o)
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

  it("wires each command to the library", function()
    for _, name in ipairs(cli.commands) do
      local status, out, err = run({ name, "--json", ARTICLE })
      assert.are.equal(0, status, name .. ": " .. err)
      local r = assert(json.decode(out))
      local key = name == "summarize" and "summary" or name == "fix" and "changes" or name
      assert.is_not_nil(r[key], name)
    end
  end)

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

  it("ranks the summary towards --focus words, as the library's focus option does", function()
    local story = FIX .. "council-budget.txt"
    local status, plain = run({ "summarize", "--sentences", "1", story })
    assert.are.equal(0, status)
    assert.is_nil(plain:find("bus crash", 1, true), plain)
    local focused
    status, focused = run({ "summarize", "--sentences", "1", "--focus", "bus crash", story })
    assert.are.equal(0, status)
    assert.truthy(focused:find("bus crash", 1, true), focused)
    -- the same pick as lede.summarize with focus = on the article body
    local _, picks = lede.summarize(slurp(story), { sentences = 1, focus = "bus crash",
      article = true })
    assert.are.equal(picks[1].text .. "\n", focused)
    -- --focus=WORDS, and a focus on the toll
    local toll
    status, toll = run({ "summarize", "--sentences=1", "--focus=casualties", story })
    assert.are.equal(0, status)
    assert.truthy(toll:find("killed three", 1, true), toll)
  end)

  it("refuses --focus without words, and on commands that do not rank", function()
    local story = FIX .. "council-budget.txt"
    local status, _, err = run({ "summarize", story, "--focus" })
    assert.are.equal(2, status)
    assert.matches("%-%-focus needs a value", err)
    status, _, err = run({ "summarize", "--focus", "", story })
    assert.are.equal(2, status)
    assert.matches("%-%-focus needs words to rank towards", err)
    status, _, err = run({ "claims", "--focus", "bus", story })
    assert.are.equal(2, status)
    assert.matches("unknown option '%-%-focus' for 'claims'", err)
    local _, help = run({ "summarize", "--help" })
    assert.truthy(help:find("--focus WORDS", 1, true), help)
  end)

  it("lists claims across files and marks where they conflict", function()
    local a, b = FIX .. "conflict-a.txt", FIX .. "conflict-b.txt"
    local status, out, err = run({ "claims", a, b })
    assert.are.equal(0, status, err)
    assert.truthy(out:find("CONFLICT", 1, true), out)
    assert.truthy(out:find("conflict-a.txt", 1, true), out)
    assert.falsy(out:find(FIX, 1, true), out) -- short names, not paths
    status, out = run({ "claims", "--json", a, b })
    assert.are.equal(0, status)
    local r = assert(json.decode(out))
    assert.is_true(#r.claims >= 1)
    assert.is_true(#r.conflicts >= 1)
    local texts = { slurp(a), slurp(b) }
    for _, c in ipairs(r.claims) do
      for _, src in ipairs(c.sources) do
        assert.are.equal(src.text, texts[src.doc]:sub(src.s, src.e))
        assert.are.equal(({ a, b })[src.doc], src.file)
      end
    end
  end)

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
  end)

  describe("usage and input errors", function()
    it("7: a bad option value is a usage error; a directory is an input error", function()
      local status, out, err = run({ "summarize", "--method", "foo", ARTICLE })
      assert.are.equal(2, status)
      assert.are.equal("", out)
      assert.truthy(err:find("method", 1, true) and err:find("try 'lede summarize --help'", 1, true), err)
      status, out, err = run({ "summarize", "--format", "yaml", ARTICLE })
      assert.are.equal("", out)
      assert.are.equal(2, status)
      assert.truthy(err:find("text, markdown or json", 1, true), err)
      for _, args in ipairs({ { "summarize", "--jsonl", "spec" }, { "summarize", "spec" } }) do
        status, _, err = run(args)
        assert.are.equal(1, status)
        assert.truthy(err:find("spec", 1, true) and err:find("directory", 1, true), err)
        assert.falsy(err:find("internal error", 1, true), err)
      end
    end)

    it("8: a multi-file summary names the file of each sentence, one a line", function()
      local status, out = run({ "summarize", "--sentences", "4", ARTICLE, ARTICLE2 })
      assert.are.equal(0, status)
      local got = lines_of(out)
      assert.is_true(#got >= 2 and #got <= 4)
      local seen = {}
      for _, l in ipairs(got) do
        local name, sentence = l:match("^(harbor%-fire[%-2]*%.txt): (.+)$")
        assert.truthy(name, l)
        seen[name] = true
        assert.truthy(article:find(sentence, 1, true) or slurp(ARTICLE2):find(sentence, 1, true), sentence)
      end
      assert.is_true(seen["harbor-fire.txt"] or seen["harbor-fire-2.txt"])
      -- one file: one bare sentence a line
      local _, single = run({ "summarize", "--sentences", "2", ARTICLE })
      for _, l in ipairs(lines_of(single)) do assert.truthy(article:find(l, 1, true), l) end
      -- markdown: a list
      local _, md = run({ "summarize", "--format", "markdown", "--sentences", "2", ARTICLE })
      for _, l in ipairs(lines_of(md)) do assert.truthy(l:find("^%- "), l) end
      -- JSON: the file names, not only the document numbers
      local _, js = run({ "summarize", "--json", "--sentences", "4", ARTICLE, ARTICLE2 })
      local r = assert(json.decode(js))
      assert.are.same({ ARTICLE, ARTICLE2 }, r.files)
      for _, p in ipairs(r.sentences) do assert.are.equal(r.files[p.doc], p.file) end
    end)

    it("8: the claims table is narrow, --full shows whole quotes, a file counts once", function()
      local long_dir = os.tmpname()
      os.remove(long_dir)
      assert(os.execute("mkdir -p " .. long_dir .. "/a/very/long/directory/name/for/the/sources"))
      local a = long_dir .. "/a/very/long/directory/name/for/the/sources/conflict-a.txt"
      local fh = assert(io.open(a, "wb"))
      fh:write(slurp(FIX .. "conflict-a.txt"))
      fh:close()
      local status, out = run({ "claims", a, FIX .. "conflict-b.txt" })
      assert.are.equal(0, status)
      local widest = 0
      for _, l in ipairs(lines_of(out)) do
        local _, cont = l:gsub("[\128-\191]", "")
        widest = math.max(widest, #l - cont)
      end
      assert.is_true(widest <= 90, "a line of " .. widest .. " columns:\n" .. out)
      assert.falsy(out:find(long_dir, 1, true), out)
      local _, full = run({ "claims", "--full", a, FIX .. "conflict-b.txt" })
      assert.truthy(full:find("killed six people", 1, true) and #full > #out, full)
      assert.falsy(full:find("…", 1, true), full)
      os.execute("rm -rf " .. long_dir)
      local st, _, err = run({ "claims", ARTICLE, ARTICLE })
      assert.are.equal(2, st)
      assert.truthy(err:find("given more than once", 1, true), err)
    end)

    it("9: --jsonl echoes every id byte for byte", function()
      local ids = { "1500000000000000001", "9007199254740993", "1e400", "-0.0", '"x\\u00e9"',
        '"caf\195\169"', "[1, 2]", '{"k": 1}', "true", "null" }
      local lines = {}
      for i, id in ipairs(ids) do lines[i] = '{"text": "One. Two.", "id": ' .. id .. "}" end
      local status, out = run({ "sentences", "--jsonl" }, table.concat(lines, "\n"))
      assert.are.equal(0, status)
      for i, l in ipairs(lines_of(out)) do
        assert.are.equal('{"id":' .. ids[i] .. ",", l:sub(1, #ids[i] + 7))
        assert.truthy(json.decode(l), l)
      end
    end)

    it("9: the JSON reader is strict about numbers and skips a BOM", function()
      for _, bad in ipairs({ '{"id":01,"text":"A."}', '{"id":1.,"text":"A."}', '{"id":.5,"text":"A."}' }) do
        local _, out = run({ "sentences", "--jsonl" }, bad)
        local r = assert(json.decode(out))
        assert.truthy(r.error and r.error:find("not JSON", 1, true), out)
      end
      local _, out = run({ "sentences", "--jsonl" }, '\239\187\191{"id":3,"text":"A. B."}')
      local r = assert(json.decode(out))
      assert.is_nil(r.error)
      assert.are.equal(3, r.id)
    end)

    it("10: loading lede leaves no global lpeg behind", function()
      assert.is_nil(rawget(_G, "lpeg"))
    end)

    it("10: nothing found prints nothing, and says so on stderr", function()
      local status, out, err = run({ "casualty_totals", "-" }, "The ferry left on time.")
      assert.are.equal(0, status)
      assert.are.equal("", out)
      assert.truthy(err:find("no casualty counts found", 1, true), err)
    end)

    it("12: each command's --help names the fields its --json output has", function()
      for _, name in ipairs(cli.commands) do
        local _, help = run({ name, "--help" })
        local shape = help:match("%-%-format json %(or %-%-json%): one object,\n  ([^\n]+)")
        assert.truthy(shape, name .. " --help:\n" .. help)
        local _, out = run({ name, "--json", ARTICLE })
        local r = assert(json.decode(out))
        local top = shape:match("^{\"([%w_]+)\"")
        assert.is_not_nil(r[top], name .. ": " .. top)
        if name == "article" then
          assert.truthy(shape:find("an object", 1, true))
          assert.are.equal("string", type(r.article.body))
        end
      end
      local _, claims_help = run({ "claims", "--help" })
      assert.falsy(claims_help:find("casualty counts, numbers", 1, true), claims_help)
    end)
  end)

  describe("input size", function()
    it("8: a long --jsonl line is read whole, in blocks", function()
      local text = ("Smoke rose over the quay, é. "):rep(20000) -- 600 KB, one line
      local status, out = run({ "sentences", "--jsonl" }, json.encode({ id = 1, text = text }))
      assert.are.equal(0, status)
      local r = assert(json.decode(out))
      assert.are.equal(20000, #r.sentences)
    end)

    it("9: an input over --max-bytes is refused with the limit named", function()
      local status, out, err = run({ "sentences", "--max-bytes", "1K", "-" }, ("Word. "):rep(400))
      assert.are.equal(1, status)
      assert.are.equal("", out)
      assert.truthy(err:find("larger than the limit of 1 KiB", 1, true) and err:find("--max-bytes", 1, true), err)
      assert.are.equal(0, (run({ "sentences", "--max-bytes", "4K", "-" }, ("Word. "):rep(400))))
      -- a --jsonl line over the limit (a stream that never ends in a newline, as /dev/zero)
      local st, _, e2 = run({ "sentences", "--jsonl", "--max-bytes", "64K" }, ("x"):rep(200000))
      assert.are.equal(1, st)
      assert.truthy(e2:find("line 1 is longer than the limit of 64 KiB", 1, true), e2)
      local bad = run({ "sentences", "--max-bytes", "lots", "-" }, "A.")
      assert.are.equal(2, bad)
    end)

    it("9: /dev/zero is refused at the limit, not read until memory runs out", function()
      local fh = io.open("/dev/zero", "rb")
      if not fh then return end
      fh:close()
      local status, _, err = run({ "sentences", "--max-bytes", "2M", "/dev/zero" })
      assert.are.equal(1, status)
      assert.truthy(err:find("/dev/zero is larger than the limit of 2 MiB", 1, true), err)
    end)
  end)
end)
