/*
 * lede_stem.c -- stems through Snowball (libstemmer): Porter2 for English,
 * the language's own algorithm for the others (lexicon/languages.tsv).
 *
 * A libstemmer object keeps its working buffer inside, so it is not
 * thread-safe: every summarizer creates its own (no global stemmer).
 */
#include <stdlib.h>

#include <libstemmer.h>

#include "lede_summ.h"

/* Longer words are left as they are: they are not inflections worth a
   stem, and stemming them is wasted work. */
#define STEM_MAX_WORD 48

struct lede_stemmer {
  struct sb_stemmer *sb;
  int ascii_only; /* English: only ASCII words are stemmed */
};

lede_stemmer *lede_stemmer_new(void) {
  return lede_stemmer_new_for(&lede_languages[0]);
}

lede_stemmer *lede_stemmer_new_for(const lede_language *lang) {
  lede_stemmer *st = (lede_stemmer *)malloc(sizeof *st);
  if (!st) return NULL;
  st->ascii_only = lang == &lede_languages[0];
  st->sb = sb_stemmer_new(lang->snowball, "UTF_8");
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

/* Only lower-case words (with inner ' or -) are stemmed; the rest --
   numbers, names in other scripts -- keep their folded key.  In English a
   word is plain ASCII; elsewhere its letters may be any UTF-8 sequence
   ("años", "über"), which the language's stemmer reads. */
static int stemmable(const lede_stemmer *st, const char *key, size_t len) {
  size_t i;
  if (len < 3 || len > STEM_MAX_WORD) return 0;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)key[i];
    if (!((c >= 'a' && c <= 'z') || c == '\'' || c == '-' ||
          (c >= 0x80 && !st->ascii_only)))
      return 0;
  }
  return 1;
}

const char *lede_stem(lede_stemmer *st, const char *key, size_t len,
                      size_t *out_len) {
  const sb_symbol *s;
  if (!stemmable(st, key, len)) {
    *out_len = len;
    return key;
  }
  s = sb_stemmer_stem(st->sb, (const sb_symbol *)key, (int)len);
  if (!s) return NULL;
  *out_len = (size_t)sb_stemmer_length(st->sb);
  return (const char *)s;
}
