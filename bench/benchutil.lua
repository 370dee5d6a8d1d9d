-- Helpers shared by the Lua benchmarks: reading the sample articles and
-- the process's peak memory.
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

--- Peak resident memory of this process in MB (VmHWM), 0 where unknown.
function M.peak_mb()
  local f = io.open("/proc/self/status")
  if not f then return 0 end
  local kb = f:read("*a"):match("VmHWM:%s*(%d+)")
  f:close()
  return (tonumber(kb) or 0) / 1024
end

return M
