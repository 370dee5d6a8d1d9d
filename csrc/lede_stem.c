/*
 * lede_stem.c -- English stems through Snowball's Porter2 (libstemmer).
 *
 * A libstemmer object keeps its working buffer inside, so it is not
 * thread-safe: every summarizer creates its own (no global stemmer).
 */
#include <stdlib.h>

#include <libstemmer.h>

#include "lede_summ.h"

/* Longer words are left as they are: they are not English inflections and
   stemming them is wasted work. */
#define STEM_MAX_WORD 48

struct lede_stemmer {
  struct sb_stemmer *sb;
};

lede_stemmer *lede_stemmer_new(void) {
  lede_stemmer *st = (lede_stemmer *)malloc(sizeof *st);
  if (!st) return NULL;
  st->sb = sb_stemmer_new("english", "UTF_8");
  if (!st->sb) {
    free(st);
    return NULL;
  }
  return st;
}

void lede_stemmer_free(lede_stemmer *st) {
  if (!st) return;
  sb_stemmer_delete(st->sb);
  free(st);
}

/* Only plain lower-case ASCII words (with inner ' or -) are stemmed; the
   rest -- numbers, names in other scripts -- keep their folded key. */
static int stemmable(const char *key, size_t len) {
  size_t i;
  if (len < 3 || len > STEM_MAX_WORD) return 0;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)key[i];
    if (!((c >= 'a' && c <= 'z') || c == '\'' || c == '-')) return 0;
  }
  return 1;
}

const char *lede_stem(lede_stemmer *st, const char *key, size_t len,
                      size_t *out_len) {
  const sb_symbol *s;
  if (!stemmable(key, len)) {
    *out_len = len;
    return key;
  }
  s = sb_stemmer_stem(st->sb, (const sb_symbol *)key, (int)len);
  if (!s) return NULL;
  *out_len = (size_t)sb_stemmer_length(st->sb);
  return (const char *)s;
}
