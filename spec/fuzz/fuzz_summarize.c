/* libFuzzer target: the summarizer.  The first two bytes choose the method,
   budget and mode; the rest is split at form feeds into documents (so one
   input exercises multi-document paths), each added at a different base --
   or, in the parts mode, into the parts of one document; with bit 0x10 the
   documents are summarized again through a word cache.  When the first
   byte is 0xFF, the next 24 bytes are raw options instead (absurd ones
   included: NaN, infinities, negative budgets and weights), which
   lede_summary_options_check and lede_summarizer_new must refuse alike. */
#include <math.h>

#include "fuzz.h"
#include "lede_summ.h"

/* Raw options from data[0, 24): method, budget, separator, then the amount
   and a weight as the bytes of two doubles.  Returns 0 when the options
   were absurd and were refused as they must be, 1 to go on with them. */
static int raw_options(const uint8_t *data, lede_summary_options *o) {
  lede_summarizer *s;
  int status = 0, check;
  double w;
  lede_summary_options_init(o);
  o->method = (int8_t)data[1];
  o->budget = (int8_t)data[2];
  o->separator = data[3];
  memcpy(&o->amount, data + 8, sizeof o->amount);
  memcpy(&w, data + 16, sizeof w);
  switch (data[4] % 5) {
  case 0: o->lead = w; break;
  case 1: o->centrality = w; break;
  case 2: o->headline = w; break;
  case 3: o->coverage = w; break;
  default: o->redundancy = w; break;
  }
  check = lede_summary_options_check(o);
  CHECK(check == LEDE_OK || check == LEDE_ERR_ARG);
  { /* the check that names the field agrees, and names one */
    const char *expected = NULL,
               *field = lede_summary_options_problem(o, &expected);
    CHECK((field == NULL) == (check == LEDE_OK));
    CHECK(field == NULL || (expected != NULL && field[0] != 0));
  }
  s = lede_summarizer_new(o, &status);
  CHECK((s != NULL) == (check == LEDE_OK));
  CHECK(s != NULL || status == LEDE_ERR_ARG);
  lede_summarizer_free(s);
  return check == LEDE_OK;
}

/* The exact fill on items made of the input's first bytes (up to 10, four
   bytes each): the answer keeps every rule, and no subset is worth more. */
