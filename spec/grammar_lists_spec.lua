-- The line grammars find every entry of their lists.  The lists are
-- compiled into lookup shapes for speed (chrome phrases grouped by their
-- first two bytes, month and weekday names as byte trees); these specs walk
-- the lists, so an entry those shapes lose shows up here.
local grammar = require("lede.grammar")
local chrome = require("lede.chrome")

-- A line made from a chrome phrase: "#" becomes a number, "..." some words.
local function line_of(phrase)
  local core = phrase:gsub("^%.%.%.", ""):gsub("%.%.%.$", "")
  core = core:gsub("#", "12")
  local pre, post = phrase:sub(1, 3) == "...", phrase:sub(-3) == "..."
  if pre then core = "Harbour crews at work " .. core end
  if post and not pre then core = core .. " the port authority" end
  if pre and post then core = core .. " the port authority" end
  return core
end

describe("chrome phrases", function()
  it("each phrase is found on a line of its own, lowercased", function()
    for _, entry in ipairs(chrome) do
      local kind, phrase, flag = entry[1], entry[2], entry[3]
      local line = line_of(phrase)
      local found = grammar.chrome(line:lower())
      assert.are.equal(kind, found, "phrase: " .. phrase)
      if flag == "heading-cut" then assert.are.equal("cut", select(2, grammar.chrome(line:lower()))) end
    end
  end)

  it("each whole-line phrase is found after markdown or bullet decoration", function()
    for _, entry in ipairs(chrome) do
      local phrase = entry[2]
      if phrase:sub(1, 3) ~= "..." then
        local line = line_of(phrase)
        for _, lead in ipairs({ "**", "> ", "- ", "\226\128\162 ", "## " }) do
          local low = (lead .. line):lower()
          assert.are.equal(entry[1], (grammar.chrome(low)), "phrase: " .. lead .. phrase)
        end
      end
    end
  end)

  it("a line that only starts like a phrase is not chrome", function()
    assert.is_nil(grammar.chrome("shareholders approved the merger on friday."))
    assert.is_nil(grammar.chrome("reading the report took the committee a week."))
    assert.is_nil(grammar.chrome("home owners on the coast were told to leave."))
    assert.is_nil(grammar.chrome("12 commentators disagreed with the ruling."))
  end)
end)

describe("date and byline word lists", function()
  local months = { "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Sept", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" }
  local weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Tues", "Thurs", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" }

  local function date_of(line)
    local ds, de = grammar.date(line, 1, #line)
    return ds and line:sub(ds, de)
  end

  it("finds every month name and abbreviation in each case", function()
    for _, m in ipairs(months) do
      for _, form in ipairs({ m, m:upper(), m:lower() }) do
        assert.are.equal("14 " .. form .. " 2024", date_of("14 " .. form .. " 2024"))
        assert.are.equal(form .. " 14, 2024", date_of(form .. " 14, 2024"))
      end
    end
  end)

  it("takes the longer name where a short one is its start", function()
    -- "June" and "Sept." must not stop at "Jun" / "Sep"
    assert.are.equal("June 3, 2024", date_of("June 3, 2024"))
    assert.are.equal("Sept. 3, 2024", date_of("Sept. 3, 2024"))
    assert.are.equal("Thursday, 3 June 2024", date_of("Thursday, 3 June 2024"))
  end)

  it("finds every weekday before a date", function()
    for _, w in ipairs(weekdays) do
      for _, form in ipairs({ w, w:upper(), w:lower() }) do
        local line = form .. ", 3 March 2024"
        assert.are.equal(line, date_of(line))
      end
    end
  end)

  it("finds labels and relative dates", function()
    assert.are.equal("3 hours ago", date_of("Updated 3 hours ago"))
    assert.are.equal("2 days ago", date_of("LAST UPDATED: 2 days ago"))
    assert.are.equal("an hour ago", date_of("Posted an hour ago"))
    assert.is_nil(date_of("The council met on a wet evening."))
  end)

  it("finds each byline opener", function()
    for _, opener in ipairs({ "By", "BY", "by", "Written by", "WRITTEN BY", "Words by",
      "Story by", "Posted by", "Text by", "Reported by", "Published by", "Par", "Por",
      "Von", "Door", "Author:", "Byline:", "**By" }) do
      local line = opener .. " Ana Lindqvist"
      local ns, ne = grammar.byline(line, 1, #line)
      assert.are.equal("Ana Lindqvist", ns and line:sub(ns, ne), "opener: " .. opener)
    end
  end)
end)
