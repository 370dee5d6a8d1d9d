-- `make bench`: lede.fix_text throughput (MB/s of input) on text that
-- needs no repair and on text that is all mojibake, ~N MB each.
--
--   lua5.4 bench/repair_bench.lua examples/articles [MB]
local lede = require("lede")
local charset = require("lede.charset")
local util = require("benchutil")

local dir, mb = arg[1] or "examples/articles", tonumber(arg[2]) or 10

-- The sample articles that need no repair, repeated to mb MB.
local parts = {}
for _, path in ipairs(util.articles(dir)) do
  local text = util.read(path)
  local _, changes = lede.fix_text(text)
  if #changes == 0 then parts[#parts + 1] = text end
end
local unit = table.concat(parts, "\n\n")
local clean = unit:rep(math.ceil(mb * 1e6 / #unit))

-- Correct text where most characters are not ASCII (a repair may start at
-- each of them): French, German, Russian, Greek.
local intl_unit = "Le château a été fermé à cause de la grève, « c’est grave ». "
  .. "Die Straße nach Köln war gesperrt, sagte der Bürgermeister. "
  .. "Москва объявила о переговорах в четверг. "
  .. "Η κυβέρνηση ανακοίνωσε νέα μέτρα σήμερα.\n"
local intl = intl_unit:rep(math.ceil(mb * 1e6 / #intl_unit))

-- Text as a program that read its UTF-8 as Windows-1252 shows it: the
-- news (each ’ “ ” — é misread) and the other languages (nearly every
-- character misread).
local function misread(s)
  return (s:gsub("[\128-\255]", function(b)
    local n = b:byte()
    return charset.encode(charset.cp1252[n] or n)
  end))
end
local mojibake = misread(clean)
local intl_mojibake = misread(intl_unit)
intl_mojibake = intl_mojibake:rep(math.ceil(mb * 1e6 / #intl_mojibake))

local function run(name, text, opts)
  local best = math.huge
  local changes
  for _ = 1, 3 do
    collectgarbage()
    local t0 = os.clock()
    local _, ch = lede.fix_text(text, opts)
    local dt = os.clock() - t0
    if dt < best then best = dt end
    changes = #ch
  end
  print(("%-34s %7.1f MB  %8.1f MB/s  %9d changes"):format(name, #text / 1e6,
    #text / 1e6 / best, changes))
end

print(("lede.fix_text, %s (best of 3)"):format(_VERSION))
run("clean English news (no repair)", clean)
run("clean, entities+spaces asked", clean, { entities = true, spaces = true })
run("clean fr/de/ru/el (no repair)", intl)
run("news, mojibake (read as cp1252)", mojibake)
run("fr/de/ru/el, all mojibake", intl_mojibake)
print(("peak memory %.0f MB"):format(util.peak_mb()))
