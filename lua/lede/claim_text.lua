--- One claim of lede.claims as one line of text, for the hosts that list
-- claims (the quickfix list, the pandoc filter, the command line when
-- lede.claims_table is absent).
--
-- local claim_text = require("lede.claim_text")
-- claim_text.describe(claim, result, names) --> "killed 6 people in Velmar (agree: a.txt, b.txt)"
--   result: the whole lede.claims result (for its conflicts list), or nil;
--   names: labels of the documents (default "doc N").
-- claim_text.is_conflict(claim) --> true when the sources disagree on it.
--
-- Reads the shapes documented in lua/lede/claims.lua: casualty claims
-- {kind, count, min, max, qualifier, who, place, agreed, conflict, sources},
-- quote claims {kind, text, speaker, title, sources}; any other table is
-- shown by its scalar fields.
local type, tostring, ipairs, pairs = type, tostring, ipairs, pairs
local table = table

local M = {}

local function one_line(s)
  return (tostring(s):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

local function name_of(names, d)
  return (names and names[d]) or ("doc " .. tostring(d))
end

--- True when the sources of claim c disagree.
function M.is_conflict(c)
  if type(c) ~= "table" then return false end
  if c.conflict ~= nil and c.conflict ~= false then return true end
  -- figures revised over time, or compatible ones, differ without conflict
  return c.agreed == false and c.history == nil and c.compatible == nil
end

local function count_text(c)
  local n
  if c.count ~= nil then
    n = tostring(c.count)
  elseif c.min ~= nil and c.max ~= nil then
    n = tostring(c.min) .. "-" .. tostring(c.max)
  else
    n = "?"
  end
  if type(c.qualifier) == "string" and c.qualifier ~= "exact" and c.qualifier ~= "range" then
    n = c.qualifier .. " " .. n
  end
  return n
end

local function source_names(sources, names)
  local seen, out = {}, {}
  for _, src in ipairs(type(sources) == "table" and sources or {}) do
    local d = src.doc or 1
    if not seen[d] then
      seen[d] = true
      out[#out + 1] = name_of(names, d)
    end
  end
  return out
end

-- "22 (a.txt) vs 19 (b.txt)" from a conflicts entry.
local function conflict_text(conflict, names)
  local parts = {}
  for _, v in ipairs(type(conflict.values) == "table" and conflict.values or {}) do
    parts[#parts + 1] = count_text(v) .. " (" .. table.concat(source_names(v.sources, names), ", ") .. ")"
  end
  return table.concat(parts, " vs ")
end

-- "killed 6 people in Velmar (agree: a.txt, b.txt)", or for a conflict
-- "injured people in Velmar: 22 (a.txt) vs 19 (b.txt)" (the hosts mark it).
local function casualty(c, result, names)
  local conflicts = type(result) == "table" and result.conflicts
  local conflict = type(c.conflict) == "number" and type(conflicts) == "table" and conflicts[c.conflict]
  local line = tostring(c.kind or "casualties")
  if not conflict then line = line .. " " .. count_text(c) end
  if type(c.who) == "string" then line = line .. " " .. c.who end
  if type(c.place) == "string" then line = line .. " in " .. c.place end
  if conflict then
    return line .. ": " .. conflict_text(conflict, names)
  end
  local srcs = source_names(c.sources, names)
  -- a figure of another time than the story's event (a past strike recalled)
  local other = c.other_time and " (other time)" or ""
  if type(c.history) == "table" then
    local parts, last = {}, nil
    for _, h in ipairs(c.history) do
      local v = count_text(h)
      if v ~= last and type(h) == "table" then
        local when = h.date and (", " .. tostring(h.date)) or ""
        parts[#parts + 1] = v .. " (" .. name_of(names, h.doc or 1) .. when .. ")"
        last = v
      end
    end
    return line .. " (revised: " .. table.concat(parts, " → ") .. ")" .. other
  end
  if #srcs > 1 then
    line = line .. (c.agreed == false and " (sources: " or " (agree: ") .. table.concat(srcs, ", ") .. ")"
  end
  return line .. other
end

local function quote(c)
  local who = type(c.speaker) == "string" and c.speaker or "unattributed"
  if type(c.title) == "string" then who = who .. " (" .. c.title .. ")" end
  local text = one_line(c.text or "")
  if c.kind == "direct" then text = "“" .. text .. "”" end
  return who .. ": " .. text
end

local function generic(c)
  local keys = {}
  for k, v in pairs(c) do
    if type(k) == "string" and k ~= "type" and type(v) ~= "table" then keys[#keys + 1] = k end
  end
  table.sort(keys)
  local parts = { tostring(c.type or "claim") }
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. "=" .. one_line(c[k]) end
  return table.concat(parts, " ")
end

--- One line describing claim c.
function M.describe(c, result, names)
  if type(c) ~= "table" then return tostring(c) end
  if c.type == "casualty" then return casualty(c, result, names) end
  if c.type == "quote" then return quote(c) end
  return generic(c)
end

return M
