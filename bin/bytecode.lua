-- Writes the compiled form of lede's Lua modules for bin/lede, under the
-- interpreter that runs this script:
--
--   lua5.4 bin/bytecode.lua build/lua5.4/bytecode lua/lede/*.lua   (make does it)
--
-- Compiling the Lua sources was two fifths of a one-article `lede summarize`
-- (18 of 44 million instructions under Lua 5.4); loading compiled code is
-- a small part of that.  Not installed: a LuaRocks install reads the sources.
--
-- DIR/<module>.luac, one file a module (lede.cli.luac for lua/lede/cli.lua,
-- lede.luac for init.lua), holds
--   "lede-bytecode <n>\n", the n bytes of the source it was compiled from,
--   and string.dump of that source, to the end of the file;
-- DIR/probe holds a small chunk (PROBE below) the same way.  bin/lede uses a
-- file only when the source it finds on package.path is byte for byte the
-- one kept in it (so an edited module is read from its source, never from
-- stale code), and only when its interpreter compiles the probe byte for
-- byte as the one that wrote DIR did (another Lua, or another build of it,
-- reads the sources).
local PROBE = "local t = { ... } return #t, t[1] .. 'probe', 2 ^ 0.5"

local dir = arg[1]
if not dir or not arg[2] then
  io.stderr:write("usage: lua bin/bytecode.lua DIR lua/lede/X.lua ...\n")
  os.exit(2)
end
local loadsrc = (_VERSION == "Lua 5.1" and loadstring) or load

local function slurp(path)
  local fh = assert(io.open(path, "rb"))
  local s = fh:read("*a")
  fh:close()
  return s
end

local function spit(path, ...)
  local fh = assert(io.open(path, "wb"))
  assert(fh:write(...))
  assert(fh:close())
end

-- lua/lede/cli.lua -> lede.cli; lua/lede/init.lua -> lede
local function module_of(path)
  local rel = assert(path:match("^lua/(.+)%.lua$"), path .. ": not a file under lua/")
  return (rel:gsub("/init$", ""):gsub("/", "."))
end

for i = 2, #arg do
  local path = arg[i]
  local src = slurp(path)
  -- The chunk name bin/lede's package.path gives ("bin/../lua/lede/cli.lua"
  -- when run as bin/lede) is not known here; error positions name the
  -- file from the checkout's root.
  local fn, err = loadsrc(src, "@" .. path)
  local out = dir .. "/" .. module_of(path) .. ".luac"
  if fn then
    spit(out, "lede-bytecode ", #src, "\n", src, string.dump(fn))
  else
    -- a module being edited does not stop the build: it is read from its
    -- source, and its error shows when it is loaded
    os.remove(out)
    io.stderr:write("bin/bytecode.lua: ", tostring(err), " (left to its source)\n")
  end
end
-- the probe last (make's sign that DIR is complete): its source, then its dump
spit(dir .. "/probe", "lede-bytecode ", #PROBE, "\n", PROBE,
  string.dump(assert(loadsrc(PROBE, "=probe"))))
