# lede -- build, test, benchmark.
#
#   make                 build/lua5.4/lede/core.so  (LUA=lua5.3, LUA=luajit)
#   make nvim            build/lua5.1/lede/core.so  (LuaJIT, for Neovim)
#   make demo            summarize the sample articles in examples/articles
#   make test            every test: lint, C (ASan+UBSan, TSan), busted under
#                        lua5.4, lua5.3 and luajit, ASan module, valgrind, fuzz,
#                        the hosts; TEST_JOBS=N suites at a time (default 2)
#   make lint            luacheck (.luacheckrc) and clang-format (.clang-format)
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
BYTECODE := $(BUILD)/bytecode/probe

WARN := -Wall -Wextra -pedantic -Wshadow -Wcast-qual -Wstrict-prototypes \
        -Wmissing-prototypes -Wpointer-arith -Wwrite-strings -Wundef \
        -Wformat=2 -Wconversion -Wno-sign-conversion
OPT ?= -O2
# Hidden by default: core.so exports only what LEDE_EXPORT marks (the entry
# point), not the core's internal tables.
CFLAGS_ALL := -std=c99 $(OPT) -g -fPIC -fvisibility=hidden $(WARN) $(CFLAGS)
DEP_CFLAGS = $(shell pkg-config --cflags libutf8proc gumbo 2>/dev/null) \
  -DLEDE_GUMBO_VERSION='"$(shell pkg-config --modversion gumbo 2>/dev/null)"'
DEP_LIBS = $(shell pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc) \
  $(shell pkg-config --libs gumbo 2>/dev/null || echo -lgumbo) -lstemmer -lm
LUA_CFLAGS = $(shell pkg-config --cflags $(LUA_PC) 2>/dev/null)

