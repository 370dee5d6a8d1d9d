/*
 * thread_test.c -- the core from several threads at once, built with
 * ThreadSanitizer (make test-tsan).  Every thread runs every entry point on
 * the same shared, read-only text (tokens, fold, sentences in English and
 * German, numbers, casualties, the summarizer, the repair engine, HTML
 * extraction, the quote finder's token pass and attribution rules) and
 * checks that its results equal those of a run on the main thread: the
 * core keeps no global mutable state.
 */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"

#define THREADS 4
#define ROUNDS 20

static const char article[] =
    "GENEVA \xE2\x80\x93 Envoys met on Sunday. \xE2\x80\x9CWe are "
    "close,\xE2\x80\x9D "
    "Dr. Okafor said. A drone strike on Marisol killed six people and injured "
    "41 others, officials said.\n\nTalks resume at 9 a.m. on Monday. "
    "Stra\xC3\x9F"
    "e \xC3\x89lys\xC3\xA9"
    "e \xF0\x9F\x91\x8D 1,000 \xE2\x82\xAC"
    "21.";

typedef struct result {
  size_t ntokens, nsentences, nnumbers, ncasualties;
  unsigned long checksum;
} result;

static unsigned long mix(unsigned long h, unsigned long v) {
  return h * 1000003UL ^ v;
}

/* Mixes the speakers the attribution rules find in scan q of the article
   into h (the rules are made by each run, from the shared lists).
   Returns 0 on success. */
static int run_attribution(const lede_quote_scan_result *q, unsigned long *h) {
  static const lede_word speech[] = {{"said", 4}};
  static const lede_word roles[] = {{"officials", 9}, {"envoy", 5}};
  static const lede_word titles[] = {{"dr.", 3}, {"envoy", 5}};
  lede_word_list l[LEDE_QA_COUNT];
  lede_quote_rules *rules;
  lede_quote_report rep;
  lede_quote_attribution at;
  size_t i, found = 0;
  memset(l, 0, sizeof l);
  l[LEDE_QA_SPEECH].words = l[LEDE_QA_BARE_CLAUSE].words = speech;
  l[LEDE_QA_SPEECH].count = l[LEDE_QA_BARE_CLAUSE].count = 1;
  l[LEDE_QA_ROLES].words = roles;
  l[LEDE_QA_ROLES].count = 2;
  l[LEDE_QA_TITLES].words = titles;
  l[LEDE_QA_TITLES].count = 2;
  if (lede_quote_rules_new(l, &rules) != LEDE_OK) return -1;
  for (i = 0; i < q->nsentences; i++)
    if (lede_quote_reported(rules, article, sizeof article - 1, q,
                            q->sentences[i].first, &rep) == 1) {
      *h = mix(mix(mix(*h, rep.start), rep.end), rep.speaker.start);
      found++;
    }
  for (i = 0; i < q->nmarks; i++)
    if (lede_quote_direct(rules, article, sizeof article - 1, q, i, 0, &at) ==
        1) {
      *h = mix(mix(*h, at.verb), at.speaker.end);
      found++;
    }
  lede_quote_rules_free(rules);
  return found == 2 ? 0 : -1; /* Okafor's quote and the officials' count */
}

/* Mixes the quote finder's token pass over the article into h (its word
   lists are the threads' shared, read-only arrays), and the speakers it
   gives.  Returns 0 on success. */
static int run_quotes(unsigned long *h) {
  static const lede_word cues[] = {{"said", 4}, {"according", 9}};
  static const lede_word titles[] = {{"dr.", 3}, {"envoy", 5}};
  lede_word_list l[LEDE_QL_COUNT];
  lede_quote_scan_result q;
  size_t i;
  int status;
  memset(l, 0, sizeof l);
  l[LEDE_QL_CUES].words = cues;
  l[LEDE_QL_CUES].count = 2;
  l[LEDE_QL_TITLES].words = titles;
  l[LEDE_QL_TITLES].count = 2;
  if (lede_quote_scan(article, sizeof article - 1, l, &q) != LEDE_OK) return -1;
  for (i = 0; i < q.ntokens; i++)
    *h = mix(mix(mix(*h, lede_quote_para(&q, i)), q.tokens[i].flags),
             q.tokens[i].name);
  for (i = 0; i < q.nmarks; i++)
    *h = mix(mix(*h, q.marks[i].open), q.marks[i].last);
  for (i = 0; i < q.nnames; i++)
    *h = mix(mix(*h, q.names[i].first), q.names[i].name_end);
  *h = mix(mix(*h, q.ncues), q.nsentences);
  status = run_attribution(&q, h);
  lede_quote_scan_free(&q);
  return status;
}

