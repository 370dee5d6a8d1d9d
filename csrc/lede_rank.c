/*
 * lede_rank.c -- sentence scoring and selection: the summarizer.
 *
 * Why this combination.  Every choice below was measured on the DEV sets
 * as a whole (MultiLing 2011: 4 clusters, R-1/R-2 recall at 250 words; BBC:
 * 850 articles, R-1 F1 at the reference's length), never on single items.
 *
 *  1. Centrality.  A sentence that many others resemble states what the
 *     documents are about (LexRank/TextRank).  Two similarities are kept
 *     for every pair of sentences that share a term:
 *       - the TextRank overlap: shared content words (counts multiplied)
 *         over log(len_i) + log(len_j).  It grows with length, so long,
 *         central sentences win: on BBC it scores 84.5 R-1 F1 where the
 *         tf-idf cosine scores 72-76 (the references are long extracts);
 *         with the readability rules of (6), 0.3 of the cosine mixed
 *         into the edge weight (graph_tr 0.7) adds 0.13 (82.41 -> 82.54);
 *       - the cosine of tf-idf vectors over Porter2 stems and stem
 *         bigrams, idf computed over the sentences of the input itself (no
 *         language model ships with the library).  It is the graph weight
 *         for several documents (MultiLing: 52.6/25.0 against 51.0/23.4
 *         with the overlap) and, everywhere, the redundancy measure.
 *     The graph is built through an inverted index: each sentence meets
 *     only the sentences that share a term with it; a very common term
 *     (more than POSTING_CAP sentences) pairs a sentence only with its
 *     POSTING_CAP/2 next neighbours in that term's posting list; and each
 *     sentence keeps its EDGE_CAP strongest edges towards later sentences.
 *     So the graph costs O(postings * POSTING_CAP) time and O(sentences *
 *     EDGE_CAP) memory (each edge stored once), never
 *     O(sentences^2), and there is no matrix.
 *     Scores come from PageRank by power iteration on that sparse graph.
 *  2. Lead prior.  News is written top-down.  The random walk teleports
 *     according to a position prior 1/sqrt(1 + p) mixed with uniform
 *     (tele_mix), so a sentence near the lead *and* echoed elsewhere wins;
 *     the prior is also added to the score with weight `lead`.  Several
 *     documents: lead 2 (each source's lead carries the story; a
 *     round-robin Lead alone reaches 52.1 R-1 there).  One document: lead
 *     0 -- on BBC every added prior weight lowered F1 (0.1: -0.2, 0.5:
 *     -2.4), the teleport bias alone is enough; on MultiLing lead 0 gives
 *     49.3/20.0 against 52.6/25.0.
 *  3. Headline.  When the caller passes one, overlap with it is added with
 *     weight `headline`.  On DEV it did not help (BBC titles: -0.2 F1 at
 *     0.25; MultiLing titles: no change), so it is 0 for one document and
 *     a light 0.25 for several.
 *  4. Selection is greedy on a monotone submodular objective: each step
 *     takes the sentence with the best (score + new concept weight) per
 *     (relative length ^ len_exp), where concepts are the stems and stem
 *     bigrams and a concept's weight is the number of documents (several
 *     documents) or sentences (one document) that mention it, minus one.
 *     Covering a concept once makes it worth nothing more, which keeps
 *     three sources' version of the same fact from all appearing; on top
 *     of that a hard cut drops any sentence whose cosine with a chosen one
 *     reaches `redundancy` (0.5 for one document, where only near
 *     duplicates such as a body pasted twice should go; 0.3 for several:
 *     +1.2 R-1 on MultiLing).  For several documents a sentence that
     states a chosen one's fact in other words (same_fact: its names,
     numbers, dates and casualty counts) is dropped too: MultiLing
     52.67/25.32 -> 52.73/25.51 (without a shared number or date, or with
     a cosine from 0.1, topic names alone made facts "the same": -0.3 to
     -0.5 R-2).  Gains only shrink as the summary grows, so a
 *     lazy greedy on a heap gives the plain greedy's picks in O(n log n).
 *  5. Fragments are left out: a sentence of fewer than SHORT_WORDS words
 *     (a source tag, a byline, a caption), a list item or one that starts
 *     in lower case is chosen only in a second round, when a count of
 *     sentences or a ratio asks for more than the rest gave, or when the
 *     input has nothing else -- under a length budget it would otherwise
 *     look cheap.  A sentence without a final mark (a heading) keeps only
 *     part of its score.
 *  6. Picks that read alone (lede_opening.c): a dateline is cut off the
 *     sentence; one that points back (He, But ...) waits until one of the
 *     NEAR sentences before it is chosen; a quote over several sentences
 *     is one unit, chosen whole on its mean score per its whole length
 *     (under a words or bytes budget the mean of its words' scores, each
 *     sentence weighed by its length: BBC 83.04 -> 83.31, MultiLing as it
 *     was; a short closing line no longer drags a quote down)
 *     (a paragraph that opens the quote again with a mark of its own
 *     starts a unit: it reads whole from there).
 *     On DEV this costs BBC 2.3 R-1 F1 (84.45 -> 82.2: its extractive
 *     references hold such sentences alone) and leaves MultiLing as it was
 *     (52.6/25.0 -> 52.5/25.2), for 16.4% -> 1.7% defective picks on BBC
 *     and 7.1% -> 2.4% on MultiLing (bench/summarize_readability.lua).
 *     len_exp for one document went from 0.2 to 0.1 with these rules
 *     (+0.15 F1).  Then a reopened quote as a unit's start (+0.2) and
 *     SHORT_WORDS 6 -> 8: BBC 82.16 -> 82.41, MultiLing 52.53/25.15 ->
 *     52.67/25.32, defective picks 1.6% -> 0.3% and 2.4% -> 0%.  The rest
 *     of the gap to 84.45 is the references' own: 6.7% of BBC reference
 *     lines hold an odd number of quotation marks (a quote fragment).
 *  7. Exact repeats (the same term vector) of a chosen sentence are never
 *     chosen, however many copies there are (the capped edges reach only
 *     some).  focus= adds its overlap with the query, weight 1 (the top
 *     rank's).
 *  8. A sentence that reports a casualty count (lede_casualties, read in
 *     the analysis) has the count as a term of its own, so the sentences
 *     giving the same toll resemble each other and, for several documents,
 *     the toll is a concept covered once; for one document it also adds
 *     `toll` 0.25 to the score (BBC 82.51 -> 82.53; 0.5 costs 0.16).
 *  9. Word frequency (SumBasic, Nenkova and Vanderwende 2005): for one
 *     document the score adds, with weight `frequency` 0.4, the mean
 *     number of sentences that have each of the sentence's words (over its
 *     unigram occurrences), divided by the highest such mean.  Read on the
 *     whole BBC DEV set, the references are about 40% of an article's
 *     sentences, listed best first, and that mean ranks them best of the
 *     signals tried (over lower-cased words less stop words: 70% of the
 *     pairs of reference lines in its order;
 *     position 55%, length 51%); the sentences of the top tenth by it are
 *     in the reference 82% of the time, those of the bottom tenth 3%.
 *     With it, len_exp 0.1 -> 0 (a sentence's length no longer divides its
 *     gain): BBC 82.52 -> 83.04 R-1 F1 (0.25 with len_exp 0.1: 82.75).
 *     For several documents it stays 0: the coverage term already counts
 *     the documents that mention a word, and 0.5 cost MultiLing 1.3 R-1.
 * 10. The main event (seed_toll).  Several sources on one story lead with
 *     the talks, the visit, the meeting, and give the toll of the day in a
 *     second sentence, so five leads can fill five places and leave the
 *     toll out.  When two documents give the same count, the best sentence
 *     that reports it is chosen before the greedy of (4).  MultiLing and
 *     BBC are unchanged by it (52.73/25.51, 83.04); seeding any toll at all
 *     cost MultiLing 0.9 R-1 (a side toll in an Olympics story), and for
 *     one document a toll among the first three sentences took the lead's
 *     place (BBC -0.03), so one document relies on `toll` alone.
 * 11. The exact fill (exact_fill, lede_fill.c).  Under a words or bytes
 *     budget for one document the greedy of (4) takes the best-scored
 *     sentences and then whatever short one still fits, or nothing.  The
 *     objective is a sum there (no coverage weight for one document), so
 *     the set of sentences and quote units whose scores times lengths sum
 *     highest within the budget is found exactly by dynamic programming,
 *     with the rule of (6) for a sentence that points back as a state of
 *     the table.  Repeats and near duplicates (EDGE_DUP) of a better
 *     chosen sentence are left out and the table solved again.  BBC
 *     83.31 -> 84.76 R-1 F1 (BBC's references fill their budget exactly),
 *     85.06 with each word worth the square root of its sentence's score
 *     (fill_worth); the length itself counts in full (length^0.9: 84.88
 *     with plain scores).  Several documents keep the greedy: their
 *     coverage is not a sum, and the fill with each sentence's first
 *     coverage added cost MultiLing 52.73/25.51 -> 52.02/24.18.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lede_summ.h"

/* Internal constants, tuned on the DEV sets. */
#define POSTING_CAP 64 /* posting lists longer than this are windowed */
#define EDGE_MIN 0.05  /* weaker similarities are not graph edges */
#define DAMPING 0.85
#define POS_EXP 0.5 /* position prior 1 / (1 + p)^POS_EXP */
#define SHORT_WORDS \
  8 /* a shorter sentence is a fragment (a tag, a caption, a filler) */
#define SHORT_FACTOR 0.3
#define NOFINAL_FACTOR 0.5
#define EDGE_CAP 32 /* edges kept per sentence towards later sentences */
#define DUP_COS 0.2 /* edges at least this similar are kept first */
/* The TextRank length of node m: its unigram terms. */
#define TR_LEN(m) k->nuni[m]

/* The tuned profiles: one document (BBC DEV) and several (MultiLing DEV).
   A weight left negative in the options takes the profile's value. */
typedef struct profile {
  double lead, centrality, headline, coverage, redundancy;
  double focus;     /* weight of the overlap with the focus query */
  double toll;      /* added to a sentence that reports a casualty count */
  int facts;        /* a sentence that repeats a chosen one's fact is out */
  double graph_tr;  /* share of the overlap similarity in edge weights */
  double tele_mix;  /* share of the position prior in the teleport vector */
  double len_exp;   /* gain per (length ^ len_exp) under length budgets */
  double frequency; /* weight of the mean input frequency of its words */
} profile;

/* The focus weight 1 matches the top centrality (ranks are divided by the
   highest): a sentence with every query word outranks one without any
   unless it is far less central. */
static const profile single_doc = {0,    1, 0,   0,   0.5, 1,
                                   0.25, 0, 0.7, 0.3, 0,   0.4};
static const profile multi_doc = {2, 1, 0.25, 1, 0.3, 1, 0, 1, 0, 0.3, 0.2, 0};
#define PR_ITER_MAX 50
#define PR_TOL \
  1e-4 /* L1 change of a distribution: far below what reorders picks */

