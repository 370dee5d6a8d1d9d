-- Prints the claims of the sample articles (../shared/seeds/*.txt) as a
-- table: the issue's acceptance check by eye.  Run from the repository:
--   LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/claims_seeds.lua [seeds-dir]
-- Exits 0 with a message when the seeds are absent.
local lede = require("lede")

local dir = arg[1] or "../shared/seeds"
local docs, names = {}, {}
local list = io.popen('ls "' .. dir .. '" 2>/dev/null')
local files = {}
for name in list:lines() do
  if name:match("%.txt$") then files[#files + 1] = name end
end
list:close()
table.sort(files)
for _, name in ipairs(files) do
  local f = io.open(dir .. "/" .. name, "rb")
  if f then
    docs[#docs + 1] = f:read("*a")
    f:close()
    names[#names + 1] = name:match("^(%d+)") or name
  end
end
if #docs == 0 then
  print("claims_seeds: no seed articles in " .. dir .. "; nothing to do")
  os.exit(0)
end
if not lede.casualties and not require("lede.core").casualties then
  print("claims_seeds: this build has no lede.casualties; casualty claims are empty")
end
local result = lede.claims(docs)
io.write(("claims of %d articles (%s)\n"):format(#docs, table.concat(names, ", ")))
io.write(lede.claims_table(result, { names = names, width = 90 }))
