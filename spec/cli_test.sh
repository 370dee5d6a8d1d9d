#!/bin/sh
# bin/lede as a process, under lua5.4 and LuaJIT: exit statuses, standard
# input, --json, and the --jsonl stream sharded by GNU parallel (the README
# recipe).  Needs the modules built: make && make LUA=luajit.
# Prints "cli: N checks passed" or the first failure, and exits non-zero.
set -u
cd "$(dirname "$0")/.." || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
checks=0
die() { echo "cli_test: FAIL: $*" >&2; exit 1; }
ok() { checks=$((checks + 1)); }
art=spec/fixtures/hosts/harbor-fire.txt
art2=spec/fixtures/hosts/harbor-fire-2.txt

for lua in lua5.4 luajit; do
  # exit 0, plain output on stdout, nothing on stderr
  $lua bin/lede sentences "$art" >"$tmp/out" 2>"$tmp/err" || die "$lua sentences exit $?"
  [ -s "$tmp/err" ] && die "$lua sentences wrote to stderr: $(cat "$tmp/err")"
  grep -qx "The cause of the fire is not yet known." "$tmp/out" || die "$lua sentences output"
  ok
  # '-' reads standard input, the same answer as the file
  $lua bin/lede sentences - <"$art" | cmp -s - "$tmp/out" || die "$lua stdin differs"
  ok
  # --json is one JSON document
  $lua bin/lede tokens --json "$art" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d["tokens"]) > 50' \
    || die "$lua --json"
  ok
  # exit 2: usage
  $lua bin/lede sentences --frobnicate "$art" >/dev/null 2>"$tmp/err"; rc=$?
  [ $rc -eq 2 ] || die "$lua unknown option gave $rc"
  grep -q "unknown option '--frobnicate'" "$tmp/err" || die "$lua usage message"
  $lua bin/lede >/dev/null 2>&1; [ $? -eq 2 ] || die "$lua no command"
  ok
  # exit 1: input problem
  $lua bin/lede sentences "$tmp/missing.txt" >/dev/null 2>"$tmp/err"; rc=$?
  [ $rc -eq 1 ] || die "$lua missing file gave $rc"
  grep -q "missing.txt" "$tmp/err" || die "$lua missing-file message"
  ok
  # --help exits 0 and lists the commands
  $lua bin/lede --help | grep -q "^  summarize " || die "$lua --help"
  $lua bin/lede summarize --help | grep -q -- "--sentences N" || die "$lua summarize --help"
  ok
  # no progress line when stderr is not a terminal
  printf '{"id":1,"text":"One. Two."}\n' | $lua bin/lede sentences --jsonl >/dev/null 2>"$tmp/err" \
    || die "$lua --jsonl exit"
  [ -s "$tmp/err" ] && die "$lua --jsonl wrote to a non-terminal stderr: $(cat "$tmp/err")"
  ok
done

# A checkout with only the Lua 5.4 build, run by another Lua (`lua` is often
# 5.3): bin/lede runs itself again under lua5.4, arguments and exit status
# intact (a file name with a quote and a space in it).
mkdir -p "$tmp/co/build"
cp -r bin lua "$tmp/co/"
cp -r build/lua5.4 "$tmp/co/build/"
cp "$art" "$tmp/it's here.txt"
for lua in lua5.3 luajit; do
  $lua "$tmp/co/bin/lede" sentences "$tmp/it's here.txt" | cmp -s - "$tmp/out" || die "$lua rerun under lua5.4"
  $lua "$tmp/co/bin/lede" sentences --nope "$art" 2>/dev/null; rc=$?
  [ $rc -eq 2 ] || die "$lua rerun exit status $rc"
done
ok

cmd=summarize
lua5.4 bin/lede summarize --sentences 2 "$art" "$art2" >"$tmp/sum" || die "summarize exit $?"
[ "$(wc -c <"$tmp/sum")" -gt 40 ] || die "summary too short: $(cat "$tmp/sum")"
ok

