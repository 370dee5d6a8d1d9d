/*
 * lede_quote_speakers.c -- the speaker rules of the quote finder: who is
 * named left of a speech verb ("Rubio said", "Hydrologist Mira Kell of the
 * State Water Board said", "X, who heads the agency, said") or right of it
 * ("said Andrii Sybiha, Ukraine's foreign minister").  They read the
 * tokens of a scan (lede_quote_scan) and their name bits; the word lists
 * come from lua/lede/quotes.lua (lede_quote_rules_new), whose header says
 * what the rules do.  Nothing here allocates but the fold of a word over
 * LEDE_QA_KEY_BUF bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "lede_quotes.h"

/* ------------------------------------------------------------ the rules */

int lede_quote_rules_new(const lede_word_list lists[LEDE_QA_COUNT],
                         lede_quote_rules **out) {
  lede_quote_rules *rules;
  lede_word *words;
  size_t total = 0, count = 0, at = 0, k, i;
  int status = LEDE_OK;
  if (!out) return LEDE_ERR_ARG;
  *out = NULL;
  if (!lists) return LEDE_ERR_ARG;
  for (k = 0; k < LEDE_QA_COUNT; k++) {
    if (lists[k].count > 0 && !lists[k].words) return LEDE_ERR_ARG;
    for (i = 0; i < lists[k].count; i++) {
      if (!lists[k].words[i].text || lists[k].words[i].len > LEDE_QA_WORD_MAX)
        return LEDE_ERR_ARG;
      total += lists[k].words[i].len;
    }
    count += lists[k].count;
  }
  rules = (lede_quote_rules *)calloc(1, sizeof *rules);
  words = (lede_word *)malloc((count ? count : 1) * sizeof *words);
  if (rules) rules->bytes = (char *)malloc(total ? total : 1);
  if (!rules || !words || !rules->bytes) {
    free(words);
    lede_quote_rules_free(rules);
    return LEDE_ERR_NOMEM;
  }
  for (k = 0; k < LEDE_QA_COUNT && status == LEDE_OK; k++) {
    lede_word_list copy;
    copy.words = words;
    copy.count = lists[k].count;
    for (i = 0; i < lists[k].count; i++) {
      memcpy(rules->bytes + at, lists[k].words[i].text, lists[k].words[i].len);
      words[i].text = rules->bytes + at;
      words[i].len = lists[k].words[i].len;
      at += words[i].len;
    }
    status = lede_word_set_init(&rules->sets[k], &copy);
  }
  free(words); /* the sets keep copies of the lede_word entries */
  if (status != LEDE_OK) {
    lede_quote_rules_free(rules);
    return status;
  }
  *out = rules;
  return LEDE_OK;
}

void lede_quote_rules_free(lede_quote_rules *rules) {
  size_t k;
  if (!rules) return;
  for (k = 0; k < LEDE_QA_COUNT; k++) lede_word_set_free(&rules->sets[k]);
  free(rules->bytes);
  free(rules);
}

/* ------------------------------------------------------------ tokens */

int lede_qa_init(lede_qa *c, const lede_quote_rules *rules, const char *text,
                 size_t len, const lede_quote_scan_result *r, size_t i,
                 size_t limit) {
  if (!rules || !r || (!text && len > 0)) return LEDE_ERR_ARG;
  if (i >= limit || r->ntokens == 0 || r->tokens[r->ntokens - 1].end > len)
    return LEDE_ERR_ARG;
  c->rules = rules;
  c->text = text;
  c->r = r;
  c->n = (long)r->ntokens;
  c->oom = 0;
  return LEDE_OK;
}

const lede_qtoken *lede_qa_token(const lede_qa *c, long i) {
  return i >= 0 && i < c->n ? &c->r->tokens[i] : NULL;
}

int lede_qa_word(const lede_qa *c, long i) {
  const lede_qtoken *t = lede_qa_token(c, i);
  return t && t->kind == LEDE_TOKEN_WORD;
}

unsigned lede_qa_name(const lede_qa *c, long i) {
  const lede_qtoken *t = lede_qa_token(c, i);
  return t ? t->name : 0;
}

int lede_qa_punct(const lede_qa *c, long i, char ch) {
  const lede_qtoken *t = lede_qa_token(c, i);
  return t && t->kind == LEDE_TOKEN_PUNCT && t->end - t->start == 1 &&
         c->text[t->start] == ch;
}

