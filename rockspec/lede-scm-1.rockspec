-- LuaRocks build of lede: the native module lede.core (C, utf8proc,
-- libstemmer), the Lua modules, the `lede` command, and the Neovim plugin's
-- doc/ and plugin/ directories.
--
--   luarocks make rockspec/lede-scm-1.rockspec
--
-- The C sources are listed one by one (LuaRocks has no globs); spec/
-- luarocks_test.sh fails when csrc/lede_*.c or lua/lede/*.lua has a file
-- this list lacks.
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
sources disagree. The work is done by a C core (utf8proc, libstemmer); the
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
}

external_dependencies = {
  UTF8PROC = { header = "utf8proc.h", library = "utf8proc" },
  STEMMER = { header = "libstemmer.h", library = "stemmer" },
}

build = {
  type = "builtin",
  modules = {
    ["lede.core"] = {
      sources = {
        "csrc/lua_lede.c",
        "csrc/lede_casualties.c",
        "csrc/lede_core.c",
        "csrc/lede_features.c",
        "csrc/lede_mojibake.c",
        "csrc/lede_numbers.c",
        "csrc/lede_numwords.c",
        "csrc/lede_opening.c",
        "csrc/lede_rank.c",
        "csrc/lede_repair.c",
        "csrc/lede_sentences.c",
        "csrc/lede_stem.c",
        "csrc/lede_stopwords.c",
        "csrc/lede_text.c",
        "csrc/lede_tokens.c",
      },
      incdirs = { "csrc", "$(UTF8PROC_INCDIR)", "$(STEMMER_INCDIR)" },
      libdirs = { "$(UTF8PROC_LIBDIR)", "$(STEMMER_LIBDIR)" },
      libraries = { "utf8proc", "stemmer" },
    },
    ["lede"] = "lua/lede/init.lua",
    ["lede.article"] = "lua/lede/article.lua",
    ["lede.casualty_totals"] = "lua/lede/casualty_totals.lua",
    ["lede.charset"] = "lua/lede/charset.lua",
    ["lede.chrome"] = "lua/lede/chrome.lua",
    ["lede.claim_text"] = "lua/lede/claim_text.lua",
    ["lede.claims"] = "lua/lede/claims.lua",
    ["lede.claims_table"] = "lua/lede/claims_table.lua",
    ["lede.cli"] = "lua/lede/cli.lua",
    ["lede.docs"] = "lua/lede/docs.lua",
    ["lede.fix"] = "lua/lede/fix.lua",
    ["lede.grammar"] = "lua/lede/grammar.lua",
    ["lede.health"] = "lua/lede/health.lua",
    ["lede.json"] = "lua/lede/json.lua",
    ["lede.lines"] = "lua/lede/lines.lua",
    ["lede.mojibake"] = "lua/lede/mojibake.lua",
    ["lede.names"] = "lua/lede/names.lua",
    ["lede.nvim"] = "lua/lede/nvim.lua",
    ["lede.quotes"] = "lua/lede/quotes.lua",
    ["lede.split"] = "lua/lede/split.lua",
    ["lede.summarize"] = "lua/lede/summarize.lua",
  },
  install = {
    bin = { lede = "bin/lede" },
  },
  copy_directories = { "doc", "plugin" },
}
