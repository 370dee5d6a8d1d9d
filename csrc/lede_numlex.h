/*
 * lede_numlex.h -- the byte-level scanner and word table that number and
 * casualty recognition share (internal, not part of the public API).
 *
 * Number recognition works on the bytes: number words are ASCII, so a
 * word is a run of ASCII letters (with inner apostrophes), a numeral a run
 * of digits with its thousands separators and decimals, and every other
 * byte -- punctuation, a UTF-8 sequence, an invalid byte, NUL -- is a
 * token of its own kind.  White space is not a token; each token records
 * whether white space (or a blank line) came before it.
 */
#ifndef LEDE_NUMLEX_H
#define LEDE_NUMLEX_H

#include <stddef.h>
#include <stdint.h>

#include "lede.h"
#include "lede_lexicon.h"
#include "lede_vec.h"

enum {
  NT_WORD = 0,  /* ASCII letters */
  NT_NUM = 1,   /* digits with separators: 1,500  1.5  4 */
  NT_PUNCT = 2, /* one ASCII punctuation byte */
  NT_OTHER = 3  /* one UTF-8 sequence (or one invalid byte) */
};

/* Bits of nt_tok.flags */
enum {
  NF_SPACE = 1 << 0, /* white space before the token */
  NF_PARA = 1 << 1,  /* a blank line before the token */
  NF_CAP = 1 << 2,   /* word starting upper case */
  NF_COMMA = 1 << 3, /* numeral with thousands commas */
  NF_DEC = 1 << 4,   /* numeral with a decimal point */
  NF_LINE = 1 << 5,  /* a line break before the token */
  NF_ALLCAP = 1 << 6 /* word of two or more capitals only */
};

/* Word categories (bits of nl_word.cat). */
enum {
  WC_UNIT = 1u << 0,     /* zero .. nine (val) */
  WC_TEEN = 1u << 1,     /* ten .. nineteen */
  WC_TENS = 1u << 2,     /* twenty .. ninety */
  WC_HUNDRED = 1u << 3,  /* hundred(s) */
  WC_SCALE = 1u << 4,    /* thousand, million, ... (val = multiplier) */
  WC_ORD = 1u << 5,      /* first .. ninetieth (val), hundredth (scale) */
  WC_FRAC = 1u << 6,     /* half, third(s), quarter(s): val = 1/denominator */
  WC_MONTH = 1u << 7,    /* january .. december, jan .. dec (val 1..12) */
  WC_CUR = 1u << 8,      /* currency word or code (str = unit) */
  WC_SUFFIX = 1u << 9,   /* k, m, bn, mln ... after a numeral (val) */
  WC_UNITW = 1u << 10,   /* measuring unit: km, miles, kg (str) */
  WC_TRIG = 1u << 11,    /* casualty word (kind, form) */
  WC_VICTIM = 1u << 12,  /* people, civilians, man (str = plural) */
  WC_AUX = 1u << 13,     /* was, were, have, been, are ... */
  WC_MODAL = 1u << 14,   /* could, would, may, might, will, to ... */
  WC_DAY = 1u << 15,     /* monday .. sunday, today, yesterday */
  WC_REGION = 1u << 16,  /* region, province, oblast, district, city ... */
  WC_DET = 1u << 17,     /* the, this, that, which, each ... (before "one") */
  WC_VAGUE = 1u << 18,   /* dozens, hundreds, thousands, scores (val = min) */
  WC_YEARCTX = 1u << 19, /* words that make a following 4-digit number a year */
  WC_YEARNEXT = 1u << 20 /* words after a year: election, season ... */
};

/* Forms of a casualty word (nl_word.form): how it takes its count. */
enum {
  F_PART = 0, /* killed: "were killed", "killed 12" */
  F_ING = 1,  /* killing: "killing 12" */
  F_NOUN = 2, /* deaths: "12 deaths", "death toll" */
  F_ADJ = 3,  /* dead: "12 dead" */
  F_PRES = 4, /* kills: "the blast kills 12" */
  F_INTR = 5  /* died: "12 died" */
};

/* Bits of nl_word.flags */
enum {
  NL_SCALE_ORD = 1, /* an ordinal that multiplies: hundredth, thousandth */
  NL_ABBREV = 2,    /* an abbreviation: sept, jan */
  NL_CLASS_ONLY = 4 /* only in a class file (lexicon/en/casualty_words.tsv,
                       number_words.tsv): a word one engine tests by class
                       or key, no word of the table to the other tests */
};

/* Classes of the casualty readings (bits of nl_word.cas): the classes
   column of lexicon/en/casualty_words.tsv, whose header says what each
   holds. */
