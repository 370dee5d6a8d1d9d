/*
 * lede_features.c -- from a document body to sentence term vectors.
 *
 * Each sentence becomes a sorted list of (term id, count): the Porter2 stems
 * of its content words (stopwords left out), its numbers as they are
 * written, and the bigrams of consecutive content stems ("prime minist").
 * The bigrams let two sentences that say the same thing in the same words
 * look closer than two that share the words in another order, and they are
 * the "concepts" the coverage objective counts (see lede_rank.c).
 */
#include <stdlib.h>
#include <string.h>

#include "lede_summ.h"
#include "lede_text.h"

#define DICT_MIN_SLOTS 1024
#define KEY_MAX 64 /* longer tokens are not words worth a term */

/* ------------------------------------------------------------ dictionary */

static uint32_t hash_bytes(const char *p, size_t n) {
  uint32_t h = 2166136261u; /* FNV-1a */
  size_t i;
  for (i = 0; i < n; i++) {
    h ^= (unsigned char)p[i];
    h *= 16777619u;
  }
  return h;
}

void lede_dict_init(lede_dict *d) {
  d->slots = NULL;
  d->nslots = 0;
  lede_vec_init(&d->offs, sizeof(uint32_t));
  lede_vec_init(&d->bytes, 1);
  lede_vec_init(&d->hashes, sizeof(uint32_t));
}

void lede_dict_free(lede_dict *d) {
  free(d->slots);
  d->slots = NULL;
  d->nslots = 0;
  lede_vec_free(&d->offs);
  lede_vec_free(&d->bytes);
  lede_vec_free(&d->hashes);
}

/* Doubles the slot table (or creates it, as large as the ids ask: it may
   have been dropped, see lede_terms_shrink) and re-inserts every id. */
static int dict_grow(lede_dict *d) {
  size_t n = d->nslots ? d->nslots * 2 : DICT_MIN_SLOTS;
  size_t count = lede_dict_count(d), i;
  while ((count + 1) * 2 > n) n *= 2;
  const uint32_t *hashes = (const uint32_t *)d->hashes.items;
  uint32_t *slots = (uint32_t *)calloc(n, sizeof *slots);
  if (!slots) return -1;
  for (i = 0; i < count; i++) {
    size_t j = hashes[i] & (n - 1);
    while (slots[j]) j = (j + 1) & (n - 1);
    slots[j] = (uint32_t)i + 1;
  }
  free(d->slots);
  d->slots = slots;
  d->nslots = n;
  return 0;
}

int64_t lede_dict_intern(lede_dict *d, const char *key, size_t len) {
  uint32_t h = hash_bytes(key, len), id, end;
  size_t j, count = lede_dict_count(d);
  const uint32_t *offs;
  if (d->offs.count == 0) {
    uint32_t zero = 0;
    if (lede_vec_push(&d->offs, &zero) != 0) return -1;
  }
  if ((count + 1) * 2 > d->nslots && dict_grow(d) != 0) return -1;
  offs = (const uint32_t *)d->offs.items;
  for (j = h & (d->nslots - 1); d->slots[j]; j = (j + 1) & (d->nslots - 1)) {
    uint32_t i = d->slots[j] - 1;
    if (((const uint32_t *)d->hashes.items)[i] == h &&
        offs[i + 1] - offs[i] == len &&
        memcmp((const char *)d->bytes.items + offs[i], key, len) == 0)
      return i;
  }
  if (d->bytes.count + len >= UINT32_MAX) return -1;
  if (lede_vec_reserve(&d->bytes, len) != 0 ||
      lede_vec_reserve(&d->offs, 1) != 0 ||
      lede_vec_reserve(&d->hashes, 1) != 0)
    return -1;
  memcpy((char *)d->bytes.items + d->bytes.count, key, len);
  d->bytes.count += len;
  end = (uint32_t)d->bytes.count;
  lede_vec_push(&d->offs, &end);
  lede_vec_push(&d->hashes, &h);
  id = (uint32_t)count;
  d->slots[j] = id + 1;
  return id;
}

/* ------------------------------------------------------------ words */

/* ' ', \t, \n, \v, \f or \r: one comparison for the bytes above ' ' */
static int is_ascii_space(unsigned char c) {
  return c <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r'));
}

uint32_t lede_count_words(const char *text, size_t len) {
  uint32_t n = 0;
  size_t i;
  int in_word = 0;
  for (i = 0; i < len; i++) {
    int sp = is_ascii_space((unsigned char)text[i]);
    if (!sp && !in_word) n++;
    in_word = !sp;
  }
  return n;
}

