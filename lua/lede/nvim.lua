--- lede inside Neovim: the :Lede command and what it needs.
--
-- Runs on Neovim 0.7.2 (LuaJIT, Lua 5.1 ABI) and newer: options are set
-- through vim.bo/vim.wo, not the nvim_*_set_option calls newer versions
-- deprecate.  plugin/lede.lua defines :Lede and calls M.command; nothing here
-- runs before the first use.
--
--   require("lede.nvim").setup({ window = "float" })   -- optional
--
-- The native module is looked up first on package.cpath as it is (a rock,
-- or a user's own path), then in this plugin's build/lua5.1/ (`make nvim`).
local vim = vim
local api = vim.api
local claim_text = require("lede.claim_text")

local M = {}

local config = {
  window = "split",          -- "split", "vsplit" or "float"
  summary = {},              -- default options for lede.summarize
  highlight_group = "LedeSummary",
}

M.subcommands = { "summarize", "highlight", "claims", "quotes", "sentences", "numbers",
  "casualties", "totals", "fix" }

-- What each subcommand needs from the library, and where it comes from.
local needs = {
  summarize = { fn = "summarize", from = "the summary module" },
  highlight = { fn = "summarize", from = "the summary module" },
  claims = { fn = "claims", from = "the claims module" },
  quotes = { fn = "quotes", from = "the claims module" },
  sentences = { fn = "sentences", from = "the core" },
  numbers = { fn = "numbers", from = "the numbers module" },
  casualties = { fn = "casualties", from = "the numbers module" },
  totals = { fn = "casualty_totals", from = "the numbers module" },
  fix = { fn = "fix_text", from = "the repair engine" },
}

-- A user-facing failure: shown as one message, never as a traceback.
local function fail(msg)
  error({ lede_message = msg }, 0)
end

-- ------------------------------------------------------------ loading

-- The plugin's root directory: this file is <root>/lua/lede/nvim.lua.
local function plugin_root()
  local src = debug.getinfo(1, "S").source
  if src:sub(1, 1) ~= "@" then return nil end
  local path = vim.fn.fnamemodify(src:sub(2), ":p")
  return path:match("^(.*)[/\\]lua[/\\]lede[/\\][^/\\]+$")
end

M.root = plugin_root()

local loaded
M.module_path = nil

local function first_line(s)
  return (tostring(s):match("^%s*([^\n]*)"))
end

local function readable(path)
  return path and vim.fn.filereadable(path) == 1
end

-- Explains why the native module did not load, in a sentence the user can act on.
local function explain(err, own_so)
  local where = M.root or "the lede plugin directory"
  local fix = ("run `make nvim` in %s (needs LuaJIT headers, utf8proc and libstemmer)"):format(where)
  err = tostring(err)
  if err:find("undefined symbol", 1, true) or err:find("built for Lua ABI", 1, true)
      or err:find("wrong ELF class", 1, true) or err:find("version mismatch", 1, true) then
    return ("lede: the native module lede.core was built for another Lua, not Neovim's LuaJIT "
      .. "(Lua 5.1): %s; %s"):format(first_line(err), fix)
  end
  if err:find("module 'lede.core' not found", 1, true) and not readable(own_so) then
    return "lede: the native module lede.core is not built; " .. fix
  end
  return ("lede: cannot load the native module lede.core: %s; %s"):format(first_line(err), fix)
end

--- Loads the library; returns it, or nil and a message for the user.  A
-- failure is not remembered: after `make nvim` the next :Lede loads it.
function M.load()
  if loaded then return loaded end
  local own_cpath = M.root and (M.root .. "/build/lua5.1/?.so")
  local own_so = M.root and (M.root .. "/build/lua5.1/lede/core.so")
  local ok, err = pcall(require, "lede.core")
  if not ok and own_cpath then
    if not package.cpath:find(own_cpath, 1, true) then
      package.cpath = own_cpath .. ";" .. package.cpath
    end
    ok, err = pcall(require, "lede.core")
  end
  if ok then
    ok, err = pcall(require, "lede")
  end
  if not ok then
    package.loaded["lede.core"] = nil
    package.loaded["lede"] = nil
    return nil, explain(err, own_so)
  end
  loaded = err
  if package.searchpath then
    M.module_path = package.searchpath("lede.core", package.cpath)
  end
  return loaded
end

local function library()
  local lede, err = M.load()
  if not lede then fail(err) end
  return lede
end

local function need(name)
  local lede = library()
  local n = needs[name]
  if type(lede[n.fn]) ~= "function" then
    fail(("lede: :Lede %s is not available in this build: lede.%s is missing (it comes with %s)")
      :format(name, n.fn, n.from))
  end
  return lede, lede[n.fn]
end

-- ------------------------------------------------------------ text and positions

-- The current buffer, unless it is the quickfix list or a lede window: those
-- hold lede's own output, not an article.
local targets -- defined with the scratch windows below
local function article_buffer()
  local buf = api.nvim_get_current_buf()
  local bt = vim.bo[buf].buftype
  if bt == "quickfix" or targets[buf] then
    fail("lede: this window shows lede's output; run :Lede in the article's window")
  end
  return buf
end

-- The text of buffer lines line1..line2 (1-based, inclusive) joined by "\n",
-- and a locator from a byte offset of that text to a 0-based (row, col).
local function buffer_text(buf, line1, line2)
  local lines = api.nvim_buf_get_lines(buf, line1 - 1, line2, false)
  local starts, pos = {}, 1
  for i, l in ipairs(lines) do
    starts[i] = pos
    pos = pos + #l + 1
  end
  local function locate(offset)
    local lo, hi = 1, #starts
    while lo < hi do -- the last line starting at or before offset
      local mid = math.floor((lo + hi + 1) / 2)
      if starts[mid] <= offset then lo = mid else hi = mid - 1 end
    end
    local col = offset - (starts[lo] or 1)
    local len = #(lines[lo] or "")
    if col > len then col = len end
    return line1 - 1 + lo - 1, col
  end
  return table.concat(lines, "\n"), locate
end

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

-- ------------------------------------------------------------ scratch window

targets = {} -- scratch buffer -> { source = buf, items = { {row, col, buf?}, ... } }
local scratch_count = 0

local function open_window(buf, height, width)
  if config.window == "float" then
    local cols, rows = vim.o.columns, vim.o.lines
    local w = math.max(20, math.min(cols - 4, math.max(width + 2, 40)))
    local h = math.max(1, math.min(rows - 4, height))
    return api.nvim_open_win(buf, true, {
      relative = "editor", width = w, height = h,
      row = math.max(0, math.floor((rows - h) / 2) - 1), col = math.max(0, math.floor((cols - w) / 2)),
      style = "minimal", border = "rounded",
    })
  end
  vim.cmd(config.window == "vsplit" and "belowright vsplit" or "belowright split")
  local win = api.nvim_get_current_win()
  api.nvim_win_set_buf(win, buf)
  if config.window ~= "vsplit" then
    -- Tall enough for the wrapped lines, up to 12 rows.
    local cols, rows = math.max(1, api.nvim_win_get_width(win)), 0
    for _, l in ipairs(api.nvim_buf_get_lines(buf, 0, -1, false)) do
      rows = rows + math.max(1, math.ceil(vim.fn.strdisplaywidth(l) / cols))
    end
    api.nvim_win_set_height(win, math.max(1, math.min(rows, 12)))
  end
  vim.wo[win].wrap = true
  vim.wo[win].linebreak = true
  return win
end

-- Shows lines in a scratch buffer; <CR> on line i jumps to items[i] in source.
local function show(kind, lines, source, items)
  scratch_count = scratch_count + 1
  local buf = api.nvim_create_buf(false, true)
  api.nvim_buf_set_name(buf, ("lede://%s/%d"):format(kind, scratch_count))
  api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].bufhidden = "wipe"
  vim.bo[buf].modifiable = false
  vim.bo[buf].filetype = "lede"
  targets[buf] = { source = source, items = items }
  api.nvim_create_autocmd("BufWipeout", {
    buffer = buf, once = true,
    callback = function() targets[buf] = nil end,
  })
  vim.keymap.set("n", "<CR>", function()
    local ok, err = pcall(M.jump)
    if not ok then
      vim.notify(type(err) == "table" and err.lede_message or ("lede: " .. first_line(err)),
        vim.log.levels.ERROR)
    end
  end,
    { buffer = buf, nowait = true, silent = true, desc = "lede: go to this sentence" })
  vim.keymap.set("n", "q", "<cmd>close<CR>",
    { buffer = buf, nowait = true, silent = true, desc = "lede: close" })
  local width = 0
  for _, l in ipairs(lines) do width = math.max(width, #l) end
  open_window(buf, #lines, width)
  return buf
end

--- In a lede scratch buffer: goes to the sentence of the cursor line in its
-- source buffer (the window showing it, or the previous window).
function M.jump()
  local buf = api.nvim_get_current_buf()
  local t = targets[buf]
  if not t then fail("lede: this is not a lede summary window") end
  local item = t.items[api.nvim_win_get_cursor(0)[1]]
  if not item then return end
  local source = item[3] or t.source
  if not api.nvim_buf_is_valid(source) then fail("lede: the source buffer is gone") end
  local win = vim.fn.win_findbuf(source)[1]
  if win then
    api.nvim_set_current_win(win)
  else
    vim.cmd("wincmd p")
    api.nvim_win_set_buf(0, source)
  end
  api.nvim_win_set_cursor(0, { item[1] + 1, item[2] })
end

--- The scratch buffer's jump targets (for tests and other plugins).
function M.targets(buf)
  return targets[buf or api.nvim_get_current_buf()]
end

-- ------------------------------------------------------------ options

local BUDGETS = { sentences = true, words = true, bytes = true, ratio = true }

-- "sentences=2", "words=80", "ratio=0.2", "method=lead", or a bare N (sentences).
local function parse_opts(args)
  local opts = {}
  for k, v in pairs(config.summary) do opts[k] = v end
  local budget_given = false
  for _, a in ipairs(args) do
    local k, v = a:match("^(%w+)=(.+)$")
    if not k and tonumber(a) then k, v = "sentences", a end
    if not k then fail(("lede: unknown argument '%s' (use sentences=N, words=N, bytes=N, "
      .. "ratio=R or method=NAME)"):format(a)) end
    if BUDGETS[k] then
      local n = tonumber(v)
      if not n or n <= 0 then fail(("lede: %s needs a positive number, got '%s'"):format(k, v)) end
      if not budget_given then
        for b in pairs(BUDGETS) do opts[b] = nil end
        budget_given = true
      end
      opts[k] = n
    elseif k == "method" then
      opts.method = v
    elseif k == "focus" then -- focus=casualties: rank towards these words
      opts.focus = v
    elseif k == "article" and (v == "true" or v == "false") then
      opts.article = v == "true"
    else
      fail(("lede: unknown option '%s'"):format(k))
    end
  end
  return opts
end

-- ------------------------------------------------------------ subcommands

local function call(fn, ...)
  local ok, a, b = pcall(fn, ...)
  if not ok then
    fail("lede: " .. first_line(type(a) == "table" and (a.message or vim.inspect(a)) or a))
  end
  if a == nil then fail("lede: " .. tostring(b or "no result")) end
  return a, b
end

-- The documents a command reads: the buffer (or range), or with "buffers"
-- every listed file buffer, as several articles on one story.
local function documents(o, args)
  local docs = {}
  if args[1] == "buffers" then
    for _, b in ipairs(api.nvim_list_bufs()) do
      if api.nvim_buf_is_loaded(b) and vim.fn.buflisted(b) == 1
          and vim.bo[b].buftype == "" then
        local text, locate = buffer_text(b, 1, api.nvim_buf_line_count(b))
        if text:find("%S") then docs[#docs + 1] = { buf = b, text = text, locate = locate } end
      end
    end
  elseif args[1] ~= nil then
    fail(("lede: unknown argument '%s' (only 'buffers')"):format(args[1]))
  else
    local b = article_buffer()
    local text, locate = buffer_text(b, o.line1, o.line2)
    if text:find("%S") then docs[1] = { buf = b, text = text, locate = locate } end
  end
  if #docs == 0 then fail("lede: no text: the lines are empty") end
  return docs
end

-- Runs the summarizer for subcommand `name` on the range, or with a first
-- argument "buffers" on every listed buffer (several articles, one story).
-- Returns the summary, the chosen sentences and the documents.
local function summarize(name, o, args)
  local _, fn = need(name)
  local use_buffers = args[1] == "buffers" and name == "summarize"
  local rest = {}
  for i = use_buffers and 2 or 1, #args do rest[#rest + 1] = args[i] end
  local opts = parse_opts(rest)
  local docs = documents(o, use_buffers and { "buffers" } or {})
  local texts = {}
  for i, d in ipairs(docs) do texts[i] = d.text end
  if opts.article == nil and type(library().article) == "function" then
    opts.article = true -- summarize the article bodies, not headlines or chrome
  end
  local summary, chosen = call(fn, #texts == 1 and texts[1] or texts, opts)
  return summary, chosen or {}, docs
end

local sub = {}

-- :Lede summarize [buffers] [budget]
function sub.summarize(o, args)
  local buf = article_buffer()
  local summary, chosen, docs = summarize("summarize", o, args)
  local lines, items = {}, {}
  for i, s in ipairs(chosen) do
    lines[i] = one_line(s.text)
    local doc = docs[s.doc or 1] or docs[1]
    local row, col = doc.locate(s.s)
    items[i] = { row, col, doc.buf }
  end
  if #lines == 0 then
    for l in (tostring(summary) .. "\n"):gmatch("([^\n]*)\n") do lines[#lines + 1] = l end
  end
  return show("summary", lines, buf, items)
end

local function ns() return api.nvim_create_namespace("lede") end

local function clear_highlights(buf)
  api.nvim_buf_clear_namespace(buf, ns(), 0, -1)
end

local function highlighted(buf)
  return #api.nvim_buf_get_extmarks(buf, ns(), 0, -1, { limit = 1 }) > 0
end

-- :Lede highlight [toggle|on|clear]
function sub.highlight(o, args)
  local buf = article_buffer()
  local mode = args[1] or "toggle"
  local first_opt = 2
  if mode:find("=", 1, true) or tonumber(mode) then mode, first_opt = "toggle", 1 end
  if mode == "clear" or mode == "off" then
    clear_highlights(buf)
    return
  end
  if mode ~= "toggle" and mode ~= "on" then
    fail(("lede: :Lede highlight takes toggle, on or clear, not '%s'"):format(mode))
  end
  if mode == "toggle" and highlighted(buf) then
    clear_highlights(buf)
    return
  end
  local rest = {}
  for i = first_opt, #args do rest[#rest + 1] = args[i] end
  local _, chosen, docs = summarize("highlight", o, rest)
  local locate = docs[1].locate
  clear_highlights(buf)
  vim.cmd("highlight default link LedeSummary Visual")
  for _, s in ipairs(chosen) do
    local row, col = locate(s.s)
    local erow, ecol = locate(s.e)
    api.nvim_buf_set_extmark(buf, ns(), row, col, {
      end_row = erow, end_col = ecol + 1, hl_group = config.highlight_group,
    })
  end
  return #chosen
end

-- A claim's position: its own span, or its first source's; returns the
-- document index (1 for a single text) and the byte offset.
local function claim_pos(c)
  if type(c.s) == "number" then return c.doc or 1, c.s end
  if type(c.sources) == "table" then
    for _, src in ipairs(c.sources) do
      if type(src) == "table" and type(src.s) == "number" then return src.doc or 1, src.s end
    end
  end
  return 1, nil
end

-- Fills the quickfix list with one entry per item of list; docs[i] is
-- { buf =, locate = } for document i.
local function to_quickfix(title, list, docs, text_of, is_warning)
  local items = {}
  for _, c in ipairs(list) do
    local d, s = claim_pos(c)
    local doc = docs[d] or docs[1]
    local row, col = 0, 0
    if s then row, col = doc.locate(s) end
    local warn = is_warning and is_warning(c)
    items[#items + 1] = {
      bufnr = doc.buf, lnum = row + 1, col = col + 1, type = warn and "W" or "I",
      text = (warn and "CONFLICT: " or "") .. text_of(c),
    }
  end
  vim.fn.setqflist({}, " ", { title = title, items = items })
  if #items > 0 then
    -- Show the list but leave the cursor in the article (:cnext walks it).
    local win = api.nvim_get_current_win()
    vim.cmd("copen")
    api.nvim_set_current_win(win)
  end
  return #items
end

-- :Lede claims [buffers]
function sub.claims(o, args)
  if args[1] ~= nil and args[1] ~= "buffers" or #args > 1 then
    fail(("lede: unknown argument '%s' (only 'buffers')"):format(args[#args]))
  end
  local _, fn = need("claims")
  local docs = documents(o, args)
  local texts = {}
  for i, d in ipairs(docs) do texts[i] = d.text end
  local r = call(fn, #texts == 1 and texts[1] or texts)
  local list = type(r.claims) == "table" and r.claims or r
  local names = {}
  for i, d in ipairs(docs) do
    names[i] = vim.fn.fnamemodify(api.nvim_buf_get_name(d.buf), ":t")
    if names[i] == "" then names[i] = "buffer " .. d.buf end
  end
  local n = to_quickfix("lede claims", list, docs,
    function(c) return claim_text.describe(c, r, names) end, claim_text.is_conflict)
  if n == 0 then vim.notify("lede: no claims found", vim.log.levels.INFO) end
  return n
end

local function no_args(name, args)
  if #args > 0 then fail(("lede: :Lede %s takes no arguments"):format(name)) end
end

-- A number, casualty count or quote for the quickfix list.
local function describe_span(x)
  local parts = {}
  for _, k in ipairs({ "kind", "count", "value", "qualifier", "who", "place", "speaker" }) do
    local v = x[k]
    if v ~= nil and type(v) ~= "table" then parts[#parts + 1] = tostring(v) end
  end
  if type(x.text) == "string" then parts[#parts + 1] = "“" .. one_line(x.text) .. "”" end
  return table.concat(parts, " ")
end

local function spans_to_quickfix(name)
  return function(o, args)
    no_args(name, args)
    local _, fn = need(name)
    local buf = article_buffer()
    local text, locate = buffer_text(buf, o.line1, o.line2)
    local list = call(fn, text)
    local n = to_quickfix("lede " .. name, list, { { buf = buf, locate = locate } }, describe_span)
    if n == 0 then vim.notify("lede: no " .. name .. " found", vim.log.levels.INFO) end
    return n
  end
end
sub.numbers = spans_to_quickfix("numbers")
sub.casualties = spans_to_quickfix("casualties")
sub.quotes = spans_to_quickfix("quotes")

-- :Lede totals: the article's own casualty totals, as one message
-- ("lede: injured 22, killed 6"); returns the totals table.
function sub.totals(o, args)
  no_args("totals", args)
  local _, fn = need("totals")
  local text = buffer_text(article_buffer(), o.line1, o.line2)
  local totals = call(fn, text)
  local kinds = {}
  for kind in pairs(totals) do kinds[#kinds + 1] = kind end
  table.sort(kinds)
  for i, kind in ipairs(kinds) do kinds[i] = kind .. " " .. tostring(totals[kind]) end
  vim.notify(#kinds > 0 and ("lede: " .. table.concat(kinds, ", "))
    or "lede: no casualty counts found", vim.log.levels.INFO)
  return totals
end

function sub.sentences(o, args)
  no_args("sentences", args)
  local _, fn = need("sentences")
  local buf = article_buffer()
  local text, locate = buffer_text(buf, o.line1, o.line2)
  local list = call(fn, text)
  local lines, items = {}, {}
  for i, s in ipairs(list) do
    lines[i] = one_line(s.text)
    local row, col = locate(s.s)
    items[i] = { row, col }
  end
  if #lines == 0 then fail("lede: no sentences in these lines") end
  return show("sentences", lines, buf, items)
end

-- :[range]Lede fix: repairs the encoding of the lines in place (mojibake,
-- lost bytes; lede.fix_text), as one change that one undo takes back.  Only
-- the lines from the first to the last repair are rewritten.  Returns the
-- number of repairs.
function sub.fix(o, args)
  no_args("fix", args)
  local _, fn = need("fix")
  local buf = article_buffer()
  local text = buffer_text(buf, o.line1, o.line2)
  local fixed, changes = call(fn, text)
  if #changes == 0 then
    vim.notify("lede: nothing to repair", vim.log.levels.INFO)
    return 0
  end
  local old = vim.split(text, "\n", true)
  local new = vim.split(fixed, "\n", true)
  local first, lo, ln = 1, #old, #new
  while first <= lo and first <= ln and old[first] == new[first] do first = first + 1 end
  while lo >= first and ln >= first and old[lo] == new[ln] do lo, ln = lo - 1, ln - 1 end
  local replacement = {}
  for i = first, ln do replacement[#replacement + 1] = new[i] end
  api.nvim_buf_set_lines(buf, o.line1 - 1 + first - 1, o.line1 - 1 + lo, false, replacement)
  vim.notify(("lede: %d repair%s"):format(#changes, #changes == 1 and "" or "s"),
    vim.log.levels.INFO)
  return #changes
end

-- ------------------------------------------------------------ entry points

--- Runs one :Lede invocation; o is the table nvim_create_user_command passes.
-- Errors become one message (vim.notify), never a traceback; returns the
-- subcommand's result, or nil after an error.
function M.command(o)
  local args = o.fargs or {}
  local name = args[1]
  local ok, r = pcall(function()
    if not name then
      fail("lede: :Lede needs a subcommand: " .. table.concat(M.subcommands, ", "))
    end
    if not sub[name] then
      fail(("lede: unknown subcommand '%s'; try %s"):format(name, table.concat(M.subcommands, ", ")))
    end
    local rest = {}
    for i = 2, #args do rest[#rest + 1] = args[i] end
    local line1, line2 = o.line1 or 1, o.line2 or api.nvim_buf_line_count(0)
    if not o.range or o.range == 0 then line1, line2 = 1, api.nvim_buf_line_count(0) end
    return sub[name]({ line1 = line1, line2 = line2 }, rest)
  end)
  if ok then return r end
  local msg = type(r) == "table" and r.lede_message or ("lede: " .. first_line(r))
  vim.notify(msg, vim.log.levels.ERROR)
  return nil, msg
end

--- Completion for :Lede: subcommands, then their arguments.
function M.complete(arglead, cmdline)
  local words = {}
  for w in cmdline:gmatch("%S+") do words[#words + 1] = w end
  if cmdline:match("%s$") then words[#words + 1] = "" end
  -- words[1] is the command itself (possibly with a range), words[2] the subcommand
  local candidates
  if #words <= 2 then
    candidates = M.subcommands
  elseif words[2] == "highlight" and #words == 3 then
    candidates = { "toggle", "on", "clear" }
  elseif words[2] == "claims" and #words == 3 then
    candidates = { "buffers" }
  elseif words[2] == "summarize" and #words == 3 then
    candidates = { "buffers", "sentences=", "words=", "bytes=", "ratio=", "method=", "focus=", "article=" }
  elseif words[2] == "summarize" or words[2] == "highlight" then
    candidates = { "sentences=", "words=", "bytes=", "ratio=", "method=", "focus=", "article=" }
  else
    candidates = {}
  end
  local out = {}
  for _, c in ipairs(candidates) do
    if c:sub(1, #arglead) == arglead then out[#out + 1] = c end
  end
  return out
end

--- Optional configuration: window = "split"|"vsplit"|"float", summary = {
-- default lede.summarize options }, highlight_group = NAME.
function M.setup(opts)
  opts = opts or {}
  if type(opts) ~= "table" then error("lede.nvim.setup: opts must be a table", 2) end
  for k, v in pairs(opts) do
    if config[k] == nil then error(("lede.nvim.setup: unknown option '%s'"):format(k), 2) end
    config[k] = v
  end
  if config.window ~= "split" and config.window ~= "vsplit" and config.window ~= "float" then
    error("lede.nvim.setup: window must be 'split', 'vsplit' or 'float'", 2)
  end
end

return M
