# lede -- build, test, benchmark.
#
#   make                 build/lua5.4/lede/core.so  (LUA=lua5.3, LUA=luajit)
#   make nvim            build/lua5.1/lede/core.so  (LuaJIT, for Neovim)
#   make demo            summarize the sample articles in examples/articles
#   make test            every test: C (ASan+UBSan), busted under lua5.4,
#                        lua5.3 and luajit
#   make bench           throughput and memory on a generated ~10 MB corpus
#   make eval            scores on ../shared/data (skipped when it is absent)
#
# Missing packages are installed first (.ci/deps.sh says how, or what to run).

LUA ?= lua5.4
CC ?= cc

ifeq ($(LUA),luajit)
  ABI := 5.1
  LUA_PC := luajit
else ifeq ($(LUA),lua5.1)
  ABI := 5.1
  LUA_PC := luajit
else ifeq ($(LUA),lua5.3)
  ABI := 5.3
  LUA_PC := lua5.3
else ifeq ($(LUA),lua5.4)
  ABI := 5.4
  LUA_PC := lua5.4
else
  $(error LUA must be lua5.4, lua5.3 or luajit, not '$(LUA)')
endif

BUILD := build/lua$(ABI)
MODULE := $(BUILD)/lede/core.so

WARN := -Wall -Wextra -pedantic -Wshadow -Wcast-qual -Wstrict-prototypes \
        -Wmissing-prototypes -Wpointer-arith -Wwrite-strings -Wundef \
        -Wformat=2 -Wconversion -Wno-sign-conversion
OPT ?= -O2
CFLAGS_ALL := -std=c99 $(OPT) -g -fPIC $(WARN) $(CFLAGS)
DEP_CFLAGS = $(shell pkg-config --cflags libutf8proc 2>/dev/null)
DEP_LIBS = $(shell pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc) -lstemmer -lm
LUA_CFLAGS = $(shell pkg-config --cflags $(LUA_PC) 2>/dev/null)

CORE_SRC := $(sort $(wildcard csrc/lede_*.c))
CORE_HDR := $(wildcard csrc/*.h)
CORE_OBJ := $(patsubst csrc/%.c,build/core/%.o,$(CORE_SRC))
CORE_LIB := build/core/liblede.a

.PHONY: all lua54 lua53 lua51 nvim modules deps-build deps-test deps-demo \
        deps-fuzz demo bench eval clean fuzz test test-c test-lua test-asan \
        test-valgrind test-tsan test-fuzz test-warnings lexicon test-lexicon

all: deps-build $(MODULE)
lua54:
	$(MAKE) LUA=lua5.4
lua53:
	$(MAKE) LUA=lua5.3
lua51 nvim:
	$(MAKE) LUA=luajit

deps-build:
	@sh .ci/deps.sh build
deps-demo:
	@sh .ci/deps.sh demo
deps-test:
	@sh .ci/deps.sh test

# The lexicon: lexicon/gen.lua writes the checked-in C and Lua tables from
# the TSV files (`make lexicon`; `make test-lexicon` fails when they drift).
LEXICON_TSV := $(wildcard lexicon/*.tsv lexicon/*/*.tsv)
LEXICON_OUT := csrc/lede_lexicon.h csrc/lede_lexicon_en.c lua/lede/lexicon_en.lua \
               lua/lede/languages.lua
GEN_LUA := $(firstword $(shell command -v lua5.4 lua5.3 luajit 2>/dev/null))

$(LEXICON_OUT) &: lexicon/gen.lua $(LEXICON_TSV)
	@if [ -n "$(GEN_LUA)" ]; then $(GEN_LUA) lexicon/gen.lua; \
	 else echo "no Lua interpreter: keeping the checked-in lexicon tables"; fi

lexicon:
	lua5.4 lexicon/gen.lua

test-lexicon: deps-test
	@lua5.4 lexicon/gen.lua --check

# The core: no Lua headers, one static archive shared by every ABI's module.
build/core/%.o: csrc/%.c $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(DEP_CFLAGS) -c $< -o $@

$(CORE_LIB): $(CORE_OBJ)
	rm -f $@
	ar rcs $@ $^

# The binding, compiled once per Lua ABI; modules never link liblua.
$(BUILD)/lua_lede.o: csrc/lua_lede.c $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(LUA_CFLAGS) $(DEP_CFLAGS) -c $< -o $@

$(MODULE): $(BUILD)/lua_lede.o $(CORE_LIB)
	@mkdir -p $(@D)
	$(CC) -shared -o $@ $^ $(DEP_LIBS) $(LDFLAGS)

# ---------------------------------------------------------------- tests

SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
C_TESTS := $(patsubst spec/c/%.c,build/ctest/%,$(wildcard spec/c/test_*.c))

build/ctest/%: spec/c/%.c spec/c/harness.h $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) -std=c99 -O1 -g $(WARN) $(SAN) -Icsrc $(DEP_CFLAGS) $< $(CORE_SRC) -o $@ $(DEP_LIBS)

test-c: deps-build $(C_TESTS)
	@set -e; for t in $(C_TESTS); do echo "== $$t"; $$t; done

