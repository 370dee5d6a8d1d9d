/*
 * lede_quote_names.c -- the name rules of lua/lede/names.lua over a whole
 * text, for the quote finder's C pass: each word's class (capitalized,
 * possessive, title word, run word, link) and the names that index_add
 * reads from the runs of capitalized and title words.  names.lua is the
 * reference: its word lists are passed in, and spec/quotes_spec.lua checks
 * that the names found here are those of names.index_add.
 */
#include <stdlib.h>
#include <string.h>

#include "lede_quotes.h"
#include "lede_vec.h"

#define NOT_FOUND ((size_t)-1)

/* ------------------------------------------------------------ word sets */

uint32_t lede_word_hash(const char *w, size_t len) {
  uint32_t h = 2166136261u; /* FNV-1a */
  size_t i;
  for (i = 0; i < len; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
  return h;
}

int lede_word_set_init(lede_word_set *set, const lede_word_list *list) {
  size_t n = list->count, cap = 16, k;
  memset(set, 0, sizeof *set);
  if (n == 0) return LEDE_OK;
  if (!list->words || n > UINT32_MAX / 4) return LEDE_ERR_ARG;
  while (cap < 2 * n) cap *= 2; /* at most half full */
  set->words = (lede_word *)malloc(n * sizeof(lede_word));
  set->slots = (uint32_t *)calloc(cap, sizeof(uint32_t));
  if (!set->words || !set->slots) {
    lede_word_set_free(set);
    return LEDE_ERR_NOMEM;
  }
  memcpy(set->words, list->words, n * sizeof(lede_word));
  set->count = n;
  set->mask = cap - 1;
  for (k = 0; k < n; k++) {
    const lede_word *w = &set->words[k];
    size_t at = lede_word_hash(w->text, w->len) & set->mask;
    while (set->slots[at] != 0) at = (at + 1) & set->mask;
    set->slots[at] = (uint32_t)k + 1;
  }
  return LEDE_OK;
}

void lede_word_set_free(lede_word_set *set) {
  free(set->words);
  free(set->slots);
  memset(set, 0, sizeof *set);
}

int lede_word_set_has(const lede_word_set *set, const char *w, size_t len,
                      uint32_t h) {
  size_t at;
  if (set->count == 0) return 0;
  for (at = h & set->mask; set->slots[at] != 0; at = (at + 1) & set->mask) {
    const lede_word *x = &set->words[set->slots[at] - 1];
    if (x->len == len && memcmp(x->text, w, len) == 0) return 1;
  }
  return 0;
}

/* ------------------------------------------------------------ word classes */

int lede_name_rules_init(lede_name_rules *r,
                         const lede_word_list lists[LEDE_QL_COUNT]) {
  lede_word_set *sets[6];
  int which[6] = {LEDE_QL_TITLES,   LEDE_QL_NOT_NAMES,
                  LEDE_QL_LINKS,    LEDE_QL_LINK_TITLES,
                  LEDE_QL_DEMONYMS, LEDE_QL_DEMONYM_ENDINGS};
  int k;
  memset(r, 0, sizeof *r);
  sets[0] = &r->titles;
  sets[1] = &r->not_names;
  sets[2] = &r->links;
  sets[3] = &r->link_titles;
  sets[4] = &r->demonyms;
  sets[5] = &r->endings;
  for (k = 0; k < 6; k++) {
    int status = lede_word_set_init(sets[k], &lists[which[k]]);
    if (status != LEDE_OK) {
      lede_name_rules_free(r);
      return status;
    }
  }
  return LEDE_OK;
}

void lede_name_rules_free(lede_name_rules *r) {
  lede_word_set_free(&r->titles);
  lede_word_set_free(&r->not_names);
  lede_word_set_free(&r->links);
  lede_word_set_free(&r->link_titles);
  lede_word_set_free(&r->demonyms);
  lede_word_set_free(&r->endings);
  free(r->key);
  r->key = NULL;
  r->key_cap = 0;
}

/* Folds w[0, len) into r->key as the binding makes token keys (plain ASCII
   lower-cased, anything else lede_fold).  Returns the key's length, or
   NOT_FOUND when out of memory. */
static size_t fold_key(lede_name_rules *r, const char *w, size_t len) {
  size_t i, need;
  int ascii = 1;
  for (i = 0; i < len; i++)
    if ((unsigned char)w[i] >= 0x80) ascii = 0;
  need = ascii ? len : lede_fold(w, len, r->key, r->key_cap);
  if (need > r->key_cap || !r->key) {
    size_t cap = need > 64 ? need : 64;
    char *p = (char *)realloc(r->key, cap);
    if (!p) return NOT_FOUND;
    r->key = p;
    r->key_cap = cap;
    if (!ascii) lede_fold(w, len, r->key, r->key_cap);
  }
  if (ascii)
    for (i = 0; i < len; i++) {
      char c = w[i];
      r->key[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
  return need;
}

/* The length of a possessive ending of key[0, n): 4 for ’s, 2 for 's, 0. */
static size_t possessive_len(const char *key, size_t n) {
  if (n >= 4 && memcmp(key + n - 4, "\xE2\x80\x99s", 4) == 0) return 4;
  if (n >= 2 && memcmp(key + n - 2, "'s", 2) == 0) return 2;
  return 0;
}

/* A word whose first character changes when it is folded (names.is_cap
   for a word that starts with a multi-byte character). */
static int folds_first(const char *w, size_t len, const char *key,
                       size_t klen) {
  unsigned char b = (unsigned char)w[0];
  size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  size_t wn = len < n ? len : n, kn = klen < n ? klen : n;
  return wn != kn || memcmp(w, key, wn) != 0;
}

/* "al-Masri", "el-Sisi", "bin-Salman": a lower-case particle of one to
   three ASCII letters, a hyphen and a capital is a capitalized name
   (names.is_cap). */
static int particle_cap(const char *w, size_t len) {
  size_t i = 0;
  while (i < len && i < 3 && w[i] >= 'a' && w[i] <= 'z') i++;
  return i >= 1 && i + 1 < len && w[i] == '-' && w[i + 1] >= 'A' &&
         w[i + 1] <= 'Z';
}

static int is_demonym(const lede_name_rules *r, const char *k, size_t n) {
  size_t i;
  for (i = 0; i < r->endings.count; i++) {
    const lede_word *e = &r->endings.words[i];
    if (e->len <= n && memcmp(k + n - e->len, e->text, e->len) == 0) return 1;
  }
  return lede_word_set_has(&r->demonyms, k, n, lede_word_hash(k, n));
}

int lede_name_classify(lede_name_rules *r, const char *text, lede_qtoken *t) {
  const char *w = text + t->start;
  size_t len = t->end - t->start, n, bare;
  unsigned char b = (unsigned char)w[0];
  unsigned name = 0;
  uint32_t hk, hb;
  int title;
  t->name = 0;
  if (t->kind != LEDE_TOKEN_WORD) return LEDE_OK;
  n = fold_key(r, w, len);
  if (n == NOT_FOUND) return LEDE_ERR_NOMEM;
  if ((b >= 'A' && b <= 'Z') || (b >= 0xC0 && folds_first(w, len, r->key, n)) ||
      particle_cap(w, len))
    name |= LEDE_QN_CAP;
  bare = n - possessive_len(r->key, n);
  hk = lede_word_hash(r->key, n);
  hb = bare < n ? lede_word_hash(r->key, bare) : hk;
  if (bare < n) name |= LEDE_QN_POSSESSIVE;
  if (n - bare == 4) name |= LEDE_QN_CURLY;
  if (lede_word_set_has(&r->titles, r->key, bare, hb))
    name |= LEDE_QN_TITLE_WORD;
  title = (name & LEDE_QN_TITLE_WORD) ||
          ((name & LEDE_QN_CAP) &&
           ((name & LEDE_QN_POSSESSIVE) || is_demonym(r, r->key, bare)));
  if (title) name |= LEDE_QN_TITLE;
  if (lede_word_set_has(&r->not_names, r->key, n, hk)) name |= LEDE_QN_NOT_NAME;
  if (title || ((name & LEDE_QN_CAP) && !(name & LEDE_QN_NOT_NAME)))
    name |= LEDE_QN_RUN;
  if (lede_word_set_has(&r->links, r->key, n, hk)) name |= LEDE_QN_LINK;
  if (lede_word_set_has(&r->link_titles, r->key, n, hk))
    name |= LEDE_QN_LINK_TITLE;
  if ((n == 3 && memcmp(r->key, "the", 3) == 0) ||
      (n == 1 && r->key[0] == 'a') || (n == 2 && memcmp(r->key, "an", 2) == 0))
    name |= LEDE_QN_ARTICLE;
  t->name = (uint16_t)name;
  return LEDE_OK;
}

/* ------------------------------------------------------------ runs */

/* Runs longer than this are read from their end only (names.MAX_RUN). */
#define MAX_RUN 12

/* The name bits of token i, 0 outside the text (and for non-words). */
static unsigned bits(const lede_qtoken *toks, size_t n, size_t i) {
  return i < n ? toks[i].name : 0;
}

#define HAS(i, f) ((bits(toks, n, (i)) & (f)) != 0)

/* May link word l join the run word w (the word before it) to the next?
   (names.links; w may be outside the text.) */
int lede_name_links(const lede_qtoken *toks, size_t n, size_t l, size_t w) {
  if (!HAS(l, LEDE_QN_LINK)) return 0;
  if (HAS(l, LEDE_QN_LINK_TITLE)) return HAS(w, LEDE_QN_TITLE);
  return HAS(w, LEDE_QN_CAP);
}

/* The first token after token i's paragraph (n when it is the last). */
static size_t para_end(const uint32_t *paras, size_t nparas, size_t n,
                       size_t i) {
  size_t lo = 0, hi = nparas; /* the first paragraph starting after i */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (paras[mid] <= i)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < nparas ? paras[lo] : n;
}

/* names.run_right(tokens, i, hi): the last index of the run from i, or
   NOT_FOUND when toks[i] cannot start one; a run ends with its paragraph
   (before token pend). */
size_t lede_name_run_right(const lede_qtoken *toks, size_t n, size_t i,
                           size_t hi, size_t pend) {
  size_t j = i;
  if (!HAS(i, LEDE_QN_RUN)) return NOT_FOUND;
  if (hi > i + MAX_RUN) hi = i + MAX_RUN;
  while (j + 1 <= hi && j + 1 < pend) {
    if (HAS(j, LEDE_QN_POSSESSIVE) && !HAS(j + 1, LEDE_QN_TITLE)) break;
    if (HAS(j + 1, LEDE_QN_RUN)) {
      j++;
    } else if (lede_name_links(toks, n, j + 1, j) && j + 2 <= hi &&
               HAS(j + 2, LEDE_QN_RUN)) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

int lede_name_split(const lede_qtoken *toks, size_t n, size_t a, size_t b,
                    size_t *first, size_t *ti, long *te) {
  size_t k = b + 1, t; /* k: one past, so that it may reach a-1 */
  while (k > a && HAS(k - 1, LEDE_QN_CAP) && !HAS(k - 1, LEDE_QN_TITLE) &&
         !HAS(k - 1, LEDE_QN_NOT_NAME))
    k--;
  if (HAS(b, LEDE_QN_POSSESSIVE) && HAS(b, LEDE_QN_CAP) &&
      !HAS(b, LEDE_QN_TITLE_WORD) && k == b + 1) {
    k = b;
    while (k > a && HAS(k - 1, LEDE_QN_CAP) && !HAS(k - 1, LEDE_QN_TITLE)) k--;
  }
  if (k > b) return 0;
  *first = k;
  t = a;
  while (t < k && HAS(t, LEDE_QN_ARTICLE)) t++;
  *ti = t;
  while (k > t && HAS(k - 1, LEDE_QN_LINK)) k--; /* k: one past the title */
  *te = (long)k - 1;
  return 1;
}

/* names.split_at for the run a..b: pushes its name, when it has one. */
static int consider(const lede_qtoken *toks, size_t n, size_t a, size_t b,
                    lede_vec *out) {
  size_t first, ti;
  long te;
  lede_quote_name rec;
  if (!lede_name_split(toks, n, a, b, &first, &ti, &te)) return 0;
  rec.first = (uint32_t)first;
  rec.last = (uint32_t)b;
  rec.titled = te >= (long)ti;
  rec.title_first = (uint32_t)ti;
  rec.title_last = (uint32_t)(rec.titled ? (size_t)te : ti);
  rec.name_end = toks[b].end;
  if (HAS(b, LEDE_QN_POSSESSIVE)) {
    /* as names.split does: the key's ending, 4 bytes or 2, off the text
       (clamped to the name's start: a fold may be longer than its text) */
    uint32_t cut = HAS(b, LEDE_QN_CURLY) ? 4 : 2;
    uint32_t start = toks[first].start;
    rec.name_end = rec.name_end - start > cut ? rec.name_end - cut : start;
  }
  return lede_vec_push(out, &rec) == 0 ? 0 : -1;
}

int lede_name_runs(const lede_qtoken *toks, size_t n, const uint32_t *paras,
                   size_t nparas, lede_quote_name **out, size_t *count) {
  lede_vec names;
  size_t i = 0;
  lede_vec_init(&names, sizeof(lede_quote_name));
  while (i < n) {
    if (HAS(i, LEDE_QN_RUN) && HAS(i, LEDE_QN_CAP)) {
      size_t j =
          lede_name_run_right(toks, n, i, n - 1, para_end(paras, nparas, n, i));
      size_t from = i, p, k;
      for (p = i; p < j; p++) {
        if (HAS(p, LEDE_QN_POSSESSIVE)) {
          if (consider(toks, n, from, p, &names) != 0) goto nomem;
          from = p;
        }
      }
      if (consider(toks, n, from, j, &names) != 0) goto nomem;
      /* A possessive ends one run and may head the next title: "Putin’s
         envoy Kirill Dmitriev". */
      if (HAS(j, LEDE_QN_POSSESSIVE) && j + 1 < n &&
          HAS(j + 1, LEDE_QN_TITLE)) {
        k = lede_name_run_right(toks, n, j + 1, n - 1,
                                para_end(paras, nparas, n, j + 1));
        if (k != NOT_FOUND) {
          if (consider(toks, n, j, k, &names) != 0) goto nomem;
          j = k;
        }
      }
      i = j + 1;
    } else {
      i++;
    }
  }
  *out = (lede_quote_name *)lede_vec_release(&names, count);
  return LEDE_OK;
nomem:
  lede_vec_free(&names);
  *out = NULL;
  *count = 0;
  return LEDE_ERR_NOMEM;
}

#undef HAS
