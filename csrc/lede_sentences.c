/*
 * lede_sentences.c -- the sentence splitter.
 *
 * Two linear passes over the bytes:
 *
 *  1. list markers: "1." "2.)" "3)" "a." "b." and bullets (• ⁃).  A marker
 *     counts when a bullet precedes it or when the next (or previous) marker
 *     of the same style in the paragraph carries the next (previous) value,
 *     with no sentence ending between them unless both start a line ("1.
 *     Introduction ... rose by 2. The" is no list);
 *     the text is cut before each such marker and its period never ends a
 *     sentence.
 *  2. candidates: the scan jumps from one interesting byte to the next
 *     (. ! ? line breaks and the lead bytes of … ‼ and Unicode line breaks)
 *     and decides each from a few words of context: the word before the
 *     mark (abbreviation, title, initial, number, URL), the closing quotes
 *     and brackets after it, and how the next word starts.
 *
 * The context looked at is bounded (CONTEXT bytes back, a few words), so
 * the cost stays linear even on hostile input such as one long line of
 * periods.
 */
#include <stdlib.h>
#include <string.h>

#include "lede.h"
#include "lede_lexicon.h"
#include "lede_skip.h"
#include "lede_summ.h"
#include "lede_text.h"
#include "lede_vec.h"

/* No English abbreviation (lexicon/en/abbreviations.tsv) is longer: gen.lua
   writes it from the file. */
#define LONGEST_ABBREV LEDE_EN_ABBREV_MAX
/* Nor in a language's list (lexicon/gen.lua allows 15 bytes). */
#define LONGEST_LANGUAGE_ABBREV 15
/* Longer than any stop word of a language (lexicon/gen.lua allows 24). */
#define LONGEST_STARTER 24
/* The most digits an ordinal "3." "19." "100." has. */
#define ORDINAL_DIGITS 3
/* How far back or forward a decision may look, in bytes. */
#define CONTEXT 256
/* A line with at least this many words, followed by a line starting in
   lower case, is taken for prose wrapped in mid-sentence. */
#define WRAP_WORDS 4
/* A sentence this short before an abbreviation is not complete yet
   ("At 5 a.m. Mr. Smith ..."). */
#define MIN_WORDS_BEFORE_TITLE 4

typedef struct splitter {
  const char *text;
  size_t len;
  /* the language whose abbreviations and ordinals are read in place of
     the English rules; NULL: English */
  const lede_language *lang;
  lede_vec cuts;      /* uint32 offsets where a sentence ends, ascending */
  lede_vec list_cuts; /* uint32 offsets where a list item starts */
  lede_vec protect;   /* uint32 offsets of list-marker periods, ascending */
  size_t protect_at;  /* cursor into protect */
  size_t last_cut;
  size_t quote_at; /* quote_cut has counted the quotes before this offset */
  size_t quotes;   /* straight double quotes since the paragraph's start */
} splitter;

/* ------------------------------------------------------------ helpers */

static int class_at(const splitter *sp, size_t i, size_t *n) {
  return lede_class_at(sp->text, sp->len, i, n);
}

static int cp_at(const splitter *sp, size_t i, int32_t *cp) {
  return (int)lede_decode(sp->text, sp->len, i, cp);
}

static int is_space_class(int cls) {
  return cls == LC_SPACE || cls == LC_NEWLINE;
}

static int is_letter_class(int cls) {
  return cls == LC_UPPER || cls == LC_LOWER || cls == LC_LETTER;
}

static int push_u32(lede_vec *v, size_t x) {
  uint32_t u = (uint32_t)x;
  return lede_vec_push(v, &u);
}

static int add_cut(splitter *sp, size_t at) {
  sp->last_cut = at;
  return push_u32(&sp->cuts, at);
}

/* Is the byte at i a line break?  Returns its length (CR LF is one), or 0. */
static size_t newline_len(const splitter *sp, size_t i) {
  const unsigned char *t = (const unsigned char *)sp->text;
  if (t[i] == '\n' || t[i] == '\v' || t[i] == '\f') return 1;
  if (t[i] == '\r') return (i + 1 < sp->len && t[i + 1] == '\n') ? 2 : 1;
  if (t[i] == 0xE2 && i + 2 < sp->len && t[i + 1] == 0x80 &&
      (t[i + 2] == 0xA8 || t[i + 2] == 0xA9))
    return 3; /* U+2028, U+2029 */
  if (t[i] == 0xC2 && i + 1 < sp->len && t[i + 1] == 0x85) return 2;
  return 0;
}

/* Skips spaces (not line breaks) from i. */
static size_t skip_spaces(const splitter *sp, size_t i) {
  size_t n;
  while (i < sp->len && class_at(sp, i, &n) == LC_SPACE) i += n;
  return i;
}

/* Skips spaces and line breaks from i; *newline is set if one was seen. */
static size_t skip_white(const splitter *sp, size_t i, int *newline) {
  size_t n;
  while (i < sp->len) {
    int cls = class_at(sp, i, &n);
    if (cls == LC_NEWLINE)
      *newline = 1;
    else if (cls != LC_SPACE)
      break;
    i += n;
  }
  return i;
}

/* Counts the words (runs of non-space) between `from` and `to`, looking
   back from `to`, and stops counting at `most`. */
static int count_words_back(const splitter *sp, size_t from, size_t to,
                            int most) {
  int words = 0, in_word = 0;
  size_t i = to, steps = 0;
  while (i > from && words < most && steps++ < CONTEXT) {
    unsigned char c = (unsigned char)sp->text[i - 1];
    int space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) words++;
    in_word = !space;
    i--;
  }
  return words;
}

/* ------------------------------------------------------------ the next word */

enum next_kind {
  NEXT_END,   /* nothing but white space follows */
  NEXT_UPPER, /* an upper-case letter, maybe after an opening quote */
  NEXT_LOWER,
  NEXT_DIGIT,
  NEXT_OTHER /* punctuation, a symbol, a dash */
};

static int is_opener(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C ||
         cp == 0x2018 || cp == 0x00AB || cp == 0x2039;
}

/* How the text at i (not white space) starts, seen through opening quotes
   and brackets.  *word and *wlen receive the word itself. */
static int next_kind(const splitter *sp, size_t i, size_t *word, size_t *wlen) {
  size_t n, j;
  int cls, opened = 0;
  int32_t cp;
  *word = i;
  *wlen = 0;
  if (i >= sp->len) return NEXT_END;
  while (i < sp->len && opened < 3 && (cp_at(sp, i, &cp), is_opener(cp))) {
    i += (size_t)cp_at(sp, i, &cp);
    opened++;
  }
  if (i >= sp->len) return NEXT_OTHER;
  cls = class_at(sp, i, &n);
  *word = i;
  j = i;
  while (j < sp->len && j - i < CONTEXT && is_letter_class(class_at(sp, j, &n)))
    j += n;
  *wlen = j - i;
  if (cls == LC_UPPER) return NEXT_UPPER;
  if (cls == LC_LOWER) {
    /* "eBay", "iPhone": a brand written with a lower-case first letter and
       a capital second starts a sentence like any name */
    size_t m;
    if (i + n < sp->len && class_at(sp, i + n, &m) == LC_UPPER && j > i + n + m)
      return NEXT_UPPER;
    return NEXT_LOWER;
  }
  if (cls == LC_DIGIT) return NEXT_DIGIT;
  if (cls == LC_LETTER) return NEXT_UPPER; /* scripts without case */
  if (lede_is_bullet((cp_at(sp, i, &cp), cp))) return NEXT_UPPER;
  /* A symbol ($5 million ...) or a broken byte may start a sentence; a dash
     or other punctuation goes on with the one before. */
  if (!opened && (cls == LC_SYMBOL || cls == LC_OTHER)) return NEXT_DIGIT;
  return NEXT_OTHER;
}

/* ------------------------------------------------------------ the word before
 */

