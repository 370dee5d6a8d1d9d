/*
 * lede_summ.h -- internals of the summarizer shared by lede_stem.c,
 * lede_stopwords.c, lede_features.c and lede_rank.c (not public API).
 *
 * The pipeline: lede_features.c turns each added document into sentences
 * with sparse term vectors (stemmed content words and their bigrams);
 * lede_rank.c weighs the terms over the whole document set, builds the
 * sentence graph through an inverted index, scores and selects.
 */
#ifndef LEDE_SUMM_H
#define LEDE_SUMM_H

#include <stddef.h>
#include <stdint.h>

#include "lede.h"
#include "lede_vec.h"

/* ------------------------------------------------------------ languages */

/* A language of the summarizer (lexicon/languages.tsv): its code ("en"),
   libstemmer algorithm ("english") and stop words (lexicon/<code>/
   stopwords.tsv, sorted by bytes).  lede_languages[] (lede_lexicon_en.c)
   starts with the default, English, and ends with a NULL code.  The
   sentence splitter reads the abbreviations (<code>/abbreviations.tsv) and
   the words an ordinal "3." stands before (<code>/ordinal_words.tsv); a
   language with no abbreviations (English) keeps lede_text.c's lists. */
typedef struct lede_abbrev {
  const char *word;   /* as in the file: lower case matches any case, a
                         capital only capitalized ("Ore": Ore, ORE) */
  unsigned char kind; /* LEDE_ABBR_PLAIN, LEDE_ABBR_TITLE (a name follows:
                         the period never ends a sentence) or
                         LEDE_ABBR_PLACE (a US state: "Fla") */
} lede_abbrev;
typedef struct lede_language {
  const char *code;
  const char *snowball;
  const char *const *stop;
  size_t nstop;
  size_t stop_max;           /* the longest stop word, in bytes */
  const lede_abbrev *abbrev; /* sorted by bytes */
  size_t nabbrev;
  const char *const *ordinal_words; /* sorted by bytes */
  size_t nordinal;
} lede_language;
extern const lede_language lede_languages[];

/* The language whose code is code[0, len), or NULL. */
const lede_language *lede_language_find(const char *code, size_t len);

/* The word before a period, word[0, len), as the language's abbreviations
   read it: LEDE_ABBR_NONE, LEDE_ABBR_PLAIN ("bzw", "z.B"), LEDE_ABBR_TITLE
   ("Dr", "Sra") or LEDE_ABBR_PLACE ("Fla", English only). */
enum { LEDE_ABBR_NONE, LEDE_ABBR_PLAIN, LEDE_ABBR_TITLE, LEDE_ABBR_PLACE };
int lede_abbrev_in(const lede_language *lang, const char *word, size_t len);

/* Does an ordinal written "3." stand before word[0, len) ("Oktober")? */
int lede_ordinal_word_in(const lede_language *lang, const char *word,
                         size_t len);

/* lede_sentences() with the language's abbreviations and ordinals in place
   of the English abbreviations (lang NULL or English: lede_sentences()). */
int lede_sentences_in(const lede_language *lang, const char *text, size_t len,
                      lede_span **out, size_t *count);

/* Is the folded key[0, len) a function word of the language (the, of ...)? */
int lede_is_stopword_in(const lede_language *lang, const char *key, size_t len);

/* The same in English. */
int lede_is_stopword(const char *key, size_t len);

/* ------------------------------------------------------------ stemming */

/* One Snowball stemmer (Porter2 for English) with its scratch buffer.  Not
   thread-safe: each summarizer owns one. */
typedef struct lede_stemmer lede_stemmer;

/* Returns a new stemmer for the language (lede_stemmer_new: English), or
   NULL when out of memory.  Freed with lede_stemmer_free(). */
lede_stemmer *lede_stemmer_new_for(const lede_language *lang);
lede_stemmer *lede_stemmer_new(void);
void lede_stemmer_free(lede_stemmer *st);

/* Stems the folded word key[0, len).  Returns a pointer to the stem (owned
   by the stemmer, valid until the next call) and its length in *out_len;
   words the stemmer should not touch (digits, non-ASCII, very long) come
   back unchanged.  Returns NULL only when out of memory. */
const char *lede_stem(lede_stemmer *st, const char *key, size_t len,
                      size_t *out_len);

/* ------------------------------------------------------------ word cache */

/* lede_word_cache (lede.h) inside: what the analysis found for a word as
   written, across summaries.  One summarizer at a time uses a cache. */

/* Bits of a cached word. */
enum {
  LEDE_WC_TERM = 1 << 0, /* has a term: the stem held (else a stop word,
                            too short or too long) */
  LEDE_WC_TOLL = 1 << 1, /* a word of casualty reports */
  LEDE_WC_DATE = 1 << 2  /* a number, or a capitalized date word: its term
                            is of kind LEDE_TK_NUMBER */
};

/* Looks key[0, len) up (the token's kind, capital and bytes) among the
   words of language lang (a cache of another language's is emptied first;
   so is a full one).  Returns 1 with its stem (valid until the next call
   on c), the stem's length and LEDE_WC_* bits; 0 when new, and then
   lede_word_cache_set() says what it is; -1 when out of memory. */
