/*
 * corpus.h -- the benchmark corpus: the sample articles in
 * examples/articles, repeated until the text reaches the wanted size.
 * Article boundaries are kept so per-article calls can be timed.
 */
#ifndef LEDE_BENCH_CORPUS_H
#define LEDE_BENCH_CORPUS_H

#include <stddef.h>

typedef struct corpus {
  char *text; /* all articles, separated by blank lines */
  size_t len;
  size_t *starts; /* offset of each article */
  size_t *lens;   /* length of each article */
  size_t count;
} corpus;

/* Builds a corpus of at least `size` bytes from the files in `dir`.
   Returns 0, or -1 (with a message on stderr). */
int corpus_load(corpus *c, const char *dir, size_t size);
void corpus_free(corpus *c);

/* Seconds on a monotonic clock. */
double now_seconds(void);

/* Peak resident memory of this process, in MB (VmHWM). */
double peak_mb(void);

#endif
