--- The --help texts of lede's command line (lua/lede/cli.lua loads this
-- file only when help is asked for).
local ipairs, string, table = ipairs, string, table

local M = {}

--- The text of `lede --help`: commands is cli.lua's table of them, order
-- their names in the order listed.
function M.usage(commands, order)
  local out = {
    "usage: lede COMMAND [OPTIONS] FILE...     (FILE '-' is standard input)",
    "       lede COMMAND --jsonl [FILE...]     (one JSON object in, one out, per line)",
    "",
    "commands:",
  }
  for _, name in ipairs(order) do
    out[#out + 1] = ("  %-16s %s"):format(name, commands[name].about)
  end
  out[#out + 1] = ""
  out[#out + 1] = "common options: --format text|markdown|json (--json is --format json),"
  out[#out + 1] = "  --jsonl (streaming filter), --max-bytes N (input limit, default 64M), --help;"
  out[#out + 1] = "  --input html|text|markdown (how to read the input; by default an HTML page"
  out[#out + 1] = "  is told by its head and read for its main text; not for 'fix')"
  out[#out + 1] = "exit status: 0 ok, 1 a problem with the input, 2 a usage error"
  out[#out + 1] = "'lede COMMAND --help' describes one command."
  return table.concat(out, "\n") .. "\n"
end

--- The text of `lede NAME --help`; c: the command's entry in cli.lua.
function M.command(c, name)
  local input = name ~= "fix" and " [--input html|text|markdown]" or ""
  local out = { ("usage: lede %s%s%s [--format text|markdown|json]%s [--max-bytes N] %s"):format(name,
    c.budget and " [--sentences N|--words N|--bytes N|--ratio R] [--method rank|lead] [--focus WORDS]"
      .. " [--no-article]"
      or "", c.full and " [--full]" or "", input, c.args),
    ("       lede %s%s --jsonl [--strict] [--progress|--no-progress] [FILE...]"):format(name,
    c.budget and " [budget]" or ""),
    "", (c.about:gsub("^%l", string.upper)) .. "." }
  if c.multi then
    out[#out + 1] = "Several files are read as several articles on one story (a file once)."
  else
    out[#out + 1] = "Reads one file ('-' for standard input)."
  end
  if c.budget then
    out[#out + 1] = "Budget: --sentences N, --words N, --bytes N or --ratio R (0 < R <= 1), one of them."
    out[#out + 1] = "The article body is summarized (headline, byline and site chrome left out);"
    out[#out + 1] = "--no-article summarizes the whole text."
    out[#out + 1] = "--focus WORDS ranks towards the sentences that share those words (stemmed);"
    out[#out + 1] = "--focus casualties (killed, injured ...) towards those that report a toll."
  end
  if name ~= "fix" then
    out[#out + 1] = "An HTML page is read for its main text (spans in --json point into the page);"
    out[#out + 1] = "--input html|text|markdown says how to read the input instead."
  end
  out[#out + 1] = "Binary files are refused; a file or line over --max-bytes (default 64M;"
  out[#out + 1] = "K, M, G suffixes) is an error."
  out[#out + 1] = ""
  out[#out + 1] = "Output (text):"
  for _, l in ipairs(c.text or {}) do out[#out + 1] = "  " .. l end
  out[#out + 1] = "--format markdown: the same as a markdown list (claims: a code block)."
  out[#out + 1] = "--format json (or --json): one object,"
  out[#out + 1] = "  " .. (c.json or ('{"' .. name .. '":...}'))
  out[#out + 1] = ""
  out[#out + 1] = "--jsonl: a streaming filter.  Each input line"
  out[#out + 1] = '  {"id":..., "text":"..."}'
  if c.multi then out[#out + 1] = '  {"id":..., "docs":["...", "..."]}   (several articles, one story)' end
  out[#out + 1] = "gives one output line, the --json object with the id first, as written:"
  out[#out + 1] = '  {"id":..., ...}'
  out[#out + 1] = 'or, for a bad line, {"id":..., "error":"...", "line":N}, and the run goes on.'
  out[#out + 1] = 'A line may carry "opts":{...} to override the options.  Blank lines are'
  out[#out + 1] = "skipped.  Exit status 0 once the input is read to its end (--strict: 1 if"
  out[#out + 1] = "a line failed; a line over --max-bytes stops the run with 1).  Progress"
  out[#out + 1] = "goes to standard error when it is a terminal."
  return table.concat(out, "\n") .. "\n"
end

return M
