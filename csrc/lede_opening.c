/*
 * lede_opening.c -- how a sentence opens, for the summarizer: a wire
 * dateline to leave out of the pick, a word that points back to the
 * sentence before (He, But, However ...) or closes a quote opened there,
 * a quote that goes on into the next sentence, or a shape that cannot
 * stand alone (lower-case start, list item).
 *
 * A reader of a summary meets each pick without its neighbours, so a pick
 * that opens with "They" or "But" or ends a quote opened elsewhere reads as
 * a defect.  These tests look at a few bytes at the sentence's
 * start (a bounded amount: linear over a text) and at its quotation marks.
 */
#include <string.h>

#include "lede_numlex.h"
#include "lede_summ.h"

/* The longest dateline left out ("LOS ANGELES, California (Reuters) --"). */
#define DATELINE_MAX 90

static int is_up(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_low(unsigned char c) { return c >= 'a' && c <= 'z'; }

/* Length of a dash that closes a dateline at p[0, n): "_" "--" "-" and the
   UTF-8 en, em and horizontal-bar dashes; `loose` also accepts "_", "--"
   and "-", which only wire copy in capitals puts there. */
static size_t dash_len(const unsigned char *p, size_t n, int loose) {
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
      (p[2] == 0x93 || p[2] == 0x94 || p[2] == 0x95))
    return 3;
  if (!loose) return 0;
  if (n >= 2 && p[0] == '-' && p[1] == '-') return 2;
  if (n >= 1 && (p[0] == '_' || p[0] == '-')) return 1;
  return 0;
}

static size_t skip_blank(const unsigned char *p, size_t i, size_t n) {
  while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
  return i;
}

/* A word of a place: capitals (with . - ' and UTF-8 letters) when `caps`,
   else a capital then letters.  Returns its end, or i when there is none. */
/* Is p[j] the start of U+2000..U+203F (dashes, quotes: not letters)? */
static int is_punct_mark(const unsigned char *p, size_t j, size_t n) {
  return p[j] == 0xE2 && j + 1 < n && p[j + 1] == 0x80;
}

static size_t place_word(const unsigned char *p, size_t i, size_t n, int caps) {
  size_t j = i, letters = 0;
  if (j >= n || !(is_up(p[j]) || p[j] >= 0xC0) || is_punct_mark(p, j, n))
    return i;
  while (j < n) {
    unsigned char c = p[j];
    if (is_punct_mark(p, j, n)) break;
    if (is_up(c) || c >= 0x80)
      letters++;
    else if (is_low(c) && !caps)
      letters++;
    else if (c != '.' && c != '-' && c != '\'')
      break;
    j++;
  }
  if (caps && letters < 2) return i;
  if (!caps && (j - i < 2 || !(is_low(p[i + 1]) || p[i + 1] >= 0xC0))) return i;
  return j;
}

/* Words of a place separated by single spaces, at most `max`; returns the
   end of the last, or i. */
static size_t place_words(const unsigned char *p, size_t i, size_t n, int caps,
                          int max) {
  size_t end = place_word(p, i, n, caps), j;
  int k;
  if (end == i) return i;
  for (k = 1; k < max; k++) {
    if (end >= n || p[end] != ' ') break;
    j = place_word(p, end + 1, n, caps);
    if (j == end + 1) break;
    end = j;
  }
  return end;
}

/* ", Region" (title-case words such as "Fla." or "Saskatchewan"), or i. */
static size_t region(const unsigned char *p, size_t i, size_t n) {
  size_t j;
  if (i + 2 >= n || p[i] != ',' || p[i + 1] != ' ') return i;
  j = place_words(p, i + 2, n, 0, 3);
  if (j == i + 2) j = place_words(p, i + 2, n, 1, 3); /* "US" */
  return j == i + 2 ? i : j;
}

/* " (AP)", " (Reuters)": an agency in brackets, or i. */
static size_t agency(const unsigned char *p, size_t i, size_t n) {
  size_t j = skip_blank(p, i, n), k;
  if (j >= n || p[j] != '(') return i;
  for (k = j + 1; k < n && k - j <= 30 && p[k] != ')'; k++)
    if (p[k] == '(' || p[k] == '\n' || p[k] == '\r') return i;
  return k < n && p[k] == ')' && k > j + 1 ? k + 1 : i;
}

