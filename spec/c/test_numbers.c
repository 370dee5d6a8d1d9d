/*
 * test_numbers.c -- lede_numbers() on sentences written for these tests.
 */
#include <math.h>
#include <stdlib.h>

#include "cases.h"
#include "harness.h"
#include "lede.h"

/* Runs lede_numbers on text and returns the mention whose span is exactly
   `span` (NULL when there is none); *all and *n receive the array (freed by the
   caller). */
static const lede_number *find(const char *text, const char *span,
                               lede_number **all, size_t *n) {
  size_t i, len = strlen(text), sl = strlen(span);
  *all = NULL;
  *n = 0;
  if (lede_numbers(text, len, all, n) != LEDE_OK) return NULL;
  for (i = 0; i < *n; i++) {
    const lede_number *x = &(*all)[i];
    if (x->end - x->start == sl && memcmp(text + x->start, span, sl) == 0)
      return x;
  }
  return NULL;
}

/* One mention: span, value, kind and qualifier. */
static void expect(const char *text, const char *span, double value, int kind,
                   int qualifier, int line) {
  lede_number *all;
  size_t n;
  const lede_number *x = find(text, span, &all, &n);
  if (!x) {
    harness_failed++;
    fprintf(stderr,
            "test_numbers.c:%d: FAIL no mention \"%s\" in \"%s\" (%zu found:",
            line, span, text, n);
    {
      size_t i;
      for (i = 0; i < n; i++)
        fprintf(stderr, " [%.*s]", (int)(all[i].end - all[i].start),
                text + all[i].start);
    }
    fprintf(stderr, ")\n");
  } else {
    int ok = fabs(x->value - value) <= 1e-9 * (fabs(value) + 1) &&
             x->kind == kind && x->qualifier == qualifier;
    if (ok) {
      harness_passed++;
    } else {
      harness_failed++;
      fprintf(stderr,
              "test_numbers.c:%d: FAIL \"%s\": value %g kind %s qualifier %s, "
              "want %g %s %s\n",
              line, span, x->value, lede_number_kind_name(x->kind),
              lede_qualifier_name(x->qualifier), value,
              lede_number_kind_name(kind), lede_qualifier_name(qualifier));
    }
  }
  lede_free(all);
}
#define EXPECT(text, span, value, kind, q) \
  expect(text, span, value, kind, q, __LINE__)
#define CARD LEDE_NUM_CARDINAL
#define NOQ LEDE_Q_NONE

/* How many mentions of a kind the text has. */
static size_t count_kind(const char *text, int kind) {
  lede_number *all;
  size_t n, i, k = 0;
  if (lede_numbers(text, strlen(text), &all, &n) != LEDE_OK) return 999;
  for (i = 0; i < n; i++) k += all[i].kind == kind;
  lede_free(all);
  return k;
}

static void digits(void) {
  EXPECT("Officials counted 1,500 tents.", "1,500", 1500, CARD, NOQ);
  EXPECT("Inflation eased to 1.5 over the year.", "1.5", 1.5, CARD, NOQ);
  EXPECT("Temperatures fell to -3 overnight.", "-3", -3, CARD, NOQ);
  EXPECT("The census put it at 4 127 300 residents.", "4 127 300", 4127300,
         CARD, NOQ);
  EXPECT(
      "A fund of 2\xC2\xA0"
      "500\xC2\xA0"
      "000 was set up.",
      "2\xC2\xA0"
      "500\xC2\xA0"
      "000",
      2500000, CARD, NOQ);
  EXPECT("The index lost 12%.", "12%", 12, LEDE_NUM_PERCENT, NOQ);
  EXPECT("Turnout was 61.4 percent.", "61.4 percent", 61.4, LEDE_NUM_PERCENT,
         NOQ);
  EXPECT("They asked for 10M in aid.", "10M", 1e7, CARD, NOQ);
  EXPECT("The clip drew 5k views.", "5k", 5000, CARD, NOQ);
  EXPECT("Reserves reached 3bn by March.", "3bn", 3e9, CARD, NOQ);
  EXPECT("Losses of 2.4 mln were booked.", "2.4 mln", 2.4e6, CARD, NOQ);
  EXPECT("The rate was .5 last year.", ".5", 0.5, CARD, NOQ);
  EXPECT("The pipe is 1 1/2 inches wide.", "1 1/2 inches", 1.5, CARD, NOQ);
  EXPECT("Interest was 10 pc.", "10 pc", 10, LEDE_NUM_PERCENT, NOQ);
  EXPECT("The fleet has 14 ships.", "14", 14, CARD, NOQ);
}

