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
-- Each command is wired to the library function of the same name.
local input = require("lede.cli_input")

local io, os, table, math, _VERSION = io, os, table, math, _VERSION
local type, pairs, ipairs, next, tostring, tonumber, pcall, require, error =
  type, pairs, ipairs, next, tostring, tonumber, pcall, require, error

local M = {}

M.OK, M.INPUT, M.USAGE = 0, 1, 2

-- lede.json (lua-cjson and the strict reader) on first use: a summary
-- printed as text needs none of it, and loading it was a tenth of the
-- command's start-up.
local json = setmetatable({}, { __index = function(t, k)
  local lib = require("lede.json")
  setmetatable(t, { __index = lib })
  return lib[k]
end })

-- Raised (as a table) to stop a command with a status and a message.
local function fail(status, message)
  error({ cli_status = status, message = message }, 0)
end

-- Text for display: runs of whitespace (newlines too) become one space, and
-- control characters (a terminal's escape sequences) become U+FFFD.
local function one_line(s)
  return (tostring(s):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
    :gsub("[%z\1-\8\14-\31\127]", "\239\191\189"))
end

local function field(t, k)
  local v = t[k]
  -- (JSON null is a light userdata: a string or table is never it)
  if v == nil or (type(v) == "userdata" and v == json.null) then return nil end
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
-- Both read an HTML page's main text (page_text below).
local page_text
local streamers = {
  sentences = function(lede, text, line, opts)
    text = page_text(text, opts, "sentences")
    for s, e in lede.each_sentence(text) do line(one_line(shown(text:sub(s, e)))) end
  end,
  tokens = function(lede, text, line, opts)
    text = page_text(text, opts, "tokens")
    for s, e, kind in lede.each_token(text) do
      line(kind .. "\t" .. one_line(text:sub(s, e)))
    end
  end,
}

-- The text the text-level commands (sentences, tokens) read: an HTML page's
-- main text and its lede.html doc (to move spans into the page), or the text
-- as it is.  opts.format (--input) says which it is; by default the text
-- tells.  (lede.numbers, lede.casualties and the other readers do this
-- themselves.)
function page_text(text, opts, name)
  local format = opts and opts.format
  -- (no "<" in the 8 KiB head html.is_html reads: no page, and lede.html
  -- is not loaded)
  if format == nil and not text:sub(1, 8192):find("<", 1, true) then return text, nil end
  return require("lede.html").prepare(text, format, name)
end

-- Writes the lines streamer gives, a few thousand at a time; returns how
-- many (none: nothing is written, as for the renderers).
local function stream_lines(env, lede, streamer, text, opts)
  local buf, n, total = {}, 0, 0
  local function line(l)
    n, total = n + 1, total + 1
    buf[n] = l
    if n == 4096 then
      env.stdout:write(table.concat(buf, "\n", 1, n), "\n")
      n = 0
    end
  end
  local ok, err = pcall(streamer, lede, text, line, opts)
  if not ok then fail(M.INPUT, tostring(err)) end
  if n > 0 then env.stdout:write(table.concat(buf, "\n", 1, n), "\n") end
  return total
end

-- Each renderer gives the lines of one command's result; ctx: lede, names
-- (a short name per file), full (whole quotes), markdown (--format markdown).
-- An empty list of lines prints nothing; main says "none found" on stderr.
local function bullets(ctx, lines)
  if not ctx.markdown then return lines end
  for i, l in ipairs(lines) do lines[i] = "- " .. l end
  return lines
end

-- "PORT ELSIN" -> "PORT ELSIN" (markdown: its special characters escaped)
local function md(ctx, s)
  if not ctx.markdown then return s end
  return (s:gsub("[\\`*_%[%]#|<>]", "\\%0"))
end

local renderers = {
  -- one sentence a line, "name: sentence" when several files are summarized
  summarize = function(r, ctx)
    local out = {}
    for _, p in ipairs(r.sentences) do
      local line = md(ctx, one_line(field(p, "text") or ""))
      local name = #ctx.names > 1 and ctx.names[field(p, "doc") or 1]
      if name then line = ctx.markdown and (line .. " *(" .. md(ctx, name) .. ")*") or (name .. ": " .. line) end
      out[#out + 1] = line
    end
    return bullets(ctx, out)
  end,
  -- lede.claims_table: narrow, short source names; --full: whole quotes
  claims = function(r, ctx)
    if #r.claims == 0 then return {} end
    local t = ctx.lede.claims_table(r, { names = ctx.names, width = ctx.full and math.huge or 72 })
    local lines = {}
    for l in t:gmatch("([^\n]*)\n") do lines[#lines + 1] = l end
    if ctx.markdown then
      table.insert(lines, 1, "```")
      lines[#lines + 1] = "```"
    end
    return lines
  end,
  quotes = function(r, ctx)
    local out = {}
    render_list(out, r.quotes, function(q)
      local who = field(q, "speaker") or "-"
      if field(q, "title") then who = who .. " (" .. q.title .. ")" end
      if ctx.markdown then
        return ("**%s** (%s): %s"):format(md(ctx, one_line(who)), tostring(field(q, "kind") or ""),
          md(ctx, span_text(q)))
      end
      return one_line(who) .. "\t" .. tostring(field(q, "kind") or "") .. "\t" .. span_text(q)
    end)
    return bullets(ctx, out)
  end,
  article = function(r, ctx)
    local a, out = r.article, {}
    local mdk = ctx.markdown and function(k) return "**" .. k .. "**" end or function(k) return k end
    if ctx.markdown and field(a, "title") then out[#out + 1] = "# " .. md(ctx, one_line(a.title)) end
    for _, k in ipairs({ "title", "source", "date", "section", "byline" }) do
      if field(a, k) and not (ctx.markdown and k == "title") then
        out[#out + 1] = mdk(k) .. ": " .. md(ctx, one_line(shown(a[k])))
      end
    end
    local d = field(a, "dateline")
    if type(d) == "table" then
      local agency = field(d, "agency")
      out[#out + 1] = mdk("dateline") .. ": " .. md(ctx, one_line(shown(field(d, "place") or field(d, "text") or ""))
        .. (agency and (" (" .. one_line(shown(agency)) .. ")") or ""))
    elseif d then
      out[#out + 1] = mdk("dateline") .. ": " .. md(ctx, one_line(d))
    end
    out[#out + 1] = ""
    out[#out + 1] = shown(field(a, "body") or "")
    local removed = field(a, "removed") or {}
    if #removed > 0 then out[#out + 1] = "" end
    for _, rm in ipairs(removed) do
      out[#out + 1] = (ctx.markdown and "> " or "") .. "removed " .. tostring(rm.kind) .. ": "
        .. md(ctx, span_text(rm))
    end
    return out
  end,
  clean = function(r) return { r.clean } end,
  fix = function(r) return { r.fixed } end,
  sentences = function(r, ctx)
    local out = {}
    render_list(out, r.sentences, function(x) return md(ctx, span_text(x)) end)
    return bullets(ctx, out)
  end,
  tokens = function(r, ctx)
    local out = {}
    render_list(out, r.tokens, function(t) return tostring(t.kind) .. "\t" .. md(ctx, span_text(t)) end)
    return bullets(ctx, out)
  end,
  numbers = function(r, ctx)
    local out = {}
    render_list(out, r.numbers, function(n)
      return md(ctx, span_text(n)) .. "\t" .. tostring(field(n, "value"))
        .. "\t" .. opt_fields(n, { "kind", "approx", "qualifier", "unit", "min", "max" })
    end)
    return bullets(ctx, out)
  end,
  casualties = function(r, ctx)
    local out = {}
    render_list(out, r.casualties, function(c)
      return tostring(c.kind) .. "\t" .. tostring(field(c, "count"))
        .. "\t" .. opt_fields(c, { "qualifier", "min", "max", "who", "place", "subset" })
        .. "\t" .. md(ctx, span_text(c))
    end)
    return bullets(ctx, out)
  end,
  -- one line a kind, in a fixed order ("killed\t8"); kinds the article
  -- never counts are left out, as lede.casualty_totals leaves them out
  casualty_totals = function(r, ctx)
    local totals, out, kinds = r.casualty_totals, {}, {}
    for kind in pairs(totals) do kinds[#kinds + 1] = kind end
    table.sort(kinds)
    for _, kind in ipairs(kinds) do out[#out + 1] = kind .. "\t" .. tostring(totals[kind]) end
    return bullets(ctx, out)
  end,
}

-- What "none found" means for each command's empty output.
local NOTHING = { summarize = "no sentences", claims = "no claims", quotes = "no quotes",
  sentences = "no sentences", tokens = "no tokens", numbers = "no numbers",
  casualties = "no casualty counts", casualty_totals = "no casualty counts" }

-- ------------------------------------------------------------- commands

local BUDGETS = { "sentences", "words", "bytes", "ratio" }

-- lede fix's options: the flag -> lede.fix_text's option
local FIX_OPTIONS = { ["--entities"] = "entities", ["--spaces"] = "spaces",
  ["--ligatures"] = "ligatures", ["--widths"] = "widths", ["--controls"] = "controls",
  ["--line-breaks"] = "line_breaks" }

-- name -> what it takes and prints.  multi: several files are one story;
-- text: the plain-text output, json: the --json object (help shows both).
local commands = {
  summarize = { multi = true, budget = true, args = "FILE...",
    about = "the summary of one article, or of several articles on one story",
    text = { "One picked sentence a line, in the order of the text; with several files",
      "each line starts with the file's name (\"a.txt: ...\")." },
    json = '{"summary":"...", "sentences":[{"text":, "score":, "doc":, "file":, "s":, "e":}],'
      .. ' "files":[...]}' },
  claims = { multi = true, full = true, args = "FILE...",
    about = "casualty counts and quotes, merged across articles, with conflicts",
    text = { "A table of casualty counts (kind, count, place, sources: agree/CONFLICT) and",
      "the quotes by speaker; sources are the files' short names.  Quotes are cut",
      "to 72 bytes; --full prints them whole.  Numbers other than casualty counts",
      "are not claims: 'lede numbers' lists them." },
    json = '{"claims":[{"type":"casualty"|"quote", ..., "sources":[{"doc":, "file":, "s":, "e":}]}],'
      .. ' "conflicts":[...], "files":[...]}' },
  article = { args = "FILE", about = "headline, dateline, byline, body and the site chrome removed",
    text = { "title:, source:, date:, section:, byline:, dateline: lines (those found), a",
      "blank line, the body, and one 'removed KIND: text' line per piece of chrome." },
    json = '{"article":{"title":, "dateline":{...}, "date":, "byline":, "body":,'
      .. ' "paragraphs":[...], "removed":[{"kind":, "text":, "s":, "e":}]}}  (an object)' },
  clean = { args = "FILE", about = "the article body as plain text (mojibake and entities repaired)",
    text = { "The cleaned text." },
    json = '{"clean":"...", "report":{...}}' },
  sentences = { args = "FILE", about = "one sentence per line",
    text = { "One sentence a line (its whitespace made single spaces)." },
    json = '{"sentences":[{"text":, "s":, "e":}]}' },
  tokens = { args = "FILE", about = "one token per line: kind, text",
    text = { "KIND<TAB>TEXT, one token a line." },
    json = '{"tokens":[{"text":, "kind":, "s":, "e":}]}' },
  quotes = { args = "FILE", about = "direct and reported quotes with their speakers",
    text = { "SPEAKER (TITLE)<TAB>KIND<TAB>QUOTE, one quote a line ('-': no speaker found)." },
    json = '{"quotes":[{"text":, "kind":, "speaker":, "s":, "e":}]}' },
  numbers = { args = "FILE", about = "numbers in digits and words: text, value, details",
    text = { "TEXT<TAB>VALUE<TAB>DETAILS (kind, approx, qualifier, unit, min, max), one a line." },
    json = '{"numbers":[{"text":, "value":, "kind":, "s":, "e":}]}' },
  casualties = { args = "FILE", about = "killed/injured/missing... counts with qualifiers",
    text = { "KIND<TAB>COUNT<TAB>DETAILS<TAB>TEXT, one claim a line." },
    json = '{"casualties":[{"kind":, "count":, "qualifier":, "s":, "e":}]}' },
  fix = { args = "FILE",
    about = "the text with its encoding repaired (mojibake, lost bytes); --entities, --spaces, "
      .. "--ligatures, --widths, --controls, --line-breaks: those too; --json: the changes",
    fn = "fix_text",
    text = { "The text exactly, its encoding repaired; every other byte as it came." },
    json = '{"fixed":"...", "changes":[{"s":, "e":, "from":, "to":, "kind":}]}' },
  casualty_totals = { args = "FILE",
    about = "the article's own totals of killed, injured, missing and more",
    text = { "KIND<TAB>TOTAL, one line a kind found, kinds in alphabetical order." },
    json = '{"casualty_totals":{"killed":N, ...}}' },
}
local order = { "summarize", "claims", "quotes", "article", "clean", "sentences", "tokens",
  "numbers", "casualties", "casualty_totals", "fix" }
M.commands = order

-- The library's message without the position it was raised at.
local function message_of(a)
  if type(a) == "table" then return a.message or json.encode(a) end
  return (tostring(a):gsub("^[^\n:]*:%d+: ", ""))
end

-- Runs command `name` on input (a string, or an array of strings for the
-- multi-document commands); returns the result object.  A bad option is a
-- usage error (every option comes from the command line or the line's
-- "opts"); other failures are input problems.
local function run_command(lede, name, text, opts)
  local fn = lede[commands[name].fn or name]
  local function check(ok, a, b)
    if not ok then
      local msg = message_of(a)
      local bad_opt = msg:find("option '", 1, true) and msg:find(" to '" .. name .. "'", 1, true)
      fail(bad_opt and M.USAGE or M.INPUT, msg)
    end
    if a == nil then fail(M.INPUT, tostring(b or "no result")) end
    return a, b
  end
  if name == "summarize" then
    -- Summaries are of the article bodies (no headline, byline or chrome)
    -- unless the options say otherwise.
    if opts.article == nil then
      local o2 = { article = true }
      for k, v in pairs(opts) do o2[k] = v end
      opts = o2
    end
    local summary, chosen = check(pcall(fn, text, opts))
    return { summary = summary, sentences = chosen or {} }
  elseif name == "fix" then
    local fixed, changes = check(pcall(fn, text, opts))
    return { fixed = fixed, changes = changes or {} }
  end
  -- the other commands take one option, format (--input): how to read the text
  local read = opts.format ~= nil and { format = opts.format } or nil
  if name == "clean" then
    local cleaned, report = check(pcall(fn, text, read))
    return { clean = cleaned, report = report }
  elseif name == "claims" then
    local r = check(pcall(fn, text, read))
    return { claims = r.claims, conflicts = r.conflicts or {} }
  elseif name == "sentences" or name == "tokens" then
    -- (their second argument is not options: the page is read here)
    local ok, main, doc = pcall(page_text, text, read, name)
    check(ok, main)
    local list = check(pcall(fn, main))
    if doc then require("lede.html").remap(doc, list) end
    return { [name] = list }
  end
  return { [name] = check(pcall(fn, text, read)) }
end

-- Adds the file names to a multi-document result: "files", and "file" next
-- to every "doc" index (picked sentences, claims' sources).
local function add_files(result, files)
  result.files = files -- (never empty: no json.array needed)
  local function mark(list)
    for _, x in ipairs(list or {}) do
      if type(x) == "table" and type(x.doc) == "number" then x.file = files[x.doc] end
    end
  end
  mark(result.sentences)
  for _, c in ipairs(result.claims or {}) do mark(c.sources) end
  return result
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

local FORMATS = { text = true, markdown = true, json = true }
local INPUTS = { html = true, text = true, markdown = true }

-- Parses the words after the command name.
local function parse_args(name, args)
  local c = commands[name]
  local o = { files = {}, opts = {}, format = "text", limit = input.DEFAULT_LIMIT }
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
      o.format = "json"
    elseif opt == "--format" then
      o.format = val()
      if not FORMATS[o.format] then
        fail(M.USAGE, ("--format takes text, markdown or json, not '%s'"):format(o.format))
      end
    elseif opt == "--jsonl" then
      o.jsonl = true
    elseif opt == "--strict" then
      o.strict = true
    elseif opt == "--progress" then
      o.progress = true
    elseif opt == "--no-progress" then
      o.progress = false
    elseif opt == "--max-bytes" then
      local v = val()
      o.limit = input.parse_size(v)
      if not o.limit then
        fail(M.USAGE, ("--max-bytes needs a size in bytes (K, M, G allowed), got '%s'"):format(v))
      end
    elseif c.full and opt == "--full" then
      o.full = true
    elseif c.budget and (opt == "--sentences" or opt == "--words" or opt == "--bytes"
        or opt == "--ratio") then
      local key = opt:sub(3)
      o.opts[key] = parse_number(opt, val(), key)
    elseif c.budget and opt == "--method" then
      o.opts.method = val()
    elseif c.budget and opt == "--no-article" then
      o.opts.article = false
    elseif c.budget and opt == "--focus" then
      -- lede.summarize's focus: words or a phrase to rank towards
      local words = val()
      if not words:find("%S") then fail(M.USAGE, "--focus needs words to rank towards") end
      o.opts.focus = words
    elseif name ~= "fix" and opt == "--input" then
      -- how to read the input (the library's format option): fix repairs
      -- the bytes as they are, whatever they hold
      local v = val()
      if not INPUTS[v] then
        fail(M.USAGE, ("--input takes html, text or markdown, not '%s'"):format(v))
      end
      o.opts.format = v
    elseif name == "fix" and FIX_OPTIONS[opt] then
      o.opts[FIX_OPTIONS[opt]] = true -- lede.fix_text's opts of that name
    else
      fail(M.USAGE, ("unknown option '%s' for '%s'"):format(a, name))
    end
    i = i + 1
  end
  if o.help then return o end
  local budgets = 0
  for _, k in ipairs(BUDGETS) do if o.opts[k] then budgets = budgets + 1 end end
  if budgets > 1 then fail(M.USAGE, "give one budget: --sentences, --words, --bytes or --ratio") end
  if o.jsonl and o.format ~= "text" then
    fail(M.USAGE, "--jsonl writes JSON lines; it does not go with --json or --format")
  end
  if not o.jsonl then
    if #o.files == 0 then fail(M.USAGE, "no input: give FILE, or - for standard input") end
    if not c.multi and #o.files > 1 then
      fail(M.USAGE, ("'%s' reads one file, got %d"):format(name, #o.files))
    end
  end
  local seen = {}
  for _, f in ipairs(o.files) do
    if seen[f] then
      fail(M.USAGE, f == "-" and "'-' (standard input) given more than once"
        or ("'%s' given more than once (each file is one source)"):format(f))
    end
    seen[f] = true
  end
  return o
end

-- Short, distinct names of the files for text output: the base name
-- ("harbor-fire.txt"), with parent directories when two would read the same.
local function short_names(files)
  local function base(path, parents)
    if path == "-" then return "stdin" end
    local parts = {}
    for p in path:gmatch("[^/\\]+") do parts[#parts + 1] = p end
    return table.concat(parts, "/", math.max(1, #parts - parents))
  end
  local names = {}
  for parents = 0, 8 do
    local count = {}
    for i, f in ipairs(files) do
      names[i] = base(f, parents)
      count[names[i]] = (count[names[i]] or 0) + 1
    end
    local clash = false
    for _, k in pairs(count) do if k > 1 then clash = true end end
    if not clash then return names end
  end
  for i, f in ipairs(files) do names[i] = f end
  return names
end
M.short_names = short_names

-- ------------------------------------------------------------- input

local function read_text(env, path, limit)
  local text, err = input.read_file(path, env.stdin, limit)
  if not text then fail(M.INPUT, err) end
  local where = path == "-" and "standard input" or path
  if not text:find("%S") then fail(M.INPUT, where .. " is empty") end
  local binary = input.binary_reason(text)
  if binary then fail(M.INPUT, ("%s is not a text file: %s"):format(where, binary)) end
  return text
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

-- Runs a command on files (not --jsonl) and writes its output.
local function run_files(env, lede, name, o)
  local texts = {}
  for i, path in ipairs(o.files) do texts[i] = read_text(env, path, o.limit) end
  local given = #texts == 1 and texts[1] or texts
  local count
  if o.format == "text" and streamers[name] then
    count = stream_lines(env, lede, streamers[name], given, o.opts)
  else
    local result = run_command(lede, name, given, o.opts)
    if name == "fix" and o.format == "text" then -- the text exactly, bytes as they came
      env.stdout:write(result.fixed)
      return M.OK
    end
    if commands[name].multi then add_files(result, o.files) end
    if o.format == "json" then
      env.stdout:write(json.encode(mark_arrays(result, 0)), "\n")
      return M.OK
    end
    local lines = renderers[name](result, { lede = lede, names = short_names(o.files),
      full = o.full, markdown = o.format == "markdown" })
    count = #lines
    if count > 0 then
      local text = table.concat(lines, "\n")
      env.stdout:write(text, text:sub(-1) == "\n" and "" or "\n")
    end
  end
  if count == 0 and NOTHING[name] then env.stderr:write("lede: ", NOTHING[name], " found\n") end
  return M.OK
end

local function run(args, env)
  local name = args[1]
  if name == nil or name == "--help" or name == "-h" or name == "help" then
    local target = name == "help" and args[2]
    if target and commands[target] then
      env.stdout:write(require("lede.cli_help").command(commands[target], target))
    else
      -- Without a command it is a usage error: the text goes to stderr.
      local out = name == nil and env.stderr or env.stdout
      out:write(require("lede.cli_help").usage(commands, order))
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
    env.stdout:write(require("lede.cli_help").command(commands[name], name))
    return M.OK
  end
  local lede = load_lede(env)
  if o.jsonl then
    if o.progress ~= nil then env.progress = o.progress end
    return require("lede.cli_jsonl").run(env, lede, name, o, {
      fail = fail, field = field, mark_arrays = mark_arrays, message_of = message_of,
      run_command = run_command, multi = commands[name].multi == true,
      OK = M.OK, INPUT = M.INPUT })
  end
  return run_files(env, lede, name, o)
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
