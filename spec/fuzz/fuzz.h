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

#include "lede.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)                                                         \
  do {                                                                      \
    if (!(cond)) abort();                                                   \
  } while (0)

/* A malloc'ed copy of data[0, size) (never NULL for size 0); NULL when out
   of memory. */
static char *fuzz_copy(const uint8_t *data, size_t size) {
  char *copy = (char *)malloc(size ? size : 1);
  if (copy && size) memcpy(copy, data, size);
  return copy;
}

#endif
