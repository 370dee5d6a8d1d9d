/*
 * harness.h -- a tiny C test harness (in the manner of cmark's api_test).
 * Each check prints nothing when it holds and a file:line message when it
 * does not; main() ends with DONE(), which prints "name: N passed, N failed"
 * and returns the exit status.
 */
#ifndef LEDE_HARNESS_H
#define LEDE_HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_passed, harness_failed;

#define OK(cond, msg)                                                   \
  do {                                                                  \
    if (cond) {                                                         \
      harness_passed++;                                                 \
    } else {                                                            \
      harness_failed++;                                                 \
      fprintf(stderr, "%s:%d: FAIL %s (%s)\n", __FILE__, __LINE__, msg, \
              #cond);                                                   \
    }                                                                   \
  } while (0)

#define INT_EQ(got, want, msg)                                           \
  do {                                                                   \
    long long g_ = (long long)(got), w_ = (long long)(want);             \
    if (g_ == w_) {                                                      \
      harness_passed++;                                                  \
    } else {                                                             \
      harness_failed++;                                                  \
      fprintf(stderr, "%s:%d: FAIL %s: got %lld, want %lld\n", __FILE__, \
              __LINE__, msg, g_, w_);                                    \
    }                                                                    \
  } while (0)

/* Compares a (pointer, length) span of text with a C string. */
#define SPAN_EQ(text, start, end, want, msg)                                   \
  do {                                                                         \
    size_t n_ = (size_t)(end) - (size_t)(start);                               \
    const char *w_ = (want);                                                   \
    if (n_ == strlen(w_) && memcmp((text) + (start), w_, n_) == 0) {           \
      harness_passed++;                                                        \
    } else {                                                                   \
      harness_failed++;                                                        \
      fprintf(stderr, "%s:%d: FAIL %s: got \"%.*s\", want \"%s\"\n", __FILE__, \
              __LINE__, msg, (int)n_, (text) + (start), w_);                   \
    }                                                                          \
  } while (0)

#define DONE(name)                                                             \
  (printf("%s: %d passed, %d failed\n", name, harness_passed, harness_failed), \
   harness_failed ? 1 : 0)

#endif