/* The key of word token t as the binding makes it (plain ASCII
   lower-cased, anything else lede_fold) into buf of cap bytes; returns its
   length, more than cap when it did not fit. */
static size_t key_into(const lede_qa *c, const lede_qtoken *t, char *buf,
                       size_t cap) {
  const char *w = c->text + t->start;
  size_t len = t->end - t->start, i;
  for (i = 0; i < len; i++)
    if ((unsigned char)w[i] >= 0x80) return lede_fold(w, len, buf, cap);
  if (len > cap) return len;
  for (i = 0; i < len; i++) {
    char ch = w[i];
    buf[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch);
  }
  return len;
}

int lede_qa_is(const lede_qa *c, long i, const char *w) {
  char key[LEDE_QA_KEY_BUF];
  const lede_qtoken *t = lede_qa_token(c, i);
  size_t n, wl = strlen(w);
  if (!t || t->kind != LEDE_TOKEN_WORD) return 0;
  n = key_into(c, t, key, sizeof key);
  return n == wl && memcmp(key, w, n) == 0;
}

int lede_qa_in(const lede_qa *c, long i, int list) {
  char key[LEDE_QA_KEY_BUF];
  const lede_qtoken *t = lede_qa_token(c, i);
  size_t n;
  if (!t || t->kind != LEDE_TOKEN_WORD) return 0;
  n = key_into(c, t, key, sizeof key);
  /* no word of a list is longer than the buffer */
  return n <= sizeof key && lede_word_set_has(&c->rules->sets[list], key, n,
                                              lede_word_hash(key, n));
}

int lede_qa_key_ends(lede_qa *c, long i, const char *suffix,
                     size_t longer_than) {
  char small[LEDE_QA_KEY_BUF], *key = small;
  const lede_qtoken *t = lede_qa_token(c, i);
  size_t n, sl = strlen(suffix);
  int yes;
  if (!t || t->kind != LEDE_TOKEN_WORD) return 0;
  n = key_into(c, t, small, sizeof small);
  if (n > sizeof small) {
    key = (char *)malloc(n);
    if (!key) {
      c->oom = 1;
      return 0;
    }
    key_into(c, t, key, n);
  }
  yes = n > longer_than && n >= sl && memcmp(key + n - sl, suffix, sl) == 0;
  if (key != small) free(key);
  return yes;
}

/* ------------------------------------------------------------ runs */

#define MAX_RUN 12 /* names.MAX_RUN */
#define NAME_HAS(i, f) ((lede_qa_name(c, (i)) & (f)) != 0)

static int is_article(const lede_qa *c, long i) {
  return lede_qa_word(c, i) && NAME_HAS(i, LEDE_QN_ARTICLE);
}

/* The first token of token i's paragraph. */
static long para_first(const lede_qa *c, long i) {
  return (long)c->r->paras[lede_quote_para(c->r, (size_t)i) - 1];
}

/* names.links: no word before the link (w outside the text) is no run. */
static int links(const lede_qa *c, long l, long w) {
  if (l < 0 || l >= c->n || w < 0 || w >= c->n) return 0;
  return lede_name_links(c->r->tokens, (size_t)c->n, (size_t)l, (size_t)w);
}

/* names.run_left: the first index of the run ending at j, not below lo;
   -1 when toks[j] cannot end one. */
static long run_left(const lede_qa *c, long j, long lo) {
  long i = j, pfirst;
  if (!NAME_HAS(j, LEDE_QN_RUN)) return -1;
  if (lo < j - MAX_RUN) lo = j - MAX_RUN;
  pfirst = para_first(c, j); /* a run never crosses a line break */
  while (i - 1 >= lo && i - 1 >= pfirst) {
    if (NAME_HAS(i - 1, LEDE_QN_RUN) &&
        !(NAME_HAS(i - 1, LEDE_QN_POSSESSIVE) && !NAME_HAS(i, LEDE_QN_TITLE)))
      i--;
    else if (links(c, i - 1, i - 2) && i - 2 >= lo &&
             NAME_HAS(i - 2, LEDE_QN_RUN))
      i -= 2;
    else
      break;
  }
  while (i < j && !NAME_HAS(i, LEDE_QN_CAP)) i++;
  return i;
}

