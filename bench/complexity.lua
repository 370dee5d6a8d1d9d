-- Complexity: every public function on adversarial patterns at doubling
-- sizes.  A row fails when its time grows more than 2.5x per doubling or
-- its peak memory passes the function's bound (doc/hostile-input.md).
--
--   lua bench/complexity.lua            1, 2, 4 and 8 MB (part of make bench)
--   lua bench/complexity.lua --quick    64 KB to 512 KB (make test-complexity)
--   lua bench/complexity.lua --only FN  one function's rows
--
-- Time: os.clock of one call, the minimum of a few repeats at each size (a
-- loaded machine only ever adds time); a row fails when its time grows
-- more than 2.5x per doubling both over the whole ladder (from its first
-- call of 1 ms) and in the median step (of calls of 5 ms or more): ratios,
-- not absolute times, so a slow machine passes as a fast one does, and one
-- disturbed size does not decide; a failing row is tried
-- again (RETRIES in all) and fails only when every try fails.
-- A call over the budget (4 s quick, 60 s full) ends its ladder; the row
-- then fails as too slow.  Memory: the peak (VmHWM) of a fresh process
-- over its resident size before the input was made, at the largest size
-- the ladder reached, as a multiple of the input (the input is counted).
--
-- Rows whose finding is fixed on another branch are pending: reported,
-- not failing, until the switch below is flipped after the merge.
local ENFORCE_PENDING = true

-- the patterns live next to this script
package.path = (arg[0]:match("^(.-)[^/]*$") or "") .. "?.lua;" .. package.path
local patterns = require("complexity_patterns")

local GROWTH = 2.5 -- largest time growth per doubling
local MIN_MS = 5 -- steps from calls shorter than this are not judged one by one
local LADDER_MIN_MS = 1 -- ... but the whole ladder is read from the first call this long
local SLACK_MB = 3 -- interpreter noise allowed over a memory bound
local RETRIES = 3 -- tries a row gets before it fails

-- Peak memory bound per function, x the input (doc/hostile-input.md says
-- why each is what it is): the functions that return a table per item
-- are bounded by their items, and the worst text has an item per byte or
-- two.
local BOUND = {
  tokens = 330, each_token = 8, sentences = 200, each_sentence = 8, fold = 8,
  numbers = 200, casualties = 80, casualty_totals = 80, article = 64,
  clean = 64, split_articles = 220, fix_text = 16, quotes = 40, claims = 80,
  claims_table = 80, summarize = 120,
}

local FUNCTIONS = { "tokens", "each_token", "sentences", "each_sentence", "fold",
  "numbers", "casualties", "casualty_totals", "article", "clean", "split_articles",
  "fix_text", "quotes", "claims", "claims_table", "summarize" }

-- Rows fixed on other branches: pattern -> functions, with the finding.
local PENDING = {
  { "short quotes", { quotes = 1, claims = 1, claims_table = 1 }, "17.1 (claims)" },
  { "mojibake quotes", { quotes = 1, claims = 1, claims_table = 1 }, "17.1 (claims)" },
  { "claim then letter run", { claims = 1, claims_table = 1 }, "17.2 (claims)" },
  { "many claims, one sentence", { claims = 1, claims_table = 1 }, "17.2 (claims)" },
  { "many places", { claims = 1, claims_table = 1 }, "17.5 (claims)" },
  { "run of (", { quotes = 1, claims = 1, claims_table = 1 }, "17.6 (claims)" },
  { 'run of "', { quotes = 1, claims = 1, claims_table = 1 }, "17.6 (claims)" },
  { "capitalized words", { quotes = 1, claims = 1, claims_table = 1 }, "17.6 (claims)" },
  -- found by this bench, in the same code as 17.2 and 17.6 (claims)
  { "nested brackets", { claims = 1, claims_table = 1 }, "17.6 (claims; found here)" },
  { "one-word sentences", { claims = 1, claims_table = 1 }, "17.2 (claims; found here)" },
  { "distinct news", { summarize = 1 }, "17.10 (summ)" },
  { "one sentence many times", { summarize = 1 }, "17.13 (summ)" },
}

