-- Time and peak memory of every public function on every hostile input
-- (spec/hostile_inputs.lua) and on a 100 MB text.
-- Each row runs in a fresh interpreter, so one row's peak does not carry
-- into the next.
--
--   lua bench/hostile_bench.lua                 all rows (the table)
--   lua bench/hostile_bench.lua --row FN INPUT  one row (what the table runs)
--
-- Columns: input MB; ms (os.clock of the call); MB/s; peak MB, the
-- process's VmHWM (from /proc/self/status) minus its resident size before
-- the input was built, so it counts the input string itself plus all the
-- call made; and x, peak / input size.  Building the input leaves garbage
-- (the pieces of the big text) and a high-water mark of its own (the
-- buffers of string.rep and table.concat, up to 3x the input): the garbage
-- is collected and the mark reset (writing 5 to /proc/self/clear_refs)
-- before the call, so neither is charged to the function.  The bound is 8x:
-- rows above it are marked "over".  BENCH_HOSTILE_MB sets the size of the
-- big text (100).
local H = require("hostile_inputs")

local BIG_MB = tonumber(os.getenv("BENCH_HOSTILE_MB")) or 100
local BIG = ("%d MB of articles"):format(BIG_MB)
local LIMIT = 8

local FUNCTIONS = { "tokens", "each_token", "sentences", "each_sentence", "fold", "numbers", "casualties",
                    "casualty_totals", "article", "clean", "split_articles", "quotes", "claims",
                    "claims_table", "summarize" }
-- On the big text: the C functions through Lua, the iterators and the
-- article functions.  (quotes and claims work a window of tokens at a time,
-- but take minutes on 100 MB, and their result alone is about 2x news
-- text: doc/hostile-input.md gives the figures.)
local ON_BIG = { tokens = true, each_token = true, sentences = true,
                 each_sentence = true, fold = true, numbers = true,
                 casualties = true, casualty_totals = true, article = true, clean = true,
                 split_articles = true, summarize = true }

local function status_kb(field)
  local f = io.open("/proc/self/status")
  if not f then return 0 end
  local kb = f:read("*a"):match(field .. ":%s*(%d+)")
  f:close()
  return tonumber(kb) or 0
end

-- The sample articles, repeated until mb megabytes.
local function big_text(mb)
  local util = require("benchutil")
  return table.concat(util.repeated(util.articles("examples/articles"), mb * 1e6), "\n\n")
end

local function run_row(fname, input)
  local lede = require("lede")
  collectgarbage()
  local base = status_kb("VmRSS")
  local text = input == BIG and big_text(BIG_MB) or H.by_name[input].make()
  collectgarbage()
  local f = io.open("/proc/self/clear_refs", "w")
  if f then -- resets VmHWM to the resident size now (Linux 4.0 and later)
    f:write("5")
    f:close()
  end
  local fn = lede[fname]
  if fname == "claims_table" then
    fn = function(t) return lede.claims_table(lede.claims(t)) end
  elseif fname:match("^each_") then
    -- an iterator: the row is the whole loop over it
    fn = function(t)
      local n = 0
      for _ in lede[fname](t) do n = n + 1 end
      return n
    end
  end
  local t0 = os.clock()
  local r = fn(text)
  local dt = os.clock() - t0
  local peak = (status_kb("VmHWM") - base) / 1024
  local mb = #text / 1e6
  assert(r ~= nil)
  print(("%-15s %-30s %8.2f %9.1f %8.1f %8.1f %6s %s"):format(fname, input, mb,
    dt * 1000, mb > 0 and dt > 0 and mb / dt or 0, peak,
    mb > 0 and ("%.1f"):format(peak / mb) or "-",
    mb > 0.5 and peak / mb > LIMIT and "over" or ""))
end

if arg[1] == "--row" then
  run_row(arg[2], arg[3])
  return
end

-- The driver: one process per row, with this interpreter and paths.
local interp = arg[-1] or "lua"
local env = ("LUA_PATH=%q LUA_CPATH=%q "):format(package.path, package.cpath)
print(("Hostile input (%s): one process per row; peak = VmHWM above the resident "
  .. "size before the input; x = peak / input (bound %dx; small inputs: "
  .. "interpreter noise)"):format(_VERSION, LIMIT))
print(("%-15s %-30s %8s %9s %8s %8s %6s"):format("function", "input", "MB", "ms",
  "MB/s", "peak MB", "x"))
local rows = {}
for _, fname in ipairs(FUNCTIONS) do
  for _, h in ipairs(H.list) do rows[#rows + 1] = { fname, h.name } end
  if ON_BIG[fname] then rows[#rows + 1] = { fname, BIG } end
end
for _, r in ipairs(rows) do
  local cmd = ("%s%s bench/hostile_bench.lua --row %s %q 2>&1"):format(env, interp, r[1], r[2])
  local p = io.popen(cmd)
  io.write(p:read("*a"))
  p:close()
  io.stdout:flush()
end
