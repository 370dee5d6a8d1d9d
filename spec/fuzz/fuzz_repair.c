/* libFuzzer target: lede_fix_text under every flag combination (the first
   two bytes pick them) and lede_fix_scan.  The repairs must tile the input and
   the output: in text order, not overlapping, the bytes between them copied
   unchanged; with LEDE_FIX_BYTES the output is valid UTF-8. */
#include "fuzz.h"

/* Are the repairs fx[0, n) of text[0, size) into out[0, out_len) a tiling? */
static void check_tiling(const char *text, size_t size, const char *out,
                         size_t out_len, const lede_fix *fx, size_t n) {
  size_t k, in_at = 0, out_at = 0;
  for (k = 0; k < n; k++) {
    size_t gap = fx[k].start - in_at;
    CHECK(fx[k].start >= in_at && fx[k].start < fx[k].end && fx[k].end <= size);
    CHECK(fx[k].out_start == out_at + gap && fx[k].out_start <= fx[k].out_end);
    CHECK(fx[k].out_end <= out_len);
    CHECK(memcmp(text + in_at, out + out_at, gap) == 0);
    CHECK(fx[k].kind >= LEDE_FIX_MOJIBAKE && fx[k].kind <= LEDE_FIX_LAST_KIND);
    CHECK(strcmp(lede_fix_kind_name(fx[k].kind), "unknown") != 0);
    in_at = fx[k].end;
    out_at = fx[k].out_end;
  }
  CHECK(out_len - out_at == size - in_at);
  CHECK(memcmp(text + in_at, out + out_at, size - in_at) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* the first byte: the flags, and in its top bits a code page (0..3);
     the second, the optional repairs and joining */
  unsigned flags = size ? (data[0] & 0x3Fu) |
                              ((unsigned)(data[0] >> 6) << LEDE_FIX_PAGE_SHIFT)
                        : 0;
  if (size > 1) {
    if (data[1] & 1) flags |= LEDE_FIX_EACH;
    if (data[1] & 2) flags |= LEDE_FIX_LIGATURES;
    if (data[1] & 4) flags |= LEDE_FIX_WIDTHS;
    if (data[1] & 8) flags |= LEDE_FIX_CONTROLS;
    if (data[1] & 16) flags |= LEDE_FIX_LINE_BREAKS;
  }
  char *text = fuzz_copy(data, size), *out = NULL;
  lede_fix *fx = NULL;
  size_t out_len = 0, n = 0;
  unsigned seen;
  if (!text) return 0;
  seen = lede_fix_scan(text, size);
  CHECK((seen &
         ~(unsigned)(LEDE_FIX_SEEN_FULL | LEDE_FIX_SEEN_LOSSY | 0xF00u)) == 0);
  CHECK((seen >> LEDE_FIX_PAGE_SHIFT) <= 9); /* 1 + the last of nine pages */
  CHECK(lede_fix_text(text, size, flags, &out, &out_len, &fx, &n) == LEDE_OK);
  if (n == 0) {
    CHECK(out == NULL && fx == NULL && out_len == size);
    if (flags & LEDE_FIX_BYTES) CHECK(fuzz_valid_utf8(text, size));
  } else {
    CHECK(out != NULL && fx != NULL);
    check_tiling(text, size, out, out_len, fx, n);
    if (flags & LEDE_FIX_BYTES) CHECK(fuzz_valid_utf8(out, out_len));
  }
  lede_free(out);
  lede_free(fx);
  free(text);
  return 0;
}
