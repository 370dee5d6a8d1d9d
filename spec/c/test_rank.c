/*
 * test_rank.c -- the summarizer's C API (lede_rank.c and friends), run
 * under ASan+UBSan by `make test-c`.  Texts are the project's own.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"
#include "lede_summ.h"

static const char *ARTICLE =
    "PORT VELDIN - A container crane collapsed at the harbor on Tuesday, "
    "killing four dock workers and injuring eleven others.\n\n"
    "The crane buckled shortly after 7 a.m. as it lifted a container onto "
    "the freighter Marisol Dawn.\n\n"
    "Harbor director Anneke Sorvald said the crane had passed an inspection "
    "in March.\n\n"
    "Rescue crews worked for three hours to free workers trapped under the "
    "steel frame of the crane.\n\n"
    "The dockworkers' union called a 24-hour stoppage at the harbor and "
    "demanded a review of crane maintenance.\n\n"
    "Shipping agents said nine vessels were waiting outside the harbor by "
    "the afternoon.";

static size_t words_of(const char *text, const lede_pick *p, size_t n) {
  size_t i, w = 0;
  for (i = 0; i < n; i++)
    w += lede_count_words(text + p[i].start, p[i].end - p[i].start);
  return w;
}

static void test_options(void) {
  lede_summary_options o;
  lede_summarizer *s;
  int status = 0;
  lede_summary_options_init(&o);
  INT_EQ(lede_summary_options_check(&o), LEDE_OK, "defaults are valid");
  INT_EQ(lede_summary_options_check(NULL), LEDE_ERR_ARG, "NULL options");
  o.method = 7;
  INT_EQ(lede_summary_options_check(&o), LEDE_ERR_ARG, "unknown method");
  lede_summary_options_init(&o);
  o.budget = 9;
  INT_EQ(lede_summary_options_check(&o), LEDE_ERR_ARG, "unknown budget");
  o.budget = LEDE_BUDGET_WORDS;
  o.amount = nan("");
  INT_EQ(lede_summary_options_check(&o), LEDE_ERR_ARG, "NaN amount");
  o.amount = -1;
  INT_EQ(lede_summary_options_check(&o), LEDE_ERR_ARG, "negative amount");
  o.amount = HUGE_VAL;
  INT_EQ(lede_summary_options_check(&o), LEDE_OK, "infinite amount: no limit");
  o.budget = LEDE_BUDGET_RATIO;
  o.amount = 0;
  INT_EQ(lede_summary_options_check(&o), LEDE_ERR_ARG, "ratio 0");
  o.amount = 1.5;
  INT_EQ(lede_summary_options_check(&o), LEDE_ERR_ARG, "ratio above 1");
  o.amount = 0.5;
  INT_EQ(lede_summary_options_check(&o), LEDE_OK, "ratio 0.5");
  o.redundancy = 1.5;
  INT_EQ(lede_summary_options_check(&o), LEDE_ERR_ARG, "redundancy above 1");
  o.redundancy = -1;
  o.lead = nan("");
  INT_EQ(lede_summary_options_check(&o), LEDE_ERR_ARG, "NaN weight");
  s = lede_summarizer_new(&o, &status);
  OK(s == NULL, "bad options: no summarizer");
  INT_EQ(status, LEDE_ERR_ARG, "bad options: status");
}

/* A returned name (or description) is the expected one. */
#define NAME_IS(got, want, msg) \
  OK((got) != NULL && strcmp((got), (want)) == 0, msg)

static void test_option_problems(void) {
  lede_summary_options o;
  const char *expected = NULL;
  lede_summary_options_init(&o);
  OK(lede_summary_options_problem(&o, &expected) == NULL,
     "defaults: no problem");
  o.budget = LEDE_BUDGET_SENTENCES;
  o.amount = 2.5;
  NAME_IS(lede_summary_options_problem(&o, &expected), "amount",
          "a count is whole");
  NAME_IS(expected, "positive integer", "what a count expects");
  o.amount = 0;
  NAME_IS(lede_summary_options_problem(&o, NULL), "amount", "a count is >= 1");
  o.amount = HUGE_VAL;
  OK(lede_summary_options_problem(&o, NULL) == NULL, "no limit");
  o.budget = LEDE_BUDGET_RATIO;
  o.amount = 2;
  NAME_IS(lede_summary_options_problem(&o, &expected), "amount",
          "ratio above 1");
  NAME_IS(expected, "number in (0, 1]", "what a ratio expects");
  o.amount = 0.5;
  o.coverage = nan("");
  NAME_IS(lede_summary_options_problem(&o, NULL), "coverage",
          "a NaN weight is named");
  o.coverage = -1;
  o.focus_weight = 1e7;
  NAME_IS(lede_summary_options_problem(&o, NULL), "focus_weight",
          "focus weight");
  o.focus_weight = -1;
  o.focus_len = 3;
  NAME_IS(lede_summary_options_problem(&o, &expected), "focus",
          "a focus length without text");
  NAME_IS(expected, "string", "what a focus expects");
  OK(lede_summary_options_problem(NULL, NULL) != NULL, "NULL options");
}

