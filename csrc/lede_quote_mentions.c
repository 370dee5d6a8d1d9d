/*
 * lede_quote_mentions.c -- the mentions of known people in a scan of the
 * quote finder (lede_quote_scan): the capitalized words outside quote
 * marks whose key is one of a set, for lua/lede/quotes.lua, which resolves
 * "he said" to the person named last before it.  The keys are folded as
 * the scan folds words (plain ASCII lower-cased, anything else lede_fold),
 * without a possessive 's.
 */
#include <stdlib.h>
#include <string.h>

#include "lede_quotes.h"

struct lede_quote_keys {
  lede_word_set set;
  char *bytes; /* the copy of the keys that the set points into */
};

int lede_quote_keys_new(const lede_word *keys, size_t n,
                        lede_quote_keys **out) {
  lede_quote_keys *k;
  lede_word *copy;
  lede_word_list list;
  size_t nbytes = 0, at = 0, i;
  int status;
  if (!out) return LEDE_ERR_ARG;
  *out = NULL;
  if (n > 0 && !keys) return LEDE_ERR_ARG;
  for (i = 0; i < n; i++) {
    if (!keys[i].text && keys[i].len > 0) return LEDE_ERR_ARG;
    nbytes += keys[i].len;
  }
  k = (lede_quote_keys *)calloc(1, sizeof *k);
  copy = (lede_word *)malloc((n ? n : 1) * sizeof *copy);
  if (k) k->bytes = (char *)malloc(nbytes ? nbytes : 1);
  if (!k || !copy || !k->bytes) {
    free(copy);
    lede_quote_keys_free(k);
    return LEDE_ERR_NOMEM;
  }
  for (i = 0; i < n; i++) {
    if (keys[i].len) memcpy(k->bytes + at, keys[i].text, keys[i].len);
    copy[i].text = k->bytes + at;
    copy[i].len = keys[i].len;
    at += keys[i].len;
  }
  list.words = copy;
  list.count = n;
  status = lede_word_set_init(&k->set, &list);
  free(copy); /* the set keeps its own copy of the entries */
  if (status != LEDE_OK) {
    lede_quote_keys_free(k);
    return status;
  }
  *out = k;
  return LEDE_OK;
}

void lede_quote_keys_free(lede_quote_keys *keys) {
  if (!keys) return;
  lede_word_set_free(&keys->set);
  free(keys->bytes);
  free(keys);
}

int lede_quote_next_mention(const lede_quote_keys *keys, const char *text,
                            size_t len, const lede_quote_scan_result *r,
                            size_t *i, size_t *which) {
  lede_name_rules fold; /* (its key buffer only) */
  size_t k;
  int found = 0;
  if (!keys || !r || !i || !which || (!text && len > 0) || *i > r->ntokens ||
      (r->ntokens > 0 && r->tokens[r->ntokens - 1].end > len))
    return LEDE_ERR_ARG;
  lede_name_rules_init(&fold, NULL);
  for (k = *i; k < r->ntokens; k++) {
    const lede_qtoken *t = &r->tokens[k];
    size_t n, at;
    if (!(t->name & LEDE_QN_CAP) || (t->flags & LEDE_QT_INSIDE)) continue;
    n = lede_name_fold(&fold, text + t->start, t->end - t->start);
    if (n == LEDE_WORD_NONE) {
      lede_name_rules_free(&fold);
      return LEDE_ERR_NOMEM;
    }
    n -= lede_name_possessive_len(fold.key, n);
    at = lede_word_set_find(&keys->set, fold.key, n,
                            lede_word_hash(fold.key, n));
    if (at != LEDE_WORD_NONE) {
      *which = at;
      found = 1;
      break;
    }
  }
  lede_name_rules_free(&fold);
  *i = k;
  return found;
}