struct lede_summarizer {
  lede_summary_options opts;
  lede_terms terms;   /* stemmer, term dictionary, token cache */
  lede_vec sents;     /* lede_sent */
  lede_vec sflags;    /* uint8_t: LEDE_SF_* bits of each sentence */
  lede_vec doc_first; /* uint32_t: each document's first sentence */
  lede_vec tws;       /* lede_tw, raw counts */
  lede_vec title_ids; /* uint32_t: every document's headline terms */
  lede_vec title_off; /* uint32_t: start of each document's in title_ids */
  lede_vec focus_ids; /* uint32_t: the focus query's terms, sorted */
  lede_vec toll_ids;  /* uint32_t: the toll's words, when the focus asks */
  uint32_t ndocs;
};

/* ------------------------------------------------------------ options */

void lede_summary_options_init(lede_summary_options *o) {
  o->method = LEDE_METHOD_RANK;
  o->budget = LEDE_BUDGET_DEFAULT;
  o->amount = 0;
  o->separator = 1;
  o->lead = -1; /* negative: the tuned profile's value */
  o->centrality = -1;
  o->headline = -1;
  o->coverage = -1;
  o->redundancy = -1;
  o->focus = NULL;
  o->focus_len = 0;
  o->focus_weight = -1;
  memset(o->language, 0, sizeof o->language);
  memcpy(o->language, "en", 2);
}

/* The language the options name (NULL: not a NUL-terminated known code). */
static const lede_language *options_language(const lede_summary_options *o) {
  const char *end = (const char *)memchr(o->language, 0, sizeof o->language);
  return end ? lede_language_find(o->language, (size_t)(end - o->language))
             : NULL;
}

/* A weight: negative (the default) or in [0, 1e6]; never NaN. */
static int weight_ok(double w) { return w < 0 || (w >= 0 && w <= 1e6); }

/* A count: a whole number >= 1 (HUGE_VAL or any huge one: no limit). */
static int count_ok(double a) {
  return a == HUGE_VAL || (a >= 1 && floor(a) == a);
}

/* The one check of every option (the Lua binding reports through it):
   NULL when *o is valid, else the name of the first bad field with what it
   expects in *expected. */
const char *lede_summary_options_problem(const lede_summary_options *o,
                                         const char **expected) {
  static const char *const weights = "number in [0, 1e6]";
  const char *dummy;
  if (!expected) expected = &dummy;
  *expected = NULL;
  if (!o) return *expected = "options", "options";
  if (o->method != LEDE_METHOD_RANK && o->method != LEDE_METHOD_LEAD)
    return *expected = "'rank' or 'lead'", "method";
  if (o->budget < LEDE_BUDGET_DEFAULT || o->budget > LEDE_BUDGET_RATIO)
    return *expected = "a budget kind", "budget";
  if (o->budget == LEDE_BUDGET_RATIO && !(o->amount > 0 && o->amount <= 1))
    return *expected = "number in (0, 1]", "amount";
  if (o->budget != LEDE_BUDGET_RATIO && o->budget != LEDE_BUDGET_DEFAULT &&
      !count_ok(o->amount))
    return *expected = "positive integer", "amount";
  if (o->separator > 1000000000u)
    return *expected = "integer in [0, 1e9]", "separator";
  if (!weight_ok(o->lead)) return *expected = weights, "lead";
  if (!weight_ok(o->centrality)) return *expected = weights, "centrality";
  if (!weight_ok(o->headline)) return *expected = weights, "headline";
  if (!weight_ok(o->coverage)) return *expected = weights, "coverage";
  if (!weight_ok(o->focus_weight)) return *expected = weights, "focus_weight";
  if (!(o->redundancy < 0 || (o->redundancy > 0 && o->redundancy <= 1)))
    return *expected = "number in (0, 1]", "redundancy";
  if (!o->focus && o->focus_len > 0) return *expected = "string", "focus";
  if (o->focus_len > LEDE_MAX_INPUT)
    return *expected = "shorter string", "focus";
  if (!options_language(o))
    return *expected = "a language of lexicon/languages.tsv", "language";
  return NULL;
}

int lede_summary_options_check(const lede_summary_options *o) {
  return lede_summary_options_problem(o, NULL) ? LEDE_ERR_ARG : LEDE_OK;
}

/* ------------------------------------------------------------ object */

/* Words of a query about the toll ("casualties", "killed", "injured"):
   one of them in a focus brings in all, since a report of the toll says
   "killed" or "wounded" where the reader asks for "casualties". */
static const char CASUALTY_WORDS[] =
    "casualties killed dead deaths died injured injuries wounded toll "
    "victims missing";

/* The focus query's terms into s->focus_ids, and the toll's words into
   s->toll_ids when it asks about the toll. */
static int add_focus(lede_summarizer *s, const char *focus, size_t len) {
  size_t i, j;
  int status, toll = 0;
  if (!focus || len == 0) return LEDE_OK;
  status = lede_analyze_title(focus, len, &s->terms, &s->focus_ids);
  if (status == LEDE_OK)
    status = lede_analyze_title(CASUALTY_WORDS, sizeof CASUALTY_WORDS - 1,
                                &s->terms, &s->toll_ids);
  for (i = 0; status == LEDE_OK && i < s->toll_ids.count && !toll; i++)
    for (j = 0; j < s->focus_ids.count; j++)
      if (((uint32_t *)s->toll_ids.items)[i] ==
          ((uint32_t *)s->focus_ids.items)[j])
        toll = 1;
  if (!toll) s->toll_ids.count = 0;
  return status;
}

lede_summarizer *lede_summarizer_new(const lede_summary_options *opts,
                                     int *status) {
  lede_summarizer *s;
  lede_summary_options def;
  int st = LEDE_OK;
  if (!opts) {
    lede_summary_options_init(&def);
    opts = &def;
  }
  if (lede_summary_options_check(opts) != LEDE_OK) {
    if (status) *status = LEDE_ERR_ARG;
    return NULL;
  }
  s = (lede_summarizer *)calloc(1, sizeof *s);
  if (!s) st = LEDE_ERR_NOMEM;
  if (s) {
    s->opts = *opts;
    lede_vec_init(&s->sents, sizeof(lede_sent));
    lede_vec_init(&s->sflags, 1);
    lede_vec_init(&s->doc_first, sizeof(uint32_t));
    lede_vec_init(&s->tws, sizeof(lede_tw));
    lede_vec_init(&s->title_ids, sizeof(uint32_t));
    lede_vec_init(&s->title_off, sizeof(uint32_t));
    lede_vec_init(&s->focus_ids, sizeof(uint32_t));
    lede_vec_init(&s->toll_ids, sizeof(uint32_t));
    s->opts.focus = NULL; /* not kept: its terms are */
    s->opts.focus_len = 0;
    if (lede_terms_init(&s->terms, options_language(&s->opts)) != LEDE_OK ||
        add_focus(s, opts->focus, opts->focus_len) != LEDE_OK) {
      lede_summarizer_free(s);
      s = NULL;
      st = LEDE_ERR_NOMEM;
    }
  }
  if (status) *status = st;
  return s;
}

void lede_summarizer_free(lede_summarizer *s) {
  if (!s) return;
  lede_terms_free(&s->terms);
  lede_vec_free(&s->sents);
  lede_vec_free(&s->sflags);
  lede_vec_free(&s->doc_first);
  lede_vec_free(&s->tws);
  lede_vec_free(&s->title_ids);
  lede_vec_free(&s->title_off);
  lede_vec_free(&s->focus_ids);
  lede_vec_free(&s->toll_ids);
  free(s);
}

int lede_summarizer_use_cache(lede_summarizer *s, lede_word_cache *cache) {
  if (!s) return LEDE_ERR_ARG;
  s->terms.words = cache;
  return LEDE_OK;
}

/* Adds one document made of the pieces text[parts[i].start, parts[i].end)
   (checked: in order, inside text), reported at `base` + their offsets. */
static int add_doc(lede_summarizer *s, const char *text, size_t len,
                   size_t base, const lede_span *parts, size_t nparts,
                   const char *title, size_t title_len) {
  size_t sents0, tws0, titles0, i;
  uint32_t off, first;
  int status;
  if (!s || (!text && len > 0) || (!title && title_len > 0) ||
      (!parts && nparts > 0))
    return LEDE_ERR_ARG;
  if (len > LEDE_MAX_INPUT || base > LEDE_MAX_INPUT - len ||
      title_len > LEDE_MAX_INPUT || s->ndocs == UINT32_MAX)
    return LEDE_ERR_TOOBIG;
  for (i = 0; i < nparts; i++)
    if (parts[i].start > parts[i].end || parts[i].end > len ||
        (i > 0 && parts[i].start < parts[i - 1].end))
      return LEDE_ERR_ARG;
  sents0 = s->sents.count;
  tws0 = s->tws.count;
  titles0 = s->title_ids.count;
  off = (uint32_t)titles0;
  first = (uint32_t)sents0;
  if (s->tws.count > UINT32_MAX / 2) return LEDE_ERR_TOOBIG;
  status = lede_vec_push(&s->title_off, &off) == 0 &&
                   lede_vec_push(&s->doc_first, &first) == 0
               ? LEDE_OK
               : LEDE_ERR_NOMEM;
  if (status == LEDE_OK) {
    size_t body = 0;
    for (i = 0; i < nparts; i++) body += parts[i].end - parts[i].start;
    status =
        lede_terms_reserve(&s->terms, body, &s->sents, &s->sflags, &s->tws);
  }
  if (status == LEDE_OK && title_len > 0)
    status = lede_analyze_title(title, title_len, &s->terms, &s->title_ids);
  for (i = 0; status == LEDE_OK && i < nparts; i++) {
    uint32_t a = parts[i].start;
    status = lede_analyze_doc(text + a, parts[i].end - a, (uint32_t)base + a,
                              &s->terms, &s->sents, &s->sflags, &s->tws);
  }
  /* the document's casualty counts, read in one pass over the few
     sentences that may give one */
  if (status == LEDE_OK)
    status = lede_analyze_tolls(text, (uint32_t)base, &s->terms, &s->sents,
                                &s->sflags, &s->tws);
  s->terms.tolls.count = 0;
  if (status != LEDE_OK) { /* leave the summarizer as it was */
    s->sents.count = sents0;
    s->sflags.count = sents0;
    s->tws.count = tws0;
    s->title_ids.count = titles0;
    if (s->title_off.count > s->ndocs) s->title_off.count = s->ndocs;
    if (s->doc_first.count > s->ndocs) s->doc_first.count = s->ndocs;
    return status;
  }
  s->ndocs++;
  return LEDE_OK;
}

int lede_summarizer_add(lede_summarizer *s, const char *body, size_t len,
                        size_t base, const char *title, size_t title_len) {
  lede_span whole;
  if (len > LEDE_MAX_INPUT) return LEDE_ERR_TOOBIG;
  whole.start = 0;
  whole.end = (uint32_t)len;
  return add_doc(s, body, len, base, &whole, 1, title, title_len);
}

int lede_summarizer_add_parts(lede_summarizer *s, const char *text, size_t len,
                              const lede_span *parts, size_t nparts,
                              const char *title, size_t title_len) {
  return add_doc(s, text, len, 0, parts, nparts, title, title_len);
}

/* ------------------------------------------------------------ sentences */

/* Sentence i's term entries: T[terms_of(s, i), terms_end(s, i)). */
static size_t terms_end(const lede_summarizer *s, size_t i) {
  const lede_sent *S = (const lede_sent *)s->sents.items;
  return i + 1 < s->sents.count ? S[i + 1].terms : s->tws.count;
}

