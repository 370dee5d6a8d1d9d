/* C-level tests of the tokenizer and word keys, through csrc/lede.h only. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"

/* Tokenizes a C string; returns the count and leaves the array in *toks. */
static size_t tokenize(const char *s, lede_token **toks) {
  size_t n = 0;
  int rc = lede_tokenize(s, strlen(s), toks, &n);
  INT_EQ(rc, LEDE_OK, "lede_tokenize status");
  return n;
}

/* Finds the token whose text is want; returns its index or -1. */
static long find(const char *s, const lede_token *t, size_t n,
                 const char *want) {
  size_t i, len = strlen(want);
  for (i = 0; i < n; i++)
    if (t[i].end - t[i].start == len && memcmp(s + t[i].start, want, len) == 0)
      return (long)i;
  return -1;
}

static void expect_kind(const char *s, const char *tok, int kind) {
  lede_token *t;
  size_t n = tokenize(s, &t);
  long k = find(s, t, n, tok);
  OK(k >= 0, tok);
  if (k >= 0) INT_EQ(t[k].kind, kind, tok);
  lede_free(t);
}

static void test_kinds(void) {
  const char *s =
      "KYIV (Reuters) - Ukraine\xE2\x80\x99s envoy said don't worry: the U.S. "
      "and Fla. officials, J. Smith wrote, paid \xE2\x82\xAC"
      "21 for 1,000 "
      "rounds (1.5% more) on the 21st \xE2\x80\x94 see https://example.org/a. "
      "Mail desk@example.com or \xF0\x9F\x91\x8D now.";
  expect_kind(s, "Ukraine\xE2\x80\x99s", LEDE_TOKEN_WORD);
  expect_kind(s, "don't", LEDE_TOKEN_WORD);
  expect_kind(s, "U.S.", LEDE_TOKEN_WORD);
  expect_kind(s, "Fla.", LEDE_TOKEN_WORD);
  expect_kind(s, "J.", LEDE_TOKEN_WORD);
  expect_kind(s, "\xE2\x82\xAC", LEDE_TOKEN_SYMBOL);
  expect_kind(s, "21", LEDE_TOKEN_NUMBER);
  expect_kind(s, "1,000", LEDE_TOKEN_NUMBER);
  expect_kind(s, "1.5", LEDE_TOKEN_NUMBER);
  expect_kind(s, "%", LEDE_TOKEN_SYMBOL);
  expect_kind(s, "21st", LEDE_TOKEN_NUMBER);
  expect_kind(s, "\xE2\x80\x94", LEDE_TOKEN_PUNCT);
  expect_kind(s, "https://example.org/a", LEDE_TOKEN_URL);
  expect_kind(s, "desk@example.com", LEDE_TOKEN_EMAIL);
  expect_kind(s, "\xF0\x9F\x91\x8D", LEDE_TOKEN_EMOJI);
  expect_kind(s, "(", LEDE_TOKEN_PUNCT);
}

static void test_flags(void) {
  lede_token *t;
  const char *s = "NATO said\n\nOdesa U.S.";
  size_t n = tokenize(s, &t);
  INT_EQ(n, 4, "token count");
  OK(t[0].flags & LEDE_TF_ALLCAPS, "NATO all caps");
  OK(t[0].flags & LEDE_TF_PARA_START, "first token starts a paragraph");
  OK(!(t[1].flags & LEDE_TF_CAPITALIZED), "said is lower case");
  OK(t[2].flags & LEDE_TF_PARA_START, "token after a blank line");
  OK(t[2].flags & LEDE_TF_CAPITALIZED, "Odesa capitalized");
  OK(t[3].flags & LEDE_TF_ABBREV, "U.S. is an abbreviation");
  lede_free(t);
}

static void test_bad_input(void) {
  lede_token *t = (lede_token *)1;
  size_t n = 99, i, covered = 0;
  /* invalid UTF-8: a lone continuation byte, an overlong, a truncated
     sequence, a surrogate, then a NUL byte inside the text */
  const char s[] = "ok \x80 \xC0\xAF \xE2\x82 \xED\xA0\x80 a\0b end";
  size_t len = sizeof s - 1;
  INT_EQ(lede_tokenize(s, len, &t, &n), LEDE_OK, "invalid UTF-8 is no error");
  for (i = 0; i < n; i++) {
    OK(t[i].start < t[i].end && t[i].end <= len, "span inside the text");
    if (i > 0) OK(t[i].start >= t[i - 1].end, "spans in order");
    covered += t[i].end - t[i].start;
  }
  OK(covered >= len - 8, "nothing but spaces left out");
  OK(t[n - 1].end == len, "last token ends the text");
  lede_free(t);

  INT_EQ(lede_tokenize("", 0, &t, &n), LEDE_OK, "empty input");
  INT_EQ(n, 0, "empty input has no tokens");
  OK(t == NULL, "empty input gives NULL");
  INT_EQ(lede_tokenize(NULL, 3, &t, &n), LEDE_ERR_ARG, "NULL text");
  INT_EQ(lede_tokenize("x", 1, NULL, &n), LEDE_ERR_ARG, "NULL out");
  INT_EQ(lede_tokenize(NULL, 0, &t, &n), LEDE_OK, "NULL text of length 0");
  OK(strlen(lede_strerror(LEDE_ERR_TOOBIG)) > 0, "error message");

  /* found by fuzzing (spec/fuzz/regressions/fuzz_tokens/sign-after-*): a
     + or - after a multi-byte character took that character's length, so
     "€+" made a 3-byte "+" token reading past the text.  The text is in a
     buffer of exactly its size, so ASan sees any such read. */
  {
    char *eur = (char *)malloc(5);
    if (eur) {
      memcpy(eur, "\xE2\x82\xAC+8", 5);
      INT_EQ(lede_tokenize(eur, 5, &t, &n), LEDE_OK, "euro, sign, digit");
      INT_EQ(n, 3, "three tokens");
      OK(n == 3 && t[1].start == 3 && t[1].end == 4, "the sign is one byte");
      OK(n == 3 && t[2].kind == LEDE_TOKEN_NUMBER && t[2].end == 5, "then 8");
      lede_free(t);
      memcpy(eur, "\xE2\x82\xAC-", 4);
      INT_EQ(lede_tokenize(eur, 4, &t, &n), LEDE_OK, "euro, dash at the end");
      OK(n == 2 && t[1].start == 3 && t[1].end == 4, "the dash ends the text");
      lede_free(t);
      free(eur);
    }
  }
}

