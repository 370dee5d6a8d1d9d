--- :checkhealth lede -- which native module loaded, its Lua ABI, the
-- utf8proc and LPeg versions, and which capabilities this build has.
-- Works with the health API of Neovim 0.7 (require("health").report_*) and
-- of newer versions (vim.health.start/ok/...).
local M = {}

local function reporter()
  local health = vim.health or require("health")
  return {
    start = health.start or health.report_start,
    ok = health.ok or health.report_ok,
    info = health.info or health.report_info,
    warn = health.warn or health.report_warn,
    error = health.error or health.report_error,
  }
end

local CAPABILITIES = { "sentences", "tokens", "article", "clean", "split_articles", "numbers",
  "casualties", "quotes", "claims", "summarize" }

function M.check()
  local h = reporter()
  h.start("lede")
  local nvim = require("lede.nvim")
  local lede, err = nvim.load()
  if not lede then
    h.error(err)
    return
  end
  local core = lede._core or require("lede.core")
  h.ok("native module lede.core: " .. tostring(nvim.module_path or "(loaded from package.preload)"))
  if core._ABI == 501 then
    h.ok("Lua ABI: 501 (Lua 5.1 / LuaJIT), the ABI of Neovim's LuaJIT")
  else
    h.error(("Lua ABI: %s, but Neovim runs LuaJIT (501); run `make nvim`"):format(tostring(core._ABI)))
  end
  h.ok("lede version: " .. tostring(lede.version))
  if core.utf8proc_version then
    h.ok("utf8proc version: " .. tostring(core.utf8proc_version))
  else
    h.warn("utf8proc version: not reported by this build of lede.core")
  end
  if core.gumbo_version then
    h.ok("libgumbo version: " .. tostring(core.gumbo_version) .. " (HTML pages)")
  else
    h.warn("libgumbo: not in this build of lede.core; HTML pages are read as text (rebuild: make nvim)")
  end
  local has_lpeg, lpeg = pcall(require, "lpeg")
  if has_lpeg then
    -- LPeg 1.0 has version(); 1.1 has a version string.
    local v = type(lpeg.version) == "function" and lpeg.version() or lpeg.version
    h.ok("LPeg version: " .. tostring(v))
  else
    h.warn("LPeg not found: the article grammar needs it (Debian: apt install lua-lpeg)")
  end
  local have, missing = {}, {}
  for _, name in ipairs(CAPABILITIES) do
    if type(lede[name]) == "function" then have[#have + 1] = name else missing[#missing + 1] = name end
  end
  h.info("available: " .. table.concat(have, ", "))
  if #missing > 0 then h.error("missing from lede: " .. table.concat(missing, ", ")) end
  local ok_json = pcall(require, "lede.json")
  if ok_json then h.ok("JSON: lua-cjson or vim.json") else h.error("JSON: lua-cjson not found") end
  -- The user's configuration: vim.g.lede as :Lede would read it.
  if vim.g.lede ~= nil then
    local ok, problem = nvim.check_config(vim.g.lede, "g:lede")
    if ok then h.ok("configuration: ok (g:lede)") else h.error(problem) end
  else
    h.ok("configuration: ok (setup() or the defaults)")
  end
  local c = nvim.config()
  h.info(("window: %s; work on %d bytes or more runs in the background (%s)"):format(c.window,
    c.async_bytes, vim.v.progpath))
end

return M
