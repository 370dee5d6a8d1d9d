/*
 * test_text.c -- lede_utf8_decode, the core's one UTF-8 decoder: strict as
 * utf8proc is, and always advancing.
 */
#include "harness.h"
#include "lede.h"
#include "lede_text.h"

/* The code point and length of the character at text[i]. */
static void decodes(const char *text, size_t i, int32_t want_cp, size_t want_n,
                    const char *msg) {
  int32_t cp = 0;
  size_t n = lede_utf8_decode(text, strlen(text), i, &cp);
  INT_EQ(cp, want_cp, msg);
  INT_EQ(n, want_n, msg);
}

/* Every word of the abbreviation lists is found (they are searched by
   halves, so one out of order would be missed), in either case where the
   list folds; near misses are not. */
static void test_word_lists(void) {
  static const char *const titles[] = {
      "adm", "capt", "cmdr", "col",  "cpl",  "dr",     "fr",   "gen",
      "gov", "hon",  "insp", "lt",   "maj",  "messrs", "mmes", "mr",
      "mrs", "ms",   "msgr", "mt",   "pres", "prof",   "rep",  "rev",
      "sen", "sgt",  "st",   "supt", NULL};
  static const char *const abbrevs[] = {
      "ala",  "approx", "apr",  "ariz", "ark",  "assn", "aug",  "ave",  "blvd",
      "bros", "calif",  "cf",   "ch",   "cie",  "co",   "colo", "conn", "corp",
      "dec",  "del",    "dept", "dist", "e.g",  "est",  "etc",  "feb",  "fig",
      "fla",  "ft",     "ga",   "govt", "i.e",  "ill",  "inc",  "ind",  "jan",
      "jr",   "jul",    "jun",  "kan",  "kans", "ky",   "la",   "ltd",  "mar",
      "mass", "md",     "mich", "minn", "miss", "mo",   "mont", "neb",  "nev",
      "no",   "nos",    "nov",  "oct",  "okla", "ore",  "p",    "pa",   "pp",
      "pt",   "rd",     "sep",  "sept", "sq",   "sr",   "tenn", "tex",  "univ",
      "va",   "vol",    "vols", "vs",   "vt",   "wash", "wis",  "wyo",  "yr",
      NULL};
  static const char *const starters[] = {
      "A",      "After", "Also",    "An",        "And",  "Are",   "As",
      "At",     "But",   "Can",     "Could",     "Did",  "Do",    "Does",
      "During", "Each",  "Earlier", "For",       "From", "He",    "Her",
      "His",    "How",   "However", "I",         "If",   "In",    "Is",
      "It",     "Its",   "Later",   "Meanwhile", "My",   "Now",   "On",
      "Our",    "She",   "So",      "Some",      "That", "The",   "Their",
      "Then",   "There", "These",   "They",      "This", "Those", "Today",
      "Was",    "We",    "Were",    "What",      "When", "Where", "Which",
      "While",  "Who",   "Why",     "Will",      "With", "Would", "Yes",
      "Yet",    "You",   "Your",    NULL};
  size_t i;
  for (i = 0; titles[i]; i++)
    OK(lede_is_title(titles[i], strlen(titles[i])), titles[i]);
  for (i = 0; abbrevs[i]; i++)
    OK(lede_is_abbrev(abbrevs[i], strlen(abbrevs[i])), abbrevs[i]);
  for (i = 0; starters[i]; i++)
    OK(lede_is_starter(starters[i], strlen(starters[i])), starters[i]);
  OK(lede_is_title("Dr", 2) && lede_is_abbrev("Sept", 4), "folded");
  OK(lede_is_abbrev("Mr", 2), "a title is an abbreviation");
  OK(!lede_is_starter("the", 3), "starters keep their case");
  OK(!lede_is_abbrev("ap", 2) && !lede_is_abbrev("apri", 4) &&
         !lede_is_abbrev("zzz", 3) && !lede_is_title("m", 1),
     "near misses");
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
  OK(lede_is_abbrev("no", 2) && !lede_is_title("No", 2),
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
  test_word_lists();
  return DONE("test_text");
}
