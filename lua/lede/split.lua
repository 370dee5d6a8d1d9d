--- One file, several articles: where one ends and the next begins.
--
--   split.split(text) --> { article_text, ... }, { { s=, e= }, ... }
--
-- A file is cut at
--   form feeds, rules of five or more "=", "-", "*", "_", "#", "~" or "+",
--   and markers such as "Article 2 of 5"                   (always);
--   "---", "***", "* * *" and other short rules              (only when an
--     article starts after them: a scene break inside a story stays);
--   a new headline after the end of a story, when a byline, a date line or
--     a dateline follows it                                  (no rule at all).
-- Separator lines belong to no article; blank lines around an article are
-- trimmed.  Each text is text:sub(s, e) of its span.
local lines = require("lede.lines")
local grammar = require("lede.grammar")

local sub, lower = string.sub, string.lower

local M = {}

local function is_body(view)
  return #view >= 80 and lines.ends_sentence(view)
end

-- Does an article start at line k?  loose: a headline followed by any
-- paragraph is enough (after a short rule); else a byline, a date line or
-- a dateline must follow the headline.
local function starts_article(text, ls, le, n, k, view, loose)
  local seen = {}
  local j = k
  while j <= n and #seen < 4 do
    if le[j] >= ls[j] then seen[#seen + 1] = j end
    j = j + 1
  end
  local first = seen[1]
  if not first then return false end
  local s, e = ls[first], le[first]
  local v = view(first)
  if grammar.chrome(lower(v)) then return false end
  local _, _, level = grammar.marked(text, s, e)
  if level == 1 then return true end
  if grammar.byline(text, s, e) or grammar.date(text, s, e) then return true end
  if grammar.dateline(text, s) then return true end
  if not (grammar.heading(v, 25) or level) then return false end
  for q = 2, #seen do
    local t = seen[q]
    local ts, te = ls[t], le[t]
    if grammar.byline(text, ts, te) or grammar.date(text, ts, te)
      or grammar.dateline(text, ts) then
      return true
    end
    local tv = view(t)
    if not grammar.source_tag(tv) then
      return loose and is_body(tv)
    end
  end
  return false
end

-- The articles of lines a..b (one form-feed segment) of text, added to
-- out and spans.  view(k) is line k's view, kept across segments.
local function split_segment(text, ls, le, a, b, view, out, spans)
  local first, last = nil, nil -- non-blank lines of the current article
  local has_body, prev_ends = false, false
  local function close()
    if first then
      out[#out + 1] = sub(text, ls[first], le[last])
      spans[#spans + 1] = { s = ls[first], e = le[last] }
    end
    first, last, has_body, prev_ends = nil, nil, false, false
  end
  local prev_blank = true
  for k = a, b do
    if le[k] < ls[k] then
      prev_blank = true
    else
      local line = sub(text, ls[k], le[k])
      local sep = #line <= 80 and grammar.separator(line)
      if sep == "strong" or (sep == "weak" and (not first
        or (has_body and starts_article(text, ls, le, b, k + 1, view, true)))) then
        close()
      elseif first and has_body and prev_ends and prev_blank
        and starts_article(text, ls, le, b, k, view, false) then
        close()
        first, last = k, k
      else
        local v = view(k)
        first = first or k
        last = k
        if is_body(v) then has_body = true end
        prev_ends = lines.ends_sentence(v)
      end
      prev_blank = false
    end
  end
  close()
end

-- The lines of the whole text are split once, form feeds included (one
-- split per segment searched on past each segment's end: quadratic on
-- "a\f" repeated); each segment is then a range of those lines.
function M.split(text)
  local out, spans = {}, {}
  local ls, le, n, cuts = lines.split(text, true)
  local views = {}
  local function view(k)
    local v = views[k]
    if not v then
      v = lines.view(text, ls[k], math.min(le[k], ls[k] + 399))
      views[k] = v
    end
    return v
  end
  local a = 1
  for c = 1, #cuts + 1 do
    local b = cuts[c] or n
    split_segment(text, ls, le, a, b, view, out, spans)
    a = b + 1
  end
  return out, spans
end

return M
