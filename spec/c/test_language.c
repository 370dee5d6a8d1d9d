/* C-level tests of the sentence splitter's words of a language: the
   abbreviation and ordinal lookups (lede_summ.h) and lede_sentences_lang. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"
#include "lede_summ.h"

static const lede_language *lang(const char *code) {
  return lede_language_find(code, strlen(code));
}

static int abbrev(const char *code, const char *word) {
  return lede_abbrev_in(lang(code), word, strlen(word));
}

static void test_lookup(void) {
  INT_EQ(abbrev("de", "bzw"), LEDE_ABBR_PLAIN, "de bzw");
  INT_EQ(abbrev("de", "Bzw"), LEDE_ABBR_PLAIN, "a lower-case entry, any case");
  INT_EQ(abbrev("de", "z.B"), LEDE_ABBR_PLAIN, "an inner period");
  INT_EQ(abbrev("de", "Dr"), LEDE_ABBR_TITLE, "de Dr is a title");
  INT_EQ(abbrev("de", "und"), LEDE_ABBR_NONE, "an ordinary word");
  INT_EQ(abbrev("de", "bz"), LEDE_ABBR_NONE, "a prefix of an entry");
  INT_EQ(abbrev("de", "bzwx"), LEDE_ABBR_NONE, "an entry and more");
  INT_EQ(abbrev("fr", "M"), LEDE_ABBR_TITLE, "fr M. Dupont");
  INT_EQ(abbrev("fr", "m"), LEDE_ABBR_NONE, "a capital entry only as written");
  INT_EQ(abbrev("es", "pág"), LEDE_ABBR_PLAIN, "a non-ASCII letter");
  INT_EQ(abbrev("es", "Sra"), LEDE_ABBR_TITLE, "es Sra");
  INT_EQ(abbrev("it", "dott"), LEDE_ABBR_TITLE, "it dott");
  INT_EQ(abbrev("en", "Mr"), LEDE_ABBR_TITLE, "en Mr, from lexicon/en");
  INT_EQ(abbrev("en", "FLA"), LEDE_ABBR_PLACE, "en Fla, a place, capitalized");
  INT_EQ(abbrev("en", "ore"), LEDE_ABBR_NONE, "en iron ore. is no Ore.");
  INT_EQ(abbrev("en", "ETC"), LEDE_ABBR_PLAIN, "en etc, any case");
  INT_EQ(abbrev("en", "the"), LEDE_ABBR_NONE, "en an ordinary word");
  INT_EQ(lede_abbrev_in(NULL, "bzw", 3), LEDE_ABBR_NONE, "no language");
  INT_EQ(lede_abbrev_in(lang("de"), "bzw", 0), LEDE_ABBR_NONE, "empty");
  INT_EQ(lede_abbrev_in(lang("de"), "abcdefghijklmnopqrstuvwxyz", 26),
         LEDE_ABBR_NONE, "longer than any entry");
  OK(lede_ordinal_word_in(lang("de"), "Oktober", 7), "de 3. Oktober");
  OK(lede_ordinal_word_in(lang("de"), "M\xC3\xA4rz", 5), "de 1. M\xC3\xA4rz");
  OK(!lede_ordinal_word_in(lang("de"), "Die", 3), "an ordinary word");
  OK(!lede_ordinal_word_in(lang("fr"), "octobre", 7), "no ordinals in fr");
}

/* Splits s under language and checks the number of sentences. */
static void expect_count(const char *s, const char *language, size_t want,
                         const char *name) {
  lede_span *sp = NULL;
  size_t n = 0;
  INT_EQ(lede_sentences_lang(s, strlen(s), language, &sp, &n), LEDE_OK, name);
  INT_EQ(n, want, name);
  lede_free(sp);
}

static void test_split(void) {
  static const char de[] =
      "Die Wahl ist am 3. Oktober. Gew\xC3\xA4hlt wird "
      "z.B. in Schulen, Hallen usw. Die Stimmen z\xC3\xA4"
      "hlt Dr. Lang.";
  lede_span *a = NULL, *b = NULL;
  size_t na = 0, nb = 0, i;
  expect_count(de, "de", 3, "de: ordinal, z.B., usw. before Die, Dr.");
  expect_count(de, NULL, 4, "English lists: a cut after \"3.\"");
  /* "en" and NULL are lede_sentences() */
  INT_EQ(lede_sentences(de, sizeof de - 1, &a, &na), LEDE_OK, "plain");
  INT_EQ(lede_sentences_lang(de, sizeof de - 1, "en", &b, &nb), LEDE_OK, "en");
  INT_EQ(nb, na, "en count");
  for (i = 0; i < na && i < nb; i++)
    OK(a[i].start == b[i].start && a[i].end == b[i].end, "en spans");
  lede_free(a);
  lede_free(b);
  b = (lede_span *)1;
  nb = 7;
  INT_EQ(lede_sentences_lang(de, sizeof de - 1, "xx", &b, &nb), LEDE_ERR_ARG,
         "unknown language");
  OK(b == NULL && nb == 0, "unknown language: nothing out");
  INT_EQ(lede_sentences_lang(NULL, 4, "de", &b, &nb), LEDE_ERR_ARG, "NULL");
  expect_count("", "fr", 0, "empty text");
}

int main(void) {
  test_lookup();
  test_split();
  return DONE("test_language");
}