local function pending_finding(fname, pname)
  for _, p in ipairs(PENDING) do
    if p[1] == pname and p[2][fname] then return p[3] end
  end
  return nil
end

-- ------------------------------------------------------------ one call

local function status_kb(field)
  local f = io.open("/proc/self/status")
  if not f then return 0 end
  local kb = f:read("*a"):match(field .. ":%s*(%d+)")
  f:close()
  return tonumber(kb) or 0
end

-- The call a row times, and what it is given: iterators are the whole
-- loop; claims_table is the table of claims(text), which is made before
-- the clock starts (the claims rows time claims).
local function caller(lede, fname)
  if fname == "claims_table" then
    return lede.claims_table, lede.claims
  elseif fname:match("^each_") then
    return function(t)
      local n = 0
      for _ in lede[fname](t) do n = n + 1 end
      return n
    end
  end
  return lede[fname]
end

-- Calls fn(text) under a deadline: a count hook raises once the call has
-- run budget seconds (Lua code is interrupted; the C core is linear).
local function timed(fn, text, budget)
  local t0 = os.clock()
  debug.sethook(function()
    if os.clock() - t0 > budget then error("over budget", 0) end
  end, "", 10000)
  local ok, err = pcall(fn, text)
  debug.sethook()
  local dt = os.clock() - t0
  if not ok and err ~= "over budget" then error(err, 0) end
  return dt, ok
end