/* Folds a token into buf (KEY_MAX bytes) with ’ turned into ', and drops
   a final possessive 's.  Returns the key length, or 0 when the token is
   too long to be a word. */
static size_t token_key(const char *text, const lede_token *t, char *buf) {
  char tmp[KEY_MAX];
  size_t n = lede_fold(text + t->start, t->end - t->start, tmp, sizeof tmp);
  size_t i, k = 0;
  if (n > sizeof tmp) return 0;
  for (i = 0; i < n; i++) {
    if (i + 2 < n && (unsigned char)tmp[i] == 0xE2 &&
        (unsigned char)tmp[i + 1] == 0x80 &&
        (unsigned char)tmp[i + 2] == 0x99) {
      buf[k++] = '\'';
      i += 2;
    } else {
      buf[k++] = tmp[i];
    }
  }
  if (k > 2 && buf[k - 2] == '\'' && buf[k - 1] == 's') k -= 2;
  return k;
}

static int cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return (x > y) - (x < y);
}

/* A sentence's ids are few: an insertion sort in place beats qsort's call
   per comparison up to this many (a long one still goes to qsort). */
#define SORT_SMALL 48

static void sort_ids(uint32_t *v, size_t n) {
  size_t i, j;
  if (n > SORT_SMALL) {
    qsort(v, n, sizeof *v, cmp_u32);
    return;
  }
  for (i = 1; i < n; i++) {
    uint32_t x = v[i];
    for (j = i; j > 0 && v[j - 1] > x; j--) v[j] = v[j - 1];
    v[j] = x;
  }
}

/* Sorts the ids of one sentence and appends them to tws as (id, count). */
static int flush_terms(lede_vec *ids, lede_vec *tws) {
  uint32_t *v = (uint32_t *)ids->items;
  size_t i, n = ids->count;
  lede_tw *out;
  if (n == 0) return 0;
  sort_ids(v, n);
  if (lede_vec_reserve(tws, n) != 0) return -1; /* at most n entries */
  out = (lede_tw *)tws->items + tws->count;
  for (i = 0; i < n;) {
    size_t j = i;
    while (j < n && v[j] == v[i]) j++;
    out->id = v[i];
    out->w = (float)(j - i);
    out++;
    i = j;
  }
  tws->count = (size_t)(out - (lede_tw *)tws->items);
  ids->count = 0;
  return 0;
}

/* Ends with a final mark, possibly followed by closing quotes/brackets. */
static int ends_final(const char *text, uint32_t start, uint32_t end) {
  while (end > start) {
    unsigned char c = (unsigned char)text[end - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      end--;
    } else if (end - start >= 3 && c >= 0x80 &&
               (unsigned char)text[end - 3] == 0xE2 &&
               (unsigned char)text[end - 2] == 0x80 &&
               (c == 0x9D || c == 0x99)) { /* ” ’ */
      end -= 3;
    } else {
      return c == '.' || c == '!' || c == '?' ||
             (c == 0xA6 && end - start >= 3 &&
              (unsigned char)text[end - 3] == 0xE2); /* … */
    }
  }
  return 0;
}

static int starts_quote(const char *text, uint32_t start, uint32_t end) {
  unsigned char c = (unsigned char)text[start];
  if (c == '"') return 1;
  return end - start >= 3 && c == 0xE2 &&
         (unsigned char)text[start + 1] == 0x80 &&
         (unsigned char)text[start + 2] == 0x9C; /* “ */
}

int lede_terms_init(lede_terms *t, const lede_language *lang) {
  lede_dict_init(&t->dict);
  lede_dict_init(&t->surface);
  lede_vec_init(&t->surface_term, sizeof(int64_t));
  lede_vec_init(&t->surface_bits, 1);
  lede_vec_init(&t->kind, 1);
  lede_vec_init(&t->tolls, sizeof(uint32_t));
  t->lang = lang;
  t->words = NULL;
  t->st = lede_stemmer_new_for(lang);
  return t->st ? LEDE_OK : LEDE_ERR_NOMEM;
}

void lede_terms_free(lede_terms *t) {
  lede_stemmer_free(t->st);
  t->st = NULL;
  lede_dict_free(&t->dict);
  lede_dict_free(&t->surface);
  lede_vec_free(&t->surface_term);
  lede_vec_free(&t->surface_bits);
  lede_vec_free(&t->kind);
  lede_vec_free(&t->tolls);
}

