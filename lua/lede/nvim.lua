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
local worker = require("lede.nvim_worker")

local M = {}

local config = {
  window = "split",          -- "split", "vsplit" or "float"
  summary = {},              -- default options for lede.summarize
  highlight_group = "LedeSummary",
  async_bytes = 262144,      -- texts this big or bigger are worked on off the main loop
  cancel_key = "<C-c>",      -- stops that work (normal mode, while it runs); "" for none
}

M.subcommands = { "summarize", "highlight", "claims", "quotes", "sentences", "numbers",
  "casualties", "totals", "fix", "cancel" }

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
  -- A lede.core found only through a path relative to the working directory
  -- ("./?.so": a stray build in whatever directory Neovim started in) is not
  -- the user's choice: the plugin's own build goes first then.
  local found = package.searchpath and package.searchpath("lede.core", package.cpath)
  if found and found:sub(1, 2) == "./" and readable(own_so)
      and not package.cpath:find(own_cpath, 1, true) then
    package.cpath = own_cpath .. ";" .. package.cpath
  end
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

-- ------------------------------------------------------------ text and positions

-- The current buffer, unless it is the quickfix list or a lede window: those
-- hold lede's own output, not an article.
local targets -- defined with the result windows below
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


-- ------------------------------------------------------------ result windows

-- One scratch buffer per kind ("lede://summary"), reused by every run:
-- kind -> buffer.  targets: scratch buffer -> { source =, items = { {row, col, buf?} } }.
targets = {}
local scratch = {}

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
  return win
end

-- Tall enough for the wrapped lines, up to 12 rows (splits only).
local function fit(win, lines)
  if config.window ~= "split" then return end
  local cols, rows = math.max(1, api.nvim_win_get_width(win)), 0
  for _, l in ipairs(lines) do
    rows = rows + math.max(1, math.ceil(vim.fn.strdisplaywidth(l) / cols))
  end
  api.nvim_win_set_height(win, math.max(1, math.min(rows, 12)))
end

local function scratch_buffer(kind)
  local buf = scratch[kind]
  if buf and api.nvim_buf_is_valid(buf) then return buf end
  buf = api.nvim_create_buf(false, true)
  scratch[kind] = buf
  api.nvim_buf_set_name(buf, "lede://" .. kind)
  vim.bo[buf].bufhidden = "hide"
  vim.bo[buf].filetype = "lede"
  api.nvim_create_autocmd("BufWipeout", {
    buffer = buf, once = true,
    callback = function() targets[buf] = nil; scratch[kind] = nil end,
  })
  vim.keymap.set("n", "<CR>", function()
    local ok, err = pcall(M.jump)
    if not ok then
      vim.notify(type(err) == "table" and err.lede_message or ("lede: " .. first_line(err)),
        vim.log.levels.ERROR)
    end
  end, { buffer = buf, nowait = true, silent = true, desc = "lede: go to this sentence" })
  vim.keymap.set("n", "q", "<cmd>close<CR>",
    { buffer = buf, nowait = true, silent = true, desc = "lede: close" })
  return buf
end

