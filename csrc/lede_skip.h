/*
 * lede_skip.h -- the splitter's inner loop: skip bytes that cannot matter
 * (internal).
 *
 * lede_skip_plain(t, i, len) returns the first offset >= i holding one of
 * . ! ? ) LF VT FF CR or any byte >= 0x80, or a position near the end from
 * which the caller goes on byte by byte.  With SSE2 (every x86-64) it tests
 * 16 bytes at a time; elsewhere it returns i and the caller's byte loop
 * does the work.
 */
#ifndef LEDE_SKIP_H
#define LEDE_SKIP_H

#include <stddef.h>

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>

static inline size_t lede_skip_plain(const unsigned char *t, size_t i,
                                     size_t len) {
  const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!');
  const __m128i ques = _mm_set1_epi8('?'), paren = _mm_set1_epi8(')');
  const __m128i lf = _mm_set1_epi8(0x0A), three = _mm_set1_epi8(3);
  while (i + 16 <= len) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
    /* LF VT FF CR are 0x0A..0x0D: (v - 0x0A) <= 3, unsigned */
    __m128i d = _mm_sub_epi8(v, lf);
    __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(d, three), d);
    __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
        _mm_or_si128(_mm_cmpeq_epi8(v, ques), _mm_cmpeq_epi8(v, paren)));
    int mask = _mm_movemask_epi8(_mm_or_si128(hit, ctl)) |
               _mm_movemask_epi8(v); /* bytes >= 0x80 */
    if (mask) return i + (size_t)__builtin_ctz((unsigned)mask);
    i += 16;
  }
  return i;
}
#else
static inline size_t lede_skip_plain(const unsigned char *t, size_t i,
                                     size_t len) {
  (void)t;
  (void)len;
  return i;
}
#endif

#endif
