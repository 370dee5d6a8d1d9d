/* C-level tests of the sentence splitter, through csrc/lede.h only. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lede.h"

/* Splits s and checks the sentences against want (NULL-terminated). */
static void expect_split(const char *s, const char *const *want,
                         const char *name) {
  lede_span *sp = NULL;
  size_t n = 0, i, k = 0;
  INT_EQ(lede_sentences(s, strlen(s), &sp, &n), LEDE_OK, name);
  while (want[k]) k++;
  INT_EQ(n, k, name);
  for (i = 0; i < n && i < k; i++)
    SPAN_EQ(s, sp[i].start, sp[i].end, want[i], name);
  lede_free(sp);
}

static void test_news(void) {
  static const char *const dateline[] = {
      "MIAMI, Fla. \xE2\x80\x94 The envoys met on Saturday.",
      "Talks resume at 9 a.m. on Sunday.", NULL};
  static const char *const quotes[] = {
      "\xE2\x80\x9CWe are making progress,\xE2\x80\x9D Varga said.",
      "\xE2\x80\x9CWill it last?\xE2\x80\x9D she asked.", "Nobody answered.",
      NULL};
  static const char *const heading[] = {"Strike on the Port",
                                        "Six people were killed.", NULL};
  static const char *const money[] = {
      "The fund holds $1.5 billion, or \xE2\x82\xAC"
      "21.3 bn.",
      "Gen. Okafor and Mr. Reinholt of the U.S. Army agreed.", NULL};
  expect_split(
      "MIAMI, Fla. \xE2\x80\x94 The envoys met on Saturday. Talks "
      "resume at 9 a.m. on Sunday.",
      dateline, "dateline and a.m.");
  expect_split(
      "\xE2\x80\x9CWe are making progress,\xE2\x80\x9D Varga said. "
      "\xE2\x80\x9CWill it last?\xE2\x80\x9D she asked. Nobody answered.",
      quotes, "quotes");
  expect_split("Strike on the Port\nSix people were killed.", heading,
               "heading line");
  expect_split(
      "The fund holds $1.5 billion, or \xE2\x82\xAC"
      "21.3 bn. Gen. "
      "Okafor and Mr. Reinholt of the U.S. Army agreed.",
      money, "money and titles");
}

static void test_abbrev_ends(void) {
  static const char *const street[] = {"Police closed Harbor St.",
                                       "Traffic moved to the bridge.", NULL};
  static const char *const variant[] = {"The firm had a Plan B.",
                                        "Few staff knew it.", NULL};
  static const char *const heading[] = {
      "1. Background The port has nine cranes.", "Its size fell by 2.",
      "The rest work.", NULL};
  expect_split("Police closed Harbor St. Traffic moved to the bridge.", street,
               "street abbreviation");
  expect_split("The firm had a Plan B. Few staff knew it.", variant,
               "lettered variant");
  expect_split(
      "1. Background The port has nine cranes. Its size fell by 2. "
      "The rest work.",
      heading, "numbered heading, number in mid-sentence");
}

/* A quote with no space before the next sentence goes with the sentence
   it closes, or the next one that it opens. */
static void test_lost_space(void) {
  static const char *const closes[] = {"\"We are up for it.\"",
                                       "Earlier it rained.", NULL};
  static const char *const opens[] = {"The door was shut.",
                                      "\"We hid,\" she said.", NULL};
  expect_split("\"We are up for it.\"Earlier it rained.", closes,
               "a closing quote");
  expect_split("The door was shut.\"We hid,\" she said.", opens,
               "an opening quote");
}

static void test_line_ends(void) {
  static const char *const three[] = {"One line", "Two line", "Three.", NULL};
  expect_split("One line\r\nTwo line\r\n\r\nThree.", three, "CRLF");
  expect_split("One line\rTwo line\r\rThree.", three, "CR only");
  expect_split("One line\xE2\x80\xA8Two line\xE2\x80\xA9Three.", three,
               "Unicode line separators");
}

static void test_bad_input(void) {
  lede_span *sp = (lede_span *)1;
  size_t n = 7, i;
  const char s[] = "Bad \xFF\xFE bytes. A NUL \0 inside. \xE2\x80 End";
  size_t len = sizeof s - 1;
  INT_EQ(lede_sentences(s, len, &sp, &n), LEDE_OK, "invalid UTF-8 + NUL");
  OK(n >= 2, "still split");
  for (i = 0; i < n; i++)
    OK(sp[i].start < sp[i].end && sp[i].end <= len, "span");
  OK(n > 0 && sp[n - 1].end == len, "the text is covered to its end");
  lede_free(sp);
  INT_EQ(lede_sentences("   \n\t ", 6, &sp, &n), LEDE_OK, "white space only");
  INT_EQ(n, 0, "no sentence in white space");
  OK(sp == NULL, "NULL array when empty");
  INT_EQ(lede_sentences(NULL, 1, &sp, &n), LEDE_ERR_ARG, "NULL text");
  INT_EQ(lede_sentences("a", 1, &sp, NULL), LEDE_ERR_ARG, "NULL count");
  /* found by fuzzing: a period, then one capital letter ending the text */
  INT_EQ(lede_sentences("The end.U", 9, &sp, &n), LEDE_OK, "capital at end");
  INT_EQ(n, 1, "no cut before a lone final capital");
  lede_free(sp);
  /* found by fuzzing (spec/fuzz/regressions/fuzz_sentences/
     stray-byte-after-space): a stray continuation byte after a space was
     read as part of the space and trimmed away */
  INT_EQ(lede_sentences("[.. \x90", 5, &sp, &n), LEDE_OK, "stray byte at end");
  INT_EQ(n, 1, "one sentence");
  OK(n == 1 && sp[0].start == 0 && sp[0].end == 5, "the stray byte is kept");
  lede_free(sp);
  INT_EQ(lede_sentences("x \x90\x90 y", 7, &sp, &n), LEDE_OK,
         "stray bytes inside");
  OK(n == 1 && sp[0].end == 7, "the sentence runs to the end");
  lede_free(sp);
  /* a valid character before the end is still stepped over whole */
  INT_EQ(lede_sentences("Caf\xC3\xA9 \xE2\x80\x94 ", 10, &sp, &n), LEDE_OK,
         "valid end");
  OK(n == 1 && sp[0].end == 9, "trimmed after the dash");
  lede_free(sp);
}