int64_t lede_word_cache_find(lede_word_cache *c, const lede_language *lang,
                             const char *key, size_t len, const char **stem,
                             size_t *stem_len, uint8_t *info);

/* What the key of the last lookup, which missed, is.  Returns 0, or -1
   when it could not be kept (the cache is then empty: only slower). */
int lede_word_cache_set(lede_word_cache *c, const char *stem, size_t len,
                        uint8_t info);

/* ------------------------------------------------------------ terms */

/* A dictionary from term bytes to dense ids 0, 1, 2 ... */
typedef struct lede_dict {
  uint32_t *slots; /* open addressing: id + 1, 0 = empty */
  size_t nslots;   /* a power of two */
  lede_vec offs;   /* uint32_t start of each term in `bytes`, plus one end */
  lede_vec bytes;  /* char: every term's bytes, back to back */
  lede_vec hashes; /* uint32_t hash of each term */
} lede_dict;

void lede_dict_init(lede_dict *d);
void lede_dict_free(lede_dict *d);
/* The id of key[0, len), added if new; -1 when out of memory. */
int64_t lede_dict_intern(lede_dict *d, const char *key, size_t len);
static inline size_t lede_dict_count(const lede_dict *d) {
  return d->offs.count ? d->offs.count - 1 : 0;
}

/* ------------------------------------------------------------ sentences */

/* One term of a sentence's vector. */
typedef struct lede_tw {
  uint32_t id;
  float w; /* raw count first, the tf-idf weight after lede_rank weighs it */
} lede_tw;

/* Bits of a sentence's flag byte (the summarizer's sflags vector). */
enum {
  LEDE_SF_FINAL = 1 << 0,    /* ends with . ! ? or a closing quote after one */
  LEDE_SF_QUOTE = 1 << 1,    /* starts with a quotation mark */
  LEDE_SF_PARA = 1 << 2,     /* first sentence of its paragraph */
  LEDE_SF_BACK = 1 << 3,     /* opens with a word that points back (He,
                                But, However): wants what it points at
                                nearby in the summary */
  LEDE_SF_FRAGMENT = 1 << 4, /* cannot stand alone: lower-case start, list
                                item */
  LEDE_SF_OPEN = 1 << 5,     /* opens a quote that the next sentence goes
                                on with: needs that one */
  LEDE_SF_CLOSE = 1 << 6,    /* closes a quote opened before it: needs the
                                sentence before */
  LEDE_SF_TOLL = 1 << 7      /* reports a casualty count (lede_casualties):
                                the main event of many a news story */
};

/* How a sentence opens (lede_opening.c): the length of a wire dateline at
   text[0, len) ("NAIROBI, Kenya _ ", "JERUSALEM (AP) -- ", "Meadow Lake,
   Saskatchewan – "), up to the story's first byte; 0 when there is none. */
size_t lede_dateline_len(const char *text, size_t len);

/* LEDE_SF_BACK and LEDE_SF_FRAGMENT bits of the sentence text[0, len). */
uint8_t lede_opening_flags(const char *text, size_t len);

/* Which way the quotation marks of the sentence text[0, len) leave a
   quote: 0 (none), LEDE_QUOTE_WITHIN (balanced), LEDE_QUOTE_CLOSES (closes
   one opened before it), LEDE_QUOTE_OPENS (opens one that goes on). */
enum { LEDE_QUOTE_WITHIN = 1, LEDE_QUOTE_CLOSES = 2, LEDE_QUOTE_OPENS = 3 };
int lede_quote_way(const char *text, size_t len);

/* One sentence: sixteen bytes (a text of a million one-word
   sentences must stay within 8x its size, everything counted).  Its
   document and place in it come from the summarizer's table of each
   document's first sentence, its term entries run up to the next
   sentence's first one, and its LEDE_SF_* flags are a byte in a vector of
   their own. */
typedef struct lede_sent {
  uint32_t start; /* offsets into the caller's original text (base added) */
  uint32_t end;
  uint32_t words; /* white-space separated words, as budgets count them */
  uint32_t terms; /* first entry in the summarizer's lede_tw array; the
                     entries (unigrams and bigrams, sorted by id) end where
                     the next sentence's start */
} lede_sent;

/* Words as the budgets count them: runs of bytes other than ASCII white
   space in text[0, len). */
uint32_t lede_count_words(const char *text, size_t len);

/* What the analysis of every document shares: the stemmer, the term
   dictionary, and a cache from a token's exact bytes to its term (most
   tokens repeat, and folding, the stopword test and stemming are the
   costly part of the analysis). */
