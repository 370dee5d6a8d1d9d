/*
 * test_text.c -- lede_utf8_decode, the core's one UTF-8 decoder: strict as
 * utf8proc is, and always advancing; the English word lists, checked
 * against the TSV files they are generated from (lexicon/en).
 */
#include <stdio.h>

#include "harness.h"
#include "lede.h"
#include "lede_summ.h"
#include "lede_text.h"

/* The code point and length of the character at text[i]. */
static void decodes(const char *text, size_t i, int32_t want_cp, size_t want_n,
                    const char *msg) {
  int32_t cp = 0;
  size_t n = lede_utf8_decode(text, strlen(text), i, &cp);
  INT_EQ(cp, want_cp, msg);
  INT_EQ(n, want_n, msg);
}

/* One row of a TSV file of lexicon/en: its first two fields, or 0 at the
   end of the file.  Comment and blank lines are skipped. */
static int read_row(FILE *f, char word[64], char kind[64]) {
  char line[256];
  while (fgets(line, sizeof line, f)) {
    char *tab, *end;
    if (line[0] == '#' || line[0] == '\n' || line[0] == '\r') continue;
    end = line + strcspn(line, "\r\n");
    *end = 0;
    tab = strchr(line, '\t');
    if (tab) *tab = 0;
    snprintf(word, 64, "%.63s", line);
    snprintf(kind, 64, "%.63s", tab ? tab + 1 : "");
    return 1;
  }
  return 0;
}

/* word with its ASCII letters in upper case (upper = 1) or lower case. */
static const char *recased(const char *word, int upper) {
  static char out[64];
  size_t i;
  for (i = 0; word[i] && i + 1 < sizeof out; i++) {
    char c = word[i];
    if (upper && c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
    if (!upper && c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    out[i] = c;
  }
  out[i] = 0;
  return out;
}

/* Every row of lexicon/en/abbreviations.tsv is found as its kind says
   (the lists are searched by halves, so one out of order would be
   missed): a word in lower case in any case, a capitalized one ("Ore")
   capitalized or in capitals but never in lower case ("iron ore."). */
static void test_abbreviations(void) {
  char word[64], kind[64];
  int rows = 0;
  FILE *f = fopen("lexicon/en/abbreviations.tsv", "r");
  OK(f != NULL, "lexicon/en/abbreviations.tsv opens (run from the root)");
  if (!f) return;
  while (read_row(f, word, kind)) {
    size_t n = strlen(word);
    int title = strcmp(kind, "title") == 0;
    int want = title                        ? LEDE_ABBR_TITLE
               : strcmp(kind, "place") == 0 ? LEDE_ABBR_PLACE
                                            : LEDE_ABBR_PLAIN;
    rows++;
    INT_EQ(lede_abbrev_in(&lede_languages[0], word, n), want, word);
    OK(lede_is_abbrev(word, n) && lede_is_title(word, n) == title, word);
    OK(lede_is_abbrev(recased(word, 1), n), recased(word, 1));
    if (word[0] >= 'A' && word[0] <= 'Z')
      OK(!lede_is_abbrev(recased(word, 0), n), recased(word, 0));
  }
  fclose(f);
  OK(rows > 100, "lexicon/en/abbreviations.tsv has its rows");
  OK(!lede_is_abbrev("ap", 2) && !lede_is_abbrev("apri", 4) &&
         !lede_is_abbrev("zzz", 3) && !lede_is_title("m", 1),
     "near misses");
}

/* Every row of lexicon/en/starters.tsv is a starter as written, and only
   so: "the" in lower case is none. */
static void test_starters(void) {
  char word[64], kind[64];
  size_t rows = 0;
  FILE *f = fopen("lexicon/en/starters.tsv", "r");
  OK(f != NULL, "lexicon/en/starters.tsv opens (run from the root)");
  if (!f) return;
  while (read_row(f, word, kind)) {
    size_t n = strlen(word);
    rows++;
    OK(lede_is_starter(word, n), word);
    OK(!lede_is_starter(recased(word, 0), n), recased(word, 0));
  }
  fclose(f);
  INT_EQ(rows, lede_en_nstarters, "every starter of the file, and no other");
}

/* The one lookup every sorted word list goes through: by the bytes of a
   word, the first member of an item of any size; a prefix, an extension or
   a word between two items is no match. */
static void test_sorted_find(void) {
  typedef struct item {
    const char *word;
    int value;
  } item;
  static const item items[] = {
      {"ab", 1}, {"abc", 2}, {"b", 3}, {"z\xC3\xA9", 4}};
  static const char *const words[] = {"Apr", "apr", "jan"};
  const item *hit;
  size_t i;
  for (i = 0; i < 4; i++) {
    hit = (const item *)lede_sorted_find(items, 4, sizeof items[0],
                                         items[i].word, strlen(items[i].word));
    OK(hit && hit->value == items[i].value, items[i].word);
  }
  OK(!lede_sorted_find(items, 4, sizeof items[0], "a", 1), "a prefix");
  OK(!lede_sorted_find(items, 4, sizeof items[0], "abcd", 4), "an extension");
  OK(!lede_sorted_find(items, 4, sizeof items[0], "aba", 3), "between two");
  OK(!lede_sorted_find(items, 4, sizeof items[0], "ab", 0), "empty");
  OK(!lede_sorted_find(NULL, 0, sizeof items[0], "ab", 2), "no list");
  OK(lede_sorted_find(words, 3, sizeof words[0], "apr", 3) == &words[1],
     "a list of strings, case as written");
  OK(!lede_sorted_find(words, 3, sizeof words[0], "APR", 3), "no folding");
  OK(lede_is_abbrev("No", 2) && !lede_is_title("No", 2),
     "an abbreviation of lexicon/en is no title");
}

int main(void) {
  test_sorted_find();
  decodes("a", 0, 'a', 1, "ASCII");
  decodes("\xC3\xA9", 0, 0xE9, 2, "two bytes: e acute");
  decodes("\xE2\x80\x94", 0, 0x2014, 3, "three bytes: em dash");
  decodes("\xF0\x9F\x91\x8D", 0, 0x1F44D, 4, "four bytes: thumbs up");
  decodes("\xC0\xAF", 0, -1, 1, "overlong two-byte slash");
  decodes("\xE0\x80\xAF", 0, -1, 1, "overlong three-byte slash");
  decodes("\xF0\x80\x80\xAF", 0, -1, 1, "overlong four-byte slash");
  decodes("\xED\xA0\x80", 0, -1, 1, "a surrogate");
  decodes("\xF4\x90\x80\x80", 0, -1, 1, "above U+10FFFF");
  decodes("\xE2\x80", 0, -1, 1, "cut short");
  decodes("\x80", 0, -1, 1, "a lone continuation byte");
  decodes("x\xC3\xA9y", 1, 0xE9, 2, "in the middle of a text");
  {
    /* the length bounds the read: the second byte is past len */
    int32_t cp;
    INT_EQ(lede_utf8_decode("\xC3\xA9", 1, 0, &cp), 1, "len cuts the sequence");
    INT_EQ(cp, -1, "len cuts the sequence: invalid");
  }
  test_abbreviations();
  test_starters();
  return DONE("test_text");
}