/* names.run_right: the last index of the run from i, within hi; -1 when
   toks[i] cannot start one. */
static long run_right(const lede_qa *c, long i, long hi) {
  size_t pend, last;
  if (i < 0 || i >= c->n || hi < i) return NAME_HAS(i, LEDE_QN_RUN) ? i : -1;
  if (hi >= c->n) hi = c->n - 1;
  pend = lede_quote_para_last(c->r, (size_t)i) + 1;
  last = lede_name_run_right(c->r->tokens, (size_t)c->n, (size_t)i, (size_t)hi,
                             pend);
  return last == (size_t)-1 ? -1 : (long)last;
}

/* ------------------------------------------------------------ speakers */

static void span_of(const lede_qa *c, long a, long b, size_t *start,
                    size_t *end) {
  *start = c->r->tokens[a].start;
  *end = c->r->tokens[b].end;
}

static void set_title(const lede_qa *c, lede_quote_speaker *sp, long a,
                      long b) {
  sp->titled = 1;
  span_of(c, a, b, &sp->title_start, &sp->title_end);
}

/* quotes.lua's speaker_from: tokens i..j as a pronoun, a name (names.split,
   its title kept) or a role ("the Ukrainian leader"). */
static int speaker_from(const lede_qa *c, long i, long j,
                        lede_quote_speaker *sp) {
  size_t first, ti;
  long te, a = i;
  memset(sp, 0, sizeof *sp);
  if (i == j && lede_qa_in(c, i, LEDE_QA_PRONOUNS)) {
    sp->kind = LEDE_SPEAKER_PRONOUN;
    sp->key = (uint32_t)i;
    span_of(c, i, i, &sp->start, &sp->end);
    return 1;
  }
  if (!lede_qa_in(c, j, LEDE_QA_ORG_ENDS) && i >= 0 && j < c->n && i <= j &&
      lede_name_split(c->r->tokens, (size_t)c->n, (size_t)i, (size_t)j, &first,
                      &ti, &te)) {
    sp->kind = LEDE_SPEAKER_NAME;
    sp->key = (uint32_t)lede_name_key_token(c->r->tokens, first, (size_t)j);
    span_of(c, (long)first, j, &sp->start, &sp->end);
    if (NAME_HAS(j, LEDE_QN_POSSESSIVE)) {
      /* as names.split does: the key's ending, 4 bytes or 2, off the text
         (clamped to the name's start: a fold may be longer than its text) */
      size_t cut = NAME_HAS(j, LEDE_QN_CURLY) ? 4 : 2;
      sp->end = sp->end - sp->start > cut ? sp->end - cut : sp->start;
    }
    if (te >= (long)ti) set_title(c, sp, (long)ti, te);
    return 1;
  }
  if (is_article(c, a) || lede_qa_is(c, a, "one") ||
      lede_qa_is(c, a, "another"))
    a++;
  if (a > j || a < 0 || j >= c->n) return 0;
  sp->kind = LEDE_SPEAKER_ROLE;
  span_of(c, a, j, &sp->start, &sp->end);
  return 1;
}

static int is_verb(const lede_qa *c, long i) {
  return lede_qa_in(c, i, LEDE_QA_SPEECH);
}

/* A lower-case word that may describe a person, not a function word, a
   pronoun or a verb: "local" in "a local shopkeeper", "season" in "season
   ticket holder". */
static int describing_word(const lede_qa *c, long i) {
  /* (a plain lower-case letter first: not the "â" of a lost quote mark) */
  return lede_qa_word(c, i) && c->text[c->r->tokens[i].start] >= 'a' &&
         c->text[c->r->tokens[i].start] <= 'z' && !NAME_HAS(i, LEDE_QN_CAP) &&
         !NAME_HAS(i, LEDE_QN_NOT_NAME) && !NAME_HAS(i, LEDE_QN_LINK) &&
         !lede_qa_in(c, i, LEDE_QA_PRONOUNS) && !is_verb(c, i) &&
         !lede_qa_in(c, i, LEDE_QA_PREPS) &&
         !lede_qa_in(c, i, LEDE_QA_BETWEEN) &&
         !lede_qa_in(c, i, LEDE_QA_TAIL) && !lede_qa_is(c, i, "that");
}