/* Datelines, openers and quotes as the summarizer sees them. */
static void test_openings(void) {
  static const struct {
    const char *text;
    size_t len;
  } lines[] = {
      {"NAIROBI, Kenya _ Five died.", 17},
      {"JERUSALEM (AP) _ The cabinet met.", 17},
      {"INNSBRUCK, Austria (AP) -- Snow fell.", 27},
      {"Meadow Lake, Saskatchewan \xe2\x80\x93 Police said so.", 30},
      {"(AP) _ The cabinet met.", 7},
      {"MOSCOW, Nov. 3 (Xinhua) -- Aid came.", 27},
      {"SEOUL, South Korea, Jan. 4 (AP) _ It fell.", 34},
      {"WASHINGTON, Oct. 20, 1998 (AP) -- It passed.", 34},
      {"BEIJING, March 5 (AFP) The session opened.", 23},
      {"UPDATE: Crowds marched.", 0},
      {"KUTV (CBS) SALT LAKE CITY - Crowds marched.", 0},
      {"Tokyo, Japan - Prices rose.", 15},
      {"S\xc3\xa3o Paulo, Brazil \xe2\x80\x94 Rain fell.", 23},
      {"May 5 - The day began.", 0},
      {"US - based firms grew.", 0},
      {"Mr Smith said so.", 0},
      {"John Smith \xe2\x80\x93 The lawyer spoke.", 0},
  };
  size_t i;
  for (i = 0; i < sizeof lines / sizeof lines[0]; i++)
    INT_EQ(lede_dateline_len(lines[i].text, strlen(lines[i].text)),
           lines[i].len, lines[i].text);
  OK(lede_opening_flags("He said so.", 11) & LEDE_SF_BACK, "He points back");
  OK(lede_opening_flags("\"But we will,\" she said.", 24) & LEDE_SF_BACK,
     "a quoted But");
  OK(!(lede_opening_flags("Thesis work began.", 18) & LEDE_SF_BACK),
     "a longer word");
  OK(!(lede_opening_flags("Help came late.", 15) & LEDE_SF_BACK),
     "not a back word");
  OK(lede_opening_flags("and then it fell.", 17) & LEDE_SF_FRAGMENT,
     "lower-case start");
  OK(!(lede_opening_flags("iPhone sales fell.", 18) & LEDE_SF_FRAGMENT),
     "iPhone is a word");
  OK(lede_opening_flags("1981: Minister.", 15) & LEDE_SF_FRAGMENT,
     "a timeline item");
  INT_EQ(lede_quote_way("\"We will go.", 12), LEDE_QUOTE_OPENS, "opens");
  INT_EQ(lede_quote_way("It is done,\" he said.", 21), LEDE_QUOTE_CLOSES,
         "closes");
  INT_EQ(lede_quote_way("He said \"no\" twice.", 20), LEDE_QUOTE_WITHIN,
         "within");
  INT_EQ(lede_quote_way("He said no.", 11), 0, "none");
  INT_EQ(lede_quote_way("\xe2\x80\x9cWe will.", 11), LEDE_QUOTE_OPENS,
         "curly opens");
  INT_EQ(lede_quote_way("done.\xe2\x80\x9d", 8), LEDE_QUOTE_CLOSES,
         "curly closes");
}

static void test_empty(void) {
  int status = -99;
  lede_pick *out = (lede_pick *)&status; /* must be reset */
  size_t n = 5;
  lede_summarizer *s = lede_summarizer_new(NULL, &status);
  OK(s != NULL, "new with defaults");
  INT_EQ(status, LEDE_OK, "new status");
  INT_EQ(lede_summarize(s, &out, &n), LEDE_OK, "empty summarizer");
  OK(out == NULL && n == 0, "no picks from nothing");
  INT_EQ(lede_summarizer_add(s, NULL, 3, 0, NULL, 0), LEDE_ERR_ARG,
         "NULL body");
  INT_EQ(lede_summarizer_add(s, "", 0, 0, NULL, 0), LEDE_OK, "empty body");
  INT_EQ(lede_summarizer_add(s, " \n\n ", 4, 0, NULL, 0), LEDE_OK,
         "blank body");
  INT_EQ(lede_summarize(s, &out, &n), LEDE_OK, "blank documents");
  OK(out == NULL && n == 0, "no picks from blank documents");
  INT_EQ(lede_summarize(NULL, &out, &n), LEDE_ERR_ARG, "NULL summarizer");
  INT_EQ(lede_summarizer_add(s, "a", 1, LEDE_MAX_INPUT, NULL, 0),
         LEDE_ERR_TOOBIG, "base past the limit");
  lede_summarizer_free(s);
  lede_summarizer_free(NULL);
}

