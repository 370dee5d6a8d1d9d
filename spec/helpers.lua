-- Shared helpers for the busted specs.
local M = {}

--- Reads a file of the project (path relative to the repository root).
function M.read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

--- The names of the .txt files in dir (as `ls` lists them).
function M.txt_files(dir)
  local names = {}
  local p = assert(io.popen('ls "' .. dir .. '"'))
  for name in p:lines() do
    if name:match("%.txt$") then names[#names + 1] = name end
  end
  p:close()
  return names
end

--- The texts of a list of {text=} records.
function M.texts(list)
  local out = {}
  for i, r in ipairs(list) do out[i] = r.text end
  return out
end

--- Asserts that every record's s/e span is exactly its text in `text`.
function M.assert_spans(text, list)
  for _, r in ipairs(list) do
    assert(type(r.s) == "number" and type(r.e) == "number", "span fields")
    assert(r.s >= 1 and r.e <= #text and r.s <= r.e + 1,
      ("span %d..%d outside the text"):format(r.s, r.e))
    assert(text:sub(r.s, r.e) == r.text,
      ("span %d..%d is %q, not %q"):format(r.s, r.e, text:sub(r.s, r.e), r.text))
  end
end

return M
