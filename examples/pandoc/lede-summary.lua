--- A pandoc Lua filter that puts a summary of the document at its top, and,
-- when lede has claims, a list of them (casualty counts, numbers, quotes)
-- with the claims the text contradicts marked.
--
--   pandoc --lua-filter examples/pandoc/lede-summary.lua story.md -o story.html
--
-- pandoc runs filters in its own Lua: 5.3 in pandoc 2.x (Debian 12's 2.17),
-- 5.4 in pandoc 3.  lede's native module must be built for that Lua:
-- `make LUA=lua5.3` or `make` (5.4) in the lede checkout.  Run from the
-- checkout, the filter finds lua/ and build/ next to itself; otherwise it
-- uses lede from the ordinary package paths (a LuaRocks install).
--
-- Metadata options (all optional): lede-sentences, lede-words, lede-bytes,
-- lede-ratio (one budget), lede-method, lede-title (heading, "Summary"),
-- lede-article: false to summarize the text as it is (by default the
-- article grammar, when lede has it, leaves datelines and chrome out),
-- lede-claims: false to leave the claims out.
local pandoc = pandoc
local utils = pandoc.utils

local NAME = "lede-summary.lua"

-- The checkout this filter sits in (examples/pandoc/ -> ../..), if any.
local function use_checkout()
  local script = PANDOC_SCRIPT_FILE or ""
  local dir = script:match("^(.*)[/\\][^/\\]*$") or "."
  local root = dir .. "/../.."
  local probe = io.open(root .. "/lua/lede/init.lua", "rb")
  if not probe then return nil end
  probe:close()
  local abi = _VERSION:match("%d+%.%d+")
  package.path = root .. "/lua/?.lua;" .. root .. "/lua/?/init.lua;" .. package.path
  package.cpath = root .. "/build/lua" .. abi .. "/?.so;" .. package.cpath
  return root
end

local root = use_checkout()
local ok, lede = pcall(require, "lede")
if not ok then
  local ver = _VERSION:match("%d+%.%d+")
  error(("%s: cannot load lede in pandoc's %s: %s\nBuild it for this Lua: make LUA=lua%s%s")
    :format(NAME, _VERSION, tostring(lede):match("^[^\n]*"), ver,
      root and (" (in " .. root .. ")") or ", or install the lede rock for Lua " .. ver), 0)
end

local claim_text = require("lede.claim_text")

-- ------------------------------------------------------------ text

-- The plain text of a block: paragraphs and headings as they read, lists
-- one item a line; code, raw HTML and tables are not prose and are left out.
local function block_text(b, out)
  local t = b.t
  if t == "Para" or t == "Plain" or t == "Header" then
    out[#out + 1] = utils.stringify(b)
  elseif t == "BlockQuote" or t == "Div" then
    for _, inner in ipairs(b.content) do block_text(inner, out) end
  elseif t == "BulletList" or t == "OrderedList" then
    for _, item in ipairs(b.content) do
      for _, inner in ipairs(item) do block_text(inner, out) end
    end
  elseif t == "LineBlock" then
    for _, line in ipairs(b.content) do out[#out + 1] = utils.stringify(line) end
  end
end

-- The document's prose, and its title (from the metadata) if it has one.
-- Without metadata the first block stays in the text, where lede.article
-- reads it as the headline if it is one.
local function document_text(doc)
  local out = {}
  for _, b in ipairs(doc.blocks) do block_text(b, out) end
  local title = doc.meta.title and utils.stringify(doc.meta.title)
  return table.concat(out, "\n\n"), title ~= "" and title or nil
end

-- Words of s as pandoc inlines (Str and Space), so every writer wraps them.
local function inlines(s)
  local out = {}
  for word in tostring(s):gmatch("%S+") do
    if #out > 0 then out[#out + 1] = pandoc.Space() end
    out[#out + 1] = pandoc.Str(word)
  end
  return out
end

-- ------------------------------------------------------------ options

local function meta_string(meta, key)
  local v = meta[key]
  if v == nil then return nil end
  if type(v) == "boolean" then return v end
  return utils.stringify(v)
end

local function options(meta)
  local opts = {}
  for _, k in ipairs({ "sentences", "words", "bytes", "ratio" }) do
    local v = meta_string(meta, "lede-" .. k)
    if v ~= nil then
      local n = tonumber(v)
      if not n then error(("%s: lede-%s must be a number, got '%s'"):format(NAME, k, tostring(v)), 0) end
      opts[k] = n
    end
  end
  local method = meta_string(meta, "lede-method")
  if method then opts.method = method end
  local article = meta_string(meta, "lede-article")
  if article ~= nil then opts.article = article ~= false and article ~= "false" end
  return opts
end

-- ------------------------------------------------------------ blocks

local function summary_block(text, title, meta)
  if type(lede.summarize) ~= "function" then
    error(NAME .. ": this filter needs lede.summarize, which this build of lede does not have "
      .. "(it comes with lede's summary module); build a lede that has it", 0)
  end
  local opts = options(meta)
  -- The article grammar drops a dateline ("PORT ELSIN –") and any chrome
  -- the document still carries; the headline comes from the metadata.
  if opts.article == nil and type(lede.article) == "function" then opts.article = true end
  local input = text
  if title then
    if opts.article then
      input = title .. "\n\n" .. text -- read as the headline by lede.article
    else
      opts.title = title -- the headline helps rank; it is not a sentence to pick
    end
  end
  local okc, summary, chosen = pcall(lede.summarize, input, opts)
  if not okc then error(NAME .. ": " .. tostring(summary), 0) end
  if summary == nil then error(NAME .. ": " .. tostring(chosen), 0) end
  local para = {}
  for _, s in ipairs(chosen or {}) do
    if #para > 0 then para[#para + 1] = pandoc.Space() end
    -- Each sentence in a span that says where it came from: data-s and
    -- data-e are byte offsets into the plain text this filter builds from
    -- pandoc's blocks (document_text: the headline, then the blocks joined
    -- by blank lines), not into the source file, whose positions pandoc
    -- does not give filters.
    para[#para + 1] = pandoc.Span(inlines(s.text),
      pandoc.Attr("", { "lede-sentence" }, { { "data-s", ("%d"):format(s.s) }, { "data-e", ("%d"):format(s.e) } }))
  end
  if #para == 0 then para = inlines(summary) end
  local heading = meta_string(meta, "lede-title") or "Summary"
  return pandoc.Div({ pandoc.Header(2, inlines(heading)), pandoc.Para(para) },
    pandoc.Attr("lede-summary", { "lede-summary" }))
end

-- The claims of the article body (lede.article: no headline, dateline,
-- byline or chrome, as the command line reads them).
local function claims_block(text, title)
  local input = title and (title .. "\n\n" .. text) or text
  local oka, a = pcall(lede.article, input)
  if oka and type(a) == "table" and type(a.body) == "string" and a.body:find("%S") then
    input = a.body
  end
  local okc, r = pcall(lede.claims, input)
  if not okc then error(NAME .. ": " .. tostring(r), 0) end
  local list = type(r) == "table" and (type(r.claims) == "table" and r.claims or r) or {}
  local items = {}
  for _, c in ipairs(list) do
    local line = inlines(claim_text.describe(c, r))
    if claim_text.is_conflict(c) then
      table.insert(line, 1, pandoc.Space())
      table.insert(line, 1, pandoc.Strong(inlines("Conflict:")))
    end
    items[#items + 1] = { pandoc.Plain(line) }
  end
  if #items == 0 then return nil end
  return pandoc.Div({ pandoc.Header(2, inlines("Claims")), pandoc.BulletList(items) },
    pandoc.Attr("lede-claims", { "lede-claims" }))
end

local function add_summary(doc)
  local text, title = document_text(doc)
  if not text:find("%S") then
    io.stderr:write(NAME .. ": the document has no text to summarize; left as it is\n")
    return doc
  end
  local top = { summary_block(text, title, doc.meta) }
  if type(lede.claims) == "function" and meta_string(doc.meta, "lede-claims") ~= false then
    top[#top + 1] = claims_block(text, title)
  end
  for i = #top, 1, -1 do table.insert(doc.blocks, 1, top[i]) end
  return doc
end

return { { Pandoc = add_summary } }
