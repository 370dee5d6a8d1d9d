-- The claims of one story as a table: every .txt article in a directory is
-- one source.  Used by `make demo` (after the summaries) and by
-- bench/claims_seeds.lua.
-- Usage: lua examples/claims.lua [dir]   (default examples/articles)
local lede = require("lede")

local dir = ... or "examples/articles"

local files = {}
local list = io.popen('ls "' .. dir .. '" 2>/dev/null')
for name in list:lines() do
  if name:match("%.txt$") then files[#files + 1] = name end
end
list:close()
table.sort(files)

local docs, names = {}, {}
for _, name in ipairs(files) do
  local f = io.open(dir .. "/" .. name, "rb")
  if f then
    docs[#docs + 1] = f:read("*a")
    f:close()
    names[#names + 1] = name:match("^(%d+)") or name
  end
end
if #docs == 0 then
  print("claims: no .txt articles in " .. dir .. "; nothing to do")
  os.exit(0)
end

local result = lede.claims(docs)
print(("\n== claims of %d articles (%s) %s"):format(#docs, table.concat(names, ", "),
  ("="):rep(math.max(0, 40 - 4 * #docs))))
io.write(lede.claims_table(result, { names = names, width = 90 }))
