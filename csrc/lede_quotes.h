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

/* The sets of the name rules, and a scratch buffer for keys. */
typedef struct lede_name_rules {
  lede_word_set titles, not_names, links, link_titles, demonyms, endings;
  char *key; /* the last key folded */
  size_t key_cap;
} lede_name_rules;

int lede_name_rules_init(lede_name_rules *r,
                         const lede_word_list lists[LEDE_QL_COUNT]);
void lede_name_rules_free(lede_name_rules *r);

/* Sets t->name for word token t of text.  Returns LEDE_OK or
   LEDE_ERR_NOMEM. */
int lede_name_classify(lede_name_rules *r, const char *text, lede_qtoken *t);

/* The names of the runs of toks[0, n) (paras[0, nparas): the first token
   of each paragraph), in index_add's order, as a new
   array in *out (NULL when none; free with free()).  Returns LEDE_OK or
   LEDE_ERR_NOMEM. */
int lede_name_runs(const lede_qtoken *toks, size_t n, const uint32_t *paras,
                   size_t nparas, lede_quote_name **out, size_t *count);

#endif
