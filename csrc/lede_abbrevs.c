/*
 * lede_abbrevs.c -- the words the sentence splitter reads around a period
 * in a language: its abbreviations ("bzw.", "Sra.", "Gov.") and the words
 * an ordinal "3." stands before ("am 3. Oktober").
 *
 * The lists are data, lexicon/<code>/abbreviations.tsv (English's read
 * through lede_is_abbrev and lede_is_title) and ordinal_words.tsv, which
 * lexicon/gen.lua writes sorted by bytes.  A word
 * of the list in lower case matches the text in any case of its ASCII
 * letters; one written with a capital matches only capitalized: "M", the
 * French title, leaves "10 m." a metre, and "Ore" (Oregon) matches "Ore."
 * and "ORE." but never the word in "iron ore.".
 */
#include <stdlib.h>
#include <string.h>

#include "lede_summ.h"
#include "lede_text.h"

/* Longer than any word of the lists (gen.lua allows 15 bytes). */
#define MAX_WORD 16

/* The item of list (n items of size bytes, each starting with its word)
   that matches word as written or, failing that, with its ASCII capitals
   in lower case, or, when word starts with a capital, with the rest in
   lower case ("ORE" finds "Ore"); NULL if none. */
static const void *find(const void *list, size_t n, size_t size,
                        const char *word, size_t len) {
  char low[MAX_WORD];
  const void *hit;
  size_t i;
  if (len == 0 || len >= MAX_WORD) return NULL;
  hit = lede_sorted_find(list, n, size, word, len);
  if (hit) return hit;
  for (i = 0; i < len; i++) {
    char c = word[i];
    low[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
  }
  hit = lede_sorted_find(list, n, size, low, len);
  if (hit || word[0] < 'A' || word[0] > 'Z') return hit;
  for (i = 1; i < len && low[i] == word[i]; i++) continue;
  if (i == len) return NULL; /* "Ore" as written was looked up first */
  low[0] = word[0];
  return lede_sorted_find(list, n, size, low, len);
}

int lede_abbrev_in(const lede_language *lang, const char *word, size_t len) {
  const lede_abbrev *a;
  if (!lang) return LEDE_ABBR_NONE;
  a = (const lede_abbrev *)find(lang->abbrev, lang->nabbrev, sizeof *a, word,
                                len);
  return a ? a->kind : LEDE_ABBR_NONE;
}

int lede_ordinal_word_in(const lede_language *lang, const char *word,
                         size_t len) {
  if (!lang) return 0;
  return find(lang->ordinal_words, lang->nordinal, sizeof(const char *), word,
              len) != NULL;
}