/* A noun that names a person by what they do: a role or title word, or a
   describing word ending as such nouns do ("stallholder", "supporter",
   "cyclist", "fisherman").  Deliberately no list of occupations: the
   endings and the determiner before it (unnamed_person) say enough. */
static int person_noun(lede_qa *c, long i) {
  static const char *const endings[] = {"er",    "or",     "ist", "man",
                                        "woman", "person", "ian", "ant"};
  size_t k;
  if (lede_qa_in(c, i, LEDE_QA_ROLES) && !NAME_HAS(i, LEDE_QN_CAP)) return 1;
  if (!describing_word(c, i)) return 0;
  for (k = 0; k < sizeof endings / sizeof endings[0]; k++)
    if (lede_qa_key_ends(c, i, endings[k], 4)) return 1;
  return 0;
}

static int determiner(const lede_qa *c, long i) {
  return is_article(c, i) || lede_qa_is(c, i, "one") ||
         lede_qa_is(c, i, "another");
}

/* A person introduced by what they do, no name: "one stallholder said",
   "a local shopkeeper said", "a nurse at the city hospital, who asked
   not to be named, said" (the place after at / from / in is left out of
   the speaker, an office's "of" phrase kept: "the head of the
   delegation").  A determiner, at most two describing words (or
   demonyms: "a Kestrian soldier") and a person noun, ending at j or
   before a short place phrase ending at j.  Gives a role speaker of the
   words after the determiner; *first: the determiner. */
static int unnamed_person(lede_qa *c, long j, long lo, lede_quote_speaker *sp,
                          long *first) {
  long noun = j, end = j, k, p;
  for (p = j; p > lo && p > j - 6 && lede_qa_word(c, p); p--) {
    int of = lede_qa_is(c, p, "of");
    if (of || lede_qa_is(c, p, "at") || lede_qa_is(c, p, "from") ||
        lede_qa_is(c, p, "in")) {
      if (p < j) {
        noun = p - 1;
        if (!of) end = noun;
      }
      break;
    }
  }
  if (noun < lo || !person_noun(c, noun)) return 0;
  k = noun - 1;
  while (k >= lo && k > noun - 3 &&
         (describing_word(c, k) ||
          (NAME_HAS(k, LEDE_QN_TITLE) && !NAME_HAS(k, LEDE_QN_POSSESSIVE))))
    k--;
  if (k < lo || !determiner(c, k)) return 0;
  memset(sp, 0, sizeof *sp);
  sp->kind = LEDE_SPEAKER_ROLE;
  span_of(c, k + 1, end, &sp->start, &sp->end);
  *first = k;
  return 1;
}

/* The speaker ending at token j (going left, not below lo): a run, a
   pronoun, or "the"/"a" + words ending with a role word.  *first: its
   first index (set even when the words make no speaker). */
int lede_qa_subject_left(lede_qa *c, long j, long lo, lede_quote_speaker *sp,
                         long *first) {
  long i, k, steps = 0;
  int role;
  if (!lede_qa_word(c, j)) return 0;
  if (lede_qa_in(c, j, LEDE_QA_PRONOUNS)) {
    *first = j;
    return speaker_from(c, j, j, sp);
  }
  role = lede_qa_in(c, j, LEDE_QA_ROLES);
  i = run_left(c, j, lo);
  if (i < 0) {
    if (!role) return unnamed_person(c, j, lo, sp, first);
    i = j;
  }
  /* Lower-case words of a role phrase: "the Ukrainian leader", "local
     officials".  At most three, then an article or a run must start it. */
  k = i;
  while (k - 1 >= lo && steps < 3 && lede_qa_word(c, k - 1) &&
         !lede_qa_in(c, k - 1, LEDE_QA_PRONOUNS) && !is_verb(c, k - 1) &&
         (role || !NAME_HAS(k - 1, LEDE_QN_CAP))) {
    if (is_article(c, k - 1)) {
      k--;
      break;
    }
    if (!role) break;
    k--;
    steps++;
  }
  if (k < i && !is_article(c, k)) k = i; /* no article: only the run */
  *first = k;
  return speaker_from(c, k, j, sp);
}

/* "said Andrii Sybiha, Ukraine's foreign minister": the title after the
   name j of speaker sp, within hi; returns the speaker's new last token. */
