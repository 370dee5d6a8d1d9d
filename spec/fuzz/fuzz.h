/*
 * fuzz.h -- shared by the libFuzzer targets in this directory.  Each target
 * copies the input into a buffer of exactly its size (so AddressSanitizer
 * sees any read past the text) and checks the invariants the API promises,
 * so a wrong offset shows up as a crash, not only a memory error.
 */
#ifndef LEDE_FUZZ_H
#define LEDE_FUZZ_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "lede.h"
#include "lede_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)       \
  do {                    \
    if (!(cond)) abort(); \
  } while (0)

/* A malloc'ed copy of data[0, size) (never NULL for size 0); NULL when out
   of memory. */
static char *fuzz_copy(const uint8_t *data, size_t size) {
  char *copy = (char *)malloc(size ? size : 1);
  if (copy && size) memcpy(copy, data, size);
  return copy;
}

/* Is text[from, to) white space and line breaks only, as the core classes
   them, stepping character by character exactly onto `to`?  (The gaps
   between tokens or sentences: nothing but white space may be left out.) */
static inline int fuzz_only_space(const char *text, size_t len, size_t from,
                                  size_t to) {
  size_t i = from, n;
  while (i < to) {
    int cls = lede_class_at(text, len, i, &n);
    if (cls != LC_SPACE && cls != LC_NEWLINE) return 0;
    i += n;
  }
  return i == to;
}

/* Is s[0, len) valid UTF-8 (as utf8proc reads it)? */
static inline int fuzz_valid_utf8(const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                          (utf8proc_ssize_t)(len - i), &cp);
    if (n <= 0) return 0;
    i += (size_t)n;
  }
  return 1;
}

#endif
