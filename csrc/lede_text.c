/*
 * lede_text.c -- character classes and the word lists the tokenizer and the
 * sentence splitter share.  All tables are constant: no mutable state.
 */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

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

/* A word and its length, so a lookup compares lengths before bytes. */
typedef struct word_entry {
  unsigned char len;
  const char *word;
} word_entry;
#define W(s) \
  { sizeof(s) - 1, s }

/* Titles: abbreviations that stand before a name, so never end a sentence. */
static const word_entry titles[] = {
    W("adm"),  W("capt"),   W("cmdr"), W("col"),  W("cpl"),  W("dr"),
    W("fr"),   W("gen"),    W("gov"),  W("hon"),  W("insp"), W("lt"),
    W("maj"),  W("messrs"), W("mmes"), W("mr"),   W("mrs"),  W("ms"),
    W("msgr"), W("mt"),     W("pres"), W("prof"), W("rep"),  W("rev"),
    W("sen"),  W("sgt"),    W("st"),   W("supt")};

/* Other abbreviations that take a period (months, US states, company and
   reference words), lower case.  Titles count as abbreviations too. */
static const word_entry abbrevs[] = {
    W("ala"),  W("approx"), W("apr"),  W("ariz"), W("ark"),   W("assn"),
    W("aug"),  W("ave"),    W("blvd"), W("bros"), W("calif"), W("cf"),
    W("ch"),   W("cie"),    W("co"),   W("colo"), W("conn"),  W("corp"),
    W("dec"),  W("del"),    W("dept"), W("dist"), W("e.g"),   W("est"),
    W("etc"),  W("feb"),    W("fig"),  W("fla"),  W("ft"),    W("ga"),
    W("govt"), W("i.e"),    W("ill"),  W("inc"),  W("ind"),   W("jan"),
    W("jr"),   W("jul"),    W("jun"),  W("kan"),  W("kans"),  W("ky"),
    W("la"),   W("ltd"),    W("mar"),  W("mass"), W("md"),    W("mich"),
    W("minn"), W("miss"),   W("mo"),   W("mont"), W("neb"),   W("nev"),
    W("no"),   W("nos"),    W("nov"),  W("oct"),  W("okla"),  W("ore"),
    W("p"),    W("pa"),     W("pp"),   W("pt"),   W("rd"),    W("sep"),
    W("sept"), W("sq"),     W("sr"),   W("tenn"), W("tex"),   W("univ"),
    W("va"),   W("vol"),    W("vols"), W("vs"),   W("vt"),    W("wash"),
    W("wis"),  W("wyo"),    W("yr")};

/* Capitalized words that usually open a sentence (not names). */
static const word_entry starters[] = {
    W("A"),     W("After"),     W("Also"),  W("An"),      W("And"),
    W("Are"),   W("As"),        W("At"),    W("But"),     W("Can"),
    W("Could"), W("Did"),       W("Do"),    W("Does"),    W("During"),
    W("Each"),  W("Earlier"),   W("For"),   W("From"),    W("He"),
    W("Her"),   W("His"),       W("How"),   W("However"), W("I"),
    W("If"),    W("In"),        W("Is"),    W("It"),      W("Its"),
    W("Later"), W("Meanwhile"), W("My"),    W("Now"),     W("On"),
    W("Our"),   W("She"),       W("So"),    W("Some"),    W("That"),
    W("The"),   W("Their"),     W("Then"),  W("There"),   W("These"),
    W("They"),  W("This"),      W("Those"), W("Today"),   W("Was"),
    W("We"),    W("Were"),      W("What"),  W("When"),    W("Where"),
    W("Which"), W("While"),     W("Who"),   W("Why"),     W("Will"),
    W("With"),  W("Would"),     W("Yes"),   W("Yet"),     W("You"),
    W("Your")};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_WORD 16 /* longer than any word in the lists */

/* Search by halves of a list sorted by bytes (each list above is); ASCII
   case-insensitive when fold is set.  The tokenizer asks for every word
   before a period, so a scan of the whole list was felt. */
static int in_list(const word_entry *list, size_t n, const char *word,
                   size_t len, int fold) {
  char low[MAX_WORD];
  size_t i, lo = 0, hi = n;
  if (len == 0 || len >= MAX_WORD) return 0;
  for (i = 0; i < len; i++) {
    char c = word[i];
    if ((unsigned char)c >= 0x80) return 0;
    low[i] = (fold && c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
  }
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2, k = list[mid].len;
    int c = memcmp(list[mid].word, low, k < len ? k : len);
    if (c == 0) c = k < len ? -1 : k > len;
    if (c == 0) return 1;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return 0;
}

int lede_is_title(const char *word, size_t len) {
  return in_list(titles, COUNT(titles), word, len, 1);
}

int lede_is_abbrev(const char *word, size_t len) {
  return in_list(abbrevs, COUNT(abbrevs), word, len, 1) ||
         lede_is_title(word, len);
}

int lede_is_starter(const char *word, size_t len) {
  return in_list(starters, COUNT(starters), word, len, 0);
}
