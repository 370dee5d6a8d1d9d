-- The Neovim host in a real headless Neovim: work off the main loop, one result
-- window per kind, configuration checked, <Plug> mappings, shipped help tags.
local assert = require("luassert")
local api = vim.api

return function(t)
  local root = t.root
  local FIX = root .. "/spec/fixtures/hosts/"
  local nvim = require("lede.nvim")

  local function ex(command)
    local ok, err = pcall(vim.cmd, command)
    return not ok and tostring(err) or nil
  end

  -- A buffer of about `mb` MB: the fixture article over and over.
  local function big_buffer(mb)
    local lines = vim.fn.readfile(FIX .. "conflict-a.txt")
    local all, size = {}, 0
    while size < mb * 1e6 do
      for _, l in ipairs(lines) do
        all[#all + 1] = l
        size = size + #l + 1
      end
    end
    vim.cmd("enew")
    api.nvim_buf_set_lines(0, 0, -1, false, all)
    return api.nvim_get_current_buf(), size
  end

  t.it("1: :Lede claims on a 5 MB buffer runs off the main loop; a timer keeps firing", function()
    local buf, size = big_buffer(5)
    assert.is_true(size >= 5e6)
    local ticks = 0
    local timer = vim.loop.new_timer()
    timer:start(50, 50, vim.schedule_wrap(function() ticks = ticks + 1 end))
    local started = vim.loop.now()
    vim.cmd("Lede claims")
    local returned_after = vim.loop.now() - started
    assert.is_true(nvim.busy(), "the work should still be running")
    assert.is_true(returned_after < 1000, "the command held the editor " .. returned_after .. " ms")
    local ticks_while = 0
    local done = vim.wait(180000, function()
      if nvim.busy() then ticks_while = ticks end
      return not nvim.busy()
    end, 20)
    timer:stop()
    timer:close()
    assert.is_true(done, "claims did not finish")
    assert.is_true(ticks_while >= 3, "the timer ran " .. ticks_while .. " times while claims worked")
    local qf = vim.fn.getqflist()
    assert.is_true(#qf >= 2, #qf .. " claims")
    assert.are.equal(buf, qf[1].bufnr)
    assert.truthy(qf[1].text:find("killed", 1, true), qf[1].text)
  end)

  t.it("1: the background work can be cancelled with :Lede cancel and the cancel key", function()
    big_buffer(3)
    vim.fn.setqflist({}, "r")
    vim.cmd("Lede quotes")
    assert.is_true(nvim.busy())
    assert.are.equal("lede: cancel", vim.fn.maparg("<C-c>", "n", false, true).desc)
    vim.cmd("Lede cancel")
    assert.is_false(nvim.busy())
    assert.are.equal("", vim.fn.maparg("<C-c>", "n"))
    vim.wait(300)
    assert.are.equal(0, #vim.fn.getqflist())
    assert.truthy(api.nvim_exec("messages", true):find("lede: quotes cancelled", 1, true))
    -- and with the key itself
    vim.cmd("Lede quotes")
    assert.is_true(nvim.busy())
    api.nvim_feedkeys(api.nvim_replace_termcodes("<C-c>", true, false, true), "x", false)
    assert.is_false(nvim.busy())
  end)

  t.it("2: each :Lede summarize reuses the summary window", function()
    vim.cmd("edit " .. vim.fn.fnameescape(FIX .. "harbor-fire.txt"))
    local src_win = api.nvim_get_current_win()
    for _ = 1, 3 do
      api.nvim_set_current_win(src_win)
      vim.cmd("Lede summarize sentences=2")
    end
    assert.are.equal(2, #api.nvim_list_wins())
    local scratch = api.nvim_get_current_buf()
    assert.are.equal("lede://summary", api.nvim_buf_get_name(scratch):match("lede://.*"))
    api.nvim_set_current_win(src_win)
    vim.cmd("Lede sentences")
    assert.are.equal(3, #api.nvim_list_wins()) -- another kind, another window
  end)

  t.it("3: doc/tags ships with the plugin and matches :helptags", function()
    local dir = vim.fn.tempname()
    vim.fn.mkdir(dir .. "/doc", "p")
    vim.fn.system({ "cp", root .. "/doc/lede.txt", dir .. "/doc/" })
    vim.cmd("helptags " .. vim.fn.fnameescape(dir .. "/doc"))
    local want = vim.fn.readfile(dir .. "/doc/tags")
    vim.fn.delete(dir, "rf")
    assert.are.same(want, vim.fn.readfile(root .. "/doc/tags"),
      "doc/tags is stale: run nvim --headless -u NONE -c 'helptags doc' -c q")
    -- the README's configuration (the checkout on 'runtimepath', no :helptags)
    local out = vim.fn.system({ "nvim", "--headless", "-u", "NONE", "-i", "NONE",
      "--cmd", "set rtp^=" .. root, "-c", "help :Lede-claims",
      "-c", "lua io.stdout:write('HELP=' .. vim.fn.expand('%:t') .. '\\n')", "-c", "qa!" })
    assert.truthy(out:find("HELP=lede.txt", 1, true), out)
  end)

  t.it("10: setup() and vim.g.lede refuse wrong names and types, naming the option", function()
    local ok, err = pcall(nvim.setup, { summary = "abc" })
    assert.is_false(ok)
    assert.truthy(tostring(err):find("summary must be a table of lede.summarize options", 1, true), err)
    ok, err = pcall(nvim.setup, { summary = { sentences = "two" } })
    assert.is_false(ok)
    assert.truthy(tostring(err):find("summary.sentences", 1, true), err)
    ok, err = pcall(nvim.setup, { windw = "float" })
    assert.truthy(not ok and tostring(err):find("unknown option 'windw'", 1, true), err)
    ok = pcall(nvim.setup, { window = "split", summary = { sentences = 2 } })
    assert.is_true(ok)
    -- vim.g.lede: read at the next :Lede, checked the same way
    vim.cmd("edit " .. vim.fn.fnameescape(FIX .. "harbor-fire.txt"))
    vim.g.lede = { summary = { sentences = 1 } }
    vim.cmd("Lede summarize")
    assert.are.equal(1, api.nvim_buf_line_count(0))
    vim.cmd("wincmd p")
    vim.g.lede = { summary = "abc" }
    local e = ex("Lede summarize")
    assert.truthy((e or api.nvim_exec("messages", true)):find("g:lede: summary must be", 1, true), e)
    vim.g.lede = nil
    nvim.setup({ summary = {} })
  end)

  t.it("10: <Plug>(lede-...) mappings run the subcommands", function()
    vim.cmd("edit " .. vim.fn.fnameescape(FIX .. "harbor-fire.txt"))
    for _, name in ipairs({ "summarize", "claims", "quotes", "cancel" }) do
      assert.are_not.equal("", vim.fn.maparg("<Plug>(lede-" .. name .. ")", "n"), name)
    end
    vim.cmd("nmap <buffer> gS <Plug>(lede-summarize)")
    api.nvim_feedkeys("gS", "x", false)
    assert.are.equal("lede://summary", api.nvim_buf_get_name(0):match("lede://.*"))
  end)

  t.it("5: a stray ./lede/core.so in the working directory is not loaded", function()
    local dir = vim.fn.tempname()
    vim.fn.mkdir(dir .. "/plugin/build/lua5.1/lede", "p")
    vim.fn.mkdir(dir .. "/cwd/lede", "p")
    vim.fn.system({ "cp", "-r", root .. "/lua", root .. "/plugin", dir .. "/plugin/" })
    vim.fn.system({ "cp", root .. "/build/lua5.1/lede/core.so", dir .. "/plugin/build/lua5.1/lede/" })
    -- what `luarocks make` used to leave in a checkout: a module for Lua 5.4
    vim.fn.system({ "cp", root .. "/build/lua5.4/lede/core.so", dir .. "/cwd/lede/core.so" })
    local out = vim.fn.system({ "sh", "-c", "cd " .. vim.fn.shellescape(dir .. "/cwd")
      .. " && env -u LUA_CPATH -u LUA_PATH nvim --headless -u NONE -i NONE --cmd 'set rtp^="
      .. dir .. "/plugin' -c 'runtime plugin/lede.lua' -c 'edit " .. FIX .. "harbor-fire.txt'"
      .. " -c 'Lede sentences' -c \"lua io.stdout:write('LINES=' .. vim.api.nvim_buf_line_count(0) .. '\\n')\""
      .. " -c 'qa!'" })
    vim.fn.delete(dir, "rf")
    assert.truthy(out:find("LINES=%d+"), out)
    assert.falsy(out:find("another Lua", 1, true), out)
  end)

  t.it("checkhealth lede checks the configuration", function()
    vim.g.lede = { window = "sideways" }
    vim.cmd("checkhealth lede")
    local report = table.concat(api.nvim_buf_get_lines(0, 0, -1, false), "\n")
    vim.g.lede = nil
    assert.truthy(report:find("g:lede: window must be 'split', 'vsplit' or 'float'", 1, true), report)
    vim.cmd("checkhealth lede")
    report = table.concat(api.nvim_buf_get_lines(0, 0, -1, false), "\n")
    assert.truthy(report:find("configuration: ok", 1, true), report)
  end)
end
