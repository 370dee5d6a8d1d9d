-- The summary budget an evaluation item asks for, set in opts (a new
-- table when none is given): its hint in this order of preference,
-- budget_words, budget_bytes, sentences; with none, the summarizer's
-- default.  Shared by the ROUGE adapter, the batch scorer and the
-- readability checker, which load it next to themselves:
--   local budget = dofile((arg[0]:match("^(.*)/") or ".") .. "/summary_budget.lua")
local function hint(v) return type(v) == "number" and v >= 1 end

return function(item, opts)
  opts = opts or {}
  if hint(item.budget_words) then
    opts.words = item.budget_words
  elseif hint(item.budget_bytes) then
    opts.bytes = item.budget_bytes
  elseif hint(item.sentences) then
    opts.sentences = item.sentences
  end
  return opts
end