# through a chain of symlinks from another directory
mkdir -p "$tmp/links"
ln -s "$(pwd)/bin/lede" "$tmp/links/lede1"
ln -s "$tmp/links/lede1" "$tmp/links/lede"
(cd "$tmp" && "$tmp/links/lede" sentences "$OLDPWD/$art") >"$tmp/linked" 2>"$tmp/err" \
  || die "bin/lede through a symlink: $(head -3 "$tmp/err")"
cmp -s "$tmp/linked" "$tmp/out" || die "bin/lede through a symlink prints another answer"
ok

# finding 6: a binary file is refused (exit 1), no bytes of it printed
lua5.4 bin/lede summarize /bin/ls >"$tmp/bin.out" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] || die "summarize /bin/ls gave $rc"
[ -s "$tmp/bin.out" ] && die "summarize /bin/ls printed something"
grep -q "/bin/ls is not a text file" "$tmp/err" || die "binary message: $(cat "$tmp/err")"
ok

# finding 7: a usage error is exit 2 with "try", a directory exit 1 with its name
lua5.4 bin/lede summarize --method foo "$art" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q "try 'lede summarize --help'" "$tmp/err" || die "--method foo gave $rc: $(cat "$tmp/err")"
lua5.4 bin/lede summarize --jsonl spec >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && grep -q "cannot read spec: Is a directory" "$tmp/err" || die "--jsonl DIR gave $rc: $(cat "$tmp/err")"
ok

# /dev/zero stops at the limit with a clear message
lua5.4 bin/lede sentences --max-bytes 8M /dev/zero >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && grep -q "larger than the limit of 8 MiB" "$tmp/err" || die "/dev/zero gave $rc: $(cat "$tmp/err")"
lua5.4 bin/lede sentences --jsonl --max-bytes 8M </dev/zero >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && grep -q "line 1 is longer than the limit of 8 MiB" "$tmp/err" || die "--jsonl </dev/zero gave $rc: $(cat "$tmp/err")"
ok

# GNU parallel over a generated corpus: 1,000 records (text and docs forms)
# and 7 bad lines, in shards of 50 lines, 2 jobs.  Every input line must come
# back exactly once with its id.
python3 - "$art" "$art2" "$cmd" >"$tmp/corpus.jsonl" <<'EOF'
import json, sys
a = open(sys.argv[1], encoding="utf-8").read()
b = open(sys.argv[2], encoding="utf-8").read()
multi = sys.argv[3] == "summarize"
for i in range(1000):
    if multi and i % 3 == 0:
        print(json.dumps({"id": "doc-%04d" % i, "docs": [a, b]}))
    else:
        text = (a if i % 2 else b).replace("400", str(i))
        print(json.dumps({"id": "doc-%04d" % i, "text": text}))
    if i % 150 == 0:
        print('{"id":"bad-%04d","text":' % i)
EOF
records=$(wc -l <"$tmp/corpus.jsonl")
[ "$records" -eq 1007 ] || die "corpus has $records lines"
parallel --pipe -N 50 -j 2 lua5.4 bin/lede "$cmd" --jsonl <"$tmp/corpus.jsonl" \
  >"$tmp/out.jsonl" 2>"$tmp/err" || die "parallel exit $?"
python3 - "$tmp/corpus.jsonl" "$tmp/out.jsonl" "$cmd" <<'EOF' || die "parallel output"
import json, sys
ids_in = []
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith('{"id":"bad-'):
        ids_in.append(line[7:15])
    else:
        ids_in.append(json.loads(line)["id"])
out = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(out) == len(ids_in), (len(out), len(ids_in))
assert sorted(str(o["id"]) for o in out if "error" not in o) == \
    sorted(i for i in ids_in if i.startswith("doc-")), "ids of good lines"