static size_t nterms_of(const lede_summarizer *s, size_t i) {
  return terms_end(s, i) - ((const lede_sent *)s->sents.items)[i].terms;
}

/* The document of sentence i: the last one whose first sentence is at or
   before i (a document without sentences shares its first index with the
   next one). */
static uint32_t doc_of(const lede_summarizer *s, size_t i) {
  const uint32_t *first = (const uint32_t *)s->doc_first.items;
  uint32_t lo = 0, hi = s->ndocs; /* the answer is in [lo, hi) */
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (first[mid] <= i)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

/* Sentence i's index within its document. */
static uint32_t pos_of(const lede_summarizer *s, size_t i) {
  return (uint32_t)(i - ((const uint32_t *)s->doc_first.items)[doc_of(s, i)]);
}

static uint8_t flags_of(const lede_summarizer *s, size_t i) {
  return ((const uint8_t *)s->sflags.items)[i];
}

/* ------------------------------------------------------------ budget */

typedef struct budget {
  int kind;
  uint64_t limit;
  size_t sep;
  uint64_t used; /* sentences, words or bytes so far */
  size_t picked;
  int fill; /* a count of sentences or a ratio: fragments may fill it */
} budget;

static uint64_t clamp_amount(double a) {
  if (a >= 1.8e19) return UINT64_MAX;
  return (uint64_t)a;
}

static void budget_init(budget *b, const lede_summary_options *o,
                        uint32_t ndocs, uint64_t total_words) {
  b->kind = o->budget;
  b->sep = o->separator;
  b->used = 0;
  b->picked = 0;
  b->fill = o->budget == LEDE_BUDGET_DEFAULT ||
            o->budget == LEDE_BUDGET_SENTENCES ||
            o->budget == LEDE_BUDGET_RATIO;
  switch (o->budget) {
  case LEDE_BUDGET_DEFAULT:
    b->kind = LEDE_BUDGET_SENTENCES;
    b->limit = ndocs > 1 ? 5 : 3;
    break;
  case LEDE_BUDGET_RATIO:
    b->kind = LEDE_BUDGET_WORDS;
    b->limit = (uint64_t)floor(o->amount * (double)total_words + 1e-9);
    break;
  default: b->limit = clamp_amount(o->amount);
  }
}

/* The cost of sentence s under the budget. */
static uint64_t budget_cost(const budget *b, const lede_sent *s) {
  switch (b->kind) {
  case LEDE_BUDGET_WORDS: return s->words;
  case LEDE_BUDGET_BYTES:
    return (uint64_t)(s->end - s->start) + (b->picked > 0 ? b->sep : 0);
  default: return 1;
  }
}

static int budget_fits(const budget *b, const lede_sent *s) {
  uint64_t c = budget_cost(b, s);
  return b->used <= b->limit && c <= b->limit - b->used;
}

static int budget_full(const budget *b) {
  if (b->used >= b->limit) return 1;
  return 0;
}

static void budget_take(budget *b, const lede_sent *s) {
  b->used += budget_cost(b, s);
  b->picked++;
}

/* ------------------------------------------------------------ picks */

static int cmp_pick(const void *a, const void *b) {
  const lede_pick *x = (const lede_pick *)a, *y = (const lede_pick *)b;
  if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

static void make_pick(lede_pick *p, const lede_summarizer *s, size_t i,
                      double score) {
  const lede_sent *x = (const lede_sent *)s->sents.items + i;
  p->doc = doc_of(s, i);
  p->index = pos_of(s, i);
  p->start = x->start;
  p->end = x->end;
  p->words = x->words;
  p->score = score;
}

static double position_prior(uint32_t pos) {
  return 1.0 / pow(1.0 + (double)pos, POS_EXP);
}

/* The lead baseline: first sentences of every document in turn (all first
   sentences, then all second ones ...), skipping any that does not fit. */
static int summarize_lead(const lede_summarizer *s, budget *b, lede_vec *out) {
  const lede_sent *S = (const lede_sent *)s->sents.items;
  size_t n = s->sents.count, *first, *cur, placed = 0;
  uint32_t d, round;
  int status = LEDE_OK;
  if (n == 0) return LEDE_OK;
  first = (size_t *)calloc((size_t)s->ndocs + 1, sizeof *first);
  cur = (size_t *)calloc((size_t)s->ndocs + 1, sizeof *cur);
  if (!first || !cur) {
    free(first);
    free(cur);
    return LEDE_ERR_NOMEM;
  }
  for (d = 0; d < s->ndocs; d++)
    first[d] = ((const uint32_t *)s->doc_first.items)[d];
  first[s->ndocs] = n;
  for (d = 0; d < s->ndocs; d++) cur[d] = first[d];
  for (round = 0; placed < n && !budget_full(b); round++) {
    for (d = 0; d < s->ndocs && !budget_full(b); d++) {
      const lede_sent *x;
      size_t at;
      if (cur[d] >= first[d + 1]) continue;
      at = cur[d]++;
      x = &S[at];
      placed++;
      if (budget_fits(b, x)) {
        lede_pick p;
        make_pick(&p, s, at, position_prior((uint32_t)(at - first[d])));
        if (lede_vec_push(out, &p) != 0) {
          status = LEDE_ERR_NOMEM;
          break;
        }
        budget_take(b, x);
      }
    }
    if (status != LEDE_OK) break;
  }
  free(first);
  free(cur);
  return status;
}

/* ------------------------------------------------------------ rank */

/* The posting lists: for each term, the sentences that have it, in order
   (post_sent), and the term's count in each (post_count) when it is below
   COUNT_BIG; a larger count is read from the sentence's own terms.  Five
   bytes an entry rather than twelve.  The weights are not
   stored: the tf-idf is (float)(count * idf) and the overlap count is the
   count for a unigram, 0 for a bigram, both computed where they are read. */
#define COUNT_BIG 255

/* A candidate edge from a sentence i to a later sentence j, while i's
   strongest edges are chosen. */
typedef struct cand {
  uint32_t j;
  float w;   /* graph weight (overlap over log lengths) */
  float cos; /* tf-idf cosine, for redundancy */
} cand;

/* A kept edge from a node i (implicit: edges are grouped by i) to a
   later node j.  Selection only asks whether a cosine reaches the
   redundancy threshold, so that answer is kept as a bit of j instead of
   the cosine (eight bytes an edge, not twelve). */
#define EDGE_DUP 0x80000000u /* the cosine reaches the redundancy threshold */
#define EDGE_END 0x7fffffffu /* the node */
typedef struct edge {
  uint32_t j; /* node | EDGE_DUP */
  float w;
} edge;

typedef struct heap_item {
  double gain;
  uint32_t idx;   /* the node */
  uint32_t stamp; /* number of picks when the gain was computed */
} heap_item;

/* Scratch of one lede_summarize() call; everything freed by work_free.

   The graph's nodes are the sentences that have terms, numbered in text
   order (act[] maps a node to its sentence); the arrays of the ranking
   are per node.  A sentence without terms has no edge: its PageRank is
   the teleport weight times what every iteration hands all nodes alike,
   its coverage gain is nothing, it is never redundant.  So its rank,
   score and gain are computed from its position when needed (the same
   expressions, so the same numbers, as when they were arrays of every
   sentence), and it costs no memory until selection (a text of
   a million one-word sentences within 8x its size). */
typedef struct work {
  profile p; /* the options' weights, defaults resolved */
  size_t n, nt;
  size_t na;     /* nodes: sentences with terms */
  uint32_t *act; /* the sentence of each node */
  uint32_t *df_sent, *df_doc, *last_doc;
  double *idf;  /* of each term; tf-idf = (float)(count * idf) */
  double *norm; /* of each node */
  uint32_t *post_off;
  uint32_t *post_sent; /* nodes */
  uint8_t *post_count;
  uint32_t *fwd_off; /* edges of node i: fwd[fwd_off[i], fwd_off[i+1]) */
  edge *fwd;
  double *share;
  unsigned char *uni; /* 1 for unigram terms, 0 for bigrams */
  uint32_t *nuni;     /* unigram terms of each node */
  double *deg, *rank, *next, *tele, *score; /* of each node */
  double *freq;  /* of each node: the mean df of its unigram terms */
  double ftop;   /* the highest freq */
  double *ltele; /* the teleport weight of each sentence without terms, in
                    text order (from centrality to selection) */
  double tsum;   /* the teleport weights' sum, before they are normalized */
  double dlast;  /* the dangling rank of the last PageRank iteration */
  double top;    /* the highest rank of any sentence */
  unsigned char *mark; /* MARK_* bits of each node, during selection */
  float *cw;           /* concept weights */
  unsigned char *covered;
} work;

/* Frees *p and clears it: each phase lets go of what the next ones do not
   read, so that the peak is one phase's, not the sum of all. */
static void drop(void *pp) {
  void **p = (void **)pp;
  free(*p);
  *p = NULL;
}

static void work_free(work *k) {
  drop(&k->act);
  drop(&k->ltele);
  drop(&k->df_sent);
  drop(&k->df_doc);
  drop(&k->last_doc);
  drop(&k->idf);
  drop(&k->norm);
  drop(&k->post_off);
  drop(&k->post_sent);
  drop(&k->post_count);
  drop(&k->fwd_off);
  drop(&k->fwd);
  drop(&k->share);
  drop(&k->uni);
  drop(&k->nuni);
  drop(&k->deg);
  drop(&k->rank);
  drop(&k->next);
  drop(&k->tele);
  drop(&k->score);
  drop(&k->freq);
  drop(&k->mark);
  drop(&k->cw);
  drop(&k->covered);
}

/* The tf-idf weight of term entry t, computed the same way every time. */
static float tfidf(const work *k, const lede_tw *t) {
  return (float)((double)t->w * k->idf[t->id]);
}

/* The mean frequency of each node's words in the input (SumBasic): the
   sentences that have each of its unigram terms, averaged over its
   unigram occurrences. */
static int frequencies(const lede_summarizer *s, work *k) {
  const lede_sent *S = (const lede_sent *)s->sents.items;
  const lede_tw *T = (const lede_tw *)s->tws.items;
  size_t m, q, qe;
  k->freq = (double *)calloc(k->na + 1, sizeof(double));
  if (!k->freq) return LEDE_ERR_NOMEM;
  k->ftop = 0;
  for (m = 0; m < k->na; m++) {
    size_t i = k->act[m];
    double sum = 0;
    for (q = S[i].terms, qe = terms_end(s, i); q < qe; q++)
      if (k->uni[T[q].id]) sum += (double)T[q].w * (double)k->df_sent[T[q].id];
    if (k->nuni[m] > 0) k->freq[m] = sum / (double)k->nuni[m];
    if (k->freq[m] > k->ftop) k->ftop = k->freq[m];
  }
  if (k->ftop <= 0) k->ftop = 1;
  return LEDE_OK;
}

/* Document frequencies, tf-idf weights, vector norms, postings. */
static int weigh_terms(const lede_summarizer *s, work *k) {
  const lede_sent *S = (const lede_sent *)s->sents.items;
  const lede_tw *T = (const lede_tw *)s->tws.items;
  size_t n = k->n, nt = k->nt, ntw = s->tws.count, i, q, qe, m, na = 0;
  uint32_t *fill;
  for (i = 0; i < n; i++)
    if (nterms_of(s, i) > 0) na++;
  k->na = na;
  k->act = (uint32_t *)malloc((na + 1) * sizeof(uint32_t));
  k->df_sent = (uint32_t *)calloc(nt + 1, sizeof(uint32_t));
  k->df_doc = (uint32_t *)calloc(nt + 1, sizeof(uint32_t));
  k->last_doc = (uint32_t *)calloc(nt + 1, sizeof(uint32_t));
  k->idf = (double *)malloc((nt + 1) * sizeof(double));
  k->norm = (double *)calloc(na + 1, sizeof(double));
  k->post_off = (uint32_t *)calloc(nt + 2, sizeof(uint32_t));
  k->post_sent = (uint32_t *)malloc((ntw + 1) * sizeof(uint32_t));
  k->post_count = (uint8_t *)malloc(ntw + 1);
  k->uni = (unsigned char *)malloc(nt + 1);
  k->nuni = (uint32_t *)calloc(na + 1, sizeof(uint32_t));
  if (!k->act || !k->df_sent || !k->df_doc || !k->last_doc || !k->idf ||
      !k->norm || !k->post_off || !k->post_sent || !k->post_count || !k->uni ||
      !k->nuni)
    return LEDE_ERR_NOMEM;
  for (i = 0, m = 0; i < n; i++)
    if (nterms_of(s, i) > 0) k->act[m++] = (uint32_t)i;
  {
    const uint32_t *offs = (const uint32_t *)s->terms.dict.offs.items;
    const char *bytes = (const char *)s->terms.dict.bytes.items;
    for (q = 0; q < nt; q++) k->uni[q] = bytes[offs[q]] != LEDE_BIGRAM_MARK;
  }
  for (m = 0; m < na; m++) {
    uint32_t d;
    i = k->act[m];
    d = doc_of(s, i);
    for (q = S[i].terms, qe = terms_end(s, i); q < qe; q++) {
      uint32_t t = T[q].id;
      k->df_sent[t]++;
      if (k->last_doc[t] != d + 1) {
        k->last_doc[t] = d + 1;
        k->df_doc[t]++;
      }
    }
  }
  {
    /* the idf of each count of sentences up to n, once: most terms are in
       one or two sentences, and log was a tenth of ranking a short
       article.  A count can pass n (a sentence that gives one toll twice
       lists its term twice): that one is computed each time. */
    double *by_df = (double *)calloc(n + 1, sizeof(double));
    if (!by_df) return LEDE_ERR_NOMEM;
    for (q = 0; q < nt; q++) {
      uint32_t df = k->df_sent[q];
      if (df > n)
        k->idf[q] = log(((double)n + 1.0) / (double)df);
      else if (df == 0)
        k->idf[q] = 0;
      else {
        if (by_df[df] == 0) /* the log of more than 1: never 0 */
          by_df[df] = log(((double)n + 1.0) / (double)df);
        k->idf[q] = by_df[df];
      }
    }
    free(by_df);
  }
  for (m = 0; m < na; m++) {
    double sum = 0;
    i = k->act[m];
    for (q = S[i].terms, qe = terms_end(s, i); q < qe; q++) {
      double w = (double)T[q].w * k->idf[T[q].id];
      if (k->uni[T[q].id]) k->nuni[m] += (uint32_t)T[q].w;
      sum += w * w;
    }
    k->norm[m] = sqrt(sum);
  }
  if (frequencies(s, k) != LEDE_OK) return LEDE_ERR_NOMEM;
  for (q = 0; q < nt; q++) k->post_off[q + 1] = k->post_off[q] + k->df_sent[q];
  fill = k->last_doc; /* reused as the fill cursor of each posting list */
  memcpy(fill, k->post_off, nt * sizeof(uint32_t));
  for (m = 0; m < na; m++) {
    i = k->act[m];
    for (q = S[i].terms, qe = terms_end(s, i); q < qe; q++) {
      uint32_t at = fill[T[q].id]++;
      k->post_sent[at] = (uint32_t)m;
      k->post_count[at] = T[q].w < COUNT_BIG ? (uint8_t)T[q].w : COUNT_BIG;
    }
  }
  return LEDE_OK;
}

/* The count of term t in sentence j (which has it): a binary search of the
   sentence's terms, which are sorted by id. */
static float count_of(const lede_summarizer *s, uint32_t j, uint32_t t) {
  const lede_sent *x = (const lede_sent *)s->sents.items + j;
  const lede_tw *T = (const lede_tw *)s->tws.items + x->terms;
  size_t lo = 0, hi = nterms_of(s, j);
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (T[mid].id <= t)
      lo = mid;
    else
      hi = mid;
  }
  return T[lo].w;
}

/* What node i has in common with a later node j, while i's posting lists
   are walked; one record per j keeps it in one cache line. */
typedef struct accum {
  uint32_t mark; /* i + 1 when the record belongs to sentence i */
  float ov;      /* shared content words (counts multiplied) */
  double dot;    /* tf-idf dot product */
} accum;

/* Near duplicates first (selection needs their cosine), then by weight,
   then by sentence so that the order is total. */
static int cmp_edge(const void *a, const void *b) {
  const cand *x = (const cand *)a, *y = (const cand *)b;
  int dx = x->cos >= DUP_COS, dy = y->cos >= DUP_COS;
  if (dx != dy) return dy - dx;
  if (x->w != y->w) return x->w > y->w ? -1 : 1;
  return (x->j > y->j) - (x->j < y->j);
}

static void swap_edge(cand *a, cand *b) {
  cand t = *a;
  *a = *b;
  *b = t;
}

/* Moves the k first edges in cmp_edge order to e[0, k), in any order:
   quickselect with a median-of-three pivot, O(m) on average (a full sort
   here was most of the cost on long inputs). */
static void select_edges(cand *e, size_t m, size_t k) {
  size_t lo = 0, hi = m; /* the k-th lies in [lo, hi) */
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2, i, store;
    if (cmp_edge(&e[mid], &e[lo]) < 0) swap_edge(&e[mid], &e[lo]);
    if (cmp_edge(&e[hi - 1], &e[lo]) < 0) swap_edge(&e[hi - 1], &e[lo]);
    if (cmp_edge(&e[hi - 1], &e[mid]) < 0) swap_edge(&e[hi - 1], &e[mid]);
    swap_edge(&e[mid], &e[hi - 1]); /* the median is the pivot, at hi-1 */
    store = lo;
    for (i = lo; i < hi - 1; i++)
      if (cmp_edge(&e[i], &e[hi - 1]) < 0) swap_edge(&e[i], &e[store++]);
    swap_edge(&e[store], &e[hi - 1]);
    if (store == k || store + 1 == k) return;
    if (store > k)
      hi = store;
    else
      lo = store + 1;
  }
}

