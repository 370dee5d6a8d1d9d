#!/bin/sh
# examples/pandoc/lede-summary.lua in the real pandoc, on a Markdown and an
# HTML article.  pandoc 2.x runs Lua 5.3 (needs `make LUA=lua5.3`), pandoc 3
# Lua 5.4 (`make`).  When lede.summarize exists, the summary block must be
# the document's first block, hold 1..budget sentences, and every sentence
# must be one of the document's own sentences; when lede.claims exists, a
# claims list must follow.  Without lede.summarize, pandoc must fail with the
# filter's clear message.
set -u
cd "$(dirname "$0")/.." || exit 1
die() { echo "pandoc_test: FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
filter=examples/pandoc/lede-summary.lua

pandoc_lua=$(pandoc -f markdown -t plain --lua-filter /dev/stdin /dev/null 2>&1 <<'EOF2'
io.stderr:write(_VERSION:match("%d+%.%d+"), "\n")
return {}
EOF2
)
case $pandoc_lua in
  5.3) lua=lua5.3 ;;
  5.4) lua=lua5.4 ;;
  *) die "unexpected pandoc Lua version '$pandoc_lua'" ;;
esac
[ -f "build/lua$pandoc_lua/lede/core.so" ] || die "build/lua$pandoc_lua missing: run make LUA=$lua"
has() {
  $lua -e "package.path='lua/?.lua;lua/?/init.lua;'..package.path
    package.cpath='build/lua$pandoc_lua/?.so;'..package.cpath
    os.exit(require('lede').$1 and 0 or 1)"
}

checks=0
for input in spec/fixtures/hosts/harbor-fire.md spec/fixtures/hosts/velmar.html; do
  if has summarize; then
    pandoc --lua-filter "$filter" -t json "$input" -o "$tmp/out.json" 2>"$tmp/err" \
      || die "pandoc failed on $input: $(cat "$tmp/err")"
    has claims && claims=1 || claims=0
    python3 - "$tmp/out.json" "$input" "$claims" <<'EOF2' || die "summary of $input"
import json, re, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
budget = 2 if sys.argv[2].endswith(".md") else 3   # lede-sentences in the .md; the default
want_claims = sys.argv[3] == "1"

def text(x):
    """Plain text of a pandoc JSON AST fragment."""
    if isinstance(x, list):
        return "".join(text(i) for i in x)
    if isinstance(x, dict):
        t, c = x.get("t"), x.get("c")
        if t == "Str": return c
        if t in ("Space", "SoftBreak", "LineBreak"): return " "
        if t == "Quoted": return "\u201c" + text(c[1]) + "\u201d"
        return text(c) if c is not None else ""
    return ""

blocks = doc["blocks"]
first = blocks[0]
assert first["t"] == "Div", first["t"]
attr, content = first["c"]
assert attr[0] == "lede-summary" and "lede-summary" in attr[1], attr
assert content[0]["t"] == "Header"
spans = [i for i in content[1]["c"] if i["t"] == "Span"]
assert 1 <= len(spans) <= budget, len(spans)
title = re.sub(r"\s+", " ", text(doc["meta"].get("title", {}))).strip()
ours = [b for b in blocks if b["t"] == "Div" and b["c"][0][0] in ("lede-summary", "lede-claims")]
rest = re.sub(r"\s+", " ", text([b for b in blocks if b not in ours]))
for s in spans:
    sentence = re.sub(r"\s+", " ", text(s["c"][1])).strip()
    assert sentence, "empty summary sentence"
    assert sentence in rest, "not a sentence of the document: " + sentence
    assert sentence != title and not sentence.startswith("By "), "headline or byline: " + sentence
if want_claims:
    second = blocks[1]
    assert second["t"] == "Div" and "lede-claims" in second["c"][0][1], second["t"]
print("pandoc_test: %s: %d summary sentences%s" % (sys.argv[2], len(spans),
      ", claims list" if want_claims else ""))
EOF2
    # and the HTML writer shows the block at the top
    pandoc --lua-filter "$filter" -t html "$input" | head -1 | grep -q '^<[a-z]* id="lede-summary" class="lede-summary">$' \
      || die "HTML output of $input does not start with the summary"
  else
    pandoc --lua-filter "$filter" -t html "$input" >/dev/null 2>"$tmp/err" && die "pandoc succeeded without lede.summarize"
    grep -q "this filter needs lede.summarize" "$tmp/err" || die "unclear message: $(cat "$tmp/err")"
    echo "pandoc_test: $input: lede.summarize is not in this build; the filter says so"
  fi
  checks=$((checks + 1))
done
# the dateline of an HTML page is left out of the
# summary and of the claims, as the command line leaves it out (lede.article)
pandoc --lua-filter "$filter" -t plain spec/fixtures/hosts/dateline.html >"$tmp/dl.txt" 2>"$tmp/err" \
  || die "pandoc on dateline.html: $(cat "$tmp/err")"
grep -q "slow-moving storm flooded" "$tmp/dl.txt" || die "no summary of dateline.html: $(cat "$tmp/dl.txt")"
sed -n '1,/^Claims/p' "$tmp/dl.txt" | grep -q "MIAMI" && die "the summary keeps the dateline: $(cat "$tmp/dl.txt")"
sed -n '/^Claims/,/^Storm floods coastal roads/p' "$tmp/dl.txt" | grep -q "MIAMI" \
  && die "the claims keep the dateline: $(cat "$tmp/dl.txt")"
checks=$((checks + 1))
echo "pandoc (Lua $pandoc_lua): $checks passed, 0 failed"
