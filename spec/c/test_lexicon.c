/*
 * test_lexicon.c -- the generated lexicon tables (lexicon/gen.lua): the
 * languages of the summarizer, their stop words and stemmers, and the
 * option that chooses one; the word classes of the casualty readings.
 */
#include <stdlib.h>

#include "harness.h"
#include "lede.h"
#include "lede_numlex.h"
#include "lede_summ.h"

static int stop(const char *code, const char *word) {
  const lede_language *l = lede_language_find(code, strlen(code));
  return l && lede_is_stopword_in(l, word, strlen(word));
}

/* The stem of word in the language, into buf (NUL-terminated). */
static const char *stem(const char *code, const char *word, char *buf,
                        size_t cap) {
  const lede_language *l = lede_language_find(code, strlen(code));
  lede_stemmer *st = l ? lede_stemmer_new_for(l) : NULL;
  const char *s;
  size_t n = 0;
  buf[0] = 0;
  if (!st) return buf;
  s = lede_stem(st, word, strlen(word), &n);
  if (s && n < cap) {
    memcpy(buf, s, n);
    buf[n] = 0;
  }
  lede_stemmer_free(st);
  return buf;
}

static void languages(void) {
  OK(lede_language_find("en", 2) == &lede_languages[0],
     "English is first: the default");
  OK(lede_language_find("de", 2) != NULL, "German is known");
  OK(lede_language_find("d", 1) == NULL, "a prefix of a code is not a code");
  OK(lede_language_find("xx", 2) == NULL, "an unknown code");
  OK(lede_language_find("english", 7) == NULL,
     "an algorithm name is not a code");
}

static void stop_words(void) {
  OK(stop("en", "the") && stop("en", "wouldn't"), "English function words");
  OK(!stop("en", "said") && !stop("en", "flood"),
     "reporting verbs and content stay");
  OK(stop("es", "que") && stop("es", "también") && !stop("es", "inundación"),
     "Spanish");
  OK(stop("fr", "être") && stop("fr", "où") && !stop("fr", "incendie"),
     "French");
  OK(stop("de", "über") && stop("de", "dass") && !stop("de", "feuerwehr"),
     "German");
  OK(stop("it", "perché") && stop("it", "della") && !stop("it", "pompieri"),
     "Italian");
  OK(!stop("es", "the") && !stop("en", "que"), "each language its own list");
  OK(!stop("en", "") && !stop("en", "thethethethethe"), "empty and long keys");
}

static void stemmers(void) {
  char a[64], b[64];
  OK(strcmp(stem("es", "inundaciones", a, sizeof a),
            stem("es", "inundación", b, sizeof b)) == 0,
     "Spanish: one stem for the plural and the accented singular");
  OK(strcmp(stem("de", "bränden", a, sizeof a),
            stem("de", "brand", b, sizeof b)) == 0,
     "German: umlaut plural and singular");
  OK(strcmp(stem("it", "incendi", a, sizeof a),
            stem("it", "incendio", b, sizeof b)) == 0,
     "Italian: plural and singular");
  OK(strcmp(stem("en", "floods", a, sizeof a), "flood") == 0,
     "English: Porter2");
  OK(strcmp(stem("en", "inundación", a, sizeof a), "inundación") == 0,
     "English leaves a non-ASCII word as it is");
}

static void option(void) {
  lede_summary_options o;
  lede_summary_options_init(&o);
  OK(strcmp(o.language, "en") == 0, "the default language");
  INT_EQ(lede_summary_options_check(&o), LEDE_OK, "en");
  memcpy(o.language, "fr", 3);
  INT_EQ(lede_summary_options_check(&o), LEDE_OK, "fr");
  memcpy(o.language, "xx", 3);
  INT_EQ(lede_summary_options_check(&o), LEDE_ERR_ARG, "an unknown language");
  memset(o.language, 'e', sizeof o.language);
  INT_EQ(lede_summary_options_check(&o), LEDE_ERR_ARG,
         "a code without its NUL");
}

/* The row of word in the English table, or NULL. */
static const nl_word *row(const char *word) {
  uint16_t w = nl_lookup(word, strlen(word));
  return w ? &nl_words[w - 1] : NULL;
}

