/* libFuzzer target: lede_tokenize and lede_fold on every word. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = fuzz_copy(data, size);
  lede_token *t = NULL;
  size_t n = 0, i;
  if (!text) return 0;
  CHECK(lede_tokenize(text, size, &t, &n) == LEDE_OK);
  for (i = 0; i < n; i++) {
    char key[16];
    size_t len = t[i].end - t[i].start, need;
    CHECK(t[i].start < t[i].end && t[i].end <= size);
    CHECK(i == 0 || t[i].start >= t[i - 1].end);
    CHECK(t[i].kind <= LEDE_TOKEN_OTHER);
    /* nothing but white space between tokens: no byte is lost */
    CHECK(fuzz_only_space(text, size, i ? t[i - 1].end : 0, t[i].start));
    need = lede_fold(text + t[i].start, len, key, sizeof key);
    if (need <= sizeof key) {
      CHECK(fuzz_valid_utf8(key, need)); /* bad bytes became U+FFFD */
    } else { /* the second call must fit exactly */
      char *big = (char *)malloc(need);
      if (big) {
        CHECK(lede_fold(text + t[i].start, len, big, need) == need);
        CHECK(fuzz_valid_utf8(big, need));
      }
      free(big);
    }
  }
  CHECK(fuzz_only_space(text, size, n ? t[n - 1].end : 0, size));
  lede_free(t);
  free(text);
  return 0;
}