enum prev_kind {
  PREV_WORD,   /* an ordinary word */
  PREV_TITLE,  /* Mr Dr Gen St: a name follows */
  PREV_ABBREV, /* U.S  Co  Fla  Jan  E (an initial)  N° */
  PREV_NUMBER, /* ends in a digit */
  PREV_LINK,   /* part of a URL or an e-mail address */
  PREV_NOTHING /* white space or punctuation before the mark */
};

/* What the language's abbreviations make of the word before the mark at i
   (letters of any script and inner periods: "z.B", "pág"): PREV_TITLE,
   PREV_ABBREV, or -1 when it is none of them. */
static int language_word_before(const splitter *sp, size_t i, size_t chunk) {
  const char *t = sp->text;
  size_t w = i, p, n;
  while (w > chunk && i - w < LONGEST_LANGUAGE_ABBREV) {
    p = lede_prev_char(t, w);
    if (t[p] != '.' && !is_letter_class(class_at(sp, p, &n))) break;
    w = p;
  }
  while (w < i && t[w] == '.') w++;
  switch (lede_abbrev_in(sp->lang, t + w, i - w)) {
  case LEDE_ABBR_TITLE: return PREV_TITLE;
  case LEDE_ABBR_PLAIN:
  case LEDE_ABBR_PLACE: return PREV_ABBREV;
  default: return -1;
  }
}

/* Classifies what stands before the mark at i, whose chunk (run of
   non-space) starts at chunk and ends at chunk_end. */
static int prev_kind(const splitter *sp, size_t i, size_t chunk,
                     size_t chunk_end) {
  const char *t = sp->text;
  size_t w = i, k;
  int32_t cp;
  if (i == chunk) return PREV_NOTHING;
  for (k = chunk; k + 2 < chunk_end; k++) {
    if (t[k] == '@' || (t[k] == ':' && t[k + 1] == '/' && t[k + 2] == '/'))
      return PREV_LINK;
  }
  if (chunk_end - chunk >= 4 && (t[chunk] == 'w' || t[chunk] == 'W') &&
      (t[chunk + 1] == 'w' || t[chunk + 1] == 'W') && t[chunk + 3] == '.')
    return PREV_LINK;
  if (sp->lang) {
    int kind = language_word_before(sp, i, chunk);
    if (kind >= 0) return kind;
  }
  /* The word: ASCII letters just before the mark. */
  while (w > chunk && ((t[w - 1] >= 'a' && t[w - 1] <= 'z') ||
                       (t[w - 1] >= 'A' && t[w - 1] <= 'Z')))
    w--;
  if (w == i) {
    size_t p = lede_prev_char(t, i);
    cp_at(sp, p, &cp);
    if (cp == 0x00B0 || cp == 0x00BA) return PREV_ABBREV; /* N° No. */
    if (cp >= '0' && cp <= '9') return PREV_NUMBER;
    if (lede_class_of(cp) == LC_DIGIT) return PREV_NUMBER;
    if (is_letter_class(lede_class_of(cp))) {
      /* a non-ASCII word: an initial if it is one upper-case letter */
      if (lede_class_of(cp) == LC_UPPER && (p == chunk || t[p - 1] == '.'))
        return PREV_ABBREV;
      return PREV_WORD;
    }
    return PREV_NOTHING;
  }
  if (w > chunk && t[w - 1] == '.' && i - w == 1) return PREV_ABBREV; /* U.S */
  if (!sp->lang && i - w <= LONGEST_ABBREV) {
    if (lede_is_title(t + w, i - w)) return PREV_TITLE;
    if (lede_is_abbrev(t + w, i - w)) return PREV_ABBREV;
  }
  /* J. -- but not the last letter of a hyphened word ("Bar-B-Q.") */
  if (i - w == 1 && t[w] >= 'A' && t[w] <= 'Z' &&
      !(w > chunk && t[w - 1] == '-'))
    return PREV_ABBREV;
  return PREV_WORD;
}

/* ------------------------------------------------------------ decisions */

/* Does the capitalized word[0, wlen) usually open a sentence?  In English
   lede_text.c's starters say; in another language a function word of its
   stop-word list does ("usw. Die", "ecc. Poi"): mid-sentence it would be in
   lower case, unlike a German noun ("z.B. Autos"). */
static int opens_sentence(const splitter *sp, size_t word, size_t wlen) {
  char key[LONGEST_STARTER];
  size_t k;
  if (!sp->lang) return lede_is_starter(sp->text + word, wlen);
  if (wlen == 0 || wlen > sizeof key) return 0;
  for (k = 0; k < wlen; k++) {
    char c = sp->text[word + k];
    key[k] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
  }
  return lede_is_stopword_in(sp->lang, key, wlen);
}

/* "am 3. Oktober": a number of a few digits alone before the period, and
   a word of the language's ordinal_words after it. */
static int ordinal_before(const splitter *sp, size_t chunk, size_t i,
                          size_t word, size_t wlen) {
  size_t k;
  if (!sp->lang || i - chunk > ORDINAL_DIGITS) return 0;
  for (k = chunk; k < i; k++)
    if (sp->text[k] < '0' || sp->text[k] > '9') return 0;
  return lede_ordinal_word_in(sp->lang, sp->text + word, wlen);
}

static int is_protected(splitter *sp, size_t i) {
  const uint32_t *p = (const uint32_t *)sp->protect.items;
  while (sp->protect_at < sp->protect.count && p[sp->protect_at] < i)
    sp->protect_at++;
  return sp->protect_at < sp->protect.count && p[sp->protect_at] == i;
}

/* Length of a sentence-final mark at i (. ! ? … ‼ ⁇ ⁈ ⁉ 。 ！ ？), or 0;
 *dots counts periods (an ellipsis counts three), *bang ! and ?. */
static size_t mark_len(const splitter *sp, size_t i, int *dots, int *bang) {
  const unsigned char *t = (const unsigned char *)sp->text;
  size_t left = sp->len - i;
  if (t[i] == '.') {
    (*dots)++;
    return 1;
  }
  if (t[i] == '!' || t[i] == '?') {
    (*bang)++;
    return 1;
  }
  if (left >= 3 && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0xA6) {
    *dots += 3; /* … */
    return 3;
  }
  if (left >= 3 && ((t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0xBC) ||
                    (t[i] == 0xE2 && t[i + 1] == 0x81 && t[i + 2] >= 0x87 &&
                     t[i + 2] <= 0x89) ||
                    (t[i] == 0xEF && t[i + 1] == 0xBC &&
                     (t[i + 2] == 0x81 || t[i + 2] == 0x9F)))) {
    (*bang)++; /* ‼ ⁇ ⁈ ⁉ ！ ？ */
    return 3;
  }
  if (left >= 3 && t[i] == 0xE3 && t[i + 1] == 0x80 && t[i + 2] == 0x82) {
    (*bang)++; /* 。 ends a sentence outright */
    return 3;
  }
  return 0;
}

/* Short words whose period goes on with a number after it: "c. 1818",
   "b. 1962", "Op. 46", "No. 5", "pp. 12", "Vol. 3", the rupee's "Rs. 500",
   the roads and rooms of addresses "Rt. 33", "Hwy. 101", "Apt. 4"
   (lower-cased). */
static const char *const before_number[] = {
    "c",   "ca",   "b",   "d",    "fl",  "op",   "no",  "nos",
    "vol", "vols", "fig", "figs", "p",   "pp",   "art", "ch",
    "sec", "para", "ed",  "eds",  "cf",  "v",    "vs",  "rs",
    "rt",  "rte",  "hwy", "apt",  "ste", "bldg", "rm",  NULL};

/* Is t[w, i) (ASCII letters) one of `list`, any case? */
static int word_in(const char *t, size_t w, size_t i,
                   const char *const list[]) {
  size_t k, n = i - w;
  char first;
  if (n == 0) return 0;
  first = t[w] >= 'A' && t[w] <= 'Z' ? (char)(t[w] - 'A' + 'a') : t[w];
  for (k = 0; list[k]; k++) {
    size_t j;
    /* the first letter before the length: most words fail there */
    if (list[k][0] != first || strlen(list[k]) != n) continue;
    for (j = 1; j < n; j++) {
      char c = t[w + j];
      if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
      if (c != list[k][j]) break;
    }
    if (j == n) return 1;
  }
  return 0;
}

