--- The input the hosts hand to lede.summarize: each article's body, found
-- by lede.article when the build has it, so that headlines, bylines and site
-- chrome never end up in a summary.  Spans in the result still point into
-- the texts the caller gave.
--
-- local story = require("lede.story")
-- story.docs(lede, texts) --> text_or_docs for lede.summarize
--   texts: an array of article texts (one or several on one story).
--   Each becomes { text = original, s = body_s, e = body_e, title = title }
--   when lede.article finds a body, else the text itself; one text without
--   a body found is passed as the plain string.
local type, ipairs, pcall = type, ipairs, pcall

local M = {}

local function body_doc(lede, text)
  if type(lede.article) ~= "function" then return text end
  local ok, a = pcall(lede.article, text)
  if not ok or type(a) ~= "table" or type(a.body_s) ~= "number" or type(a.body_e) ~= "number"
      or a.body_e < a.body_s then
    return text -- best effort: the whole text
  end
  return { text = text, s = a.body_s, e = a.body_e, title = a.title }
end

function M.docs(lede, texts)
  local docs, any_table = {}, false
  for i, text in ipairs(texts) do
    docs[i] = body_doc(lede, text)
    if type(docs[i]) == "table" then any_table = true end
  end
  if #docs == 1 and not any_table then return docs[1] end
  return docs
end

return M