/* Do sentences i and j (which share a term) state the same fact in other
   words: most of the names, numbers, dates and casualty counts of the one
   with fewer of them are the other's too (at least FACT_MIN of them, one at
   least a number, date or count), none of its numbers or dates is missing
   from the other, and they share some wording (a cosine of FACT_COS)?
   "Netanyahu appointed Sharon foreign minister on Friday" and "On Friday Prime
   Minister Benjamin Netanyahu named Ariel Sharon as his foreign minister" do; a
   toll that rose from 8 to 12 is news, not a repeat. */
#define FACT_MIN 3
#define FACT_COS 0.2
static int same_fact(const lede_summarizer *s, size_t i, size_t j, double cos) {
  const lede_tw *T = (const lede_tw *)s->tws.items;
  size_t p = ((const lede_sent *)s->sents.items)[i].terms, pe = terms_end(s, i);
  size_t q = ((const lede_sent *)s->sents.items)[j].terms, qe = terms_end(s, j);
  size_t fi = 0, fj = 0, xi = 0, xj = 0, shared = 0, xshared = 0;
  const unsigned facts = LEDE_TK_NAME | LEDE_TK_NUMBER | LEDE_TK_TOLL;
  const unsigned counts = LEDE_TK_NUMBER | LEDE_TK_TOLL;
  if (cos < FACT_COS) return 0;
  while (p < pe || q < qe) {
    uint32_t a = p < pe ? T[p].id : UINT32_MAX,
             b = q < qe ? T[q].id : UINT32_MAX;
    uint32_t id = a < b ? a : b;
    unsigned kind = lede_term_kind(&s->terms, id) & facts;
    if (kind) {
      int in_i = a == id, in_j = b == id, count = (kind & counts) != 0;
      fi += (size_t)in_i;
      fj += (size_t)in_j;
      if (count) {
        xi += (size_t)in_i;
        xj += (size_t)in_j;
      }
      if (in_i && in_j) {
        shared++;
        xshared += (size_t)count;
      }
    }
    if (a == id) p++;
    if (b == id) q++;
  }
  if (shared < FACT_MIN || 4 * shared < 3 * (fi < fj ? fi : fj)) return 0;
  return xshared >= 1 && xshared == (xi < xj ? xi : xj);
}

/* The similarity graph through the inverted index, as symmetric CSR.
   Every pair of sentences that shares a term is an edge, except that a
   very common term only pairs neighbours in its posting list, and each
   sentence keeps at most EDGE_CAP edges towards later sentences: memory
   and time stay linear in the input. */
