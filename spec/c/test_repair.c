/* The repair engine through its C API (lede_fix_text, lede_fix_scan):
   each kind of repair, the spans, the flags, text left alone, bad input. */
#include <stdlib.h>

#include "harness.h"
#include "lede.h"

/* Repairs s with flags; the output as a NUL-terminated copy (the caller
   frees it) and the repairs in *fx / *n. */
static char *fix(const char *s, unsigned flags, lede_fix **fx, size_t *n) {
  char *out = NULL, *copy;
  size_t out_len = 0, len = strlen(s);
  if (lede_fix_text(s, len, flags, &out, &out_len, fx, n) != LEDE_OK)
    return NULL;
  copy = (char *)malloc(out_len + 1);
  if (!copy) return NULL;
  memcpy(copy, out ? out : s, out_len);
  copy[out_len] = 0;
  lede_free(out);
  return copy;
}

/* Does s repair to want (with flags)? */
static int fixes_to(const char *s, unsigned flags, const char *want) {
  lede_fix *fx = NULL;
  size_t n = 0;
  char *got = fix(s, flags, &fx, &n);
  int ok = got && strcmp(got, want) == 0;
  if (!ok)
    fprintf(stderr, "  \"%s\" -> \"%s\", want \"%s\"\n", s,
            got ? got : "(error)", want);
  free(got);
  lede_free(fx);
  return ok;
}

static void test_kinds(void) {
  lede_fix *fx = NULL;
  size_t n = 0;
  char *out = fix("we\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2re", 0, &fx, &n);
  OK(out && strcmp(out, "we\xE2\x80\x99re") == 0, "one layer");
  INT_EQ(n, 1, "one repair");
  if (n == 1) {
    INT_EQ(fx[0].start, 2, "span start");
    INT_EQ(fx[0].end, 10, "span end");
    INT_EQ(fx[0].out_start, 2, "output start");
    INT_EQ(fx[0].out_end, 5, "output end");
    OK(strcmp(lede_fix_kind_name(fx[0].kind), "mojibake") == 0, "kind name");
  }
  free(out);
  lede_free(fx);
  OK(fixes_to("caf\xC3\x83\xC6\x92\xC3\x82\xC2\xA9", 0, "caf\xC3\xA9"),
     "two layers");
  OK(fixes_to("caf\xE2\x88\x9A\xC2\xA9", 0, "caf\xC3\xA9"), "MacRoman");
  OK(fixes_to("\xD0\xA0\xD1\x9F\xD0\xA1\xD0\x82", 0, "\xD0\x9F\xD1\x80"),
     "Windows-1251");
  OK(fixes_to("\xC2\x93quoted\xC2\x94", 0, "\xE2\x80\x9Cquoted\xE2\x80\x9D"),
     "C1 controls");
  OK(fixes_to("voil\xC3\x83 le", 0, "voil\xC3\xA0 le"), "A0 become a space");
  OK(fixes_to("said.\xC3\xA2\xE2\x82\xAC\xEF\xBF\xBD", 0, "said.\xE2\x80\x9D"),
     "U+FFFD for a lost byte");
  /* đường: Ä‘ Æ° then á» and a U+FFFD, read as ờ after ư */
  OK(fixes_to(
         "\xC3\x84\xE2\x80\x98\xC3\x86\xC2\xB0\xC3\xA1\xC2\xBB\xEF\xBF\xBDng",
         0, "\xC4\x91\xC6\xB0\xE1\xBB\x9Dng"),
     "U+FFFD inside a 3-byte character, the letter before deciding");
  /* ðŸ‘ and a U+FFFD: five emoji fit, the text stays */
  OK(fixes_to("ok \xC3\xB0\xC5\xB8\xE2\x80\x98\xEF\xBF\xBD ok", 0,
              "ok \xC3\xB0\xC5\xB8\xE2\x80\x98\xEF\xBF\xBD ok"),
     "an undecided U+FFFD inside a 4-byte character is left alone");
  /* 12â14 and 9amâ5pm: ranges take an en dash */
  OK(fixes_to("pages 12\xC3\xA2"
              "14, 9am\xC3\xA2"
              "5pm",
              0,
              "pages 12\xE2\x80\x93"
              "14, 9am\xE2\x80\x93"
              "5pm"),
     "lossy en dashes");
  OK(fixes_to("\xED\xA0\xBD\xED\xB8\x80", 0, "\xF0\x9F\x98\x80"), "CESU-8");
  OK(fixes_to("caf\xE9", LEDE_FIX_BYTES, "caf\xC3\xA9"), "a Windows-1252 byte");
  OK(fixes_to("caf\xE9", 0, "caf\xE9"),
     "without LEDE_FIX_BYTES the byte stays");
  OK(fixes_to("a&amp;b&#x2019;&rsquo;", LEDE_FIX_ENTITIES,
              "a&b\xE2\x80\x99\xE2\x80\x99"),
     "entities");
  OK(fixes_to("a&amp;b", 0, "a&amp;b"), "entities only when asked");
  OK(fixes_to("&#0;&#xD800;&bogus;&amp", LEDE_FIX_ENTITIES,
              "&#0;&#xD800;&bogus;&amp"),
     "bad references stay");
  OK(fixes_to("a\xC2\xA0"
              "b\xE2\x80\x8B"
              "c",
              LEDE_FIX_SPACES, "a bc"),
     "spaces");
}