/* ", Nov. 3", ", March 5", ", Sept. 21, 1998": the date wire copy puts
   after its place, or i. */
static size_t date_part(const unsigned char *p, size_t i, size_t n) {
  size_t j = i + 2, w, d;
  uint16_t word;
  if (i + 2 >= n || p[i] != ',' || p[i + 1] != ' ' || !is_up(p[j])) return i;
  for (w = j; w < n && (is_up(p[w]) || is_low(p[w])); w++) {
  }
  word = nl_lookup((const char *)p + j, w - j);
  if (!word || !(nl_words[word - 1].cat & WC_MONTH)) return i;
  if (w < n && p[w] == '.') w++;
  if (w + 1 >= n || p[w] != ' ') return i;
  for (d = w + 1; d < n && d - w <= 2 && p[d] >= '0' && p[d] <= '9'; d++) {
  }
  if (d == w + 1 || (d < n && p[d] >= '0' && p[d] <= '9')) return i;
  /* ", 1998" */
  if (d + 6 <= n && p[d] == ',' && p[d + 1] == ' ' && p[d + 2] >= '1' &&
      p[d + 2] <= '2' && p[d + 3] >= '0' && p[d + 3] <= '9' &&
      p[d + 4] >= '0' && p[d + 4] <= '9' && p[d + 5] >= '0' &&
      p[d + 5] <= '9' && (d + 6 == n || p[d + 6] < '0' || p[d + 6] > '9'))
    d += 6;
  return d;
}

/* The region and date after a place ending at j ("Nov." is a date, not a
   region); returns their end, or j. */
static size_t place_date(const unsigned char *p, size_t j, size_t n) {
  size_t d = date_part(p, j, n);
  return d > j ? d : date_part(p, region(p, j, n), n);
}

/* Can a story start at p[i] (after a dateline)? */
static int story_starts(const unsigned char *p, size_t i, size_t n) {
  if (i >= n) return 0;
  return is_up(p[i]) || (p[i] >= '0' && p[i] <= '9') || p[i] == '"' ||
         p[i] == '\'' || p[i] >= 0xC0 || p[i] == 0xE2;
}

/* Ends a dateline whose place (and agency) end at j: the dash, blanks, and
   the story's start.  Returns the story's offset, or 0. */
static size_t after_dash(const unsigned char *p, size_t j, size_t n,
                         int loose) {
  size_t d;
  j = skip_blank(p, j, n);
  d = dash_len(p + j, n - j, loose);
  if (d == 0) return 0;
  j = skip_blank(p, j + d, n);
  return story_starts(p, j, n) && j <= DATELINE_MAX ? j : 0;
}

size_t lede_dateline_len(const char *text, size_t len) {
  const unsigned char *p = (const unsigned char *)text;
  size_t n = len < DATELINE_MAX + 8 ? len : DATELINE_MAX + 8, j, a, at;
  /* "(AP) _ ", "(CNN) — ": an agency alone */
  a = agency(p, 0, n);
  if (a > 0 && (at = after_dash(p, a, n, 1)) > 0) return at;
  /* "NAIROBI, Kenya _ ", "JERUSALEM (AP) _ ", "INNSBRUCK, Austria (AP) -- ",
     "MOSCOW, Nov. 3 (Xinhua) -- "; in capitals an agency alone also ends
     it when a sentence follows: "BEIJING, March 5 (AFP) The ...", not
     "KUTV (CBS) SALT LAKE CITY - ".  A colon does not: "UPDATE: ..." */
  j = place_words(p, 0, n, 1, 4);
  if (j > 0) {
    size_t r = place_date(p, j, n);
    a = agency(p, r, n);
    if ((at = after_dash(p, a, n, 1)) > 0) return at;
    if (a > r && a < n && p[a] == ' ') {
      at = skip_blank(p, a, n);
      if (at + 1 < n && is_up(p[at]) && is_low(p[at + 1]) && at <= DATELINE_MAX)
        return at;
    }
  }
  /* "Meadow Lake, Saskatchewan – ", "Kyiv (AP) - ", "Tokyo, Japan - ":
     title case needs an agency, a region or a date */
  j = place_words(p, 0, n, 0, 3);
  if (j > 0) {
    size_t r = place_date(p, j, n);
    a = agency(p, r, n);
    if (a > r && (at = after_dash(p, a, n, 1)) > 0) return at;
    if (r > j && (at = after_dash(p, r, n, 1)) > 0) return at;
  }
  return 0;
}