static void test_single(void) {
  lede_pick *out = NULL, *again = NULL;
  size_t n = 0, m = 0, i;
  size_t len = strlen(ARTICLE);
  INT_EQ(lede_summarize_text(ARTICLE, len, NULL, &out, &n), LEDE_OK,
         "summarize_text");
  INT_EQ(n, 3, "default: 3 sentences");
  for (i = 0; i < n; i++) {
    OK(out[i].start < out[i].end && out[i].end <= len, "span inside text");
    OK(out[i].doc == 0, "one document");
    if (i > 0) OK(out[i - 1].start < out[i].start, "document order");
  }
  INT_EQ(lede_summarize_text(ARTICLE, len, NULL, &again, &m), LEDE_OK,
         "second run");
  INT_EQ(m, n, "deterministic count");
  OK(n == m && memcmp(out, again, n * sizeof *out) == 0, "deterministic picks");
  lede_free(out);
  lede_free(again);
}

/* Summarizing lets go of the analysis' lookup tables; documents added
   after it must get the same terms as when added before it. */
static void test_add_after_summarize(void) {
  static const char *more =
      "The harbor crane that collapsed on Tuesday had passed an inspection "
      "in March, the harbor director said.\n\nDock workers at the harbor "
      "stopped work for a day after the crane collapsed.";
  lede_summary_options o;
  lede_summarizer *a, *b;
  lede_pick *pa = NULL, *pb = NULL, *first = NULL;
  size_t na = 0, nb = 0, nf = 0;
  lede_summary_options_init(&o);
  o.budget = LEDE_BUDGET_SENTENCES;
  o.amount = 4;
  a = lede_summarizer_new(&o, NULL);
  b = lede_summarizer_new(&o, NULL);
  OK(a && b, "two summarizers");
  if (!a || !b) return;
  INT_EQ(lede_summarizer_add(a, ARTICLE, strlen(ARTICLE), 0, NULL, 0), LEDE_OK,
         "a: first");
  INT_EQ(lede_summarize(a, &first, &nf), LEDE_OK, "a: summary between adds");
  INT_EQ(lede_summarizer_add(a, more, strlen(more), 0, NULL, 0), LEDE_OK,
         "a: second");
  INT_EQ(lede_summarize(a, &pa, &na), LEDE_OK, "a: summary");
  INT_EQ(lede_summarizer_add(b, ARTICLE, strlen(ARTICLE), 0, NULL, 0), LEDE_OK,
         "b: first");
  INT_EQ(lede_summarizer_add(b, more, strlen(more), 0, NULL, 0), LEDE_OK,
         "b: second");
  INT_EQ(lede_summarize(b, &pb, &nb), LEDE_OK, "b: summary");
  INT_EQ(na, nb, "same count after a summary between adds");
  OK(na == nb && memcmp(pa, pb, na * sizeof *pa) == 0,
     "same picks after a summary between adds");
  lede_free(first);
  lede_free(pa);
  lede_free(pb);
  lede_summarizer_free(a);
  lede_summarizer_free(b);
}

static void test_budgets(void) {
  lede_summary_options o;
  lede_pick *out = NULL;
  size_t n = 0, len = strlen(ARTICLE), i, bytes;
  unsigned w;
  lede_summary_options_init(&o);
  o.budget = LEDE_BUDGET_SENTENCES;
  o.amount = 5;
  INT_EQ(lede_summarize_text(ARTICLE, len, &o, &out, &n), LEDE_OK, "5 sent");
  INT_EQ(n, 5, "exactly 5 sentences");
  lede_free(out);
  o.budget = LEDE_BUDGET_WORDS;
  for (w = 20; w <= 120; w += 7) {
    o.amount = w;
    INT_EQ(lede_summarize_text(ARTICLE, len, &o, &out, &n), LEDE_OK, "words");
    OK(words_of(ARTICLE, out, n) <= w, "words budget honored");
    OK(n > 0, "something fits");
    for (i = 0; i < n; i++)
      INT_EQ(
          out[i].words,
          lede_count_words(ARTICLE + out[i].start, out[i].end - out[i].start),
          "pick words");
    lede_free(out);
  }
  o.budget = LEDE_BUDGET_BYTES;
  o.separator = 2;
  o.amount = 300;
  INT_EQ(lede_summarize_text(ARTICLE, len, &o, &out, &n), LEDE_OK, "bytes");
  bytes = 0;
  for (i = 0; i < n; i++) bytes += out[i].end - out[i].start + (i ? 2 : 0);
  OK(n > 0 && bytes <= 300, "bytes budget with separators");
  lede_free(out);
  o.amount = 10; /* shorter than every sentence */
  INT_EQ(lede_summarize_text(ARTICLE, len, &o, &out, &n), LEDE_OK, "tiny");
  OK(n == 0 && out == NULL, "no sentence is cut to fit");
  o.budget = LEDE_BUDGET_RATIO;
  o.amount = 0.5;
  INT_EQ(lede_summarize_text(ARTICLE, len, &o, &out, &n), LEDE_OK, "ratio");
  OK(words_of(ARTICLE, out, n) * 2 <= lede_count_words(ARTICLE, len),
     "ratio budget honored");
  lede_free(out);
}

