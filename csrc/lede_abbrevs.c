/*
 * lede_abbrevs.c -- the words the sentence splitter reads around a period
 * in a language other than English: its abbreviations ("bzw.", "Sra.") and
 * the words an ordinal "3." stands before ("am 3. Oktober").
 *
 * The lists are data, lexicon/<code>/abbreviations.tsv and
 * ordinal_words.tsv, which lexicon/gen.lua writes sorted by bytes.  A word
 * of the list in lower case matches the text in any case of its ASCII
 * letters; one written with a capital ("M", the French title) matches only
 * as written, so "10 m." stays a metre.
 */
#include <stdlib.h>
#include <string.h>

#include "lede_summ.h"

/* Longer than any word of the lists (gen.lua allows 15 bytes). */
#define MAX_WORD 16

typedef struct word_ref {
  const char *p;
  size_t len;
} word_ref;

/* Byte order, as the lists are sorted; w is NUL-terminated, the key not. */
static int cmp_bytes(const word_ref *k, const char *w) {
  size_t i;
  for (i = 0; i < k->len; i++) {
    unsigned char x = (unsigned char)k->p[i], y = (unsigned char)w[i];
    if (y == 0) return 1; /* the key is longer */
    if (x != y) return (int)x - (int)y;
  }
  return w[i] == 0 ? 0 : -1;
}

static int cmp_abbrev(const void *a, const void *b) {
  return cmp_bytes((const word_ref *)a, ((const lede_abbrev *)b)->word);
}

static int cmp_word(const void *a, const void *b) {
  return cmp_bytes((const word_ref *)a, *(const char *const *)b);
}

/* word[0, len) with its ASCII capitals in lower case, into low. */
static void fold_ascii(const char *word, size_t len, char *low) {
  size_t i;
  for (i = 0; i < len; i++) {
    char c = word[i];
    low[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
  }
}

/* The entry of list (n, each size bytes) that matches word as written or,
   failing that, folded; NULL if none. */
static const void *find(const void *list, size_t n, size_t size,
                        int (*cmp)(const void *, const void *),
                        const char *word, size_t len) {
  char low[MAX_WORD];
  word_ref k;
  const void *hit;
  if (!list || len == 0 || len >= MAX_WORD) return NULL;
  k.p = word;
  k.len = len;
  hit = bsearch(&k, list, n, size, cmp);
  if (hit) return hit;
  fold_ascii(word, len, low);
  k.p = low;
  return bsearch(&k, list, n, size, cmp);
}

int lede_abbrev_in(const lede_language *lang, const char *word, size_t len) {
  const lede_abbrev *a;
  if (!lang) return LEDE_ABBR_NONE;
  a = (const lede_abbrev *)find(lang->abbrev, lang->nabbrev, sizeof *a,
                                cmp_abbrev, word, len);
  if (!a) return LEDE_ABBR_NONE;
  return a->title ? LEDE_ABBR_TITLE : LEDE_ABBR_PLAIN;
}

int lede_ordinal_word_in(const lede_language *lang, const char *word,
                         size_t len) {
  if (!lang) return 0;
  return find(lang->ordinal_words, lang->nordinal, sizeof(const char *),
              cmp_word, word, len) != NULL;
}
