/* libFuzzer target: lede_casualties. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = fuzz_copy(data, size);
  lede_casualty *c = NULL;
  size_t n = 0, i;
  if (!text) return 0;
  CHECK(lede_casualties(text, size, &c, &n) == LEDE_OK);
  for (i = 0; i < n; i++) {
    /* the claim and its place lie inside its sentence */
    CHECK(c[i].start < c[i].end && c[i].end <= size);
    CHECK(c[i].sent_start < c[i].sent_end && c[i].sent_end <= size);
    CHECK(c[i].start >= c[i].sent_start && c[i].end <= c[i].sent_end);
    CHECK(c[i].place.end == 0 || (c[i].place.start >= c[i].sent_start &&
                                  c[i].place.end <= c[i].sent_end));
    CHECK(c[i].who_span.end <= size);
    CHECK(c[i].kind <= LEDE_CAS_CASUALTIES && c[i].count >= 0);
    CHECK(i == 0 || c[i].sent_start >= c[i - 1].sent_start);
  }
  lede_free(c);
  free(text);
  return 0;
}