static int build_graph(const lede_summarizer *s, work *k) {
  const lede_sent *S = (const lede_sent *)s->sents.items;
  const lede_tw *T = (const lede_tw *)s->tws.items;
  size_t n = k->na, i, q, c; /* nodes */
  accum *acc = (accum *)calloc(n + 1, sizeof(accum));
  /* seen[t]: how many sentences before the current one contain term t,
     which is the current sentence's place in t's posting list (sentences
     are visited in order), so no search is needed. */
  uint32_t *seen = (uint32_t *)calloc(k->nt + 1, sizeof(uint32_t));
  lede_vec touched, cands, edges;
  int status = LEDE_OK;
  double *loglen = (double *)malloc((n + 1) * sizeof(double));
  lede_vec_init(&touched, sizeof(uint32_t));
  lede_vec_init(&cands, sizeof(cand));
  lede_vec_init(&edges, sizeof(edge));
  if (!acc || !loglen || !seen) status = LEDE_ERR_NOMEM;
  if (n > EDGE_END) status = LEDE_ERR_TOOBIG; /* a sentence needs 31 bits */
  /* Each sentence adds at most EDGE_CAP edges: reserve them at once
     rather than grow (and copy) a vector several times its final size
     (pages never written cost no memory). */
  if (status == LEDE_OK &&
      lede_vec_reserve(&edges, n * (n - 1 < EDGE_CAP ? n - 1 : EDGE_CAP) + 1) !=
          0)
    status = LEDE_ERR_NOMEM;
  for (i = 0; status == LEDE_OK && i < n; i++)
    loglen[i] = k->nuni[i] > 1 ? log((double)TR_LEN(i)) : 0;
  k->fwd_off = (uint32_t *)malloc((n + 1) * sizeof(uint32_t));
  if (!k->fwd_off) status = LEDE_ERR_NOMEM;
  for (i = 0; status == LEDE_OK && i < n; i++) {
    const cand *cv;
    size_t si = k->act[i], qe = terms_end(s, si);
    k->fwd_off[i] = (uint32_t)edges.count;
    touched.count = 0;
    cands.count = 0;
    if (k->norm[i] <= 0) { /* no weight; keep the cursors right anyway */
      for (q = S[si].terms; q < qe; q++) seen[T[q].id]++;
      continue;
    }
    for (q = S[si].terms; q < qe; q++) {
      const uint32_t *ps = k->post_sent + k->post_off[T[q].id];
      const uint8_t *pc = k->post_count + k->post_off[T[q].id];
      size_t np = k->post_off[T[q].id + 1] - k->post_off[T[q].id];
      size_t from = (size_t)seen[T[q].id]++ + 1, to = np, r;
      double wi = tfidf(k, &T[q]), idf = k->idf[T[q].id];
      int uni = k->uni[T[q].id];
      float u = uni ? T[q].w : 0;
      if (np > POSTING_CAP && from + POSTING_CAP / 2 < np)
        to = from + POSTING_CAP / 2;
      for (r = from; r < to; r++) {
        uint32_t j = ps[r];
        float count =
            pc[r] < COUNT_BIG ? (float)pc[r] : count_of(s, k->act[j], T[q].id);
        accum *a = &acc[j];
        if (a->mark != i + 1) {
          a->mark = (uint32_t)i + 1;
          a->dot = 0;
          a->ov = 0;
          if (lede_vec_push(&touched, &j) != 0) {
            status = LEDE_ERR_NOMEM;
            break;
          }
        }
        a->dot += wi * (float)((double)count * idf);
        a->ov += u * (uni ? count : 0);
      }
      if (status != LEDE_OK) break;
    }
    for (q = 0; status == LEDE_OK && q < touched.count; q++) {
      uint32_t j = ((const uint32_t *)touched.items)[q];
      double sim, tr = 0, w;
      if (k->norm[j] <= 0) continue;
      sim = acc[j].dot / (k->norm[i] * k->norm[j]);
      if (sim > 1) sim = 1;
      if (k->nuni[i] > 1 && k->nuni[j] > 1)
        tr = acc[j].ov / (loglen[i] + loglen[j]);
      w = k->p.graph_tr * tr + (1 - k->p.graph_tr) * sim;
      if (sim >= EDGE_MIN || tr > 0) {
        cand cd;
        cd.j = j;
        cd.w = (float)w;
        cd.cos = (float)sim;
        if (lede_vec_push(&cands, &cd) != 0) status = LEDE_ERR_NOMEM;
      }
    }
    if (status != LEDE_OK) break;
    if (cands.count > EDGE_CAP) { /* keep the strongest */
      select_edges((cand *)cands.items, cands.count, EDGE_CAP);
      cands.count = EDGE_CAP;
    }
    cv = (const cand *)cands.items;
    for (c = 0; c < cands.count; c++) {
      edge ed;
      int dup = (double)cv[c].cos >= k->p.redundancy ||
                (k->p.facts && same_fact(s, si, k->act[cv[c].j], cv[c].cos));
      ed.j = cv[c].j | (dup ? EDGE_DUP : 0);
      ed.w = cv[c].w;
      if (lede_vec_push(&edges, &ed) != 0) {
        status = LEDE_ERR_NOMEM;
        break;
      }
    }
  }
  if (status == LEDE_OK && edges.count > UINT32_MAX / 2)
    status = LEDE_ERR_TOOBIG;
  if (status == LEDE_OK) {
    size_t ne;
    k->fwd_off[n] = (uint32_t)edges.count;
    k->fwd = (edge *)lede_vec_release(&edges, &ne);
  }
  free(acc);
  free(loglen);
  free(seen);
  lede_vec_free(&touched);
  lede_vec_free(&cands);
  lede_vec_free(&edges);
  return status;
}

/* The teleport weight of sentence i, normalized: what the teleport vector
   of every sentence held (the same operations, so the same number). */
static double tele_of(const lede_summarizer *s, const work *k, size_t i) {
  return (k->p.tele_mix * position_prior(pos_of(s, i)) + (1 - k->p.tele_mix)) /
         k->tsum;
}

/* The rank of a sentence without terms (no edge, so nothing flows in but
   the teleport and the dangling rank d) after an iteration: the nodes'
   update with an empty in-flow. */
static double lone_rank(double t, double d) {
  return (1 - DAMPING) * t + DAMPING * (0.0 + d * t);
}

/* Position-biased PageRank over the graph (power iteration).  The sums
   over all sentences (teleport, dangling rank, change) run in text order,
   sentences without terms included, as when every sentence had a slot, so
   every rank comes out the same to the last bit. */
static int centrality(const lede_summarizer *s, work *k) {
  size_t n = k->n, na = k->na, i, m, l, it, r;
  double tsum = 0, dprev = 0, first = 1.0 / (double)n;
  k->ltele = (double *)malloc((n - na + 1) * sizeof(double));
  k->deg = (double *)calloc(na + 1, sizeof(double));
  k->rank = (double *)malloc((na + 1) * sizeof(double));
  k->next = (double *)malloc((na + 1) * sizeof(double));
  k->tele = (double *)malloc((na + 1) * sizeof(double));
  k->share = (double *)malloc((na + 1) * sizeof(double));
  if (!k->deg || !k->rank || !k->next || !k->tele || !k->share || !k->ltele)
    return LEDE_ERR_NOMEM;
  for (i = 0, m = 0, l = 0; i < n; i++) {
    double t =
        k->p.tele_mix * position_prior(pos_of(s, i)) + (1 - k->p.tele_mix);
    tsum += t;
    if (m < na && k->act[m] == i) {
      k->tele[m] = t;
      for (r = k->fwd_off[m]; r < k->fwd_off[m + 1]; r++) {
        k->deg[m] += k->fwd[r].w;
        k->deg[k->fwd[r].j & EDGE_END] += k->fwd[r].w;
      }
      m++;
    } else {
      k->ltele[l++] = t;
    }
  }
  k->tsum = tsum;
  for (m = 0; m < na; m++) {
    k->tele[m] /= tsum;
    k->rank[m] = first;
  }
  for (l = 0; l < n - na; l++) k->ltele[l] /= tsum;
  for (it = 0; it < PR_ITER_MAX; it++) {
    double dangling = 0, diff = 0;
    double *tmp;
    /* the arrays in locals: the compiler cannot tell that storing a rank
       leaves k's fields alone, and these loops are most of the ranking */
    double *rank = k->rank, *next = k->next, *share = k->share;
    const double *deg = k->deg, *tele = k->tele, *ltele = k->ltele;
    const uint32_t *act = k->act, *off = k->fwd_off;
    const edge *fwd = k->fwd;
    /* node m, after the sentences without terms before it */
    for (m = 0, i = 0, l = 0;; m++, i++) {
      size_t stop = m < na ? act[m] : n;
      for (; i < stop; i++, l++) /* no edge: dangling */
        dangling += it == 0 ? first : lone_rank(ltele[l], dprev);
      if (m == na) break;
      next[m] = 0;
      if (deg[m] <= 0) {
        dangling += rank[m];
        share[m] = 0;
      } else {
        share[m] = rank[m] / deg[m];
      }
    }
    /* Each undirected edge once, both directions. */
    for (m = 0; m < na; m++) {
      double in = 0, si = share[m];
      size_t re = off[m + 1];
      for (r = off[m]; r < re; r++) {
        uint32_t j = fwd[r].j & EDGE_END;
        double w = fwd[r].w;
        next[j] += si * w;
        in += share[j] * w;
      }
      next[m] += in;
    }
    for (m = 0, i = 0, l = 0;; m++, i++) {
      size_t stop = m < na ? act[m] : n;
      double v;
      for (; i < stop; i++, l++) {
        double t = ltele[l];
        double before = it == 0 ? first : lone_rank(t, dprev);
        diff += fabs(lone_rank(t, dangling) - before);
      }
      if (m == na) break;
      v = (1 - DAMPING) * tele[m] + DAMPING * (next[m] + dangling * tele[m]);
      diff += fabs(v - rank[m]);
      next[m] = v;
    }
    tmp = k->rank;
    k->rank = k->next;
    k->next = tmp;
    dprev = k->dlast = dangling;
    if (diff < PR_TOL) break;
  }
  return LEDE_OK;
}

/* Share of the sorted term ids[a, b) that sentence i has. */
static double overlap_of(const lede_summarizer *s, size_t i,
                         const uint32_t *ids, size_t a, size_t b) {
  const lede_sent *x = (const lede_sent *)s->sents.items + i;
  const lede_tw *T = (const lede_tw *)s->tws.items;
  size_t q = x->terms, qe = terms_end(s, i), hit = 0;
  size_t na = b - a;
  if (na == 0) return 0;
  while (a < b && q < qe) {
    if (ids[a] == T[q].id) {
      hit++;
      a++;
      q++;
    } else if (ids[a] < T[q].id) {
      a++;
    } else {
      q++;
    }
  }
  return (double)hit / (double)na;
}

/* Overlap of sentence i's terms with its document's headline terms. */
static double headline_overlap(const lede_summarizer *s, size_t i) {
  uint32_t d = doc_of(s, i);
  const uint32_t *off = (const uint32_t *)s->title_off.items;
  size_t b = d + 1 < s->ndocs ? off[d + 1] : s->title_ids.count;
  return overlap_of(s, i, (const uint32_t *)s->title_ids.items, off[d], b);
}

/* Overlap of sentence i's terms with the focus query's.  A query of the
   toll counts a sentence that has any of its words as a full match. */
static double focus_overlap(const lede_summarizer *s, size_t i) {
  if (s->focus_ids.count == 0) return 0;
  if (s->toll_ids.count > 0 &&
      overlap_of(s, i, (const uint32_t *)s->toll_ids.items, 0,
                 s->toll_ids.count) > 0)
    return 1;
  return overlap_of(s, i, (const uint32_t *)s->focus_ids.items, 0,
                    s->focus_ids.count);
}

/* The score of sentence i whose rank is `rank`. */
static double score_of(const lede_summarizer *s, const work *k, size_t i,
                       double rank, double freq) {
  const lede_sent *S = (const lede_sent *)s->sents.items;
  const profile *o = &k->p;
  double q = 1, v;
  if (S[i].words < SHORT_WORDS) q *= SHORT_FACTOR;
  if (!(flags_of(s, i) & LEDE_SF_FINAL)) q *= NOFINAL_FACTOR;
  v = o->centrality * rank / k->top + o->lead * position_prior(pos_of(s, i)) +
      o->headline * headline_overlap(s, i) + o->focus * focus_overlap(s, i) +
      (flags_of(s, i) & LEDE_SF_TOLL ? o->toll : 0) +
      o->frequency * freq / k->ftop;
  return q * v;
}

/* The score of sentence i, which has no terms (so no node), and whose
   teleport weight is t. */
static double lone_score(const lede_summarizer *s, const work *k, size_t i,
                         double t) {
  return score_of(s, k, i, lone_rank(t, k->dlast), 0);
}

static void final_scores(const lede_summarizer *s, work *k) {
  size_t n = k->n, na = k->na, i, m, l;
  double top = 0;
  for (i = 0, m = 0, l = 0; i < n; i++) {
    double r;
    if (m < na && k->act[m] == i)
      r = k->rank[m++];
    else
      r = lone_rank(k->ltele[l++], k->dlast);
    if (r > top) top = r;
  }
  if (top <= 0) top = 1;
  k->top = top;
  for (m = 0; m < na; m++)
    k->score[m] = score_of(s, k, k->act[m], k->rank[m], k->freq[m]);
}

