--- The work behind :Lede, apart from the editor: a kind ("claims",
-- "quotes", "summarize" ...), the documents' texts and options in; plain
-- rows out, each { doc =, s =, e =?, text =, warn =? } with byte offsets into
-- document doc.  lua/lede/nvim.lua runs it in the editor for small texts and
-- in a child Neovim (M.main, through jobstart) for big ones, so that the
-- editor keeps taking keys; the rows are the same either way.
local claim_text = require("lede.claim_text")

local M = {}

-- Text from an article as it is shown: repaired (lede.fix_text: mojibake,
-- entities, odd spaces); positions still come from the buffer's bytes.
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

local function one_line(s)
  return (tostring(shown(s)):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

local function first_line(s)
  return (tostring(s):match("^%s*([^\n]*)"))
end

-- A claim's position: its own span, or its first source's.
local function claim_pos(c)
  if type(c.s) == "number" then return c.doc or 1, c.s, c.e end
  if type(c.sources) == "table" then
    for _, src in ipairs(c.sources) do
      if type(src) == "table" and type(src.s) == "number" then return src.doc or 1, src.s, src.e end
    end
  end
  return 1, nil, nil
end

-- A number, casualty count or quote as one line of text.
local function describe_span(x)
  local parts = {}
  for _, k in ipairs({ "kind", "count", "value", "qualifier", "who", "place", "speaker" }) do
    local v = x[k]
    if v ~= nil and type(v) ~= "table" then parts[#parts + 1] = tostring(v) end
  end
  if type(x.text) == "string" then parts[#parts + 1] = "“" .. one_line(x.text) .. "”" end
  return table.concat(parts, " ")
end

local function call(fn, ...)
  local ok, a, b = pcall(fn, ...)
  if not ok then
    error({ lede_message = "lede: " .. first_line(type(a) == "table" and (a.message or tostring(a)) or a) }, 0)
  end
  if a == nil then error({ lede_message = "lede: " .. tostring(b or "no result") }, 0) end
  return a, b
end

local function span_rows(list)
  local rows = {}
  for _, x in ipairs(list) do
    local doc, s, e = claim_pos(x)
    rows[#rows + 1] = { doc = doc, s = s, e = e, text = describe_span(x) }
  end
  return rows
end

local kinds = {}

function kinds.claims(lede, job)
  local r = call(lede.claims, #job.texts == 1 and job.texts[1] or job.texts)
  local rows = {}
  for _, c in ipairs(r.claims) do
    local doc, s, e = claim_pos(c)
    local warn = claim_text.is_conflict(c)
    rows[#rows + 1] = { doc = doc, s = s, e = e, warn = warn or nil,
      text = (warn and "CONFLICT: " or "") .. claim_text.describe(c, r, job.names) }
  end
  return rows
end

function kinds.quotes(lede, job) return span_rows(call(lede.quotes, job.texts[1])) end
function kinds.numbers(lede, job) return span_rows(call(lede.numbers, job.texts[1])) end
function kinds.casualties(lede, job) return span_rows(call(lede.casualties, job.texts[1])) end

function kinds.sentences(lede, job)
  -- a page's sentences are its main text's, their spans moved into the page
  -- (lede.sentences reads the bytes it is given; the readers above see
  -- pages themselves)
  local html = require("lede.html")
  local text, page = html.prepare(job.texts[1], nil, "sentences")
  local list = call(lede.sentences, text)
  if page then html.remap(page, list) end
  local rows = {}
  for _, s in ipairs(list) do
    rows[#rows + 1] = { doc = 1, s = s.s, e = s.e, text = one_line(s.text) }
  end
  return rows
end

function kinds.summarize(lede, job)
  local summary, chosen = call(lede.summarize, #job.texts == 1 and job.texts[1] or job.texts, job.opts)
  local rows = {}
  for _, s in ipairs(chosen or {}) do
    rows[#rows + 1] = { doc = s.doc or 1, s = s.s, e = s.e, text = one_line(s.text) }
  end
  if #rows == 0 and summary ~= "" then rows[1] = { doc = 1, text = one_line(summary) } end
  return rows
end

M.kinds = {}
for k in pairs(kinds) do M.kinds[k] = true end

--- Runs job = { kind =, texts = {...}, names = {...}, opts = {...} } with
-- the library lede; returns the rows, or raises { lede_message = }.
function M.run(lede, job)
  local fn = kinds[job.kind]
  if not fn then error({ lede_message = "lede: no such work: " .. tostring(job.kind) }, 0) end
  return fn(lede, job)
end

--- In a child Neovim: reads the job (JSON) from infile, writes
-- {"rows":[...]} or {"error":"..."} to outfile.
function M.main(infile, outfile)
  local function slurp(path)
    local fh = assert(io.open(path, "rb"))
    local s = fh:read("*a")
    fh:close()
    return s
  end
  local result
  local ok, err = pcall(function()
    local lede, lerr = require("lede.nvim").load()
    if not lede then error({ lede_message = lerr }, 0) end
    local job = vim.json.decode(slurp(infile))
    result = { rows = M.run(lede, job) }
  end)
  if not ok then
    result = { error = type(err) == "table" and err.lede_message or ("lede: " .. first_line(err)) }
  end
  local fh = assert(io.open(outfile, "wb"))
  fh:write(vim.json.encode(result))
  fh:close()
end

return M