static void test_fold(void) {
  char buf[64];
  size_t n;
  /* "É" written as E + combining acute folds to the precomposed "é" */
  n = lede_fold(
      "E\xCC\x81LYS\xC3\x89"
      "E",
      9, buf, sizeof buf);
  OK(n == 8 && memcmp(buf,
                      "\xC3\xA9lys\xC3\xA9"
                      "e",
                      8) == 0,
     "NFC + fold");
  n = lede_fold(
      "Stra\xC3\x9F"
      "e",
      7, buf, sizeof buf);
  OK(n == 7 && memcmp(buf, "strasse", 7) == 0, "sharp s folds to ss");
  n = lede_fold("MOSCOW", 6, buf, 3);
  INT_EQ(n, 6, "needed length reported when the buffer is short");
  OK(memcmp(buf, "mos", 3) == 0, "prefix written");
  n = lede_fold(
      "\xFF"
      "A",
      2, buf, sizeof buf);
  OK(n == 4 && memcmp(buf,
                      "\xEF\xBF\xBD"
                      "a",
                      4) == 0,
     "invalid byte -> U+FFFD");
  /* utf8proc reads the runs of non-ASCII bytes, each with the ASCII letter
     before it: a combining mark still composes with that letter, and the
     ASCII around them is lower-cased as it is */
  n = lede_fold(
      "The CAFE\xCC\x81 Said \xE2\x80\x9CNO\xE2\x80\x9D TO STRA\xC3\x9F"
      "E \xFF"
      "X",
      38, buf, sizeof buf);
  OK(n == 39 &&
         memcmp(buf,
                "the caf\xC3\xA9 said \xE2\x80\x9Cno\xE2\x80\x9D to strasse "
                "\xEF\xBF\xBD"
                "x",
                39) == 0,
     "ASCII around folded pieces");
  n = lede_fold(
      "ABC\xC3\x89"
      "DEF",
      8, buf, 4);
  INT_EQ(n, 8, "needed length over pieces");
  OK(memcmp(buf, "abc", 3) == 0, "prefix before a piece that does not fit");
}

static void test_large(void) {
  const char *unit = "The council met on Monday. It voted 7-2 for the plan. ";
  size_t ulen = strlen(unit), reps = 20000, i, n = 0;
  char *big = (char *)malloc(ulen * reps);
  lede_token *t = NULL;
  if (!big) return;
  for (i = 0; i < reps; i++) memcpy(big + i * ulen, unit, ulen);
  INT_EQ(lede_tokenize(big, ulen * reps, &t, &n), LEDE_OK, "1 MB input");
  INT_EQ(n, reps * 15, "tokens of 1 MB");
  lede_free(t);
  free(big);
}

/* lede_tokenize_next, cap tokens at a time, gives lede_tokenize's tokens,
   flags included. */
static void test_cursor(void) {
  static const char text[] =
      "Title\n\nMr. Okafor paid $4.5 million -5 +7 to a.b.c@example.com, "
      "see http://x.org/a_(b)... \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD\r\nend \xFF";
  size_t len = sizeof text - 1, cap, n = 0, got, k, seen;
  lede_token *all = NULL, buf[5];
  lede_token_cursor cur;
  INT_EQ(lede_tokenize(text, len, &all, &n), LEDE_OK, "tokenize");
  for (cap = 1; cap <= 5; cap++) {
    int same = 1;
    lede_token_cursor_init(&cur);
    seen = 0;
    do {
      INT_EQ(lede_tokenize_next(text, len, &cur, buf, cap, &got), LEDE_OK,
             "next");
      for (k = 0; k < got; k++, seen++)
        if (seen >= n || buf[k].start != all[seen].start ||
            buf[k].end != all[seen].end || buf[k].kind != all[seen].kind ||
            buf[k].flags != all[seen].flags)
          same = 0;
    } while (got > 0);
    OK(same && seen == n, "cursor gives the tokens of lede_tokenize");
  }
  lede_free(all);
  lede_token_cursor_init(&cur);
  cur.pos = len + 1;
  INT_EQ(lede_tokenize_next(text, len, &cur, buf, 5, &got), LEDE_ERR_ARG,
         "a cursor past the text");
  INT_EQ(lede_tokenize_next(text, len, NULL, buf, 5, &got), LEDE_ERR_ARG,
         "NULL cursor");
}

int main(void) {
  test_kinds();
  test_cursor();
  test_flags();
  test_bad_input();
  test_fold();
  test_large();
  return DONE("test_tokens");
}