static void money(void) {
  EXPECT("The plan costs $1.5 billion.", "$1.5 billion", 1.5e9, LEDE_NUM_MONEY,
         NOQ);
  EXPECT(
      "Brussels pledged \xE2\x82\xAC"
      "21 billion.",
      "\xE2\x82\xAC"
      "21 billion",
      21e9, LEDE_NUM_MONEY, NOQ);
  EXPECT(
      "The club paid \xC2\xA3"
      "300m for players.",
      "\xC2\xA3"
      "300m",
      3e8, LEDE_NUM_MONEY, NOQ);
  EXPECT("A ticket is 40 dollars.", "40 dollars", 40, LEDE_NUM_MONEY, NOQ);
  EXPECT("Bread rose by 50 cents.", "50 cents", 50, LEDE_NUM_MONEY, NOQ);
  EXPECT("The fine was 200 euros.", "200 euros", 200, LEDE_NUM_MONEY, NOQ);
  EXPECT("They sold it for USD 75.", "USD 75", 75, LEDE_NUM_MONEY, NOQ);
  EXPECT("He owed 900 Swiss francs.", "900 Swiss francs", 900, LEDE_NUM_MONEY,
         NOQ);
  EXPECT("Tea costs Rs20 here.", "Rs20", 20, LEDE_NUM_MONEY, NOQ);
  EXPECT("Tea costs Rs. 25 there.", "Rs. 25", 25, LEDE_NUM_MONEY, NOQ);
  EXPECT("The fee is 42MYR.", "42MYR", 42, LEDE_NUM_MONEY, NOQ);
  EXPECT("Stamps cost 50p each.", "50p", 50, LEDE_NUM_MONEY, NOQ);
  EXPECT("He earned a buck an hour.", "a buck", 1, LEDE_NUM_MONEY, NOQ);
  EXPECT("Shares fell to $.99 on Friday.", "$.99", 0.99, LEDE_NUM_MONEY, NOQ);
}

static void words(void) {
  EXPECT("eight boats returned", "eight", 8, CARD, NOQ);
  EXPECT("Twelve firefighters were sent.", "Twelve", 12, CARD, NOQ);
  EXPECT("It took twenty-five boats.", "twenty-five", 25, CARD, NOQ);
  EXPECT("There are one hundred and twelve beds.", "one hundred and twelve",
         112, CARD, NOQ);
  EXPECT("He bought a dozen eggs.", "a dozen", 12, CARD, NOQ);
  EXPECT("Nearly half a million voted.", "Nearly half a million", 5e5, CARD,
         LEDE_Q_NEARLY);
  EXPECT("Sales hit 1.5 million units.", "1.5 million", 1.5e6, CARD, NOQ);
  EXPECT("The bill passed two thousand and four hundred amendments later.",
         "two thousand and four hundred", 2400, CARD, NOQ);
  EXPECT("Four hundred thousand fans came.", "Four hundred thousand", 4e5, CARD,
         NOQ);
  EXPECT("He came third.", "third", 3, LEDE_NUM_ORDINAL, NOQ);
  EXPECT("the one hundred and first day", "one hundred and first", 101,
         LEDE_NUM_ORDINAL, NOQ);
  EXPECT("The 21st attempt worked.", "21st", 21, LEDE_NUM_ORDINAL, NOQ);
  EXPECT("On the twenty-first lap he crashed.", "twenty-first", 21,
         LEDE_NUM_ORDINAL, NOQ);
  EXPECT("Two-thirds of the town is flooded.", "Two-thirds", 2.0 / 3,
         LEDE_NUM_FRACTION, NOQ);
  EXPECT("A quarter of the staff left.", "A quarter", 0.25, LEDE_NUM_FRACTION,
         NOQ);
  EXPECT("Prices rose twenty percent.", "twenty percent", 20, LEDE_NUM_PERCENT,
         NOQ);
}

