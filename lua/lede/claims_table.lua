--- The claims of lede.claims as a plain-text table, for `make demo` and the
-- command line.
--
-- local claims_table = require("lede.claims_table")
-- claims_table.render(result, opts) --> string (lines end with "\n")
--   result: what lede.claims returns.
--   opts (optional): names = { "000", "001", ... } labels for the documents
--   (default: their numbers), width = 100 (column budget for quotes).
--
--   Casualties                         sources
--   killed      8            Odesa     agree: 000, 001, 004
--   injured     30 | 27      Odesa     CONFLICT: 30 (001) vs 27 (004)
--   killed      357          Honduras  revised: 21 (a, 2026-10-05) → 357 (b, 2026-10-09)
--   killed      35           Kramatorsk compatible: at least 30 (c), 35 (d)
--   killed      at least 35  Sumy      002
--   killed      200          Kenya     003  (other time)
--   killed      12           Varn      005  cited: 17 (005)
--   Quotes
--   Kirill Dmitriev (Kremlin envoy), 001, 004:
--     “The discussions are proceeding constructively…”
local string, table, math = string, table, math
local ipairs, type, tostring, error = ipairs, type, tostring, error

local M = {}

-- Cuts s to at most n bytes without splitting a UTF-8 character, with "…".
local function cut(s, n)
  if #s <= n then return s end
  if n <= 3 then return "…" end -- (no room for any of s: never half a character)
  local e = n - 3
  while e > 0 and s:byte(e + 1) and s:byte(e + 1) >= 0x80 and s:byte(e + 1) < 0xC0 do
    e = e - 1
  end
  return s:sub(1, e) .. "…"
end

-- Width in characters (UTF-8 continuation bytes do not count).
local function width(s)
  local _, cont = s:gsub("[\128-\191]", "")
  return #s - cont
end

local function pad(s, n)
  return s .. string.rep(" ", math.max(0, n - width(s)))
end

local function number(x)
  if x == math.floor(x) and math.abs(x) < 2 ^ 53 then
    return string.format("%d", x)
  end
  return tostring(x)
end

-- "at least 35", "8", "10-15".
local function value(v)
  local q = v.qualifier or "exact"
  if q == "range" and v.min and v.max then
    return number(v.min) .. "-" .. number(v.max)
  end
  if q == "exact" then return number(v.count) end
  if q == "vague" or q == "unspecified" then return q .. " " .. number(v.count) end
  return q .. " " .. number(v.count)
end

local function label(names, doc)
  return names and names[doc] or tostring(doc)
end