/* The ASCII letters just before offset i, from *w. */
static size_t letters_before(const char *t, size_t chunk, size_t i) {
  size_t w = i;
  while (w > chunk && ((t[w - 1] >= 'a' && t[w - 1] <= 'z') ||
                       (t[w - 1] >= 'A' && t[w - 1] <= 'Z')))
    w--;
  return w;
}

/* Does t[word, word + wlen) name a day, a month or a time zone ("Monday",
   "Jan", "GMT"), which a time or a date goes on with? */
static int day_month_zone(const char *t, size_t word, size_t wlen) {
  static const char *const names[] = {
      "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar",
      "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", NULL};
  static const char *const zones[] = {"est", "edt", "gmt",  "utc", "pst", "pdt",
                                      "cst", "cdt", "mst",  "mdt", "et",  "pt",
                                      "bst", "cet", "cest", NULL};
  if (word_in(t, word, word + wlen, zones)) return 1;
  return wlen >= 3 && word_in(t, word, word + 3, names);
}

/* Is the period at i one that a sentence goes on after, whatever follows:
   "Smith v. Jones", "c. 1818", "Op. 46", "b. March 2009"? */
static int period_goes_on(const splitter *sp, size_t chunk, size_t i, int next,
                          size_t word, size_t wlen) {
  const char *t = sp->text;
  size_t w = letters_before(t, chunk, i);
  static const char *const versus[] = {"v", "vs", NULL};
  if (w == i || !(w == chunk || (w == chunk + 1 && t[chunk] == '(')))
    return 0; /* "U.S." or a longer chunk; "(b." counts */
  if (word_in(t, w, i, versus)) return 1;
  if (!word_in(t, w, i, before_number)) return 0;
  if (next == NEXT_DIGIT) return 1;
  /* "b. March 2009", "d. 12 May": a month after a birth or death mark */
  return next == NEXT_UPPER && i - w == 1 &&
         (t[w] == 'b' || t[w] == 'd' || t[w] == 'c') &&
         day_month_zone(t, word, wlen);
}

/* Is t[chunk, i) "a.m" or "p.m"?  A time of day ends a sentence before a
   capitalized word that is no day, month, zone or title, once the sentence
   is long enough: "The blast came after 2 a.m. Residents fled". */
static int time_before(const char *t, size_t chunk, size_t i) {
  size_t n = i - chunk;
  return n == 3 &&
         (t[chunk] == 'a' || t[chunk] == 'p' || t[chunk] == 'A' ||
          t[chunk] == 'P') &&
         t[chunk + 1] == '.' && (t[chunk + 2] == 'm' || t[chunk + 2] == 'M');
}

/* The word before the chunk that starts at `chunk`: t[*w, chunk - 1),
   ASCII letters followed by one space.  Returns its length (0: none). */
static size_t word_before_chunk(const char *t, size_t chunk, size_t *w) {
  size_t e, k;
  if (chunk < 2 || t[chunk - 1] != ' ') return 0;
  e = chunk - 1;
  k = letters_before(t, e >= CONTEXT ? e - CONTEXT : 0, e);
  *w = k;
  return e - k;
}

/* Saints whose "St." names a place: "St. Louis", "North St. Louis Avenue",
   "Mercy St. Vincent Medical Center" (lower-cased). */
static const char *const saints[] = {
    "albans",    "andrews",    "ann",        "anne",    "anthony", "augustine",
    "bernard",   "catharines", "charles",    "clair",   "cloud",   "croix",
    "elizabeth", "francis",    "george",     "helena",  "james",   "john",
    "johns",     "joseph",     "jude",       "kitts",   "louis",   "lucia",
    "lucie",     "luke",       "margaret",   "marie",   "mark",    "martin",
    "mary",      "marys",      "matthew",    "michael", "patrick", "paul",
    "pete",      "peter",      "petersburg", "tammany", "thomas",  "vincent",
    NULL};

/* The quadrant of a city an address may end with ("15th Ave. SW"). */
static const char *const quadrants[] = {"ne", "nw", "se", "sw", NULL};

/* Does an ordinal number stand just before offset e ("19th", "1st")? */
static int ordinal_number_before(const char *t, size_t e) {
  static const char *const suffixes[] = {"st", "nd", "rd", "th", NULL};
  return e >= 3 && t[e - 3] >= '0' && t[e - 3] <= '9' &&
         word_in(t, e - 2, e, suffixes);
}

/* A street's abbreviation after its name ("Main St.", "Fifth Ave.", "19th
   St."): the period ends a sentence as a word's does, unlike "St." before
   a saint's name ("in St. Louis", "North St. Louis") or after a word that
   opens sentences ("The St. Louis County police"), or a street's before
   its quadrant ("at 15th Ave. SW"). */
static int street_before(const splitter *sp, size_t chunk, size_t i,
                         size_t word, size_t wlen) {
  static const char *const street[] = {"st", "ave", "rd", "blvd", NULL};
  const char *t = sp->text;
  size_t w, n;
  if (letters_before(t, chunk, i) != chunk || !word_in(t, chunk, i, street))
    return 0;
  if (word_in(t, word, word + wlen, saints) ||
      word_in(t, word, word + wlen, quadrants))
    return 0;
  if (chunk >= 2 && t[chunk - 1] == ' ' && ordinal_number_before(t, chunk - 1))
    return 1;
  n = word_before_chunk(t, chunk, &w);
  return n >= 2 && t[w] >= 'A' && t[w] <= 'Z' && !opens_sentence(sp, w, n);
}

/* A capital letter that names a variant after the noun it belongs to
   ("Plan B.", "vitamin D.", "hepatitis C.", "Group F."), or a street's
   direction after it ("Cape Coral Parkway W.", "Avenue J."): no initial of
   a name, so its period ends a sentence as a word's does. */
static int designator_before(const char *t, size_t chunk, size_t i) {
  static const char *const nouns[] = {
      "plan",     "vitamin",  "hepatitis", "type",      "group",    "class",
      "category", "grade",    "phase",     "stage",     "section",  "block",
      "gate",     "terminal", "wing",      "division",  "level",    "zone",
      "part",     "model",    "series",    "exhibit",   "annex",    "appendix",
      "schedule", "option",   "pool",      "channel",   "platform", "tier",
      "street",   "avenue",   "road",      "boulevard", "drive",    "parkway",
      "highway",  "lane",     "court",     NULL};
  size_t w, n;
  if (i != chunk + 1 || t[chunk] < 'A' || t[chunk] > 'Z') return 0;
  n = word_before_chunk(t, chunk, &w);
  return n >= 2 && word_in(t, w, w + n, nouns);
}

/* Is t[chunk, i) one to three digits, and the only word since the last
   cut? */
static int lone_number(const splitter *sp, size_t chunk, size_t i) {
  size_t k;
  if (i - chunk > 3) return 0;
  for (k = chunk; k < i; k++)
    if (sp->text[k] < '0' || sp->text[k] > '9') return 0;
  return count_words_back(sp, sp->last_cut, i, 2) == 1;
}

/* The most names a speaker after a quote may have ("Mr. John Smith"). */
#define SPEAKER_NAMES 3

/* Is the lower-case word t[w, w + n) one that attributes a quote? */
static int speech_verb(const char *t, size_t w, size_t n) {
  static const char *const verbs[] = {
      "said",     "says",      "asked",     "asks",     "told",      "added",
      "adds",     "replied",   "shouted",   "wrote",    "explained", "insisted",
      "recalled", "warned",    "admitted",  "declared", "cried",     "yelled",
      "screamed", "whispered", "continued", "demanded", "wondered",  NULL};
  return word_in(t, w, w + n, verbs);
}

