-- One fixed input for instruction counts of lede.claims: the articles of
-- examples/articles, in name order, repeated to 0.5 MB, read as one
-- document ("one") or as a story of many documents ("many").  Prints the
-- mode and the number of claims; run under callgrind from the project root:
--   LUA_PATH='lua/?.lua;lua/?/init.lua;bench/?.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     valgrind --tool=callgrind lua5.4 bench/claims_callgrind.lua one|many
local mode = arg[1] or "one"
if mode ~= "one" and mode ~= "many" then
  io.stderr:write("claims_callgrind: mode one or many expected\n")
  os.exit(2)
end
local lede = require("lede")
local util = require("benchutil")

local names = util.articles("examples/articles")
table.sort(names)
local articles = util.repeated(names, 0.5e6)
local input = mode == "one" and table.concat(articles, "\n\n") or articles
print(mode, #lede.claims(input).claims)