/* Mixes the article's sentences under German abbreviations into h (the
   language tables are shared, read-only).  Returns 0 on success. */
static int run_split_de(unsigned long *h) {
  lede_span *s = NULL;
  size_t i, n = 0;
  if (lede_sentences_lang(article, sizeof article - 1, "de", &s, &n) != LEDE_OK)
    return -1;
  for (i = 0; i < n; i++) *h = mix(mix(*h, s[i].start), s[i].end);
  lede_free(s);
  return 0;
}

/* Mixes the numbers and casualty claims of the article into h.  Returns 0
   on success. */
static int run_extract(result *r, unsigned long *h) {
  lede_number *x = NULL;
  lede_casualty *c = NULL;
  size_t i, len = sizeof article - 1;
  if (lede_numbers(article, len, &x, &r->nnumbers) != LEDE_OK) return -1;
  for (i = 0; i < r->nnumbers; i++)
    *h = mix(mix(mix(*h, x[i].start), x[i].kind), (unsigned long)x[i].value);
  lede_free(x);
  if (lede_casualties(article, len, &c, &r->ncasualties) != LEDE_OK) return -1;
  for (i = 0; i < r->ncasualties; i++)
    *h = mix(mix(mix(*h, c[i].start), c[i].kind), (unsigned long)c[i].count);
  lede_free(c);
  return run_split_de(h);
}

