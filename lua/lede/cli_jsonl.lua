--- lede's --jsonl filter, loaded by lua/lede/cli.lua when the option is
-- given (a command on files does not need it): one JSON object in, one
-- out, per line.
--
--   require("lede.cli_jsonl").run(env, lede, name, o, ctx) --> exit status
--
-- env, lede, name and o (the parsed arguments) are cli.lua's; ctx holds
-- the helpers it shares: fail, field, mark_arrays, message_of, run_command,
-- multi (the command reads several documents), OK and INPUT (statuses).
local json = require("lede.json")
local input = require("lede.cli_input")

local io, os, type, pairs, ipairs, tostring, pcall, error =
  io, os, type, pairs, ipairs, tostring, pcall, error

local M = {}

-- Turns one decoded line into the command's input and options; returns
-- nil and a message when the line does not have the right shape.
local function line_input(ctx, name, rec, base_opts)
  if type(rec) ~= "table" or rec[1] ~= nil then
    return nil, nil, 'a line must be a JSON object {"id":..., "text":...}'
  end
  local text, docs = ctx.field(rec, "text"), ctx.field(rec, "docs")
  if text ~= nil and docs ~= nil then return nil, nil, 'give "text" or "docs", not both' end
  local given
  if text ~= nil then
    if type(text) ~= "string" then return nil, nil, '"text" must be a string, got ' .. type(text) end
    if not text:find("%S") then return nil, nil, '"text" is empty' end
    given = text
  elseif docs ~= nil then
    if not ctx.multi then
      return nil, nil, ("'%s' takes one \"text\", not \"docs\""):format(name)
    end
    if type(docs) ~= "table" or #docs == 0 then
      return nil, nil, '"docs" must be a non-empty array of strings or {"text":...} objects'
    end
    -- lede.docs checks the items as the library will read them
    local ok, err = pcall(require("lede.docs").read, docs, name)
    if not ok then return nil, nil, '"docs": ' .. ctx.message_of(err) end
    given = #docs == 1 and docs[1] or docs
  else
    return nil, nil, ctx.multi and 'a line needs "text" or "docs"' or 'a line needs "text"'
  end
  local opts = base_opts
  local extra = ctx.field(rec, "opts")
  if extra ~= nil then
    if type(extra) ~= "table" then return nil, nil, '"opts" must be an object' end
    opts = {}
    for k, v in pairs(base_opts) do opts[k] = v end
    for k, v in pairs(extra) do opts[k] = v end
  end
  return given, opts
end

local function progress_line(env, lines, errors, final)
  env.stderr:write(("\rlede: %d lines, %d errors%s"):format(lines, errors, final and "\n" or ""))
  env.stderr:flush()
end

-- The result of one input line, an object without its id.
local function line_result(ctx, lede, name, o, line)
  local rec, raw_id = json.decode(line)
  if rec == nil then return { error = "not JSON: " .. tostring(raw_id) } end
  local given, opts, lerr = line_input(ctx, name, rec, o.opts)
  if lerr then return { error = lerr }, raw_id end
  local ok, r = pcall(ctx.run_command, lede, name, given, opts)
  if not ok then return { error = type(r) == "table" and r.message or tostring(r) }, raw_id end
  return r, raw_id
end

-- Streams one handle: one output line per non-blank input line, the id
-- first and exactly as it came.  Memory is one line and its result.
local function stream(ctx, env, lede, name, o, fh, where, state)
  for lineno, line, too_long, rerr in input.lines(fh, o.limit) do
    if rerr then ctx.fail(ctx.INPUT, ("cannot read %s: %s"):format(where, rerr)) end
    if too_long then
      ctx.fail(ctx.INPUT, ("%s: line %d is longer than the limit of %s (--max-bytes N raises it)")
        :format(where, lineno, input.size_text(o.limit)))
    end
    if line:find("%S") then
      state.lines = state.lines + 1
      local out, raw_id = line_result(ctx, lede, name, o, (line:gsub("\r$", "")))
      if out.error then
        out.line = lineno
        state.errors = state.errors + 1
      end
      local ok, encoded = pcall(json.encode, ctx.mark_arrays(out, 0))
      if not ok then
        state.errors = state.errors + (out.error and 0 or 1)
        encoded = json.encode({ line = lineno, error = "cannot encode the result: " .. tostring(encoded) })
      end
      env.stdout:write('{"id":', raw_id or "null", encoded == "{}" and "}" or ("," .. encoded:sub(2)), "\n")
      if env.progress and state.lines % 100 == 0 and os.time() ~= state.shown then
        state.shown = os.time()
        progress_line(env, state.lines, state.errors)
      end
    end
  end
end

function M.run(env, lede, name, o, ctx)
  local state = { lines = 0, errors = 0 }
  local inputs = #o.files > 0 and o.files or { "-" }
  for _, path in ipairs(inputs) do
    local fh, where = env.stdin, "standard input"
    if path ~= "-" then
      local err
      fh, err = io.open(path, "rb")
      if not fh then ctx.fail(ctx.INPUT, "cannot read " .. tostring(err)) end
      where = path
    end
    local ok, err = pcall(stream, ctx, env, lede, name, o, fh, where, state)
    if path ~= "-" then fh:close() end
    if not ok then error(err, 0) end
  end
  if env.progress then progress_line(env, state.lines, state.errors, true) end
  if state.errors > 0 then
    env.stderr:write(('lede: %d of %d lines failed (see their "error" fields)\n')
      :format(state.errors, state.lines))
    if o.strict then return ctx.INPUT end
  end
  return ctx.OK
end

return M
