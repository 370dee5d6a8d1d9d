--- lede's command line as a module, so that it can be tested without a shell.
--
--   local cli = require("lede.cli")
--   local status = cli.main({ "summarize", "--json", "story.txt" }, env)
--
-- env (every field optional): stdin, stdout, stderr (file handles),
-- lede (the library table; require("lede") when absent), progress (boolean:
-- draw the --jsonl progress line on stderr).  main never calls os.exit: it
-- returns the exit status, 0 ok, 1 a problem with the input, 2 a usage error.
--
-- Each command is wired to the library function of the same name and is
-- available when that function exists, so one cli.lua serves every build.
local json = require("lede.json")
local claim_text = require("lede.claim_text")

local io, os, string, table, math, _VERSION = io, os, string, table, math, _VERSION
local type, pairs, ipairs, next, tostring, tonumber, pcall, require, error =
  type, pairs, ipairs, next, tostring, tonumber, pcall, require, error

local M = {}

M.OK, M.INPUT, M.USAGE = 0, 1, 2

-- Raised (as a table) to stop a command with a status and a message.
local function fail(status, message)
  error({ cli_status = status, message = message }, 0)
end

-- Text for display: runs of whitespace (newlines too) become one space.
local function one_line(s)
  return (tostring(s):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

local function field(t, k)
  local v = t[k]
  if v == nil or v == json.null then return nil end
  return v
end

-- Fields of lede's results that hold objects, not lists.
local OBJECT_FIELDS = { spans = true, report = true, counts = true, dateline = true, opts = true,
  casualty_totals = true }

-- Empty tables in a result become JSON arrays ([]), since nearly every empty
-- table in lede's shapes is a list (removed, sources, conflicts ...); the
-- object fields above stay {}.
local function mark_arrays(v, depth, key)
  if type(v) ~= "table" or v == json.null or depth > 50 then return v end
  if next(v) == nil then
    if OBJECT_FIELDS[key] then return v end
    return json.array(v)
  end
  for k, x in pairs(v) do mark_arrays(x, depth + 1, k) end
  return v
end

-- ------------------------------------------------------------- renderers
-- Plain-text output of each command; --json prints the result object.

local function render_list(out, list, line_of)
  for _, item in ipairs(list or {}) do out[#out + 1] = line_of(item) end
end

-- Text from an article as it is shown: repaired (lede.fix_text: mojibake,
-- entities, odd spaces), while the spans in --json still point into the
-- input's bytes.
-- (lede.fix is required on first use, once the library is loaded.)
local fix_show
local function shown(t)
  if fix_show == nil then
    local ok, fix = pcall(require, "lede.fix")
    fix_show = ok and fix.show or false
  end
  if not fix_show then return t end
  return fix_show(t)
end

local function span_text(item)
  return one_line(shown(field(item, "text") or ""))
end

local function opt_fields(item, names)
  local parts = {}
  for _, k in ipairs(names) do
    local v = field(item, k)
    if v ~= nil and v ~= false then
      parts[#parts + 1] = v == true and k or (k .. "=" .. tostring(v))
    end
  end
  return table.concat(parts, " ")
end

-- sentences and tokens in plain text print as they go, through the
-- iterators (lede.each_sentence, lede.each_token): no table per item, so a
-- big file costs no more than its text.  Same lines as the renderers below.
local streamers = {
  sentences = function(lede, text, line)
    for s, e in lede.each_sentence(text) do line(one_line(shown(text:sub(s, e)))) end
  end,
  tokens = function(lede, text, line)
    for s, e, kind in lede.each_token(text) do
      line(kind .. "\t" .. one_line(text:sub(s, e)))
    end
  end,
}

-- Writes the lines streamer gives, a few thousand at a time; as the
-- renderers' output, an empty list is one empty line.
local function stream_lines(env, lede, streamer, text)
  local buf, n, total = {}, 0, 0
  local function line(l)
    n, total = n + 1, total + 1
    buf[n] = l
    if n == 4096 then
      env.stdout:write(table.concat(buf, "\n", 1, n), "\n")
      n = 0
    end
  end
  local ok, err = pcall(streamer, lede, text, line)
  if not ok then fail(M.INPUT, tostring(err)) end
  if n > 0 or total == 0 then env.stdout:write(table.concat(buf, "\n", 1, n), "\n") end
end

local renderers = {
  summarize = function(r) return { r.summary } end,
  -- lede.claims_table when the library has it; otherwise one line a claim.
  claims = function(r, ctx)
    if type(ctx.lede.claims_table) == "function" then
      return { (ctx.lede.claims_table(r, { names = ctx.names }):gsub("\n$", "")) }
    end
    local out = {}
    render_list(out, r.claims, function(c)
      local line = claim_text.describe(c, r, ctx.names)
      return claim_text.is_conflict(c) and ("CONFLICT " .. line) or line
    end)
    return out
  end,
  quotes = function(r)
    local out = {}
    render_list(out, r.quotes, function(q)
      local who = field(q, "speaker") or "-"
      if field(q, "title") then who = who .. " (" .. q.title .. ")" end
      return who .. "\t" .. tostring(field(q, "kind") or "") .. "\t" .. span_text(q)
    end)
    return out
  end,
  article = function(r)
    local a, out = r.article, {}
    for _, k in ipairs({ "title", "source", "date", "section", "byline" }) do
      if field(a, k) then out[#out + 1] = k .. ": " .. one_line(shown(a[k])) end
    end
    local d = field(a, "dateline")
    if type(d) == "table" then
      local agency = field(d, "agency")
      out[#out + 1] = "dateline: " .. one_line(shown(field(d, "place") or field(d, "text") or ""))
        .. (agency and (" (" .. one_line(shown(agency)) .. ")") or "")
    elseif d then
      out[#out + 1] = "dateline: " .. one_line(d)
    end
    out[#out + 1] = ""
    out[#out + 1] = shown(field(a, "body") or "")
    local removed = field(a, "removed") or {}
    if #removed > 0 then out[#out + 1] = "" end
    for _, rm in ipairs(removed) do
      out[#out + 1] = "removed " .. tostring(rm.kind) .. ": " .. span_text(rm)
    end
    return out
  end,
  clean = function(r) return { r.clean } end,
  fix = function(r) return { r.fixed } end,
  sentences = function(r)
    local out = {}
    render_list(out, r.sentences, span_text)
    return out
  end,
  tokens = function(r)
    local out = {}
    render_list(out, r.tokens, function(t) return tostring(t.kind) .. "\t" .. span_text(t) end)
    return out
  end,
  numbers = function(r)
    local out = {}
    render_list(out, r.numbers, function(n)
      return span_text(n) .. "\t" .. tostring(field(n, "value"))
        .. "\t" .. opt_fields(n, { "kind", "approx", "qualifier", "unit", "min", "max" })
    end)
    return out
  end,
  casualties = function(r)
    local out = {}
    render_list(out, r.casualties, function(c)
      return tostring(c.kind) .. "\t" .. tostring(field(c, "count"))
        .. "\t" .. opt_fields(c, { "qualifier", "min", "max", "who", "place", "subset" })
        .. "\t" .. span_text(c)
    end)
    return out
  end,
  -- one line a kind, in a fixed order ("killed\t8"); kinds the article
  -- never counts are left out, as lede.casualty_totals leaves them out
  casualty_totals = function(r)
    local totals, out, kinds = r.casualty_totals, {}, {}
    for kind in pairs(totals) do kinds[#kinds + 1] = kind end
    table.sort(kinds)
    for _, kind in ipairs(kinds) do out[#out + 1] = kind .. "\t" .. tostring(totals[kind]) end
    return out
  end,
}

-- ------------------------------------------------------------- commands

local BUDGETS = { "sentences", "words", "bytes", "ratio" }

-- name -> what it needs; `multi`: several files are one story (docs array).
local commands = {
  summarize = { multi = true, budget = true, args = "FILE...",
    about = "the summary of one article, or of several articles on one story",
    arrives = "the summary module" },
  claims = { multi = true, args = "FILE...",
    about = "casualty counts, numbers and quotes, merged across articles, with conflicts",
    arrives = "the claims module" },
  article = { args = "FILE", about = "headline, dateline, byline, body and the site chrome removed",
    arrives = "the article module" },
  clean = { args = "FILE", about = "the article body as plain text (mojibake and entities repaired)",
    arrives = "the article module" },
  sentences = { args = "FILE", about = "one sentence per line" },
  tokens = { args = "FILE", about = "one token per line: kind, text" },
  quotes = { args = "FILE", about = "direct and reported quotes with their speakers",
    arrives = "the claims module" },
  numbers = { args = "FILE", about = "numbers in digits and words: text, value, details",
    arrives = "the numbers module" },
  casualties = { args = "FILE", about = "killed/injured/missing... counts with qualifiers",
    arrives = "the numbers module" },
  fix = { args = "FILE", about = "the text with its encoding repaired (mojibake, lost bytes); --entities, --spaces: those too; --json: the changes",
    fn = "fix_text", arrives = "lede.fix_text" },
  casualty_totals = { args = "FILE", about = "the article's own totals of killed, injured, missing and more",
    arrives = "the numbers module" },
}
local order = { "summarize", "claims", "quotes", "article", "clean", "sentences", "tokens",
  "numbers", "casualties", "casualty_totals", "fix" }
M.commands = order

-- Runs command `name` on input (a string, or an array of strings for the
-- multi-document commands); returns the result object.  Raises a cli fail on
-- a data problem reported by the library.
local function run_command(lede, name, input, opts)
  local fn = lede[commands[name].fn or name]
  local function check(ok, a, b)
    if not ok then fail(M.INPUT, type(a) == "table" and (a.message or json.encode(a)) or tostring(a)) end
    if a == nil then fail(M.INPUT, tostring(b or "no result")) end
    return a, b
  end
  if name == "summarize" then
    -- Summaries are of the article bodies (no headline, byline or chrome)
    -- when the build has the article grammar, unless opts say otherwise.
    if opts.article == nil and type(lede.article) == "function" then
      local o2 = { article = true }
      for k, v in pairs(opts) do o2[k] = v end
      opts = o2
    end
    local summary, chosen = check(pcall(fn, input, opts))
    return { summary = summary, sentences = chosen or {} }
  elseif name == "fix" then
    local fixed, changes = check(pcall(fn, input, opts))
    return { fixed = fixed, changes = changes or {} }
  elseif name == "clean" then
    local text, report = check(pcall(fn, input))
    return { clean = text, report = report }
  elseif name == "claims" then
    -- { claims = {...}, conflicts = {...} }, the shape lede.claims returns;
    -- a bare list is taken as the claims.
    local r = check(pcall(fn, input))
    if type(r) == "table" and type(r.claims) == "table" then
      return { claims = r.claims, conflicts = r.conflicts or {} }
    end
    return { claims = r, conflicts = {} }
  end
  return { [name] = check(pcall(fn, input)) }
end

-- ------------------------------------------------------------- help

local function usage_text(lede)
  local out = {
    "usage: lede COMMAND [OPTIONS] FILE...     (FILE '-' is standard input)",
    "       lede COMMAND --jsonl [FILE...]     (one JSON object in, one out, per line)",
    "",
    "commands:",
  }
  for _, name in ipairs(order) do
    local c = commands[name]
    local line = ("  %-16s %s"):format(name, c.about)
    if not lede or not lede[c.fn or name] then line = line .. " (not available in this build)" end
    out[#out + 1] = line
  end
  out[#out + 1] = ""
  out[#out + 1] = "common options: --json (one JSON object), --jsonl (streaming filter), --help"
  out[#out + 1] = "exit status: 0 ok, 1 a problem with the input, 2 a usage error"
  out[#out + 1] = "'lede COMMAND --help' describes one command."
  return table.concat(out, "\n") .. "\n"
end

local function command_help(name)
  local c = commands[name]
  local out = { ("usage: lede %s%s [--json] %s"):format(name,
    c.budget and " [--sentences N|--words N|--bytes N|--ratio R] [--method NAME] [--no-article]"
      or "", c.args),
    ("       lede %s%s --jsonl [--strict] [--progress|--no-progress] [FILE...]"):format(name,
    c.budget and " [budget]" or ""),
    "", (c.about:gsub("^%l", string.upper)) .. "." }
  if c.multi then
    out[#out + 1] = "Several files are read as several articles on one story."
  else
    out[#out + 1] = "Reads one file ('-' for standard input)."
  end
  if c.budget then
    out[#out + 1] = "Budget: --sentences N, --words N, --bytes N or --ratio R (0 < R <= 1), one of them."
    out[#out + 1] = "The article body is summarized (headline, byline and site chrome left out) when"
    out[#out + 1] = "this build has the article grammar; --no-article summarizes the whole text."
  end
  out[#out + 1] = "--json prints one JSON object; without it the output is plain text."
  local result = name == "summarize" and '"summary":"...", "sentences":[...]'
    or name == "clean" and '"clean":"...", "report":{...}'
    or name == "claims" and '"claims":[...], "conflicts":[...]'
    or name == "casualty_totals" and '"casualty_totals":{"killed":N, ...}'
    or ('"' .. name .. '":[...]')
  out[#out + 1] = ""
  out[#out + 1] = "--jsonl: a streaming filter.  Each input line"
  out[#out + 1] = '  {"id":..., "text":"..."}'
  if c.multi then out[#out + 1] = '  {"id":..., "docs":["...", "..."]}   (several articles, one story)' end
  out[#out + 1] = "gives one output line"
  out[#out + 1] = '  {"id":..., ' .. result .. "}"
  out[#out + 1] = 'or, for a bad line, {"id":..., "error":"...", "line":N}, and the run goes on.'
  out[#out + 1] = 'A line may carry "opts":{...} to override the options.  Blank lines are'
  out[#out + 1] = "skipped.  Exit status 0 once the input is read to its end (--strict: 1 if"
  out[#out + 1] = "a line failed).  Progress goes to standard error when it is a terminal."
  return table.concat(out, "\n") .. "\n"
end

-- ------------------------------------------------------------- arguments

local function parse_number(opt, v, kind)
  local n = tonumber(v)
  if not n then fail(M.USAGE, ("%s needs a number, got '%s'"):format(opt, tostring(v))) end
  if kind == "ratio" then
    if not (n > 0 and n <= 1) then fail(M.USAGE, opt .. " must be in (0, 1], got " .. v) end
  elseif n < 1 or n ~= math.floor(n) then
    fail(M.USAGE, ("%s needs a whole number >= 1, got '%s'"):format(opt, v))
  end
  return n
end

-- Parses the words after the command name.
local function parse_args(name, args)
  local c = commands[name]
  local o = { files = {}, opts = {} }
  local i, n = 1, #args
  local function value(opt)
    i = i + 1
    if i > n then fail(M.USAGE, opt .. " needs a value") end
    return args[i]
  end
  local only_files = false
  while i <= n do
    local a = args[i]
    local opt, inline = a:match("^(%-%-[%w-]+)=(.*)$")
    opt = opt or a
    local function val() if inline then return inline end return value(opt) end
    if only_files or a == "-" or a:sub(1, 1) ~= "-" then
      o.files[#o.files + 1] = a
    elseif a == "--" then
      only_files = true
    elseif opt == "--help" or opt == "-h" then
      o.help = true
    elseif opt == "--json" then
      o.json = true
    elseif opt == "--jsonl" then
      o.jsonl = true
    elseif opt == "--strict" then
      o.strict = true
    elseif opt == "--progress" then
      o.progress = true
    elseif opt == "--no-progress" then
      o.progress = false
    elseif c.budget and (opt == "--sentences" or opt == "--words" or opt == "--bytes"
        or opt == "--ratio") then
      local key = opt:sub(3)
      o.opts[key] = parse_number(opt, val(), key)
    elseif c.budget and opt == "--method" then
      o.opts.method = val()
    elseif c.budget and opt == "--no-article" then
      o.opts.article = false
    elseif name == "fix" and (opt == "--entities" or opt == "--spaces") then
      o.opts[opt:sub(3)] = true -- lede.fix_text's opts.entities / opts.spaces
    else
      fail(M.USAGE, ("unknown option '%s' for '%s'"):format(a, name))
    end
    i = i + 1
  end
  if o.help then return o end
  local budgets = 0
  for _, k in ipairs(BUDGETS) do if o.opts[k] then budgets = budgets + 1 end end
  if budgets > 1 then fail(M.USAGE, "give one budget: --sentences, --words, --bytes or --ratio") end
  if o.json and o.jsonl then fail(M.USAGE, "--json and --jsonl do not go together") end
  if not o.jsonl then
    if #o.files == 0 then fail(M.USAGE, "no input: give FILE, or - for standard input") end
    if not c.multi and #o.files > 1 then
      fail(M.USAGE, ("'%s' reads one file, got %d"):format(name, #o.files))
    end
  end
  local dashes = 0
  for _, f in ipairs(o.files) do if f == "-" then dashes = dashes + 1 end end
  if dashes > 1 then fail(M.USAGE, "'-' (standard input) given more than once") end
  return o
end

-- ------------------------------------------------------------- input

local function read_input(env, path)
  if path == "-" then
    local text = env.stdin:read("*a")
    if not text then fail(M.INPUT, "cannot read standard input") end
    return text, "standard input"
  end
  local fh, err = io.open(path, "rb")
  if not fh then fail(M.INPUT, "cannot read " .. tostring(err)) end
  local text, rerr = fh:read("*a")
  fh:close()
  if not text then fail(M.INPUT, ("cannot read %s: %s"):format(path, tostring(rerr))) end
  return text, path
end

local function check_text(text, where)
  if not text:find("%S") then fail(M.INPUT, where .. " is empty") end
end

-- ------------------------------------------------------------- --jsonl

-- Turns one decoded line into the command's input and options; returns
-- nil and a message when the line does not have the right shape.
local function line_input(name, rec, base_opts)
  if type(rec) ~= "table" or rec[1] ~= nil then
    return nil, nil, 'a line must be a JSON object {"id":..., "text":...}'
  end
  local input
  local text, docs = field(rec, "text"), field(rec, "docs")
  if text ~= nil and docs ~= nil then return nil, nil, 'give "text" or "docs", not both' end
  if text ~= nil then
    if type(text) ~= "string" then return nil, nil, '"text" must be a string, got ' .. type(text) end
    if not text:find("%S") then return nil, nil, '"text" is empty' end
    input = text
  elseif docs ~= nil then
    if not commands[name].multi then
      return nil, nil, ("'%s' takes one \"text\", not \"docs\""):format(name)
    end
    if type(docs) ~= "table" or #docs == 0 then
      return nil, nil, '"docs" must be a non-empty array of strings'
    end
    for i = 1, #docs do
      if type(docs[i]) ~= "string" then
        return nil, nil, ('"docs"[%d] must be a string, got %s'):format(i, type(docs[i]))
      end
    end
    input = #docs == 1 and docs[1] or docs
  else
    return nil, nil, commands[name].multi and 'a line needs "text" or "docs"' or 'a line needs "text"'
  end
  local opts = base_opts
  local extra = field(rec, "opts")
  if extra ~= nil then
    if type(extra) ~= "table" then return nil, nil, '"opts" must be an object' end
    opts = {}
    for k, v in pairs(base_opts) do opts[k] = v end
    for k, v in pairs(extra) do opts[k] = v end
  end
  return input, opts
end

local function progress_line(env, lines, errors, final)
  env.stderr:write(("\rlede: %d lines, %d errors%s"):format(lines, errors, final and "\n" or ""))
  env.stderr:flush()
end

-- Streams one handle: one output line per non-blank input line.  Memory is
-- one line and its result at a time.
local function stream(env, lede, name, o, fh, state)
  for line in fh:lines() do
    state.lineno = state.lineno + 1
    if line:find("%S") then
      state.lines = state.lines + 1
      local out
      local rec, derr = json.decode((line:gsub("\r$", "")))
      local id = type(rec) == "table" and field(rec, "id") or nil
      if type(id) == "table" then id = nil end
      local input, opts, lerr
      if rec == nil then
        lerr = "not JSON: " .. tostring(derr)
      else
        input, opts, lerr = line_input(name, rec, o.opts)
      end
      if lerr then
        out = { error = lerr }
      else
        local ok, r = pcall(run_command, lede, name, input, opts)
        if ok then
          out = r
        else
          out = { error = type(r) == "table" and r.message or tostring(r) }
        end
      end
      out.id = id == nil and json.null or id
      if out.error then
        out.line = state.lineno
        state.errors = state.errors + 1
      end
      local ok, encoded = pcall(json.encode, mark_arrays(out, 0))
      if not ok then
        state.errors = state.errors + (out.error and 0 or 1)
        encoded = json.encode({ id = out.id, line = state.lineno,
          error = "cannot encode the result: " .. tostring(encoded) })
      end
      env.stdout:write(encoded, "\n")
      if env.progress and state.lines % 100 == 0 and os.time() ~= state.shown then
        state.shown = os.time()
        progress_line(env, state.lines, state.errors)
      end
    end
  end
end

local function run_jsonl(env, lede, name, o)
  local state = { lineno = 0, lines = 0, errors = 0 }
  local inputs = #o.files > 0 and o.files or { "-" }
  for _, path in ipairs(inputs) do
    local fh = env.stdin
    if path ~= "-" then
      local err
      fh, err = io.open(path, "rb")
      if not fh then fail(M.INPUT, "cannot read " .. tostring(err)) end
    end
    state.lineno = 0
    stream(env, lede, name, o, fh, state)
    if path ~= "-" then fh:close() end
  end
  if env.progress then progress_line(env, state.lines, state.errors, true) end
  if state.errors > 0 then
    env.stderr:write(('lede: %d of %d lines failed (see their "error" fields)\n')
      :format(state.errors, state.lines))
    if o.strict then return M.INPUT end
  end
  return M.OK
end

-- ------------------------------------------------------------- main

local function load_lede(env)
  if env.lede then return env.lede end
  local ok, lede = pcall(require, "lede")
  if not ok then
    local msg = tostring(lede):match("^[^\n]*")
    local ver = _VERSION:match("%d+%.%d+")
    local make = ver == "5.1" and "make LUA=luajit" or ("make LUA=lua" .. ver)
    fail(M.INPUT, ("cannot load the lede library for %s (%s); build it with '%s' in the "
      .. "lede directory, or install the rock"):format(_VERSION, msg, make))
  end
  return lede
end

local function run(args, env)
  local name = args[1]
  if name == nil or name == "--help" or name == "-h" or name == "help" then
    local target = name == "help" and args[2]
    if target and commands[target] then
      env.stdout:write(command_help(target))
    else
      local ok, lede = pcall(load_lede, env)
      -- Without a command it is a usage error: the text goes to stderr.
      local out = name == nil and env.stderr or env.stdout
      out:write(usage_text(ok and lede or nil))
    end
    return name == nil and M.USAGE or M.OK
  end
  if name == "--version" then
    local lede = load_lede(env)
    env.stdout:write("lede " .. tostring(lede.version) .. "\n")
    return M.OK
  end
  if not commands[name] then fail(M.USAGE, ("unknown command '%s'"):format(name)) end
  local rest = {}
  for i = 2, #args do rest[#rest + 1] = args[i] end
  local o = parse_args(name, rest)
  if o.help then
    env.stdout:write(command_help(name))
    return M.OK
  end
  local lede = load_lede(env)
  if type(lede[commands[name].fn or name]) ~= "function" then
    fail(M.USAGE, ("'%s' is not available in this build: lede.%s is missing (it comes with %s)")
      :format(name, name, commands[name].arrives or "a newer lede"))
  end
  if o.jsonl then
    if o.progress ~= nil then env.progress = o.progress end
    return run_jsonl(env, lede, name, o)
  end

  local texts = {}
  for i, path in ipairs(o.files) do
    local text, where = read_input(env, path)
    check_text(text, where)
    texts[i] = text
  end
  local input = #texts == 1 and texts[1] or texts
  if not o.json and streamers[name] and type(input) == "string"
     and type(lede.each_sentence) == "function" and type(lede.each_token) == "function" then
    stream_lines(env, lede, streamers[name], input)
    return M.OK
  end
  local result = run_command(lede, name, input, o.opts)
  if name == "fix" and not o.json then -- the text exactly, bytes as they came
    env.stdout:write(result.fixed)
    return M.OK
  end
  if o.json then
    env.stdout:write(json.encode(mark_arrays(result, 0)), "\n")
  else
    local names = {}
    for i, path in ipairs(o.files) do
      names[i] = path == "-" and "stdin" or (path:match("[^/\\]+$") or path)
    end
    local lines = renderers[name](result, { lede = lede, names = names })
    local text = table.concat(lines, "\n")
    env.stdout:write(text, text:sub(-1) == "\n" and "" or "\n")
  end
  return M.OK
end

--- Runs the command line `args` (an array of strings, without the program
-- name); returns the exit status.  Errors are written to env.stderr.
function M.main(args, env)
  env = env or {}
  env.stdin = env.stdin or io.stdin
  env.stdout = env.stdout or io.stdout
  env.stderr = env.stderr or io.stderr
  local ok, status = pcall(run, args, env)
  if ok then return status end
  if type(status) == "table" and status.cli_status then
    env.stderr:write("lede: ", status.message, "\n")
    if status.cli_status == M.USAGE then
      local cmd = commands[args[1] or ""] and args[1]
      env.stderr:write(cmd and ("try 'lede " .. cmd .. " --help'\n") or "try 'lede --help'\n")
    end
    return status.cli_status
  end
  -- A bug, not the user's fault: say so with the message, no traceback.
  env.stderr:write("lede: internal error: ", tostring(status), "\n")
  return M.INPUT
end

--- True when file descriptor 2 is a terminal (asks the shell once; the
-- standard library has no isatty).
function M.stderr_is_tty()
  local r = os.execute("test -t 2")
  return r == true or r == 0
end

return M