static void vague_and_ranges(void) {
  lede_number *all;
  size_t n;
  const lede_number *x;
  x = find("Dozens of homes were damaged.", "Dozens", &all, &n);
  OK(x && x->qualifier == LEDE_Q_VAGUE && (x->flags & LEDE_NF_HAS_MIN) &&
         x->min == 24 && (x->flags & LEDE_NF_APPROX),
     "dozens: vague, min 24");
  lede_free(all);
  x = find("Hundreds of thousands fled the city.", "Hundreds of thousands",
           &all, &n);
  OK(x && x->min == 200000, "hundreds of thousands: min 200,000");
  lede_free(all);
  x = find("Thousands marched.", "Thousands", &all, &n);
  OK(x && x->min == 2000, "thousands: min 2,000");
  lede_free(all);
  x = find("Scores of people gathered.", "Scores", &all, &n);
  OK(x && x->qualifier == LEDE_Q_VAGUE && x->min == 40, "scores of: vague");
  lede_free(all);
  x = find("Between 10 and 15 boats sank.", "Between 10 and 15", &all, &n);
  OK(x && x->qualifier == LEDE_Q_RANGE && x->min == 10 && x->max == 15,
     "between");
  lede_free(all);
  x = find("Some 10-15 boats sank.", "Some 10-15", &all, &n);
  OK(x && x->qualifier == LEDE_Q_RANGE && x->min == 10 && x->max == 15,
     "10-15");
  lede_free(all);
  x = find("They expect 10 to 15 million visitors.", "10 to 15 million", &all,
           &n);
  OK(x && x->min == 1e7 && x->max == 1.5e7,
     "10 to 15 million scales both ends");
  lede_free(all);
  x = find("More than 200 arrived.", "More than 200", &all, &n);
  OK(x && x->qualifier == LEDE_Q_MORE_THAN && x->min == 201 &&
         !(x->flags & LEDE_NF_HAS_MAX),
     "more than 200: min 201");
  lede_free(all);
  x = find("nearly 40 remain", "nearly 40", &all, &n);
  OK(x && x->qualifier == LEDE_Q_NEARLY && x->max == 39, "nearly 40: max 39");
  lede_free(all);
  x = find("at least 35 came", "at least 35", &all, &n);
  OK(x && x->qualifier == LEDE_Q_AT_LEAST && x->min == 35, "at least 35");
  lede_free(all);
  x = find("Crowds of 30+ gathered.", "30+", &all, &n);
  OK(x && x->qualifier == LEDE_Q_AT_LEAST && x->min == 30, "30+: at least 30");
  lede_free(all);
  x = find("less than or equal to 30 cars", "less than or equal to 30", &all,
           &n);
  OK(x && x->qualifier == LEDE_Q_UP_TO && x->max == 30,
     "less than or equal to");
  lede_free(all);
  x = find("greater than or equal to 5 trucks", "greater than or equal to 5",
           &all, &n);
  OK(x && x->qualifier == LEDE_Q_AT_LEAST && x->min == 5,
     "greater than or equal to");
  lede_free(all);
  x = find("higher than 40 homes", "higher than 40", &all, &n);
  OK(x && x->qualifier == LEDE_Q_MORE_THAN && x->min == 41, "higher than 40");
  lede_free(all);
  x = find("up to 700 jobs", "up to 700", &all, &n);
  OK(x && x->qualifier == LEDE_Q_UP_TO && x->max == 700, "up to 700");
  lede_free(all);
  x = find("fewer than 20 seats", "fewer than 20", &all, &n);
  OK(x && x->qualifier == LEDE_Q_FEWER_THAN && x->max == 19, "fewer than 20");
  lede_free(all);
  x = find("about 300 trucks", "about 300", &all, &n);
  OK(x && x->qualifier == LEDE_Q_ABOUT && (x->flags & LEDE_NF_APPROX) &&
         !(x->flags & (LEDE_NF_HAS_MIN | LEDE_NF_HAS_MAX)),
     "about 300: approximate, no bounds");
  lede_free(all);
  x = find("some 2,000 workers", "some 2,000", &all, &n);
  OK(x && x->qualifier == LEDE_Q_ABOUT && x->value == 2000, "some 2,000");
  lede_free(all);
}

