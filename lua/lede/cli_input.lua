--- How the command line reads its input: whole files and standard input up
-- to a size limit, --jsonl streams one line at a time (also up to the
-- limit), and binary files refused before lede reads them as text.
--
-- Every reader reads in blocks, so neither /dev/zero nor a 50 MB line costs
-- more than the limit and one block.
local io, table, tostring, tonumber, ipairs = io, table, tostring, tonumber, ipairs

local M = {}

M.BLOCK = 65536
M.DEFAULT_LIMIT = 64 * 1024 * 1024 -- bytes; --max-bytes raises it

--- "64M" -> 67108864; accepts a whole number of bytes with an optional
-- K, M or G (powers of 1024).  Returns nil for anything else.
function M.parse_size(s)
  local digits, unit = tostring(s):match("^(%d+)([KkMmGg]?)$")
  if not digits then return nil end
  local scale = ({ [""] = 1, k = 1024, m = 1048576, g = 1073741824 })[unit:lower()]
  local n = tonumber(digits) * scale
  if n < 1 then return nil end
  return n
end

-- "64 MiB" for messages.
local function size_text(n)
  for _, u in ipairs({ { 1073741824, "GiB" }, { 1048576, "MiB" }, { 1024, "KiB" } }) do
    if n >= u[1] and n % u[1] == 0 then return ("%d %s"):format(n / u[1], u[2]) end
  end
  return ("%d bytes"):format(n)
end
M.size_text = size_text

--- Reads all of fh, at most limit bytes; returns the text, or nil and a
-- message naming `where` (the file, or "standard input").
function M.read_all(fh, where, limit)
  local parts, total = {}, 0
  while true do
    local block, err = fh:read(M.BLOCK)
    if block == nil then
      if err then return nil, ("cannot read %s: %s"):format(where, tostring(err)) end
      break
    end
    total = total + #block
    if total > limit then
      return nil, ("%s is larger than the limit of %s (--max-bytes N raises it)")
        :format(where, size_text(limit))
    end
    parts[#parts + 1] = block
  end
  return table.concat(parts)
end

--- Reads the file at path ("-": stdin) up to limit bytes; returns the text,
-- or nil and a message.
function M.read_file(path, stdin, limit)
  if path == "-" then return M.read_all(stdin, "standard input", limit) end
  local fh, err = io.open(path, "rb")
  if not fh then return nil, "cannot read " .. tostring(err) end
  local text, rerr = M.read_all(fh, path, limit)
  fh:close()
  return text, rerr
end

--- Why text is not a text file, or nil when it is one: UTF-16, a NUL byte
-- (as grep and git decide), or more control characters than a text has
-- (escape sequences, machine code).  Tabs, newlines, carriage returns and
-- form feeds are text.
function M.binary_reason(text)
  local bom = text:sub(1, 2)
  if bom == "\255\254" or bom == "\254\255" then
    return "it is UTF-16 text; lede reads UTF-8 (iconv -f UTF-16 -t UTF-8 converts it)"
  end
  local nul = text:find("%z")
  if nul then return ("it holds a NUL byte (at byte %d): binary data, not text"):format(nul) end
  local controls = 0 -- counted without a copy of the text
  for _ in text:gmatch("[\1-\8\11\14-\31\127]") do controls = controls + 1 end
  if controls >= 4 and controls * 200 > #text then
    return ("%d of its %d bytes are control characters: binary data, not text")
      :format(controls, #text)
  end
  return nil
end

--- An iterator over the lines of fh (without "\n"), read in blocks, each at
-- most limit bytes long: for lineno, line, too_long, err in lines(fh, limit).
-- A longer line comes as line = nil, too_long = the bytes read of it (more
-- than limit), and ends the iteration: it may never end (/dev/zero); a read
-- error comes as line = nil, err = message.
function M.lines(fh, limit)
  local block, pos, lineno, done = "", 1, 0, false
  return function()
    local parts, size, started = {}, 0, false
    while true do
      local nl = block:find("\n", pos, true)
      local stop = nl and nl - 1 or #block
      local n = stop - pos + 1
      if n > 0 then
        started = true
        size = size + n
        if size > limit then
          done, block = true, ""
          return lineno + 1, nil, size
        end
        parts[#parts + 1] = block:sub(pos, stop)
      end
      pos = stop + 2
      if nl or (done and started) then
        lineno = lineno + 1
        return lineno, table.concat(parts)
      end
      if done then return nil end
      local err
      block, err = fh:read(M.BLOCK)
      pos = 1
      if block == nil then
        block, done = "", true
        if err then return lineno + 1, nil, nil, tostring(err) end
      end
    end
  end
end

return M
