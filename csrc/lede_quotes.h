/*
 * lede_quotes.h -- shared by the two files of the quote finder's C pass
 * (lede_quotes.c: tokens, marks, cues; lede_quote_names.c: the name rules).
 * Internal: not part of the public API.
 */
#ifndef LEDE_QUOTES_H
#define LEDE_QUOTES_H

#include "lede.h"

/* A set of words: an open-addressing hash table of indexes into words. */
typedef struct lede_word_set {
  lede_word *words;
  size_t count;
  uint32_t *slots; /* index + 1 into words, 0 for an empty slot */
  size_t mask;     /* slots - 1 (a power of two) */
} lede_word_set;

/* Copies list into set.  Returns LEDE_OK, LEDE_ERR_ARG or LEDE_ERR_NOMEM. */
int lede_word_set_init(lede_word_set *set, const lede_word_list *list);
void lede_word_set_free(lede_word_set *set);

/* The hash the sets use for w[0, len): compute it once for a word that is
   looked up in several sets. */
uint32_t lede_word_hash(const char *w, size_t len);

/* Is w[0, len), whose lede_word_hash is h, in the set? */
int lede_word_set_has(const lede_word_set *set, const char *w, size_t len,
                      uint32_t h);

/* Where w[0, len) (hash h) first is in set->words, or LEDE_WORD_NONE. */
#define LEDE_WORD_NONE ((size_t)-1)
size_t lede_word_set_find(const lede_word_set *set, const char *w, size_t len,
                          uint32_t h);

/* The word lists of lede_quote_scan, ready (lede_quote_words.c): one set
   of the words of every list but the endings, lists[i] the bits
   (1 << enum lede_quote_list) of the lists set.words[i] is in (at a word's
   first entry: a word of two lists has an entry for each), and the
   demonym endings, read as suffixes.  LEDE_QL_COUNT is at most 16. */
struct lede_quote_words {
  lede_word_set set;
  uint16_t *lists;
  lede_word *endings;
  size_t nendings;
  char *bytes; /* the copy of the words that the entries point into */
};

/* The lists word key[0, len) (hash h) is in, as bits 1 << list. */
unsigned lede_quote_words_of(const lede_quote_words *w, const char *key,
                             size_t len, uint32_t h);
/* Does key[0, len) end with one of the demonym endings? */
int lede_quote_words_ending(const lede_quote_words *w, const char *key,
                            size_t len);

/* The word lists of the name rules, and a scratch buffer for keys. */
typedef struct lede_name_rules {
  const lede_quote_words *words;
  char *key; /* the last key folded */
  size_t key_cap;
} lede_name_rules;

void lede_name_rules_init(lede_name_rules *r, const lede_quote_words *words);
void lede_name_rules_free(lede_name_rules *r);

/* Folds w[0, len) into r->key as the binding makes token keys (plain
   ASCII lower-cased, anything else lede_fold); returns the key's length,
   or LEDE_WORD_NONE when out of memory. */
size_t lede_name_fold(lede_name_rules *r, const char *w, size_t len);
/* The length of a possessive ending of key[0, n): 4 for ’s, 2 for 's, 0. */
size_t lede_name_possessive_len(const char *key, size_t n);

/* Sets t->name for word token t of text, and LEDE_QT_CUE in t->flags when
   its key is a cue.  Returns LEDE_OK or LEDE_ERR_NOMEM. */
int lede_name_classify(lede_name_rules *r, const char *text, lede_qtoken *t);

/* The token of the key of the name toks[first..last]: last, or the one
   before it when it is a suffix ("Tom Reyes Jr" is a Reyes). */
size_t lede_name_key_token(const lede_qtoken *toks, size_t first, size_t last);

/* The names of the runs of toks[0, n) (paras[0, nparas): the first token
   of each paragraph), in index_add's order, as a new
   array in *out (NULL when none; free with free()).  Returns LEDE_OK or
   LEDE_ERR_NOMEM. */
int lede_name_runs(const lede_qtoken *toks, size_t n, const uint32_t *paras,
                   size_t nparas, lede_quote_name **out, size_t *count);