-- Shows lines in the kind's scratch buffer, in its window when one shows it
-- already (else a new one); <CR> on line i jumps to items[i] in source.
local function show(kind, lines, source, items)
  local buf = scratch_buffer(kind)
  vim.bo[buf].modifiable = true
  api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].modifiable = false
  targets[buf] = { source = source, items = items }
  local win = vim.fn.win_findbuf(buf)[1]
  if win then
    api.nvim_set_current_win(win)
  else
    local width = 0
    for _, l in ipairs(lines) do width = math.max(width, #l) end
    win = open_window(buf, #lines, width)
  end
  fit(win, lines)
  vim.wo[win].wrap = true
  vim.wo[win].linebreak = true
  api.nvim_win_set_cursor(win, { 1, 0 })
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
M.methods = { "rank", "lead" }

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

-- ------------------------------------------------------------ work

-- The work running off the main loop, one at a time: { job =, timer =,
-- kind =, started =, unmap = }.
local running

local function stop_running(message)
  local r = running
  if not r then return false end
  running = nil
  r.timer:stop()
  r.timer:close()
  if r.unmap then pcall(vim.keymap.del, "n", config.cancel_key) end
  pcall(vim.fn.jobstop, r.job)
  for _, f in ipairs(r.files) do os.remove(f) end
  if message then api.nvim_echo({ { message } }, true, {}) end
  return true
end

--- Stops the :Lede work running in the background; true when there was one.
function M.cancel()
  return stop_running("lede: " .. (running and running.kind or "") .. " cancelled")
end

local function total_bytes(docs)
  local n = 0
  for _, d in ipairs(docs) do n = n + #d.text end
  return n
end

-- Runs the worker's kind on docs and calls done(rows) in the editor: at
-- once for small texts (returning done's result), in a child Neovim for big
-- ones (returning nil; a message shows the progress and the key that stops it).
local function work(kind, docs, extra, done)
  local job = { kind = kind, texts = {}, names = {}, opts = extra.opts }
  for i, d in ipairs(docs) do
    job.texts[i] = d.text
    job.names[i] = d.name
  end
  if total_bytes(docs) < config.async_bytes or not M.root then
    return done(worker.run(library(), job))
  end
  library() -- a build problem is reported now, not by the child
  if running then fail("lede: :Lede " .. running.kind .. " is still running (:Lede cancel stops it)") end
  local infile, outfile = vim.fn.tempname(), vim.fn.tempname()
  local fh = assert(io.open(infile, "wb"))
  fh:write(vim.json.encode(job))
  fh:close()
  local cmd = { vim.v.progpath, "--headless", "-u", "NONE", "-i", "NONE", "-n",
    "--cmd", "set rtp^=" .. M.root,
    "-c", ("lua require('lede.nvim_worker').main(%q, %q)"):format(infile, outfile),
    "-c", "qa!" }
  local r = { kind = kind, files = { infile, outfile }, started = vim.loop.now() }
  r.job = vim.fn.jobstart(cmd, {
    on_exit = function()
      if running ~= r then return end -- cancelled
      local out = io.open(outfile, "rb")
      local text = out and out:read("*a")
      if out then out:close() end
      stop_running(nil)
      local ok, res = pcall(vim.json.decode, text or "")
      if not ok or type(res) ~= "table" then
        vim.notify("lede: the background work gave no result", vim.log.levels.ERROR)
      elseif res.error then
        vim.notify(res.error, vim.log.levels.ERROR)
      else
        api.nvim_echo({ { "" } }, false, {})
        local dok, err = pcall(done, res.rows)
        if not dok then
          vim.notify(type(err) == "table" and err.lede_message or ("lede: " .. first_line(err)),
            vim.log.levels.ERROR)
        end
      end
    end,
  })
  if r.job <= 0 then
    for _, f in ipairs(r.files) do os.remove(f) end
    fail("lede: cannot start the background work (" .. tostring(vim.v.progpath) .. ")")
  end
  running = r
  if config.cancel_key ~= "" and vim.fn.maparg(config.cancel_key, "n") == "" then
    vim.keymap.set("n", config.cancel_key, M.cancel, { desc = "lede: cancel" })
    r.unmap = true
  end
  local key = config.cancel_key ~= "" and (config.cancel_key .. " or ") or ""
  r.timer = vim.loop.new_timer()
  r.timer:start(0, 1000, vim.schedule_wrap(function()
    if running ~= r then return end
    api.nvim_echo({ { ("lede: %s of %.1f MB, %d s (%s:Lede cancel stops it)"):format(kind,
      total_bytes(docs) / 1e6, math.floor((vim.loop.now() - r.started) / 1000), key) } }, false, {})
  end))
  return nil
end

--- True while :Lede work runs in the background (for tests and statuslines).
function M.busy()
  return running ~= nil
end

-- ------------------------------------------------------------ subcommands

-- The documents a command reads: the buffer (or range), or with "buffers"
-- every listed file buffer, as several articles on one story.
local function documents(o, args)
  local docs = {}
  local function add(b, text, locate)
    if not text:find("%S") then return end
    local name = vim.fn.fnamemodify(api.nvim_buf_get_name(b), ":t")
    docs[#docs + 1] = { buf = b, text = text, locate = locate, name = name ~= "" and name or ("buffer " .. b) }
  end
  if args[1] == "buffers" then
    -- Every listed buffer, loaded or not (":badd a.txt b.txt" lists files
    -- without loading them): those not loaded are loaded first.
    for _, b in ipairs(api.nvim_list_bufs()) do
      if vim.fn.buflisted(b) == 1 and vim.bo[b].buftype == "" then
        if not api.nvim_buf_is_loaded(b) then vim.fn.bufload(b) end
        add(b, buffer_text(b, 1, api.nvim_buf_line_count(b)))
      end
    end
    if #docs > 0 then
      vim.notify(("lede: read %d article%s from the listed buffers")
        :format(#docs, #docs == 1 and "" or "s"), vim.log.levels.INFO)
    end
  elseif args[1] ~= nil then
    fail(("lede: unknown argument '%s' (only 'buffers')"):format(args[1]))
  else
    local b = article_buffer()
    add(b, buffer_text(b, o.line1, o.line2))
  end
  if #docs == 0 then fail("lede: no text: the lines are empty") end
  return docs
end

-- The summarizer's options for subcommand args (after "buffers").
local function summary_opts(args)
  local opts = parse_opts(args)
  if opts.article == nil then opts.article = true end -- the article bodies, not headlines or chrome
  return opts
end

local sub = {}

-- :Lede summarize [buffers] [budget]
function sub.summarize(o, args)
  local buf = article_buffer()
  local use_buffers = args[1] == "buffers"
  local rest = {}
  for i = use_buffers and 2 or 1, #args do rest[#rest + 1] = args[i] end
  local opts = summary_opts(rest)
  local docs = documents(o, use_buffers and { "buffers" } or {})
  return work("summarize", docs, { opts = opts }, function(rows)
    local lines, items = {}, {}
    for i, s in ipairs(rows) do
      local doc = docs[s.doc or 1] or docs[1]
      lines[i] = (#docs > 1 and (doc.name .. ": ") or "") .. s.text
      if s.s then
        local row, col = doc.locate(s.s)
        items[i] = { row, col, doc.buf }
      end
    end
    return show("summary", lines, buf, items)
  end)
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
  local opts = summary_opts(rest)
  local docs = documents(o, {})
  return work("summarize", docs, { opts = opts }, function(rows)
    local locate = docs[1].locate
    clear_highlights(buf)
    vim.cmd("highlight default link LedeSummary Visual")
    for _, s in ipairs(rows) do
      if s.s then
        local row, col = locate(s.s)
        local erow, ecol = locate(s.e)
        api.nvim_buf_set_extmark(buf, ns(), row, col, {
          end_row = erow, end_col = ecol + 1, hl_group = config.highlight_group,
        })
      end
    end
    return #rows
  end)
end

-- Fills the quickfix list with one entry per row; docs[i] is { buf =,
-- locate = } for document i.
local function to_quickfix(title, rows, docs)
  local items = {}
  for _, r in ipairs(rows) do
    local doc = docs[r.doc or 1] or docs[1]
    local row, col = 0, 0
    if r.s then row, col = doc.locate(r.s) end
    items[#items + 1] = { bufnr = doc.buf, lnum = row + 1, col = col + 1,
      type = r.warn and "W" or "I", text = r.text }
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

local NOTHING = { claims = "no claims", quotes = "no quotes", numbers = "no numbers",
  casualties = "no casualties" }

local function quickfix_command(name, multi)
  return function(o, args)
    if multi then
      if args[1] ~= nil and args[1] ~= "buffers" or #args > 1 then
        fail(("lede: unknown argument '%s' (only 'buffers')"):format(args[#args]))
      end
    elseif #args > 0 then
      fail(("lede: :Lede %s takes no arguments"):format(name))
    end
    local docs = documents(o, multi and args or {})
    return work(name, docs, {}, function(rows)
      local n = to_quickfix("lede " .. name, rows, docs)
      if n == 0 then vim.notify("lede: " .. NOTHING[name] .. " found", vim.log.levels.INFO) end
      return n
    end)
  end
end
-- :Lede claims [buffers], :Lede quotes, :Lede numbers, :Lede casualties
sub.claims = quickfix_command("claims", true)
sub.quotes = quickfix_command("quotes")
sub.numbers = quickfix_command("numbers")
sub.casualties = quickfix_command("casualties")

local function no_args(name, args)
  if #args > 0 then fail(("lede: :Lede %s takes no arguments"):format(name)) end
end

-- :Lede totals: the article's own casualty totals, as one message
-- ("lede: injured 22, killed 6"); returns the totals table.
function sub.totals(o, args)
  no_args("totals", args)
  local text = buffer_text(article_buffer(), o.line1, o.line2)
  local ok, totals = pcall(library().casualty_totals, text)
  if not ok then fail("lede: " .. first_line(totals)) end
  local kinds = {}
  for kind in pairs(totals) do kinds[#kinds + 1] = kind end
  table.sort(kinds)
  for i, kind in ipairs(kinds) do kinds[i] = kind .. " " .. tostring(totals[kind]) end
  vim.notify(#kinds > 0 and ("lede: " .. table.concat(kinds, ", "))
    or "lede: no casualty counts found", vim.log.levels.INFO)
  return totals
end

-- :Lede sentences: one sentence a line in the sentences window.
function sub.sentences(o, args)
  no_args("sentences", args)
  local buf = article_buffer()
  local docs = documents(o, {})
  return work("sentences", docs, {}, function(rows)
    local lines, items = {}, {}
    for i, s in ipairs(rows) do
      lines[i] = s.text
      local row, col = docs[1].locate(s.s)
      items[i] = { row, col }
    end
    if #lines == 0 then fail("lede: no sentences in these lines") end
    return show("sentences", lines, buf, items)
  end)
end

-- :Lede cancel
function sub.cancel(_, args)
  no_args("cancel", args)
  if not M.cancel() then vim.notify("lede: nothing is running", vim.log.levels.INFO) end
end

-- ------------------------------------------------------------ configuration

-- The type each option must have, and what else it must be.
local CHECKS = {
  window = function(v) return v == "split" or v == "vsplit" or v == "float", "'split', 'vsplit' or 'float'" end,
  summary = function(v)
    if type(v) ~= "table" then return false, "a table of lede.summarize options" end
    for k, x in pairs(v) do
      if BUDGETS[k] then
        -- not (x > 0) refuses NaN too
        if type(x) ~= "number" or not (x > 0) then -- luacheck: ignore 581
          return false, ("summary.%s: a positive number"):format(k)
        end
      elseif k == "method" then
        if not vim.tbl_contains(M.methods, x) then return false, "summary.method: 'rank' or 'lead'" end
      elseif k == "article" then
        if type(x) ~= "boolean" then return false, "summary.article: true or false" end
      else
        return false, ("summary: no option '%s' (sentences, words, bytes, ratio, method, article)"):format(tostring(k))
      end
    end
    return true
  end,
  highlight_group = function(v) return type(v) == "string" and v ~= "", "a highlight group name" end,
  async_bytes = function(v) return type(v) == "number" and v >= 0, "a number of bytes >= 0" end,
  cancel_key = function(v) return type(v) == "string", "a key ('' for none)" end,
}

--- Checks opts (setup()'s or vim.g.lede's); returns true, or false and a
-- message naming the option and what it must be.
function M.check_config(opts, where)
  where = where or "lede.nvim.setup"
  if type(opts) ~= "table" then return false, ("%s: expected a table, got %s"):format(where, type(opts)) end
  for k, v in pairs(opts) do
    local check = CHECKS[k]
    if not check then
      local names = vim.tbl_keys(CHECKS)
      table.sort(names)
      return false, ("%s: unknown option '%s' (%s)"):format(where, tostring(k), table.concat(names, ", "))
    end
    local ok, want = check(v)
    if not ok then return false, ("%s: %s must be %s, got %s"):format(where, k, want, vim.inspect(v)) end
  end
  return true
end

local applied_g -- the vim.g.lede last applied

local function apply(opts)
  for k, v in pairs(opts) do config[k] = vim.deepcopy(v) end
end

-- vim.g.lede, when set and changed since the last :Lede.
local function read_g()
  local g = vim.g.lede
  if g == nil or vim.deep_equal(g, applied_g) then return end
  local ok, err = M.check_config(g, "g:lede")
  if not ok then fail("lede: " .. err) end
  applied_g = g
  apply(g)
end

--- The configuration in force (a copy).
function M.config()
  return vim.deepcopy(config)
end

-- :[range]Lede fix: repairs the encoding of the lines in place (mojibake,
-- lost bytes; lede.fix_text), as one change that one undo takes back.  Only
-- the lines from the first to the last repair are rewritten.  Returns the
-- number of repairs.
function sub.fix(o, args)
  no_args("fix", args)
  local buf = article_buffer()
  local text = buffer_text(buf, o.line1, o.line2)
  local ok, fixed, changes = pcall(library().fix_text, text)
  if not ok then fail("lede: " .. first_line(fixed)) end
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
-- subcommand's result (nil when it runs in the background), or nil after an error.
function M.command(o)
  local args = o.fargs or {}
  local name = args[1]
  local ok, r = pcall(function()
    read_g()
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

local OPTION_WORDS = { "sentences=", "words=", "bytes=", "ratio=", "method=", "focus=", "article=" }

--- Completion for :Lede: subcommands, then their arguments (method= and
-- article= complete their values).
function M.complete(arglead, cmdline)
  local words = {}
  for w in cmdline:gmatch("%S+") do words[#words + 1] = w end
  if cmdline:match("%s$") then words[#words + 1] = "" end
  -- words[1] is the command itself (possibly with a range), words[2] the subcommand
  local candidates
  local summary_like = words[2] == "summarize" or words[2] == "highlight"
  if #words <= 2 then
    candidates = M.subcommands
  elseif summary_like and arglead:match("^method=") then
    candidates = vim.tbl_map(function(m) return "method=" .. m end, M.methods)
  elseif summary_like and arglead:match("^article=") then
    candidates = { "article=true", "article=false" }
  elseif words[2] == "highlight" and #words == 3 then
    candidates = { "toggle", "on", "clear" }
  elseif words[2] == "claims" and #words == 3 then
    candidates = { "buffers" }
  elseif words[2] == "summarize" and #words == 3 then
    candidates = vim.list_extend({ "buffers" }, OPTION_WORDS)
  elseif summary_like then
    candidates = OPTION_WORDS
  else
    candidates = {}
  end
  local out = {}
  for _, c in ipairs(candidates) do
    if c:sub(1, #arglead) == arglead then out[#out + 1] = c end
  end
  return out
end

--- Optional configuration (vim.g.lede = {...} works as well): window =
-- "split"|"vsplit"|"float", summary = { default lede.summarize options },
-- highlight_group = NAME, async_bytes = N, cancel_key = KEY.  A wrong name
-- or type is an error naming the option.
function M.setup(opts)
  opts = opts or {}
  local ok, err = M.check_config(opts)
  if not ok then error(err, 2) end
  apply(opts)
end

return M
