/*
 * lede_word_cache.c -- what the analysis learnt about each word as written
 * (its stem, or that it is a stop word), kept from one summary to the next.
 *
 * Why.  Within one summary every distinct token is folded, tested against
 * the stop words and stemmed once (lede_terms' surface cache); across
 * summaries the same words come back ("the", "said", "police"), and
 * stemming them again was a third of a 5 KB article's summary.  A caller
 * that summarizes many texts (the Lua binding does, per Lua state) keeps
 * one cache and hands it to each summarizer.  Term ids stay per summary:
 * the cache holds stems as bytes, so a summary's terms and picks are the
 * same with or without it.
 */
#include <stdlib.h>
#include <string.h>

#include "lede_summ.h"

/* Entries at most; a full cache starts again empty (memory stays within
   a few megabytes whatever is summarized). */
#define WORD_CACHE_MAX 65536

typedef struct word_entry {
  uint32_t stem; /* start of the stem in `stems` */
  uint16_t len;  /* its length */
  uint8_t info;  /* LEDE_WC_* bits */
} word_entry;

struct lede_word_cache {
  const lede_language *lang; /* of the stems and stop words held */
  lede_dict keys;            /* kind byte, capital byte, token bytes */
  lede_vec entries;          /* word_entry per key id */
  lede_vec stems;            /* char */
};

lede_word_cache *lede_word_cache_new(void) {
  lede_word_cache *c = (lede_word_cache *)calloc(1, sizeof *c);
  if (!c) return NULL;
  lede_dict_init(&c->keys);
  lede_vec_init(&c->entries, sizeof(word_entry));
  lede_vec_init(&c->stems, 1);
  return c;
}

static void clear(lede_word_cache *c) {
  lede_dict_free(&c->keys);
  lede_dict_init(&c->keys);
  lede_vec_free(&c->entries);
  lede_vec_init(&c->entries, sizeof(word_entry));
  lede_vec_free(&c->stems);
  lede_vec_init(&c->stems, 1);
}

void lede_word_cache_free(lede_word_cache *c) {
  if (!c) return;
  clear(c);
  free(c);
}

int64_t lede_word_cache_find(lede_word_cache *c, const lede_language *lang,
                             const char *key, size_t len, const char **stem,
                             size_t *stem_len, uint8_t *info) {
  int64_t id;
  if (c->lang != lang || lede_dict_count(&c->keys) >= WORD_CACHE_MAX) {
    clear(c); /* another language's stems, or full */
    c->lang = lang;
  }
  id = lede_dict_intern(&c->keys, key, len);
  if (id > (int64_t)c->entries.count) { /* a miss before was never set */
    clear(c);
    id = lede_dict_intern(&c->keys, key, len);
  }
  if (id < 0) return -1;
  if ((size_t)id < c->entries.count) {
    const word_entry *e = (const word_entry *)c->entries.items + id;
    *stem = (const char *)c->stems.items + e->stem;
    *stem_len = e->len;
    *info = e->info;
    return 1;
  }
  return 0;
}

int lede_word_cache_set(lede_word_cache *c, const char *stem, size_t len,
                        uint8_t info) {
  word_entry e;
  /* the key interned by the find that missed has no entry yet */
  if (lede_dict_count(&c->keys) != c->entries.count + 1 || len > UINT16_MAX ||
      c->stems.count > UINT32_MAX - len ||
      lede_vec_reserve(&c->stems, len) != 0 ||
      lede_vec_reserve(&c->entries, 1) != 0) {
    clear(c); /* never a key without its entry */
    return -1;
  }
  e.stem = (uint32_t)c->stems.count;
  e.len = (uint16_t)len;
  e.info = info;
  if (len > 0) memcpy((char *)c->stems.items + c->stems.count, stem, len);
  c->stems.count += len;
  lede_vec_push(&c->entries, &e);
  return 0;
}
