/*
 * test_casualties.c -- lede_casualties() on sentences written for these
 * tests (invented places and people).
 */
#include <stdlib.h>

#include "cases.h"
#include "harness.h"
#include "lede.h"

typedef struct want {
  int kind;
  double count;
  int qualifier;
  const char *who; /* NULL: not checked */
} want;

/* The claims of text must be exactly `want` (in order, subsets included). */
static void expect(const char *text, const want *w, size_t nw, int line) {
  lede_casualty *c = NULL;
  size_t n = 0, i;
  int st = lede_casualties(text, strlen(text), &c, &n);
  int ok = st == LEDE_OK && n == nw;
  for (i = 0; ok && i < n; i++) {
    const char *who = c[i].who;
    if (c[i].kind != w[i].kind || c[i].count != w[i].count ||
        c[i].qualifier != w[i].qualifier)
      ok = 0;
    if (w[i].who && (!who || strcmp(who, w[i].who) != 0)) ok = 0;
  }
  if (ok) {
    harness_passed++;
  } else {
    harness_failed++;
    fprintf(stderr, "test_casualties.c:%d: FAIL \"%s\": got %zu claims:", line,
            text, n);
    for (i = 0; i < n; i++)
      fprintf(stderr, " {%s %g %s %s \"%.*s\"}",
              lede_casualty_kind_name(c[i].kind), c[i].count,
              lede_qualifier_name(c[i].qualifier), c[i].who ? c[i].who : "-",
              (int)(c[i].end - c[i].start), text + c[i].start);
    fprintf(stderr, "; want %zu\n", nw);
  }
  lede_free(c);
}
#define EXPECT(text, ...)                                 \
  do {                                                    \
    static const want w_[] = {__VA_ARGS__};               \
    expect(text, w_, sizeof w_ / sizeof w_[0], __LINE__); \
  } while (0)
#define NONE(text) expect(text, NULL, 0, __LINE__)

#define KILLED LEDE_CAS_KILLED
#define INJURED LEDE_CAS_INJURED
#define EXACT LEDE_Q_NONE

/* The first claim of text. */
static lede_casualty first(const char *text) {
  lede_casualty *c = NULL, r;
  size_t n = 0;
  memset(&r, 0, sizeof r);
  r.kind = 255;
  if (lede_casualties(text, strlen(text), &c, &n) == LEDE_OK && n > 0) r = c[0];
  lede_free(c);
  return r;
}

