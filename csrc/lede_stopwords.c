/*
 * lede_stopwords.c -- function words, which carry no topic: they are left
 * out of sentence vectors, coverage and headline overlap; and the languages
 * of the summarizer.
 *
 * Keys are folded (lower case) with the typographic apostrophe already
 * turned into ASCII '.  The lists are data, lexicon/<code>/stopwords.tsv,
 * which lexicon/gen.lua writes sorted by bytes for bsearch.
 * Reporting verbs ("said", "told") and titles ("Mr") are deliberately NOT
 * here: on the BBC DEV set, keeping them as terms links the sentences that
 * quote the same person, and scores 2.4 R-1 F1 points higher.
 */
#include <stdlib.h>
#include <string.h>

#include "lede_summ.h"

typedef struct key_ref {
  const char *p;
  size_t len;
} key_ref;

/* Byte order, as the list is sorted; the length comes from the key so that
   a list word is compared without strlen. */
static int cmp_key(const void *a, const void *b) {
  const key_ref *k = (const key_ref *)a;
  const char *w = *(const char *const *)b;
  size_t i;
  for (i = 0; i < k->len; i++) {
    unsigned char x = (unsigned char)k->p[i], y = (unsigned char)w[i];
    if (y == 0) return 1; /* the key is longer */
    if (x != y) return (int)x - (int)y;
  }
  return w[i] == 0 ? 0 : -1;
}

int lede_is_stopword_in(const lede_language *lang, const char *key,
                        size_t len) {
  key_ref k;
  if (len == 0 || len > lang->stop_max) return 0;
  k.p = key;
  k.len = len;
  return bsearch(&k, lang->stop, lang->nstop, sizeof lang->stop[0], cmp_key) !=
         NULL;
}

int lede_is_stopword(const char *key, size_t len) {
  return lede_is_stopword_in(&lede_languages[0], key, len);
}

const lede_language *lede_language_find(const char *code, size_t len) {
  const lede_language *l;
  for (l = lede_languages; l->code; l++)
    if (strlen(l->code) == len && memcmp(l->code, code, len) == 0) return l;
  return NULL;
}