static void not_counts(void) {
  EXPECT("The bridge opened in 1998.", "1998", 1998, LEDE_NUM_YEAR, NOQ);
  EXPECT("Talks resumed on March 3, 2022.", "March 3, 2022", 3, LEDE_NUM_DATE,
         NOQ);
  EXPECT("The 21st of June was hot.", "21st of June", 21, LEDE_NUM_DATE, NOQ);
  EXPECT("Sirens sounded at 11:12 p.m. nearby.", "11:12 p.m.", 11,
         LEDE_NUM_TIME, NOQ);
  EXPECT("Call 203-555-0187 for help.", "203-555-0187", 203, LEDE_NUM_PHONE,
         NOQ);
  EXPECT("The deadline is 2024-05-01.", "2024-05-01", 2024, LEDE_NUM_DATE, NOQ);
  EXPECT("A 35-year-old man was arrested.", "35-year-old", 35, LEDE_NUM_AGE,
         NOQ);
  EXPECT("Maria Lopez, 41, was driving.", "41", 41, LEDE_NUM_AGE, NOQ);
  OK(count_kind("Which one do you mean?", CARD) == 0,
     "pronoun one is no number");
  OK(count_kind("Flight MH17 and the G7 summit", CARD) == 0,
     "codes are no numbers");
  OK(count_kind("An F-16 and COVID-19", CARD) == 0,
     "hyphenated codes are no numbers");
  OK(count_kind("2000 people marched", LEDE_NUM_YEAR) == 0,
     "2000 people: a count");
  OK(count_kind("In 2019 the law changed", LEDE_NUM_YEAR) == 1,
     "in 2019: a year");
}

static void bad_input(void) {
  lede_number *all = (lede_number *)&all;
  size_t n = 7;
  static const char nul[] = "12\0 boats and \xff\xfe 30 cars";
  static const char junk[] = "\xc3\x28 5 \xe2\x82 7\xf0";
  INT_EQ(lede_numbers("", 0, &all, &n), LEDE_OK, "empty text");
  OK(all == NULL && n == 0, "empty text: nothing");
  INT_EQ(lede_numbers(NULL, 0, &all, &n), LEDE_OK, "NULL with length 0");
  INT_EQ(lede_numbers(NULL, 5, &all, &n), LEDE_ERR_ARG, "NULL text");
  INT_EQ(lede_numbers("1", 1, NULL, &n), LEDE_ERR_ARG, "NULL out");
  INT_EQ(lede_numbers(nul, sizeof nul - 1, &all, &n), LEDE_OK, "NUL bytes");
  OK(n == 2 && all && all[0].value == 12 && all[1].value == 30,
     "numbers around NUL and invalid bytes");
  lede_free(all);
  INT_EQ(lede_numbers(junk, sizeof junk - 1, &all, &n), LEDE_OK,
         "invalid UTF-8");
  OK(n == 2, "numbers between invalid bytes");
  lede_free(all);
  {
    /* a long run of digits and separators stays linear and in bounds */
    size_t len = 200000, i;
    char *big = (char *)malloc(len);
    if (big) {
      for (i = 0; i < len; i++) big[i] = "1,234 - 5 and "[i % 14];
      INT_EQ(lede_numbers(big, len, &all, &n), LEDE_OK, "200 kB of numbers");
      OK(n > 1000, "many numbers found");
      lede_free(all);
      free(big);
    }
  }
  {
    /* 400 digits overflow a double: skipped, never inf or NaN */
    char digits[420];
    size_t i;
    memset(digits, '9', 400);
    memcpy(digits + 400, " trillion dozen", 15);
    INT_EQ(lede_numbers(digits, 415, &all, &n), LEDE_OK, "huge numeral");
    for (i = 0; i < n; i++) OK(isfinite(all[i].value), "finite values only");
    lede_free(all);
  }
  OK(strcmp(lede_number_kind_name(99), "unknown") == 0,
     "kind name out of range");
  OK(strcmp(lede_qualifier_name(LEDE_Q_MORE_THAN), "more than") == 0,
     "qualifier name");
}