static int heap_before(const heap_item *a, const heap_item *b) {
  if (a->gain != b->gain) return a->gain > b->gain;
  return a->idx < b->idx;
}

static void heap_push(heap_item *h, size_t *n, heap_item it) {
  size_t i = (*n)++;
  while (i > 0) {
    size_t p = (i - 1) / 2;
    if (!heap_before(&it, &h[p])) break;
    h[i] = h[p];
    i = p;
  }
  h[i] = it;
}

static heap_item heap_pop(heap_item *h, size_t *n) {
  heap_item top = h[0], last = h[--(*n)];
  size_t i = 0;
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= *n) break;
    if (c + 1 < *n && heap_before(&h[c + 1], &h[c])) c++;
    if (!heap_before(&h[c], &last)) break;
    h[i] = h[c];
    i = c;
  }
  if (*n > 0) h[i] = last;
  return top;
}

/* Unit of length under the budget: sentences count 1, words and bytes
   count their length relative to the average sentence. */
static double length_unit(const budget *b, const lede_sent *x, double avg,
                          double len_exp) {
  double len;
  if (b->kind == LEDE_BUDGET_SENTENCES) return 1;
  len = b->kind == LEDE_BUDGET_BYTES ? (double)(x->end - x->start)
                                     : (double)x->words;
  if (len < 1) len = 1;
  return pow(len / avg, len_exp);
}

/* The gain of sentence i whose score is `score`. */
static double gain_of(const lede_summarizer *s, const work *k, size_t i,
                      double score, double cov_norm, const budget *b,
                      double avg) {
  const lede_sent *x = (const lede_sent *)s->sents.items + i;
  const lede_tw *T = (const lede_tw *)s->tws.items;
  double cov = 0;
  size_t q, qe = terms_end(s, i);
  for (q = x->terms; q < qe; q++)
    if (!k->covered[T[q].id]) cov += k->cw[T[q].id];
  return (score + k->p.coverage * cov / cov_norm) /
         length_unit(b, x, avg, k->p.len_exp);
}

/* Bits of work.mark. */
#define MARK_OUT 1    /* an earlier chosen node has a DUP edge to it */
#define MARK_CHOSEN 2 /* chosen */
#define MARK_WAIT 4   /* waits for a sentence it points back at */

/* Is node i too close to a chosen one (an edge with EDGE_DUP between
   them)?  Edges from earlier chosen nodes were marked when those were
   chosen; edges to later chosen ones are i's own, looked at now (rather
   than kept in a back index of every edge). */
static int redundant(const work *k, size_t i) {
  size_t r;
  if (k->mark[i] & MARK_OUT) return 1;
  for (r = k->fwd_off[i]; r < k->fwd_off[i + 1]; r++)
    if ((k->fwd[r].j & EDGE_DUP) &&
        (k->mark[k->fwd[r].j & EDGE_END] & MARK_CHOSEN))
      return 1;
  return 0;
}

/* The candidates without terms wait in a heap of their own, in the order
   the one heap of every candidate would give them (gain, then sentence):
   their gain never changes (no concept to cover) and they are never
   redundant (no edge), so twelve bytes each, in two arrays, are all they
   need (a heap_item is sixteen). */
typedef struct lone_heap {
  double *gain;
  uint32_t *idx; /* the sentence */
  size_t n;
} lone_heap;

static int lone_before(double ga, uint32_t ia, double gb, uint32_t ib) {
  if (ga != gb) return ga > gb;
  return ia < ib;
}

static void lone_sift(lone_heap *h, size_t i) {
  double g = h->gain[i];
  uint32_t x = h->idx[i];
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= h->n) break;
    if (c + 1 < h->n &&
        lone_before(h->gain[c + 1], h->idx[c + 1], h->gain[c], h->idx[c]))
      c++;
    if (!lone_before(h->gain[c], h->idx[c], g, x)) break;
    h->gain[i] = h->gain[c];
    h->idx[i] = h->idx[c];
    i = c;
  }
  h->gain[i] = g;
  h->idx[i] = x;
}

static void lone_pop(lone_heap *h) {
  if (--h->n > 0) {
    h->gain[0] = h->gain[h->n];
    h->idx[0] = h->idx[h->n];
    lone_sift(h, 0);
  }
}

/* Can sentence i stand alone in a summary?  A fragment (fewer than
   SHORT_WORDS words, a list item, unbalanced quotation marks, a lower-case
   start) is only a candidate when the budget asks for more sentences than
   the rest can give (see fill_round). */
static int is_fragment(const lede_summarizer *s, size_t i) {
  const lede_sent *x = (const lede_sent *)s->sents.items + i;
  return x->words < SHORT_WORDS || (flags_of(s, i) & LEDE_SF_FRAGMENT);
}

/* Does sentence i close a quote that its predecessor opened? */
static int needs_prev(const lede_summarizer *s, size_t i) {
  return (flags_of(s, i) & LEDE_SF_CLOSE) && pos_of(s, i) > 0;
}

/* Sentence i opens with a word that points back ("He", "But" ...): it is
   taken only when one of the NEAR sentences before it in its document is
   in the summary, which then reads just before it. */
#define NEAR 3
static int antecedent_missing(const lede_summarizer *s,
                              const unsigned char *taken, size_t i) {
  size_t pos, j;
  if (!(flags_of(s, i) & LEDE_SF_BACK)) return 0;
  pos = pos_of(s, i);
  if (pos == 0) return 0; /* a lead points at nothing before it */
  for (j = 1; j <= NEAR && j <= pos; j++)
    if (taken[i - j]) return 0;
  return 1;
}

/* Does sentence i open a quote that its successor goes on with? */
static int needs_next(const lede_summarizer *s, size_t i) {
  return (flags_of(s, i) & LEDE_SF_OPEN) && i + 1 < s->sents.count &&
         doc_of(s, i + 1) == doc_of(s, i);
}

/* The node of sentence i, or NO_NODE when it has no terms. */
#define NO_NODE ((size_t)-1)
static size_t node_of(const work *k, size_t i) {
  size_t lo = 0, hi = k->na;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (k->act[mid] < i)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < k->na && k->act[lo] == i ? lo : NO_NODE;
}

/* Chosen sentences by the hash of their term vectors: the exact repeats of
   a chosen sentence are left out however many copies the text holds (the
   graph's edges, capped, reach only some of them).  Sentences without
   terms are never redundant, as before. */
typedef struct seen_set {
  uint32_t *slots; /* sentence + 1, 0 = empty; open addressing */
  size_t nslots, used;
} seen_set;

static uint32_t terms_hash(const lede_summarizer *s, size_t i) {
  const lede_tw *T = (const lede_tw *)s->tws.items;
  size_t q, qe = terms_end(s, i);
  uint32_t h = 2166136261u;
  for (q = ((const lede_sent *)s->sents.items)[i].terms; q < qe; q++) {
    h = (h ^ T[q].id) * 16777619u;
    h = (h ^ (uint32_t)T[q].w) * 16777619u;
  }
  return h;
}

static int same_terms(const lede_summarizer *s, size_t i, size_t j) {
  const lede_sent *S = (const lede_sent *)s->sents.items;
  const lede_tw *T = (const lede_tw *)s->tws.items;
  size_t n = nterms_of(s, i), q;
  if (n != nterms_of(s, j)) return 0;
  for (q = 0; q < n; q++)
    if (T[S[i].terms + q].id != T[S[j].terms + q].id ||
        T[S[i].terms + q].w != T[S[j].terms + q].w)
      return 0;
  return 1;
}

/* Is a sentence with the same terms as i chosen?  With `add`, records i. */
static int seen_check(const lede_summarizer *s, seen_set *t, size_t i,
                      int add) {
  uint32_t h = terms_hash(s, i);
  size_t j;
  if (add && (t->used + 1) * 2 > t->nslots) { /* grow */
    size_t n = t->nslots ? t->nslots * 2 : 64, q;
    uint32_t *slots = (uint32_t *)calloc(n, sizeof *slots);
    if (!slots) return -1;
    for (q = 0; q < t->nslots; q++) {
      if (!t->slots[q]) continue;
      j = terms_hash(s, t->slots[q] - 1) & (n - 1);
      while (slots[j]) j = (j + 1) & (n - 1);
      slots[j] = t->slots[q];
    }
    free(t->slots);
    t->slots = slots;
    t->nslots = n;
  }
  if (t->nslots == 0) return 0;
  for (j = h & (t->nslots - 1); t->slots[j]; j = (j + 1) & (t->nslots - 1))
    if (same_terms(s, t->slots[j] - 1, i)) return 1;
  if (add) {
    t->slots[j] = (uint32_t)i + 1;
    t->used++;
  }
  return 0;
}

/* What the rounds of one selection share. */
typedef struct selection {
  heap_item *heap;
  size_t hn;
  lone_heap lone;
  double cov_norm, avg;
  uint32_t picks;
  unsigned char *taken; /* of each sentence: chosen */
  seen_set seen;
} selection;

/* Takes sentence i (node m, or a sentence without terms when m is
   (size_t)-1) into the summary. */
static int take(const lede_summarizer *s, work *k, budget *b, lede_vec *out,
                selection *z, size_t i, size_t m, double score) {
  const lede_sent *x = (const lede_sent *)s->sents.items + i;
  const lede_tw *T = (const lede_tw *)s->tws.items;
  lede_pick p;
  size_t q, qe, r;
  make_pick(&p, s, i, score);
  if (lede_vec_push(out, &p) != 0) return LEDE_ERR_NOMEM;
  budget_take(b, x);
  z->picks++;
  z->taken[i] = 1;
  if (m == (size_t)-1) return LEDE_OK; /* no terms to repeat */
  if (seen_check(s, &z->seen, i, 1) < 0) return LEDE_ERR_NOMEM;
  for (q = x->terms, qe = terms_end(s, i); q < qe; q++) k->covered[T[q].id] = 1;
  /* a later node whose cosine with this one reaches the threshold goes
     now; an earlier one when it comes up (see redundant) */
  k->mark[m] |= MARK_CHOSEN;
  for (r = k->fwd_off[m]; r < k->fwd_off[m + 1]; r++)
    if (k->fwd[r].j & EDGE_DUP) k->mark[k->fwd[r].j & EDGE_END] |= MARK_OUT;
  return LEDE_OK;
}

static double unit_gain(const lede_summarizer *s, const work *k,
                        const budget *b, const selection *z, size_t i,
                        double score);

/* Sentence i was taken: the nodes among the NEAR next sentences that
   waited for a sentence to point at are candidates again. */
static void wake_after(const lede_summarizer *s, work *k, const budget *b,
                       selection *z, size_t i) {
  size_t j, m;
  for (j = i + 1; j <= i + NEAR && j < k->n; j++) {
    heap_item it;
    m = node_of(k, j);
    if (m == NO_NODE || !(k->mark[m] & MARK_WAIT)) continue;
    k->mark[m] &= (unsigned char)~MARK_WAIT;
    it.gain = unit_gain(s, k, b, z, j, k->score[m]);
    it.idx = (uint32_t)m;
    it.stamp = z->picks;
    heap_push(z->heap, &z->hn, it);
  }
}