static void test_lossy(void) {
  const char *text = "Trump\xC3\xA2s plan. \xC3\xA2Yes,\xC3\xA2 she said.";
  unsigned seen = lede_fix_scan(text, strlen(text));
  OK(seen & LEDE_FIX_SEEN_LOSSY, "lossy shapes seen");
  OK(!(seen & LEDE_FIX_SEEN_FULL), "no full mojibake seen");
  OK(fixes_to(
         text, 0,
         "Trump\xE2\x80\x99s plan. \xE2\x80\x9CYes,\xE2\x80\x9D she said."),
     "lossy guesses");
  /* the same words with the scan overridden: no lossy text, nothing guessed */
  OK(fixes_to(text, LEDE_FIX_NOSCAN, text), "NOSCAN without SEEN_LOSSY");
  OK(fixes_to("le ch\xC3\xA2teau", 0, "le ch\xC3\xA2teau"), "French â");
  OK(fixes_to("IRM\xC3\x83\xE2\x80\x9D disse", 0,
              "IRM\xC3\x83\xE2\x80\x9D disse"),
     "a weak pair alone");
  OK(fixes_to("IRM\xC3\x83\xE2\x80\x9D disse",
              LEDE_FIX_SEEN_FULL | LEDE_FIX_NOSCAN, "IRM\xC3\x94 disse"),
     "a weak pair in a text with sure mojibake");
}

static void test_unchanged(void) {
  static const char *const correct[] = {
      "NESTL\xC3\x89\xC2\xAE",
      "CAF\xC3\x89\xE2\x80\x99s",
      "5\xC3\x97\xC2\xA3"
      "35",
      "Bront\xC3\xAB\xE2\x80\xA6\xE2\x80\x9D",
      "Gr\xC3\xB6\xC3\x9F"
      "e",
      "S\xC3\xA3o Paulo",
      "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
      "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1",
      "\xC3\x86\xC3\x98\xC3\x85 \xC3\xBE\xC3\xB0",
      "\xE6\x9D\xB1\xE4\xBA\xAC",
      "plain ASCII & more"};
  size_t i;
  for (i = 0; i < sizeof correct / sizeof *correct; i++) {
    lede_fix *fx = NULL;
    char *out = NULL;
    size_t out_len = 9, n = 9, len = strlen(correct[i]);
    INT_EQ(
        lede_fix_text(correct[i], len, LEDE_FIX_BYTES, &out, &out_len, &fx, &n),
        LEDE_OK, "status");
    OK(out == NULL && fx == NULL && n == 0 && out_len == len, correct[i]);
    lede_free(out);
    lede_free(fx);
  }
}

static void test_bad_input(void) {
  char *out = (char *)1;
  lede_fix *fx = (lede_fix *)1;
  size_t out_len = 1, n = 1;
  INT_EQ(lede_fix_text(NULL, 3, 0, &out, &out_len, &fx, &n), LEDE_ERR_ARG,
         "NULL text");
  OK(out == NULL && fx == NULL && n == 0 && out_len == 0,
     "outputs cleared on error");
  INT_EQ(lede_fix_text("x", 1, 0, NULL, &out_len, &fx, &n), LEDE_ERR_ARG,
         "NULL out");
  INT_EQ(lede_fix_text(NULL, 0, 0, &out, &out_len, &fx, &n), LEDE_OK,
         "empty text");
  INT_EQ(lede_fix_text("\0\xFF", 2, LEDE_FIX_BYTES, &out, &out_len, &fx, &n),
         LEDE_OK, "NUL and a bad byte");
  OK(out_len == 3 && out[0] == 0 && (unsigned char)out[1] == 0xC3,
     "NUL kept, \\xFF read as \\xC3\\xBF");
  lede_free(out);
  lede_free(fx);
  INT_EQ(lede_fix_scan(NULL, 5), 0, "scan of NULL");
  OK(strcmp(lede_fix_kind_name(99), "unknown") == 0, "unknown kind");
}

/* s[0, n) (UTF-8) read as Windows-1252 and written as UTF-8 again, into
   out (room for 3 * n + 1); returns the new length. */
