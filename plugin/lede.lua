-- lede for Neovim: one :Lede command with subcommands.  Loading this file
-- costs one command definition; lua/lede/nvim.lua and the native module load
-- on the first :Lede.  See :help lede.
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
  desc = "lede: summarize, highlight, claims, sentences, numbers, casualties",
  complete = function(arglead, cmdline, pos)
    return require("lede.nvim").complete(arglead, cmdline, pos)
  end,
})