void lede_terms_shrink(lede_terms *t) {
  free(t->dict.slots); /* hashes keep what rebuilding the index needs */
  t->dict.slots = NULL;
  t->dict.nslots = 0;
  lede_dict_free(&t->surface);
  lede_dict_init(&t->surface);
  lede_vec_free(&t->surface_term);
  lede_vec_init(&t->surface_term, sizeof(int64_t));
  lede_vec_free(&t->surface_bits);
  lede_vec_init(&t->surface_bits, 1);
}

/* Adds the LEDE_TK_* bits to term id's kind. */
static int mark_kind(lede_terms *t, size_t id, uint8_t bits) {
  uint8_t zero = 0;
  while (t->kind.count <= id)
    if (lede_vec_push(&t->kind, &zero) != 0) return -1;
  ((uint8_t *)t->kind.items)[id] |= bits;
  return 0;
}

/* A word of a fixed list, with its length. */
typedef struct listed_word {
  const char *w;
  size_t len;
} listed_word;
#define W(s) \
  { s, sizeof s - 1 }

/* Stems (Porter2, English) of the words a casualty report turns on: a
   sentence with one of them and a number (in digits or words) is read by
   lede_casualties.  Other languages have no casualty grammar.  The lists
   here are sorted by bytes (in_list searches them by halves). */
static const listed_word toll_stems[] = {
    W("abduct"), W("bodi"),    W("casualti"), W("dead"),   W("death"),
    W("die"),    W("displac"), W("drown"),    W("evacu"),  W("fatal"),
    W("hurt"),   W("injur"),   W("injuri"),   W("kidnap"), W("kill"),
    W("miss"),   W("perish"),  W("shot"),     W("toll"),   W("victim"),
    W("wound")};

/* Number words (folded) a toll is often given in. */
static const listed_word count_words[] = {
    W("dozen"),    W("dozens"),    W("eight"),     W("eighteen"), W("eighty"),
    W("eleven"),   W("fifteen"),   W("fifty"),     W("five"),     W("forty"),
    W("four"),     W("fourteen"),  W("hundred"),   W("hundreds"), W("million"),
    W("millions"), W("nine"),      W("nineteen"),  W("ninety"),   W("one"),
    W("scores"),   W("seven"),     W("seventeen"), W("seventy"),  W("six"),
    W("sixteen"),  W("sixty"),     W("ten"),       W("thirteen"), W("thirty"),
    W("thousand"), W("thousands"), W("three"),     W("twelve"),   W("twenty"),
    W("two")};

/* Words of a date (folded): they pin a fact to its day as numbers do. */
static const listed_word date_words[] = {
    W("april"),    W("august"),  W("december"), W("february"),  W("friday"),
    W("january"),  W("july"),    W("june"),     W("march"),     W("monday"),
    W("november"), W("october"), W("saturday"), W("september"), W("sunday"),
    W("thursday"), W("tuesday"), W("wednesday")};

#define NITEMS(a) (sizeof(a) / sizeof((a)[0]))

/* Is w[0, len) one of the n sorted words of list? */
static int in_list(const listed_word *list, size_t n, const char *w,
                   size_t len) {
  return lede_sorted_find(list, n, sizeof *list, w, len) != NULL;
}

static int is_toll_stem(const lede_terms *t, const char *stem, size_t len) {
  return t->lang == &lede_languages[0] &&
         in_list(toll_stems, NITEMS(toll_stems), stem, len);
}

static int is_date_word(const lede_terms *t, const char *key, size_t len) {
  return t->lang == &lede_languages[0] &&
         in_list(date_words, NITEMS(date_words), key, len);
}

/* Bits of a token's surface (t->surface_bits): what makes its sentence
   worth reading for a casualty count. */
#define SURF_TOLL 1  /* a word of casualty reports */
#define SURF_COUNT 2 /* a number in digits (words: has_count_word) */

/* What the word or number tk is, worked out from its bytes: its stem (or
   the folded number) in *stem, *stem_len, with LEDE_WC_* bits (no
   LEDE_WC_TERM: a stopword, a one-letter word, a token too long to be a
   word).  The stem lives in key or in the stemmer until the next call.
   Returns -2 when out of memory, else 0. */
