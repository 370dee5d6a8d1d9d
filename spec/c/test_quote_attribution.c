/* C-level tests of the quote finder's attribution rules, through
   csrc/lede.h only: reported speech (lede_quote_reported), the speakers of
   direct quotes (lede_quote_direct) and of a sentence
   (lede_quote_sentence_speaker), with word lists of their own. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"
#include "quote_lists.h"

#define W QUOTE_W

static const lede_word cues[] = {W("said"),   W("told"),     W("added"),
                                 W("saying"), W("claiming"), W("according"),
                                 W("called")};
static const lede_word titles[] = {W("director"),  W("hydrologist"),
                                   W("farmer"),    W("mayor"),
                                   W("president"), W("kremlin")};
static const lede_word not_names[] = {W("the"), W("he"),  W("she"),
                                      W("in"),  W("on"),  W("according"),
                                      W("who"), W("they")};
static const lede_word links[] = {W("of"), W("de")};
static const lede_word link_titles[] = {W("of")};
static const lede_word demonyms[] = {W("swiss")};
static const lede_word endings[] = {W("ian")};
static const lede_word given_names[] = {W("ian")};

static const lede_word speech[] = {W("said"), W("told"), W("added")};
static const lede_word participles[] = {W("saying"), W("claiming")};
static const lede_word finite[] = {W("has"), W("was"), W("is"), W("had")};
static const lede_word between[] = {W("also"), W("later")};
static const lede_word preps[] = {W("in"), W("on"), W("at")};
static const lede_word tail[] = {W("on"), W("monday"), W("overnight")};
static const lede_word roles[] = {
    W("officials"),   W("mayor"),  W("spokesman"), W("director"),
    W("hydrologist"), W("farmer"), W("president"), W("kremlin")};
static const lede_word pronouns[] = {W("he"), W("she"), W("they")};
static const lede_word org_ends[] = {W("board"), W("service"), W("agency")};

static lede_quote_rules *rules;

static void rules_init(void) {
  lede_word_list l[LEDE_QA_COUNT];
  QUOTE_RULE_LISTS(l);
  INT_EQ(lede_quote_rules_new(l, &rules), LEDE_OK, "rules");
}

static int scan(const char *text, lede_quote_scan_result *r) {
  lede_word_list l[LEDE_QL_COUNT];
  QUOTE_SCAN_LISTS(l);
  return lede_quote_scan(text, strlen(text), l, r);
}

/* The reported speech of text's first sentence: its clause, speaker and
   title ("" for none). */
static void check_reported(const char *text, const char *clause,
                           const char *speaker, const char *title, int kind) {
  lede_quote_scan_result r;
  lede_quote_report rep;
  int found;
  INT_EQ(scan(text, &r), LEDE_OK, text);
  found = lede_quote_reported(rules, text, strlen(text), &r, 0, &rep);
  INT_EQ(found, 1, text);
  if (found == 1) {
    SPAN_EQ(text, rep.start, rep.end, clause, "the clause reported");
    SPAN_EQ(text, rep.speaker.start, rep.speaker.end, speaker, "its speaker");
    INT_EQ(rep.speaker.kind, kind, speaker);
    if (*title) {
      OK(rep.speaker.titled, "a title");
      if (rep.speaker.titled)
        SPAN_EQ(text, rep.speaker.title_start, rep.speaker.title_end, title,
                "the title");
    } else {
      OK(!rep.speaker.titled, "no title");
    }
  }
  lede_quote_scan_free(&r);
}

static void test_reported(void) {
  check_reported(
      "Port Director Ana Velic said the harbour would reopen on Monday.",
      "the harbour would reopen on Monday", "Ana Velic", "Port Director",
      LEDE_SPEAKER_NAME);
  check_reported("The harbour will reopen, said farmer Tomas Orue.",
                 "The harbour will reopen", "Tomas Orue", "farmer",
                 LEDE_SPEAKER_NAME);
  check_reported("According to the mayor, 12 people were hurt.",
                 "12 people were hurt", "mayor", "", LEDE_SPEAKER_ROLE);
  check_reported(
      "Hydrologist Mira Kell of the State Water Board said the "
      "river was rising.",
      "the river was rising", "Mira Kell", "Hydrologist", LEDE_SPEAKER_NAME);
  check_reported(
      "The Kremlin has tempered expectations, saying no deal was near.",
      "no deal was near", "Kremlin", "", LEDE_SPEAKER_ROLE);
  check_reported(
      "MIAMI \xE2\x80\x94 The storm weakened overnight, officials "
      "said.",
      "The storm weakened overnight", "officials", "", LEDE_SPEAKER_ROLE);
  check_reported(
      "Mayor Ivo Brand, who heads the crisis team, said that the "
      "dam held.",
      "the dam held", "Ivo Brand", "Mayor", LEDE_SPEAKER_NAME);
  check_reported("He said 40 homes were lost.", "40 homes were lost", "He", "",
                 LEDE_SPEAKER_PRONOUN);
}

