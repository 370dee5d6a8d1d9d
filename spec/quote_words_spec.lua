-- core.quote_words: the word lists of core.quote_scan read once, so that
-- the quote finder does not read its ~700 words again for every text.
-- A scan with them must be the scan with the lists themselves.
local core = require("lede.core")
local quotes = require("lede.quotes")

-- What a scan of text says, as plain values: its counts and each name.
local function scan_of(text, lists)
  local scan, ntokens, nmarks, ncues, nnames = core.quote_scan(text, lists)
  local out = { ntokens, nmarks, ncues, nnames }
  for i = 1, nnames do out[#out + 1] = { scan:name(text, i) } end
  return out
end

local TEXT = "“We will open the crossing on Monday,” Interior Minister Ana Petrov "
  .. "told reporters in Velmar. The Swiss envoy, Tomas Reid, said talks would go on.\n"
  .. "“Not yet,” said Reid’s deputy."

describe("core.quote_words", function()
  it("scans as the word lists do", function()
    local lists = quotes._scan_lists
    local words = core.quote_words(lists)
    assert.are.same(scan_of(TEXT, lists), scan_of(TEXT, words))
    assert.is_true(scan_of(TEXT, words)[4] >= 2) -- (the text has names)
  end)

  it("keeps its own copy of the words", function()
    local lists = {}
    for k, list in ipairs(quotes._scan_lists) do
      lists[k] = {}
      for i, w in ipairs(list) do lists[k][i] = w end
    end
    local before = scan_of(TEXT, lists)
    local words = core.quote_words(lists)
    for k = 1, #lists do lists[k] = {} end -- the lists change, their words go
    collectgarbage()
    assert.are.same(before, scan_of(TEXT, words))
  end)

  it("checks its argument, and quote_scan what it is given", function()
    assert.has_error(function() core.quote_words(42) end,
      "bad argument #1 to 'quote_words' (table of word lists expected)")
    assert.has_error(function() core.quote_words({ {}, { 7 } }) end)
    assert.has_error(function() core.quote_scan("x", io.stdout) end)
  end)
end)
