-- A Neovim configuration using lede (works on Neovim 0.7.2 and newer).
-- Try it without touching your own configuration:
--
--   nvim -u examples/nvim/init.lua spec/fixtures/hosts/harbor-fire.txt
--
-- (from a lede checkout, after `make nvim`).  In your own init.lua, a plugin
-- manager does the runtimepath part; see the README.

-- The lede checkout is two directories up from this file.
local this = debug.getinfo(1, "S").source:sub(2)
local lede_dir = vim.fn.fnamemodify(this, ":p:h:h:h")
vim.opt.runtimepath:prepend(lede_dir)
vim.cmd("runtime plugin/lede.lua")

-- Optional: only needed to change the defaults.
require("lede.nvim").setup({
  window = "split",             -- or "vsplit", "float"
  summary = { sentences = 3 },  -- default budget of :Lede summarize
})

-- Keys: <leader>ls summary, <leader>lh highlight it in place, <leader>lc
-- claims in the quickfix list (also on a visual selection), through the
-- plugin's <Plug> mappings (:help lede-mappings).
vim.g.mapleader = vim.g.mapleader or " "
vim.keymap.set({ "n", "x" }, "<leader>ls", "<Plug>(lede-summarize)", { desc = "lede: summary" })
vim.keymap.set("n", "<leader>lh", "<Plug>(lede-highlight)", { desc = "lede: highlight summary" })
vim.keymap.set({ "n", "x" }, "<leader>lc", "<Plug>(lede-claims)", { desc = "lede: claims" })

-- A softer colour for the highlighted summary sentences.
vim.cmd("highlight LedeSummary guibg=#3a3a20 ctermbg=58")