static int word_of(const char *text, const lede_token *tk, lede_terms *t,
                   char *key, const char **stem, size_t *stem_len,
                   uint8_t *info) {
  size_t klen = token_key(text, tk, key), slen;
  const char *st;
  *info = 0;
  *stem_len = 0;
  if (klen == 0 || (tk->kind == LEDE_TOKEN_WORD &&
                    (klen < 2 || lede_is_stopword_in(t->lang, key, klen))))
    return 0;
  if (tk->kind == LEDE_TOKEN_WORD) {
    st = lede_stem(t->st, key, klen, &slen);
    if (!st) return -2;
  } else {
    st = key;
    slen = klen;
  }
  if (slen > KEY_MAX) slen = KEY_MAX;
  if (slen > 0 && (st[0] == LEDE_BIGRAM_MARK || st[0] == LEDE_TOLL_MARK))
    return 0; /* never mistaken for a bigram or a toll term */
  *info = LEDE_WC_TERM;
  if (tk->kind == LEDE_TOKEN_WORD && is_toll_stem(t, st, slen))
    *info |= LEDE_WC_TOLL;
  if (tk->kind == LEDE_TOKEN_NUMBER ||
      (tk->kind == LEDE_TOKEN_WORD && (tk->flags & LEDE_TF_CAPITALIZED) &&
       is_date_word(t, key, klen)))
    *info |= LEDE_WC_DATE;
  *stem = st;
  *stem_len = slen;
  return 0;
}

/* Longest token looked up in the word cache (longer ones are no words). */
#define CACHED_MAX (4 * KEY_MAX)

/* word_of(), through t->words when there is one: the key is the token's
   kind, whether it is capitalized (date words depend on it) and its
   bytes. */
static int cached_word_of(const char *text, const lede_token *tk, lede_terms *t,
                          char *key, const char **stem, size_t *stem_len,
                          uint8_t *info) {
  char ckey[2 + CACHED_MAX];
  size_t n = tk->end - tk->start;
  int64_t found;
  int status;
  if (!t->words || n > CACHED_MAX)
    return word_of(text, tk, t, key, stem, stem_len, info);
  ckey[0] = (char)tk->kind;
  ckey[1] = (tk->flags & LEDE_TF_CAPITALIZED) ? 1 : 0;
  memcpy(ckey + 2, text + tk->start, n);
  found = lede_word_cache_find(t->words, t->lang, ckey, n + 2, stem, stem_len,
                               info);
  if (found < 0) return -2;
  if (found == 1) return 0;
  status = word_of(text, tk, t, key, stem, stem_len, info);
  if (status == 0) lede_word_cache_set(t->words, *stem, *stem_len, *info);
  return status;
}

/* The term of token tk (a word or a number), or -1 when it has none (a
   stopword, a one-letter word, a token too long to be a word), and its
   SURF_* bits in *bits.  Looked up by the token's bytes first; worked out
   (word_of) only when new.  Returns -2 when out of memory. */
static int64_t token_term(const char *text, const lede_token *tk, lede_terms *t,
                          uint8_t *bits) {
  char key[KEY_MAX];
  size_t slen, nsurf = lede_dict_count(&t->surface);
  const char *stem = NULL;
  int64_t sid, id = -1;
  uint8_t b = 0, info;
  sid = lede_dict_intern(&t->surface, text + tk->start, tk->end - tk->start);
  if (sid < 0) return -2;
  if ((size_t)sid < nsurf) {
    *bits = ((const uint8_t *)t->surface_bits.items)[sid];
    return ((const int64_t *)t->surface_term.items)[sid];
  }
  if (cached_word_of(text, tk, t, key, &stem, &slen, &info) != 0) return -2;
  if (tk->kind == LEDE_TOKEN_NUMBER) b |= SURF_COUNT;
  if (info & LEDE_WC_TOLL) b |= SURF_TOLL;
  if (info & LEDE_WC_TERM) {
    id = lede_dict_intern(&t->dict, stem, slen);
    if (id < 0) return -2;
    if ((info & LEDE_WC_DATE) && mark_kind(t, (size_t)id, LEDE_TK_NUMBER) != 0)
      return -2;
  }
  if (lede_vec_push(&t->surface_term, &id) != 0) return -2;
  if (lede_vec_push(&t->surface_bits, &b) != 0) {
    t->surface_term.count--; /* the two go in together */
    return -2;
  }
  *bits = b;
  return id;
}

/* Does one of the tokens toks[0, n) write a number in words ("eight",
   "dozens")?  Asked only of the few sentences with a word of casualty
   reports and no digits. */
static int has_count_word(const char *text, const lede_token *toks, size_t n) {
  char key[KEY_MAX];
  size_t i, klen;
  for (i = 0; i < n; i++) {
    if (toks[i].kind != LEDE_TOKEN_WORD) continue;
    klen = token_key(text, &toks[i], key);
    if (in_list(count_words, NITEMS(count_words), key, klen)) return 1;
  }
  return 0;
}