/* After a question or an exclamation in quotes, does a speaker follow:
   capitalized names (not a word that opens sentences) and a verb of speech
   that ends its clause, '"Why?" Harris asked.'?  Then the quote is part of
   that sentence. */
static int speaker_follows(const splitter *sp, size_t word, size_t wlen) {
  const char *t = sp->text;
  size_t i = word, names = 0, n;
  if (opens_sentence(sp, word, wlen)) return 0;
  while (names < SPEAKER_NAMES && i < sp->len && t[i] >= 'A' && t[i] <= 'Z') {
    size_t e = i + 1;
    while (e < sp->len && is_letter_class(class_at(sp, e, &n))) e += n;
    if (e < sp->len && t[e] == '.') e++; /* Mr. */
    if (e >= sp->len || t[e] != ' ') return 0;
    i = e + 1;
    names++;
  }
  if (names == 0) return 0;
  word = i;
  while (i < sp->len && t[i] >= 'a' && t[i] <= 'z') i++;
  /* "Harris asked." "Harris said, adding ...": the attribution ends there;
     in "Mr Blair said he would ..." a new sentence goes on */
  if (i < sp->len && t[i] != '.' && t[i] != ',' && t[i] != ';') return 0;
  return speech_verb(t, word, i - word);
}

/* Is t[w, i) (ASCII letters) two capitals or more, an acronym ("MS",
   "WIS"), and does the word t[word, word + wlen) after the period have a
   lower-case letter?  Then the acronym is no abbreviation of the list
   ("patients with MS. Final approval", "Copyright 2016 WIS. All rights"):
   those are written "Ms." and "Wis." in mixed-case text. */
static int acronym_before(const char *t, size_t w, size_t i, size_t word,
                          size_t wlen) {
  size_t k;
  if (i - w < 2) return 0;
  for (k = w; k < i; k++)
    if (t[k] < 'A' || t[k] > 'Z') return 0;
  for (k = word; k < word + wlen; k++)
    if (t[k] >= 'a' && t[k] <= 'z') return 1;
  return 0;
}

/* Is t[chunk, i) a US state's abbreviation after "Town, " ("in Joplin, Mo.
   Charges ...")?  In mid-sentence a comma follows the state ("Joplin, Mo.,
   police said"), so a capitalized word after it starts a sentence. */
static int state_after_town(const char *t, size_t chunk, size_t i) {
  size_t k;
  if (letters_before(t, chunk, i) != chunk ||
      lede_abbrev_in(&lede_languages[0], t + chunk, i - chunk) !=
          LEDE_ABBR_PLACE)
    return 0;
  if (chunk < 4 || t[chunk - 1] != ' ' || t[chunk - 2] != ',') return 0;
  k = letters_before(t, chunk - 2 >= CONTEXT ? chunk - 2 - CONTEXT : 0,
                     chunk - 2);
  return k < chunk - 2 && t[k] >= 'A' && t[k] <= 'Z';
}

/* Titles of courtesy: after an abbreviation one starts a sentence ("in the
   U.S. Mr. Smith said"), where a title of office goes on with it ("U.S.
   Sen. Marco Rubio", "U.S. Rep. John Lewis"). */
static int courtesy_title(const char *t, size_t word, size_t wlen) {
  static const char *const courtesy[] = {"dr",   "drs",  "fr",  "messrs",
                                         "mmes", "mr",   "mrs", "ms",
                                         "msgr", "prof", "rev", NULL};
  return word_in(t, word, word + wlen, courtesy);
}

/* Does the sentence that runs to i open with a preposition or an adverb
   of time, or with "A few minutes", "Hours", and no comma since but one
   inside a date ("Shortly after 8 p.m. Obeshaw approached", "On Jan. 13,
   2017 at 10:44 p.m. Kentucky State Police", "A few minutes after 1 a.m.
   Mr. Wilson left")?  Then a time of day before a capital is no sentence
   end: what came so far is no sentence yet. */
static int fronted_time(const splitter *sp, size_t i) {
  static const char *const openers[] = {
      "about",  "after",   "almost", "approximately", "around",  "at",
      "before", "between", "by",     "early",         "from",    "just",
      "late",   "nearly",  "on",     "shortly",       "since",   "sometime",
      "until",  "minutes", "hours",  "moments",       "seconds", NULL};
  static const char *const few[] = {"a", "few", NULL};
  const char *t = sp->text;
  size_t s = sp->last_cut, n, e, k;
  int32_t cp;
  while (s < i && (is_space_class(class_at(sp, s, &n)) ||
                   (cp_at(sp, s, &cp), is_opener(cp))))
    s += n;
  if (i - s > CONTEXT) return 0;
  for (k = s; k < i; k++)
    if (t[k] == ';' || (t[k] == ',' && !(k + 2 < i && t[k + 1] == ' ' &&
                                         t[k + 2] >= '0' && t[k + 2] <= '9')))
      return 0;
  for (;;) {
    e = s;
    while (e < i &&
           ((t[e] >= 'a' && t[e] <= 'z') || (t[e] >= 'A' && t[e] <= 'Z')))
      e++;
    if (e == s) return 0;
    if (word_in(t, s, e, openers)) return 1;
    if (!word_in(t, s, e, few) || e >= i || t[e] != ' ') return 0;
    s = e + 1; /* "A few minutes": the words after "A", "few" */
  }
}

/* At k, after a period and a space: an ellipsis ("..." "…" ". . .") and a
   space before a capitalized word?  Returns NEXT_UPPER and that word in
   *word, *wlen, or NEXT_OTHER. */
static int ellipsis_opens(const splitter *sp, size_t k, size_t *word,
                          size_t *wlen) {
  const char *t = sp->text;
  size_t j = k, w, n;
  int dots = 0, bang = 0, newline = 0;
  while (j < sp->len && dots < 4 && (n = mark_len(sp, j, &dots, &bang)) != 0) {
    j += n;
    if (j + 1 < sp->len && t[j] == ' ' && t[j + 1] == '.') j++;
  }
  if (dots != 3 || bang || j >= sp->len || t[j] != ' ') return NEXT_OTHER;
  j = skip_white(sp, j, &newline);
  if (next_kind(sp, j, &w, &n) != NEXT_UPPER) return NEXT_OTHER;
  *word = w;
  *wlen = n;
  return NEXT_UPPER;
}

/* Where a sentence ends whose final mark at i is followed by closers up to
   `after` and then, with no space, by the next sentence ("challenge."Earlier
   in"): after the closers, unless a straight double quote among them opens
   the next sentence, which it does when the paragraph so far holds an even
   number of them ("event."When I talk", a space lost before the quote).
   The count goes on from where the last call left it (the scan decides
   marks in the order of the text), so the cost stays linear. */
static size_t quote_cut(splitter *sp, size_t i, size_t after) {
  const char *t = sp->text;
  size_t k;
  if (t[i + 1] != '"') return after;
  for (k = sp->quote_at; k < i; k++) {
    if (t[k] == '"')
      sp->quotes++;
    else if (t[k] == '\n' && k > 0 && t[k - 1] == '\n')
      sp->quotes = 0; /* a blank line: a new paragraph */
  }
  if (i > sp->quote_at) sp->quote_at = i;
  return sp->quotes % 2 == 0 ? i + 1 : after;
}

/* Decides the run of final marks starting at i.  Returns where scanning
   goes on; adds a cut when the run ends a sentence. */
