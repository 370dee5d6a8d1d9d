/* libFuzzer target: lede_numbers. */
#include <math.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *text = fuzz_copy(data, size);
  lede_number *x = NULL;
  size_t n = 0, i;
  if (!text) return 0;
  CHECK(lede_numbers(text, size, &x, &n) == LEDE_OK);
  for (i = 0; i < n; i++) {
    /* in order, not overlapping, the number inside its phrase */
    CHECK(x[i].start < x[i].end && x[i].end <= size);
    CHECK(x[i].start <= x[i].vstart && x[i].vstart < x[i].end);
    CHECK(i == 0 || x[i].start >= x[i - 1].end);
    CHECK(x[i].kind <= LEDE_NUM_AGE && x[i].qualifier <= LEDE_Q_VAGUE);
    CHECK(isfinite(x[i].value)); /* never inf or NaN */
  }
  lede_free(x);
  free(text);
  return 0;
}