/* Appends term id x to ids (uint32_t): lede_vec_push without its copy of
   a size known only at run time, for the term entries of every token. */
static int push_id(lede_vec *ids, uint32_t x) {
  if (lede_vec_reserve(ids, 1) != 0) return -1;
  ((uint32_t *)ids->items)[ids->count++] = x;
  return 0;
}

/* Interns every content term of tokens toks[0, n) into ids.  With `seen`
   (a sentence of a document, not a headline), marks the words written
   capitalized after the first as names and ORs the SURF_* bits of its
   tokens into *seen. */
static int sentence_terms(const char *text, const lede_token *toks, size_t n,
                          lede_terms *t, lede_vec *ids, unsigned *seen) {
  char pair[1 + 2 * sizeof(uint32_t)];
  int64_t prev = -1;
  size_t i;
  int first = 1; /* no word seen yet: a capital there says nothing */
  for (i = 0; i < n; i++) {
    const lede_token *tk = &toks[i];
    int64_t id;
    uint32_t uid;
    uint8_t bits = 0;
    if (tk->kind != LEDE_TOKEN_WORD && tk->kind != LEDE_TOKEN_NUMBER) {
      if (tk->kind == LEDE_TOKEN_PUNCT) prev = -1;
      continue;
    }
    id = token_term(text, tk, t, &bits);
    if (id == -2) return LEDE_ERR_NOMEM;
    if (seen) *seen |= bits;
    if (tk->kind == LEDE_TOKEN_WORD) {
      int was_first = first;
      first = 0;
      if (id < 0) continue; /* stopwords do not break a bigram */
      if (seen && !was_first && (tk->flags & LEDE_TF_CAPITALIZED) &&
          mark_kind(t, (size_t)id, LEDE_TK_NAME) != 0)
        return LEDE_ERR_NOMEM;
    }
    if (id < 0) continue;
    uid = (uint32_t)id;
    if (push_id(ids, uid) != 0) return LEDE_ERR_NOMEM;
    if (prev >= 0) {
      uint32_t a = (uint32_t)prev, b = uid;
      int64_t bi;
      pair[0] = LEDE_BIGRAM_MARK;
      memcpy(pair + 1, &a, sizeof a);
      memcpy(pair + 1 + sizeof a, &b, sizeof b);
      bi = lede_dict_intern(&t->dict, pair, sizeof pair);
      if (bi < 0) return LEDE_ERR_NOMEM;
      if (push_id(ids, (uint32_t)bi) != 0) return LEDE_ERR_NOMEM;
    }
    prev = id;
  }
  return LEDE_OK;
}

/* The sentences are analyzed a chunk of about CHUNK bytes at a time, with
   the tokens of that chunk only (memory bounds; the tokens of a
   whole text are twelve bytes each).  A chunk ends at an ASCII white-space
   byte between two sentences: no token holds one, and the tokenizer never
   looks past one (nor before one, at a chunk's start), so a chunk's tokens
   are those of the whole text at the same places.  Only the line flags of
   a chunk's first token depend on what lies before it: chunk_first_flags
   sets them as lede_tokenize would have. */
#define CHUNK 65536

static int is_ascii_cut(unsigned char c) { return is_ascii_space(c); }

/* The first ASCII white-space byte of text[from, to), or `to`. */
static size_t cut_in(const char *text, size_t from, size_t to) {
  while (from < to && !is_ascii_cut((unsigned char)text[from])) from++;
  return from;
}

/* Line flags of a token at `at` whose white space starts at `gap` (the end
   of the token before; `first`: there is none, the text start counts as a
   paragraph start), counted as lede_tokenize counts them. */
static uint8_t line_flags(const char *text, size_t len, size_t gap, size_t at,
                          int first) {
  int newlines = first ? 2 : 0;
  size_t n;
  while (gap < at) {
    int cls = lede_class_at(text, len, gap, &n);
    if (cls == LC_NEWLINE) {
      if (text[gap] == '\r' && gap + 1 < len && text[gap + 1] == '\n') n = 2;
      newlines++;
    }
    gap += n;
  }
  return (uint8_t)((newlines >= 1 ? LEDE_TF_LINE_START : 0) |
                   (newlines >= 2 ? LEDE_TF_PARA_START : 0));
}

