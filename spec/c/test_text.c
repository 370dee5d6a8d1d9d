/*
 * test_text.c -- lede_utf8_decode, the core's one UTF-8 decoder: strict as
 * utf8proc is, and always advancing.
 */
#include "harness.h"
#include "lede.h"

/* The code point and length of the character at text[i]. */
static void decodes(const char *text, size_t i, int32_t want_cp, size_t want_n,
                    const char *msg) {
  int32_t cp = 0;
  size_t n = lede_utf8_decode(text, strlen(text), i, &cp);
  INT_EQ(cp, want_cp, msg);
  INT_EQ(n, want_n, msg);
}

int main(void) {
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
  return DONE("test_text");
}
