-- Shared helpers for the busted specs.
local M = {}

--- Reads a file of the project (path relative to the repository root).
function M.read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

--- The names of the .txt files in dir (as `ls` lists them).
function M.txt_files(dir)
  local names = {}
  local p = assert(io.popen('ls "' .. dir .. '"'))
  for name in p:lines() do
    if name:match("%.txt$") then names[#names + 1] = name end
  end
  p:close()
  return names
end

--- The texts of a list of {text=} records.
function M.texts(list)
  local out = {}
  for i, r in ipairs(list) do out[i] = r.text end
  return out
end

--- Asserts that every record's s/e span is exactly its text in `text`.
function M.assert_spans(text, list)
  for _, r in ipairs(list) do
    assert(type(r.s) == "number" and type(r.e) == "number", "span fields")
    assert(r.s >= 1 and r.e <= #text and r.s <= r.e + 1,
      ("span %d..%d outside the text"):format(r.s, r.e))
    assert(text:sub(r.s, r.e) == r.text,
      ("span %d..%d is %q, not %q"):format(r.s, r.e, text:sub(r.s, r.e), r.text))
  end
end

--- A random number generator of its own (a linear congruential one), so
-- that random texts are the same in every Lua: random(n) is in 1..n.
function M.random_gen(seed)
  return function(n)
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n + 1
  end
end

--- Asserts that lede.each_token(text, batch) gives the spans and kinds of
-- lede.tokens(text).  (Plain errors, not luassert, per item: some texts
-- have millions.)
function M.same_tokens(lede, text, batch)
  local toks, i = lede.tokens(text), 0
  for s, e, kind in lede.each_token(text, batch) do
    i = i + 1
    local t = toks[i]
    if not t or t.s ~= s or t.e ~= e or t.kind ~= kind then
      error(("token %d (batch %s): iterator gives %d..%d %s, table %s"):format(i,
        tostring(batch), s, e, kind, t and ("%d..%d %s"):format(t.s, t.e, t.kind) or "nothing"))
    end
  end
  if i ~= #toks then
    error(("batch %s: %d tokens from the iterator, %d in the table"):format(tostring(batch), i, #toks))
  end
end

--- Asserts that lede.each_sentence(text, chunk) gives the spans of
-- lede.sentences(text).
function M.same_sentences(lede, text, chunk)
  local sents, i = lede.sentences(text), 0
  for s, e in lede.each_sentence(text, chunk) do
    i = i + 1
    local t = sents[i]
    if not t or t.s ~= s or t.e ~= e then
      error(("sentence %d (chunk %s): iterator gives %d..%d, table %s"):format(i,
        tostring(chunk), s, e, t and ("%d..%d"):format(t.s, t.e) or "nothing"))
    end
  end
  if i ~= #sents then
    error(("chunk %s: %d sentences from the iterator, %d in the table"):format(tostring(chunk), i, #sents))
  end
end

return M