/* The LEDE_SF_OPEN / LEDE_SF_CLOSE / LEDE_SF_FRAGMENT bits of a sentence
   whose quotation marks go `way` (lede_quote_way), while a quote opened
   before it in its paragraph is open (*in_quote), which it updates: a
   sentence inside a quote needs the one before and the one after it; one
   that closes a quote nobody opened cannot stand at all. */
static uint8_t quote_flags(int way, int *in_quote) {
  if (*in_quote) {
    if (way == LEDE_QUOTE_CLOSES || way == LEDE_QUOTE_OPENS) {
      *in_quote = 0; /* an odd mark inside an open quote closes it */
      return LEDE_SF_CLOSE;
    }
    return LEDE_SF_CLOSE | LEDE_SF_OPEN;
  }
  if (way == LEDE_QUOTE_OPENS) {
    *in_quote = 1;
    return LEDE_SF_OPEN;
  }
  return way == LEDE_QUOTE_CLOSES ? LEDE_SF_FRAGMENT : 0;
}

/* Appends n items to v: 0, or -1 when out of memory. */
static int push_items(lede_vec *v, const void *items, size_t n) {
  if (lede_vec_reserve(v, n) != 0) return -1;
  memcpy((char *)v->items + v->count * v->size, items, n * v->size);
  v->count += n;
  return 0;
}

/* The term of a casualty claim (its kind and count), or -1 when it counts
   nobody ("no one was hurt": no event); -2 when out of memory. */
static int64_t toll_term(lede_terms *t, const lede_casualty *c) {
  char key[2 + sizeof(uint32_t)];
  uint32_t count;
  int64_t id;
  if (!(c->count >= 1)) return -1;
  count = c->count < 4e9 ? (uint32_t)c->count : 4000000000u;
  key[0] = LEDE_TOLL_MARK;
  key[1] = (char)c->kind;
  memcpy(key + 2, &count, sizeof count);
  id = lede_dict_intern(&t->dict, key, sizeof key);
  if (id < 0 || mark_kind(t, (size_t)id, LEDE_TK_TOLL) != 0) return -2;
  return id;
}

/* Merges the sorted term ids add[0, n) into sentence k's entries, which
   end at tws position `end`, writing them to end at `to` (>= end + n):
   the entries move towards the end, so the last are moved first. */
static void merge_back(lede_tw *T, size_t from, size_t end, size_t to,
                       const uint32_t *add, size_t n) {
  while (n > 0 || end > from) {
    if (n > 0 && end > from && T[end - 1].id == add[n - 1]) {
      T[--to] = T[--end];
      T[to].w += 1;
      n--;
    } else if (n > 0 && (end == from || add[n - 1] > T[end - 1].id)) {
      T[--to].id = add[--n];
      T[to].w = 1;
    } else {
      T[--to] = T[--end];
    }
  }
}

/* The sentences cand[0, ncand) (indices into sents, in order, the last
   document's) have a word of casualty reports and a number: one
   lede_casualties over them, joined by blank lines, finds their claims,
   whose counts become terms of the sentences (merged into their sorted
   entries, which move up) and LEDE_SF_TOLL flags. */
