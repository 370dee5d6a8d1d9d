/*
 * lede_text.h -- character classes and word lists shared by the tokenizer
 * and the sentence splitter (internal, not part of the public API).
 *
 * Text is UTF-8 that may be invalid: lede_decode() reads one character and
 * turns each byte of a bad sequence into a character of its own
 * (LEDE_CP_INVALID), so that offsets always advance and stay exact.
 */
#ifndef LEDE_TEXT_H
#define LEDE_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "lede.h"

#define LEDE_CP_INVALID (-1)

/* Character classes (one per character). */
enum lede_class {
  LC_OTHER = 0, /* control characters, invalid bytes, unassigned */
  LC_SPACE,     /* white space, including NBSP and zero-width spaces */
  LC_NEWLINE,   /* LF, CR, U+2028, U+2029, form feed, vertical tab */
  LC_UPPER,     /* upper- or title-case letter */
  LC_LOWER,     /* lower-case letter */
  LC_LETTER,    /* other letters (no case) and combining marks */
  LC_DIGIT,
  LC_PUNCT,
  LC_SYMBOL,
  LC_EMOJI
};

/* Class of each ASCII byte; defined in lede_text.c. */
extern const unsigned char lede_ascii_class[128];

/* Decodes the character at text[i] (i < len): lede_utf8_decode (lede.h),
   by its short internal name.  Stores its code point (or LEDE_CP_INVALID)
   in *cp and returns its length in bytes (>= 1). */
#define lede_decode lede_utf8_decode

/* Class of a code point (LEDE_CP_INVALID -> LC_OTHER). */
int lede_class_of(int32_t cp);

/* Class of the character at text[i]; *n receives its byte length. */
static inline int lede_class_at(const char *text, size_t len, size_t i,
                                size_t *n) {
  unsigned char c = (unsigned char)text[i];
  int32_t cp;
  if (c < 0x80) {
    *n = 1;
    return lede_ascii_class[c];
  }
  *n = lede_decode(text, len, i, &cp);
  return lede_class_of(cp);
}

/* Start of the character that ends just before byte i (i > 0): steps back
   over at most three UTF-8 continuation bytes. */
size_t lede_prev_char(const char *text, size_t i);

/* Is the code point an apostrophe that may join a word (' ’ ʼ)? */
static inline int lede_is_apostrophe(int32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

/* Is it a hyphen that may join a word (- U+2010 U+2011)? */
static inline int lede_is_word_hyphen(int32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* Closing marks that may follow a sentence's final mark: quotes, brackets. */
int lede_is_closer(int32_t cp);

/* List bullets (• ‣ ⁃ ◦ ▪ ∙). */
int lede_is_bullet(int32_t cp);

/* The item of list (n items of size bytes, sorted by the bytes of the
   NUL-terminated word each starts with: a const char * first member) whose
   word is word[0, len), or NULL.  Every sorted word list of the core is
   searched with it. */
const void *lede_sorted_find(const void *list, size_t n, size_t size,
                             const char *word, size_t len);

/* English word lists (word is text[0, len), without the final period);
   the abbreviations match any case of their ASCII letters. */

/* An abbreviation that takes a period: Mr, Fla, Jan, Co, No, approx ... */
int lede_is_abbrev(const char *word, size_t len);
/* An abbreviation that always comes before a name: Mr, Dr, Gen, St ... */
int lede_is_title(const char *word, size_t len);
/* A word that often starts a sentence: The, He, It, How, I ... (exact
   case: the word must be capitalized as given). */
int lede_is_starter(const char *word, size_t len);

/* lexicon/en/starters.tsv, sorted by bytes (lede_lexicon_en.c, generated). */
extern const char *const lede_en_starters[];
extern const size_t lede_en_nstarters;

#endif
