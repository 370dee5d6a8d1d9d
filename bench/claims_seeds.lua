-- Prints the claims of the sample articles (../shared/seeds/*.txt) as a
-- table, the issue's acceptance check by eye: eight killed in the Odesa
-- strike (000, 001, 004 agree), injured 30 vs 27 (conflict), 35 killed and
-- 117 injured in Sumy.  Run from the repository:
--   LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/claims_seeds.lua [seeds-dir]
-- Exits 0 with a message when the seeds are absent.
local dir = ... or "../shared/seeds"
assert(loadfile("examples/claims.lua"))(dir)