static void shapes(void) {
  EXPECT(
      "Artillery fire on Korvel killed at least 35 people and injured 117 on "
      "Sunday.",
      {KILLED, 35, LEDE_Q_AT_LEAST, "people"}, {INJURED, 117, EXACT, "people"});
  EXPECT(
      "The death toll from the strike in the Varna region rose to eight, with "
      "30 "
      "people injured, the governor said.",
      {KILLED, 8, EXACT, NULL}, {INJURED, 30, EXACT, "people"});
  EXPECT("Rescuers reported eight fatalities.", {KILLED, 8, EXACT, NULL});
  EXPECT("The rocket killed three people, including a young girl.",
         {KILLED, 3, EXACT, "people"}, {KILLED, 1, EXACT, "girls"});
  EXPECT("Twelve people were killed and dozens wounded in the blast.",
         {KILLED, 12, EXACT, "people"}, {INJURED, 24, LEDE_Q_VAGUE, "people"});
  EXPECT("A fire broke out in the depot, but no one was hurt.",
         {INJURED, 0, EXACT, NULL});
  EXPECT("Three soldiers and two civilians were killed near the border.",
         {KILLED, 3, EXACT, "soldiers"}, {KILLED, 2, EXACT, "civilians"});
  EXPECT("The strike killed four soldiers and three civilians.",
         {KILLED, 4, EXACT, "soldiers"}, {KILLED, 3, EXACT, "civilians"});
  EXPECT("A 35-year-old man was killed when the wall fell.",
         {KILLED, 1, EXACT, "men"});
  EXPECT("Floods displaced 4,000 residents.",
         {LEDE_CAS_DISPLACED, 4000, EXACT, "residents"});
  EXPECT("About 300 people were evacuated from the valley.",
         {LEDE_CAS_EVACUATED, 300, LEDE_Q_ABOUT, "people"});
  EXPECT("Gunmen abducted 14 pupils from the school.",
         {LEDE_CAS_ABDUCTED, 14, EXACT, NULL});
  EXPECT("Nine fishermen are still missing.",
         {LEDE_CAS_MISSING, 9, EXACT, NULL});
  EXPECT("The army reported 40 casualties.",
         {LEDE_CAS_CASUALTIES, 40, EXACT, NULL});
  EXPECT("Eleven people died in the crash.", {KILLED, 11, EXACT, "people"});
  EXPECT("The toll rose from five to eight overnight.",
         {KILLED, 8, EXACT, NULL});
  EXPECT("Marta Kowal, 52, died at the scene.", {KILLED, 1, EXACT, NULL});
  EXPECT("The gunman shot and killed two guards.",
         {KILLED, 2, EXACT, "guards"});
  EXPECT("Four dead, 9 wounded after bus crash", {KILLED, 4, EXACT, NULL},
         {INJURED, 9, EXACT, NULL});
  EXPECT("A 19-year-old man was shot and died at the scene.",
         {KILLED, 1, EXACT, "men"});
  EXPECT("Three people were shot, one of them fatally, on Elm Street.",
         {INJURED, 2, EXACT, "people"}, {KILLED, 1, EXACT, NULL});
  EXPECT("Police are investigating the shooting death of Dana Kerr.",
         {KILLED, 1, EXACT, NULL});
  EXPECT("Officers found a woman suffering from a gunshot wound.",
         {INJURED, 1, EXACT, "women"});
  EXPECT("The teenager shot himself in the hand.", {INJURED, 1, EXACT, NULL});
  EXPECT("He was shot in the leg and is in stable condition.",
         {INJURED, 1, EXACT, NULL});
  EXPECT("4 shot, 1 dead in overnight gunfire", {INJURED, 3, EXACT, NULL},
         {KILLED, 1, EXACT, NULL});
  EXPECT("Two people were shot about 12:50 a.m. Monday.",
         {INJURED, 2, EXACT, "people"});
}

static void bounds(void) {
  lede_casualty c = first("More than 200 people were injured in the stampede.");
  OK(c.kind == INJURED && c.qualifier == LEDE_Q_MORE_THAN && c.count == 200 &&
         (c.flags & LEDE_CF_HAS_MIN) && c.min == 201 &&
         !(c.flags & LEDE_CF_HAS_MAX),
     "more than 200: min 201, no max");
  c = first("Nearly 40 were killed.");
  OK(c.qualifier == LEDE_Q_NEARLY && (c.flags & LEDE_CF_HAS_MAX) && c.max == 39,
     "nearly 40: max 39");
  c = first("Dozens of people were injured.");
  OK(c.qualifier == LEDE_Q_VAGUE && c.min == 24 && !(c.flags & LEDE_CF_HAS_MAX),
     "dozens: min 24");
  c = first("Between 10 and 15 miners were killed.");
  OK(c.qualifier == LEDE_Q_RANGE && c.min == 10 && c.max == 15 && c.count == 10,
     "between 10 and 15: 10..15");
  c = first("Up to 60 people were missing.");
  OK(c.kind == LEDE_CAS_MISSING && c.qualifier == LEDE_Q_UP_TO && c.max == 60,
     "up to 60: max 60");
  c = first("Eight were killed.");
  OK(c.qualifier == EXACT && c.min == 8 && c.max == 8,
     "exact: min = max = count");
}

static void revised(void) {
  lede_casualty c = first("The death toll has risen to 17, the mayor said.");
  OK(c.count == 17 && (c.flags & LEDE_CF_REVISED), "risen to: revised");
  c = first("The toll rose from five to eight overnight.");
  OK(c.count == 8 && (c.flags & LEDE_CF_REVISED),
     "from five to eight: revised");
  c = first("The death toll stood at 12 on Monday.");
  OK(c.count == 12 && !(c.flags & LEDE_CF_REVISED), "stood at: not revised");
}