/* The keys of names[0, nnames) of a scan of text with tokens toks (see
   lede_quote_key), as a new array in *out (NULL when none; free with
   free()).  Returns LEDE_OK or LEDE_ERR_NOMEM. */
int lede_name_keys(const char *text, const lede_qtoken *toks,
                   const lede_quote_name *names, size_t nnames,
                   lede_quote_key **out, size_t *count);

/* The longest word a list of the attribution rules may hold, and the
   buffer a token's key is folded into for them. */
#define LEDE_QA_WORD_MAX 255
#define LEDE_QA_KEY_BUF 256

struct lede_quote_rules {
  char *bytes; /* the copy of the words the sets point into */
  lede_word_set sets[LEDE_QA_COUNT];
};

/* The attribution rules' view of one scan of text (lede_quote_speakers.c,
   lede_quote_reported.c).  Token indexes are signed and 0-based: a rule
   may look one token before the text, which is no token. */
typedef struct lede_qa {
  const lede_quote_rules *rules;
  const char *text;
  const lede_quote_scan_result *r;
  long n;  /* r->ntokens */
  int oom; /* a long word could not be folded: the answer is void */
} lede_qa;

/* Token i (NULL outside the text). */
const lede_qtoken *lede_qa_token(const lede_qa *c, long i);
/* Token i is a word / a word whose key is w / punctuation ch. */
int lede_qa_word(const lede_qa *c, long i);
int lede_qa_is(const lede_qa *c, long i, const char *w);
int lede_qa_punct(const lede_qa *c, long i, char ch);
/* Word token i's key is in list (enum lede_quote_rule_list). */
int lede_qa_in(const lede_qa *c, long i, int list);
/* Word token i's key ends with suffix (plain ASCII) and is longer than
   longer_than bytes. */
int lede_qa_key_ends(lede_qa *c, long i, const char *suffix,
                     size_t longer_than);
/* Token i's name bits (enum lede_qname_flag; 0 outside the text). */
unsigned lede_qa_name(const lede_qa *c, long i);

/* Sets up c for scan r of text[0, len); returns LEDE_OK or LEDE_ERR_ARG
   (NULL arguments, a text shorter than the scan's tokens, token or mark i
   not below limit). */
int lede_qa_init(lede_qa *c, const lede_quote_rules *rules, const char *text,
                 size_t len, const lede_quote_scan_result *r, size_t i,
                 size_t limit);

/* The speaker rules of lua/lede/quotes.lua (see lede_quote_speakers.c):
   each returns 1 and fills *sp when it finds a speaker, else 0. */
int lede_qa_subject_left(lede_qa *c, long j, long lo, lede_quote_speaker *sp,
                         long *first);
int lede_qa_subject_right(lede_qa *c, long i, long hi, lede_quote_speaker *sp,
                          long *last);
long lede_qa_skip_between_left(const lede_qa *c, long j, long lo);
/* "12-year-old" from token i (within hi): the token after the age, or i. */
long lede_qa_after_age(lede_qa *c, long i, long hi);
int lede_qa_subject_of_verb(lede_qa *c, long v, long lo, lede_quote_speaker *sp,
                            long *first);

/* The speaker of participle v after a comma ("Peskov dismissed the
   talks, claiming …", "Ruiz, affirming …, asked"): the clause's subject,
   or the speaker just before the comma.  Returns the speaker's last
   index, or -1 when v is no such participle or names nobody. */
long lede_qa_participle_subject(lede_qa *c, long v, long lo,
                                lede_quote_speaker *sp);

/* names.lua's split_at for run toks[a..b] of n tokens: the name's first
   token and the title's tokens ti..te (none when te < ti, so te is signed);
   returns 0 when the run holds no name. */
int lede_name_split(const lede_qtoken *toks, size_t n, size_t a, size_t b,
                    size_t *first, size_t *ti, long *te);
/* names.run_right(tokens, i, hi): the last index of the run from i, within
   hi and before token pend (the paragraph's end); (size_t)-1 when toks[i]
   cannot start one. */
size_t lede_name_run_right(const lede_qtoken *toks, size_t n, size_t i,
                           size_t hi, size_t pend);
/* names.links: may link word l join run word w (the one before it)? */
int lede_name_links(const lede_qtoken *toks, size_t n, size_t l, size_t w);

#endif