/* Most sentences a unit may add around the one chosen. */
#define UNIT_MAX 4

/* The unit of sentence i: i with the predecessors it needs (it closes a
   quote they opened, or it points back and none of the NEAR sentences
   before it is in the summary) and the successors it needs (it opens a
   quote they go on with), in *lo .. *hi.  Returns 0 when the chain is
   longer than UNIT_MAX. */
static int unit_bounds(const lede_summarizer *s, const selection *z, size_t i,
                       size_t *lo, size_t *hi) {
  size_t a = i, e = i;
  while ((needs_prev(s, a) && !z->taken[a - 1])) {
    if (i - a >= UNIT_MAX) return 0;
    a--;
  }
  while (needs_next(s, e)) {
    if (e - i >= UNIT_MAX) return 0;
    e++;
  }
  *lo = a;
  *hi = e;
  return 1;
}

/* The unit of sentence i (unit_bounds) when it can be taken: returns 0
   when one of its sentences is taken, redundant or a repeat, the chain is
   too long, or the whole does not fit the budget; UNIT_WAIT when its first
   sentence points back at nothing in the summary yet. */
#define UNIT_WAIT 2
static int unit_of(const lede_summarizer *s, const work *k, const budget *b,
                   selection *z, size_t i, size_t *lo, size_t *hi) {
  const lede_sent *S = (const lede_sent *)s->sents.items;
  budget t = *b;
  size_t a, e, j;
  if (!unit_bounds(s, z, i, &a, &e)) return 0;
  if (antecedent_missing(s, z->taken, a)) return UNIT_WAIT;
  for (j = a; j <= e; j++) {
    size_t m = node_of(k, j);
    if (z->taken[j] || !budget_fits(&t, &S[j])) return 0;
    if (m != NO_NODE && (redundant(k, m) || seen_check(s, &z->seen, j, 0)))
      return 0;
    budget_take(&t, &S[j]);
  }
  *lo = a;
  *hi = e;
  return 1;
}

/* The score of sentence j, node or not. */
static double score_at(const lede_summarizer *s, const work *k, size_t j) {
  size_t m = node_of(k, j);
  return m != NO_NODE ? k->score[m] : lone_score(s, k, j, tele_of(s, k, j));
}

/* The gain of sentence i (score `score`) together with the unit it needs:
   the unit's mean score (per sentence, or per word under a length budget)
   and all its new concepts per the unit's length, so
   that a long quote is not taken on the strength of one sentence. */
static double unit_gain(const lede_summarizer *s, const work *k,
                        const budget *b, const selection *z, size_t i,
                        double score) {
  const lede_sent *S = (const lede_sent *)s->sents.items;
  const lede_tw *T = (const lede_tw *)s->tws.items;
  size_t lo = i, hi = i, j, q, qe;
  double sum = 0, cov = 0, len = 0, unit;
  if (!unit_bounds(s, z, i, &lo, &hi)) lo = hi = i;
  if (lo == hi) return gain_of(s, k, i, score, z->cov_norm, b, z->avg);
  for (j = lo; j <= hi; j++) {
    double sc = j == i ? score : score_at(s, k, j);
    double l = b->kind == LEDE_BUDGET_BYTES ? (double)(S[j].end - S[j].start)
                                            : (double)S[j].words;
    /* under a length budget a sentence's score is what each of its words
       is worth (len_exp 0: the greedy ranks by it alone), so the unit's is
       its words' mean: a short closing line ("We are delighted.") weighs
       what its few words do */
    sum += b->kind == LEDE_BUDGET_SENTENCES ? sc : sc * l;
    for (q = S[j].terms, qe = terms_end(s, j); q < qe; q++)
      if (!k->covered[T[q].id]) cov += k->cw[T[q].id];
    len += l;
  }
  if (len < 1) len = 1;
  if (b->kind == LEDE_BUDGET_SENTENCES) {
    unit = (double)(hi - lo + 1);
    sum /= unit;
  } else {
    unit = pow(len / z->avg, k->p.len_exp);
    sum /= len;
  }
  return (sum + k->p.coverage * cov / z->cov_norm) / unit;
}

/* Takes the unit lo .. hi into the summary. */
static int take_unit(const lede_summarizer *s, work *k, budget *b,
                     lede_vec *out, selection *z, size_t lo, size_t hi) {
  size_t j;
  int status = LEDE_OK;
  for (j = lo; status == LEDE_OK && j <= hi; j++) {
    status = take(s, k, b, out, z, j, node_of(k, j), score_at(s, k, j));
  }
  for (j = lo; status == LEDE_OK && j <= hi; j++) wake_after(s, k, b, z, j);
  return status;
}

/* One greedy round over the candidates whose is_fragment() is `fragments`:
   the lazy greedy of (4) on a heap of nodes, beside the heap of sentences
   without terms.  A candidate comes in with the unit it needs. */
static int fill_round(const lede_summarizer *s, work *k, budget *b,
                      lede_vec *out, selection *z, int fragments) {
  const lede_sent *S = (const lede_sent *)s->sents.items;
  size_t n = k->n, na = k->na, i, m, q, lo, hi;
  int status = LEDE_OK;
  z->hn = 0;
  z->lone.n = 0;
  for (i = 0, m = 0; i < n; i++) {
    int node = m < na && k->act[m] == i;
    if (node) m++;
    if (is_fragment(s, i) != fragments || z->taken[i]) continue;
    if (node) {
      heap_item it;
      it.gain = unit_gain(s, k, b, z, i, k->score[m - 1]);
      it.idx = (uint32_t)(m - 1);
      it.stamp = z->picks;
      heap_push(z->heap, &z->hn, it);
    } else {
      z->lone.gain[z->lone.n] =
          unit_gain(s, k, b, z, i, lone_score(s, k, i, tele_of(s, k, i)));
      z->lone.idx[z->lone.n++] = (uint32_t)i;
    }
  }
  for (q = z->lone.n / 2; q-- > 0;) lone_sift(&z->lone, q);
  while (status == LEDE_OK && (z->hn > 0 || z->lone.n > 0) && !budget_full(b)) {
    heap_item it;
    if (z->lone.n > 0 &&
        (z->hn == 0 || lone_before(z->lone.gain[0], z->lone.idx[0],
                                   z->heap[0].gain, k->act[z->heap[0].idx]))) {
      /* the next candidate has no terms: chosen if it fits */
      i = z->lone.idx[0];
      lone_pop(&z->lone);
      if (!z->taken[i] && unit_of(s, k, b, z, i, &lo, &hi) == 1)
        status = take_unit(s, k, b, out, z, lo, hi);
      continue;
    }
    it = heap_pop(z->heap, &z->hn);
    m = it.idx;
    i = k->act[m];
    if (z->taken[i] || redundant(k, m) || !budget_fits(b, &S[i]) ||
        seen_check(s, &z->seen, i, 0))
      continue; /* these only get worse: drop it for good */
    if (it.stamp != z->picks) {
      it.gain = unit_gain(s, k, b, z, i, k->score[m]);
      it.stamp = z->picks;
      heap_push(z->heap, &z->hn, it);
      continue;
    }
    switch (unit_of(s, k, b, z, i, &lo, &hi)) {
    case 1: status = take_unit(s, k, b, out, z, lo, hi); break;
    case UNIT_WAIT:
      k->mark[m] |= MARK_WAIT; /* back when a sentence before is taken */
      break;
    default: break;
    }
  }
  return status;
}

/* The exact fill of a words or bytes budget for one document (11 in the
   notes above; lede_fill.c): the sentences and quote units whose words
   are worth most in total, taken before the greedy, which then finds the
   budget full or fills what is left.  Does nothing for a count of
   sentences, several documents (the coverage of their concepts is not a
   sum) or a table over LEDE_FILL_MAX_CELLS. */
#define FILL_ROUNDS 16 /* solutions with a repeat in them, then the greedy */

/* The items of the fill, one per sentence where a unit may start, leaving
   out the units with a sentence in out[] (per node). */
/* What each word of a sentence of score `score` is worth to the fill: the
   square root, for the scores overstate how much likelier a top sentence
   is to be what a reader picks than one a little below it (on BBC DEV,
   score^0.3 84.98, ^0.5 85.06, ^0.7 84.92, ^1 84.76 R-1 F1). */
static double fill_worth(double score) { return score > 0 ? sqrt(score) : 0; }

static void fill_items(const lede_summarizer *s, const work *k, const budget *b,
                       uint64_t limit, const unsigned char *out,
                       lede_fill_item *items) {
  const lede_sent *S = (const lede_sent *)s->sents.items;
  size_t n = k->n, p, j;
  for (p = 0; p < n; p++) {
    lede_fill_item *it = &items[p];
    size_t e = p;
    int alone = 0; /* a member that may stand alone */
    it->len = 0;
    it->cost = 0;
    it->value = 0;
    it->back = 0;
    if (needs_prev(s, p)) continue; /* comes with the quote's start */
    while (needs_next(s, e) && e - p < UNIT_MAX) e++;
    if (needs_next(s, e)) continue; /* too long a quote */
    for (j = p; j <= e; j++) {
      double l = b->kind == LEDE_BUDGET_BYTES ? (double)(S[j].end - S[j].start)
                                              : (double)S[j].words;
      size_t m = node_of(k, j);
      if (m != NO_NODE && out[m]) break;
      if (!is_fragment(s, j)) alone = 1;
      it->cost +=
          (uint32_t)(b->kind == LEDE_BUDGET_BYTES ? l + (double)b->sep : l);
      it->value += fill_worth(score_at(s, k, j)) * l;
    }
    if (j <= e || !alone || it->value <= 0 || it->cost > limit) continue;
    it->len = (uint32_t)(e - p + 1);
    it->back = (flags_of(s, p) & LEDE_SF_BACK) && pos_of(s, p) > 0;
  }
}

typedef struct scored_node {
  double score;
  uint32_t m;
} scored_node;

static int cmp_scored_desc(const void *a, const void *b) {
  const scored_node *x = (const scored_node *)a, *y = (const scored_node *)b;
  if (x->score != y->score) return x->score > y->score ? -1 : 1;
  return (x->m > y->m) - (x->m < y->m);
}

/* The chosen sentences that repeat, or are too close to (an EDGE_DUP
   edge), a better-scored chosen one go into out[]: returns how many, or
   -1 when out of memory.  in[] marks the chosen sentences. */