LUA_ENV = LUA_PATH='lua/?.lua;lua/?/init.lua;spec/?.lua;;'
BUSTED = /usr/bin/busted

modules:
	@for lua in lua5.4 lua5.3 luajit; do \
	  $(MAKE) --no-print-directory LUA=$$lua >/dev/null || exit 1; \
	done

test-lua: modules
	@sh spec/run-busted.sh

# The suites `make test` runs, in order; spec/run-tests.sh totals them.
TEST_SUITES := test-lexicon test-warnings test-c test-tsan test-lua test-asan test-valgrind test-fuzz

test: deps-test modules
	@bash spec/run-tests.sh $(TEST_SUITES)

# Every C file compiles without a warning under gcc and clang, for each Lua.
test-warnings: deps-test
	@sh spec/check-warnings.sh $(WARN)

# The core from several threads at once under ThreadSanitizer.
build/ctest/thread_test: spec/c/thread_test.c spec/c/harness.h $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) -std=c99 -O1 -g $(WARN) -fsanitize=thread -pthread -Icsrc $(DEP_CFLAGS) \
	  $< $(CORE_SRC) -o $@ $(DEP_LIBS)

test-tsan: deps-build build/ctest/thread_test
	@build/ctest/thread_test

# The busted specs against a module built with AddressSanitizer and UBSan
# (lua5.4; the sanitizer runtime is preloaded into the interpreter), and
# under valgrind with the ordinary module.
ASAN_MODULE := build/asan/lua5.4/lede/core.so

$(ASAN_MODULE): csrc/lua_lede.c $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) -std=c99 -O1 -g -fPIC -shared $(WARN) $(SAN) $(shell pkg-config --cflags lua5.4) \
	  $(DEP_CFLAGS) csrc/lua_lede.c $(CORE_SRC) -o $@ $(DEP_LIBS)

test-asan: deps-test $(ASAN_MODULE)
	@sh spec/run-sanitized.sh asan

test-valgrind: deps-test modules
	@sh spec/run-sanitized.sh valgrind

# Fuzzing (clang's libFuzzer): one target per C entry point in spec/fuzz/,
# seeded with the sample articles; crashes found once are kept in
# spec/fuzz/regressions/<target>/ and replayed by every run.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := $(patsubst spec/fuzz/%.c,build/fuzz/%,$(wildcard spec/fuzz/fuzz_*.c))
FUZZ_FLAGS := -std=c99 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all

build/fuzz/%: spec/fuzz/%.c spec/fuzz/fuzz.h $(CORE_SRC) $(CORE_HDR)
	@mkdir -p $(@D)
	clang $(FUZZ_FLAGS) -Icsrc $(DEP_CFLAGS) $< $(CORE_SRC) -o $@ $(DEP_LIBS)

fuzz: deps-fuzz $(FUZZ_TARGETS)
	@sh spec/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)
	@# and the Lua functions on random input
	@$(MAKE) --no-print-directory LUA=lua5.4 >/dev/null
	@$(LUA_ENV) LUA_CPATH='build/lua5.4/?.so;;' lua5.4 spec/fuzz/lua_fuzz.lua $(FUZZ_SECONDS)

# `make test` runs each target for a few seconds.
test-fuzz: deps-fuzz $(FUZZ_TARGETS)
	@sh spec/fuzz/run.sh 4 $(FUZZ_TARGETS)
	@# the Lua functions on random input, briefly
	@# (a failing input is saved in build/lua_fuzz-crash.txt)
	@$(MAKE) --no-print-directory LUA=lua5.4 >/dev/null
	@$(LUA_ENV) LUA_CPATH='build/lua5.4/?.so;;' lua5.4 spec/fuzz/lua_fuzz.lua 4

deps-fuzz:
	@sh .ci/deps.sh fuzz

# ------------------------------------------------ hosts (issue 6: CLI, Neovim,
# LuaRocks, pandoc, examples), each run against the real program; part of
# `make test` through TEST_SUITES.
HOST_TESTS := test-cli test-nvim test-rocks test-pandoc test-examples
TEST_SUITES += $(HOST_TESTS)
.PHONY: test-hosts $(HOST_TESTS)

test-hosts: $(HOST_TESTS)

test-cli: deps-test modules
	@sh spec/cli_test.sh

test-nvim: deps-test modules
	@nvim --headless -u NONE -c 'set rtp^=.' -c 'luafile spec/nvim/run.lua'

test-rocks: deps-test
	@sh spec/luarocks_test.sh

test-pandoc: deps-test modules
	@sh spec/pandoc_test.sh

test-examples: deps-test modules
	@sh spec/examples_test.sh
# ------------------------------------------------ end of hosts

# ---------------------------------------------------------------- demo, bench

demo: deps-demo all
	@$(LUA_ENV) LUA_CPATH='build/lua5.4/?.so;;' lua5.4 examples/demo.lua examples/articles

bench: deps-demo all
	@sh bench/run.sh

eval: deps-demo all
	@sh bench/eval.sh

clean:
	rm -rf build
