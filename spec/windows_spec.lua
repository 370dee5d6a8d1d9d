-- lede.numbers and lede.casualties read a long text a window of tokens at
-- a time, so memory stays bounded.  Whatever the window does, the records
-- must be those of the text read at once: a mention that straddles a
-- window's end, a look back across a dropped stretch, a phrase longer than
-- a window, and a text of many windows all give what a short text gives.
local lede = require("lede")

-- Windows hold 4096 tokens (csrc/lede_numbers.c, lede_casualties.c); the
-- paddings below walk a mention across the first window's end.
local WINDOW = 4096

-- The records of `records`, with every offset field (s, e, x_s, x_e)
-- moved back by `by` bytes, so a padded text compares with the bare one.
local function shifted(records, by)
  local out = {}
  for i, r in ipairs(records) do
    local c = {}
    for k, v in pairs(r) do
      if type(v) == "number" and (k == "s" or k == "e" or k:match("_[se]$")) then
        v = v - by
      end
      c[k] = v
    end
    out[i] = c
  end
  return out
end

-- fn on `copies` copies of part gives, copy after copy, what it gives on
-- part alone (spans shifted by the copies before).
local function assert_parts(fn, part, copies)
  local one = fn(part)
  local all = fn(part:rep(copies))
  assert.are.equal(#one * copies, #all)
  for c = 0, copies - 1 do
    local slice = {}
    for i = 1, #one do slice[i] = all[c * #one + i] end
    assert.are.same(one, shifted(slice, c * #part))
  end
end

-- Mentions chosen because they read several tokens on, or look back.
local NUMBERS_TAIL = " every one of them, Ward, 31, said in 2014: "
  .. "between 1 414 021 and 2,000,000 people, call 203-294-2800, "
  .. "twenty-five thousand three hundred and six, a man aged 40, on 3 March 2022, "
  .. "more than $4.5 million."

describe("numbers over a text longer than a window", function()
  it("finds a mention straddling the window's end as in a short text", function()
    -- more words after the mentions, so that the text needs a second window
    local tail = NUMBERS_TAIL .. (" word"):rep(300)
    local want = lede.numbers(tail)
    assert.is_true(#want >= 6)
    -- "word " is one token: the tail starts at token k, either side of the
    -- end of the first window and of the point where it is refilled
    for k = WINDOW - 128, WINDOW + 24 do
      local pad = ("word "):rep(k)
      assert.are.same(want, shifted(lede.numbers(pad .. tail), #pad), "pad " .. k)
    end
  end)

  it("reads a phrase longer than a window whole", function()
    -- one hyphenated digit code of 90,000 tokens: a single phone number
    local code = ("1-2"):rep(30000)
    local nums = lede.numbers("Dial " .. code .. " now.")
    assert.are.equal(1, #nums)
    assert.are.equal("phone", nums[1].kind)
    assert.are.equal(code, nums[1].text)
    local pad = ("word "):rep(WINDOW - 10)
    assert.are.same(nums, shifted(lede.numbers(pad .. "Dial " .. code .. " now."), #pad))
  end)

  it("gives a text of many windows the records of its parts", function()
    local part = ("Officials said 12 people died and 30 were hurt in 2019; "
      .. "about 1,500 fled. "):rep(40) .. "\n\n"
    assert_parts(lede.numbers, part, 60) -- about 40,000 tokens: ten windows
  end)
end)

local CLAIM = "Police said at least 12 people were killed and 30 injured in Varnholt."

describe("casualties over a text longer than a window", function()
  it("finds a claim after a window's worth of sentences as in a short text", function()
    local want = lede.casualties(CLAIM)
    assert.are.equal(2, #want)
    -- "Yes. " is two tokens: the claim starts either side of the point where
    -- the tokens behind are dropped
    for k = WINDOW / 2 - 30, WINDOW / 2 + 30 do
      local pad = ("Yes. "):rep(k)
      assert.are.same(want, shifted(lede.casualties(pad .. CLAIM), #pad), "pad " .. k)
    end
  end)

  it("gives a text of many windows the records of its parts", function()
    local part = (CLAIM .. " The mayor said 3 people were missing. "):rep(20) .. "\n\n"
    assert.are.equal(60, #lede.casualties(part))
    assert_parts(lede.casualties, part, 40)
  end)
end)