static void spans(void) {
  static const char t[] =
      "Police said. A strike on Lissa killed nine people on Monday.";
  lede_casualty *c = NULL;
  size_t n = 0;
  INT_EQ(lede_casualties(t, sizeof t - 1, &c, &n), LEDE_OK, "status");
  INT_EQ(n, 1, "one claim");
  if (n == 1) {
    SPAN_EQ(t, c[0].start, c[0].end, "killed nine people", "claim span");
    SPAN_EQ(t, c[0].sent_start, c[0].sent_end,
            "A strike on Lissa killed nine people on Monday.", "sentence span");
    SPAN_EQ(t, c[0].place.start, c[0].place.end, "Lissa", "place on X");
  }
  lede_free(c);
  {
    static const char r[] = "Two people were injured in the Orlova region.";
    c = NULL;
    lede_casualties(r, sizeof r - 1, &c, &n);
    OK(n == 1 && c, "region claim");
    if (n == 1)
      SPAN_EQ(r, c[0].place.start, c[0].place.end, "Orlova region",
              "in the X region");
    lede_free(c);
  }
}

static void rejections(void) {
  NONE("Senators killed the bill on Tuesday.");
  NONE("Twelve senators killed the bill.");
  NONE("35 people attended the vigil.");
  NONE("Scientists warned the heat could kill thousands.");
  NONE("The families of those killed received $35 million.");
  NONE("Since 2019 injured workers get a pension.");
  /* "10 times" is no count; the victim is one person shot */
  EXPECT("The victim was shot 10 times.", {INJURED, 1, EXACT, "victims"});
  NONE("The third person killed was a nurse.");
  NONE("He killed time by reading 300 pages.");
  NONE("Nobody knows how 40% of the staff were hurt.");
}

/* "shot" with no word on the outcome: one injured, marked SHOT so that a
   document total can leave out the people who died. */
static void shot_outcome(void) {
  lede_casualty c = first("Police said he was shot on Main Street.");
  INT_EQ(c.kind, INJURED, "bare shot: injured");
  OK(c.count == 1, "bare shot: one");
  OK((c.flags & LEDE_CF_SHOT) != 0, "bare shot: SHOT flag");
  c = first("A cyclist was shot in the arm and is in stable condition.");
  OK(c.kind == INJURED && (c.flags & LEDE_CF_SHOT) == 0,
     "shot and lived: no SHOT flag");
  c = first("Five people were shot, two of them fatally, near the depot.");
  OK(c.kind == INJURED && c.count == 3 && (c.flags & LEDE_CF_SHOT) == 0,
     "the rest of those shot lived");
  EXPECT("Tomas Brell was shot in the chest and died at the scene.",
         {KILLED, 1, EXACT, NULL});
  NONE("He was shot in the back during the fatal robbery.");
}

/* A plural with no number, the shooter's own death, a toll by ordinal. */
static void unspecified_self_ordinal(void) {
  lede_casualty c = first("Civilians were killed in the shelling.");
  OK(c.kind == KILLED && c.qualifier == LEDE_Q_UNSPECIFIED && c.count == 2 &&
         (c.flags & LEDE_CF_HAS_MAX) == 0,
     "unspecified: min 2, no max");
  OK(strcmp(lede_qualifier_name(LEDE_Q_UNSPECIFIED), "unspecified") == 0,
     "qualifier name");
  EXPECT("The gunman killed two people before killing himself.",
         {KILLED, 2, EXACT, "people"}, {KILLED, 1, EXACT, NULL});
  EXPECT("He killed his wife and then turned the gun on himself.",
         {KILLED, 1, EXACT, "women"}, {KILLED, 1, EXACT, NULL});
  c = first("A third person has died after the shooting.");
  OK(c.kind == KILLED && c.count == 3 && (c.flags & LEDE_CF_REVISED),
     "a third person: 3, revised");
}