static int decide_mark(splitter *sp, size_t i, size_t *resume) {
  const char *t = sp->text;
  size_t len = sp->len, j = i, n, chunk, k, word, wlen, after;
  int dots = 0, bang = 0, spaced = 0, newline = 0, prev, next;
  int attached =
      i > 0 && !is_space_class(class_at(sp, lede_prev_char(t, i), &n));
  size_t first_end;

  if (t[i] == '.' && is_protected(sp, i)) {
    *resume = i + 1;
    return 0;
  }
  /* The run: marks, and the spaced ellipsis ". . ." */
  n = mark_len(sp, j, &dots, &bang);
  first_end = j + n;
  j += n;
  for (;;) {
    if (j < len && (n = mark_len(sp, j, &dots, &bang)) != 0) {
      j += n;
    } else if (j + 1 < len && t[j] == ' ' && t[j + 1] == '.' && dots > 0) {
      spaced = 1;
      j += 1;
    } else {
      break;
    }
  }
  /* Closing quotes and brackets directly after the marks. */
  after = j;
  while (after < len) {
    int32_t cp;
    size_t m = (size_t)cp_at(sp, after, &cp);
    if (!lede_is_closer(cp)) break;
    after += m;
  }
  *resume = after > i ? after : i + 1;

  if (after >= len) return add_cut(sp, after);

  /* No space after the marks: 1.5  e.g  Yahoo!Inc  -- unless a new
     capitalized word follows a word or number ("world.Today"), or follows
     a closing quote ("the challenge."Earlier", "won!"The") */
  if (!is_space_class(class_at(sp, after, &n))) {
    size_t w2, at = after; /* where the next word starts */
    int closed = after != j, opened = 0;
    int32_t cp;
    if (!closed && (cp_at(sp, after, &cp), cp == 0x201C)) {
      at += 3; /* "the street.“We are": a curly quote opens the next one */
      opened = 1;
    }
    if (dots + bang != 1 || (bang && !closed && !opened)) return 0;
    if (at >= len || class_at(sp, at, &n) != LC_UPPER || at + n >= len ||
        class_at(sp, at + n, &w2) != LC_LOWER)
      return 0;
    if (bang) return add_cut(sp, quote_cut(sp, i, after));
    chunk = i;
    while (chunk > 0 && i - chunk < CONTEXT &&
           !is_space_class(class_at(sp, lede_prev_char(t, chunk), &n)))
      chunk = lede_prev_char(t, chunk);
    k = after;
    while (k < len && k - after < CONTEXT &&
           !is_space_class(class_at(sp, k, &n)))
      k += n;
    prev = prev_kind(sp, i, chunk, k);
    if ((prev == PREV_WORD && i - chunk >= 2 &&
         class_at(sp, lede_prev_char(t, i), &n) == LC_LOWER) ||
        prev == PREV_NUMBER)
      return add_cut(sp, closed ? quote_cut(sp, i, after) : i + 1);
    return 0;
  }

  k = skip_white(sp, after, &newline);
  next = next_kind(sp, k, &word, &wlen);
  if (next == NEXT_END) return add_cut(sp, after);
  /* "the law prohibits that. ... It wasn't": an ellipsis after a period
     and a space opens the next sentence, as ". . . The" does */
  if (next == NEXT_OTHER && dots == 1 && !bang)
    next = ellipsis_opens(sp, k, &word, &wlen);

  if (bang && dots == 0) { /* ! ? ?! */
    if (next == NEXT_LOWER || next == NEXT_OTHER) return 0;
    if (after > j && next == NEXT_UPPER && speaker_follows(sp, word, wlen))
      return 0;
    return add_cut(sp, after);
  }

  if (dots >= 2 || (dots > 0 && bang)) {    /* an ellipsis */
    if (i > 0 && t[i - 1] == '[') return 0; /* [...] marks an omission */
    if (dots >= 4 && attached && spaced && first_end == i + 1 &&
        t[i + 1] == ' ') {
      /* "compounds. . . . The": the period ends the sentence, the spaced
         ellipsis opens the next one. */
      return next == NEXT_UPPER ? add_cut(sp, i + 1) : 0;
    }
    if (dots >= 4 || (attached && !spaced))
      return next == NEXT_UPPER ? add_cut(sp, after) : 0;
    return 0; /* a spaced ellipsis inside a sentence */
  }

  /* A single period: what stands before it? */
  chunk = i;
  while (chunk > 0 && i - chunk < CONTEXT &&
         !is_space_class(class_at(sp, lede_prev_char(t, chunk), &n)))
    chunk = lede_prev_char(t, chunk);
  prev = prev_kind(sp, i, chunk, i);
  if (period_goes_on(sp, chunk, i, next, word, wlen)) return 0;
  if (prev == PREV_NUMBER && ordinal_before(sp, chunk, i, word, wlen)) return 0;
  /* "up 1.8p to 472.5p. Rivals": letters right after a digit are a unit,
     and a unit ends a sentence as a number does */
  if (prev == PREV_ABBREV) {
    size_t w = letters_before(t, chunk, i);
    if (w > chunk && w < i && i - w <= 2 && t[w - 1] >= '0' && t[w - 1] <= '9')
      prev = PREV_WORD;
  }
  if ((prev == PREV_TITLE || prev == PREV_ABBREV) && !sp->lang &&
      (street_before(sp, chunk, i, word, wlen) ||
       designator_before(t, chunk, i) ||
       acronym_before(t, letters_before(t, chunk, i), i, word, wlen)))
    prev = PREV_WORD;
  /* "1. Introduction": a number alone before its period heads what
     follows, it is no sentence of its own */
  if (prev == PREV_NUMBER && !newline && lone_number(sp, chunk, i)) return 0;
  switch (prev) {
  case PREV_TITLE: return 0;
  case PREV_ABBREV: {
    int time = time_before(t, chunk, i), title;
    if (newline && next == NEXT_UPPER) return add_cut(sp, after);
    if (next != NEXT_UPPER) return 0;
    if (opens_sentence(sp, word, wlen)) return add_cut(sp, after);
    /* a state after "Town, " before a word, not a bracket: "(AP)" */
    if (!sp->lang && after == j && word == k && state_after_town(t, chunk, i))
      return add_cut(sp, after);
    /* a time of day before a capital that is no day or month, or a
       title of courtesy, once the sentence is long enough */
    title = lede_is_title(t + word, wlen);
    if (!(time ? !day_month_zone(t, word, wlen)
               : title && courtesy_title(t, word, wlen)))
      return 0;
    if (count_words_back(sp, sp->last_cut, i, MIN_WORDS_BEFORE_TITLE) <
            MIN_WORDS_BEFORE_TITLE ||
        (time && fronted_time(sp, i)))
      return 0;
    return add_cut(sp, after);
    return 0;
  }
  default:
    return (next == NEXT_LOWER || next == NEXT_OTHER) ? 0 : add_cut(sp, after);
  }
}

/* Does the line that ends at e end with a word that cannot end a sentence
   or a heading, a lower-case article, preposition or conjunction ("to the",
   "and")?  Looks no further back than from. */
static int line_ends_open(const char *t, size_t from, size_t e) {
  static const char *const open_words[] = {
      "a",    "an",   "and",  "as",  "at",  "by",   "for",
      "from", "in",   "into", "nor", "of",  "on",   "or",
      "than", "that", "the",  "to",  "via", "with", NULL};
  size_t w = e;
  while (w > from && t[w - 1] >= 'a' && t[w - 1] <= 'z') w--;
  if (w == e || (w > from && t[w - 1] != ' ' && t[w - 1] != '\t')) return 0;
  return word_in(t, w, e, open_words);
}

/* A line break at i (of length nl): a blank line always ends a sentence;
   a single break does unless the line reads as wrapped prose: before a
   lower-case word, a line of a few words or one ending in , ; : - (; before
   a capital, a line ending in , ; or a word that cannot end one. */
