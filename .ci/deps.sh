#!/bin/sh
# Checks that what a make target needs is on this machine, and installs what
# is missing.  Called by the Makefile (`make deps-build`, `make deps-test`);
# usable by hand: sh .ci/deps.sh build|test|fuzz
#
# On Debian/Ubuntu as root, or with passwordless sudo, missing packages are
# installed with apt-get, non-interactively.  Anywhere else the script stops
# and prints the exact install command for apt, dnf and Homebrew.
set -eu

level=${1:-build}
missing=""

need() { # need DEBIAN-PACKAGE TEST-COMMAND...
  pkg=$1; shift
  if ! "$@" >/dev/null 2>&1; then missing="$missing $pkg"; fi
}
have() { command -v "$1"; }
header() { test -f "$1"; }
lua_has() { "$1" -e "require('$2')"; }

# What `make` needs: a C compiler, pkg-config, Lua headers, utf8proc, libstemmer,
# libgumbo (the HTML parser).
need gcc have cc
need make have make
need pkg-config have pkg-config
need liblua5.4-dev header /usr/include/lua5.4/lua.h
need liblua5.3-dev header /usr/include/lua5.3/lua.h
need libluajit-5.1-dev header /usr/include/luajit-2.1/lua.h
need libutf8proc-dev header /usr/include/utf8proc.h
need libstemmer-dev header /usr/include/libstemmer.h
need libgumbo-dev header /usr/include/gumbo.h

if [ "$level" = test ] || [ "$level" = fuzz ] || [ "$level" = demo ]; then
  need lua5.4 have lua5.4
  need lua5.3 have lua5.3
  need luajit have luajit
  need lua-lpeg lua_has lua5.4 lpeg
  # lua-cjson: one Debian package for every Lua here (5.1/LuaJIT, 5.3 for
  # pandoc, 5.4); the command line's JSON
  need lua-cjson lua_has lua5.4 cjson
  need lua-cjson lua_has lua5.3 cjson
  need lua-cjson lua_has luajit cjson
fi
if [ "$level" = demo ]; then
  # bench/startup_bench.sh: instructions and wall time of a command-line call
  need hyperfine have hyperfine
  need valgrind have valgrind
fi
if [ "$level" = test ]; then
  need lua-busted lua_has lua5.4 busted.runner
  need neovim have nvim
  need luarocks have luarocks
  need pandoc have pandoc
  need parallel have parallel
  need valgrind have valgrind
  need perl have prove
  need python3 have python3
  need lua-check have luacheck
  need clang-format have clang-format
fi
if [ "$level" = test ] || [ "$level" = fuzz ]; then
  need clang have clang
  need libclang-rt-14-dev sh -c 'ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a'
fi

[ -z "$missing" ] && exit 0

echo "lede: missing packages:$missing" >&2
sudo=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo -n"
fi
if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || [ -n "$sudo" ]; }; then
  echo "lede: installing them with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing >&2
  exit 0
fi

cat >&2 <<EOF
lede: cannot install them here (no apt-get, or not root and no passwordless sudo).
Install them, then run make again:
  Debian/Ubuntu: sudo apt-get install$missing
  Fedora (dnf):  sudo dnf install gcc make pkgconf lua lua-devel compat-lua compat-lua-devel luajit luajit-devel utf8proc-devel libstemmer-devel gumbo-parser-devel lua-lpeg lua-cjson lua-busted neovim luarocks pandoc parallel valgrind perl clang compiler-rt python3 luacheck clang-tools-extra hyperfine
  macOS (brew):  brew install pkg-config lua lua@5.3 luajit utf8proc snowball gumbo-parser neovim luarocks pandoc parallel llvm clang-format python hyperfine && luarocks install lpeg && luarocks install lua-cjson && luarocks install busted && luarocks install luacheck
EOF
exit 1
