/* libFuzzer target: lede_sentences, the sentence stream, which must give
   the same spans whatever its chunk size, and lede_sentences_lang. */
#include "fuzz.h"

/* White space as the splitter trims it (ASCII part). */
static int is_blank(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

/* The spans of a stream whose chunk is 1 + the first byte (a few bytes, so
   that decisions fall across cuts) are s[0, n). */
static void check_stream(const char *text, size_t size, const lede_span *s,
                         size_t n, size_t chunk) {
  lede_sentence_stream *st = lede_sentence_stream_new(chunk);
  size_t seen = 0, got, k;
  const lede_span *batch;
  if (!st) return;
  do {
    CHECK(lede_sentence_stream_next(st, text, size, &batch, &got) == LEDE_OK);
    for (k = 0; k < got; k++, seen++) {
      CHECK(seen < n);
      CHECK(batch[k].start == s[seen].start && batch[k].end == s[seen].end);
    }
  } while (got > 0);
  CHECK(seen == n);
  lede_sentence_stream_free(st);
}

/* The spans s[0, n) are ordered, trimmed, and lose no byte. */
static void check_spans(const char *text, size_t size, const lede_span *s,
                        size_t n) {
  size_t i;
  for (i = 0; i < n; i++) {
    CHECK(s[i].start < s[i].end && s[i].end <= size);
    CHECK(i == 0 || s[i].start >= s[i - 1].end);
    CHECK(!is_blank((unsigned char)text[s[i].start]));
    CHECK(!is_blank((unsigned char)text[s[i].end - 1]));
    /* nothing but white space between sentences: no byte is lost */
    CHECK(fuzz_only_space(text, size, i ? s[i - 1].end : 0, s[i].start));
  }
  CHECK(fuzz_only_space(text, size, n ? s[n - 1].end : 0, size));
}

/* The split under one of the other languages, picked by the last byte,
   keeps the same shape. */
static void check_language(const char *text, size_t size, unsigned char pick) {
  static const char *const codes[] = {"es", "fr", "de", "it"};
  lede_span *s = NULL;
  size_t n = 0;
  CHECK(lede_sentences_lang(text, size, codes[pick % 4], &s, &n) == LEDE_OK);
  check_spans(text, size, s, n);
  lede_free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = fuzz_copy(data, size);
  lede_span *s = NULL;
  size_t n = 0;
  if (!text) return 0;
  CHECK(lede_sentences(text, size, &s, &n) == LEDE_OK);
  check_spans(text, size, s, n);
  check_stream(text, size, s, n, size ? 1 + (size_t)data[0] % 64 : 1);
  check_stream(text, size, s, n, 0);
  check_language(text, size, size ? data[size - 1] : 0);
  lede_free(s);
  free(text);
  return 0;
}