/* Runs every entry point once; fills r.  Returns 0 on success. */
static int run_all(result *r) {
  lede_token *t = NULL;
  lede_span *s = NULL;
  size_t i, len = sizeof article - 1;
  unsigned long h = 17;
  char key[64];
  if (lede_tokenize(article, len, &t, &r->ntokens) != LEDE_OK) return -1;
  if (lede_sentences(article, len, &s, &r->nsentences) != LEDE_OK) {
    lede_free(t);
    return -1;
  }
  for (i = 0; i < r->ntokens; i++) {
    size_t n =
        lede_fold(article + t[i].start, t[i].end - t[i].start, key, sizeof key);
    h = mix(mix(mix(h, t[i].start), t[i].kind), n);
    if (n <= sizeof key) h = mix(h, (unsigned char)key[0]);
  }
  for (i = 0; i < r->nsentences; i++) h = mix(mix(h, s[i].start), s[i].end);
  for (i = 0; i < len;) { /* the one UTF-8 decoder */
    int32_t cp;
    size_t n = lede_utf8_decode(article, len, i, &cp);
    h = mix(mix(h, (unsigned long)(cp + 1)), n);
    i += n;
  }
  lede_free(t);
  lede_free(s);
  if (run_extract(r, &h) != 0) return -1;
  { /* the summarizer (each owns its stemmer) */
    lede_pick *p = NULL;
    size_t np = 0;
    lede_summary_options o;
    if (lede_summarize_text(article, len, NULL, &p, &np) != LEDE_OK) return -1;
    for (i = 0; i < np; i++) h = mix(mix(h, p[i].start), p[i].end);
    h = mix(h, np);
    lede_free(p);
    /* with a focus query, whose terms the summarizer reads at creation;
       and the option check that names a bad field */
    lede_summary_options_init(&o);
    o.focus = "casualties killed";
    o.focus_len = strlen(o.focus);
    if (lede_summary_options_problem(&o, NULL) != NULL) return -1;
    if (lede_summarize_text(article, len, &o, &p, &np) != LEDE_OK) return -1;
    for (i = 0; i < np; i++) h = mix(mix(h, p[i].start), p[i].end);
    lede_free(p);
  }
  { /* summaries through a word cache of the thread's own, twice */
    lede_word_cache *cache = lede_word_cache_new();
    int round;
    if (!cache) return -1;
    for (round = 0; round < 2; round++) {
      lede_summarizer *sm = lede_summarizer_new(NULL, NULL);
      lede_pick *p = NULL;
      size_t np = 0;
      int st = sm ? lede_summarizer_use_cache(sm, cache) : LEDE_ERR_NOMEM;
      if (st == LEDE_OK) st = lede_summarizer_add(sm, article, len, 0, NULL, 0);
      if (st == LEDE_OK) st = lede_summarize(sm, &p, &np);
      lede_summarizer_free(sm);
      if (st != LEDE_OK) {
        lede_word_cache_free(cache);
        return -1;
      }
      for (i = 0; i < np; i++) h = mix(mix(h, p[i].start), p[i].end);
      lede_free(p);
    }
    lede_word_cache_free(cache);
  }
  { /* an HTML page (gumbo keeps no global state either) */
    static const char page[] =
        "<html><head><title>Talks | Wire</title></head><body><nav><a "
        "href=/>Home</a>"
        "</nav><article><p>GENEVA &ndash; Envoys met on Sunday, officials "
        "said, "
        "and talks resume on Monday.</p><p>\"We are close,\" Dr. Okafor said."
        "</p></article></body></html>";
    lede_html_doc *d = NULL;
    if (lede_html_extract(page, sizeof page - 1, &d) != LEDE_OK) return -1;
    h = mix(mix(mix(h, d->text_len), d->nblocks), d->nsegs);
    for (i = 0; i < d->nsegs; i++)
      h = mix(mix(h, d->segs[i].page), d->segs[i].text);
    lede_html_free(d);
  }
  { /* a German summarizer: its own Snowball stemmer and stop words */
    lede_summary_options o;
    lede_pick *p = NULL;
    size_t np = 0;
    lede_summary_options_init(&o);
    memcpy(o.language, "de", 3);
    if (lede_summarize_text(article, len, &o, &p, &np) != LEDE_OK) return -1;
    for (i = 0; i < np; i++) h = mix(mix(h, p[i].start), p[i].end);
    h = mix(h, np);
    lede_free(p);
  }
  { /* the repair engine, on text with mojibake of several kinds */
    static const char broken[] =
        "The mayor\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s caf\xC3\x83\xC2\xA9 "
        "\xC2\x93hi\xC2\x94 "
        "\xD0\x9F\xD1\x80\xD0\xB8 &amp; caf\xE9 \xED\xA0\xBD\xED\xB8\x80"
        " \xEF\xAC\x81nd \xEF\xBC\xA1\xEF\xBD\xB6\xEF\xBE\x9E "
        "\x1B[1mb\x1B[0m\r\n"
        "\xCE\x93\xC2\xA9 \xED\xA0\x80";
    char *out = NULL;
    lede_fix *fx = NULL;
    size_t out_len, nf;
    if (lede_fix_text(broken, sizeof broken - 1,
                      LEDE_FIX_BYTES | LEDE_FIX_ENTITIES | LEDE_FIX_LIGATURES |
                          LEDE_FIX_WIDTHS | LEDE_FIX_CONTROLS |
                          LEDE_FIX_LINE_BREAKS,
                      &out, &out_len, &fx, &nf) != LEDE_OK)
      return -1;
    for (i = 0; i < nf; i++)
      h = mix(mix(mix(h, fx[i].start), fx[i].out_end), fx[i].kind);
    for (i = 0; i < out_len; i++) h = mix(h, (unsigned char)out[i]);
    h = mix(h, nf);
    lede_free(out);
    lede_free(fx);
  }
  if (run_quotes(&h) != 0) return -1;
  r->checksum = h;
  return 0;
}

static result expected;

static void *worker(void *arg) {
  int round, *bad = (int *)arg;
  for (round = 0; round < ROUNDS; round++) {
    result r;
    if (run_all(&r) != 0 || r.ntokens != expected.ntokens ||
        r.nsentences != expected.nsentences ||
        r.nnumbers != expected.nnumbers ||
        r.ncasualties != expected.ncasualties ||
        r.checksum != expected.checksum)
      (*bad)++;
  }
  return NULL;
}

int main(void) {
  pthread_t th[THREADS];
  int bad[THREADS] = {0}, i;
  INT_EQ(run_all(&expected), 0, "single-threaded run");
  OK(expected.ntokens > 30 && expected.nsentences == 5, "reference results");
  /* six killed, 41 injured; the numbers include 1,000 and 9 (a.m.) */
  INT_EQ((long)expected.ncasualties, 2, "reference casualty claims");
  OK(expected.nnumbers >= 4, "reference numbers");
  for (i = 0; i < THREADS; i++)
    INT_EQ(pthread_create(&th[i], NULL, worker, &bad[i]), 0, "thread start");
  for (i = 0; i < THREADS; i++) {
    pthread_join(th[i], NULL);
    INT_EQ(bad[i], 0, "every round in the thread matched");
  }
  return DONE("thread_test");
}