local function doc_list(names, sources)
  local seen, out = {}, {}
  for _, s in ipairs(sources) do
    if not seen[s.doc] then
      seen[s.doc] = true
      out[#out + 1] = label(names, s.doc)
    end
  end
  return table.concat(out, ", ")
end

-- "21 (1, 2026-10-05) → 174 (2, 2026-10-07)": the figures of a claim
-- revised over time, each once, in time order.
local function history_text(names, history)
  local parts, last = {}, nil
  for _, h in ipairs(history) do
    local v = value(h)
    if v ~= last then
      parts[#parts + 1] = v .. " (" .. label(names, h.doc) .. (h.date and (", " .. h.date) or "") .. ")"
      last = v
    end
  end
  return table.concat(parts, " → ")
end

-- What a reader must know beside a claim's figure: that it is of another
-- time than the articles' event (a past strike recalled), and the figures
-- the articles cite from others ("the 17 given by officials"), which never
-- win.
local function notes(names, c)
  local out = ""
  if c.other_time then out = "  (other time)" end
  if type(c.cited) == "table" and #c.cited > 0 then
    local parts = {}
    for _, x in ipairs(c.cited) do
      if type(x) == "table" and type(x.count) == "number" then
        parts[#parts + 1] = number(x.count) .. " (" .. label(names, x.doc) .. ")"
      end
    end
    if #parts > 0 then out = out .. "  cited: " .. table.concat(parts, ", ") end
  end
  return out
end

local function bad_result(what, ...)
  error(("bad argument #1 to 'claims_table' (" .. what .. ")"):format(...), 4)
end

-- The shapes render reads, checked, so a malformed result is an error
-- that names the field, not a failure deep in the formatting.
local function check_sources(where, list)
  if type(list) ~= "table" then bad_result("%s.sources must be a table", where) end
  for k, src in ipairs(list) do
    if type(src) ~= "table" or type(src.doc) ~= "number" then
      bad_result("%s.sources[%d] needs a doc number", where, k)
    end
  end
end

local function check_result(result)
  if type(result) ~= "table" or type(result.claims) ~= "table" then
    bad_result("result of lede.claims expected")
  end
  if result.conflicts ~= nil and type(result.conflicts) ~= "table" then
    bad_result("conflicts must be a table")
  end
  for i, c in ipairs(result.claims) do
    local where = ("claims[%d]"):format(i)
    if type(c) ~= "table" then bad_result("%s is a %s, table expected", where, type(c)) end
    if c.type == "casualty" then
      if type(c.kind) ~= "string" or type(c.count) ~= "number" then
        bad_result("%s needs kind (string) and count (number)", where)
      end
      check_sources(where, c.sources)
      if c.conflict ~= nil then
        local x = type(result.conflicts) == "table" and result.conflicts[c.conflict]
        if type(x) ~= "table" or type(x.values) ~= "table" then
          bad_result("%s.conflict names no entry of conflicts", where)
        end
        for k, v in ipairs(x.values) do
          if type(v) ~= "table" or type(v.count) ~= "number" then
            bad_result("conflicts[%s].values[%d] needs a count", tostring(c.conflict), k)
          end
          check_sources(("conflicts[%s].values[%d]"):format(tostring(c.conflict), k), v.sources)
        end
      end
      if c.history ~= nil and type(c.history) ~= "table" then
        bad_result("%s.history must be a table", where)
      end
      for k, h in ipairs(c.history or {}) do
        if type(h) ~= "table" or type(h.count) ~= "number" or type(h.doc) ~= "number" then
          bad_result("%s.history[%d] needs count and doc (numbers)", where, k)
        end
      end
    elseif c.type == "quote" then
      if type(c.text) ~= "string" then bad_result("%s.text must be a string", where) end
      check_sources(where, c.sources)
    end
  end
end

--- Renders a claims result as text.
function M.render(result, opts)
  check_result(result)
  -- Options are checked, so a NaN or negative
  -- width is an error naming it, not a failure deep in string.sub
  if opts ~= nil and type(opts) ~= "table" then
    error(("bad argument #2 to 'claims_table' (table expected, got %s)"):format(type(opts)), 2)
  end
  opts = opts or {}
  local cols = opts.width
  if cols ~= nil and not (type(cols) == "number" and cols >= 1) then
    error(("bad argument #2 to 'claims_table' (width must be a positive number, got %s)")
      :format(tostring(cols)), 2)
  end
  if opts.names ~= nil and type(opts.names) ~= "table" then
    error(("bad argument #2 to 'claims_table' (names must be a table, got %s)")
      :format(type(opts.names)), 2)
  end
  -- a fractional width is cut down; math.huge stays (no cut is that long)
  if cols and cols < math.huge then cols = math.floor(cols) end
  local names, budget = opts.names, cols or 100
  local lines = {}
  local rows = {}
  for _, c in ipairs(result.claims) do
    if c.type == "casualty" then
      local conflict = c.conflict and result.conflicts[c.conflict]
      local val, src
      if conflict then
        local vals, parts = {}, {}
        for _, v in ipairs(conflict.values) do
          vals[#vals + 1] = value(v)
          parts[#parts + 1] = value(v) .. " (" .. doc_list(names, v.sources) .. ")"
        end
        val = table.concat(vals, " | ")
        src = (conflict.compatible and "differ: " or "CONFLICT: ")
          .. table.concat(parts, " vs ")
      elseif c.history then
        val = value(c)
        src = "revised: " .. history_text(names, c.history)
      elseif c.values then
        val = value(c)
        local parts = {}
        for _, v in ipairs(c.values) do
          parts[#parts + 1] = value(v) .. " (" .. doc_list(names, v.sources or {}) .. ")"
        end
        src = "compatible: " .. table.concat(parts, ", ")
      else
        val = value(c)
        src = (#c.sources > 1 and "agree: " or "") .. doc_list(names, c.sources)
      end
      rows[#rows + 1] = { c.kind .. (c.who and c.who ~= "people" and (" " .. c.who) or ""),
                          val, c.place or "-", src .. notes(names, c) }
    end
  end
  if #rows > 0 then
    local w = { #"Casualties", #"count", #"place" }
    for _, r in ipairs(rows) do
      for k = 1, 3 do w[k] = math.max(w[k], width(r[k])) end
    end
    lines[#lines + 1] = pad("Casualties", w[1]) .. "  " .. pad("count", w[2]) .. "  "
      .. pad("place", w[3]) .. "  sources"
    for _, r in ipairs(rows) do
      lines[#lines + 1] = pad(r[1], w[1]) .. "  " .. pad(r[2], w[2]) .. "  "
        .. pad(r[3], w[3]) .. "  " .. r[4]
    end
  else
    lines[#lines + 1] = "Casualties: none found"
  end
  local quotes = {}
  for _, c in ipairs(result.claims) do
    if c.type == "quote" then quotes[#quotes + 1] = c end
  end
  if #quotes > 0 then
    lines[#lines + 1] = "Quotes"
    for _, q in ipairs(quotes) do
      local who = q.speaker or "(unattributed)"
      if q.title then who = who .. " (" .. q.title .. ")" end
      local mark = q.kind == "direct" and "“" .. cut(q.text, budget) .. "”"
        or "[reported] " .. cut(q.text, budget)
      lines[#lines + 1] = who .. ", " .. doc_list(names, q.sources) .. ":"
      lines[#lines + 1] = "  " .. mark:gsub("%s+", " ")
    end
  end
  return table.concat(lines, "\n") .. "\n"
end

return M