/* The value of the mention `span` is exactly `want`: decimals are read as
   a mantissa and a count of decimals, so 1.7 million is 1700000, not
   1700000.0000000002, and .38 is the double nearest 0.38. */
static void exact(const char *text, const char *span, double want, int line) {
  lede_number *all;
  size_t n;
  const lede_number *x = find(text, span, &all, &n);
  if (x && x->value == want) {
    harness_passed++;
  } else {
    harness_failed++;
    fprintf(stderr,
            "test_numbers.c:%d: FAIL \"%s\" in \"%s\": %.17g, want %.17g\n",
            line, span, text, x ? x->value : -1.0, want);
  }
  lede_free(all);
}
#define EXACT(text, span, want) exact(text, span, want, __LINE__)

static void exact_decimals(void) {
  EXACT("The floods displaced 1.7 million people.", "1.7 million", 1700000);
  EXACT("The budget grew by 6.65 billion.", "6.65 billion", 6650000000.0);
  EXACT("The video had 2.33 k views.", "2.33 k", 2330);
  EXACT("It raised $2.3bn in a week.", "$2.3bn", 2300000000.0);
  EXACT("About 1.25 million fled.", "About 1.25 million", 1250000);
  EXACT("Police found a .38 revolver.", ".38", 0.38);
  EXACT("Growth was 0.1 last year.", "0.1", 0.1);
  EXACT("The site is at 39.768403 north.", "39.768403", 39.768403);
  /* digits past what a double keeps are read, not lost from the span */
  EXACT("Pi is 3.14159265358979323846 or so.", "3.14159265358979323846",
        3.14159265358979323846);
}

/* A value in the shortest form that reads back exactly (as the case file
   writes it). */
static void shortest(double v, char *buf, size_t cap) {
  snprintf(buf, cap, "%.15g", v);
  if (strtod(buf, NULL) != v) snprintf(buf, cap, "%.17g", v);
}

/* The case file run_case reads, for its messages. */
static const char *case_path = "";

/* One example of a case file: the mentions, one line each as
   "text | value | kind | qualifier[ | unit]", equal the expected lines. */
static void run_case(const test_case *tc) {
  lede_number *x = NULL;
  size_t n = 0, i;
  char got[2048] = "";
  if (lede_numbers(tc->input, strlen(tc->input), &x, &n) != LEDE_OK) n = 0;
  for (i = 0; i < n; i++) {
    char line[256], value[40];
    shortest(x[i].value, value, sizeof value);
    snprintf(line, sizeof line, "%.*s | %s | %s | %s%s%s",
             (int)(x[i].end - x[i].start), tc->input + x[i].start, value,
             lede_number_kind_name(x[i].kind),
             lede_qualifier_name(x[i].qualifier), x[i].unit ? " | " : "",
             x[i].unit ? x[i].unit : "");
    case_append(got, sizeof got, line);
  }
  lede_free(x);
  if (strcmp(got, tc->expected) == 0) {
    harness_passed++;
  } else {
    harness_failed++;
    fprintf(stderr, "%s:%d: FAIL \"%s\"\n got:\n%s want:\n%s", case_path,
            tc->line, tc->input, got, tc->expected);
  }
}

/* spec/cases/numbers.txt, and the worked example of the guide to adding a
   wording (its examples are cases in the same shape). */
static void case_files(void) {
  case_path = "spec/cases/numbers.txt";
  OK(each_case(case_path, run_case) > 30,
     "spec/cases/numbers.txt read (run from the project root)");
  case_path = "doc/adding-a-wording.md";
  OK(each_case(case_path, run_case) >= 2, "doc/adding-a-wording.md read");
}

int main(void) {
  digits();
  exact_decimals();
  money();
  words();
  vague_and_ranges();
  not_counts();
  bad_input();
  case_files();
  return DONE("test_numbers");
}