static int decide_newline(splitter *sp, size_t i, size_t nl) {
  const char *t = sp->text;
  size_t next = skip_spaces(sp, i + nl), n, line = i, word, wlen, from, steps;
  int kind, words;
  char c;
  if (next >= sp->len || newline_len(sp, next) || t[i] == '\f')
    return add_cut(sp, i);
  kind = next_kind(sp, next, &word, &wlen);
  if (kind != NEXT_LOWER && kind != NEXT_UPPER) return add_cut(sp, i);
  /* The line's last character, and its length in words. */
  while (line > sp->last_cut && line > 0 &&
         is_space_class(class_at(sp, lede_prev_char(t, line), &n)))
    line = lede_prev_char(t, line);
  if (line == 0 || line <= sp->last_cut) return add_cut(sp, i);
  c = t[line - 1];
  for (from = line, steps = 0;
       from > sp->last_cut && steps < CONTEXT && !newline_len(sp, from - 1);
       steps++)
    from--;
  words = count_words_back(sp, from, line, WRAP_WORDS);
  if (kind == NEXT_UPPER) {
    /* prose wrapped before a name: "passed to the\nRequest() constructor",
       "Kenny Bentley, Javier Diaz,\nDaniel Groeber"; a heading ends in
       neither, nor does a short line of code ("status_code,") count */
    if (words >= WRAP_WORDS &&
        (c == ',' || c == ';' || line_ends_open(t, from, line)))
      return 0;
    return add_cut(sp, i);
  }
  if (c == ',' || c == ';' || c == ':' || c == '-' || c == '(')
    return 0; /* the sentence plainly goes on */
  if (words >= WRAP_WORDS) return 0;
  return add_cut(sp, i);
}

/* ------------------------------------------------------------ list markers */

typedef struct marker {
  uint32_t start;  /* where the item starts (its bullet, if any) */
  uint32_t period; /* offset of the marker's '.', or UINT32_MAX */
  int32_t value;
  uint32_t para;   /* paragraphs (blank lines) before it */
  uint32_t clause; /* plain sentence ends ("word. Next") before it */
  uint8_t style;
  uint8_t bullet;
  uint8_t keep;
  uint8_t line_start; /* only blanks stand before it on its line */
} marker;

/* Where the marker loop stands: the counts a marker takes. */
typedef struct marker_place {
  uint32_t para, clause;
} marker_place;

/* Do markers p and then m make a list (m carries the next value)? */
static int markers_pair(const marker *p, const marker *m) {
  return p->para == m->para && p->value + 1 == m->value &&
         (p->clause == m->clause || (p->line_start && m->line_start));
}

/* Reads a marker whose '.' or ')' is at i: 1-3 digits or one lower-case
   letter before it, white space, a bullet or the text start before those,
   and a space then more text after "." ".)" or ")".  Fills m (start is
   where the marker's value begins) and returns 1, or returns 0. */
static int read_marker(const splitter *sp, size_t i, marker *m) {
  const char *t = sp->text;
  size_t len = sp->len, v = i, after;
  int32_t value = 0, scale = 1;
  int letter = 0;
  if (t[i] == ')' && i > 0 && t[i - 1] == '.') return 0; /* seen at '.' */
  while (v > 0 && i - v < 3 && t[v - 1] >= '0' && t[v - 1] <= '9') {
    v--;
    value += (t[v] - '0') * scale;
    scale *= 10;
  }
  if (v == i) {
    if (v > 0 && t[v - 1] >= 'a' && t[v - 1] <= 'z') {
      v--;
      value = t[v] - 'a' + 1;
      letter = 1;
    } else {
      return 0;
    }
  }
  if (v > 0) { /* the value must start a chunk (a bullet counts as space) */
    size_t n, p = lede_prev_char(t, v);
    int32_t cp;
    if (!is_space_class(class_at(sp, p, &n)) &&
        !(cp_at(sp, p, &cp), lede_is_bullet(cp)))
      return 0;
  }
  if (t[i] == '.' && i + 1 < len && t[i + 1] == ')') {
    m->style = 1;
    after = i + 2;
  } else {
    m->style = t[i] == '.' ? 0 : 2;
    after = i + 1;
  }
  if (after + 1 >= len || (t[after] != ' ' && t[after] != '\t') ||
      t[after + 1] == ' ')
    return 0;
  m->style = (uint8_t)(m->style + (letter ? 3 : 0));
  m->period = t[i] == '.' ? (uint32_t)i : UINT32_MAX;
  m->value = value;
  m->start = (uint32_t)v;
  return 1;
}

/* If a bullet (and maybe one space) stands just before offset v, returns
   the bullet's offset, else (size_t)-1. */
static size_t bullet_before(const splitter *sp, size_t v) {
  int32_t cp;
  size_t p;
  if (v > 0 && sp->text[v - 1] == ' ') v--;
  if (v == 0) return (size_t)-1;
  p = lede_prev_char(sp->text, v);
  cp_at(sp, p, &cp);
  return lede_is_bullet(cp) ? p : (size_t)-1;
}

/* Is the line break ending at i preceded, back to the previous break, by
   white space only?  (A blank line separates paragraphs.) */
