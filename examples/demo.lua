-- `make demo`: what lede makes of the sample articles in a directory.
-- Usage: lua examples/demo.lua examples/articles
local lede = require("lede")

local dir = arg[1] or "examples/articles"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

local names = {}
local p = assert(io.popen('ls "' .. dir .. '"/*.txt 2>/dev/null'))
for line in p:lines() do names[#names + 1] = line end
p:close()
if #names == 0 then
  io.stderr:write("demo: no .txt articles in ", dir, "\n")
  os.exit(1)
end

local function rule(title)
  print(("\n== %s %s"):format(title, ("="):rep(math.max(0, 72 - #title))))
end

for _, path in ipairs(names) do
  local text = read(path)
  local sents = lede.sentences(text)
  rule(path:match("[^/]+$") .. (" — %d sentences"):format(#sents))
  for i = 1, math.min(3, #sents) do
    print(("  %d. %s"):format(i, sents[i].text))
  end
end
