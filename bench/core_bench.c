/*
 * core_bench.c -- throughput of the C core on a ~10 MB corpus made of the
 * sample articles: one call per article, and one call on the whole text.
 * Usage: core_bench [DIR] [MB]
 */
#include <stdio.h>
#include <stdlib.h>

#include "corpus.h"
#include "lede.h"

typedef int (*split_fn)(const char *, size_t, void **, size_t *);

static int run_tokens(const char *t, size_t n, void **out, size_t *count) {
  return lede_tokenize(t, n, (lede_token **)out, count);
}
static int run_sentences(const char *t, size_t n, void **out, size_t *count) {
  return lede_sentences(t, n, (lede_span **)out, count);
}

/* Best of `rounds` timings of fn over the corpus; returns MB/s. */
static double measure(const corpus *c, split_fn fn, int per_article,
                      size_t *items) {
  double best = 1e30;
  int round;
  for (round = 0; round < 5; round++) {
    double t0 = now_seconds(), dt;
    size_t i, total = 0;
    if (per_article) {
      for (i = 0; i < c->count; i++) {
        void *out;
        size_t n;
        if (fn(c->text + c->starts[i], c->lens[i], &out, &n) != LEDE_OK)
          exit(1);
        total += n;
        lede_free(out);
      }
    } else {
      void *out;
      size_t n;
      if (fn(c->text, c->len, &out, &n) != LEDE_OK) exit(1);
      total = n;
      lede_free(out);
    }
    dt = now_seconds() - t0;
    if (dt < best) best = dt;
    *items = total;
  }
  return (double)c->len / 1e6 / best;
}

int main(int argc, char **argv) {
  const char *dir = argc > 1 ? argv[1] : "examples/articles";
  double mb = argc > 2 ? atof(argv[2]) : 10.0;
  corpus c;
  size_t items;
  double rate;
  if (corpus_load(&c, dir, (size_t)(mb * 1e6)) != 0) return 1;
  printf("C core, corpus %.1f MB in %zu articles (best of 5)\n",
         (double)c.len / 1e6, c.count);
  rate = measure(&c, run_sentences, 1, &items);
  printf("  %-34s %8.0f MB/s  (%zu sentences)\n",
         "sentences, one call per article", rate, items);
  rate = measure(&c, run_sentences, 0, &items);
  printf("  %-34s %8.0f MB/s\n", "sentences, one call on all", rate);
  rate = measure(&c, run_tokens, 1, &items);
  printf("  %-34s %8.0f MB/s  (%zu tokens)\n", "tokens, one call per article",
         rate, items);
  rate = measure(&c, run_tokens, 0, &items);
  printf("  %-34s %8.0f MB/s\n", "tokens, one call on all", rate);
  printf("  peak memory %.0f MB (the corpus itself: %.0f MB)\n", peak_mb(),
         (double)c.len / 1e6);
  corpus_free(&c);
  return 0;
}
