#!/bin/sh
# Runs every example in examples/: the plain Lua script under lua5.4, lua5.3
# and LuaJIT, and the Neovim configuration in a real headless Neovim.  (The
# pandoc filter has its own test, spec/pandoc_test.sh.)
set -u
cd "$(dirname "$0")/.." || exit 1
die() { echo "examples_test: FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
art=spec/fixtures/hosts/harbor-fire.txt
checks=0

for lua in lua5.4 lua5.3 luajit; do
  case $lua in luajit) abi=5.1 ;; *) abi=${lua#lua} ;; esac
  expected=$($lua -e "package.path='lua/?.lua;lua/?/init.lua;'..package.path
    package.cpath='build/lua$abi/?.so;'..package.cpath
    local lede = require('lede')
    local f = io.open('$art', 'rb') local t = f:read('*a') f:close()
    print(#lede.sentences(t))") || die "$lua: cannot load lede"
  n=$expected
  # run from another directory: the script finds the checkout by itself
  (cd "$tmp" && $lua "$OLDPWD/examples/lua/story.lua" "$OLDPWD/$art") >"$tmp/out" 2>&1 \
    || die "$lua examples/lua/story.lua: $(cat "$tmp/out")"
  grep -q "^$n sentences in " "$tmp/out" || die "$lua story.lua sentence count: $(cat "$tmp/out")"
  grep -A1 '^summary:$' "$tmp/out" | tail -1 | grep -q '[a-z]' || die "$lua story.lua: no summary"
  grep -q '^casualties:$' "$tmp/out" || die "$lua story.lua: no casualties section"
  grep -q '^claims:$' "$tmp/out" || die "$lua story.lua: no claims section"
  echo "examples_test: $lua examples/lua/story.lua: $n sentences"
  checks=$((checks + 1))
done

# The Neovim configuration example, as a user would start it; its swap and
# shada files go to $tmp, so it never meets another Neovim's swap file for
# the same article (make test runs suites side by side).
XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state" \
nvim --headless -u examples/nvim/init.lua "$art" \
  -c 'lua local ok, err = pcall(function()
        assert(vim.g.loaded_lede, "plugin not loaded")
        assert(vim.fn.maparg(" ls", "n") ~= "", "no <leader>ls mapping")
        assert(vim.fn.hlexists("LedeSummary") == 1, "no LedeSummary colour")
        vim.cmd("Lede sentences")
        local n = vim.api.nvim_buf_line_count(0)
        io.stdout:write("examples_test: nvim -u examples/nvim/init.lua: :Lede sentences shows " .. n .. " lines\n")
        assert(n > 1)
      end)
      if not ok then io.stdout:write("FAIL " .. tostring(err) .. "\n") vim.cmd("cquit 1") end' \
  -c 'qa!' >"$tmp/nvim.out" 2>&1 || die "nvim example: $(cat "$tmp/nvim.out")"
cat "$tmp/nvim.out"
grep -q "shows" "$tmp/nvim.out" || die "nvim example printed nothing"
checks=$((checks + 1))
echo "examples: $checks passed, 0 failed"