enum {
  CC_SKIP = 1u << 0,
  CC_INJURY_LINK = 1u << 1,
  CC_FOLLOWER = 1u << 2,
  CC_PRONOUN = 1u << 3,
  CC_PERSONAL = 1u << 4,
  CC_POSSESSIVE = 1u << 5,
  CC_REFLEXIVE = 1u << 6,
  CC_TITLE = 1u << 7,
  CC_GUNFIRE = 1u << 8,
  CC_WEAPON = 1u << 9,
  CC_CONDITION = 1u << 10,
  CC_THINGS = 1u << 11,
  CC_LIVED = 1u << 12,
  CC_ADJUNCT = 1u << 13,
  CC_ATTACK = 1u << 14,
  CC_PLACE_PREP = 1u << 15,
  CC_REVISION = 1u << 16,
  CC_HIT = 1u << 17,
  CC_COLLECTIVE = 1u << 18,
  CC_NEGATION = 1u << 19,
  CC_OBJECT = 1u << 20,
  CC_HEDGE = 1u << 21,
  CC_CARRIED = 1u << 22,
  CC_TO_DEATH = 1u << 23,
  CC_FLIGHT = 1u << 24,
  CC_PREVENT = 1u << 25,
  CC_BODY = 1u << 26,
  CC_SPEECH = 1u << 27,
  CC_FILMED = 1u << 28,
  CC_FOUND = 1u << 29,
  CC_FACILITY = 1u << 30
};

/* Classes of the number scanner (bits of nl_word.num): the classes column
   of lexicon/en/number_words.tsv, whose header says what each holds. */
enum {
  NC_ORDINAL_SUFFIX = 1u << 0,
  NC_AGE_UNIT = 1u << 1,
  NC_MEASURE_PREFIX = 1u << 2,
  NC_MONTH_HOMONYM = 1u << 3,
  NC_TIME_SECOND = 1u << 4,
  NC_WEIGHT_OR_MONEY = 1u << 5,
  NC_PHRASE_START = 1u << 6
};

/* One word of the lexicon: lexicon/en/<group>.tsv, written into the table
   nl_words (lede_lexicon_en.c) by lexicon/gen.lua. */
typedef struct nl_word {
  const char *w;
  uint32_t cat;    /* WC_* bits: the classes column */
  double val;      /* the value column */
  const char *str; /* the text column: unit / plural / NULL */
  uint16_t key;    /* K_*: the key column (lede_lexicon.h) */
  uint8_t kind;    /* a casualty word's lede_casualty_kind */
  uint8_t form;    /* a casualty word's F_* */
  uint8_t flags;   /* NL_* */
  uint32_t cas;    /* CC_* bits: casualty_words.tsv */
  uint16_t num;    /* NC_* bits: number_words.tsv */
} nl_word;

/* One token.  `w` is the index of the word in the table plus one (0: not
   in the table); `val` is a numeral's value, read exactly (the mantissa
   divided by 10^dec, rounded once) and `dec` its count of decimals. */
typedef struct nt_tok {
  uint32_t s, e;
  double val;
  uint16_t w;
  uint8_t type;
  uint8_t flags;
  uint8_t dec;
} nt_tok;

/* Decimals a numeral keeps (more add nothing a double holds), and the
   integers a double holds exactly: below 2^53. */
#define NL_MAX_DEC 15
#define NL_EXACT_INT 9007199254740992.0

/* v * mul, exact when v is a numeral with `dec` decimals and mul a power of
   ten with at least as many zeros: 1.7 * 10^6 is 17 * 10^5 = 1700000, not
   1700000.0000000002.  Otherwise the plain product. */
double nl_times_pow10(double v, uint8_t dec, double mul);

/* The word table and its hash index (open addressing, index + 1 per
   slot), both constant: lexicon/gen.lua writes them into
   lede_lexicon_en.c, so nothing global is mutable and no call pays for
   building the index.  NL_SLOTS: a power of two at least twice the word
   count. */
#define NL_SLOTS 4096
extern const nl_word nl_words[];
extern const size_t nl_nwords;
extern const uint16_t nl_slots[NL_SLOTS];

/* Index + 1 of the lower-cased ASCII word text[0, n), or 0. */
uint16_t nl_lookup(const char *text, size_t n);

/* Where the tokenizer stands in a text: the next byte to read and what the
   white space read since the last token said.  Lexing a text in several
   calls gives exactly the tokens of one call, so the scanners can hold a
   window of tokens rather than all of them (memory bounds). */
typedef struct nl_cursor {
  size_t i;
  uint8_t pending; /* NF_SPACE, NF_LINE, NF_PARA seen since the last token */
  int newlines;
} nl_cursor;

/* A cursor at the start of a text. */
void nl_cursor_init(nl_cursor *cur);

/* Appends to toks (nt_tok items) the next tokens of text[0, len) from *cur,
   stopping before the first token that starts at or after byte `stop` or
   when `max` tokens were added, and moves *cur on.  The text is complete
   when cur->i reaches len.  Returns 0 or -1 (no memory). */
int nl_tokenize_more(const char *text, size_t len, nl_cursor *cur, size_t stop,
                     size_t max, lede_vec *toks);

/* The number scanner over tokens [from, to): appends lede_number items to
   out, and for each one the index of its first and one-past-last token to
   spans (pairs of uint32_t, may be NULL).  Returns 0 or -1. */
int nl_scan_numbers(const char *text, const nt_tok *t, size_t from, size_t to,
                    lede_vec *out, lede_vec *spans);

static inline const nl_word *nl_w(const nt_tok *t) {
  return t->w ? &nl_words[t->w - 1] : NULL;
}
static inline uint32_t nl_cat(const nt_tok *t) {
  return t->w ? nl_words[t->w - 1].cat : 0;
}
static inline int nl_key(const nt_tok *t) {
  return t->w ? nl_words[t->w - 1].key : 0;
}

#endif