static void check_fill(const uint8_t *data, size_t size) {
  lede_fill_item it[10];
  unsigned char take[10], pick[10];
  size_t n = size / 4 < 10 ? size / 4 : 10, p;
  unsigned long mask;
  uint64_t budget = size ? data[0] % 40 : 0;
  unsigned near = size > 1 ? 1 + data[1] % 3 : 3;
  double got = -1, best = 0;
  for (p = 0; p < n; p++) {
    it[p].len = data[4 * p] % 4;
    it[p].cost = data[4 * p + 1] % 16;
    it[p].value = 1 + data[4 * p + 2];
    it[p].back = data[4 * p + 3] & 1;
  }
  CHECK(lede_fill_best(it, n, budget, near, take) == LEDE_OK);
  for (mask = 0; mask < (1ul << n); mask++) {
    size_t end = 0, last = (size_t)-1;
    uint64_t cost = 0;
    double v = 0;
    int ok = 1;
    for (p = 0; p < n; p++) pick[p] = (unsigned char)((mask >> p) & 1);
    if (mask == 0) memcpy(pick, take, n); /* the answer first */
    for (p = 0; ok && p < n; p++) {
      if (!pick[p]) continue;
      ok = it[p].len > 0 && p >= end && p + it[p].len <= n &&
           (!it[p].back || (last != (size_t)-1 && p - last <= near));
      cost += it[p].cost;
      v += it[p].value;
      end = p + it[p].len;
      last = end - 1;
    }
    ok = ok && cost <= budget;
    if (mask == 0) {
      CHECK(ok);
      got = v;
    } else if (ok && v > best) {
      best = v;
    }
  }
  CHECK(got >= best);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  lede_summary_options o;
  lede_summarizer *s;
  lede_pick *picks = NULL;
  size_t n = 0, i, start, base = 0, words = 0, bytes = 0;
  char *text;
  int status, mode;
  check_fill(data, size);
  if (size < 2) return 0;
  mode = data[0];
  if (mode == 0xFF) {
    if (size < 24 || !raw_options(data, &o)) return 0;
    mode = 0;
    data += 24;
    size -= 24;
  } else {
    lede_summary_options_init(&o);
    o.method = data[0] & 1 ? LEDE_METHOD_LEAD : LEDE_METHOD_RANK;
    o.budget = ((data[0] >> 1) & 0x1f) % 5;
    o.amount = o.budget == LEDE_BUDGET_RATIO ? (data[1] % 100 + 1) / 100.0
                                             : (double)(data[1] * 3 + 1);
    /* the language from the top bits: en, es, fr, de */
    memcpy(o.language, &"en\0es\0fr\0de"[3 * ((data[1] >> 6) & 3)], 3);
    data += 2;
    size -= 2;
  }
  text = fuzz_copy(data, size);
  if (!text) return 0;
  /* how a sentence opens: bounded by the text */
  CHECK(lede_dateline_len(text, size) <= size);
  (void)lede_opening_flags(text, size);
  CHECK(lede_quote_way(text, size) >= 0 &&
        lede_quote_way(text, size) <= LEDE_QUOTE_OPENS);
  if (mode & 0x20) { /* the first line is a focus query */
    size_t q = 0;
    while (q < size && text[q] != '\n') q++;
    o.focus = text;
    o.focus_len = q;
  }
  s = lede_summarizer_new(&o, &status);
  CHECK(s != NULL);
  if (mode & 0x40) { /* the pieces as parts of one document */
    lede_span parts[64];
    size_t np = 0;
    for (start = 0, i = 0; i <= size && np < 64; i++) {
      if (i == size || text[i] == '\f') {
        parts[np].start = (uint32_t)start;
        parts[np++].end = (uint32_t)i;
        start = i + 1;
      }
    }
    CHECK(lede_summarizer_add_parts(s, text, size, parts, np, NULL, 0) ==
          LEDE_OK);
  } else {
    for (start = 0, i = 0; i <= size; i++) {
      if (i == size || text[i] == '\f') {
        CHECK(lede_summarizer_add(s, text + start, i - start, base + start,
                                  NULL, 0) == LEDE_OK);
        start = i + 1;
        base += 7; /* spans must come back shifted by it */
      }
    }
  }
  CHECK(lede_summarize(s, &picks, &n) == LEDE_OK);
  for (i = 0; i < n; i++) {
    CHECK(picks[i].start < picks[i].end);
    CHECK(picks[i].end <= size + 7u * (picks[i].doc + 1));
    CHECK(i == 0 || picks[i - 1].doc < picks[i].doc ||
          (picks[i - 1].doc == picks[i].doc &&
           picks[i - 1].index < picks[i].index));
    words += picks[i].words;
    bytes += picks[i].end - picks[i].start + (i ? o.separator : 0);
  }
  for (i = 0; i < n; i++) CHECK(isfinite(picks[i].score));
  /* (as doubles: a raw amount may be far past SIZE_MAX or infinite) */
  if (o.budget == LEDE_BUDGET_SENTENCES) CHECK((double)n <= o.amount);
  if (o.budget == LEDE_BUDGET_WORDS) CHECK((double)words <= o.amount);
  if (o.budget == LEDE_BUDGET_BYTES) CHECK((double)bytes <= o.amount);
  if (o.budget == LEDE_BUDGET_DEFAULT) CHECK(n <= 5);
  /* the documents again through a word cache, twice (cold, then warm):
     the same picks with the same scores */
  if ((mode & 0x10) && !(mode & 0x40)) {
    lede_word_cache *cache = lede_word_cache_new();
    int round;
    CHECK(cache != NULL);
    for (round = 0; round < 2; round++) {
      lede_summarizer *c = lede_summarizer_new(&o, &status);
      lede_pick *again = NULL;
      size_t m = 0;
      CHECK(c != NULL);
      CHECK(lede_summarizer_use_cache(c, cache) == LEDE_OK);
      for (start = 0, base = 0, i = 0; i <= size; i++) {
        if (i == size || text[i] == '\f') {
          CHECK(lede_summarizer_add(c, text + start, i - start, base + start,
                                    NULL, 0) == LEDE_OK);
          start = i + 1;
          base += 7;
        }
      }
      CHECK(lede_summarize(c, &again, &m) == LEDE_OK);
      CHECK(m == n);
      for (i = 0; i < n && i < m; i++)
        CHECK(again[i].start == picks[i].start &&
              again[i].end == picks[i].end && again[i].score == picks[i].score);
      lede_free(again);
      lede_summarizer_free(c);
    }
    lede_word_cache_free(cache);
  }
  lede_free(picks);
  lede_summarizer_free(s);
  free(text);
  return 0;
}
