/* libFuzzer target: lede_sentences. */
#include "fuzz.h"

/* White space as the splitter trims it (ASCII part). */
static int is_blank(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = fuzz_copy(data, size);
  lede_span *s = NULL;
  size_t n = 0, i;
  if (!text) return 0;
  CHECK(lede_sentences(text, size, &s, &n) == LEDE_OK);
  for (i = 0; i < n; i++) {
    CHECK(s[i].start < s[i].end && s[i].end <= size);
    CHECK(i == 0 || s[i].start >= s[i - 1].end);
    CHECK(!is_blank((unsigned char)text[s[i].start]));
    CHECK(!is_blank((unsigned char)text[s[i].end - 1]));
    /* nothing but white space between sentences: no byte is lost */
    CHECK(fuzz_only_space(text, size, i ? s[i - 1].end : 0, s[i].start));
  }
  CHECK(fuzz_only_space(text, size, n ? s[n - 1].end : 0, size));
  lede_free(s);
  free(text);
  return 0;
}
