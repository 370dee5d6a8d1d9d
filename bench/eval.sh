#!/bin/sh
# Scores on ../shared/data (SHARED=... to point elsewhere); skipped with a
# message when it is absent.  Sentence splitting (bench/sbd_eval.sh, and
# bench/sbd_suspects.lua and bench/sbd_news.lua on the dev sets' texts), the
# article grammar on the seed articles, numbers (bench/numbers_eval.sh),
# casualty counts (bench/casualty_eval.lua), casualty claims of hand-labelled
# sentences of real news (bench/casualty_sentences.lua), the claims of the seeds and of
# the project's own clusters (bench/claims_clusters.lua) and on real news
# with no labels (bench/claims_real.lua: conflicts, suspect speakers), then
# summaries with ../shared/tools/rouge.py, stemmed, on the DEV sets:
#   MultiLing 2011 (multi-document): --limit-words 250, R-1/R-2 recall;
#   BBC News Summary (one document): budget = the reference's words, R-1 F1.
# Each summary set is scored for lede's rank method and its lead baseline,
# then read by bench/summarize_readability.lua (openers, quotes, datelines,
# short picks, fragments).
# Text repair on the project's own cases first: it needs nothing from
# ../shared.
echo "== text repair (lede.fix_text, own cases: fixed/total per kind)"
LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' lua5.4 bench/repair_eval.lua
LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/lua5.4/?.so;;' lua5.4 bench/repair_lossy.lua
shared=${SHARED:-../shared}
if [ ! -f "$shared/tools/rouge.py" ] || [ ! -d "$shared/data/summ" ]; then
  echo "eval: $shared/tools or $shared/data/summ not found, skipped"
  exit 0
fi
set -e
export LUA_PATH='lua/?.lua;lua/?/init.lua;bench/?.lua;;' LUA_CPATH='build/lua5.4/?.so;;'
echo "== sentence splitting: golden rules"
sh bench/sbd_eval.sh
echo "== sentence splitting: suspicious splits on the dev sets (per 1,000 sentences)"
lua5.4 bench/sbd_suspects.lua "$shared"
echo "== sentence splitting: BBC references that are no lede sentence, and suspects by corpus evidence"
lua5.4 bench/sbd_news.lua "$shared"
echo "== article grammar on the seed articles"
lua5.4 bench/article_eval.lua --short "$shared/seeds"
echo "== numbers"
sh bench/numbers_eval.sh
echo "== casualty counts (per-article maximum vs the labels)"
lua5.4 bench/casualty_eval.lua "$shared/data/casualties/gva_docs_dev.jsonl"
echo "== casualty sentences (hand-labelled real news: claims P/R/F1, tune on dev only)"
lua5.4 bench/casualty_sentences.lua "$shared"
echo "== claims of the seed articles"
lua5.4 bench/claims_seeds.lua "$shared/seeds"
html=$shared/data/html/readability
if [ -f "$html/index.jsonl" ]; then
  echo "== HTML main text: Readability.js test pages (word 4-gram shingles)"
  lua5.4 bench/html_eval.lua "$html"
fi
echo "== claims of multi-article clusters (bench/claims_clusters, the project's own)"
lua5.4 bench/claims_clusters.lua bench/claims_clusters
echo "== claims on real news (MultiLing topics as stories, BBC articles; no labels)"
lua5.4 bench/claims_real.lua "$shared"
summ=$shared/data/summ
for method in rank lead; do
  echo "== summaries, method=$method: MultiLing 2011 DEV (--limit-words 250, recall)"
  LEDE_METHOD=$method python3 "$shared/tools/rouge.py" --data "$summ/multiling2011_en.dev.jsonl" \
    --system "lua5.4 bench/summarize_adapter.lua" --limit-words 250 --stem --jobs 2
  echo "== summaries, method=$method: BBC News Summary DEV (budget = reference words, F1)"
  LEDE_METHOD=$method python3 "$shared/tools/rouge.py" --data "$summ/bbc_news_summary.dev.jsonl" \
    --system "lua5.4 bench/summarize_adapter.lua" --stem --jobs 2
done
echo "== readability of the summaries: MultiLing 2011 DEV (defective picks, goal <= 2%)"
lua5.4 bench/summarize_readability.lua "$summ/multiling2011_en.dev.jsonl"
echo "== readability of the summaries: BBC News Summary DEV"
lua5.4 bench/summarize_readability.lua "$summ/bbc_news_summary.dev.jsonl"