-- The time ladder of one row: { {size, seconds}, ... }, and the size at
-- which a call passed the budget (the ladder stops there), or nil.
local function ladder(fn, prepare, pname, budget, sizes)
  local times = {}
  for _, size in ipairs(sizes) do
    local text = patterns.make(pname, size)
    local input = prepare and prepare(text) or text
    local best, tries = math.huge, 0
    -- Every call is made at least twice and the minimum kept: the least
    -- disturbed, and never the first call to need this much memory, which
    -- pays the kernel for fresh pages (a step at one size, not growth).
    repeat
      collectgarbage()
      local dt, ok = timed(fn, input, budget)
      if not ok then return times, #text end
      if dt < best then best = dt end
      tries = tries + 1
    until tries == 5 or (tries >= 3 and best > 0.01) or (tries >= 2 and best > 0.05)
    times[#times + 1] = { #text, best }
    -- a size whose call would pass the budget even if the time grew
    -- linearly is not tried: the row is already too slow
    if best * 2 > budget and size < sizes[#sizes] then return times, #text * 2 end
  end
  return times, nil
end

-- Child: the ladder of one function on the first-th pattern.  Prints
-- "row NAME", then "SIZE SECONDS" lines, "over SIZE", "error MESSAGE" or
-- "skipped", and "end".  skip: leave out pending rows.
local function run_ladders(fname, budget, first, skip, sizes)
  local lede = require("lede")
  local fn, prepare = caller(lede, fname)
  for k = first, first do
    local pname = patterns.names[k]
    print("row " .. pname)
    io.stdout:flush()
    if skip and pending_finding(fname, pname) then
      print("skipped")
    else
      local ok, times, over = pcall(ladder, fn, prepare, pname, budget, sizes)
      if not ok then
        print("error " .. tostring(times):gsub("\n", " "))
      else
        for _, t in ipairs(times) do print(("%d %.6f"):format(t[1], t[2])) end
        if over then print(("over %d"):format(over)) end
      end
    end
    print("end")
    io.stdout:flush()
  end
end

-- Child: peak memory of one call on a fresh process (see hostile_bench.lua).
local function run_memory(fname, pname, size)
  local lede = require("lede")
  local fn, prepare = caller(lede, fname)
  collectgarbage()
  local base = status_kb("VmRSS")
  local text = patterns.make(pname, size)
  local n = #text
  local input = prepare and prepare(text) or text
  collectgarbage()
  local f = io.open("/proc/self/clear_refs", "w")
  if f then -- resets VmHWM to the resident size now (Linux 4.0 and later)
    f:write("5")
    f:close()
  end
  fn(input)
  print(("%d %d"):format(n, (status_kb("VmHWM") - base) * 1024))
end

if arg[1] == "--ladders" then
  local sizes = {}
  for i = 6, #arg do sizes[#sizes + 1] = tonumber(arg[i]) end
  run_ladders(arg[2], tonumber(arg[3]), tonumber(arg[4]), arg[5] == "skip", sizes)
  return
elseif arg[1] == "--memory" then
  run_memory(arg[2], arg[3], tonumber(arg[4]))
  return
end

-- ------------------------------------------------------------ the driver

local quick, only = false, nil
local i = 1
while arg[i] do
  if arg[i] == "--quick" then quick = true
  elseif arg[i] == "--only" then i = i + 1; only = arg[i]
  else error("unknown argument " .. arg[i]) end
  i = i + 1
end

local KB = 1024
local SIZES = quick and { 64 * KB, 128 * KB, 256 * KB, 512 * KB }
  or { 1024 * KB, 2048 * KB, 4096 * KB, 8192 * KB }
local BUDGET = quick and 4 or 60

local interp = arg[-1] or "lua"
local env = ("LUA_PATH=%q LUA_CPATH=%q "):format(package.path, package.cpath)
local self = arg[0]

-- A child has a hard limit too (timeout(1)): one call can hang.  The
-- ladders run with glibc's malloc keeping the memory it freed (no trim,
-- no mmap): otherwise each call of a big result pays the kernel again for
-- the pages the call before gave back, and the first call to need 150 MB
-- measures page faults, not the function.  Memory rows run as they are.
local KEEP_HEAP = "MALLOC_TRIM_THRESHOLD_=4000000000 MALLOC_MMAP_THRESHOLD_=4000000000 "
local function child(args, limit, keep_heap)
  local p = io.popen(("%s%stimeout %d %s %s %s 2>&1"):format(env, keep_heap and KEEP_HEAP or "",
    limit, interp, self, args))
  local out = p:read("*a")
  p:close()
  return out
end

-- The ladder of one row, parsed: { times =, over =, err =, skipped = }.
-- Each row has its own child, killed past CHILD_LIMIT (a call the deadline
-- hook cannot stop: one long C call, an LPeg match); the row then fails.
local CHILD_LIMIT = quick and 120 or 1200
local function ladder_row(fname, k)
  local skip = quick and not ENFORCE_PENDING and "skip" or "all"
  local out = child(("--ladders %s %g %d %s %s"):format(fname, BUDGET, k, skip,
    table.concat(SIZES, " ")), CHILD_LIMIT, true)
  local r, ended = { times = {} }, false
  for line in out:gmatch("[^\n]+") do
    local a, b = line:match("^(%d+) ([%d.]+)$")
    if line == "end" then ended = true
    elseif line == "skipped" then r.skipped = true
    elseif a then r.times[#r.times + 1] = { tonumber(a), tonumber(b) }
    elseif line:match("^over ") then r.over = tonumber(line:match("^over (%d+)"))
    elseif not line:match("^row ") then r.err = r.err or line:gsub("^error ", "") end
  end
  if not ended and not r.err then r.err = ("killed after %d s"):format(CHILD_LIMIT) end
  return r
end

-- Peak memory of one row at size, on a fresh process: bytes, input bytes.
local function memory(fname, pname, size)
  local m = child(("--memory %s %q %d"):format(fname, pname, size), BUDGET * 4)
  local n, peak = m:match("^(%d+) (%d+)")
  return tonumber(peak), tonumber(n)
end

-- The rows whose memory the quick form measures (one process each): the
-- memory findings and each function's worst shape; the full form measures
-- every row.
local QUICK_MEMORY = { ["numbers with commas"] = true, ["run of ("] = true,
  ["capitalized words"] = true, ["distinct news"] = true, ["form feeds a\\f"] = true }

-- Judges one row; returns its line and whether it failed.
local function row(fname, pname, r)
  r = r or { times = {}, err = "no result (the child stopped)" }
  if r.skipped then
    return ("%-15s %-26s pending %s: not run in the quick form"):format(fname, pname,
      pending_finding(fname, pname)), false
  end
  local times, problems = r.times, {}
  if r.err then problems[#problems + 1] = "error: " .. r.err end
  if r.over then
    problems[#problems + 1] = ("over %g s at %d KB"):format(BUDGET, math.floor(r.over / KB))
  end
  -- growth per doubling: over the whole ladder, from the first call of
  -- LADDER_MIN_MS or more, and the median of the ratios between one size
  -- and the next, from the first call of MIN_MS or more (a short call is
  -- read with the clock's noise in it).  A row fails only when both pass
  -- the bound: super-linear time raises both at every step, one size
  -- disturbed by the machine raises only one (the largest input falling
  -- out of a shared cache while another suite runs beside it: a step of
  -- x2.7 in a ladder of x2.2, seen on a quick ladder that judged one step).
  local j, first = 1, 1
  while times[j] and times[j][2] * 1000 < MIN_MS do j = j + 1 end
  while times[first] and times[first][2] * 1000 < LADDER_MIN_MS do first = first + 1 end
  local growth
  if j < #times then
    local ratios = {}
    for k = j + 1, #times do ratios[#ratios + 1] = times[k][2] / times[k - 1][2] end
    table.sort(ratios)
    local median = ratios[math.floor((#ratios + 1) / 2)] -- of two, the smaller
    local doublings = math.log(times[#times][1] / times[first][1]) / math.log(2)
    growth = (times[#times][2] / times[first][2]) ^ (1 / doublings)
    if growth > GROWTH and median > GROWTH then
      problems[#problems + 1] = ("time x%.2f per doubling (median x%.2f)"):format(growth, median)
    end
  end
  local x
  if #times > 0 and not r.err and (not quick or QUICK_MEMORY[pname]) then
    local peak, n = memory(fname, pname, times[#times][1])
    if peak then
      x = peak / n
      if peak > BOUND[fname] * n + SLACK_MB * 1e6 then
        problems[#problems + 1] = ("memory %.0fx over its bound %dx"):format(x, BOUND[fname])
      end
    end
  end
  local cells = {}
  for k = 1, #SIZES do
    cells[k] = times[k] and ("%9.1f"):format(times[k][2] * 1000) or ("%9s"):format("-")
  end
  local finding = pending_finding(fname, pname)
  local verdict = #problems == 0 and "ok" or (finding and not ENFORCE_PENDING)
    and ("pending " .. finding .. ": " .. table.concat(problems, "; "))
    or ("FAIL: " .. table.concat(problems, "; "))
  local line = ("%-15s %-26s %s %7s %7s  %s"):format(fname, pname, table.concat(cells, " "),
    growth and ("%.2f"):format(growth) or "-", x and ("%.1f"):format(x) or "-", verdict)
  return line, verdict:sub(1, 4) == "FAIL"
end

local header = {}
for k, s in ipairs(SIZES) do
  local label = s >= 1024 * KB and math.floor(s / (1024 * KB)) .. " MB" or math.floor(s / KB) .. " KB"
  header[k] = ("%9s"):format(label .. " ms")
end
print(("Complexity (%s, %s): time per call (min of repeats), growth per doubling "
  .. "(bound %.1f), peak memory x input at the largest size"):format(_VERSION,
  quick and "quick" or "full", GROWTH))
print(("%-15s %-26s %s %7s %7s  %s"):format("function", "pattern", table.concat(header, " "),
  "growth", "peak x", "verdict"))
local passed, failed = 0, 0
local lede = require("lede")
for _, fname in ipairs(FUNCTIONS) do
  if lede[fname] and (not only or only == fname) then
    for k, pname in ipairs(patterns.names) do
      local line, bad = row(fname, pname, ladder_row(fname, k))
      -- A failing row is measured again on fresh processes and fails only
      -- when every try fails: a super-linear path fails each time, while a
      -- machine busy with something else disturbs one run, not three.
      local tries = 1
      while bad and tries < RETRIES do
        tries = tries + 1
        local again
        again, bad = row(fname, pname, ladder_row(fname, k))
        line = bad and again or (again .. (" (on try %d)"):format(tries))
      end
      print(line)
      io.stdout:flush()
      if bad then failed = failed + 1 else passed = passed + 1 end
    end
  end
end
print(("complexity: %d passed, %d failed"):format(passed, failed))
os.exit(failed == 0 and 0 or 1)