/* Words that end a title after a name: a relative clause or a verb ("…,
   a fan who was there", "…, a fan, said"). */
static int ends_title(lede_qa *c, long i) {
  return lede_qa_is(c, i, "who") || lede_qa_is(c, i, "which") ||
         lede_qa_is(c, i, "whose") || lede_qa_is(c, i, "that") ||
         is_verb(c, i) || lede_qa_in(c, i, LEDE_QA_FINITE);
}

/* A word no title ends on: a link or an article, "and", "or", or a word
   that opens a phrase ("a fellow at the institute and a"); but a link or
   "and" inside a name is none ("the Entertainment and Leisure Software
   Publishers Association", "Bank of America"). */
static int joint_word(lede_qa *c, long i) {
  if (NAME_HAS(i, LEDE_QN_LINK) || lede_qa_is(c, i, "and"))
    return !(NAME_HAS(i - 1, LEDE_QN_CAP) && NAME_HAS(i + 1, LEDE_QN_CAP));
  return NAME_HAS(i, LEDE_QN_ARTICLE) || lede_qa_is(c, i, "or") ||
         lede_qa_in(c, i, LEDE_QA_PREPS);
}

static long title_after(lede_qa *c, lede_quote_speaker *sp, long j, long hi) {
  long k = j + 2, e;
  int article;
  if (!lede_qa_punct(c, j + 1, ',') || sp->titled ||
      sp->kind != LEDE_SPEAKER_NAME)
    return j;
  if (!lede_qa_word(c, k) || ends_title(c, k)) return j;
  e = k;
  while (e + 1 <= hi && lede_qa_word(c, e + 1) && !ends_title(c, e + 1)) e++;
  /* Cut by the window while it goes on ("vice president of planning for
     Con | Edison"): the title ends before its last phrase, never half-way
     into a name or a second role; and never on a joint word. */
  if (e == hi && lede_qa_word(c, e + 1) && !ends_title(c, e + 1)) {
    long b = e;
    while (b > k && !joint_word(c, b)) b--;
    if (b > k) e = b - 1;
  }
  while (e > k && joint_word(c, e)) e--;
  /* "said Lior Basko, a fan from Dunmere": an article after the name's
     comma opens what the person is, whatever the noun */
  article = is_article(c, k);
  if (article) k++;
  if (k <= e && (article || lede_qa_in(c, e, LEDE_QA_ROLES) ||
                 NAME_HAS(k, LEDE_QN_RUN))) {
    set_title(c, sp, k, e);
    return e;
  }
  return j;
}

/* A person noun that ends its noun phrase: "a woman who", "the driver.",
   not "the harbor authority". */
static int phrase_noun(lede_qa *c, long i) {
  return person_noun(c, i) && !describing_word(c, i + 1) &&
         !lede_qa_in(c, i + 1, LEDE_QA_ROLES);
}

/* "said the rescue team leader, Ana Ruiz.": the role sp ending at j is
   the title of the name between the comma and the end of the clause. */
static int role_then_name(lede_qa *c, lede_quote_speaker *sp, long j, long hi,
                          long *last) {
  size_t first, ti;
  long e, te;
  if (!lede_qa_punct(c, j + 1, ',') || j + 2 > hi ||
      !NAME_HAS(j + 2, LEDE_QN_CAP))
    return 0;
  e = run_right(c, j + 2, hi);
  if (e < 0 || !lede_name_split(c->r->tokens, (size_t)c->n, (size_t)(j + 2),
                                (size_t)e, &first, &ti, &te))
    return 0;
  if ((long)first != j + 2 || te >= (long)ti) return 0; /* a bare name */
  if (!(e + 1 > hi || lede_qa_punct(c, e + 1, '.') ||
        lede_qa_punct(c, e + 1, ',')))
    return 0;
  sp->kind = LEDE_SPEAKER_NAME;
  sp->key =
      (uint32_t)lede_name_key_token(c->r->tokens, (size_t)(j + 2), (size_t)e);
  sp->titled = 1;
  sp->title_start = sp->start;
  sp->title_end = sp->end;
  span_of(c, j + 2, e, &sp->start, &sp->end);
  *last = e;
  return 1;
}

/* "said fan Lior Basko", "said factory worker Nadia Pell", "according to
   fire inspector Lukas Veer": up to three describing words from a, then a
   run holding a name; the words are its title.  *last: the speaker's last
   index. */
