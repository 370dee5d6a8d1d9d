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

size_t lede_word_set_find(const lede_word_set *set, const char *w, size_t len,
                          uint32_t h) {
  size_t at;
  if (set->count == 0) return LEDE_WORD_NONE;
  for (at = h & set->mask; set->slots[at] != 0; at = (at + 1) & set->mask) {
    const lede_word *x = &set->words[set->slots[at] - 1];
    if (x->len == len && memcmp(x->text, w, len) == 0)
      return set->slots[at] - 1;
  }
  return LEDE_WORD_NONE;
}

int lede_word_set_has(const lede_word_set *set, const char *w, size_t len,
                      uint32_t h) {
  return lede_word_set_find(set, w, len, h) != LEDE_WORD_NONE;
}

/* ------------------------------------------------------------ word classes */

void lede_name_rules_init(lede_name_rules *r, const lede_quote_words *words) {
  memset(r, 0, sizeof *r);
  r->words = words;
}

void lede_name_rules_free(lede_name_rules *r) {
  free(r->key);
  r->key = NULL;
  r->key_cap = 0;
}

/* Folds w[0, len) into r->key as the binding makes token keys (plain ASCII
   lower-cased, anything else lede_fold).  Returns the key's length, or
   NOT_FOUND when out of memory. */