static void test_hostile(void) {
  size_t big = 5u << 20, i, n = 0;
  char *s = (char *)malloc(big);
  lede_span *sp = NULL;
  if (!s) return;
  /* one 5 MB line of words and no punctuation: one sentence */
  for (i = 0; i < big; i++) s[i] = (i % 7 == 6) ? ' ' : 'a';
  INT_EQ(lede_sentences(s, big, &sp, &n), LEDE_OK, "5 MB line");
  INT_EQ(n, 1, "5 MB line is one sentence");
  lede_free(sp);
  /* a million one-word sentences */
  for (i = 0; i + 5 <= big && i < 5000000; i += 5) memcpy(s + i, "Yes. ", 5);
  INT_EQ(lede_sentences(s, 5000000, &sp, &n), LEDE_OK, "1e6 sentences");
  INT_EQ(n, 1000000, "a million sentences");
  lede_free(sp);
  /* nothing but periods */
  memset(s, '.', big);
  INT_EQ(lede_sentences(s, big, &sp, &n), LEDE_OK, "5 MB of periods");
  OK(n >= 1, "periods give at least one span");
  lede_free(sp);
  free(s);
}

/* The stream with chunks of `chunk` bytes gives the spans of
   lede_sentences, in order; returns how many. */
static size_t stream_matches(const char *s, size_t len, size_t chunk,
                             const char *name) {
  lede_span *all = NULL;
  const lede_span *batch;
  size_t n = 0, seen = 0, got, k;
  int same = 1;
  lede_sentence_stream *st = lede_sentence_stream_new(chunk);
  OK(st != NULL, name);
  if (!st) return 0;
  INT_EQ(lede_sentences(s, len, &all, &n), LEDE_OK, name);
  do {
    INT_EQ(lede_sentence_stream_next(st, s, len, &batch, &got), LEDE_OK, name);
    for (k = 0; k < got; k++, seen++)
      if (seen >= n || batch[k].start != all[seen].start ||
          batch[k].end != all[seen].end)
        same = 0;
  } while (got > 0);
  OK(same && seen == n, name);
  lede_free(all);
  lede_sentence_stream_free(st);
  return seen;
}

static void test_stream(void) {
  static const char text[] =
      "He was 5. Then he left. 1. Ceasefire line 2. Prisoner exchange\n\n"
      "1. Background The port has nine cranes. Its size fell by 2. The "
      "rest.\n\n"
      "\xE2\x80\xA2 first point \xE2\x80\xA2 second point\n"
      "compounds. . . . . The rest. It ended.... Nobody knew. "
      "\xE2\x80\x9CWill it last?\xE2\x80\x9D she asked. world.Today it rained. "
      "\"We are up for it.\"Earlier it rained.\n\nThe door was shut.\"We "
      "hid,\" she said. He left. ... It was late. Police from Dalton, Ga. "
      "Charges came.";
  size_t chunk, len = sizeof text - 1;
  const lede_span *batch;
  size_t got;
  lede_sentence_stream *st;
  for (chunk = 1; chunk <= 40; chunk++)
    stream_matches(text, len, chunk, "stream chunks");
  stream_matches(text, len, 0, "stream default chunk");
  INT_EQ(stream_matches("", 0, 3, "empty stream"), 0,
         "an empty text has no sentence");
  /* another text than the one the stream started on is refused */
  st = lede_sentence_stream_new(4);
  OK(st != NULL, "stream");
  if (st) {
    INT_EQ(lede_sentence_stream_next(st, text, len, &batch, &got), LEDE_OK,
           "first batch");
    INT_EQ(lede_sentence_stream_next(st, text, len - 1, &batch, &got),
           LEDE_ERR_ARG, "other length");
    INT_EQ(lede_sentence_stream_next(NULL, text, len, &batch, &got),
           LEDE_ERR_ARG, "NULL stream");
    lede_sentence_stream_free(st);
  }
  lede_sentence_stream_free(NULL);
}

int main(void) {
  test_news();
  test_abbrev_ends();
  test_line_ends();
  test_bad_input();
  test_hostile();
  test_lost_space();
  test_stream();
  return DONE("test_sentences");
}