static void test_lead_and_base(void) {
  lede_summary_options o;
  lede_summarizer *s;
  lede_pick *a = NULL, *b = NULL;
  size_t na = 0, nb = 0, i, len = strlen(ARTICLE);
  int status;
  lede_summary_options_init(&o);
  o.method = LEDE_METHOD_LEAD;
  o.budget = LEDE_BUDGET_SENTENCES;
  o.amount = 2;
  INT_EQ(lede_summarize_text(ARTICLE, len, &o, &a, &na), LEDE_OK, "lead");
  INT_EQ(na, 2, "lead: two sentences");
  if (na == 2) {
    INT_EQ(a[0].index, 0, "lead: first");
    INT_EQ(a[1].index, 1, "lead: second");
    /* the dateline "PORT VELDIN - " is left out of the pick */
    SPAN_EQ(ARTICLE, a[0].start, a[0].end,
            "A container crane collapsed at the harbor on "
            "Tuesday, killing four dock workers and injuring eleven others.",
            "lead sentence");
  }
  /* The same body at offset 1000 of some larger text. */
  s = lede_summarizer_new(&o, &status);
  OK(s != NULL, "new lead summarizer");
  INT_EQ(lede_summarizer_add(s, ARTICLE, len, 1000, "Crane collapse", 14),
         LEDE_OK, "add with base");
  INT_EQ(lede_summarize(s, &b, &nb), LEDE_OK, "summarize with base");
  INT_EQ(nb, na, "same count with base");
  for (i = 0; i < na && i < nb; i++) {
    INT_EQ(b[i].start, a[i].start + 1000, "start shifted by base");
    INT_EQ(b[i].end, a[i].end + 1000, "end shifted by base");
  }
  lede_free(b);
  /* A second document: the lead takes the first sentence of each. */
  INT_EQ(lede_summarizer_add(s, ARTICLE, len, 0, NULL, 0), LEDE_OK, "add 2");
  INT_EQ(lede_summarize(s, &b, &nb), LEDE_OK, "summarize two");
  INT_EQ(nb, 2, "two picks");
  if (nb == 2) {
    INT_EQ(b[0].doc, 0, "first document first");
    INT_EQ(b[1].doc, 1, "then the second");
    INT_EQ(b[1].index, 0, "its first sentence");
  }
  lede_free(a);
  lede_free(b);
  lede_summarizer_free(s);
}

static void test_duplicates(void) {
  size_t len = strlen(ARTICLE), n = 0, i, j;
  char *twice = (char *)malloc(2 * len + 2);
  lede_summary_options o;
  lede_pick *out = NULL;
  memcpy(twice, ARTICLE, len);
  memcpy(twice + len, "\n\n", 2);
  memcpy(twice + len + 2, ARTICLE, len);
  lede_summary_options_init(&o);
  o.budget = LEDE_BUDGET_SENTENCES;
  o.amount = 6;
  INT_EQ(lede_summarize_text(twice, 2 * len + 2, &o, &out, &n), LEDE_OK,
         "doubled body");
  INT_EQ(n, 6, "six picks");
  for (i = 0; i < n; i++)
    for (j = i + 1; j < n; j++)
      OK(out[i].end - out[i].start != out[j].end - out[j].start ||
             memcmp(twice + out[i].start, twice + out[j].start,
                    out[i].end - out[i].start) != 0,
         "no sentence twice");
  lede_free(out);
  free(twice);
}

