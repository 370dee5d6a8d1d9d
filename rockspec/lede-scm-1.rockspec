-- LuaRocks build of lede: the native module lede.core (C, utf8proc,
-- libstemmer), the Lua modules, the `lede` command, and the Neovim plugin's
-- doc/ and plugin/ directories.
--
--   luarocks --lua-version=5.4 make rockspec/lede-scm-1.rockspec
--
-- The native module is built by the Makefile's `rock` target into
-- build/rock/ (build type "make"), so the checkout keeps no object files and
-- no ./lede/core.so; the Lua modules are listed one by one (LuaRocks has no
-- globs) and spec/luarocks_test.sh fails when lua/lede/*.lua has a file this
-- list lacks.
rockspec_format = "3.0"
package = "lede"
version = "scm-1"

source = {
  url = "git+https://github.com/lede-project/lede.git",
}

description = {
  summary = "Summaries and claims (casualty counts, numbers, quotes) of news articles",
  detailed = [[
lede summarizes news articles, one or several on the same story, and pulls
out their claims: casualty counts, numbers and quotes, with the places where
sources disagree. The work is done by a C core (utf8proc, libstemmer, libgumbo for HTML pages); the
article grammar is LPeg. It runs in Lua 5.1/LuaJIT (Neovim), 5.3 (pandoc)
and 5.4, and comes with a command-line tool.
]],
  homepage = "https://github.com/lede-project/lede",
  license = "MIT",
  labels = { "nlp", "summarization", "news", "neovim" },
}

dependencies = {
  "lua >= 5.1",
  "lpeg >= 1.0",
  "lua-cjson >= 2.1",
}

external_dependencies = {
  UTF8PROC = { header = "utf8proc.h", library = "utf8proc" },
  STEMMER = { header = "libstemmer.h", library = "stemmer" },
  GUMBO = { header = "gumbo.h", library = "gumbo" },
}

build = {
  type = "make",
  build_target = "rock",
  build_variables = {
    CFLAGS = "$(CFLAGS)",
    LIBFLAG = "$(LIBFLAG)",
    LUA_INCDIR = "$(LUA_INCDIR)",
    UTF8PROC_INCDIR = "$(UTF8PROC_INCDIR)",
    UTF8PROC_LIBDIR = "$(UTF8PROC_LIBDIR)",
    STEMMER_INCDIR = "$(STEMMER_INCDIR)",
    STEMMER_LIBDIR = "$(STEMMER_LIBDIR)",
    GUMBO_INCDIR = "$(GUMBO_INCDIR)",
    GUMBO_LIBDIR = "$(GUMBO_LIBDIR)",
  },
  install_pass = false,
  install = {
    lib = { ["lede.core"] = "build/rock/lede/core.so" },
    lua = {
      ["lede"] = "lua/lede/init.lua",
      ["lede.article"] = "lua/lede/article.lua",
      ["lede.casualty_totals"] = "lua/lede/casualty_totals.lua",
      ["lede.charset"] = "lua/lede/charset.lua",
      ["lede.chrome"] = "lua/lede/chrome.lua",
      ["lede.casualty_filter"] = "lua/lede/casualty_filter.lua",
      ["lede.claim_places"] = "lua/lede/claim_places.lua",
      ["lede.claim_quotes"] = "lua/lede/claim_quotes.lua",
      ["lede.claim_text"] = "lua/lede/claim_text.lua",
      ["lede.claim_time"] = "lua/lede/claim_time.lua",
      ["lede.claims"] = "lua/lede/claims.lua",
      ["lede.claims_table"] = "lua/lede/claims_table.lua",
      ["lede.cli"] = "lua/lede/cli.lua",
      ["lede.cli_help"] = "lua/lede/cli_help.lua",
      ["lede.cli_input"] = "lua/lede/cli_input.lua",
      ["lede.cli_jsonl"] = "lua/lede/cli_jsonl.lua",
      ["lede.docs"] = "lua/lede/docs.lua",
      ["lede.fix"] = "lua/lede/fix.lua",
      ["lede.grammar"] = "lua/lede/grammar.lua",
      ["lede.health"] = "lua/lede/health.lua",
      ["lede.html"] = "lua/lede/html.lua",
      ["lede.json"] = "lua/lede/json.lua",
      ["lede.languages"] = "lua/lede/languages.lua",
      ["lede.lexicon_en"] = "lua/lede/lexicon_en.lua",
      ["lede.lines"] = "lua/lede/lines.lua",
      ["lede.mojibake"] = "lua/lede/mojibake.lua",
      ["lede.names"] = "lua/lede/names.lua",
      ["lede.nvim"] = "lua/lede/nvim.lua",
      ["lede.nvim_worker"] = "lua/lede/nvim_worker.lua",
      ["lede.quotes"] = "lua/lede/quotes.lua",
      ["lede.split"] = "lua/lede/split.lua",
      ["lede.summarize"] = "lua/lede/summarize.lua",
    },
    bin = { lede = "bin/lede" },
  },
  copy_directories = { "doc", "plugin" },
}
