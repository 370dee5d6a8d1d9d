-- lede for Neovim: one :Lede command with subcommands, and <Plug> mappings
-- for them.  Loading this file costs one command definition and a few
-- mappings; lua/lede/nvim.lua and the native module load on the first
-- :Lede.  See :help lede.
if vim.g.loaded_lede then
  return
end
vim.g.loaded_lede = true

vim.api.nvim_create_user_command("Lede", function(o)
  require("lede.nvim").command(o)
end, {
  nargs = "*",
  range = true,
  bar = true,
  desc = "lede: summarize, highlight, claims, quotes, sentences, numbers, casualties, totals",
  complete = function(arglead, cmdline, pos)
    return require("lede.nvim").complete(arglead, cmdline, pos)
  end,
})

-- <Plug>(lede-NAME) for the user to map ("nmap <leader>ls <Plug>(lede-summarize)");
-- in visual mode the command works on the selected lines.
for _, name in ipairs({ "summarize", "highlight", "claims", "quotes", "sentences", "numbers",
                        "casualties", "totals", "fix", "cancel" }) do
  local lhs = "<Plug>(lede-" .. name .. ")"
  vim.keymap.set("n", lhs, "<Cmd>Lede " .. name .. "<CR>", { silent = true, desc = "lede: " .. name })
  if name ~= "cancel" and name ~= "highlight" then
    vim.keymap.set("x", lhs, ":Lede " .. name .. "<CR>", { silent = true, desc = "lede: " .. name })
  end
end