/* The generated hash index (nl_slots) finds every word of the table at
   its own row, whatever its case: the index gen.lua computes agrees with
   the hash nl_lookup computes. */
static void every_word_indexed(void) {
  size_t i, missed = 0, used = 0;
  for (i = 0; i < nl_nwords; i++) {
    char upper[17];
    const char *w = nl_words[i].w;
    size_t k, n = strlen(w);
    for (k = 0; k < n && k < 16; k++)
      upper[k] = (char)(w[k] >= 'a' && w[k] <= 'z' ? w[k] - 32 : w[k]);
    upper[k] = '\0';
    if (row(w) != &nl_words[i] || row(upper) != &nl_words[i]) missed++;
  }
  for (i = 0; i < NL_SLOTS; i++) used += nl_slots[i] != 0;
  OK(missed == 0, "every word is found at its own row, in either case");
  OK(used == nl_nwords, "the index holds each word once");
}

/* casualty_words.tsv: classes by name, added to a word of another file or
   on a row of its own that the number scanner does not see. */
static void casualty_classes(void) {
  const nl_word *w = row("gunfire");
  OK(w && (w->cas & CC_GUNFIRE) && (w->flags & NL_CLASS_ONLY) && w->cat == 0,
     "gunfire: a casualty word only");
  w = row("police");
  OK(w && (w->cat & WC_VICTIM) && (w->cas & CC_PRONOUN) &&
         (w->cas & CC_COLLECTIVE) && !(w->flags & NL_CLASS_ONLY),
     "police: a victim word with casualty classes added");
  w = row("near");
  OK(w && (w->cas & CC_PLACE_PREP) && (w->cas & CC_ADJUNCT),
     "near: two classes");
  w = row("but");
  OK(w && w->key == K_BUT && !(w->flags & NL_CLASS_ONLY), "but: a key added");
  OK(row("Gunfire") == row("gunfire"), "looked up folded");
  OK(row("gunfires") == NULL, "not a word of the table");
}

/* number_words.tsv: the words the number scanner tests by class or key,
   added to a row of another file or on a row of their own. */
static void number_classes(void) {
  const nl_word *w = row("st");
  OK(w && (w->num & NC_ORDINAL_SUFFIX) && (w->flags & NL_CLASS_ONLY) &&
         w->cat == 0 && w->cas == 0,
     "st: a number class only");
  w = row("pounds");
  OK(w && (w->cat & WC_CUR) && (w->num & NC_WEIGHT_OR_MONEY) &&
         w->key == K_POUNDS && !(w->flags & NL_CLASS_ONLY),
     "pounds: a currency with a number class and a key added");
  w = row("may");
  OK(w && (w->cat & WC_MONTH) && (w->num & NC_MONTH_HOMONYM) && w->key == K_MAY,
     "may: a month, a homonym, and the casualty readings' key");
  w = row("sept");
  OK(w && (w->flags & NL_ABBREV) && !(w->num & NC_MONTH_HOMONYM),
     "sept: an abbreviation");
  w = row("june");
  OK(w && !(w->flags & NL_ABBREV), "june: a full name, no dot");
  w = row("aged");
  OK(w && (w->num & NC_PHRASE_START) && w->key == K_AGED,
     "aged: starts a number phrase");
  w = row("people");
  OK(w && !(w->num & NC_PHRASE_START), "people: a victim noun starts none");
}

/* The casualty readings take a word that is no word of the table for an
   adjective before the victim noun ("40 Split residents"): a class-only
   row of number_words.tsv ("split") must stay out of the table they see,
   or the residents are lost. */
static void class_rows_stay_apart(void) {
  static const char text[] = "The quake killed 40 Split residents.";
  lede_casualty *c = NULL;
  size_t n = 0;
  INT_EQ(lede_casualties(text, strlen(text), &c, &n), LEDE_OK, "casualties");
  INT_EQ(n, 1, "one claim");
  OK(n == 1 && c[0].who && strcmp(c[0].who, "residents") == 0,
     "the residents are the victims");
  lede_free(c);
}

int main(void) {
  languages();
  stop_words();
  stemmers();
  option();
  casualty_classes();
  every_word_indexed();
  number_classes();
  class_rows_stay_apart();
  return DONE("test_lexicon");
}