#define TOLLS_MAX 16 /* toll terms of one sentence; more are not kept */
static int add_tolls(const char *text, uint32_t base, lede_terms *t,
                     lede_vec *sents, lede_vec *flags, lede_vec *tws,
                     const uint32_t *cand, size_t ncand) {
  lede_sent *S = (lede_sent *)sents->items;
  lede_vec buf, at, ids; /* the joined text; each candidate's start in it */
  lede_casualty *cas = NULL;
  size_t ncas = 0, i, k, first = cand[0], nsent = sents->count, total;
  size_t *nadd = NULL; /* entries added to each sentence from `first` */
  int status = LEDE_OK;
  lede_vec_init(&buf, 1);
  lede_vec_init(&at, sizeof(uint32_t));
  lede_vec_init(&ids, sizeof(uint32_t));
  for (k = 0; status == LEDE_OK && k < ncand; k++) {
    const lede_sent *x = &S[cand[k]];
    uint32_t off = (uint32_t)buf.count;
    if (lede_vec_push(&at, &off) != 0 ||
        push_items(&buf, text + (x->start - base), x->end - x->start) != 0 ||
        push_items(&buf, "\n\n", 2) != 0)
      status = LEDE_ERR_NOMEM;
  }
  if (status == LEDE_OK) {
    status = lede_casualties((const char *)buf.items, buf.count, &cas, &ncas);
    if (status != LEDE_OK && status != LEDE_ERR_NOMEM)
      status = LEDE_OK, ncas = 0;
  }
  nadd = status == LEDE_OK ? (size_t *)calloc(nsent - first + 1, sizeof *nadd)
                           : NULL;
  if (status == LEDE_OK && !nadd) status = LEDE_ERR_NOMEM;
  /* (candidate, term) pairs in claim order: the candidates' order */
  for (i = 0, k = 0; status == LEDE_OK && i < ncas; i++) {
    const uint32_t *starts = (const uint32_t *)at.items;
    int64_t id;
    while (k + 1 < ncand && starts[k + 1] <= cas[i].sent_start) k++;
    if (nadd[cand[k] - first] >= TOLLS_MAX) continue;
    id = toll_term(t, &cas[i]);
    if (id == -2) status = LEDE_ERR_NOMEM;
    if (id < 0) continue;
    {
      uint32_t pair[2];
      pair[0] = (uint32_t)k;
      pair[1] = (uint32_t)id;
      if (push_items(&ids, pair, sizeof pair / sizeof pair[0]) != 0)
        status = LEDE_ERR_NOMEM;
    }
    nadd[cand[k] - first]++;
  }
  for (k = 0, total = 0; status == LEDE_OK && k < nsent - first; k++)
    total += nadd[k];
  if (status == LEDE_OK && total > 0) {
    size_t old = tws->count, end = old, q = ids.count;
    const uint32_t *pairs = (const uint32_t *)ids.items;
    lede_tw zero = {0, 0};
    for (k = 0; status == LEDE_OK && k < total; k++)
      if (lede_vec_push(tws, &zero) != 0) status = LEDE_ERR_NOMEM;
    for (i = nsent; status == LEDE_OK && i-- > first;) {
      size_t n = nadd[i - first], from = S[i].terms, to = end + total;
      uint32_t add[TOLLS_MAX];
      size_t m = 0, a, b;
      /* this sentence's new ids, sorted (a sentence gives few claims) */
      while (m < n && q > 0 && cand[pairs[q - 2]] == i) {
        add[m++] = pairs[q - 1];
        q -= 2;
      }
      for (a = 1; a < m; a++)
        for (b = a; b > 0 && add[b - 1] > add[b]; b--) {
          uint32_t tmp = add[b];
          add[b] = add[b - 1];
          add[b - 1] = tmp;
        }
      merge_back((lede_tw *)tws->items, from, end, to, add, m);
      total -= m;
      S[i].terms = (uint32_t)(from + total);
      if (m > 0) ((uint8_t *)flags->items)[i] |= LEDE_SF_TOLL;
      end = from;
    }
  }
  free(nadd);
  lede_free(cas);
  lede_vec_free(&buf);
  lede_vec_free(&at);
  lede_vec_free(&ids);
  return status;
}