size_t lede_name_fold(lede_name_rules *r, const char *w, size_t len) {
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
size_t lede_name_possessive_len(const char *key, size_t n) {
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

#define IN(bits, list) (((bits) & (1u << (list))) != 0)

/* The generational suffixes after a surname (a closed class, so no word
   list): jr, sr, with or without a period, ii, iii, iv. */
static int suffix(const char *key, size_t n) {
  /* (read for every word: two or three bytes compared, no loop) */
  if (n == 2)
    return ((key[0] == 'j' || key[0] == 's') && key[1] == 'r') ||
           (key[0] == 'i' && (key[1] == 'i' || key[1] == 'v'));
  if (n == 3)
    return ((key[0] == 'j' || key[0] == 's') && key[1] == 'r' &&
            key[2] == '.') ||
           (key[0] == 'i' && key[1] == 'i' && key[2] == 'i');
  return 0;
}

size_t lede_name_key_token(const lede_qtoken *toks, size_t first, size_t last) {
  return last > first && (toks[last].name & LEDE_QN_SUFFIX) ? last - 1 : last;
}

int lede_name_classify(lede_name_rules *r, const char *text, lede_qtoken *t) {
  const char *w = text + t->start;
  size_t len = t->end - t->start, n, bare;
  unsigned char b = (unsigned char)w[0];
  unsigned name = 0, of_key, of_bare;
  int title;
  t->name = 0;
  if (t->kind != LEDE_TOKEN_WORD) return LEDE_OK;
  n = lede_name_fold(r, w, len);
  if (n == NOT_FOUND) return LEDE_ERR_NOMEM;
  if ((b >= 'A' && b <= 'Z') || (b >= 0xC0 && folds_first(w, len, r->key, n)) ||
      particle_cap(w, len))
    name |= LEDE_QN_CAP;
  bare = n - lede_name_possessive_len(r->key, n);
  /* One look-up gives every list the key is in; a possessive's bare key
     is looked up too (titles and demonyms are read without the 's). */
  of_key = lede_quote_words_of(r->words, r->key, n, lede_word_hash(r->key, n));
  of_bare = bare < n ? lede_quote_words_of(r->words, r->key, bare,
                                           lede_word_hash(r->key, bare))
                     : of_key;
  if (IN(of_key, LEDE_QL_CUES)) t->flags |= LEDE_QT_CUE;
  if (bare < n) name |= LEDE_QN_POSSESSIVE;
  if (n - bare == 4) name |= LEDE_QN_CURLY;
  if (IN(of_bare, LEDE_QL_TITLES)) name |= LEDE_QN_TITLE_WORD;
  /* "Ukrainian", "Chinese", but not "Ian" or "Sean": given names that
     end as demonyms do */
  if ((name & LEDE_QN_CAP) &&
      (IN(of_bare, LEDE_QL_DEMONYMS) ||
       (lede_quote_words_ending(r->words, r->key, bare) &&
        !IN(of_bare, LEDE_QL_GIVEN_NAMES))))
    name |= LEDE_QN_DEMONYM;
  if (IN(of_bare, LEDE_QL_ORG_ENDS)) name |= LEDE_QN_ORG_END;
  title = (name & LEDE_QN_TITLE_WORD) ||
          ((name & LEDE_QN_CAP) &&
           ((name & LEDE_QN_POSSESSIVE) || (name & LEDE_QN_DEMONYM)));
  if (title) name |= LEDE_QN_TITLE;
  if (IN(of_key, LEDE_QL_NOT_NAMES)) name |= LEDE_QN_NOT_NAME;
  if (title || ((name & LEDE_QN_CAP) && !(name & LEDE_QN_NOT_NAME)))
    name |= LEDE_QN_RUN;
  if (IN(of_key, LEDE_QL_LINKS)) name |= LEDE_QN_LINK;
  if (IN(of_key, LEDE_QL_LINK_TITLES)) name |= LEDE_QN_LINK_TITLE;
  if (suffix(r->key, n)) name |= LEDE_QN_SUFFIX;
  if ((n == 3 && memcmp(r->key, "the", 3) == 0) ||
      (n == 1 && r->key[0] == 'a') || (n == 2 && memcmp(r->key, "an", 2) == 0))
    name |= LEDE_QN_ARTICLE;
  t->name = (uint16_t)name;
  return LEDE_OK;
}

#undef IN

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

/* A capitalized word that may be part of a name: no title word, no
   demonym, no word that never starts a name. */
static int name_word(const lede_qtoken *toks, size_t n, size_t i) {
  return HAS(i, LEDE_QN_CAP) && !HAS(i, LEDE_QN_TITLE) &&
         !HAS(i, LEDE_QN_NOT_NAME);
}

/* "Department for Education", "Ministry of Defence", "Office for
   National Statistics": a word ending an organisation's name, a link and
   only capitalized words to the end of run a..b name an organisation,
   not a person ("Ministry of Defence spokesman Tom Reyes" does). */
static int organisation(const lede_qtoken *toks, size_t n, size_t a, size_t b) {
  size_t i, k;
  for (i = a; i + 2 <= b; i++) {
    if (!HAS(i, LEDE_QN_ORG_END) || !HAS(i + 1, LEDE_QN_LINK)) continue;
    for (k = i + 2; k <= b && HAS(k, LEDE_QN_CAP); k++) {
    }
    if (k > b) return 1;
  }
  return 0;
}

int lede_name_split(const lede_qtoken *toks, size_t n, size_t a, size_t b,
                    size_t *first, size_t *ti, long *te) {
  size_t k = b + 1, t; /* k: one past, so that it may reach a-1 */
  if (organisation(toks, n, a, b)) return 0;
  /* "David Campese", "Kim Kardashian": a demonym's ending on the last word
     after a name's word is a surname's */
  if (b > a && HAS(b, LEDE_QN_DEMONYM) && !HAS(b, LEDE_QN_TITLE_WORD) &&
      !HAS(b, LEDE_QN_POSSESSIVE) && name_word(toks, n, b - 1))
    k = b;
  while (k > a && name_word(toks, n, k - 1)) k--;
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
  rec.key = (uint32_t)lede_name_key_token(toks, first, b);
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

/* ------------------------------------------------------------ keys */

/* One key of the index being built: its bytes in the key buffer, and what
   names.index_add keeps for it. */
typedef struct key_entry {
  size_t off, len;
  uint32_t hash;
  uint32_t words; /* of the name kept */
  lede_quote_key kept;
} key_entry;

typedef struct key_index {
  lede_vec entries; /* key_entry, in the order the keys came */
  lede_vec bytes;   /* the keys' bytes */
  uint32_t *slots;  /* entry + 1, 0 for none; at least twice as many as
                       there are names, so never more than half full */
  size_t mask;
} key_index;

/* The entry of key[0, len) (hash h), made when new (*fresh is then 1);
   NULL when out of memory. */
static key_entry *key_index_get(key_index *x, const char *key, size_t len,
                                uint32_t h, int *fresh) {
  key_entry e, *all = (key_entry *)x->entries.items;
  size_t at;
  *fresh = 0;
  for (at = h & x->mask; x->slots[at] != 0; at = (at + 1) & x->mask) {
    key_entry *old = &all[x->slots[at] - 1];
    if (old->hash == h && old->len == len &&
        memcmp((const char *)x->bytes.items + old->off, key, len) == 0)
      return old;
  }
  memset(&e, 0, sizeof e);
  e.off = x->bytes.count;
  e.len = len;
  e.hash = h;
  if (lede_vec_reserve(&x->bytes, len ? len : 1) != 0 ||
      lede_vec_push(&x->entries, &e) != 0)
    return NULL;
  if (len) memcpy((char *)x->bytes.items + x->bytes.count, key, len);
  x->bytes.count += len;
  x->slots[at] = (uint32_t)x->entries.count;
  *fresh = 1;
  return (key_entry *)x->entries.items + x->entries.count - 1;
}

int lede_name_keys(const char *text, const lede_qtoken *toks,
                   const lede_quote_name *names, size_t nnames,
                   lede_quote_key **out, size_t *count) {
  key_index x;
  lede_name_rules fold; /* (its key buffer only) */
  size_t k, i, cap = 16;
  int status = LEDE_OK;
  *out = NULL;
  *count = 0;
  if (nnames == 0) return LEDE_OK;
  if (nnames > UINT32_MAX / 4) return LEDE_ERR_NOMEM;
  while (cap < 2 * nnames) cap *= 2;
  memset(&x, 0, sizeof x);
  x.slots = (uint32_t *)calloc(cap, sizeof *x.slots);
  if (!x.slots) return LEDE_ERR_NOMEM;
  x.mask = cap - 1;
  lede_vec_init(&x.entries, sizeof(key_entry));
  lede_vec_init(&x.bytes, 1);
  lede_name_rules_init(&fold, NULL);
  for (k = 0; k < nnames && status == LEDE_OK; k++) {
    const lede_quote_name *nm = &names[k];
    const lede_qtoken *t = &toks[nm->key];
    uint32_t words = nm->last - nm->first + 1;
    size_t n = lede_name_fold(&fold, text + t->start, t->end - t->start);
    key_entry *e;
    int fresh;
    if (n == NOT_FOUND) {
      status = LEDE_ERR_NOMEM;
      break;
    }
    n -= lede_name_possessive_len(fold.key, n);
    e = key_index_get(&x, fold.key, n, lede_word_hash(fold.key, n), &fresh);
    if (!e) {
      status = LEDE_ERR_NOMEM;
    } else if (fresh) {
      e->words = words;
      e->kept.name = (uint32_t)k;
      e->kept.title = nm->titled ? (uint32_t)k : LEDE_QUOTE_NONE;
    } else if (words > e->words ||
               (words == e->words && e->kept.title == LEDE_QUOTE_NONE &&
                nm->titled)) {
      /* a fuller name, or as full and titled where the kept one is not */
      e->words = words;
      e->kept.name = (uint32_t)k;
      if (nm->titled) e->kept.title = (uint32_t)k;
    } else if (e->kept.title == LEDE_QUOTE_NONE && nm->titled) {
      e->kept.title = (uint32_t)k; /* a title for a name that had none */
    }
  }
  lede_name_rules_free(&fold);
  free(x.slots);
  lede_vec_free(&x.bytes);
  if (status == LEDE_OK && x.entries.count > 0) {
    const key_entry *e = (const key_entry *)x.entries.items;
    *out = (lede_quote_key *)malloc(x.entries.count * sizeof **out);
    if (!*out) status = LEDE_ERR_NOMEM;
    for (i = 0; *out && i < x.entries.count; i++) (*out)[i] = e[i].kept;
    if (*out) *count = x.entries.count;
  }
  lede_vec_free(&x.entries);
  return status;
}
