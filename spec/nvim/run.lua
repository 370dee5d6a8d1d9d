-- Runs the editor specs (spec/nvim/*_test.lua) inside a real headless Neovim:
--
--   nvim --headless -u NONE -c 'set rtp^=.' -c 'luafile spec/nvim/run.lua'
--
-- (from the repository root).  Each spec file returns function(t) that
-- registers cases with t.it(name, fn); assertions are luassert's.  Between
-- cases every window but one is closed and every buffer wiped.  The run ends
-- with `qa!` when all passed and `cquit 1` otherwise (a Lua error in -c alone
-- would still exit 0).
local out = io.stdout
local ok_load, err_load = pcall(function()
  vim.cmd("runtime plugin/lede.lua")
end)

local cases = {}
local t = {
  -- LEDE_NVIM_ONLY=pattern runs only the cases whose name matches it.
  it = function(name, fn)
    local only = os.getenv("LEDE_NVIM_ONLY")
    if not only or name:find(only) then cases[#cases + 1] = { name = name, fn = fn } end
  end,
  root = vim.fn.getcwd(),
}

local files = vim.fn.glob("spec/nvim/*_test.lua", false, true)
table.sort(files)
local failed = 0
if not ok_load then
  out:write("not ok - loading plugin/lede.lua: ", tostring(err_load), "\n")
  failed = failed + 1
end
for _, file in ipairs(files) do
  local chunk, err = loadfile(file)
  if not chunk then
    out:write("not ok - ", file, ": ", tostring(err), "\n")
    failed = failed + 1
  else
    local ok, register = pcall(chunk)
    if ok then ok, err = pcall(register, t) else err = register end
    if not ok then
      out:write("not ok - ", file, ": ", tostring(err), "\n")
      failed = failed + 1
    end
  end
end

local function reset()
  for _, w in ipairs(vim.api.nvim_list_wins()) do -- floating windows first
    if vim.api.nvim_win_get_config(w).relative ~= "" then pcall(vim.api.nvim_win_close, w, true) end
  end
  vim.cmd("silent! only!")
  vim.cmd("silent! cclose")
  vim.cmd("enew!")
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    if b ~= vim.api.nvim_get_current_buf() then
      pcall(vim.api.nvim_buf_delete, b, { force = true })
    end
  end
  vim.fn.setqflist({}, "r")
  vim.cmd("messages clear")
end

for i, case in ipairs(cases) do
  reset()
  local ok, err = xpcall(case.fn, debug.traceback)
  if ok then
    out:write(("ok %d - %s\n"):format(i, case.name))
  else
    failed = failed + 1
    out:write(("not ok %d - %s\n%s\n"):format(i, case.name, tostring(err)))
  end
end
out:write(("nvim specs (%s): %d passed, %d failed\n")
  :format(tostring(vim.version and vim.version().minor and
    ("0.%d.%d"):format(vim.version().minor, vim.version().patch) or "?"),
    #cases - failed + (ok_load and 0 or 1), failed))
out:flush()
if failed > 0 or #cases == 0 then
  vim.cmd("cquit 1")
else
  vim.cmd("qa!")
end