static size_t misread(const unsigned char *s, size_t n, unsigned char *out) {
  static const unsigned short c1[32] = {
      0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021,
      0x2C6,  0x2030, 0x160,  0x2039, 0x152,  0x8D,   0x17D,  0x8F,
      0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178};
  size_t i, o = 0;
  for (i = 0; i < n; i++) {
    unsigned cp = s[i] >= 0x80 && s[i] < 0xA0 ? c1[s[i] - 0x80] : s[i];
    if (cp < 0x80) {
      out[o++] = (unsigned char)cp;
    } else if (cp < 0x800) {
      out[o++] = (unsigned char)(0xC0 | cp >> 6);
      out[o++] = (unsigned char)(0x80 | (cp & 63));
    } else {
      out[o++] = (unsigned char)(0xE0 | cp >> 12);
      out[o++] = (unsigned char)(0x80 | ((cp >> 6) & 63));
      out[o++] = (unsigned char)(0x80 | (cp & 63));
    }
  }
  out[o] = 0;
  return o;
}

/* A long run of CJK with no ASCII, in two layers of mojibake (over 6000
   characters in one run): read whole, not left partly broken where the
   run is cut. */
static void test_long_run(void) {
  static const char line[] =
      "\xE6\x9D\xB1\xE4\xBA\xAC\xE9\x83\xBD\xE3\x81\xAF\xE9\x9B\xA8"
      "\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82"; /* 東京都は雨です。 */
  unsigned char text[24 * 40 + 1], one[sizeof text * 3], two[sizeof one * 3];
  size_t k, n;
  char *got;
  lede_fix *fx = NULL;
  for (k = 0; k < 40; k++) memcpy(text + 24 * k, line, 24);
  text[24 * 40] = 0;
  n = misread(text, 24 * 40, one);
  n = misread(one, n, two);
  got = fix((const char *)two, 0, &fx, &n);
  OK(got && strcmp(got, (const char *)text) == 0,
     "960 bytes of Japanese in two layers, repaired whole");
  free(got);
  lede_free(fx);
}

/* The code pages added for Greek and Turkish machines, a lone surrogate,
   and the repairs made only when asked. */
static void test_pages_and_forms(void) {
  lede_fix *fx = NULL;
  size_t n = 0;
  char *out;
  OK(fixes_to("caf\xCE\x93\xC2\xA9", 0, "caf\xC3\xA9"),
     "Windows-1253: caf\xCE\x93\xC2\xA9");
  OK(fixes_to("\xC4\x9F\xC5\xB8\xE2\x80\x98\xC2\x8D ok", 0,
              "\xF0\x9F\x91\x8D ok"),
     "Windows-1254: an emoji whose lead byte reads as \xC4\x9F");
  OK(fixes_to("a\xED\xA0\x80"
              "b",
              LEDE_FIX_BYTES,
              "a\xEF\xBF\xBD"
              "b"),
     "a lone surrogate");
  OK(fixes_to("\xEF\xAC\x81nd", LEDE_FIX_LIGATURES, "find"), "a ligature");
  OK(fixes_to("\xEF\xAC\x81nd", 0, "\xEF\xAC\x81nd"),
     "a ligature kept unless asked");
  OK(fixes_to("\xEF\xBC\xA1\xE3\x80\x80\xEF\xBD\xB6\xEF\xBE\x9E",
              LEDE_FIX_WIDTHS, "A \xE3\x82\xAC"),
     "fullwidth A, ideographic space, halfwidth ka and its sound mark");
  OK(fixes_to("\x1B[1;31mred\x1B[0m\x07\x01!", LEDE_FIX_CONTROLS, "red!"),
     "terminal escapes and controls");
  OK(fixes_to("a\r\nb\rc\xE2\x80\xA8"
              "d",
              LEDE_FIX_LINE_BREAKS, "a\nb\nc\nd"),
     "line breaks");
  /* repairs close together on a line are one change, unless each is asked */
  out =
      fix("\xC2\x93"
          "a\xC2\x94 \xC2\x93"
          "b\xC2\x94",
          0, &fx, &n);
  INT_EQ(n, 1, "C1 controls close together: one change");
  free(out);
  lede_free(fx);
  out =
      fix("\xC2\x93"
          "a\xC2\x94 \xC2\x93"
          "b\xC2\x94",
          LEDE_FIX_EACH, &fx, &n);
  INT_EQ(n, 4, "with LEDE_FIX_EACH: a change per repair");
  free(out);
  lede_free(fx);
}

int main(void) {
  test_kinds();
  test_pages_and_forms();
  test_lossy();
  test_unchanged();
  test_bad_input();
  test_long_run();
  return DONE("test_repair");
}