typedef struct lede_terms {
  const lede_language *lang; /* stems and stop words of this language */
  lede_stemmer *st;
  lede_dict dict;        /* terms: stems, numbers, and bigram keys */
  lede_dict surface;     /* token bytes as written */
  lede_vec surface_term; /* int64_t per surface id: term id, or -1 */
  lede_vec surface_bits; /* uint8_t per surface id: a toll's word, a number */
  lede_vec kind;         /* uint8_t LEDE_TK_* bits per term id (shorter when the
                            last ids have none) */
  lede_vec tolls;        /* uint32_t: sentences analyzed since the last
                            lede_analyze_tolls that may report a casualty count */
  lede_word_cache *words; /* borrowed, or NULL: words seen in other summaries */
} lede_terms;

/* Bits of a term's kind: what a fact is made of (lede_rank.c compares the
   facts of two sentences with them). */
enum {
  LEDE_TK_NAME = 1 << 0,   /* written capitalized inside a sentence */
  LEDE_TK_NUMBER = 1 << 1, /* a number as written, or a date's word
                              (Friday, July) */
  LEDE_TK_TOLL = 1 << 2    /* a casualty count: kind and number */
};

/* The LEDE_TK_* bits of term id. */
static inline unsigned lede_term_kind(const lede_terms *t, size_t id) {
  return id < t->kind.count ? ((const uint8_t *)t->kind.items)[id] : 0;
}

/* Casualty counts are terms of their own, LEDE_TOLL_MARK + the kind's byte
   + the count as four bytes, so that two sentences giving the same toll
   share a term whatever their wording. */
#define LEDE_TOLL_MARK '\x02'

/* Bigram terms are interned as BIGRAM_MARK + two 4-byte term ids, so no
   stem string is rebuilt; a stem or number never starts with this byte. */
#define LEDE_BIGRAM_MARK '\x01'

/* Initializes *t with its own stemmer: LEDE_OK or LEDE_ERR_NOMEM.  Freed
   with lede_terms_free(). */
int lede_terms_init(lede_terms *t, const lede_language *lang);
void lede_terms_free(lede_terms *t);

/* Lets go of what only the analysis looks terms up with, before ranking,
   which never does: the token cache (t->surface, t->surface_term) and the
   term dictionary's slot table.  On distinct text they are some three
   bytes per byte of input.  A document added later builds them again (the
   slots from the kept hashes), with the same term ids. */
void lede_terms_shrink(lede_terms *t);

/* Reserves room in t and the vectors that lede_analyze_doc fills for the
   analysis of len more bytes of text (only a short text's: a longer one
   makes them grow).  Returns LEDE_OK or LEDE_ERR_NOMEM. */
int lede_terms_reserve(lede_terms *t, size_t len, lede_vec *sents,
                       lede_vec *flags, lede_vec *tws);

/* Analyzes one piece text[0, len) of a document whose offset in the
   caller's original text is `base`: appends its sentences to `sents`
   (lede_sent), their LEDE_SF_* flags to `flags` (uint8_t) and their term
   entries to `tws` (lede_tw), interning terms in t->dict.  Returns LEDE_OK
   or a negative status (the vectors keep what was added). */
int lede_analyze_doc(const char *text, size_t len, uint32_t base, lede_terms *t,
                     lede_vec *sents, lede_vec *flags, lede_vec *tws);

/* Reads the sentences t->tolls names (a word of casualty reports and a
   number: few) for casualty counts, with one lede_casualties call over
   them all, and clears the list.  Each count becomes a term of its
   sentence (merged into its sorted entries in `tws`) and the sentence gets
   LEDE_SF_TOLL.  The sentences are the last ones in `sents`, all of one
   document whose text is `text`, reported at offset `base`: sentence x is
   text + (x.start - base).  Returns LEDE_OK or LEDE_ERR_NOMEM. */
int lede_analyze_tolls(const char *text, uint32_t base, lede_terms *t,
                       lede_vec *sents, lede_vec *flags, lede_vec *tws);

/* ------------------------------------------------------------ exact fill */

/* What may start at one sentence of a document for lede_fill_best: that
   sentence and the len - 1 after it (a quote unit), or nothing (len 0). */
typedef struct lede_fill_item {
  uint32_t len;  /* sentences taken together; 0: none starts here */
  uint32_t cost; /* of the budget */
  double value;  /* what taking them is worth (> 0) */
  int back;      /* taken only when one of the `near` sentences before is */
} lede_fill_item;

/* The largest table lede_fill_best builds, in cells of 8 bytes. */
#define LEDE_FILL_MAX_CELLS ((size_t)1 << 18)
/* lede_fill_best's answer when the table would be larger. */
#define LEDE_FILL_TOO_BIG 1

/* Sets take[p] = 1 for the items of items[0, n) (one per sentence of a
   document, in order) that together cost at most `budget` and are worth
   the most, none overlapping another, every `back` one within `near`
   sentences after a taken one; take[p] = 0 elsewhere.  Returns LEDE_OK,
   LEDE_FILL_TOO_BIG (take untouched) or LEDE_ERR_NOMEM. */
int lede_fill_best(const lede_fill_item *items, size_t n, uint64_t budget,
                   unsigned near, unsigned char *take);

/* Term ids of a headline's content stems (sorted, unique), for overlap. */
int lede_analyze_title(const char *text, size_t len, lede_terms *t,
                       lede_vec *ids);

#endif