bad = [o for o in out if "error" in o]
assert len(bad) == 7, len(bad)
assert all(o["id"] is None and o["error"].startswith("not JSON") for o in bad)
key = "summary" if sys.argv[3] == "summarize" else "sentences"
assert all(o[key] for o in out if "error" not in o), "empty results"
print("cli_test: parallel: %d lines in, %d out, %d errors" % (len(ids_in), len(out), len(bad)))
EOF
ok
# --pipepart on the file with --keep-order: every line back, in input order.
parallel --keep-order --pipepart -a "$tmp/corpus.jsonl" --block 200k lua5.4 bin/lede "$cmd" --jsonl \
  2>/dev/null >"$tmp/part.jsonl" || die "parallel --pipepart exit $?"
python3 - "$tmp/corpus.jsonl" "$tmp/part.jsonl" <<'EOF' || die "parallel --pipepart output"
import json, sys
want = [None if l.startswith('{"id":"bad-') else json.loads(l)["id"] for l in open(sys.argv[1])]
got = [json.loads(l)["id"] for l in open(sys.argv[2])]
assert got == want, "order or count differs"
EOF
ok
# the error summary of each shard that had bad lines goes to stderr
[ "$(grep -c 'lines failed' "$tmp/err")" -eq 7 ] || die "stderr summaries: $(cat "$tmp/err")"
ok

# With standard error on a terminal (a pty from script(1)), --jsonl draws its
# progress line there, and standard output still holds only the results.
head -250 "$tmp/corpus.jsonl" | grep -v '"bad-' >"$tmp/c250.jsonl"
n250=$(wc -l <"$tmp/c250.jsonl")
script -qec "lua5.4 bin/lede $cmd --jsonl '$tmp/c250.jsonl' >'$tmp/c250.out'" /dev/null >"$tmp/tty" \
  || die "script(1) run"
tr '\r' '\n' <"$tmp/tty" | grep -qx "lede: $n250 lines, 0 errors" || die "no progress line on the terminal: $(od -c "$tmp/tty" | head)"
[ "$(wc -l <"$tmp/c250.out")" -eq "$n250" ] || die "tty run output lines"
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$tmp/c250.out" || die "tty run output is not JSONL"
ok

# lede fix and the repaired views: the text exactly, the changes
# in --json, a one-line text as its own body, quotes shown repaired
printf 'The mayor\303\242\342\202\254\342\204\242s office\n' >"$tmp/moji.txt"
for lua in lua5.4 luajit; do
  [ "$($lua bin/lede fix "$tmp/moji.txt")" = "The mayor’s office" ] || die "$lua fix"
  printf 'caf\303\203\302\251' | $lua bin/lede fix - | cmp -s - "$(printf 'caf\303\251' >"$tmp/cafe"; echo "$tmp/cafe")" \
    || die "$lua fix must print the text exactly, adding no newline"
  $lua bin/lede fix --json "$tmp/moji.txt" | python3 -c '
import json, sys
d = json.load(sys.stdin)
c = d["changes"]
assert len(c) == 1 and c[0]["s"] == 10 and c[0]["e"] == 17 and c[0]["kind"] == "mojibake", c
assert d["fixed"] == "The mayor\u2019s office\n"' || die "$lua fix --json"
  # --entities and --spaces reach lede.fix_text; without them both stay
  [ "$(printf 'AT&amp;T\302\240said' | $lua bin/lede fix -)" = "$(printf 'AT&amp;T\302\240said')" ] \
    || die "$lua fix must keep entities and odd spaces unless asked"
  [ "$(printf 'AT&amp;T\302\240said' | $lua bin/lede fix --entities --spaces -)" = "AT&T said" ] \
    || die "$lua fix --entities --spaces"
  [ "$(printf 'the \357\254\201nal \033[1mword\033[0m\r\nend' | $lua bin/lede fix --ligatures --controls --line-breaks -)" \
    = "$(printf 'the final word\nend')" ] || die "$lua fix --ligatures --controls --line-breaks"
  [ "$($lua bin/lede clean - <"$tmp/moji.txt")" = "The mayor’s office" ] || die "$lua clean of one line"
  printf 'Headline of the day\n\n\303\242\342\202\254\305\223We\303\242\342\202\254\342\204\242re ready,\303\242\342\202\254\302\235 said the mayor on Monday.\n' >"$tmp/q.txt"
  $lua bin/lede quotes "$tmp/q.txt" | grep -q "We’re ready" || die "$lua quotes shown repaired"
  ok
