-- Time and memory of lede.quotes and lede.claims on the hostile shapes
-- (quadratic rescans of quotes and claims) at doubling sizes: each line gives the
-- seconds and the Lua heap after the call (collectgarbage("count"), with
-- the call's garbage) and the time ratio to the size before (about 2 when
-- linear, 4 when quadratic).  Not a test: `make bench` material.
--   LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/claims_hostile.lua [KB=64] [doublings=3]
local lede = require("lede")
io.stdout:setvbuf("no")
local base = (tonumber(arg[1]) or 64) * 1024
local steps = tonumber(arg[2]) or 3

local function town(i)
  return string.char(65 + i % 26) .. string.char(97 + (i // 26) % 26) .. string.char(97 + (i // 676) % 26) .. "ow"
end

local SHAPES = {
  { "quotes: x \"a b\" (a quote with no speaker, many)", lede.quotes,
    function(n) return "x " .. ('x "a b" '):rep(n // 8) end },
  { "quotes: lossy mojibake quotes", lede.quotes,
    function(n) return ("Trumpâs âThe weâre "):rep(n // 22) end },
  { "claims: a count then a run of letters", lede.claims,
    function(n) return "Five people were killed " .. ("a"):rep(n) .. "." end },
  { "claims: 12 killed, one sentence", lede.claims, function(n) return ("12 killed "):rep(n // 10) end },
  { "claims: a different place per count", lede.claims, function(n)
      local p, size, i = {}, 0, 0
      while size < n do
        i = i + 1
        p[i] = ("A blast in %s killed %d people."):format(town(i), i % 50 + 1)
        size = size + #p[i] + 1
      end
      return table.concat(p, " ")
    end },
  { "claims: ((((", lede.claims, function(n) return ("("):rep(n) end },
  { "claims: \"\"\"\"", lede.claims, function(n) return ('"'):rep(n) end },
  { "claims: Alpha Beta Gamma Delta", lede.claims, function(n) return ("Alpha Beta Gamma Delta "):rep(n // 23) end },
}

for _, shape in ipairs(SHAPES) do
  local name, fn, make = shape[1], shape[2], shape[3]
  local last
  for k = 0, steps do
    local text = make(base * 2 ^ k)
    collectgarbage(); collectgarbage()
    local t = os.clock()
    fn(text)
    local dt = os.clock() - t
    local heap = collectgarbage("count") / 1024
    print(("%-48s %6d KB  %6.3f s  %6.1f MB heap  %s"):format(name, #text // 1024, dt, heap,
      last and last > 0.005 and ("x%.1f"):format(dt / last) or ""))
    last = dt
  end
end
