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
      -- (article makes a heading-cut a cut when the next paragraph names
      -- the heading's subject: grammar.about_boilerplate)
      if flag == "heading-cut" then
        assert.are.equal("heading-cut", select(2, grammar.chrome(line:lower())))
      end
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

-- article.lua skips the line grammars on a line grammar.maybe() rules out,
-- so maybe() must be true on every line one of them matches.
describe("the prefilter of the line grammars", function()
  local helpers = require("helpers")
  local lines = require("lede.lines")

  -- every grammar maybe() stands for, on one line (raw = lowercased view)
  local function any_grammar(line)
    local low = line:lower()
    return grammar.chrome(low) ~= nil or grammar.bio(line, 1, #line) ~= nil
      or grammar.byline(line, 1, #line) ~= nil or grammar.date(line, 1, #line) ~= nil
      or grammar.clock(line) or grammar.separator(line) ~= nil
  end

  it("passes every chrome phrase, in any case and after decoration", function()
    for _, entry in ipairs(chrome) do
      local line = line_of(entry[2])
      for _, form in ipairs({ line, line:upper(), line:lower(), "- " .. line, "**" .. line }) do
        if entry[2]:sub(1, 3) ~= "..." then
          assert.is_true(grammar.maybe(form, 1), "phrase: " .. form)
        end
      end
    end
  end)

  it("passes every line of every fixture that a line grammar matches", function()
    -- (but the long ones and those holding a trigger word, which article.lua
    -- looks at whatever maybe() says)
    local checked, skipped = 0, 0
    for _, dir in ipairs({ "spec/fixtures/articles", "examples/articles" }) do
      for _, name in ipairs(helpers.txt_files(dir)) do
        local text = helpers.read(dir .. "/" .. name)
        local ls, le, n = lines.split(text)
        for k = 1, n do
          if le[k] >= ls[k] and le[k] - ls[k] < 300 then
            local line = text:sub(ls[k], le[k])
            -- a line holding a trigger word is searched by the caller
            if grammar.triggers_in(line:lower())[1] then
              assert.is_true(#grammar.trigger_hits(text:lower(), grammar.triggers_in(line:lower())) > 0)
            elseif any_grammar(line) then
              checked = checked + 1
              assert.is_true(grammar.maybe(text, ls[k]), name .. ": " .. line)
            elseif not grammar.maybe(text, ls[k]) then
              skipped = skipped + 1
            end
          end
        end
      end
    end
    -- both kinds of line are there, so the test can fail either way
    assert.is_true(checked > 50 and skipped > 50)
  end)

  it("passes bylines, dates, clocks, bios and separators of many shapes", function()
    for _, line in ipairs({
      "By Jane Doe", "BY JANE DOE", "Written by Ann Lee | Reuters", "Author: Mei Tan",
      "Par Hélène Dufresne", "21 December 2025 World", "Updated 3 hours ago",
      "Published 10:32 AM EST, Sun December 21, 2025", "2026-02-17T09:30:00Z",
      "10:32 GMT", "Just now", "2h ago", "Jane Doe covers courts and crime.",
      "=====", "---", "* * *", "Article 2 of 5", "== Story 3 ==", "§",
    }) do
      assert.is_true(any_grammar(line), line)
      assert.is_true(grammar.maybe(line, 1), line)
    end
  end)

  it("rules out plain sentences of a story", function()
    for _, line in ipairs({
      "The council said on Tuesday that 7 people had been moved.",
      "Rescuers worked through the night, officials said.",
      "\226\128\156We will rebuild,\226\128\157 the mayor told reporters.",
    }) do
      assert.is_false(grammar.maybe(line, 1), line)
    end
  end)
end)