static long fill_repeats(const lede_summarizer *s, const work *k,
                         const unsigned char *in, unsigned char *out) {
  size_t n = k->n, i, r, t = 0, q;
  long found = 0;
  scored_node *order = NULL;
  seen_set seen;
  memset(&seen, 0, sizeof seen);
  for (i = 0; i < n; i++) t += in[i];
  order = (scored_node *)malloc((t + 1) * sizeof *order);
  if (!order) return -1;
  for (i = 0, t = 0; i < n; i++) {
    size_t m = in[i] ? node_of(k, i) : NO_NODE;
    if (m == NO_NODE) continue; /* no terms: never a repeat */
    order[t].score = k->score[m];
    order[t++].m = (uint32_t)m;
  }
  if (t > 1) qsort(order, t, sizeof *order, cmp_scored_desc);
  /* best first: a sentence's fwd edges reach later nodes only, so the
     one kept marks its worse neighbours out itself */
  for (q = 0; q < t && found >= 0; q++) {
    size_t m = order[q].m, j = k->act[m];
    int rep = 0;
    if (out[m]) continue; /* a better neighbour marked it (counted) */
    for (r = k->fwd_off[m]; !rep && r < k->fwd_off[m + 1]; r++) {
      size_t m2 = k->fwd[r].j & EDGE_END;
      rep = (k->fwd[r].j & EDGE_DUP) && in[k->act[m2]] && !out[m2] &&
            k->score[m2] > k->score[m];
    }
    if (!rep) rep = seen_check(s, &seen, j, 0);
    if (rep) {
      out[m] = 1;
      found++;
      continue;
    }
    if (seen_check(s, &seen, j, 1) < 0) found = -1;
    for (r = k->fwd_off[m]; found >= 0 && r < k->fwd_off[m + 1]; r++) {
      size_t m2 = k->fwd[r].j & EDGE_END;
      if ((k->fwd[r].j & EDGE_DUP) && in[k->act[m2]] && !out[m2] &&
          k->score[m2] <= k->score[m]) {
        out[m2] = 1;
        found++;
      }
    }
  }
  free(order);
  free(seen.slots);
  return found;
}

static int exact_fill(const lede_summarizer *s, work *k, budget *b,
                      lede_vec *out, selection *z) {
  size_t n = k->n, p, j, round;
  uint64_t limit;
  lede_fill_item *items;
  unsigned char *dup, *take, *in;
  int status;
  if (s->ndocs != 1 || b->kind == LEDE_BUDGET_SENTENCES || b->used > 0 ||
      n == 0)
    return LEDE_OK;
  limit = b->kind == LEDE_BUDGET_BYTES ? b->limit + b->sep : b->limit;
  if (limit >= LEDE_FILL_MAX_CELLS ||
      (n + 1) > LEDE_FILL_MAX_CELLS / (NEAR + 1) / (limit + 1))
    return LEDE_OK;
  items = (lede_fill_item *)malloc(n * sizeof *items);
  dup = (unsigned char *)calloc(k->na + 1, 1);
  take = (unsigned char *)calloc(n, 1);
  in = (unsigned char *)calloc(n, 1);
  status = items && dup && take && in ? LEDE_OK : LEDE_ERR_NOMEM;
  /* solve; while the answer holds a repeat of a better sentence, leave the
     repeat out and solve again */
  for (round = 0; status == LEDE_OK && round < FILL_ROUNDS; round++) {
    long found;
    fill_items(s, k, b, limit, dup, items);
    status = lede_fill_best(items, n, limit, NEAR, take);
    if (status != LEDE_OK) break;
    memset(in, 0, n);
    for (p = 0; p < n; p++)
      if (take[p])
        for (j = p; j < p + items[p].len; j++) in[j] = 1;
    found = fill_repeats(s, k, in, dup);
    if (found < 0) status = LEDE_ERR_NOMEM;
    if (found == 0) break;
  }
  if (status == LEDE_FILL_TOO_BIG) status = LEDE_OK;
  if (status == LEDE_OK && round < FILL_ROUNDS)
    for (p = 0; status == LEDE_OK && p < n; p++)
      if (take[p]) status = take_unit(s, k, b, out, z, p, p + items[p].len - 1);
  free(items);
  free(dup);
  free(take);
  free(in);
  return status;
}

/* The main event first (10 in the notes above): when the budget holds a
   few sentences and two or more of several documents give the same
   casualty count, the best-scored sentence that reports it and reads alone
   opens the selection.  A toll told by one document only (protesters
   killed on the day of a torch relay) is a side fact and gets nothing; so
   does one document's toll, which its own score weighs (`toll`). */
#define TOLL_SEED_MIN 3 /* sentences the budget must hold */
static int main_toll(const lede_summarizer *s, const work *k, size_t i) {
  const lede_tw *T = (const lede_tw *)s->tws.items;
  size_t q, qe = terms_end(s, i);
  if (s->ndocs == 1) return 0;
  for (q = ((const lede_sent *)s->sents.items)[i].terms; q < qe; q++)
    if ((lede_term_kind(&s->terms, T[q].id) & LEDE_TK_TOLL) &&
        k->df_doc[T[q].id] >= 2)
      return 1;
  return 0;
}

static int seed_toll(const lede_summarizer *s, work *k, budget *b,
                     lede_vec *out, selection *z) {
  size_t m, best = NO_NODE, lo, hi;
  double top = -1;
  if (b->kind == LEDE_BUDGET_SENTENCES
          ? b->limit < TOLL_SEED_MIN
          : (double)b->limit < TOLL_SEED_MIN * z->avg)
    return LEDE_OK;
  for (m = 0; m < k->na; m++) {
    size_t i = k->act[m];
    if (!(flags_of(s, i) & LEDE_SF_TOLL) || is_fragment(s, i) ||
        !main_toll(s, k, i))
      continue;
    if (k->score[m] > top) {
      top = k->score[m];
      best = m;
    }
  }
  if (best == NO_NODE) return LEDE_OK;
  if (unit_of(s, k, b, z, k->act[best], &lo, &hi) != 1) return LEDE_OK;
  return take_unit(s, k, b, out, z, lo, hi);
}

static int select_rank(const lede_summarizer *s, work *k, budget *b,
                       lede_vec *out) {
  const lede_sent *S = (const lede_sent *)s->sents.items;
  const lede_tw *T = (const lede_tw *)s->tws.items;
  size_t n = k->n, na = k->na, nt = k->nt, i, q, qe;
  selection z;
  int status = LEDE_OK;
  memset(&z, 0, sizeof z);
  k->cw = (float *)malloc((nt + 1) * sizeof(float));
  k->covered = (unsigned char *)calloc(nt + 1, 1);
  k->mark = (unsigned char *)calloc(na + 1, 1);
  z.heap = (heap_item *)malloc((na + 1) * sizeof(heap_item));
  z.taken = (unsigned char *)calloc(n + 1, 1);
  /* the gains take the place of the teleport weights (tele_of computes
     them again) */
  z.lone.gain = k->ltele;
  k->ltele = NULL;
  z.lone.idx = (uint32_t *)malloc((n - na + 1) * sizeof(uint32_t));
  if (!k->cw || !k->covered || !k->mark || !z.heap || !z.taken || !z.lone.idx)
    status = LEDE_ERR_NOMEM;
  for (q = 0; status == LEDE_OK && q < nt; q++) {
    uint32_t f = s->ndocs > 1 ? k->df_doc[q] : k->df_sent[q];
    k->cw[q] = (float)(f > 1 ? f - 1 : 0);
  }
  for (i = 0; status == LEDE_OK && i < n; i++) {
    double c = 0;
    for (q = S[i].terms, qe = terms_end(s, i); q < qe; q++) c += k->cw[T[q].id];
    if (c > z.cov_norm) z.cov_norm = c;
    z.avg += b->kind == LEDE_BUDGET_BYTES ? (double)(S[i].end - S[i].start)
                                          : (double)S[i].words;
  }
  if (z.cov_norm <= 0) z.cov_norm = 1;
  z.avg = n > 0 ? z.avg / (double)n : 1;
  if (z.avg < 1) z.avg = 1;
  if (status == LEDE_OK) status = seed_toll(s, k, b, out, &z);
  if (status == LEDE_OK) status = exact_fill(s, k, b, out, &z);
  if (status == LEDE_OK) status = fill_round(s, k, b, out, &z, 0);
  /* Fragments: when a count of sentences (or a ratio) asks for more than
     the rest gave, or when nothing else was there at all. */
  if (status == LEDE_OK && !budget_full(b) && (b->fill || z.picks == 0))
    status = fill_round(s, k, b, out, &z, 1);
  free(z.heap);
  free(z.lone.gain);
  free(z.lone.idx);
  free(z.taken);
  free(z.seen.slots);
  return status;
}

static void resolve_profile(const lede_summarizer *s, profile *p) {
  const lede_summary_options *o = &s->opts;
  *p = s->ndocs > 1 ? multi_doc : single_doc;
  if (o->lead >= 0) p->lead = o->lead;
  if (o->centrality >= 0) p->centrality = o->centrality;
  if (o->headline >= 0) p->headline = o->headline;
  if (o->coverage >= 0) p->coverage = o->coverage;
  if (o->redundancy > 0) p->redundancy = o->redundancy;
  if (o->focus_weight >= 0) p->focus = o->focus_weight;
}

static int summarize_rank(const lede_summarizer *s, budget *b, lede_vec *out) {
  work k;
  int status;
  memset(&k, 0, sizeof k);
  resolve_profile(s, &k.p);
  k.n = s->sents.count;
  k.nt = lede_dict_count(&s->terms.dict);
  if (k.n == 0) return LEDE_OK;
  status = weigh_terms(s, &k);
  if (status == LEDE_OK) status = build_graph(s, &k);
  /* what only the graph's construction reads */
  drop(&k.post_sent);
  drop(&k.post_count);
  drop(&k.post_off);
  drop(&k.idf);
  drop(&k.norm);
  drop(&k.nuni);
  drop(&k.last_doc);
  if (status == LEDE_OK) status = centrality(s, &k);
  drop(&k.deg);
  drop(&k.next);
  drop(&k.tele);
  drop(&k.share);
  if (status == LEDE_OK) {
    k.score = (double *)malloc((k.na + 1) * sizeof(double));
    if (!k.score) status = LEDE_ERR_NOMEM;
  }
  if (status == LEDE_OK) {
    final_scores(s, &k);
    drop(&k.rank);
    status = select_rank(s, &k, b, out);
  }
  work_free(&k);
  return status;
}

int lede_summarize(lede_summarizer *s, lede_pick **out, size_t *count) {
  lede_vec picks;
  budget b;
  uint64_t total = 0;
  size_t i;
  int status;
  if (out) *out = NULL;
  if (count) *count = 0;
  if (!s || !out || !count) return LEDE_ERR_ARG;
  for (i = 0; i < s->sents.count; i++)
    total += ((const lede_sent *)s->sents.items)[i].words;
  budget_init(&b, &s->opts, s->ndocs, total);
  lede_terms_shrink(&s->terms);
  lede_vec_init(&picks, sizeof(lede_pick));
  if (s->opts.method == LEDE_METHOD_LEAD)
    status = summarize_lead(s, &b, &picks);
  else
    status = summarize_rank(s, &b, &picks);
  if (status != LEDE_OK) {
    lede_vec_free(&picks);
    return status;
  }
  if (picks.count > 1)
    qsort(picks.items, picks.count, sizeof(lede_pick), cmp_pick);
  *out = (lede_pick *)lede_vec_release(&picks, count);
  return LEDE_OK;
}

int lede_summarize_text(const char *text, size_t len,
                        const lede_summary_options *opts, lede_pick **out,
                        size_t *count) {
  int status;
  lede_summarizer *s;
  if (out) *out = NULL;
  if (count) *count = 0;
  if (!out || !count) return LEDE_ERR_ARG;
  s = lede_summarizer_new(opts, &status);
  if (!s) return status;
  status = lede_summarizer_add(s, text, len, 0, NULL, 0);
  if (status == LEDE_OK) status = lede_summarize(s, out, count);
  lede_summarizer_free(s);
  return status;
}
