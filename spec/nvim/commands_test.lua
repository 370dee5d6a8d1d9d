-- :Lede in a real headless Neovim (run by spec/nvim/run.lua).
local assert = require("luassert")
local api = vim.api

return function(t)
  local root = t.root
  local FIX = root .. "/spec/fixtures/hosts/"
  local nvim = require("lede.nvim")
  local lede = assert(nvim.load())

  local function open_fixture(name)
    vim.cmd("edit " .. vim.fn.fnameescape(FIX .. (name or "harbor-fire.txt")))
    return api.nvim_get_current_buf()
  end

  local function buffer_text(buf)
    return table.concat(api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
  end

  -- (row, col), 0-based, of byte offset s of text, counted from the newlines.
  local function position(text, s)
    local before = text:sub(1, s - 1)
    local _, row = before:gsub("\n", "")
    local last_nl = before:match(".*()\n") or 0
    return row, s - 1 - last_nl
  end

  -- Runs an Ex command; returns the error message it gave, or nil.  (A
  -- :Lede error is a message for a user at the keyboard and an error for a
  -- script calling vim.cmd.)
  local function ex(command)
    vim.cmd("messages clear")
    local ok, err = pcall(vim.cmd, command)
    if ok then return nil end
    return tostring(err)
  end

  local function press(keys)
    api.nvim_feedkeys(api.nvim_replace_termcodes(keys, true, false, true), "x", false)
  end

  -- Runs a child Neovim on a copy of the plugin; returns its output.
  local function child(plugin_dir, lua_before, command)
    local cmd = { "env", "-u", "LUA_CPATH", "-u", "LUA_PATH", "nvim", "--headless", "-u", "NONE",
      "--cmd", "set rtp^=" .. plugin_dir }
    if lua_before then vim.list_extend(cmd, { "--cmd", "lua " .. lua_before }) end
    vim.list_extend(cmd, {
      "-c", "runtime plugin/lede.lua",
      "-c", "edit " .. FIX .. "harbor-fire.txt",
    })
    for _, c in ipairs(type(command) == "table" and command or { command }) do
      vim.list_extend(cmd, { "-c", c })
    end
    vim.list_extend(cmd, {
      "-c", "lua io.stdout:write('\\nMESSAGES[' .. vim.api.nvim_exec('messages', true) .. ']\\n')",
      "-c", "qa!",
    })
    return vim.fn.system(cmd)
  end

  local function plugin_copy()
    local dir = vim.fn.tempname()
    vim.fn.mkdir(dir, "p")
    vim.fn.system({ "cp", "-r", root .. "/lua", root .. "/plugin", dir })
    assert.are.equal(0, vim.v.shell_error)
    return dir
  end

  t.it("defines :Lede once, with a guard", function()
    assert.is_true(vim.g.loaded_lede)
    assert.is_not_nil(api.nvim_get_commands({})["Lede"])
    vim.cmd("runtime plugin/lede.lua") -- a second load is a no-op
    assert.is_not_nil(api.nvim_get_commands({})["Lede"])
  end)

  t.it("completes subcommands and their arguments", function()
    local all = vim.fn.getcompletion("Lede ", "cmdline")
    assert.are.same(nvim.subcommands, all)
    assert.are.same({ "sentences", "summarize" }, (function()
      local s = vim.fn.getcompletion("Lede s", "cmdline")
      table.sort(s)
      return s
    end)())
    assert.are.same({ "toggle", "on", "clear" }, vim.fn.getcompletion("Lede highlight ", "cmdline"))
    assert.are.same({ "words=" }, vim.fn.getcompletion("Lede summarize w", "cmdline"))
    assert.are.same({ "buffers", "bytes=" }, vim.fn.getcompletion("Lede summarize b", "cmdline"))
    assert.are.same({ "buffers" }, vim.fn.getcompletion("Lede claims b", "cmdline"))
    -- method= completes the method names
    assert.are.same({ "method=rank", "method=lead" }, vim.fn.getcompletion("Lede summarize method=", "cmdline"))
    assert.are.same({ "method=lead" }, vim.fn.getcompletion("Lede summarize sentences=2 method=l", "cmdline"))
  end)

  t.it(":Lede sentences lists the sentences and <CR> jumps to each", function()
    local src = open_fixture()
    local src_win = api.nvim_get_current_win()
    local text = buffer_text(src)
    local expected = lede.sentences(text)
    vim.cmd("Lede sentences")
    local scratch = api.nvim_get_current_buf()
    assert.are_not.equal(src, scratch)
    assert.are.equal(2, #api.nvim_list_wins())
    assert.are.equal("nofile", api.nvim_buf_get_option(scratch, "buftype"))
    local lines = api.nvim_buf_get_lines(scratch, 0, -1, false)
    assert.are.equal(#expected, #lines)
    for _, i in ipairs({ 1, 3, #expected }) do
      api.nvim_set_current_win(vim.fn.win_findbuf(scratch)[1])
      api.nvim_win_set_cursor(0, { i, 0 })
      press("<CR>")
      assert.are.equal(src_win, api.nvim_get_current_win())
      local row, col = position(text, expected[i].s)
      assert.are.same({ row + 1, col }, api.nvim_win_get_cursor(0))
    end
    -- q closes the list
    api.nvim_set_current_win(vim.fn.win_findbuf(scratch)[1])
    press("q")
    assert.are.equal(1, #api.nvim_list_wins())
  end)

  t.it("a range reads only those lines and jumps into them", function()
    local src = open_fixture()
    local lines = api.nvim_buf_get_lines(src, 4, 7, false) -- lines 5..7
    local text = table.concat(lines, "\n")
    local expected = lede.sentences(text)
    vim.cmd("5,7Lede sentences")
    local scratch = api.nvim_get_current_buf()
    assert.are.equal(#expected, api.nvim_buf_line_count(scratch))
    api.nvim_win_set_cursor(0, { #expected, 0 })
    press("<CR>")
    local row, col = position(text, expected[#expected].s)
    assert.are.same({ 5 + row, col }, api.nvim_win_get_cursor(0))
  end)

  t.it("opens a floating window when set up so", function()
    nvim.setup({ window = "float" })
    open_fixture()
    local ok = pcall(vim.cmd, "Lede sentences")
    nvim.setup({ window = "split" })
    assert.is_true(ok)
    assert.are_not.equal("", api.nvim_win_get_config(0).relative)
    assert.has_error(function() nvim.setup({ window = "tab" }) end)
    assert.has_error(function() nvim.setup({ colour = "red" }) end)
  end)

  t.it("refuses to read its own output windows", function()
    local src = open_fixture()
    vim.cmd("Lede sentences")
    local err = ex("Lede sentences")
    assert.truthy((err or ""):find("this window shows lede's output", 1, true), err)
    vim.fn.setqflist({}, " ", { items = { { bufnr = src, lnum = 1, text = "x" } } })
    vim.cmd("copen")
    err = ex("Lede sentences")
    assert.truthy((err or ""):find("this window shows lede's output", 1, true), err)
  end)

  t.it("reports a bad subcommand or argument in one message", function()
    open_fixture()
    local cases = {
      ["Lede frobnicate"] = "lede: unknown subcommand 'frobnicate'",
      ["Lede"] = "lede: :Lede needs a subcommand",
      ["Lede highlight sideways"] = "toggle, on or clear",
      ["Lede sentences extra"] = "lede: :Lede sentences takes no arguments",
      ["Lede claims everything"] = "lede: unknown argument 'everything'",
    }
    for command, expected in pairs(cases) do
      local err = ex(command)
      assert.truthy((err or ""):find(expected, 1, true), command .. " -> " .. tostring(err))
      assert.is_nil(err:find("traceback", 1, true))
      assert.is_nil(err:find("\n", 1, true)) -- one line
    end
    assert.are.equal(1, #api.nvim_list_wins())
  end)

  t.it(":Lede summarize shows the summary", function()
    local src = open_fixture()
    local text = buffer_text(src)
    local err = ex("Lede summarize sentences=2")
    assert.is_nil(err)
    local _, chosen = lede.summarize(text, { sentences = 2, article = lede.article and true or nil })
    local scratch = api.nvim_get_current_buf()
    assert.are_not.equal(src, scratch)
    local lines = api.nvim_buf_get_lines(scratch, 0, -1, false)
    assert.is_true(#lines >= 1 and #lines <= 2)
    assert.are.equal(#chosen, #lines)
    api.nvim_win_set_cursor(0, { #lines, 0 })
    press("<CR>")
    assert.are.equal(src, api.nvim_get_current_buf())
    local row, col = position(text, chosen[#lines].s)
    assert.are.same({ row + 1, col }, api.nvim_win_get_cursor(0))
    err = ex("Lede summarize sentences=0")
    assert.truthy((err or ""):find("sentences needs a positive number", 1, true))
  end)

  t.it(":Lede summarize focus=casualties ranks towards the toll", function()
    local src = open_fixture()
    local text = buffer_text(src)
    local _, plain = lede.summarize(text, { sentences = 1, article = true })
    local _, toll = lede.summarize(text, { sentences = 1, article = true, focus = "casualties" })
    assert.are_not.equal(plain[1].text, toll[1].text) -- the focus changes the pick
    assert.is_nil(ex("Lede summarize sentences=1 focus=casualties"))
    local lines = api.nvim_buf_get_lines(api.nvim_get_current_buf(), 0, -1, false)
    assert.are.same({ toll[1].text }, lines)
    press("q") -- closes the summary window
    assert.are.equal(src, api.nvim_get_current_buf())
  end)

  t.it(":Lede summarize buffers summarizes every open article and jumps between them", function()
    local a = open_fixture("conflict-a.txt")
    local b = open_fixture("conflict-b.txt")
    local err = ex("Lede summarize buffers sentences=2")
    assert.is_nil(err)
    local scratch = api.nvim_get_current_buf()
    local lines = api.nvim_buf_get_lines(scratch, 0, -1, false)
    assert.is_true(#lines >= 1 and #lines <= 2)
    for i, line in ipairs(lines) do
      api.nvim_set_current_win(vim.fn.win_findbuf(scratch)[1])
      api.nvim_win_set_cursor(0, { i, 0 })
      press("<CR>")
      local here = api.nvim_get_current_buf()
      assert.is_true(here == a or here == b)
      local cur = api.nvim_win_get_cursor(0)
      local from_cursor = api.nvim_buf_get_lines(here, cur[1] - 1, cur[1], false)[1]:sub(cur[2] + 1)
      -- several buffers: each line names its source
      local name, sentence = line:match("^(conflict%-[ab]%.txt): (.*)$")
      assert.are.equal(vim.fn.fnamemodify(api.nvim_buf_get_name(here), ":t"), name)
      local head = sentence:sub(1, 12)
      assert.are.equal(head, from_cursor:sub(1, #head))
    end
  end)

  t.it(":Lede highlight marks the summary sentences, toggles and clears", function()
    local src = open_fixture()
    local ns = api.nvim_create_namespace("lede")
    local function marks()
      return api.nvim_buf_get_extmarks(src, ns, 0, -1, { details = true })
    end
    local err = ex("Lede highlight")
    assert.is_nil(err)
    local text = buffer_text(src)
    local _, chosen = lede.summarize(text, { article = true })
    assert.is_true(#chosen >= 1)
    local m = marks()
    assert.are.equal(#chosen, #m)
    local row, col = position(text, chosen[1].s)
    assert.are.same({ row, col }, { m[1][2], m[1][3] })
    local erow, ecol = position(text, chosen[1].e)
    assert.are.same({ erow, ecol + 1 }, { m[1][4].end_row, m[1][4].end_col })
    vim.cmd("Lede highlight")
    assert.are.equal(0, #marks())
    vim.cmd("Lede highlight on")
    vim.cmd("Lede highlight on")
    assert.are.equal(#chosen, #marks())
    vim.cmd("Lede highlight clear")
    assert.are.equal(0, #marks())
    vim.cmd("Lede highlight sentences=1")
    assert.are.equal(1, #marks())
  end)

  t.it(":Lede claims fills the quickfix list", function()
    local src = open_fixture()
    local err = ex("Lede claims")
    assert.is_nil(err)
    local qf = vim.fn.getqflist()
    assert.is_true(#qf >= 1)
    for _, item in ipairs(qf) do
      assert.are.equal(src, item.bufnr)
      assert.is_true(item.lnum >= 1 and item.lnum <= api.nvim_buf_line_count(src))
    end
  end)

  t.it(":Lede claims buffers marks conflicts between articles", function()
    local a = open_fixture("conflict-a.txt")
    local b = open_fixture("conflict-b.txt")
    vim.cmd("Lede claims buffers")
    local qf = vim.fn.getqflist()
    local bufs, conflicts = {}, 0
    for _, item in ipairs(qf) do
      bufs[item.bufnr] = true
      if item.type == "W" and item.text:find("^CONFLICT: ") then conflicts = conflicts + 1 end
    end
    assert.is_true(bufs[a] or bufs[b])
    assert.is_true(conflicts >= 1)
  end)

  t.it(":Lede claims buffers and :Lede summarize buffers read listed buffers not loaded", function()
    vim.cmd("silent! %bwipeout!")
    vim.cmd("badd " .. vim.fn.fnameescape(FIX .. "conflict-a.txt"))
    vim.cmd("badd " .. vim.fn.fnameescape(FIX .. "conflict-b.txt"))
    vim.cmd("badd " .. vim.fn.fnameescape(FIX .. "harbor-fire.txt"))
    local listed = 0
    for _, b in ipairs(api.nvim_list_bufs()) do
      if vim.fn.buflisted(b) == 1 and api.nvim_buf_get_name(b):find("%.txt$") then
        listed = listed + 1
        assert.is_false(api.nvim_buf_is_loaded(b))
      end
    end
    assert.are.equal(3, listed)
    vim.cmd("messages clear")
    vim.cmd("Lede claims buffers")
    local bufs = {}
    for _, item in ipairs(vim.fn.getqflist()) do bufs[item.bufnr] = true end
    local n = 0
    for _ in pairs(bufs) do n = n + 1 end
    assert.is_true(n >= 2, "claims from at least two of the three buffers")
    assert.truthy(api.nvim_exec("messages", true):find("lede: read 3 articles from the listed buffers", 1, true))
    vim.cmd("messages clear")
    vim.cmd("Lede summarize buffers sentences=2")
    assert.truthy(api.nvim_exec("messages", true):find("lede: read 3 articles", 1, true))
  end)

  t.it(":Lede totals gives the article's casualty totals in one message", function()
    local src = open_fixture("conflict-a.txt")
    local totals = require("lede.nvim").command({ fargs = { "totals" } })
    assert.are.same(lede.casualty_totals(buffer_text(src)), totals)
    assert.are.same({ killed = 6, injured = 22 }, totals)
    assert.truthy(api.nvim_exec("messages", true):find("lede: injured 22, killed 6", 1, true))
    assert.truthy((ex("Lede totals now") or ""):find("takes no arguments", 1, true))
  end)

  t.it("an HTML buffer: :Lede sentences, totals and casualties read the story, not the markup", function()
    vim.cmd("edit " .. vim.fn.fnameescape(root .. "/spec/fixtures/html/harbor-shooting.html"))
    local src = api.nvim_get_current_buf()
    local text = buffer_text(src)
    vim.cmd("Lede sentences")
    local lines = api.nvim_buf_get_lines(0, 0, -1, false)
    assert.truthy(lines[1]:find("Two men were killed", 1, true))
    for _, l in ipairs(lines) do assert.is_nil(l:find("<", 1, true), l) end
    -- <CR> jumps to the sentence's place in the page
    press("<CR>")
    local row, col = position(text, text:find("PELL HARBOR", 1, true))
    assert.are.same({ row + 1, col }, api.nvim_win_get_cursor(0))
    assert.are.same({ killed = 2, injured = 1 }, require("lede.nvim").command({ fargs = { "totals" } }))
    vim.fn.setqflist({}, "r")
    assert.is_nil(ex("Lede casualties"))
    local items = vim.fn.getqflist()
    assert.are.equal(3, #items)
    assert.are.equal(row + 1, items[1].lnum)
  end)

  t.it(":Lede numbers, casualties and quotes use the quickfix list", function()
    local src = open_fixture()
    for _, name in ipairs({ "numbers", "casualties", "quotes" }) do
      vim.fn.setqflist({}, "r")
      local err = ex("Lede " .. name)
      assert.is_nil(err)
      assert.are.equal(src, api.nvim_get_current_buf()) -- the cursor stays in the article
      local expected = lede[name](buffer_text(src))
      assert.are.equal(#expected, #vim.fn.getqflist(), name)
      assert.is_true(#expected >= 1, name)
    end
  end)

  t.it(":checkhealth lede reports the module, ABI, utf8proc and LPeg", function()
    vim.cmd("checkhealth lede")
    local report = table.concat(api.nvim_buf_get_lines(0, 0, -1, false), "\n")
    assert.truthy(report:find("native module lede.core: " .. root .. "/build/lua5.1/lede/core.so", 1, true), report)
    assert.truthy(report:find("Lua ABI: 501", 1, true), report)
    assert.truthy(report:find("utf8proc version: %d+%.%d+"), report)
    assert.truthy(report:find("LPeg version: %d+%.%d+"), report)
    assert.is_nil(report:find("ERROR", 1, true), report)
  end)

  t.it("says how to build the native module when it is missing, and loads it once built", function()
    local dir = plugin_copy()
    local out = child(dir, nil, {
      "Lede sentences",
      -- what `make nvim` would produce, then the same command again
      ("lua vim.fn.mkdir(%q, 'p'); vim.fn.system({'cp', %q, %q})"):format(dir .. "/build/lua5.1/lede",
        root .. "/build/lua5.1/lede/core.so", dir .. "/build/lua5.1/lede/core.so"),
      "wincmd t",
      "Lede sentences",
      "lua io.stdout:write('LINES=' .. vim.api.nvim_buf_line_count(0) .. '\\n')",
    })
    vim.fn.delete(dir, "rf")
    assert.truthy(out:find("lede: the native module lede.core is not built; run `make nvim` in "
      .. dir, 1, true), out)
    assert.is_nil(out:find("traceback", 1, true), out)
    local n = #lede.sentences(table.concat(vim.fn.readfile(FIX .. "harbor-fire.txt"), "\n"))
    assert.truthy(out:find("LINES=" .. n .. "\n", 1, true), out)
  end)

  t.it("says the native module is for another Lua when it is", function()
    local dir = plugin_copy()
    vim.fn.mkdir(dir .. "/build/lua5.1/lede", "p")
    vim.fn.system({ "cp", root .. "/build/lua5.4/lede/core.so", dir .. "/build/lua5.1/lede/core.so" })
    local out = child(dir, nil, "Lede sentences")
    local health = child(dir, nil, { "checkhealth lede", "lua io.stdout:write(table.concat("
      .. "vim.api.nvim_buf_get_lines(0, 0, -1, false), '\\n'))" })
    vim.fn.delete(dir, "rf")
    assert.truthy(out:find("was built for another Lua, not Neovim's LuaJIT", 1, true), out)
    assert.is_nil(out:find("traceback", 1, true), out)
    assert.truthy(health:find("ERROR", 1, true), health)
    assert.truthy(health:find("built for another Lua", 1, true), health)
  end)

  t.it("uses lede.core from package.cpath when it is already there", function()
    local dir = plugin_copy()
    local cpath = root .. "/build/lua5.1/?.so"
    local out = child(dir, ("package.cpath = %q .. ';' .. package.cpath"):format(cpath),
      { "Lede sentences", "lua io.stdout:write('LINES=' .. vim.api.nvim_buf_line_count(0) .. '\\n')" })
    vim.fn.delete(dir, "rf")
    local n = #lede.sentences(table.concat(vim.fn.readfile(FIX .. "harbor-fire.txt"), "\n"))
    assert.truthy(out:find("LINES=" .. n .. "\n", 1, true), out)
    assert.is_nil(out:find("lede:", 1, true), out)
  end)

  t.it("has help tags for every subcommand in doc/lede.txt", function()
    local dir = vim.fn.tempname()
    vim.fn.mkdir(dir .. "/doc", "p")
    vim.fn.system({ "cp", root .. "/doc/lede.txt", dir .. "/doc/" })
    vim.cmd("helptags " .. vim.fn.fnameescape(dir .. "/doc"))
    local tags = table.concat(vim.fn.readfile(dir .. "/doc/tags"), "\n")
    vim.fn.delete(dir, "rf")
    for _, tag in ipairs({ "lede.txt", ":Lede", "lede-setup", "lede-health", "lede-build" }) do
      assert.truthy(tags:find(tag .. "\t", 1, true), tag)
    end
    for _, name in ipairs(nvim.subcommands) do
      assert.truthy(tags:find(":Lede-" .. name .. "\t", 1, true), name)
    end
  end)
end