static int line_is_blank(const splitter *sp, size_t i) {
  while (i > 0) {
    unsigned char c = (unsigned char)sp->text[i - 1];
    if (c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
    if (c != ' ' && c != '\t') return 0;
    i--;
  }
  return 1;
}

#define STYLES 6

/* Does only white space stand between the line's start and offset v?
   (Looks back a bounded way: a longer run of blanks answers no.) */
static int starts_line(const splitter *sp, size_t v) {
  size_t k = v;
  while (k > 0 && v - k < 16 &&
         (sp->text[k - 1] == ' ' || sp->text[k - 1] == '\t'))
    k--;
  return k == 0 || newline_len(sp, k - 1) || sp->text[k - 1] == '\n';
}

/* Is the mark at i a plain sentence end: a word of two letters or more, the
   mark, one space and a capital ("parts. The")? */
static int plain_end(const splitter *sp, size_t i) {
  const char *t = sp->text;
  return i >= 2 && i + 2 < sp->len && t[i - 1] >= 'a' && t[i - 1] <= 'z' &&
         ((t[i - 2] >= 'a' && t[i - 2] <= 'z') ||
          (t[i - 2] >= 'A' && t[i - 2] <= 'Z')) &&
         t[i + 1] == ' ' && t[i + 2] >= 'A' && t[i + 2] <= 'Z';
}

/* The marker loop's step at t[i] (a byte lede_skip_plain stopped at): a
   line break may close a paragraph (at->para grows), a plain sentence end
   counts in at->clause, a '.' or ')' may end a numbered marker, a bullet
   starts an item by itself.  Returns 1 and fills *m when a marker is
   there; *step gets how far the loop goes on. */
static int marker_at(const splitter *sp, size_t i, marker_place *at, marker *m,
                     size_t *step) {
  const unsigned char *t = (const unsigned char *)sp->text;
  unsigned char c = t[i];
  size_t k;
  *step = 1;
  if (c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    if (line_is_blank(sp, i)) at->para++;
  } else if (c == '.' || c == ')') {
    if (read_marker(sp, i, m)) {
      size_t b = bullet_before(sp, m->start);
      m->bullet = b != (size_t)-1;
      m->keep = m->bullet;
      if (m->bullet) m->start = (uint32_t)b;
      m->para = at->para;
      m->clause = at->clause;
      m->line_start = (uint8_t)starts_line(sp, m->start);
      return 1;
    }
    if (c == '.' && plain_end(sp, i)) at->clause++;
  } else if ((c == '!' || c == '?') && plain_end(sp, i)) {
    at->clause++;
  } else if (c == 0xE2) { /* every bullet's UTF-8 starts with E2 */
    int32_t cp;
    *step = (size_t)cp_at(sp, i, &cp);
    if (lede_is_bullet(cp) &&
        (i == 0 ||
         is_space_class(class_at(sp, lede_prev_char(sp->text, i), &k)))) {
      m->start = (uint32_t)i; /* a bullet starts an item by itself */
      m->period = UINT32_MAX;
      m->value = -1;
      m->style = 0;
      m->para = at->para;
      m->clause = at->clause;
      m->line_start = 0;
      m->bullet = m->keep = 1;
      return 1;
    }
  }
  return 0;
}

/* Collects the markers the marker loop meets from *at until it reaches
   limit into marks; *at is where it stopped. */
static int collect_markers(const splitter *sp, size_t *at, size_t limit,
                           marker_place *place, lede_vec *marks) {
  const unsigned char *t = (const unsigned char *)sp->text;
  size_t i = *at, n;
  while (i < limit) {
    marker m;
    i = lede_skip_plain(t, i, limit);
    if (i >= limit) break;
    if (marker_at(sp, i, place, &m, &n) && lede_vec_push(marks, &m) != 0)
      return -1;
    i += n;
  }
  *at = i;
  return 0;
}

/* Keeps the markers that carry the value after (or before) the one of the
   previous marker of their style in the same paragraph.  last[s] is the
   index of the last marker of style s, (size_t)-1 for none. */
static void pair_markers(marker *ms, size_t count, size_t last[STYLES]) {
  size_t k;
  for (k = 0; k < count; k++) {
    marker *m = &ms[k];
    if (m->value < 0) continue;
    if (last[m->style] != (size_t)-1) {
      marker *p = &ms[last[m->style]];
      if (markers_pair(p, m)) p->keep = m->keep = 1;
    }
    last[m->style] = k;
  }
}

/* Pushes the kept markers' starts to list_cuts, their periods to protect. */
static int push_kept(splitter *sp, const marker *ms, size_t count) {
  size_t k;
  for (k = 0; k < count; k++) {
    if (!ms[k].keep) continue;
    if (push_u32(&sp->list_cuts, ms[k].start) != 0) return -1;
    if (ms[k].period != UINT32_MAX && push_u32(&sp->protect, ms[k].period) != 0)
      return -1;
  }
  return 0;
}

/* Finds the list items (see the top of the file): fills sp->list_cuts and
   sp->protect.  Visits only the bytes lede_skip_plain stops at. */
static int find_list_items(splitter *sp) {
  lede_vec marks;
  size_t last[STYLES], at = 0, k;
  marker_place place = {0, 0};
  int rc;

  lede_vec_init(&marks, sizeof(marker));
  for (k = 0; k < STYLES; k++) last[k] = (size_t)-1;
  rc = collect_markers(sp, &at, sp->len, &place, &marks);
  if (rc == 0) {
    pair_markers((marker *)marks.items, marks.count, last);
    rc = push_kept(sp, (const marker *)marks.items, marks.count);
  }
  lede_vec_free(&marks);
  return rc;
}

/* ------------------------------------------------------------ the scan */

/* Bytes that may start a mark or a line break: . ! ? LF VT FF CR, and the
   lead bytes of the multi-byte marks and breaks (C2 E2 E3 EF). */
static const unsigned char interesting[256] = {
    ['.'] = 1,  ['!'] = 1,  ['?'] = 1,  ['\n'] = 1, ['\v'] = 1, ['\f'] = 1,
    ['\r'] = 1, [0xC2] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1};

/* Decides the marks and line breaks the scan meets from *at until it
   reaches limit; *at is where it stopped (maybe past limit, after a run of
   marks). */
static int scan_range(splitter *sp, size_t *at, size_t limit) {
  const unsigned char *t = (const unsigned char *)sp->text;
  size_t i = *at;
  while (i < limit) {
    size_t nl, resume;
    int dots = 0, bang = 0;
    i = lede_skip_plain(t, i, limit);
    if (i >= limit) break;
    if (!interesting[t[i]]) {
      i++;
      continue;
    }
    if ((nl = newline_len(sp, i)) != 0) {
      if (decide_newline(sp, i, nl) != 0) return -1;
      i += nl;
      continue;
    }
    if (mark_len(sp, i, &dots, &bang) == 0) {
      i++;
      continue;
    }
    if (decide_mark(sp, i, &resume) != 0) return -1;
    i = resume;
  }
  *at = i;
  return 0;
}

static int scan(splitter *sp) {
  size_t at = 0;
  return scan_range(sp, &at, sp->len);
}

/* Trims white space from both ends of [*s, *e). */
static void trim(const splitter *sp, size_t *s, size_t *e) {
  size_t n;
  while (*s < *e && is_space_class(class_at(sp, *s, &n))) *s += n;
  while (*e > *s) {
    size_t p = lede_prev_char(sp->text, *e);
    if (p < *s || !is_space_class(class_at(sp, p, &n))) break;
    *e = p;
  }
}

/* Turns the two sorted cut lists into trimmed, non-empty spans. */
static int make_spans(splitter *sp, lede_vec *spans) {
  const uint32_t *a = (const uint32_t *)sp->cuts.items;
  const uint32_t *b = (const uint32_t *)sp->list_cuts.items;
  size_t ia = 0, ib = 0, start = 0;
  for (;;) {
    size_t cut, s, e;
    if (ia < sp->cuts.count && (ib >= sp->list_cuts.count || a[ia] <= b[ib]))
      cut = a[ia++];
    else if (ib < sp->list_cuts.count)
      cut = b[ib++];
    else
      cut = sp->len;
    if (cut < start) continue;
    s = start;
    e = cut;
    trim(sp, &s, &e);
    if (e > s) {
      lede_span span;
      span.start = (uint32_t)s;
      span.end = (uint32_t)e;
      if (lede_vec_push(spans, &span) != 0) return -1;
    }
    start = cut;
    if (cut >= sp->len) return 0;
  }
}

int lede_sentences(const char *text, size_t len, lede_span **out,
                   size_t *count) {
  return lede_sentences_in(NULL, text, len, out, count);
}

int lede_sentences_lang(const char *text, size_t len, const char *language,
                        lede_span **out, size_t *count) {
  const lede_language *lang = NULL;
  if (language) {
    lang = lede_language_find(language, strlen(language));
    if (!lang) {
      if (out) *out = NULL;
      if (count) *count = 0;
      return LEDE_ERR_ARG;
    }
  }
  return lede_sentences_in(lang, text, len, out, count);
}

int lede_sentences_in(const lede_language *lang, const char *text, size_t len,
                      lede_span **out, size_t *count) {
  splitter sp;
  lede_vec spans;
  int rc;

  if (out) *out = NULL;
  if (count) *count = 0;
  if (!out || !count || (!text && len > 0)) return LEDE_ERR_ARG;
  if (len > LEDE_MAX_INPUT) return LEDE_ERR_TOOBIG;

  memset(&sp, 0, sizeof sp);
  sp.text = text;
  sp.len = len;
  /* English (the default language) is read by the English rules below:
     ASCII words, lede_is_title and lede_is_abbrev, the starters. */
  if (lang && lang != &lede_languages[0] &&
      (lang->nabbrev > 0 || lang->nordinal > 0))
    sp.lang = lang;
  lede_vec_init(&sp.cuts, sizeof(uint32_t));
  lede_vec_init(&sp.list_cuts, sizeof(uint32_t));
  lede_vec_init(&sp.protect, sizeof(uint32_t));
  lede_vec_init(&spans, sizeof(lede_span));

  rc = find_list_items(&sp);
  if (rc == 0) rc = scan(&sp);
  if (rc == 0) rc = make_spans(&sp, &spans);
  lede_vec_free(&sp.cuts);
  lede_vec_free(&sp.list_cuts);
  lede_vec_free(&sp.protect);
  if (rc != 0) {
    lede_vec_free(&spans);
    return LEDE_ERR_NOMEM;
  }
  *out = (lede_span *)lede_vec_release(&spans, count);
  return LEDE_OK;
}

/* ------------------------------------------------------------ streaming */

/* The stream runs the same two passes over the whole text, a chunk of
   bytes at a time, and keeps only that chunk's cuts and markers.  Every
   decision still reads the whole text, so the spans are those of
   lede_sentences(); what carries over between chunks is small: where each
   pass stands, the last cut, the paragraph number, the last marker of each
   style, and the few cuts not yet known to be final. */

#define STREAM_CHUNK 65536
/* A marker found at offset i starts no earlier than i - MARKER_REACH (three
   digits, a space and a bullet of up to four bytes before its '.'). */
#define MARKER_REACH 16

struct lede_sentence_stream {
  splitter sp;     /* its cuts, list_cuts and protect hold one chunk's */
  lede_vec marks;  /* the chunk's markers */
  lede_vec held;   /* uint32 cuts past what is final yet, ascending */
  lede_vec merged; /* scratch: all the cuts of a chunk, ascending */
  lede_vec spans;  /* what the last call gave */
  size_t chunk;
  size_t mpos;  /* where the marker pass goes on */
  size_t spos;  /* where the scan goes on */
  size_t start; /* where the next span starts */
  marker_place place;
  marker last[STYLES]; /* the last numbered marker of each style */
  unsigned char has_last[STYLES];
  int done;
};

lede_sentence_stream *lede_sentence_stream_new(size_t chunk) {
  lede_sentence_stream *st = (lede_sentence_stream *)calloc(1, sizeof *st);
  if (!st) return NULL;
  st->chunk = chunk > 0 ? chunk : STREAM_CHUNK;
  lede_vec_init(&st->sp.cuts, sizeof(uint32_t));
  lede_vec_init(&st->sp.list_cuts, sizeof(uint32_t));
  lede_vec_init(&st->sp.protect, sizeof(uint32_t));
  lede_vec_init(&st->marks, sizeof(marker));
  lede_vec_init(&st->held, sizeof(uint32_t));
  lede_vec_init(&st->merged, sizeof(uint32_t));
  lede_vec_init(&st->spans, sizeof(lede_span));
  return st;
}

void lede_sentence_stream_free(lede_sentence_stream *st) {
  if (!st) return;
  lede_vec_free(&st->sp.cuts);
  lede_vec_free(&st->sp.list_cuts);
  lede_vec_free(&st->sp.protect);
  lede_vec_free(&st->marks);
  lede_vec_free(&st->held);
  lede_vec_free(&st->merged);
  lede_vec_free(&st->spans);
  free(st);
}

/* The chunk's last marker of each style may pair with the next marker of
   its style further on, in the same paragraph: looks ahead (without
   keeping anything) until each is settled.  A style's look-aheads never
   overlap (each ends at the next marker of the style), so they add at most
   STYLES passes over the text in all. */
static void settle_ahead(const splitter *sp, size_t from, marker_place place,
                         marker *ms, const size_t last[STYLES]) {
  const unsigned char *t = (const unsigned char *)sp->text;
  unsigned pending = 0;
  size_t i = from, n;
  marker_place p = place;
  int s;
  for (s = 0; s < STYLES; s++)
    if (last[s] != (size_t)-1 && !ms[last[s]].keep &&
        ms[last[s]].para == place.para)
      pending |= 1u << s;
  while (pending && i < sp->len) {
    marker m;
    i = lede_skip_plain(t, i, sp->len);
    if (i >= sp->len) break;
    if (marker_at(sp, i, &p, &m, &n) && m.value >= 0 &&
        (pending & (1u << m.style))) {
      marker *q = &ms[last[m.style]];
      if (markers_pair(q, &m)) q->keep = 1;
      pending &= ~(1u << m.style);
    }
    if (p.para != place.para)
      break; /* a new paragraph: nothing pairs across it */
    i += n;
  }
}

/* The marker pass over one chunk: markers up to limit, paired with the
   ones before the chunk and after it; the kept ones go to list_cuts and
   protect. */
static int stream_markers(lede_sentence_stream *st, size_t limit) {
  splitter *sp = &st->sp;
  marker *ms;
  size_t last[STYLES], k;
  int s;
  st->marks.count = 0;
  if (collect_markers(sp, &st->mpos, limit, &st->place, &st->marks) != 0)
    return -1;
  ms = (marker *)st->marks.items;
  for (s = 0; s < STYLES; s++) last[s] = (size_t)-1;
  for (k = 0; k < st->marks.count; k++) { /* with the markers before */
    marker *m = &ms[k];
    if (m->value < 0 || last[m->style] != (size_t)-1) continue;
    last[m->style] = k;
    if (st->has_last[m->style] && markers_pair(&st->last[m->style], m))
      m->keep = 1;
  }
  for (s = 0; s < STYLES; s++) last[s] = (size_t)-1;
  pair_markers(ms, st->marks.count, last);
  settle_ahead(sp, st->mpos, st->place, ms, last);
  for (s = 0; s < STYLES; s++) {
    if (last[s] == (size_t)-1) continue;
    st->has_last[s] = 1;
    st->last[s] = ms[last[s]];
  }
  return push_kept(sp, ms, st->marks.count);
}

/* Merges the held cuts with the chunk's two cut lists (all ascending) into
   st->merged. */
static int merge_cuts(lede_sentence_stream *st) {
  const lede_vec *lists[3];
  size_t at[3] = {0, 0, 0};
  int k;
  lists[0] = &st->held;
  lists[1] = &st->sp.cuts;
  lists[2] = &st->sp.list_cuts;
  st->merged.count = 0;
  for (;;) {
    int best = -1;
    uint32_t v = 0;
    for (k = 0; k < 3; k++) {
      const uint32_t *a = (const uint32_t *)lists[k]->items;
      if (at[k] < lists[k]->count && (best < 0 || a[at[k]] < v)) {
        best = k;
        v = a[at[k]];
      }
    }
    if (best < 0) return 0;
    at[best]++;
    if (lede_vec_push(&st->merged, &v) != 0) return -1;
  }
}

/* Turns the cuts up to `safe` into spans (as make_spans does) and holds
   the others for the next chunk. */
static int emit_spans(lede_sentence_stream *st, size_t safe) {
  const uint32_t *c;
  size_t k;
  if (merge_cuts(st) != 0) return -1;
  c = (const uint32_t *)st->merged.items;
  st->held.count = 0;
  for (k = 0; k < st->merged.count; k++) {
    size_t s = st->start, e = c[k];
    if (e > safe) {
      if (lede_vec_push(&st->held, &c[k]) != 0) return -1;
      continue;
    }
    if (e < s) continue;
    trim(&st->sp, &s, &e);
    if (e > s) {
      lede_span span;
      span.start = (uint32_t)s;
      span.end = (uint32_t)e;
      if (lede_vec_push(&st->spans, &span) != 0) return -1;
    }
    st->start = c[k];
  }
  return 0;
}

int lede_sentence_stream_next(lede_sentence_stream *st, const char *text,
                              size_t len, const lede_span **out,
                              size_t *count) {
  splitter *sp;
  if (out) *out = NULL;
  if (count) *count = 0;
  if (!st || !out || !count || (!text && len > 0)) return LEDE_ERR_ARG;
  if (len > LEDE_MAX_INPUT) return LEDE_ERR_TOOBIG;
  sp = &st->sp;
  if (st->start > len || (sp->text && (sp->text != text || sp->len != len)))
    return LEDE_ERR_ARG; /* another text than the stream started on */
  sp->text = text;
  sp->len = len;
  st->spans.count = 0;
  while (!st->done && st->spans.count == 0) {
    size_t from = st->spos > st->mpos ? st->spos : st->mpos;
    size_t limit =
        from < len && len - from > st->chunk ? from + st->chunk : len;
    size_t safe;
    int last;
    sp->cuts.count = sp->list_cuts.count = sp->protect.count = 0;
    sp->protect_at = 0;
    if (stream_markers(st, limit) != 0 || scan_range(sp, &st->spos, limit) != 0)
      return LEDE_ERR_NOMEM;
    last = st->spos >= len && st->mpos >= len;
    safe = st->mpos > MARKER_REACH ? st->mpos - MARKER_REACH : 0;
    if (st->spos < safe) safe = st->spos;
    if (last) {
      uint32_t end = (uint32_t)len; /* make_spans' last cut */
      if (lede_vec_push(&sp->cuts, &end) != 0) return LEDE_ERR_NOMEM;
      safe = len;
    }
    if (emit_spans(st, safe) != 0) return LEDE_ERR_NOMEM;
    st->done = last;
  }
  *out = (const lede_span *)st->spans.items;
  *count = st->spans.count;
  return LEDE_OK;
}
