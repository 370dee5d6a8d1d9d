/*
 * lede_text.c -- character classes, the word lists the tokenizer and the
 * sentence splitter share, and the lookup of a word in a sorted list.  All
 * tables are constant: no mutable state.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "lede_summ.h"
#include "lede_text.h"

const unsigned char lede_ascii_class[128] = {
    LC_OTHER,   LC_OTHER,   LC_OTHER,   LC_OTHER,   /* 0-3 */
    LC_OTHER,   LC_OTHER,   LC_OTHER,   LC_OTHER,   /* 4-7 */
    LC_OTHER,   LC_SPACE,   LC_NEWLINE, LC_NEWLINE, /* 8-11 */
    LC_NEWLINE, LC_NEWLINE, LC_OTHER,   LC_OTHER,   /* 12-15 */
    LC_OTHER,   LC_OTHER,   LC_OTHER,   LC_OTHER,   /* 16-19 */
    LC_OTHER,   LC_OTHER,   LC_OTHER,   LC_OTHER,   /* 20-23 */
    LC_OTHER,   LC_OTHER,   LC_OTHER,   LC_OTHER,   /* 24-27 */
    LC_OTHER,   LC_OTHER,   LC_OTHER,   LC_OTHER,   /* 28-31 */
    LC_SPACE,   LC_PUNCT,   LC_PUNCT,   LC_SYMBOL,  /* 32-35 */
    LC_SYMBOL,  LC_SYMBOL,  LC_SYMBOL,  LC_PUNCT,   /* 36-39 */
    LC_PUNCT,   LC_PUNCT,   LC_SYMBOL,  LC_SYMBOL,  /* 40-43 */
    LC_PUNCT,   LC_PUNCT,   LC_PUNCT,   LC_PUNCT,   /* 44-47 */
    LC_DIGIT,   LC_DIGIT,   LC_DIGIT,   LC_DIGIT,   /* 48-51 */
    LC_DIGIT,   LC_DIGIT,   LC_DIGIT,   LC_DIGIT,   /* 52-55 */
    LC_DIGIT,   LC_DIGIT,   LC_PUNCT,   LC_PUNCT,   /* 56-59 */
    LC_SYMBOL,  LC_SYMBOL,  LC_SYMBOL,  LC_PUNCT,   /* 60-63 */
    LC_SYMBOL,  LC_UPPER,   LC_UPPER,   LC_UPPER,   /* 64-67 */
    LC_UPPER,   LC_UPPER,   LC_UPPER,   LC_UPPER,   /* 68-71 */
    LC_UPPER,   LC_UPPER,   LC_UPPER,   LC_UPPER,   /* 72-75 */
    LC_UPPER,   LC_UPPER,   LC_UPPER,   LC_UPPER,   /* 76-79 */
    LC_UPPER,   LC_UPPER,   LC_UPPER,   LC_UPPER,   /* 80-83 */
    LC_UPPER,   LC_UPPER,   LC_UPPER,   LC_UPPER,   /* 84-87 */
    LC_UPPER,   LC_UPPER,   LC_UPPER,   LC_PUNCT,   /* 88-91 */
    LC_PUNCT,   LC_PUNCT,   LC_SYMBOL,  LC_PUNCT,   /* 92-95 */
    LC_SYMBOL,  LC_LOWER,   LC_LOWER,   LC_LOWER,   /* 96-99 */
    LC_LOWER,   LC_LOWER,   LC_LOWER,   LC_LOWER,   /* 100-103 */
    LC_LOWER,   LC_LOWER,   LC_LOWER,   LC_LOWER,   /* 104-107 */
    LC_LOWER,   LC_LOWER,   LC_LOWER,   LC_LOWER,   /* 108-111 */
    LC_LOWER,   LC_LOWER,   LC_LOWER,   LC_LOWER,   /* 112-115 */
    LC_LOWER,   LC_LOWER,   LC_LOWER,   LC_LOWER,   /* 116-119 */
    LC_LOWER,   LC_LOWER,   LC_LOWER,   LC_PUNCT,   /* 120-123 */
    LC_SYMBOL,  LC_PUNCT,   LC_SYMBOL,  LC_OTHER,
    /* 124-127 */};

size_t lede_utf8_decode(const char *text, size_t len, size_t i, int32_t *cp) {
  utf8proc_ssize_t n =
      utf8proc_iterate((const utf8proc_uint8_t *)text + i,
                       (utf8proc_ssize_t)(len - i), (utf8proc_int32_t *)cp);
  if (n < 1) {
    *cp = LEDE_CP_INVALID;
    return 1;
  }
  return (size_t)n;
}

static int is_emoji(int32_t cp, const utf8proc_property_t *prop) {
  /* Extended_Pictographic also covers (c) (R) and TM, which news text uses
     as symbols; real emoji start at U+2300. */
  if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return 1; /* regional indicators */
  return cp >= 0x2300 &&
         (prop->boundclass == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC ||
          prop->boundclass == UTF8PROC_BOUNDCLASS_E_ZWG);
}