static void test_parts(void) {
  /* The article between two chrome blocks, given as two parts. */
  static const char page[] =
      "MENU | Subscribe | Log in\n\n"
      "A container crane collapsed at the harbor on Tuesday, killing four "
      "dock workers.\n\nRelated: more port news here today\n\n"
      "The dockworkers' union called a 24-hour stoppage at the harbor.";
  size_t len = sizeof page - 1, n = 0, i;
  const char *a = strstr(page, "A container");
  const char *rel = strstr(page, "Related");
  const char *b = strstr(page, "The dockworkers'");
  lede_span parts[2], bad[2];
  lede_summary_options o;
  lede_summarizer *s;
  lede_pick *out = NULL;
  int status;
  parts[0].start = (uint32_t)(a - page);
  parts[0].end = (uint32_t)(rel - page - 2);
  parts[1].start = (uint32_t)(b - page);
  parts[1].end = (uint32_t)len;
  lede_summary_options_init(&o);
  o.budget = LEDE_BUDGET_SENTENCES;
  o.amount = 10;
  s = lede_summarizer_new(&o, &status);
  OK(s != NULL, "new");
  bad[0] = parts[1];
  bad[1] = parts[0];
  INT_EQ(lede_summarizer_add_parts(s, page, len, bad, 2, NULL, 0), LEDE_ERR_ARG,
         "parts out of order");
  bad[0].start = 0;
  bad[0].end = (uint32_t)len + 1;
  INT_EQ(lede_summarizer_add_parts(s, page, len, bad, 1, NULL, 0), LEDE_ERR_ARG,
         "part past the end");
  INT_EQ(lede_summarizer_add_parts(s, page, len, parts, 2, NULL, 0), LEDE_OK,
         "two parts");
  INT_EQ(lede_summarize(s, &out, &n), LEDE_OK, "summarize parts");
  INT_EQ(n, 2, "one sentence per part");
  for (i = 0; i < n; i++) {
    OK((out[i].start >= parts[0].start && out[i].end <= parts[0].end) ||
           (out[i].start >= parts[1].start && out[i].end <= parts[1].end),
       "picks inside the parts");
    INT_EQ(out[i].index, i, "indexes run on across parts");
    INT_EQ(out[i].doc, 0, "one document");
  }
  if (n == 2)
    SPAN_EQ(page, out[1].start, out[1].end,
            "The dockworkers' union called a 24-hour stoppage at the harbor.",
            "second part's sentence");
  lede_free(out);
  lede_summarizer_free(s);
}

static void test_long(void) {
  /* 5,000 distinct sentences: linear paths, no crash, budget kept. */
  size_t cap = 5000 * 80, len = 0, n = 0;
  char *text = (char *)malloc(cap);
  int i;
  lede_summary_options o;
  lede_pick *out = NULL;
  for (i = 0; i < 5000; i++)
    len += (size_t)snprintf(text + len, cap - len,
                            "Crew %d checked crane %d on quay %d today. ", i,
                            i % 91, i % 7);
  lede_summary_options_init(&o);
  o.budget = LEDE_BUDGET_SENTENCES;
  o.amount = 100;
  INT_EQ(lede_summarize_text(text, len, &o, &out, &n), LEDE_OK, "long text");
  INT_EQ(n, 100, "100 sentences");
  lede_free(out);
  free(text);
}

static void test_internals(void) {
  lede_stemmer *st = lede_stemmer_new();
  size_t n = 0;
  const char *s;
  OK(lede_is_stopword("the", 3), "'the' is a stopword");
  OK(lede_is_stopword("won't", 5), "'won't' is a stopword");
  OK(!lede_is_stopword("crane", 5), "'crane' is not");
  OK(!lede_is_stopword("said", 4), "'said' is kept as a term");
  OK(st != NULL, "stemmer");
  s = lede_stem(st, "collapsed", 9, &n);
  OK(s && n == 7 && memcmp(s, "collaps", 7) == 0, "collapsed -> collaps");
  s = lede_stem(st, "workers", 7, &n);
  OK(s && n == 6 && memcmp(s, "worker", 6) == 0, "workers -> worker");
  s = lede_stem(st, "2,300", 5, &n);
  OK(s && n == 5 && memcmp(s, "2,300", 5) == 0, "numbers unchanged");
  INT_EQ(lede_count_words("  a bb\tccc\n", 11), 3, "word count");
  lede_stemmer_free(st);
}

/* The definition lede_count_words must keep however it reads its bytes:
   runs of bytes other than ASCII white space. */
static uint32_t words_by_byte(const char *text, size_t len) {
  uint32_t n = 0;
  size_t i;
  int in_word = 0;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)text[i];
    int sp = c == ' ' || (c >= '\t' && c <= '\r');
    if (!sp && !in_word) n++;
    in_word = !sp;
  }
  return n;
}

/* The definition lede_quote_way must keep: every byte looked at in turn. */
static int quote_way_by_byte(const char *text, size_t n) {
  const unsigned char *p = (const unsigned char *)text;
  size_t i, straight = 0, last = 0;
  long depth = 0, low = 0;
  for (i = 0; i < n; i++) {
    if (p[i] == '"') {
      straight++;
      last = i;
    } else if (p[i] == 0xE2 && i + 2 < n && p[i + 1] == 0x80) {
      if (p[i + 2] == 0x9C)
        depth++;
      else if (p[i + 2] == 0x9D && --depth < low)
        low = depth;
    }
  }
  if (low < 0) return LEDE_QUOTE_CLOSES;
  if (depth > 0) return LEDE_QUOTE_OPENS;
  if (!(straight & 1)) return straight > 0 ? LEDE_QUOTE_WITHIN : 0;
  if (last > 0 && (last + 1 == n || p[last + 1] == ' ' || p[last + 1] == ',' ||
                   p[last + 1] == '.' || p[last + 1] == '\n'))
    return p[last - 1] == ' ' ? LEDE_QUOTE_OPENS : LEDE_QUOTE_CLOSES;
  return LEDE_QUOTE_OPENS;
}

