-- :Lede fix and the repaired views of an article, in a real headless Neovim
-- (run by spec/nvim/run.lua).  The text is written here: a short story whose
-- UTF-8 was once read as Windows-1252.
local assert = require("luassert")
local api = vim.api

return function(t)
  local lede = assert(require("lede.nvim").load())

  local MOJIBAKE = {
    "Harbor crews reopen the east pier",
    "",
    "Crews said on Friday the pier would reopen. \195\162\226\130\172\197\147We\195\162\226\130\172\226\132\162re "
      .. "nearly done,\195\162\226\130\172\194\157 said Maria Okonjo, the port\195\162\226\130\172\226\132\162s "
      .. "director, after the inspection.",
    "Correct text stays: caf\195\169, Stra\195\159e, \208\156\208\190\209\129\208\186\208\178\208\176.",
  }
  local REPAIRED = {
    MOJIBAKE[1],
    "",
    "Crews said on Friday the pier would reopen. \226\128\156We\226\128\153re nearly done,\226\128\157 "
      .. "said Maria Okonjo, the port\226\128\153s director, after the inspection.",
    MOJIBAKE[4],
  }

  local function article_buffer()
    vim.cmd("enew")
    local buf = api.nvim_get_current_buf()
    api.nvim_buf_set_lines(buf, 0, -1, false, MOJIBAKE)
    vim.o.undolevels = vim.o.undolevels -- an undo break: the fixture is one change
    return buf
  end

  t.it(":Lede fix repairs the buffer in place, and one undo takes it back", function()
    local buf = article_buffer()
    vim.cmd("silent Lede fix")
    assert.are.same(REPAIRED, api.nvim_buf_get_lines(buf, 0, -1, false))
    vim.cmd("silent undo")
    assert.are.same(MOJIBAKE, api.nvim_buf_get_lines(buf, 0, -1, false))
    vim.cmd("silent redo")
    assert.are.same(REPAIRED, api.nvim_buf_get_lines(buf, 0, -1, false))
    -- nothing left to repair: the buffer is not touched
    local tick = api.nvim_buf_get_changedtick(buf)
    vim.cmd("silent Lede fix")
    assert.are.equal(tick, api.nvim_buf_get_changedtick(buf))
  end)

  t.it(":[range]Lede fix repairs only the lines of the range", function()
    local buf = article_buffer()
    api.nvim_buf_set_lines(buf, 0, 1, false, { "Harbor\195\162\226\130\172\226\132\162s crews" })
    vim.cmd("silent 1Lede fix")
    local lines = api.nvim_buf_get_lines(buf, 0, -1, false)
    assert.are.equal("Harbor\226\128\153s crews", lines[1])
    assert.are.equal(MOJIBAKE[3], lines[3])
  end)

  t.it(":Lede quotes shows the quote repaired, at its place in the buffer", function()
    if not lede.quotes then return end
    local buf = article_buffer()
    vim.fn.setqflist({}, "r")
    vim.cmd("Lede quotes")
    local items = vim.fn.getqflist()
    assert.is_true(#items >= 1)
    local item = items[1]
    assert.truthy(item.text:find("We\226\128\153re nearly done", 1, true), item.text)
    assert.is_nil(item.text:find("\195\162", 1, true), item.text)
    assert.are.equal(3, item.lnum)
    local line = api.nvim_buf_get_lines(buf, 2, 3, false)[1]
    assert.are.equal("We", line:sub(item.col, item.col + 1)) -- the quoted words start here
  end)

  t.it(":Lede sentences shows the sentences repaired", function()
    article_buffer()
    vim.cmd("Lede sentences")
    local shown = table.concat(api.nvim_buf_get_lines(0, 0, -1, false), "\n")
    assert.truthy(shown:find("port\226\128\153s director", 1, true), shown)
    assert.is_nil(shown:find("\195\162\226\130\172", 1, true), shown)
  end)
end