int lede_analyze_doc(const char *text, size_t len, uint32_t base,
                     lede_terms *terms, lede_vec *sents, lede_vec *flags,
                     lede_vec *tws) {
  lede_span *spans = NULL;
  lede_token *toks = NULL;
  size_t nspans = 0, ntoks = 0, i = 0, t = 0, w0 = 0, gap = 0;
  int any_token = 0; /* a token was seen before the chunk */
  int in_quote = 0;  /* a quote opened in this paragraph goes on */
  lede_vec ids;
  int status;
  lede_vec_init(&ids, sizeof(uint32_t));
  status = lede_sentences_in(terms->lang, text, len, &spans, &nspans);
  while (status == LEDE_OK && i < nspans) {
    size_t j = i, w1, k;
    /* the chunk: sentences i .. j-1, text[w0, w1) */
    for (;;) {
      size_t next = j + 1 < nspans ? spans[j + 1].start : len;
      w1 = j + 1 < nspans ? cut_in(text, spans[j].end, next) : len;
      j++;
      if (j >= nspans || (w1 < next && w1 - w0 >= CHUNK)) break;
    }
    lede_free(toks);
    toks = NULL;
    status = lede_tokenize(text + w0, w1 - w0, &toks, &ntoks);
    if (status != LEDE_OK) break;
    for (k = 0; k < ntoks; k++) { /* offsets into text, not the chunk */
      toks[k].start += (uint32_t)w0;
      toks[k].end += (uint32_t)w0;
    }
    if (ntoks > 0) {
      toks[0].flags =
          (uint8_t)((toks[0].flags &
                     ~(LEDE_TF_LINE_START | LEDE_TF_PARA_START)) |
                    line_flags(text, len, gap, toks[0].start, !any_token));
      any_token = 1;
      gap = toks[ntoks - 1].end;
    }
    t = 0;
    for (; status == LEDE_OK && i < j; i++) {
      lede_sent s;
      uint8_t f = 0;
      size_t first;
      int reopen = 0;
      unsigned seen = 0;
      uint32_t a = spans[i].start, b = spans[i].end;
      memset(&s, 0, sizeof s);
      while (t < ntoks && toks[t].start < a) t++;
      if (t < ntoks && (toks[t].flags & LEDE_TF_PARA_START)) {
        /* a dateline is no part of the story: the sentence (and its pick)
           starts after it */
        size_t dl = lede_dateline_len(text + a, b - a);
        f |= LEDE_SF_PARA;
        if (dl < b - a) a += (uint32_t)dl;
        if (!starts_quote(text, a, b)) in_quote = 0;
      }
      /* a quote left open at a sentence's (or paragraph's) end goes on in
         the next one when that one opens with a quotation mark again (news
         style) */
      reopen = in_quote && starts_quote(text, a, b);
      while (t < ntoks && toks[t].start < a) t++;
      first = t;
      while (t < ntoks && toks[t].end <= b) t++;
      s.start = base + a;
      s.end = base + b;
      s.words = lede_count_words(text + a, b - a);
      if (tws->count >= UINT32_MAX / 2) { /* sentence term offsets are 32-bit */
        status = LEDE_ERR_TOOBIG;
        break;
      }
      s.terms = (uint32_t)tws->count;
      if (ends_final(text, a, b)) f |= LEDE_SF_FINAL;
      if (starts_quote(text, a, b)) f |= LEDE_SF_QUOTE;
      f |= lede_opening_flags(text + a, b - a);
      if (reopen) {
        /* the mark that opens it again is not a new quote, but it starts
           the quote again for a reader: the sentence needs the one after
           it when the quote goes on, never the one before */
        size_t m = text[a] == '"' ? 1 : 3;
        f |= quote_flags(lede_quote_way(text + a + m, b - a - m), &in_quote) &
             (uint8_t)~LEDE_SF_CLOSE;
      } else {
        f |= quote_flags(lede_quote_way(text + a, b - a), &in_quote);
      }
      status =
          sentence_terms(text, toks + first, t - first, terms, &ids, &seen);
      if (status == LEDE_OK && (seen & SURF_TOLL) && !(seen & SURF_COUNT) &&
          terms->lang == &lede_languages[0] &&
          has_count_word(text, toks + first, t - first))
        seen |= SURF_COUNT;
      if (status == LEDE_OK && (seen & SURF_COUNT) && (seen & SURF_TOLL)) {
        uint32_t at = (uint32_t)sents->count;
        if (lede_vec_push(&terms->tolls, &at) != 0) status = LEDE_ERR_NOMEM;
      }
      if (status == LEDE_OK && flush_terms(&ids, tws) != 0)
        status = LEDE_ERR_NOMEM;
      if (status == LEDE_OK && lede_vec_push(sents, &s) != 0)
        status = LEDE_ERR_NOMEM;
      if (status == LEDE_OK && lede_vec_push(flags, &f) != 0) {
        sents->count--; /* a sentence and its flags go in together */
        status = LEDE_ERR_NOMEM;
      }
    }
    w0 = w1;
  }
  lede_free(spans);
  lede_free(toks);
  lede_vec_free(&ids);
  return status;
}

int lede_analyze_tolls(const char *text, uint32_t base, lede_terms *t,
                       lede_vec *sents, lede_vec *flags, lede_vec *tws) {
  int status = LEDE_OK;
  if (t->tolls.count > 0 && sents->count == flags->count)
    status = add_tolls(text, base, t, sents, flags, tws,
                       (const uint32_t *)t->tolls.items, t->tolls.count);
  t->tolls.count = 0;
  return status;
}

int lede_analyze_title(const char *text, size_t len, lede_terms *terms,
                       lede_vec *ids) {
  lede_token *toks = NULL;
  size_t ntoks = 0, i, k = 0;
  uint32_t *v;
  int status = lede_tokenize(text, len, &toks, &ntoks);
  if (status == LEDE_OK)
    status = sentence_terms(text, toks, ntoks, terms, ids, NULL);
  lede_free(toks);
  if (status != LEDE_OK || ids->count == 0) return status;
  v = (uint32_t *)ids->items;
  qsort(v, ids->count, sizeof *v, cmp_u32);
  for (i = 0; i < ids->count; i++)
    if (k == 0 || v[k - 1] != v[i]) v[k++] = v[i];
  ids->count = k;
  return LEDE_OK;
}