static int title_words_then_name(lede_qa *c, long a, long hi,
                                 lede_quote_speaker *sp, long *last) {
  size_t first, ti;
  long k = a, e, te;
  while (k <= hi && k < a + 3 && describing_word(c, k)) k++;
  if (k == a || k > hi || !NAME_HAS(k, LEDE_QN_CAP)) return 0;
  e = run_right(c, k, hi);
  if (e < 0 || !lede_name_split(c->r->tokens, (size_t)c->n, (size_t)k,
                                (size_t)e, &first, &ti, &te))
    return 0;
  if (!speaker_from(c, k, e, sp) || sp->kind != LEDE_SPEAKER_NAME) return 0;
  if (sp->titled)
    sp->title_start = c->r->tokens[a].start;
  else
    set_title(c, sp, a, k - 1);
  *last = title_after(c, sp, e, hi);
  return 1;
}

/* "12-year-old", "7-month-old" from token i: a number, a hyphen and a
   word ending in -old.  Returns the token after the age, or i when there
   is none. */
long lede_qa_after_age(lede_qa *c, long i, long hi) {
  const lede_qtoken *t = lede_qa_token(c, i);
  if (t && t->kind == LEDE_TOKEN_NUMBER && i + 3 <= hi &&
      lede_qa_punct(c, i + 1, '-') && lede_qa_word(c, i + 2) &&
      lede_qa_key_ends(c, i + 2, "-old", 4))
    return i + 3;
  return i;
}

/* The speaker starting at token i (going right, not beyond hi), past an
   age before a name ("said 12-year-old Sami Haddad"); *last: its last
   index. */
int lede_qa_subject_right(lede_qa *c, long i, long hi, lede_quote_speaker *sp,
                          long *last) {
  long a, j, k;
  i = lede_qa_after_age(c, i, hi);
  a = i;
  if (!lede_qa_word(c, i)) return 0;
  if (lede_qa_in(c, i, LEDE_QA_PRONOUNS)) {
    *last = i;
    return speaker_from(c, i, i, sp);
  }
  if (is_article(c, i)) a = i + 1;
  if (a > hi) return 0;
  j = run_right(c, a, hi);
  if (j < 0 && title_words_then_name(c, a, hi, sp, last)) return 1;
  if (j < 0) {
    /* "the Ukrainian leader", "a police spokesman": up to three words
       ending with a role word. */
    int det = determiner(c, i);
    k = a;
    while (k <= hi && k < a + 3 && lede_qa_word(c, k) &&
           !lede_qa_in(c, k, LEDE_QA_ROLES) && !(det && phrase_noun(c, k)))
      k++;
    if (!(k <= hi &&
          (lede_qa_in(c, k, LEDE_QA_ROLES) || (det && phrase_noun(c, k)))))
      return 0;
    j = k;
  } else {
    size_t first, ti;
    long te;
    if (!lede_name_split(c->r->tokens, (size_t)c->n, (size_t)a, (size_t)j,
                         &first, &ti, &te)) {
      /* "a Swiss foreign ministry spokeswoman": role words after the run */
      long r = j;
      while (j + 1 <= hi && lede_qa_in(c, j + 1, LEDE_QA_ROLES)) j++;
      /* "said the French coach.": a demonym and up to two describing
         words that end the clause are one role, whatever the noun */
      if (j == r && NAME_HAS(j, LEDE_QN_DEMONYM)) {
        long d = j;
        while (d + 1 <= hi && d < j + 2 && describing_word(c, d + 1)) d++;
        if (d > j && !lede_qa_word(c, d + 1)) j = d;
      }
    }
  }
  if (!speaker_from(c, i, j, sp)) return 0;
  if (sp->kind == LEDE_SPEAKER_ROLE && role_then_name(c, sp, j, hi, last))
    return 1;
  *last = title_after(c, sp, j, hi);
  return 1;
}

long lede_qa_skip_between_left(const lede_qa *c, long j, long lo) {
  int steps = 0;
  while (j >= lo && steps < 2 && lede_qa_in(c, j, LEDE_QA_BETWEEN)) {
    j--;
    steps++;
  }
  return j;
}

/* Lower-case title words before a name: "agency spokeswoman Lena Ortiz"
   gives the title "agency spokeswoman".  Returns the new first index. */