/* Datelines left out of the clause; a capitalized subject with a dash,
   and no capitals or agency before it, is the clause itself. */
static void test_datelines(void) {
  check_reported("LONDON -- The dam held, officials said.", "The dam held",
                 "officials", "", LEDE_SPEAKER_ROLE);
  check_reported("Velmar, March 3 (Reuters) - The dam held, officials said.",
                 "The dam held", "officials", "", LEDE_SPEAKER_ROLE);
  check_reported(
      "VELMAR, March 3, 2024 /PRNewswire/ -- The dam held, "
      "officials said.",
      "The dam held", "officials", "", LEDE_SPEAKER_ROLE);
  check_reported("VELMAR: The dam held, officials said.", "The dam held",
                 "officials", "", LEDE_SPEAKER_ROLE);
  check_reported("Velmar - a port - held, officials said.",
                 "Velmar - a port - held", "officials", "", LEDE_SPEAKER_ROLE);
}

/* An age before the name, after the verb or before the speaker. */
static void test_ages(void) {
  check_reported("The stalls burned, said 12-year-old Sami Haddad.",
                 "The stalls burned", "Sami Haddad", "", LEDE_SPEAKER_NAME);
  check_reported("The stalls burned, said Sami Haddad, who lost his home.",
                 "The stalls burned", "Sami Haddad", "", LEDE_SPEAKER_NAME);
  check_reported("The gates shut, 45-year-old farmer Omar Tal said.",
                 "The gates shut", "Omar Tal", "farmer", LEDE_SPEAKER_NAME);
}

/* People introduced by what they do: lower-case words before a name are
   its title; a determiner and a person noun make a role (none of these
   words is in the test's lists: the rules read their shape). */
static void test_people_by_role(void) {
  check_reported("The harbour will reopen, said fan Ivo Marsk.",
                 "The harbour will reopen", "Ivo Marsk", "fan",
                 LEDE_SPEAKER_NAME);
  check_reported("The gates shut early, said factory worker Lena Brod.",
                 "The gates shut early", "Lena Brod", "factory worker",
                 LEDE_SPEAKER_NAME);
  check_reported(
      "According to fire inspector Rolf Haan, the doors were chained.",
      "the doors were chained", "Rolf Haan", "fire inspector",
      LEDE_SPEAKER_NAME);
  check_reported("One stallholder said the roof fell.", "the roof fell",
                 "stallholder", "", LEDE_SPEAKER_ROLE);
  check_reported(
      "A porter at the city hospital, who asked not to be named, said that "
      "the wards were full.",
      "the wards were full", "porter", "", LEDE_SPEAKER_ROLE);
  check_reported("The gates shut, said Lior Basko, a fan from Dunmere.",
                 "The gates shut", "Lior Basko", "fan from Dunmere",
                 LEDE_SPEAKER_NAME);
  check_reported("The search goes on, said the rescue team leader, Ana Ruiz.",
                 "The search goes on", "Ana Ruiz", "rescue team leader",
                 LEDE_SPEAKER_NAME);
  check_reported("The mayor of Dunmere, Ana Ruiz, said the dam held.",
                 "the dam held", "Ana Ruiz", "mayor of Dunmere",
                 LEDE_SPEAKER_NAME);
  check_reported("The toll rose, hospital director Leila Mansour said.",
                 "The toll rose", "Leila Mansour", "hospital director",
                 LEDE_SPEAKER_NAME);
  check_reported("Maria Lopez, 34, said the gates were shut.",
                 "the gates were shut", "Maria Lopez", "", LEDE_SPEAKER_NAME);
  check_reported("Ahmed al-Masri said there was no power.",
                 "there was no power", "Ahmed al-Masri", "", LEDE_SPEAKER_NAME);
  check_reported("A porter who asked not to be named said the wards were full.",
                 "the wards were full", "porter", "", LEDE_SPEAKER_ROLE);
  check_reported("A local shopkeeper said prices had doubled.",
                 "prices had doubled", "local shopkeeper", "",
                 LEDE_SPEAKER_ROLE);
}

/* A quote that ends its sentence is not attributed by the next sentence's
   own reported speech; a partial quote after "according to X" is X's. */
