/*
 * cases.h -- reads a case file of spec/cases/ (cmark's spec.txt shape:
 * fenced examples, the input, a "." line, the expected lines) for the C
 * tests; spec/cases.lua reads the same files for busted.
 */
#ifndef LEDE_CASES_H
#define LEDE_CASES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CASE_FENCE "````````````````````````````````"

/* One example: the input (NUL-terminated, lines joined by \n) and the
   expected lines, each ended by \n. */
typedef struct test_case {
  int line;
  char input[2048];
  char expected[2048];
} test_case;

/* Appends line (without its \n) and a \n to buf of size cap; 0 when it
   does not fit. */
static int case_append(char *buf, size_t cap, const char *line) {
  size_t n = strlen(buf), m = strlen(line);
  if (n + m + 2 > cap) return 0;
  memcpy(buf + n, line, m);
  buf[n + m] = '\n';
  buf[n + m + 1] = '\0';
  return 1;
}

/* Calls run(case) for every example of the file at path; returns the
   number of examples, or -1 when the file cannot be read or is malformed. */
static int each_case(const char *path, void (*run)(const test_case *)) {
  FILE *f = fopen(path, "rb");
  char line[2048];
  test_case c;
  int n = 0, lineno = 0, in = 0, expected = 0;
  if (!f) return -1;
  while (fgets(line, sizeof line, f)) {
    size_t len = strlen(line);
    lineno++;
    if (len && line[len - 1] == '\n') line[--len] = '\0';
    if (!in) {
      if (strcmp(line, CASE_FENCE " example") == 0) {
        memset(&c, 0, sizeof c);
        c.line = lineno;
        in = 1;
        expected = 0;
      }
    } else if (strcmp(line, CASE_FENCE) == 0) {
      size_t il = strlen(c.input);
      if (il) c.input[il - 1] = '\0'; /* no \n after the last input line */
      run(&c);
      n++;
      in = 0;
    } else if (!expected && strcmp(line, ".") == 0) {
      expected = 1;
    } else if (!case_append(expected ? c.expected : c.input, sizeof c.input,
                            line)) {
      fclose(f);
      return -1;
    }
  }
  fclose(f);
  return in ? -1 : n;
}

#endif
