--- The hostile inputs, shared by spec/hostile_spec.lua and
-- bench/hostile_bench.lua so that both run the same bytes.
--
--   local inputs = require("hostile_inputs")
--   for _, h in ipairs(inputs.list) do h.name, h.large, h.make() end
--   inputs.by_name["nul"].make()
--
-- make() builds the text each time it is called (the large ones are
-- megabytes: nothing is kept between specs).  large = true marks the inputs
-- of a megabyte or more: the specs that use them are tagged #large.
local rep, concat = string.rep, table.concat

local M = {}

-- An invented news paragraph with a casualty count, a quote and numbers,
-- so the functions have something to find around the hostile bytes.
local PROSE = "Rescuers in Varnholt said at least 12 people were killed and 30 "
  .. "injured when the dam gave way on Tuesday. \"We heard it go,\" said Ilse "
  .. "Marrow, 41, a baker. The council put the damage at $4.5 million."

local list = {
  { name = "empty", make = function() return "" end },
  { name = "overlong UTF-8",
    -- "/" encoded in two, three and four bytes; C0 80 (an overlong NUL)
    make = function()
      return "Officials \192\175 said \224\128\175 12 people \240\128\128\175 "
        .. "were killed.\192\128 " .. PROSE
    end },
  { name = "UTF-16 surrogates",
    -- U+D800 and U+DFFF encoded as UTF-8, alone and as a CESU-8 pair
    make = function()
      return "Police \237\160\128 said 7 people were \237\191\191 injured. "
        .. "\237\160\189\237\184\128 " .. PROSE
    end },
  { name = "truncated UTF-8",
    -- a lead byte missing its continuations mid-text, a lone continuation
    -- byte, a sequence cut short and a stray continuation byte at the very
    -- end (which sentences once trimmed away as if it were white space)
    make = function()
      return "About \226\128 20 people \240\159\152 were missing \128 after "
        .. "the flood. " .. PROSE .. " \226\128 \191"
    end },
  { name = "NUL bytes",
    make = function()
      return "Five\0 people were killed.\0\0 " .. PROSE:gsub(" ", "\0 ", 3) .. "\0"
    end },
  { name = "CR-only line ends",
    make = function()
      return "Flood in Varnholt\r\rBy Tomas Reed\r\r" .. PROSE .. "\r\r"
        .. "Officials said 3 people were missing.\rThe search went on.\r"
    end },
  { name = "only whitespace",
    make = function() return rep(" \t\n\r\n\f\v  ", 1000) end },
  { name = "only emoji",
    -- plain, skin-tone modified, a ZWJ family and a flag, separated and not
    make = function()
      return rep("\240\159\152\128\240\159\145\141\240\159\143\189 "
        .. "\240\159\145\168\226\128\141\240\159\145\169\226\128\141\240\159\145\167"
        .. "\240\159\135\186\240\159\135\166\n", 500)
    end },
  { name = "10,000 nested quotes",
    -- straight and curly quote marks opened 10,000 deep, then closed
    make = function()
      local open, close = {}, {}
      for i = 1, 10000 do
        open[i] = i % 2 == 0 and "\"" or "\226\128\156"
        close[10001 - i] = i % 2 == 0 and "\"" or "\226\128\157"
      end
      return "He said " .. concat(open) .. "12 people were killed" .. concat(close)
        .. " on Monday."
    end },
  { name = "10,000 nested brackets",
    make = function()
      return "The toll (" .. rep("([{", 3333) .. "at least 9 dead" .. rep("}])", 3333)
        .. ") rose. " .. PROSE
    end },
  { name = "5 MB line without punctuation", large = true,
    make = function()
      -- words only: no mark, no line break, no digit
      local words = "flood water rose over the river bank and the town "
      return rep(words, math.floor(5e6 / #words))
    end },
  { name = "a million one-word sentences", large = true,
    make = function() return rep("Yes. ", 1e6) end },
}

M.list = list
M.by_name = {}
for _, h in ipairs(list) do M.by_name[h.name] = h end
M.PROSE = PROSE

--- The wrong-type arguments every function is given; userdata is
-- io.stdout (a full userdata in every Lua).
M.wrong_types = {
  { name = "nil", value = nil, type = "nil" },
  { name = "a number", value = 42, type = "number" },
  { name = "a table of non-strings", value = { 1, true, {} }, type = "table" },
  { name = "a boolean", value = false, type = "boolean" },
  { name = "userdata", value = io.stdout, type = "userdata" },
}

return M