int lede_class_of(int32_t cp) {
  const utf8proc_property_t *prop;
  if (cp < 0) return LC_OTHER;
  if (cp < 0x80) return lede_ascii_class[cp];
  switch (cp) {
  case 0x85:   /* next line */
  case 0x2028: /* line separator */
  case 0x2029: /* paragraph separator */ return LC_NEWLINE;
  case 0x200B: /* zero-width space */
  case 0x200C: /* zero-width non-joiner */
  case 0x2060: /* word joiner */
  case 0xFEFF: /* byte order mark */ return LC_SPACE;
  default: break;
  }
  prop = utf8proc_get_property(cp);
  if (is_emoji(cp, prop)) return LC_EMOJI;
  switch (prop->category) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LT: return LC_UPPER;
  case UTF8PROC_CATEGORY_LL: return LC_LOWER;
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME: return LC_LETTER;
  case UTF8PROC_CATEGORY_ND: return LC_DIGIT;
  case UTF8PROC_CATEGORY_PC:
  case UTF8PROC_CATEGORY_PD:
  case UTF8PROC_CATEGORY_PS:
  case UTF8PROC_CATEGORY_PE:
  case UTF8PROC_CATEGORY_PI:
  case UTF8PROC_CATEGORY_PF:
  case UTF8PROC_CATEGORY_PO: return LC_PUNCT;
  case UTF8PROC_CATEGORY_SM:
  case UTF8PROC_CATEGORY_SC:
  case UTF8PROC_CATEGORY_SK:
  case UTF8PROC_CATEGORY_SO:
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO: return LC_SYMBOL;
  case UTF8PROC_CATEGORY_ZS: return LC_SPACE;
  case UTF8PROC_CATEGORY_ZL:
  case UTF8PROC_CATEGORY_ZP: return LC_NEWLINE;
  default: return LC_OTHER;
  }
}

/* The lead byte found by stepping back is the character's start only if
   the sequence from it is valid and ends exactly at i; otherwise the byte
   before i is a stray continuation byte, one invalid character of its own
   (as lede_decode reads it going forward).  Without that check a stray byte
   after a space read as part of the space, and trimming dropped it. */
size_t lede_prev_char(const char *text, size_t i) {
  size_t j = i - 1, k;
  int32_t cp;
  for (k = 0; k < 3 && j > 0 && ((unsigned char)text[j] & 0xC0) == 0x80; k++)
    j--;
  if (j + 1 < i && lede_decode(text, i, j, &cp) != i - j) return i - 1;
  return j;
}

int lede_is_closer(int32_t cp) {
  switch (cp) {
  case '"':
  case '\'':
  case ')':
  case ']':
  case '}':
  case 0x2019: /* ’ */
  case 0x201D: /* ” */
  case 0x00BB: /* » */
  case 0x203A: /* › */ return 1;
  default: return 0;
  }
}

int lede_is_bullet(int32_t cp) {
  return cp == 0x2022 || cp == 0x2023 || cp == 0x2043 || cp == 0x25E6 ||
         cp == 0x25AA || cp == 0x2219 || cp == 0x25CF;
}

/* ------------------------------------------------------------ word lists */

/* Byte order of word[0, len) against the NUL-terminated w. */
static int compare_word(const char *word, size_t len, const char *w) {
  size_t i;
  for (i = 0; i < len; i++) {
    unsigned char x = (unsigned char)word[i], y = (unsigned char)w[i];
    if (y == 0) return 1; /* word is longer */
    if (x != y) return (int)x - (int)y;
  }
  return w[i] == 0 ? 0 : -1;
}

/* By halves: the tokenizer asks for every word before a period, so a scan
   of a whole list was felt. */
const void *lede_sorted_find(const void *list, size_t n, size_t size,
                             const char *word, size_t len) {
  const char *base = (const char *)list;
  size_t lo = 0, hi = n;
  if (!list || len == 0) return NULL;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *item = base + mid * size;
    int c = compare_word(word, len, *(const char *const *)(const void *)item);
    if (c == 0) return item;
    if (c > 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

/* The English abbreviations are lexicon/en/abbreviations.tsv, the default
   language's list, read as every language's is. */
int lede_is_title(const char *word, size_t len) {
  return lede_abbrev_in(&lede_languages[0], word, len) == LEDE_ABBR_TITLE;
}

int lede_is_abbrev(const char *word, size_t len) {
  return lede_abbrev_in(&lede_languages[0], word, len) != LEDE_ABBR_NONE;
}

/* The starters are lexicon/en/starters.tsv, in lede_lexicon_en.c. */
int lede_is_starter(const char *word, size_t len) {
  return lede_sorted_find(lede_en_starters, lede_en_nstarters,
                          sizeof lede_en_starters[0], word, len) != NULL;
}