done

# The compiled modules (bin/bytecode.lua, made by `make`), in a copy of the
# checkout: used when the source matches the one they were compiled from,
# never when it was edited since, nor by an interpreter that compiles the
# probe otherwise, nor when they do not load; the answers are those of the
# sources.
bc=$tmp/bc
mkdir -p "$bc/build"
cp -r bin lua "$bc/"
for lua in lua5.4 luajit; do
  case $lua in luajit) abi=5.1 ;; *) abi=5.4 ;; esac
  cp -r "build/lua$abi" "$bc/build/"
  dir=$bc/build/lua$abi/bytecode
  [ -f "$dir/probe" ] && [ -f "$dir/lede.cli.luac" ] || die "$lua: make wrote no compiled modules"
  for f in examples/articles/*.txt; do
    $lua bin/lede summarize "$f" >"$tmp/with" || die "$lua summarize $f"
    $lua -e "package.path='lua/?.lua;lua/?/init.lua;'..package.path
      package.cpath='build/lua$abi/?.so;'..package.cpath
      os.exit(require('lede.cli').main({ 'summarize', '$f' }))" >"$tmp/without" \
      || die "$lua summarize $f from the sources"
    cmp -s "$tmp/with" "$tmp/without" || die "$lua: compiled modules summarize $f otherwise"
  done
  ok
  # a compiled cli_help whose code says something else than its source:
  # bin/lede runs that code only while the source is the one kept with it
  forge() { # forge CODE-SOURCE: lede.cli_help.luac keeping the real source
    $lua -e "local f = io.open('lua/lede/cli_help.lua', 'rb') local src = f:read('*a') f:close()
      local code = string.dump((loadstring or load)(src:gsub('usage: lede COMMAND', '$1'), '=x'))
      f = io.open('$dir/lede.cli_help.luac', 'wb')
      f:write('lede-bytecode ', #src, '\\n', src, code) f:close()"
  }
  forge "usage: FORGED COMMAND"
  $lua "$bc/bin/lede" --help | grep -q "^usage: FORGED COMMAND" || die "$lua did not use its compiled module"
  ok
  cp "$dir/probe" "$tmp/probe"
  other=5.1; [ $abi = 5.1 ] && other=5.4
  cp "build/lua$other/bytecode/probe" "$dir/probe"
  $lua "$bc/bin/lede" --help | grep -q "^usage: lede COMMAND" || die "$lua used code another Lua compiled"
  cp "$tmp/probe" "$dir/probe"
  sed 's/usage: lede COMMAND/usage: EDITED COMMAND/' lua/lede/cli_help.lua >"$bc/lua/lede/cli_help.lua"
  $lua "$bc/bin/lede" --help | grep -q "^usage: EDITED COMMAND" || die "$lua ran stale code for an edited module"
  cp lua/lede/cli_help.lua "$bc/lua/lede/cli_help.lua"
  $lua -e "local f = io.open('lua/lede/cli_help.lua', 'rb') local src = f:read('*a') f:close()
    f = io.open('$dir/lede.cli_help.luac', 'wb') f:write('lede-bytecode ', #src, '\\n', src, 'not code') f:close()"
  $lua "$bc/bin/lede" --help | grep -q "^usage: lede COMMAND" || die "$lua: a broken compiled module must leave its source"
  ok
done

echo "cli: $checks passed, 0 failed"