static long title_before(lede_qa *c, lede_quote_speaker *sp, long first,
                         long lo) {
  long k = first, d;
  if (sp->kind != LEDE_SPEAKER_NAME) return first;
  if (!sp->titled) {
    while (k - 1 >= lo && k > first - 4 &&
           lede_qa_in(c, k - 1, LEDE_QA_TITLES) &&
           !NAME_HAS(k - 1, LEDE_QN_CAP))
      k--;
    if (k < first) set_title(c, sp, k, first - 1);
  }
  /* "…, hospital director Leila Mansour said.": describing words that
     fill the gap from a comma (or the start) to the title are part of it */
  d = k;
  while (d - 1 >= lo && d > k - 3 && describing_word(c, d - 1)) d--;
  if (d < k && (d == lo || lede_qa_punct(c, d - 1, ','))) {
    if (sp->titled)
      sp->title_start = c->r->tokens[d].start;
    else
      set_title(c, sp, d, first - 1);
    k = d;
  }
  return k;
}

/* ------------------------------------------------------------ X said */

/* An age between commas after a name ends at i: "Maria Lopez, 34,".
   Returns the index before it, or i. */
static long skip_age(const lede_qa *c, long i, long lo) {
  const lede_qtoken *t = lede_qa_token(c, i - 1);
  if (i - 3 >= lo && lede_qa_punct(c, i, ',') && t &&
      t->kind == LEDE_TOKEN_NUMBER && lede_qa_punct(c, i - 2, ','))
    return i - 3;
  return i;
}

/* The first index of the clause words left of j (after a comma k) when
   they are a relative clause or an aside: "Mayor Ivo Brand, who heads the
   crisis team, said", "Ilse Marrow, speaking after the talks, said",
   "Brad Adams, from the Harbour Trust, said".  Returns k, or -1. */
static long words_back(const lede_qa *c, long j, long lo) {
  long k = j - 1;
  while (k > lo && k > j - 16 && lede_qa_word(c, k)) k--;
  return lede_qa_punct(c, k, ',') && k > lo ? k : -1;
}

static int relative_clause(lede_qa *c, long j, long lo, lede_quote_speaker *sp,
                           long *first) {
  long k = words_back(c, j, lo);
  if (k < 0 || !lede_qa_word(c, k + 1)) return 0;
  if (!(lede_qa_is(c, k + 1, "who") || lede_qa_is(c, k + 1, "which") ||
        lede_qa_is(c, k + 1, "from") ||
        lede_qa_in(c, k + 1, LEDE_QA_PARTICIPLES) ||
        (lede_qa_key_ends(c, k + 1, "ing", 0) &&
         !NAME_HAS(k + 1, LEDE_QN_CAP))))
    return 0;
  return lede_qa_subject_left(c, k - 1, lo, sp, first);
}

/* An appositive between commas before j: "Rubio, the secretary of state,
   said", "a neighbour, Rosa Diaz, said". */
static int appositive(lede_qa *c, long j, long lo, lede_quote_speaker *sp,
                      long *first) {
  long k = words_back(c, j, lo), w, a;
  int run;
  if (k < 0) return 0;
  w = k + 1;
  if (!lede_qa_word(c, w)) return 0;
  run = NAME_HAS(w, LEDE_QN_RUN);
  if (!(is_article(c, w) || run)) return 0;
  if (lede_qa_subject_left(c, skip_age(c, k, lo) == k ? k - 1 : k - 3, lo, sp,
                           first)) {
    /* "a witness, Rosa Diaz, said": a role before the commas is the title
       of the name between them (read below), and so is an office of a
       place ("the mayor of Dunmere, Ana Ruiz, said") */
    int of_place =
        sp->kind == LEDE_SPEAKER_NAME && run && lede_qa_is(c, *first - 1, "of");
    if (!(sp->kind == LEDE_SPEAKER_ROLE && run) && !of_place) {
      if (!sp->titled && sp->kind != LEDE_SPEAKER_PRONOUN) {
        long ti = is_article(c, w) ? w + 1 : w;
        if (ti <= j - 1) set_title(c, sp, ti, j - 1);
      }
      return 1;
    }
  }
  /* The name between the commas: "a neighbour, Rosa Diaz, said". */
  if (!lede_qa_subject_left(c, j - 1, k + 1, sp, first) ||
      sp->kind != LEDE_SPEAKER_NAME || k - 1 < lo || !lede_qa_word(c, k - 1))
    return 0;
  a = k - 1;
  while (a - 1 >= lo && a > k - 4 && lede_qa_word(c, a - 1)) a--;
  if (!is_article(c, a) || a + 1 > k - 1)
    return 0; /* "a, Varg, said": no title */
  if (!sp->titled) set_title(c, sp, a + 1, k - 1);
  *first = a;
  return 1;
}