/* Words that point back to what came before when they open a sentence. */
static const char *const back_words[] = {
    "But",     "However",    "He",          "She",          "They",
    "It",      "Its",        "His",         "Her",          "Their",
    "Them",    "This",       "These",       "That",         "Those",
    "Also",    "And",        "Yet",         "Still",        "Meanwhile",
    "Instead", "Moreover",   "Furthermore", "Nevertheless", "Nonetheless",
    "Such",    "Thus",       "Therefore",   "Hence",        "So",
    "Then",    "Besides",    "Otherwise",   "Or",           "Nor",
    "Later",   "Afterwards", "Both",        "Another",      "Others",
    "Too",     "Indeed",     "Again",       "Consequently", NULL};

/* Does p[0, n) open with a back word (followed by a non-letter)? */
static int opens_back(const unsigned char *p, size_t n) {
  size_t w = 0, i;
  while (w < n && (is_up(p[w]) || is_low(p[w]))) w++;
  if (w == 0 || w == n || (p[w] >= 0x80 && p[w] != 0xE2)) return 0;
  for (i = 0; back_words[i]; i++)
    if (back_words[i][0] == (char)p[0] && strlen(back_words[i]) == w &&
        memcmp(back_words[i], p, w) == 0)
      return 1;
  /* "The latter", "The former", "The two" */
  if (w == 3 && memcmp(p, "The", 3) == 0 && n > 4) {
    static const char *const after_the[] = {"latter", "former", "two ",
                                            "same ",  "move ",  NULL};
    for (i = 0; after_the[i]; i++) {
      size_t k = strlen(after_the[i]);
      if (n >= 4 + k && memcmp(p + 4, after_the[i], k) == 0) return 1;
    }
  }
  return 0;
}

/* Curly marks say which they are; of straight ones an odd count is
   unbalanced, and the last one tells the way: a closing mark follows
   punctuation or a letter and is followed by white space, punctuation or
   the end. */
int lede_quote_way(const char *text, size_t n) {
  const unsigned char *p = (const unsigned char *)text;
  size_t i, straight = 0, last = 0;
  long depth = 0, low = 0;
  for (i = 0; i < n; i++) {
    if (p[i] == '"') {
      straight++;
      last = i;
    } else if (p[i] == 0xE2 && i + 2 < n && p[i + 1] == 0x80) {
      if (p[i + 2] == 0x9C)
        depth++;
      else if (p[i + 2] == 0x9D && --depth < low)
        low = depth;
    }
  }
  if (low < 0) return LEDE_QUOTE_CLOSES;
  if (depth > 0) return LEDE_QUOTE_OPENS;
  if (!(straight & 1)) return straight > 0 || low < 0 ? LEDE_QUOTE_WITHIN : 0;
  if (last > 0 && (last + 1 == n || p[last + 1] == ' ' || p[last + 1] == ',' ||
                   p[last + 1] == '.' || p[last + 1] == '\n'))
    return p[last - 1] == ' ' ? LEDE_QUOTE_OPENS : LEDE_QUOTE_CLOSES;
  return LEDE_QUOTE_OPENS;
}

/* "1981:", "- item", "* item", "2) item": a list item or a timeline. */
static int list_item(const unsigned char *p, size_t n) {
  size_t i = 0;
  if (n > 1 && (p[0] == '-' || p[0] == '*') && p[1] == ' ') return 1;
  if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xA2) return 1; /* • */
  while (i < n && p[i] >= '0' && p[i] <= '9') i++;
  return i > 0 && i < n && (p[i] == ':' || p[i] == ')');
}

uint8_t lede_opening_flags(const char *text, size_t len) {
  const unsigned char *p = (const unsigned char *)text;
  uint8_t f = 0;
  size_t q = 0;
  if (len == 0) return 0;
  /* "and then ...", not "iPhone sales ..." */
  if (is_low(p[0]) && !(len > 1 && is_up(p[1]))) f |= LEDE_SF_FRAGMENT;
  if (list_item(p, len)) f |= LEDE_SF_FRAGMENT;
  if (p[0] == '"' || p[0] == '\'')
    q = 1;
  else if (len >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x9C)
    q = 3;
  if (opens_back(p + q, len - q)) f |= LEDE_SF_BACK;
  return f;
}