/* Word counts and quotation marks on many texts of the bytes that matter
   (white space of every kind, bytes above 0x7F, marks), at every length
   and alignment: the fast readers agree with the byte-by-byte ones. */
static void test_byte_readers(void) {
  static const char alphabet[] =
      " \t\n\v\f\r\x1f!a\"\xe2\x80\x9c\x9d\xa0\x89,.";
  char buf[96];
  unsigned seed = 12345, bad_words = 0, bad_quotes = 0, round;
  for (round = 0; round < 20000; round++) {
    size_t len = round % 90, at = round % 7, i;
    for (i = 0; i < len; i++) {
      seed = seed * 1103515245u + 12345u;
      buf[at + i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
    }
    if (lede_count_words(buf + at, len) != words_by_byte(buf + at, len))
      bad_words++;
    if (lede_quote_way(buf + at, len) != quote_way_by_byte(buf + at, len))
      bad_quotes++;
  }
  INT_EQ(bad_words, 0, "word counts as byte by byte");
  INT_EQ(bad_quotes, 0, "quote ways as byte by byte");
  INT_EQ(lede_count_words("one two three four five six", 27), 6,
         "across eight-byte blocks");
  INT_EQ(lede_count_words("\xc2\xa0 x", 4), 2, "a no-break space is no blank");
}

/* A sentence that gives one toll twice lists its term twice, so the term
   is counted in more sentences than the text has: its idf is read past
   the table of counts up to n unless that count is seen to (ASan). */
static void test_toll_twice(void) {
  static const char text[] =
      "The blast killed 12 people and the fire killed 12 people.";
  lede_pick *picks = NULL;
  size_t n = 0;
  INT_EQ(lede_summarize_text(text, sizeof text - 1, NULL, &picks, &n), LEDE_OK,
         "one sentence, one toll twice");
  INT_EQ(n, 1, "its one pick");
  lede_free(picks);
}

/* The kinds of term a fact is made of, and the casualty counts of a
   sentence, as the analysis records them. */
static unsigned kind_of(lede_terms *t, const char *word) {
  size_t n = 0;
  const char *stem = lede_stem(t->st, word, strlen(word), &n);
  int64_t id = stem ? lede_dict_intern(&t->dict, stem, n) : -1;
  return id >= 0 ? lede_term_kind(t, (size_t)id) : 0xFFu;
}

static void test_facts_and_tolls(void) {
  static const char text[] =
      "The storm killed 14 people in Dunmore on Friday. Talks in Dunmore went "
      "on. Nobody was hurt in the second storm. A third storm killed 3 people "
      "and injured 5 in Varna.";
  lede_terms t;
  lede_vec sents, flags, tws;
  size_t q, tolls = 0;
  const uint8_t *f;
  lede_vec_init(&sents, sizeof(lede_sent));
  lede_vec_init(&flags, 1);
  lede_vec_init(&tws, sizeof(lede_tw));
  INT_EQ(lede_terms_init(&t, &lede_languages[0]), LEDE_OK, "terms");
  INT_EQ(lede_analyze_doc(text, sizeof text - 1, 0, &t, &sents, &flags, &tws),
         LEDE_OK, "analysis");
  INT_EQ(lede_analyze_tolls(text, 0, &t, &sents, &flags, &tws), LEDE_OK,
         "casualty counts");
  INT_EQ(t.tolls.count, 0, "... and the list of sentences to read is empty");
  INT_EQ(sents.count, 4, "four sentences");
  f = (const uint8_t *)flags.items;
  OK(flags.count == 4 && (f[0] & LEDE_SF_TOLL), "'killed 14 people' is a toll");
  OK(flags.count == 4 && !(f[1] & LEDE_SF_TOLL), "talks are not");
  OK(flags.count == 4 && !(f[2] & LEDE_SF_TOLL),
     "'nobody was hurt' is no event");
  OK(flags.count == 4 && (f[3] & LEDE_SF_TOLL), "'killed 3 ... injured 5' is");
  {
    const lede_sent *S = (const lede_sent *)sents.items;
    const lede_tw *T = (const lede_tw *)tws.items;
    size_t i, sorted = 1, in_first = 0;
    for (q = 0; q < tws.count; q++)
      if (lede_term_kind(&t, T[q].id) & LEDE_TK_TOLL) {
        tolls++;
        in_first += sents.count > 1 && q < S[1].terms;
      }
    for (i = 0; i < sents.count; i++) {
      size_t e = i + 1 < sents.count ? S[i + 1].terms : tws.count;
      for (q = S[i].terms; q + 1 < e; q++)
        if (T[q].id >= T[q + 1].id) sorted = 0;
    }
    INT_EQ(tolls, 3, "three toll terms: killed 14; killed 3, injured 5");
    INT_EQ(in_first, 1, "... among the first sentence's terms");
    OK(sorted, "every sentence's terms still sorted by id");
  }
  OK(kind_of(&t, "dunmore") & LEDE_TK_NAME,
     "a capital inside a sentence: a name");
  OK(!(kind_of(&t, "talks") & LEDE_TK_NAME), "a capital that opens one: not");
  OK(kind_of(&t, "friday") & LEDE_TK_NUMBER,
     "a weekday dates a fact as a number does");
  OK(kind_of(&t, "14") & LEDE_TK_NUMBER, "a number");
  lede_terms_free(&t);
  lede_vec_free(&sents);
  lede_vec_free(&flags);
  lede_vec_free(&tws);
}

/* The picks of ARTICLE with the given language, through `cache` (may be
   NULL); 0 when the summary failed. */
static size_t cached_picks(lede_word_cache *cache, const char *lang,
                           lede_pick **out) {
  lede_summary_options o;
  lede_summarizer *s;
  size_t n = 0;
  lede_summary_options_init(&o);
  memcpy(o.language, lang, 3);
  o.budget = LEDE_BUDGET_WORDS;
  o.amount = 60;
  *out = NULL;
  s = lede_summarizer_new(&o, NULL);
  if (!s || lede_summarizer_use_cache(s, cache) != LEDE_OK ||
      lede_summarizer_add(s, ARTICLE, strlen(ARTICLE), 0, NULL, 0) != LEDE_OK ||
      lede_summarize(s, out, &n) != LEDE_OK)
    n = 0;
  lede_summarizer_free(s);
  return n;
}

static int same_picks(const lede_pick *a, size_t na, const lede_pick *b,
                      size_t nb) {
  size_t i;
  if (na != nb || na == 0) return 0;
  for (i = 0; i < na; i++)
    if (a[i].start != b[i].start || a[i].end != b[i].end ||
        a[i].score != b[i].score)
      return 0;
  return 1;
}

static void test_word_cache(void) {
  lede_word_cache *cache = lede_word_cache_new();
  lede_pick *plain, *cold, *warm, *de, *de_cached, *again;
  size_t np, nc, nw, nd, ndc, na, i;
  const char *stem = NULL;
  size_t slen = 0;
  uint8_t info = 0;
  char key[16];
  OK(cache != NULL, "a word cache");
  INT_EQ(lede_summarizer_use_cache(NULL, cache), LEDE_ERR_ARG,
         "no summarizer to use it");
  np = cached_picks(NULL, "en", &plain);
  nc = cached_picks(cache, "en", &cold);
  nw = cached_picks(cache, "en", &warm);
  OK(np > 0, "picks without a cache");
  OK(same_picks(plain, np, cold, nc), "a new cache: the same picks and scores");
  OK(same_picks(plain, np, warm, nw),
     "a warm cache: the same picks and scores");
  /* another language empties it; English after German is as before */
  nd = cached_picks(NULL, "de", &de);
  ndc = cached_picks(cache, "de", &de_cached);
  na = cached_picks(cache, "en", &again);
  OK(same_picks(de, nd, de_cached, ndc), "German through an English cache");
  OK(same_picks(plain, np, again, na), "English again after German");
  lede_free(plain);
  lede_free(cold);
  lede_free(warm);
  lede_free(de);
  lede_free(de_cached);
  lede_free(again);
  /* a miss, what it is, then a hit; another language misses */
  INT_EQ((int)lede_word_cache_find(cache, &lede_languages[0], "\1\0zqxwv", 7,
                                   &stem, &slen, &info),
         0, "a new word misses");
  INT_EQ(lede_word_cache_set(cache, "zqxw", 4, LEDE_WC_TERM), 0, "kept");
  INT_EQ((int)lede_word_cache_find(cache, &lede_languages[0], "\1\0zqxwv", 7,
                                   &stem, &slen, &info),
         1, "then hits");
  OK(slen == 4 && memcmp(stem, "zqxw", 4) == 0 && info == LEDE_WC_TERM,
     "with its stem and bits");
  INT_EQ((int)lede_word_cache_find(cache, &lede_languages[1], "\1\0zqxwv", 7,
                                   &stem, &slen, &info),
         0, "another language's cache starts empty");
  /* full: it starts again empty rather than grow */
  for (i = 0; i < 70000; i++) {
    int n = snprintf(key, sizeof key, "w%lu", (unsigned long)i);
    if (lede_word_cache_find(cache, &lede_languages[1], key, (size_t)n, &stem,
                             &slen, &info) != 0 ||
        lede_word_cache_set(cache, key, (size_t)n, LEDE_WC_TERM) != 0)
      break;
  }
  OK(i == 70000, "70000 new words, each a miss kept");
  INT_EQ((int)lede_word_cache_find(cache, &lede_languages[1], "w1", 2, &stem,
                                   &slen, &info),
         0, "the first ones were let go when it filled");
  lede_word_cache_free(cache);
  lede_word_cache_free(NULL);
}

/* The exact fill (lede_fill.c) against every subset of a few items. */
static int fill_valid(const lede_fill_item *it, size_t n, uint64_t budget,
                      unsigned near, const unsigned char *take, double *value) {
  size_t p, end = 0, last = (size_t)-1; /* last: end of the last taken */
  uint64_t cost = 0;
  *value = 0;
  for (p = 0; p < n; p++) {
    if (!take[p]) continue;
    if (it[p].len == 0 || p < end || p + it[p].len > n) return 0;
    if (it[p].back && (last == (size_t)-1 || p - last > near)) return 0;
    cost += it[p].cost;
    *value += it[p].value;
    end = p + it[p].len;
    last = end - 1;
  }
  return cost <= budget;
}

static double fill_brute(const lede_fill_item *it, size_t n, uint64_t budget,
                         unsigned near) {
  unsigned char take[12];
  unsigned long mask;
  double best = 0, v;
  size_t p;
  for (mask = 0; mask < (1ul << n); mask++) {
    for (p = 0; p < n; p++) take[p] = (unsigned char)((mask >> p) & 1);
    if (fill_valid(it, n, budget, near, take, &v) && v > best) best = v;
  }
  return best;
}

static void test_exact_fill(void) {
  /* 13 + 14 words beat the greedy's 14 + 11 under 30 */
  lede_fill_item a[3] = {
      {1, 13, 13 * 0.96, 0}, {1, 14, 14 * 1.22, 0}, {1, 11, 11 * 1.01, 0}};
  lede_fill_item b[4] = {
      {1, 10, 10, 0}, {0, 0, 0, 0}, {2, 12, 30, 0}, {1, 8, 35, 1}};
  unsigned char take[12];
  unsigned seed = 12345, round;
  double v;
  INT_EQ(lede_fill_best(a, 3, 30, 3, take), LEDE_OK, "fill");
  OK(take[0] && take[1] && !take[2], "the pair worth most in all");
  /* a unit (2 sentences) and one that points back: the back one needs a
     taken item ending within 3 sentences before it */
  INT_EQ(lede_fill_best(b, 4, 8, 3, take), LEDE_OK, "fill with back");
  OK(!take[0] && !take[2] && !take[3], "back alone is not taken");
  INT_EQ(lede_fill_best(b, 4, 30, 3, take), LEDE_OK, "fill with back");
  OK(take[0] && take[3] && !take[2], "back after its antecedent");
  OK(fill_valid(b, 4, 30, 3, take, &v) && v == 45, "worth 45");
  INT_EQ(lede_fill_best(b, 4, 30, 1, take), LEDE_OK, "nearer");
  OK(take[0] && take[2] && !take[3], "too far from it: the unit instead");
  INT_EQ(lede_fill_best(b, 4, 0, 3, take), LEDE_OK, "no budget");
  OK(!take[0] && !take[2] && !take[3], "nothing fits");
  INT_EQ(lede_fill_best(b, 0, 10, 3, take), LEDE_OK, "no items");
  INT_EQ(lede_fill_best(b, 4, LEDE_FILL_MAX_CELLS, 3, take), LEDE_FILL_TOO_BIG,
         "a table too big is refused");
  INT_EQ(lede_fill_best(b, 4, LEDE_FILL_MAX_CELLS / 4, 3, take),
         LEDE_FILL_TOO_BIG, "cells counted over every index");
  /* random instances against every subset */
  for (round = 0; round < 300; round++) {
    lede_fill_item r[10];
    size_t n = 1 + round % 10, p;
    uint64_t budget;
    for (p = 0; p < n; p++) {
      seed = seed * 1103515245u + 12345u;
      r[p].len = (seed >> 16) % 4 == 0 ? 0 : 1 + (seed >> 20) % 3;
      r[p].cost = 1 + (seed >> 8) % 9;
      r[p].value = 1 + (double)((seed >> 4) % 50);
      r[p].back = (seed >> 24) % 3 == 0;
    }
    budget = 5 + round % 20;
    OK(lede_fill_best(r, n, budget, 1 + round % 3, take) == LEDE_OK, "random");
    OK(fill_valid(r, n, budget, 1 + round % 3, take, &v), "random: valid");
    OK(fabs(v - fill_brute(r, n, budget, 1 + round % 3)) < 1e-9,
       "random: the best subset");
  }
}

int main(void) {
  test_options();
  test_option_problems();
  test_openings();
  test_empty();
  test_single();
  test_add_after_summarize();
  test_budgets();
  test_lead_and_base();
  test_duplicates();
  test_parts();
  test_long();
  test_internals();
  test_byte_readers();
  test_toll_twice();
  test_facts_and_tolls();
  test_word_cache();
  test_exact_fill();
  return DONE("test_rank");
}