static void bad_input(void) {
  lede_casualty *c = (lede_casualty *)&c;
  size_t n = 5;
  static const char nul[] = "Nine people\0 were killed \xff in Dorn.";
  INT_EQ(lede_casualties("", 0, &c, &n), LEDE_OK, "empty");
  OK(c == NULL && n == 0, "empty: nothing");
  INT_EQ(lede_casualties(NULL, 3, &c, &n), LEDE_ERR_ARG, "NULL text");
  INT_EQ(lede_casualties("x", 1, &c, NULL), LEDE_ERR_ARG, "NULL count");
  INT_EQ(lede_casualties(nul, sizeof nul - 1, &c, &n), LEDE_OK,
         "NUL and invalid bytes");
  lede_free(c);
  {
    size_t len = 300000, i;
    char *big = (char *)malloc(len);
    if (big) {
      static const char unit[] = "Four people were killed and 12 injured. ";
      for (i = 0; i < len; i++) big[i] = unit[i % (sizeof unit - 1)];
      INT_EQ(lede_casualties(big, len, &c, &n), LEDE_OK, "300 kB");
      OK(n > 10000, "claims in every sentence");
      lede_free(c);
      free(big);
    }
  }
  OK(strcmp(lede_casualty_kind_name(LEDE_CAS_ABDUCTED), "abducted") == 0,
     "kind name");
  OK(strcmp(lede_casualty_kind_name(-1), "unknown") == 0,
     "kind name out of range");
}

/* One example of spec/cases/casualties.txt: the claims, one line each as
   "kind count qualifier" (a subset with a leading +), equal the expected
   lines. */
static void run_case(const test_case *tc) {
  lede_casualty *c = NULL;
  size_t n = 0, i;
  char got[2048] = "";
  if (lede_casualties(tc->input, strlen(tc->input), &c, &n) != LEDE_OK) n = 0;
  for (i = 0; i < n; i++) {
    char line[128];
    snprintf(line, sizeof line, "%s%s %.17g %s",
             (c[i].flags & LEDE_CF_SUBSET) ? "+" : "",
             lede_casualty_kind_name(c[i].kind), c[i].count,
             lede_qualifier_name(c[i].qualifier));
    case_append(got, sizeof got, line);
  }
  lede_free(c);
  if (strcmp(got, tc->expected) == 0) {
    harness_passed++;
  } else {
    harness_failed++;
    fprintf(stderr,
            "spec/cases/casualties.txt:%d: FAIL \"%s\"\n got:\n%s want:\n%s",
            tc->line, tc->input, got, tc->expected);
  }
}

/* The flags the wording sets: a hedged count, an outcome not said, one
   more than those counted. */
static void hedges_and_outcomes(void) {
  lede_casualty c = first("Three people may have died in the fire.");
  OK(c.kind == KILLED && c.count == 3 && c.qualifier == LEDE_Q_HEDGED &&
         (c.flags & LEDE_CF_HEDGED) && c.min == 3 && c.max == 3,
     "may have died: kept, hedged, exact bounds");
  c = first("At least 20 people may have been killed in the landslide.");
  OK(c.qualifier == LEDE_Q_AT_LEAST && (c.flags & LEDE_CF_HEDGED) &&
         c.min == 20,
     "a hedged 'at least': the number's qualifier, the hedged flag");
  c = first("Seven people were killed in the landslide.");
  OK(!(c.flags & LEDE_CF_HEDGED), "an exact count is not hedged");
  c = first("Two hikers were taken to a hospital in Brenna.");
  OK(c.kind == INJURED && c.count == 2 && (c.flags & LEDE_CF_SHOT),
     "taken to a hospital: hurt, the outcome not said");
  c = first("Another teen was shot on Palm Street.");
  OK(c.kind == INJURED && c.count == 1 && !(c.flags & LEDE_CF_SHOT),
     "another teen was shot: one more than the dead");
  c = first("A teen was shot on Palm Street.");
  OK(c.flags & LEDE_CF_SHOT, "a teen was shot: the outcome not said");
  OK(strcmp(lede_qualifier_name(LEDE_Q_HEDGED), "hedged") == 0,
     "the name 'hedged'");
}

static void case_file(void) {
  int n = each_case("spec/cases/casualties.txt", run_case);
  OK(n > 50, "spec/cases/casualties.txt read (run from the project root)");
}

int main(void) {
  shapes();
  bounds();
  revised();
  spans();
  rejections();
  shot_outcome();
  unspecified_self_ordinal();
  bad_input();
  hedges_and_outcomes();
  case_file();
  return DONE("test_casualties");
}
