-- luacheck settings for `make lint` (spec/lint.sh runs luacheck on the
-- directories below and bin/lede).  The library runs on Lua 5.1 (LuaJIT,
-- Neovim) to 5.4, so it may use what any of them defines.
std = "lua51+lua53+lua54"
max_line_length = 120
include_files = { "lua/**/*.lua", "spec/**/*.lua", "bench/**/*.lua", "examples/**/*.lua",
                  "plugin/**/*.lua", "lexicon/**/*.lua", "bin/lede", ".luacheckrc" }

-- Neovim's API table, for the editor glue and the editor's tests.
local nvim = { globals = { "vim" } }
files["lua/lede/nvim.lua"] = nvim
files["lua/lede/health.lua"] = nvim
files["lua/lede/nvim_worker.lua"] = nvim
files["plugin"] = nvim
files["examples/nvim"] = nvim
files["spec/nvim"] = { std = "+busted", globals = { "vim" } }

files["spec"] = { std = "+busted" }
-- The benchmarks also run under LuaJIT and report its `jit.version`.
files["bench"] = { std = "+luajit" }
-- A pandoc Lua filter runs with pandoc's globals (pandoc 2.17, Lua 5.3).
files["examples/pandoc"] = {
  read_globals = { "pandoc", "PANDOC_SCRIPT_FILE", "PANDOC_VERSION", "FORMAT" },
}