/* "Hydrologist Mira Kell of the State Water Board said": the person, not
   the organisation; "the mayor of Kharkiv said", "the head of the river
   commission said": the office.  sp ends at
   j and starts at *first. */
static void of_phrase(lede_qa *c, long j, long lo, lede_quote_speaker *sp,
                      long *first) {
  lede_quote_speaker sp2;
  long of = *first - 1, first2 = 0;
  if (!lede_qa_is(c, *first, "the") && lede_qa_is(c, of, "the")) of--;
  if (!(of - 1 >= lo && (lede_qa_is(c, of, "of") || lede_qa_is(c, of, "for"))))
    return;
  if (!lede_qa_subject_left(c, of - 1, lo, &sp2, &first2)) return;
  if (sp2.kind == LEDE_SPEAKER_NAME) {
    *sp = sp2;
    *first = first2;
  } else if (sp2.kind == LEDE_SPEAKER_ROLE && sp->kind == LEDE_SPEAKER_NAME &&
             !sp->titled && sp->start == c->r->tokens[*first].start &&
             *first == j && lede_qa_word(c, first2)) {
    size_t end = sp->end;
    memset(sp, 0, sizeof *sp);
    sp->kind = LEDE_SPEAKER_ROLE;
    sp->start = sp2.start;
    sp->end = end;
    *first = first2;
  } else if (sp2.kind == LEDE_SPEAKER_ROLE && sp->kind == LEDE_SPEAKER_ROLE) {
    /* "the head of the river commission said": the head speaks */
    sp->start = sp2.start;
    *first = first2;
  }
}

/* "An official who spoke on condition of anonymity said": a relative
   clause with no commas, its subject a role or a full name. */
static int who_clause(lede_qa *c, long j, long lo, lede_quote_speaker *sp,
                      long *first) {
  long k;
  for (k = j; k > lo && k > j - 12 && lede_qa_word(c, k); k--) {
    if (lede_qa_is(c, k, "who")) {
      long f = 0;
      if (!lede_qa_subject_left(c, k - 1, lo, sp, &f)) return 0;
      if (sp->kind == LEDE_SPEAKER_PRONOUN) return 0;
      if (sp->kind == LEDE_SPEAKER_NAME && !sp->titled &&
          !(f < k - 1 && NAME_HAS(k - 2, LEDE_QN_CAP)))
        return 0; /* "People who saw it said": no one named */
      *first = f;
      return 1;
    }
  }
  return 0;
}

/* "X said", "X also told", "X, the mayor, said": the subject of the speech
   verb at v, looking left to lo; *first: its first index. */
int lede_qa_subject_of_verb(lede_qa *c, long v, long lo, lede_quote_speaker *sp,
                            long *first) {
  long j = lede_qa_skip_between_left(c, v - 1, lo);
  if (j < lo) return 0;
  j = skip_age(c, j, lo);
  if (lede_qa_subject_left(c, j, lo, sp, first)) {
    lede_quote_speaker sp2;
    long first2 = 0;
    /* "The National Weather Service in Miami said": the place is not the
       speaker; the subject before it is. */
    if (*first - 2 >= lo &&
        (lede_qa_is(c, *first - 1, "in") || lede_qa_is(c, *first - 1, "at")) &&
        lede_qa_subject_left(c, *first - 2, lo, &sp2, &first2)) {
      *sp = sp2;
      *first = first2;
    }
    of_phrase(c, j, lo, sp, first);
    *first = title_before(c, sp, *first, lo);
    return 1;
  }
  if (!lede_qa_punct(c, j, ',')) return who_clause(c, j, lo, sp, first);
  return relative_clause(c, j, lo, sp, first) ||
         appositive(c, j, lo, sp, first);
}
