/* libFuzzer target: lede_tokenize and lede_fold on every word, the token
   stream, which must give the same tokens whatever its batch,
   lede_utf8_decode over the whole input, and lede_fold of the whole input
   against utf8proc's own fold. */
#include "fuzz.h"

/* Tokens from lede_tokenize_next, `cap` at a time, are t[0, n). */
static void check_stream(const char *text, size_t size, const lede_token *t,
                         size_t n, size_t cap) {
  lede_token buf[8];
  lede_token_cursor cur;
  size_t seen = 0, got, k;
  lede_token_cursor_init(&cur);
  do {
    CHECK(lede_tokenize_next(text, size, &cur, buf, cap, &got) == LEDE_OK);
    for (k = 0; k < got; k++, seen++) {
      CHECK(seen < n);
      CHECK(buf[k].start == t[seen].start && buf[k].end == t[seen].end &&
            buf[k].kind == t[seen].kind && buf[k].flags == t[seen].flags);
    }
  } while (got > 0);
  CHECK(seen == n);
}

/* lede_utf8_decode always advances within the text, and what it reads as a
   character is valid UTF-8 to utf8proc. */
static void check_decode(const char *text, size_t size) {
  size_t i = 0;
  while (i < size) {
    int32_t cp;
    size_t n = lede_utf8_decode(text, size, i, &cp);
    CHECK(n >= 1 && n <= 4 && i + n <= size);
    CHECK(cp < 0 ? n == 1 : fuzz_valid_utf8(text + i, n));
    i += n;
  }
}

/* lede_fold of the whole input, which reads its ASCII runs without
   utf8proc, is utf8proc's own NFC case fold of the text with every invalid
   byte made U+FFFD. */
static void check_fold(const char *text, size_t size) {
  char *clean = (char *)malloc(3 * size + 1), *key;
  utf8proc_uint8_t *ref = NULL;
  utf8proc_ssize_t nref;
  size_t i = 0, n = 0, need;
  if (!clean) return;
  while (i < size) {
    int32_t cp;
    size_t k = lede_utf8_decode(text, size, i, &cp);
    if (cp < 0) {
      memcpy(clean + n, "\xEF\xBF\xBD", 3);
      n += 3;
    } else {
      memcpy(clean + n, text + i, k);
      n += k;
    }
    i += k;
  }
  nref =
      utf8proc_map((const utf8proc_uint8_t *)clean, (utf8proc_ssize_t)n, &ref,
                   (utf8proc_option_t)(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                       UTF8PROC_STABLE));
  need = lede_fold(text, size, NULL, 0);
  key = (char *)malloc(need + 1);
  if (nref >= 0 && key) {
    CHECK(lede_fold(text, size, key, need) == need);
    CHECK((size_t)nref == need && memcmp(key, ref, need) == 0);
  }
  free(key);
  free(ref);
  free(clean);
}

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
    } else {                             /* the second call must fit exactly */
      char *big = (char *)malloc(need);
      if (big) {
        CHECK(lede_fold(text + t[i].start, len, big, need) == need);
        CHECK(fuzz_valid_utf8(big, need));
      }
      free(big);
    }
  }
  CHECK(fuzz_only_space(text, size, n ? t[n - 1].end : 0, size));
  check_stream(text, size, t, n, size ? 1 + (size_t)data[0] % 8 : 1);
  check_decode(text, size);
  check_fold(text, size);
  lede_free(t);
  free(text);
  return 0;
}
