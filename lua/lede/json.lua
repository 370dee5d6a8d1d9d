--- JSON for lede's command line, adapters and Neovim worker: lua-cjson (or
-- Neovim's vim.json, the same library) does the parsing and writing; this
-- file adds what lede's hosts need around it.
--
-- encode(value) -> string.  Strings that are not valid UTF-8 have their bad
-- bytes replaced by U+FFFD, so the output is always valid JSON; tables marked
-- by json.array(t) encode as arrays even when empty ([]).  Key order is
-- lua-cjson's (not sorted).
--
-- decode(text) -> value, raw_id | nil, message.  Strict where lua-cjson is lenient:
-- numbers must be JSON numbers (`01`, `1.` and `.5` are refused); a leading
-- byte order mark is skipped.  JSON null becomes json.null.
--
-- Its second result is the "id" of a top-level object exactly as written
-- (1500000000000000001, 1e400, "a\u00e9"), or nil: numbers lose digits once
-- decoded, and an id must go back to the caller byte for byte.
-- LPeg on Lua 5.1 sets a global `lpeg` when it loads: put the globals back.
local had_lpeg = rawget(_G, "lpeg") ~= nil
local lpeg = require("lpeg")
if not had_lpeg then rawset(_G, "lpeg", nil) end
local type, pairs, next, pcall, error, setmetatable, getmetatable, tostring, rawget, require, concat =
  type, pairs, next, pcall, error, setmetatable, getmetatable, tostring, rawget, require, table.concat

local P, R, S, V, Cp, Ct = lpeg.P, lpeg.R, lpeg.S, lpeg.V, lpeg.Cp, lpeg.Ct

-- A private lua-cjson instance, so that its settings are not the caller's.
local function library()
  local ok, cjson = pcall(require, "cjson")
  if ok then return cjson.new and cjson.new() or cjson end
  local nvim = rawget(_G, "vim")
  if type(nvim) == "table" and nvim.json then return nvim.json end
  error("lede: lua-cjson is not installed (Debian: apt install lua-cjson; LuaRocks: "
    .. "luarocks install lua-cjson)", 0)
end
local cjson = library()
if cjson.encode_invalid_numbers then cjson.encode_invalid_numbers("null") end
if cjson.decode_invalid_numbers then cjson.decode_invalid_numbers(false) end
if cjson.encode_escape_forward_slash then cjson.encode_escape_forward_slash(false) end

local M = {}

M.null = cjson.null

-- ------------------------------------------------------------ UTF-8

-- The core's one UTF-8 decoder (strict, as utf8proc) says where a string
-- stops being valid; the bytes before that are copied as they are.
local core = require("lede.core")
local REPLACEMENT = "\239\191\189" -- U+FFFD

--- s with every byte that starts no valid UTF-8 sequence replaced by U+FFFD.
function M.valid_utf8(s)
  local ok, bad = core.utf8_valid(s)
  if ok then return s end
  local parts, from = {}, 1
  while not ok do
    parts[#parts + 1] = s:sub(from, bad - 1)
    parts[#parts + 1] = REPLACEMENT
    from = bad + 1
    ok, bad = core.utf8_valid(s, from)
  end
  parts[#parts + 1] = s:sub(from)
  return concat(parts)
end

-- ------------------------------------------------------------ encode

local array_mt = {}
-- lua-cjson 2.1 writes every empty table as {}: an empty array is written as
-- this string and turned into [] after encoding.
local EMPTY = "\0lede:empty-array\0"
local EMPTY_JSON = cjson.encode(EMPTY)

--- Marks t as a JSON array (so an empty table encodes as []).
function M.array(t)
  return setmetatable(t or {}, array_mt)
end

-- A copy of v that lua-cjson can write: strings made valid UTF-8, empty
-- arrays replaced by EMPTY.  Copies only the tables it must change.
local function prepare(v, depth)
  local tv = type(v)
  if tv == "string" then return M.valid_utf8(v) end
  if tv ~= "table" or v == M.null then return v end
  if depth > 100 then error("lede: a value nested more than 100 deep cannot be written", 0) end
  if getmetatable(v) == array_mt and next(v) == nil then return EMPTY end
  local out = {}
  for k, x in pairs(v) do
    out[type(k) == "string" and M.valid_utf8(k) or k] = prepare(x, depth + 1)
  end
  return out
end

function M.encode(v)
  local s = cjson.encode(prepare(v, 0))
  if s:find(EMPTY_JSON, 1, true) then s = s:gsub(EMPTY_JSON:gsub("%p", "%%%0"), "[]") end
  return s
end

-- ------------------------------------------------------------ decode

local ws = S(" \t\r\n") ^ 0
local str = P('"') * (P("\\") * P(1) + (1 - S('"\\'))) ^ 0 * P('"')
local num = P("-") ^ -1 * (P("0") + R("19") * R("09") ^ 0)
  * (P(".") * R("09") ^ 1) ^ -1 * (S("eE") * S("+-") ^ -1 * R("09") ^ 1) ^ -1
  * -(R("09") + S(".eE+-"))
-- The shape of a JSON text, numbers checked strictly; the top-level "id"
-- member leaves the positions of its value.
local grammar = P({
  "text",
  text = ws * (V("top") + V("value")) * ws * -1,
  value = str + num + P("true") + P("false") + P("null") + V("object") + V("array"),
  member = str * ws * ":" * ws * V("value"),
  object = "{" * ws * (V("member") * (ws * "," * ws * V("member")) ^ 0) ^ -1 * ws * "}",
  array = "[" * ws * (V("value") * (ws * "," * ws * V("value")) ^ 0) ^ -1 * ws * "]",
  top_member = P('"id"') * ws * ":" * ws * Cp() * V("value") * Cp() + V("member"),
  top = "{" * ws * (V("top_member") * (ws * "," * ws * V("top_member")) ^ 0) ^ -1 * ws * "}",
})
local shape = Ct(grammar)
local BOM = "\239\187\191"

-- The captured positions, or nil and a message.
local function check(s)
  local ok, pos = pcall(shape.match, shape, s)
  if not ok then return nil, "nested too deeply" end
  if not pos then return nil, "not valid JSON (numbers are written as in JSON: no 01, 1. or .5)" end
  return pos
end

local function without_bom(s)
  if s:sub(1, 3) == BOM then return s:sub(4) end
  return s
end

function M.decode(s)
  if type(s) ~= "string" then return nil, "expected a string, got " .. type(s) end
  s = without_bom(s)
  local pos, err = check(s)
  if not pos then return nil, err end
  local ok, v = pcall(cjson.decode, s)
  if not ok then return nil, tostring(v) end
  local n = #pos
  return v, n >= 2 and s:sub(pos[n - 1], pos[n] - 1) or nil
end

return M
