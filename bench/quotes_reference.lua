-- A reference of lede.quotes and lede.claims, to compare a change of the
-- quote finder against: every result serialized (keys sorted) on the
-- sample articles, the spec fixtures, the seeds in ../shared when they are
-- there, the complexity patterns, and generated texts made of the words
-- the finder reads (quote marks, speech verbs, names, titles, pronouns).
-- Not a test: write a reference before a change, compare after it.
--   LUA_PATH='lua/?.lua;lua/?/init.lua;bench/?.lua;;' LUA_CPATH='build/lua5.4/?.so;;' \
--     lua5.4 bench/quotes_reference.lua OUT      (writes OUT)
-- then `cmp OUT.before OUT.after`, or diff them to see the first change.
local lede = require("lede")
local util = require("benchutil")
local patterns = require("complexity_patterns")

local out = assert(io.open(assert(arg[1], "usage: quotes_reference.lua OUT"), "wb"))

local function serialize(v, buf)
  local t = type(v)
  if t == "table" then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b)
      if type(a) == type(b) then return a < b end
      return type(a) == "number"
    end)
    buf[#buf + 1] = "{"
    for _, k in ipairs(keys) do
      buf[#buf + 1] = tostring(k) .. "="
      serialize(v[k], buf)
      buf[#buf + 1] = ","
    end
    buf[#buf + 1] = "}"
  elseif t == "string" then
    buf[#buf + 1] = ("%q"):format(v)
  elseif t == "number" then
    buf[#buf + 1] = (v == math.floor(v) and "%d" or "%.17g"):format(v)
  else
    buf[#buf + 1] = tostring(v)
  end
end

local function record(name, fn, input)
  local ok, r = pcall(fn, input)
  local buf = { "== ", name, "\n" }
  if ok then serialize(r, buf) else buf[#buf + 1] = "error " .. tostring(r) end
  buf[#buf + 1] = "\n"
  out:write(table.concat(buf))
end

local function files(cmd)
  local list = {}
  local p = assert(io.popen(cmd))
  for line in p:lines() do list[#list + 1] = line end
  p:close()
  table.sort(list)
  return list
end

local paths = files("find examples/articles spec/fixtures -type f"
  .. " \\( -name '*.txt' -o -name '*.md' -o -name '*.html' \\) 2>/dev/null")
for _, p in ipairs(files("ls ../shared/seeds/*.txt 2>/dev/null")) do paths[#paths + 1] = p end
local story = {}
for _, path in ipairs(paths) do
  local text = util.read(path)
  record("quotes " .. path, lede.quotes, text)
  record("claims " .. path, lede.claims, text)
  if path:find("^examples/articles/") then story[#story + 1] = text end
end
record("claims story examples/articles", lede.claims, story)

for _, pname in ipairs(patterns.names) do
  record("quotes pattern " .. pname, lede.quotes, patterns.make(pname, 65536))
  record("claims pattern " .. pname, lede.claims, patterns.make(pname, 16384))
end

-- Generated texts: words the finder reads, in random order (a small LCG,
-- the same texts on every interpreter).
local WORDS = {
  "“", "”", '"', '"', "'", "‘", "’", "«", "»", "„", ",", ",", ".", ".", ":", ";",
  "\n", "\n\n", "—", "(", ")", "said", "said", "says", "told", "reporters", "added",
  "noted", "stressed", "that", "that", "saying", "claiming", "stating", "according",
  "to", "called", "on", "he", "she", "they", "He", "She", "the", "The", "a", "of",
  "in", "at", "and", "but", "who", "which", "also", "later", "President", "president",
  "Minister", "foreign", "minister", "Ukrainian", "leader", "spokeswoman", "officials",
  "police", "Mayor", "mayor", "Volodymyr", "Zelenskyy", "Marco", "Rubio", "Rubio’s",
  "Kirill", "Dmitriev", "Ana", "Velic", "Board", "Service", "Miami", "de", "Gaulle",
  "Monday", "statement", "described", "confirmed", "was", "has", "talks", "bus",
  "hit", "12", "people", "killed", "MIAMI", "Fla.", "Trumpâs", "âThe", "weâre",
  "Peskov", "Kremlin", "speaking", "farmer", "Tomas", "Orue", "Hydrologist", "Mira",
  "Kell", "State", "Water", "his", "support", "reiterated", "Sybiha", "Ukraine’s",
}
local seed = 4242
local function rand(m)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % m + 1
end
for k = 1, tonumber(arg[2]) or 3000 do
  local n, w = rand(300), {}
  for i = 1, n do w[i] = WORDS[rand(#WORDS)] end
  local text = table.concat(w, " ")
  record("quotes generated " .. k, lede.quotes, text)
  if k % 10 == 0 then record("claims generated " .. k, lede.claims, text) end
end
out:close()