static void test_direct_edges(void) {
  const char *text =
      "She wanted \"a truce that lasts, not a pause.\" Orue said his "
      "farmers had lost the harvest. \"We stay,\" Orue said. "
      "According to inspector Rolf Haan, the doors were \"chained shut\".";
  lede_quote_scan_result r;
  lede_quote_attribution at;
  size_t len = strlen(text);
  INT_EQ(scan(text, &r), LEDE_OK, "direct edges: scan");
  INT_EQ(r.nmarks, 3, "three pairs of marks");
  INT_EQ(lede_quote_direct(rules, text, len, &r, 0, 0, &at), 0,
         "the next sentence reports speech of its own");
  INT_EQ(lede_quote_direct(rules, text, len, &r, 1, 0, &at), 1,
         "a said-tail still attributes");
  SPAN_EQ(text, at.speaker.start, at.speaker.end, "Orue", "Orue");
  INT_EQ(
      lede_quote_sentence_speaker(rules, text, len, &r, r.marks[2].open, &at),
      1, "according to X names the sentence's speaker");
  SPAN_EQ(text, at.speaker.start, at.speaker.end, "Rolf Haan", "Rolf Haan");
  lede_quote_scan_free(&r);
}

/* An article right before the comma of "…, Name, said" is no title (an
   empty title span came from it). */
static void test_empty_title(void) {
  const char *text = "It fell; a, Varg, said it held.";
  lede_quote_scan_result r;
  lede_quote_report rep;
  int found;
  INT_EQ(scan(text, &r), LEDE_OK, "empty title: scan");
  found = lede_quote_reported(rules, text, strlen(text), &r, 0, &rep);
  OK(found == 0 || found == 1, "empty title: an answer");
  if (found == 1)
    OK(!rep.speaker.titled || rep.speaker.title_start < rep.speaker.title_end,
       "no empty title");
  lede_quote_scan_free(&r);
}

static void test_no_speech(void) {
  const char *text = "The river rose. Velic signaled his support.";
  lede_quote_scan_result r;
  lede_quote_report rep;
  size_t i;
  INT_EQ(scan(text, &r), LEDE_OK, "no speech: scan");
  for (i = 0; i < r.ntokens; i++)
    INT_EQ(lede_quote_reported(rules, text, strlen(text), &r, i, &rep), 0,
           "no sentence reports speech");
  lede_quote_scan_free(&r);
  /* "added" with an object and no verb after it is no speech */
  text = "Orue added more than five million new customers in 2004.";
  INT_EQ(scan(text, &r), LEDE_OK, "added: scan");
  INT_EQ(lede_quote_reported(rules, text, strlen(text), &r, 0, &rep), 0,
         "added an object");
  lede_quote_scan_free(&r);
  check_reported("Orue added 40 homes had been lost.", "40 homes had been lost",
                 "Orue", "", LEDE_SPEAKER_NAME);
}

static void test_next_report(void) {
  const char *text =
      "Velic said the port would open. The rain fell. "
      "Orue said the road was shut. Ross said it held.";
  lede_quote_scan_result r;
  lede_quote_report rep;
  size_t cue = 0, len = strlen(text);
  INT_EQ(scan(text, &r), LEDE_OK, "next_report: scan");
  INT_EQ(r.ncues, 3, "three verbs");
  r.tokens[r.cues[1]].flags |= LEDE_QT_USED; /* Orue's attributes a quote */
  INT_EQ(lede_quote_next_report(rules, text, len, &r, &cue, &rep), 1,
         "the first report");
  SPAN_EQ(text, rep.speaker.start, rep.speaker.end, "Velic", "Velic");
  INT_EQ(cue, 1, "goes on from the next sentence's cue");
  INT_EQ(lede_quote_next_report(rules, text, len, &r, &cue, &rep), 1,
         "Orue's sentence is passed over");
  SPAN_EQ(text, rep.speaker.start, rep.speaker.end, "Ross", "Ross");
  SPAN_EQ(text, rep.start, rep.end, "it held", "Ross's clause");
  INT_EQ(lede_quote_next_report(rules, text, len, &r, &cue, &rep), 0,
         "none left");
  INT_EQ(cue, 3, "at the end of the cues");
  cue = 4;
  INT_EQ(lede_quote_next_report(rules, text, len, &r, &cue, &rep), LEDE_ERR_ARG,
         "a cue past the end");
  lede_quote_scan_free(&r);
}

static void test_direct(void) {
  const char *text =
      "\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D Velic said. "
      "Orue said on Monday the plan was \"a new start\" here.";
  lede_quote_scan_result r;
  lede_quote_attribution at;
  INT_EQ(scan(text, &r), LEDE_OK, "direct: scan");
  INT_EQ(r.nmarks, 2, "two pairs of marks");
  INT_EQ(lede_quote_direct(rules, text, strlen(text), &r, 0, 0, &at), 1,
         "the speaker after the closing mark");
  SPAN_EQ(text, at.speaker.start, at.speaker.end, "Velic", "Velic");
  SPAN_EQ(text, r.tokens[at.verb].start, r.tokens[at.verb].end, "said",
          "the verb");
  INT_EQ(lede_quote_direct(rules, text, strlen(text), &r, 1, 0, &at), 0,
         "a fragment has no speaker by its marks");
  INT_EQ(lede_quote_sentence_speaker(rules, text, strlen(text), &r,
                                     r.marks[1].open, &at),
         1, "but its sentence names one");
  SPAN_EQ(text, at.speaker.start, at.speaker.end, "Orue", "Orue");
  lede_quote_scan_free(&r);
}

