/*
 * lede_quote_words.c -- the word lists of the quote finder's token pass
 * (lede_quote_scan) made ready once: one hash set of every word of every
 * list, each word with the lists it is in, so that the pass folds a word
 * once and looks it up once (not once per list), and a finder that scans
 * many texts builds no set per text.
 */
#include <stdlib.h>
#include <string.h>

#include "lede_quotes.h"

/* The lists that are looked up as sets: every list but the endings, which
   are read as suffixes. */
static int in_set(int list) { return list != LEDE_QL_DEMONYM_ENDINGS; }

/* Copies the words of list into bytes (from *at on) and all[n...];
   returns the next free index of all. */
static size_t copy_words(char *bytes, size_t *at, const lede_word_list *list,
                         lede_word *all, size_t n) {
  size_t i;
  for (i = 0; i < list->count; i++, n++) {
    const lede_word *src = &list->words[i];
    if (src->len) memcpy(bytes + *at, src->text, src->len);
    all[n].text = bytes + *at;
    all[n].len = src->len;
    *at += src->len;
  }
  return n;
}

int lede_quote_words_new(const lede_word_list lists[LEDE_QL_COUNT],
                         lede_quote_words **out) {
  lede_quote_words *w;
  lede_word *all;
  lede_word_list merged;
  size_t nbytes = 0, count = 0, at = 0, n = 0, k, i;
  int status;
  if (!out) return LEDE_ERR_ARG;
  *out = NULL;
  if (!lists) return LEDE_ERR_ARG;
  for (k = 0; k < LEDE_QL_COUNT; k++) {
    if (lists[k].count > 0 && !lists[k].words) return LEDE_ERR_ARG;
    for (i = 0; i < lists[k].count; i++) {
      if (!lists[k].words[i].text && lists[k].words[i].len > 0)
        return LEDE_ERR_ARG;
      nbytes += lists[k].words[i].len;
    }
    count += lists[k].count;
  }
  w = (lede_quote_words *)calloc(1, sizeof *w);
  all = (lede_word *)malloc((count ? count : 1) * sizeof *all);
  if (w) {
    w->bytes = (char *)malloc(nbytes ? nbytes : 1);
    w->lists = (uint16_t *)calloc(count ? count : 1, sizeof *w->lists);
  }
  if (!w || !all || !w->bytes || !w->lists) {
    free(all);
    lede_quote_words_free(w);
    return LEDE_ERR_NOMEM;
  }
  /* The endings first, so that they are all[0, nendings); then the lists
     of the set, in their order. */
  n = copy_words(w->bytes, &at, &lists[LEDE_QL_DEMONYM_ENDINGS], all, 0);
  w->nendings = n;
  for (k = 0; k < LEDE_QL_COUNT; k++)
    if (in_set((int)k)) n = copy_words(w->bytes, &at, &lists[k], all, n);
  /* The set holds a word once per list it is in; a lookup finds its first
     entry, which carries the bits of all of them. */
  merged.words = all + w->nendings;
  merged.count = count - w->nendings;
  status = lede_word_set_init(&w->set, &merged);
  if (status == LEDE_OK) {
    w->endings = (lede_word *)malloc((w->nendings ? w->nendings : 1) *
                                     sizeof *w->endings);
    if (!w->endings) status = LEDE_ERR_NOMEM;
  }
  if (status != LEDE_OK) {
    free(all);
    lede_quote_words_free(w);
    return status;
  }
  if (w->nendings) memcpy(w->endings, all, w->nendings * sizeof *all);
  n = 0;
  for (k = 0; k < LEDE_QL_COUNT; k++) {
    if (!in_set((int)k)) continue;
    for (i = 0; i < lists[k].count; i++, n++) {
      const lede_word *x = &w->set.words[n];
      size_t first = lede_word_set_find(&w->set, x->text, x->len,
                                        lede_word_hash(x->text, x->len));
      w->lists[first] |= (uint16_t)(1u << k);
    }
  }
  free(all); /* the set keeps copies of the lede_word entries */
  *out = w;
  return LEDE_OK;
}

void lede_quote_words_free(lede_quote_words *w) {
  if (!w) return;
  lede_word_set_free(&w->set);
  free(w->lists);
  free(w->endings);
  free(w->bytes);
  free(w);
}

unsigned lede_quote_words_of(const lede_quote_words *w, const char *key,
                             size_t len, uint32_t h) {
  size_t at = lede_word_set_find(&w->set, key, len, h);
  return at == LEDE_WORD_NONE ? 0u : w->lists[at];
}

int lede_quote_words_ending(const lede_quote_words *w, const char *key,
                            size_t len) {
  size_t i;
  for (i = 0; i < w->nendings; i++) {
    const lede_word *e = &w->endings[i];
    if (e->len <= len && memcmp(key + len - e->len, e->text, e->len) == 0)
      return 1;
  }
  return 0;
}