CORE_SRC := $(sort $(wildcard csrc/lede_*.c))
CORE_HDR := $(wildcard csrc/*.h)
CORE_OBJ := $(patsubst csrc/%.c,build/core/%.o,$(CORE_SRC))
CORE_LIB := build/core/liblede.a

.PHONY: all lua54 lua53 lua51 nvim modules deps-build deps-test deps-demo \
        deps-fuzz demo bench eval clean fuzz test test-c test-lua test-asan \
        test-valgrind test-tsan test-fuzz test-warnings test-exports lint test-lint \
        format test-lua5.4 test-lua5.3 test-luajit test-large test-complexity \
        lexicon test-lexicon

all: deps-build $(MODULE) $(BYTECODE)
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

# test-lexicon checks the other generated tables too: the repair engine's
# code pages and HTML entities (csrc/gen/repair_tables.py).
test-lexicon: deps-test
	@sh spec/check-generated.sh

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

# The Lua modules compiled for bin/lede (bin/bytecode.lua says how they are
# checked before use), by the interpreter they are for; without it, or for
# Lua 5.1 (no package.searchpath), bin/lede reads the sources.
$(BYTECODE): $(wildcard lua/lede/*.lua) bin/bytecode.lua
	@mkdir -p $(@D)
	@if command -v $(LUA) >/dev/null 2>&1 && [ "$(LUA)" != lua5.1 ]; then \
	  $(LUA) bin/bytecode.lua $(@D) $(wildcard lua/lede/*.lua); \
	else echo "no compiled modules for $(LUA): bin/lede reads the Lua sources"; fi

# ---------------------------------------------------------------- tests

# Checked copies of the core, each compiled once into a static archive that
# every C test, fuzz target and the ASan module link (not one compile of
# every source per test).  $(call checked_core,DIR,COMPILER,FLAGS) defines
# DIR/liblede.a from csrc/lede_*.c, so a new core file needs no rule here.
define checked_core
$(1)/%.o: csrc/%.c $$(CORE_HDR)
	@mkdir -p $$(@D)
	$(2) $(3) $$(DEP_CFLAGS) -c $$< -o $$@

$(1)/liblede.a: $$(patsubst csrc/%.c,$(1)/%.o,$$(CORE_SRC))
	rm -f $$@
	ar rcs $$@ $$^
endef

SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
CHECKED_CFLAGS := -std=c99 -O1 -g $(WARN)
ASAN_LIB := build/san/asan/liblede.a
TSAN_LIB := build/san/tsan/liblede.a
FUZZ_LIB := build/san/fuzz/liblede.a
$(eval $(call checked_core,build/san/asan,$(CC),$(CHECKED_CFLAGS) -fPIC $(SAN)))
$(eval $(call checked_core,build/san/tsan,$(CC),$(CHECKED_CFLAGS) -fsanitize=thread))
$(eval $(call checked_core,build/san/fuzz,clang,$(CHECKED_CFLAGS) \
  -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all))

# The C tests and fuzz targets themselves are held to -Werror.
C_TESTS := $(patsubst spec/c/%.c,build/ctest/%,$(wildcard spec/c/test_*.c))

# (the shared set-ups of spec/c: harness.h, cases.h, quote_lists.h)
SPEC_C_HDR := $(wildcard spec/c/*.h)
build/ctest/%: spec/c/%.c $(SPEC_C_HDR) $(CORE_HDR) $(ASAN_LIB)
	@mkdir -p $(@D)
	$(CC) $(CHECKED_CFLAGS) -Werror $(SAN) -Icsrc $(DEP_CFLAGS) $< $(ASAN_LIB) -o $@ $(DEP_LIBS)

test-c: deps-build $(C_TESTS)
	@set -e; for t in $(C_TESTS); do echo "== $$t"; $$t; done

LUA_ENV = LUA_PATH='lua/?.lua;lua/?/init.lua;spec/?.lua;;'
BUSTED = /usr/bin/busted

modules:
	@for lua in lua5.4 lua5.3 luajit; do \
	  $(MAKE) --no-print-directory LUA=$$lua >/dev/null || exit 1; \
	done

# One suite per interpreter, so that they can run side by side; the #large
# specs (megabyte inputs) once, under lua5.4, in test-large.
test-lua: test-lua5.4 test-lua5.3 test-luajit test-large
test-lua5.4 test-lua5.3 test-luajit: modules
	@sh spec/run-busted.sh $(@:test-%=%)
test-large: modules
	@sh spec/run-busted.sh --large

# The suites `make test` runs; spec/run-tests.sh runs them TEST_JOBS at a
# time, the longest first, and totals them.  Everything they build is built
# first, in one parallel make, so no two suites build the same file.
TEST_SUITES := test-complexity test-lexicon test-valgrind test-large test-asan test-rocks \
               test-fuzz test-luajit test-cli test-lua5.4 test-lua5.3 test-warnings \
               test-lint test-c test-tsan test-exports
TEST_JOBS ?= 2
TEST_BUILD = $(C_TESTS) build/ctest/thread_test $(ASAN_MODULE) $(FUZZ_TARGETS)

test: deps-test deps-fuzz modules
	@$(MAKE) --no-print-directory -j$(TEST_JOBS) $(TEST_BUILD) >build/test-build.log 2>&1 \
	  || { cat build/test-build.log; exit 1; }
	@TEST_JOBS=$(TEST_JOBS) bash spec/run-tests.sh $(TEST_SUITES)

# Every C file compiles without a warning under gcc and clang, for each Lua.
test-warnings: deps-test
	@sh spec/check-warnings.sh $(WARN)

# core.so exports luaopen_lede_core and nothing else (-fvisibility=hidden).
test-exports: modules
	@sh spec/check-exports.sh build/lua5.4/lede/core.so build/lua5.3/lede/core.so \
	  build/lua5.1/lede/core.so

# luacheck on the Lua files (.luacheckrc), clang-format on the C files
# (.clang-format); `make format` reformats the C files the check covers.
lint test-lint: deps-test
	@sh spec/lint.sh

format:
	@sh spec/lint.sh --fix

# The core from several threads at once under ThreadSanitizer.
build/ctest/thread_test: spec/c/thread_test.c spec/c/harness.h $(CORE_HDR) $(TSAN_LIB)
	@mkdir -p $(@D)
	$(CC) $(CHECKED_CFLAGS) -Werror -fsanitize=thread -pthread -Icsrc $(DEP_CFLAGS) \
	  $< $(TSAN_LIB) -o $@ $(DEP_LIBS)

test-tsan: deps-build build/ctest/thread_test
	@build/ctest/thread_test

# The busted specs against a module built with AddressSanitizer and UBSan
# (lua5.4; the sanitizer runtime is preloaded into the interpreter), and
# under valgrind with the ordinary module.
ASAN_MODULE := build/asan/lua5.4/lede/core.so

build/asan/lua5.4/lua_lede.o: csrc/lua_lede.c $(CORE_HDR)
	@mkdir -p $(@D)
	$(CC) $(CHECKED_CFLAGS) -fPIC $(SAN) $(shell pkg-config --cflags lua5.4) $(DEP_CFLAGS) \
	  -c $< -o $@

$(ASAN_MODULE): build/asan/lua5.4/lua_lede.o $(ASAN_LIB)
	@mkdir -p $(@D)
	$(CC) -shared $(SAN) -o $@ $^ $(DEP_LIBS)

test-asan: deps-test $(ASAN_MODULE)
	@sh spec/run-sanitized.sh asan

test-valgrind: deps-test modules
	@sh spec/run-sanitized.sh valgrind

# Fuzzing (clang's libFuzzer): one target per C entry point in spec/fuzz/,
# seeded with the sample articles; crashes found once are kept in
# spec/fuzz/regressions/<target>/ and replayed by every run.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := $(patsubst spec/fuzz/%.c,build/fuzz/%,$(wildcard spec/fuzz/fuzz_*.c))
FUZZ_FLAGS := $(CHECKED_CFLAGS) -Werror -fsanitize=fuzzer,address,undefined \
              -fno-sanitize-recover=all

build/fuzz/%: spec/fuzz/%.c spec/fuzz/fuzz.h $(SPEC_C_HDR) $(CORE_HDR) $(FUZZ_LIB)
	@mkdir -p $(@D)
	clang $(FUZZ_FLAGS) -Icsrc $(DEP_CFLAGS) $< $(FUZZ_LIB) -o $@ $(DEP_LIBS)

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

# Time growth per doubling and peak memory of every public function on
# adversarial patterns, 64 KB to 512 KB (make bench runs 1 to 8 MB).  The
# longest suite, so it starts first (in TEST_SUITES above): the other slot
# runs the rest meanwhile, where appended last it ran alone at the end.
test-complexity: deps-test modules
	@$(LUA_ENV) LUA_CPATH='build/lua5.4/?.so;;' lua5.4 bench/complexity.lua --quick

# ------------------------------------------------ hosts (CLI, Neovim, LuaRocks,
# pandoc, examples), each run against the real program; part of `make test`
# through TEST_SUITES.
HOST_TESTS := test-cli test-nvim test-rocks test-pandoc test-examples
TEST_SUITES += $(filter-out $(TEST_SUITES),$(HOST_TESTS))
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

# `luarocks make rockspec/lede-scm-1.rockspec` (build type "make") builds
# lede.core here, out of the source tree and away from build/lua5.x, with
# the compiler flags and include directories LuaRocks passes; LuaRocks then
# installs the files the rockspec lists.  No object files are left behind.
ROCK_SO := build/rock/lede/core.so
.PHONY: rock
rock:
	@mkdir -p $(dir $(ROCK_SO))
	$(CC) -std=c99 $(CFLAGS) -fvisibility=hidden -I$(LUA_INCDIR) -I$(UTF8PROC_INCDIR) \
	  -I$(STEMMER_INCDIR) -I$(GUMBO_INCDIR) \
	  -DLEDE_GUMBO_VERSION='"$(shell pkg-config --modversion gumbo 2>/dev/null)"' \
	  csrc/lua_lede.c $(CORE_SRC) $(LIBFLAG) -o $(ROCK_SO) \
	  -L$(UTF8PROC_LIBDIR) -L$(STEMMER_LIBDIR) -L$(GUMBO_LIBDIR) -lutf8proc -lstemmer -lgumbo -lm
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
