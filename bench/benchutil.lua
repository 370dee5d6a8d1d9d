-- Helpers shared by the Lua benchmarks: reading the sample articles (and
-- repeating them to a size) and the process's peak memory.
local M = {}

--- The whole content of a file.
function M.read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

--- The paths of the .txt files in dir, sorted; raises when there are none.
function M.articles(dir)
  local names = {}
  local p = assert(io.popen('ls "' .. dir .. '"/*.txt 2>/dev/null'))
  for line in p:lines() do names[#names + 1] = line end
  p:close()
  assert(#names > 0, "no .txt articles in " .. dir)
  return names
end

--- The texts of the files names, in that order, repeated whole until
-- they hold at least bytes (each counted with the blank line that joins
-- them, "\n\n"): the list, and its size so counted.
function M.repeated(names, bytes)
  local texts, size = {}, 0
  while size < bytes do
    for _, name in ipairs(names) do
      local text = M.read(name)
      texts[#texts + 1] = text
      size = size + #text + 2
    end
  end
  return texts, size
end

--- The arguments of a script over the shared data, "[SHARED_DIR] [--show
-- CLASS [N]]": the directory (../shared), the class to show and how many.
function M.shared_args(args)
  local shared, show, show_n = "../shared", nil, 20
  local i = 1
  while args[i] do
    if args[i] == "--show" then
      show, show_n = args[i + 1], tonumber(args[i + 2]) or show_n
      i = i + (tonumber(args[i + 2]) and 3 or 2)
    else
      shared, i = args[i], i + 1
    end
  end
  return shared, show, show_n
end

--- Calls each(object) for every JSON line of path (lua-cjson, or lede's
-- own reader where it is missing); false when the file is absent.
function M.read_jsonl(path, each)
  local ok, cjson = pcall(require, "cjson")
  local decode = ok and cjson.decode or require("lede.json").decode
  local f = io.open(path)
  if not f then return false end
  for line in f:lines() do
    if line:find("%S") then each(decode(line)) end
  end
  f:close()
  return true
end

--- Peak resident memory of this process in MB (VmHWM), 0 where unknown.
function M.peak_mb()
  local f = io.open("/proc/self/status")
  if not f then return 0 end
  local kb = f:read("*a"):match("VmHWM:%s*(%d+)")
  f:close()
  return (tonumber(kb) or 0) / 1024
end

return M
