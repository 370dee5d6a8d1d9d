-- luacheck settings for `make lint` (spec/lint.sh runs luacheck on the
-- directories below and bin/lede).  The library runs on Lua 5.1 (LuaJIT,
-- Neovim) to 5.4, so it may use what any of them defines.
std = "lua51+lua53+lua54"
max_line_length = 120
include_files = { "lua/**/*.lua", "spec/**/*.lua", "bench/**/*.lua", "examples/**/*.lua",
                  "plugin/**/*.lua", "bin/lede", ".luacheckrc" }

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

-- Pending: warnings in files other engineers are changing this session;
-- each entry ignores exactly the warning codes its file has today, so a
-- new kind of warning there still fails.  To be cleared after the merge.
local pending = {
  ["lua/lede/casualty_totals.lua"] = { "631" },      -- a long line
  ["lua/lede/claims.lua"] = { "211" },               -- unused local
  ["lua/lede/grammar.lua"] = { "311", "431" },       -- unused value, shadowed upvalue
  ["lua/lede/json.lua"] = { "211", "212" },          -- unused local and argument
  ["lua/lede/names.lua"] = { "211" },                -- unused locals
  ["lua/lede/quotes.lua"] = { "211" },               -- unused local
  ["spec/claims_spec.lua"] = { "311" },              -- overwritten value
  ["spec/hostile_spec.lua"] = { "311" },             -- unused value
  ["spec/mojibake_spec.lua"] = { "411", "631" },     -- redefined local, long line
  ["spec/nvim/commands_test.lua"] = { "411" },       -- redefined local
  ["spec/split_spec.lua"] = { "631" },               -- long lines
  ["examples/pandoc/lede-summary.lua"] = { "412" },  -- argument redefined
  ["bench/repair_eval.lua"] = { "211" },             -- unused local
  ["spec/fix_text_spec.lua"] = { "211" },            -- unused local
}
for file, codes in pairs(pending) do
  local opts = files[file] or {}
  opts.ignore = codes
  files[file] = opts
end
