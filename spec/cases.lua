-- Reads a case file of spec/cases/ (cmark's spec.txt shape): examples in
-- fences of 32 backticks, the input, a "." line, the expected lines.
-- Returns { {section=, line=, input=, expected={ line, ... }}, ... }.
local M = {}

local FENCE = string.rep("`", 32)

function M.read(path)
  local f = assert(io.open(path, "rb"))
  local cases, section, cur, part = {}, "", nil, nil
  local n = 0
  for line in f:lines() do
    n = n + 1
    if not cur then
      if line:match("^## ") then
        section = line:sub(4)
      elseif line == FENCE .. " example" then
        cur, part = { section = section, line = n, input = {}, expected = {} }, "input"
      end
    elseif line == FENCE then
      cur.input = table.concat(cur.input, "\n")
      cases[#cases + 1] = cur
      cur = nil
    elseif line == "." and part == "input" then
      part = "expected"
    else
      table.insert(cur[part], line)
    end
  end
  f:close()
  assert(not cur, path .. ": an example is not closed")
  return cases
end

return M
