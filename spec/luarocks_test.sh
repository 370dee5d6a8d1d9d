#!/bin/sh
# The LuaRocks install, for real: `luarocks lint`, then `luarocks make` of
# rockspec/lede-scm-1.rockspec into a temporary tree for Lua 5.4 and for Lua
# 5.1 (LuaJIT headers), then require("lede") and the installed `lede`
# command from that tree, run outside the checkout, the command without
# `luarocks path`.  The source tree must keep no build products outside
# build/.  Also fails when a Lua module
# (lua/lede/*.lua) is missing from the rockspec (the C sources are the
# Makefile's wildcard).  LPeg and lua-cjson are Debian's (the machines cannot
# reach the LuaRocks server), hence --deps-mode=none.
set -u
cd "$(dirname "$0")/.." || exit 1
repo=$(pwd)
rockspec=rockspec/lede-scm-1.rockspec
die() { echo "luarocks_test: FAIL: $*" >&2; exit 1; }

luarocks lint "$rockspec" || die "luarocks lint $rockspec"

missing=""
for f in lua/lede/*.lua; do
  grep -q "= \"$f\"" "$rockspec" || missing="$missing $f"
done
[ -z "$missing" ] || die "files missing from $rockspec (add them to build.modules):$missing"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fixture=$repo/spec/fixtures/hosts/harbor-fire.txt

for v in 5.4 5.1; do
  # Build from a copy: the builtin backend leaves objects in the source tree.
  src=$tmp/src-$v tree=$tmp/tree-$v
  mkdir -p "$src"
  cp -r csrc lua bin doc plugin rockspec Makefile "$src/"
  (cd "$src" && find . -path ./build -prune -o -print | sort) >"$tmp/before-$v"
  case $v in
    5.1) lua=luajit; extra="LUA_INCDIR=/usr/include/luajit-2.1" ;;
    *) lua=lua$v; extra="" ;;
  esac
  # shellcheck disable=SC2086
  (cd "$src" && luarocks --lua-version="$v" make "$rockspec" --tree="$tree" --deps-mode=none $extra) \
    >"$tmp/build-$v.log" 2>&1 || { cat "$tmp/build-$v.log"; die "luarocks make for Lua $v"; }
  [ -f "$tree/lib/lua/$v/lede/core.so" ] || die "no lede/core.so in the $v tree"
  (cd "$src" && find . -path ./build -prune -o -print | sort) >"$tmp/after-$v"
  cmp -s "$tmp/before-$v" "$tmp/after-$v" \
    || die "luarocks make left files in the source tree: $(comm -13 "$tmp/before-$v" "$tmp/after-$v" | head -5)"
  [ -f "$tree/lib/luarocks/rocks-$v/lede/scm-1/doc/lede.txt" ] || die "doc/ not copied ($v)"
  [ -f "$tree/lib/luarocks/rocks-$v/lede/scm-1/plugin/lede.lua" ] || die "plugin/ not copied ($v)"

  # From an empty directory, with only the tree's paths (plus the system's LPeg).
  mkdir -p "$tmp/cwd-$v"
  paths=$(luarocks --lua-version="$v" --tree="$tree" path) || die "luarocks path ($v)"
  (
    cd "$tmp/cwd-$v" || exit 1
    eval "$paths"
    export TREE="$tree" FIXTURE="$fixture" TMP="$tmp" V="$v"
    $lua -e '
      local lede = require("lede")
      local core = require("lede.core")
      local where = package.searchpath and package.searchpath("lede.core", package.cpath) or "?"
      assert(where:find(os.getenv("TREE"), 1, true), "lede.core came from " .. where)
      local abi = ({ ["Lua 5.1"] = 501, ["Lua 5.4"] = 504 })[_VERSION]
      assert(core._ABI == abi, "ABI " .. tostring(core._ABI))
      local text = "Smoke rose over the quay. Two workers were hurt."
      local s = lede.sentences(text)
      assert(#s == 2 and text:sub(s[2].s, s[2].e) == s[2].text)
      print("luarocks_test: " .. _VERSION .. ": require(\"lede\") " .. lede.version
        .. " from " .. where)' || exit 1
    # the rock's own command, without `luarocks path`
    env -u LUA_PATH -u LUA_CPATH -u LUA_PATH_5_4 -u LUA_CPATH_5_4 "$TREE/bin/lede" sentences "$FIXTURE" \
      >"$TMP/installed-$V.txt" || exit 1
    # every command: the installed rock answers as the checkout does
    for cmd in tokens sentences numbers casualties quotes claims article clean summarize; do
      "$TREE/bin/lede" "$cmd" --json "$FIXTURE" >"$TMP/rock-$V-$cmd.json" 2>"$TMP/rock-$V-$cmd.err"
      echo $? >"$TMP/rock-$V-$cmd.rc"
    done
    "$TREE/bin/lede" --help | grep -q "^  summarize " || exit 1
    "$TREE/bin/lede" sentences "$TMP/nothing-here.txt" 2>/dev/null; [ $? -eq 1 ] || exit 1
  ) || die "the installed rock does not work for Lua $v"
  $lua bin/lede sentences "$fixture" | cmp -s - "$tmp/installed-$v.txt" \
    || die "installed lede ($v) and bin/lede disagree"
  same=0
  for cmd in tokens sentences numbers casualties quotes claims article clean summarize; do
    $lua bin/lede "$cmd" --json "$fixture" >"$tmp/repo-$cmd.json" 2>/dev/null
    rc=$?
    [ "$rc" -eq "$(cat "$tmp/rock-$v-$cmd.rc")" ] || die "'lede $cmd' exits $rc from the checkout, $(cat "$tmp/rock-$v-$cmd.rc") from the rock ($v): $(cat "$tmp/rock-$v-$cmd.err")"
    # the same object (lua-cjson's key order is not fixed from run to run)
    python3 -c 'import json, sys; a, b = (json.load(open(f)) if open(f).read().strip() else None for f in sys.argv[1:]); sys.exit(a != b)' \
      "$tmp/repo-$cmd.json" "$tmp/rock-$v-$cmd.json" || die "'lede $cmd' differs between checkout and rock ($v)"
    [ "$rc" -eq 0 ] && same=$((same + 1))
  done
  echo "luarocks_test: Lua $v: $same commands give the same answer from the rock as from the checkout"
  echo "luarocks_test: Lua $v: installed 'lede sentences' prints $(wc -l <"$tmp/installed-$v.txt") lines, same as bin/lede"
done
echo "luarocks (lint, make, run for Lua 5.4 and 5.1): 3 passed, 0 failed"