/* The speaker of the one direct quote of text. */
static void check_direct(const char *text, const char *speaker, int kind) {
  lede_quote_scan_result r;
  lede_quote_attribution at;
  INT_EQ(scan(text, &r), LEDE_OK, text);
  INT_EQ(r.nmarks, 1, text);
  if (r.nmarks == 1) {
    INT_EQ(lede_quote_direct(rules, text, strlen(text), &r, 0, 0, &at), 1,
           text);
    SPAN_EQ(text, at.speaker.start, at.speaker.end, speaker, "its speaker");
    INT_EQ(at.speaker.kind, kind, speaker);
  }
  lede_quote_scan_free(&r);
}

/* A participle before the opening mark, an aside that says where the
   speaker is from, a nationality and the noun after it. */
static void test_direct_shapes(void) {
  check_direct(
      "Mayor Lena Ortiz rejected the plan, saying: \"We cannot move them.\"",
      "Lena Ortiz", LEDE_SPEAKER_NAME);
  check_direct(
      "Tom Reyes, from the Harbour Trust, said: \"The quay will not be "
      "rebuilt.\"",
      "Tom Reyes", LEDE_SPEAKER_NAME);
  check_direct("\"We lost,\" said the Kestrian coach.", "Kestrian coach",
               LEDE_SPEAKER_ROLE);
  check_direct("\"We lost,\" said Ian Marsk.", "Ian Marsk", LEDE_SPEAKER_NAME);
}

static void test_edges(void) {
  const char *text = "He said it was over.";
  lede_quote_scan_result r;
  lede_quote_report rep;
  lede_quote_attribution at;
  lede_word_list l[LEDE_QA_COUNT];
  lede_quote_rules *other = NULL;
  static const lede_word big[] = {{"x", 300}};
  size_t k, len = strlen(text);
  INT_EQ(scan(text, &r), LEDE_OK, "edges: scan");
  INT_EQ(lede_quote_reported(NULL, text, len, &r, 0, &rep), LEDE_ERR_ARG,
         "NULL rules");
  INT_EQ(lede_quote_reported(rules, text, len, NULL, 0, &rep), LEDE_ERR_ARG,
         "NULL scan");
  INT_EQ(lede_quote_reported(rules, text, len, &r, 0, NULL), LEDE_ERR_ARG,
         "NULL out");
  INT_EQ(lede_quote_reported(rules, text, len, &r, r.ntokens, &rep),
         LEDE_ERR_ARG, "a token out of range");
  INT_EQ(lede_quote_reported(rules, text, 3, &r, 0, &rep), LEDE_ERR_ARG,
         "a text shorter than the scan's");
  INT_EQ(lede_quote_direct(rules, text, len, &r, 0, 0, &at), LEDE_ERR_ARG,
         "no pair of marks to read");
  INT_EQ(lede_quote_sentence_speaker(rules, text, len, &r, 99, &at),
         LEDE_ERR_ARG, "sentence_speaker: out of range");
  lede_quote_scan_free(&r);
  INT_EQ(lede_quote_rules_new(NULL, &other), LEDE_ERR_ARG, "NULL lists");
  for (k = 0; k < LEDE_QA_COUNT; k++) {
    l[k].words = NULL;
    l[k].count = 0;
  }
  INT_EQ(lede_quote_rules_new(l, NULL), LEDE_ERR_ARG, "NULL out");
  l[LEDE_QA_SPEECH].words = big;
  l[LEDE_QA_SPEECH].count = 1;
  INT_EQ(lede_quote_rules_new(l, &other), LEDE_ERR_ARG, "a word too long");
  OK(other == NULL, "no rules on error");
  l[LEDE_QA_SPEECH].count = 0;
  INT_EQ(lede_quote_rules_new(l, &other), LEDE_OK, "empty lists");
  lede_quote_rules_free(other);
  lede_quote_rules_free(NULL);
}

int main(void) {
  rules_init();
  test_reported();
  test_datelines();
  test_ages();
  test_people_by_role();
  test_direct_edges();
  test_empty_title();
  test_no_speech();
  test_next_report();
  test_direct();
  test_direct_shapes();
  test_edges();
  lede_quote_rules_free(rules);
  return DONE("test_quote_attribution");
}
